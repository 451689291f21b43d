// Objects: the ordinary internal methods with their attribute rules (non-writable,
// non-configurable, accessors), prototype chains and receivers, extensibility, own keys order,
// named slots (inline and out-of-line), indexed elements (packed, holey, sparse) and integrity
// levels.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/abstract_operations.h"
#include "runtime/accessor.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_key_list.h"
#include "runtime/symbol.h"
#include "runtime/symbol_registry.h"

#include <cmath>
#include <string>

namespace sable::runtime::test {
namespace {

class ObjectTest : public VMTest {
protected:
    std::optional<PropertyDescriptor> own(Object* object, PropertyKey k) { return MUST(object->internal_get_own_property(vm, k)); }
    bool define(Object* object, PropertyKey k, PropertyDescriptor const& descriptor)
    {
        return MUST(object->internal_define_own_property(vm, k, descriptor));
    }
    bool set_value(Object* object, PropertyKey k, Value value)
    {
        return MUST(object->internal_set(vm, k, value, Value::object(object)));
    }
    std::vector<std::string> keys_of(Object* object)
    {
        std::vector<std::string> result;
        PropertyKeyList* keys = MUST(object->internal_own_property_keys(vm));
        for (PropertyKey k : *keys)
            result.push_back(describe_property_key(vm.heap(), k));
        return result;
    }
    // An object that is not callable, standing in for a function in accessor slots.
    Value fake_function() { return Value::object(Object::create(vm, nullptr)); }
    static PropertyDescriptor only_value(Value value)
    {
        PropertyDescriptor descriptor;
        descriptor.value = value;
        return descriptor;
    }
};

TEST_F(ObjectTest, CreateGetSetData)
{
    Object* object = new_object();
    EXPECT_TRUE(get_value(object, "missing").is_undefined());
    EXPECT_TRUE(MUST(create_data_property(vm, *object, key("a"), Value::int32(1))));
    EXPECT_EQ(get_value(object, "a"), Value::int32(1));
    EXPECT_TRUE(set_value(object, key("a"), Value::int32(2)));
    EXPECT_EQ(get_value(object, "a"), Value::int32(2));
    // Set on a missing property creates a writable, enumerable, configurable one.
    EXPECT_TRUE(set_value(object, key("b"), string("bee")));
    auto b = own(object, key("b"));
    ASSERT_TRUE(b);
    EXPECT_EQ(utf8(*b->value), "bee");
    EXPECT_TRUE(*b->writable && *b->enumerable && *b->configurable);
    EXPECT_TRUE(MUST(has_own_property(vm, *object, key("b"))));
    EXPECT_FALSE(MUST(has_own_property(vm, *object, key("c"))));
}

TEST_F(ObjectTest, DefineFillsMissingFieldsWithDefaults)
{
    Object* object = new_object();
    PropertyDescriptor empty;
    EXPECT_TRUE(define(object, key("p"), empty));
    auto p = own(object, key("p"));
    ASSERT_TRUE(p);
    EXPECT_TRUE(p->value->is_undefined());
    EXPECT_FALSE(*p->writable || *p->enumerable || *p->configurable);
    EXPECT_TRUE(p->is_data_descriptor());
}

TEST_F(ObjectTest, NonWritableDataProperty)
{
    Object* object = new_object();
    EXPECT_TRUE(define(object, key("ro"), PropertyDescriptor::data(Value::int32(1), false, true, true)));
    EXPECT_FALSE(set_value(object, key("ro"), Value::int32(2)));
    EXPECT_EQ(get_value(object, "ro"), Value::int32(1));
    // Set ( O, P, V, true ) throws.
    EXPECT_TRUE(set(vm, *object, key("ro"), Value::int32(2), true).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot assign to read only property 'ro' of object");
    EXPECT_FALSE(vm.has_pending_exception());
    // Still configurable: [[DefineOwnProperty]] may change the value.
    EXPECT_TRUE(define(object, key("ro"), only_value(Value::int32(3))));
    EXPECT_EQ(get_value(object, "ro"), Value::int32(3));
}

TEST_F(ObjectTest, NonWritableNonConfigurableUsesSameValue)
{
    Object* object = new_object();
    EXPECT_TRUE(define(object, key("k"), PropertyDescriptor::data(Value::raw_double(std::nan("")), false, false, false)));
    // Redefining with the same value succeeds, with another fails.
    EXPECT_TRUE(define(object, key("k"), only_value(Value::raw_double(std::nan("")))));
    EXPECT_FALSE(define(object, key("k"), only_value(Value::int32(0))));

    EXPECT_TRUE(define(object, key("zero"), PropertyDescriptor::data(Value::int32(0), false, false, false)));
    EXPECT_TRUE(define(object, key("zero"), only_value(Value::raw_double(0.0)))) << "int32 0 and double +0 are one value";
    EXPECT_FALSE(define(object, key("zero"), only_value(Value::raw_double(-0.0)))) << "+0 and -0 differ";

    EXPECT_TRUE(define(object, key("s"), PropertyDescriptor::data(string("text"), false, false, false)));
    EXPECT_TRUE(define(object, key("s"), only_value(string("text")))) << "strings compare by contents";
    PropertyDescriptor make_writable;
    make_writable.writable = true;
    EXPECT_FALSE(define(object, key("s"), make_writable));
    PropertyDescriptor keep_read_only;
    keep_read_only.writable = false;
    EXPECT_TRUE(define(object, key("s"), keep_read_only));
}

TEST_F(ObjectTest, NonConfigurableProperty)
{
    Object* object = new_object();
    EXPECT_TRUE(define(object, key("fixed"), PropertyDescriptor::data(Value::int32(1), true, false, false)));
    EXPECT_FALSE(MUST(object->internal_delete(vm, key("fixed"))));
    EXPECT_TRUE(delete_property_or_throw(vm, *object, key("fixed")).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot delete property 'fixed' of #<Object>");
    EXPECT_EQ(get_value(object, "fixed"), Value::int32(1));

    PropertyDescriptor configurable;
    configurable.configurable = true;
    EXPECT_FALSE(define(object, key("fixed"), configurable));
    PropertyDescriptor enumerable;
    enumerable.enumerable = true;
    EXPECT_FALSE(define(object, key("fixed"), enumerable));
    PropertyDescriptor to_accessor;
    to_accessor.get = Value::undefined();
    EXPECT_FALSE(define(object, key("fixed"), to_accessor));
    EXPECT_TRUE(define_property_or_throw(vm, *object, key("fixed"), to_accessor).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot redefine property: fixed");
    // Writable may still become false, and the value may change while writable.
    EXPECT_TRUE(define(object, key("fixed"), only_value(Value::int32(5))));
    PropertyDescriptor read_only;
    read_only.writable = false;
    EXPECT_TRUE(define(object, key("fixed"), read_only));
    EXPECT_FALSE(define(object, key("fixed"), only_value(Value::int32(6))));
    EXPECT_EQ(get_value(object, "fixed"), Value::int32(5));
    // Deleting a configurable property works.
    EXPECT_TRUE(define(object, key("loose"), PropertyDescriptor::data(Value::int32(1), true, true, true)));
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("loose"))));
    EXPECT_FALSE(own(object, key("loose")));
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("never_there"))));
}

TEST_F(ObjectTest, ConfigurablePropertiesSwitchBetweenDataAndAccessor)
{
    Object* object = new_object();
    Value getter = fake_function();
    EXPECT_TRUE(define(object, key("p"), PropertyDescriptor::data(Value::int32(1), true, false, true)));
    PropertyDescriptor accessor;
    accessor.get = getter;
    EXPECT_TRUE(define(object, key("p"), accessor));
    auto p = own(object, key("p"));
    ASSERT_TRUE(p && p->is_accessor_descriptor());
    EXPECT_EQ(*p->get, getter);
    EXPECT_TRUE(p->set->is_undefined()) << "a missing [[Set]] defaults to undefined";
    EXPECT_FALSE(*p->enumerable) << "kept from the data property";
    EXPECT_TRUE(*p->configurable);

    // A generic descriptor changes attributes only.
    PropertyDescriptor enumerable;
    enumerable.enumerable = true;
    EXPECT_TRUE(define(object, key("p"), enumerable));
    p = own(object, key("p"));
    EXPECT_TRUE(p->is_accessor_descriptor() && *p->enumerable);
    EXPECT_EQ(*p->get, getter);

    // Adding a setter keeps the getter.
    Value setter = fake_function();
    PropertyDescriptor add_setter;
    add_setter.set = setter;
    EXPECT_TRUE(define(object, key("p"), add_setter));
    p = own(object, key("p"));
    EXPECT_EQ(*p->get, getter);
    EXPECT_EQ(*p->set, setter);

    // Back to data: [[Writable]] defaults to false, [[Value]] to undefined.
    PropertyDescriptor data;
    data.value = Value::int32(9);
    EXPECT_TRUE(define(object, key("p"), data));
    p = own(object, key("p"));
    ASSERT_TRUE(p->is_data_descriptor());
    EXPECT_EQ(*p->value, Value::int32(9));
    EXPECT_FALSE(*p->writable);
    EXPECT_TRUE(*p->enumerable);
}

TEST_F(ObjectTest, AccessorsCannotBeCalledYet)
{
    Object* object = new_object();
    EXPECT_TRUE(define(object, key("g"), PropertyDescriptor::accessor(fake_function(), Value::undefined(), true, true)));
    EXPECT_TRUE(get(vm, *object, key("g")).is_throw());
    EXPECT_EQ(take_type_error(), "calling accessors is not implemented yet");
    // No setter: [[Set]] fails without calling anything.
    EXPECT_FALSE(set_value(object, key("g"), Value::int32(1)));
    EXPECT_FALSE(vm.has_pending_exception());

    EXPECT_TRUE(define(object, key("s"), PropertyDescriptor::accessor(Value::undefined(), fake_function(), true, true)));
    EXPECT_TRUE(get_value(object, "s").is_undefined()) << "no getter: undefined";
    EXPECT_TRUE(object->internal_set(vm, key("s"), Value::int32(1), Value::object(object)).is_throw());
    EXPECT_EQ(take_type_error(), "calling accessors is not implemented yet");

    // Inherited accessors apply too.
    Object* child = Object::create(vm, object);
    EXPECT_TRUE(get(vm, *child, key("g")).is_throw());
    EXPECT_EQ(take_type_error(), "calling accessors is not implemented yet");
    EXPECT_FALSE(set_value(child, key("g"), Value::int32(1)));
    EXPECT_FALSE(own(child, key("g")));
}

TEST_F(ObjectTest, NonConfigurableAccessor)
{
    Object* object = new_object();
    Value getter = fake_function();
    EXPECT_TRUE(define(object, key("a"), PropertyDescriptor::accessor(getter, Value::undefined(), false, false)));
    PropertyDescriptor same_getter;
    same_getter.get = getter;
    EXPECT_TRUE(define(object, key("a"), same_getter));
    PropertyDescriptor other_getter;
    other_getter.get = fake_function();
    EXPECT_FALSE(define(object, key("a"), other_getter));
    PropertyDescriptor other_setter;
    other_setter.set = fake_function();
    EXPECT_FALSE(define(object, key("a"), other_setter));
    EXPECT_FALSE(define(object, key("a"), only_value(Value::int32(1))));
}

TEST_F(ObjectTest, PrototypeChains)
{
    Object* grandparent = new_object();
    Object* parent = Object::create(vm, grandparent);
    Object* child = Object::create(vm, parent);
    MUST(create_data_property_or_throw(vm, *grandparent, key("deep"), string("from grandparent")));
    MUST(create_data_property_or_throw(vm, *parent, key("mid"), Value::int32(2)));
    EXPECT_EQ(utf8(get_value(child, "deep")), "from grandparent");
    EXPECT_EQ(get_value(child, "mid"), Value::int32(2));
    EXPECT_TRUE(MUST(has_property(vm, *child, key("deep"))));
    EXPECT_FALSE(MUST(has_own_property(vm, *child, key("deep"))));
    EXPECT_FALSE(MUST(has_property(vm, *child, key("nowhere"))));
    // %Object.prototype% ends every chain here.
    EXPECT_EQ(grandparent->prototype(), realm->object_prototype());
    EXPECT_EQ(realm->object_prototype()->prototype(), nullptr);

    // Assignment shadows: the receiver gets its own property, the prototype keeps its own.
    EXPECT_TRUE(set_value(child, key("mid"), Value::int32(3)));
    EXPECT_EQ(get_value(child, "mid"), Value::int32(3));
    EXPECT_EQ(get_value(parent, "mid"), Value::int32(2));
    auto shadow = own(child, key("mid"));
    ASSERT_TRUE(shadow);
    EXPECT_TRUE(*shadow->writable && *shadow->enumerable && *shadow->configurable);

    // An inherited non-writable property blocks assignment.
    EXPECT_TRUE(define(parent, key("frozen"), PropertyDescriptor::data(Value::int32(1), false, true, true)));
    EXPECT_FALSE(set_value(child, key("frozen"), Value::int32(2)));
    EXPECT_FALSE(own(child, key("frozen")));
    // ...but [[DefineOwnProperty]] on the child does not look at the prototype.
    EXPECT_TRUE(MUST(create_data_property(vm, *child, key("frozen"), Value::int32(2))));
}

TEST_F(ObjectTest, SetWithAnotherReceiver)
{
    Object* target = new_object();
    Object* receiver = new_object();
    MUST(create_data_property_or_throw(vm, *target, key("x"), Value::int32(1)));
    // O.[[Set]](P, V, Receiver) writes to the receiver.
    EXPECT_TRUE(MUST(target->internal_set(vm, key("x"), Value::int32(2), Value::object(receiver))));
    EXPECT_EQ(get_value(target, "x"), Value::int32(1));
    EXPECT_EQ(get_value(receiver, "x"), Value::int32(2));
    // The receiver's own accessor or read-only property makes it fail.
    EXPECT_TRUE(define(receiver, key("ro"), PropertyDescriptor::data(Value::int32(0), false, true, true)));
    EXPECT_FALSE(MUST(target->internal_set(vm, key("ro"), Value::int32(2), Value::object(receiver))));
    EXPECT_TRUE(define(receiver, key("acc"), PropertyDescriptor::accessor(Value::undefined(), Value::undefined(), true, true)));
    EXPECT_FALSE(MUST(target->internal_set(vm, key("acc"), Value::int32(2), Value::object(receiver))));
    // A primitive receiver cannot get properties.
    EXPECT_FALSE(MUST(target->internal_set(vm, key("x"), Value::int32(2), Value::int32(5))));
}

TEST_F(ObjectTest, SetPrototypeOfRules)
{
    Object* a = new_object();
    Object* b = Object::create(vm, a);
    Object* c = Object::create(vm, b);
    // No cycles.
    EXPECT_FALSE(MUST(a->internal_set_prototype_of(vm, c)));
    EXPECT_FALSE(MUST(a->internal_set_prototype_of(vm, a)));
    EXPECT_EQ(a->prototype(), realm->object_prototype());
    EXPECT_TRUE(MUST(c->internal_set_prototype_of(vm, a)));
    EXPECT_EQ(c->prototype(), a);
    EXPECT_TRUE(MUST(c->internal_set_prototype_of(vm, nullptr)));
    EXPECT_EQ(MUST(c->internal_get_prototype_of(vm)), nullptr);
    // A non-extensible object keeps its prototype (setting the same one is fine).
    EXPECT_TRUE(MUST(b->internal_prevent_extensions(vm)));
    EXPECT_FALSE(MUST(b->internal_set_prototype_of(vm, nullptr)));
    EXPECT_TRUE(MUST(b->internal_set_prototype_of(vm, a)));
    // %Object.prototype% is an immutable prototype exotic object.
    Object* object_prototype = realm->object_prototype();
    EXPECT_EQ(object_prototype->kind(), ObjectKind::ImmutablePrototype);
    EXPECT_FALSE(MUST(object_prototype->internal_set_prototype_of(vm, a)));
    EXPECT_TRUE(MUST(object_prototype->internal_set_prototype_of(vm, nullptr)));
    EXPECT_TRUE(MUST(object_prototype->internal_is_extensible(vm)));
    // b's chain leads back to a.
    EXPECT_FALSE(MUST(a->internal_set_prototype_of(vm, b)));
}

TEST_F(ObjectTest, NonExtensibleObjectsGetNoNewProperties)
{
    Object* object = new_object();
    MUST(create_data_property_or_throw(vm, *object, key("old"), Value::int32(1)));
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(0), Value::int32(1)));
    EXPECT_TRUE(MUST(object->internal_prevent_extensions(vm)));
    EXPECT_FALSE(MUST(create_data_property(vm, *object, key("new"), Value::int32(1))));
    EXPECT_FALSE(MUST(create_data_property(vm, *object, PropertyKey::from_index(1), Value::int32(1))));
    EXPECT_FALSE(set_value(object, key("new"), Value::int32(1)));
    EXPECT_TRUE(create_data_property_or_throw(vm, *object, key("new"), Value::int32(1)).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot define property new, object is not extensible");
    // Existing properties still change, and may be deleted.
    EXPECT_TRUE(set_value(object, key("old"), Value::int32(2)));
    EXPECT_TRUE(set_value(object, PropertyKey::from_index(0), Value::int32(2)));
    EXPECT_EQ(get_value(object, "old"), Value::int32(2));
    EXPECT_EQ(get_value(object, 0u), Value::int32(2));
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("old"))));
    EXPECT_FALSE(MUST(create_data_property(vm, *object, key("old"), Value::int32(1))));
}

TEST_F(ObjectTest, OwnPropertyKeysOrder)
{
    Object* object = new_object();
    Symbol* first = Symbol::create(vm.heap(), string("first"));
    Symbol* second = Symbol::create(vm.heap(), Value::undefined());
    MUST(create_data_property_or_throw(vm, *object, key("b"), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_symbol(first), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, key("10"), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, key("a"), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, key("2"), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_symbol(second), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, key("4294967295"), Value::int32(0))); // not an index
    MUST(create_data_property_or_throw(vm, *object, key("4294967294"), Value::int32(0))); // the largest index
    MUST(create_data_property_or_throw(vm, *object, key("-1"), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, key("0"), Value::int32(0)));
    EXPECT_EQ(keys_of(object), (std::vector<std::string> { "0", "2", "10", "4294967294", "b", "a", "4294967295", "-1",
                                   "Symbol(first)", "Symbol()" }));
    // Redefining keeps a key's place; deleting and re-adding moves it to the end.
    EXPECT_TRUE(define(object, key("b"), PropertyDescriptor::data(Value::int32(1), false, false, true)));
    EXPECT_EQ(keys_of(object)[4], "b");
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("b"))));
    MUST(create_data_property_or_throw(vm, *object, key("b"), Value::int32(0)));
    EXPECT_TRUE(MUST(object->internal_delete(vm, PropertyKey::from_symbol(first))));
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_symbol(first), Value::int32(0)));
    EXPECT_EQ(keys_of(object), (std::vector<std::string> { "0", "2", "10", "4294967294", "a", "4294967295", "-1", "b",
                                   "Symbol()", "Symbol(first)" }));
}

TEST_F(ObjectTest, SymbolKeys)
{
    Object* object = new_object();
    PropertyKey iterator = PropertyKey::from_symbol(vm.symbols().iterator);
    PropertyKey look_alike = key("Symbol.iterator");
    MUST(create_data_property_or_throw(vm, *object, iterator, Value::int32(1)));
    MUST(create_data_property_or_throw(vm, *object, look_alike, Value::int32(2)));
    EXPECT_EQ(MUST(get(vm, *object, iterator)), Value::int32(1));
    EXPECT_EQ(MUST(get(vm, *object, look_alike)), Value::int32(2));
}

TEST_F(ObjectTest, ManyPropertiesUseOutOfLineSlots)
{
    Object* object = Object::create(vm, realm->object_prototype(), 2);
    EXPECT_EQ(object->inline_slot_count(), 2u);
    for (int i = 0; i < 40; ++i)
        MUST(create_data_property_or_throw(vm, *object, key("p" + std::to_string(i)), string("v" + std::to_string(i))));
    for (int i = 0; i < 40; ++i)
        EXPECT_EQ(utf8(get_value(object, "p" + std::to_string(i))), "v" + std::to_string(i));
    EXPECT_EQ(object->own_property_count(), 40u);
}

TEST_F(ObjectTest, ElementsStayPackedWhenFilledInOrder)
{
    Object* object = new_object();
    for (uint32_t i = 0; i < 100; ++i)
        MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(i), Value::int32(int32_t(i * 2))));
    EXPECT_EQ(object->elements_kind(), ElementsKind::Packed);
    EXPECT_EQ(object->dense_elements_size(), 100u);
    EXPECT_EQ(object->own_element_count(), 100u);
    for (uint32_t i = 0; i < 100; ++i)
        EXPECT_EQ(get_value(object, i), Value::int32(int32_t(i * 2)));
    EXPECT_TRUE(get_value(object, 100u).is_undefined());
    auto element = own(object, PropertyKey::from_index(5));
    ASSERT_TRUE(element);
    EXPECT_TRUE(*element->writable && *element->enumerable && *element->configurable);
    // A string key that spells an index is the same property.
    EXPECT_EQ(get_value(object, "7"), Value::int32(14));
}

TEST_F(ObjectTest, GapsMakeElementsHoley)
{
    Object* object = new_object();
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(0), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(5), Value::int32(5)));
    EXPECT_EQ(object->elements_kind(), ElementsKind::Holey);
    EXPECT_FALSE(own(object, PropertyKey::from_index(3)));
    EXPECT_EQ(object->own_element_count(), 2u);
    EXPECT_EQ(keys_of(object), (std::vector<std::string> { "0", "5" }));
    // A hole reads through to the prototype.
    Object* prototype = new_object();
    MUST(create_data_property_or_throw(vm, *prototype, PropertyKey::from_index(3), string("inherited")));
    EXPECT_TRUE(MUST(object->internal_set_prototype_of(vm, prototype)));
    EXPECT_EQ(utf8(get_value(object, 3u)), "inherited");
    // Deleting makes holes; deleting the last element trims.
    EXPECT_TRUE(MUST(object->internal_delete(vm, PropertyKey::from_index(5))));
    EXPECT_EQ(object->dense_elements_size(), 1u);
    EXPECT_EQ(keys_of(object), (std::vector<std::string> { "0" }));
}

TEST_F(ObjectTest, FarIndicesAndUnusualAttributesMakeElementsSparse)
{
    Object* far = new_object();
    MUST(create_data_property_or_throw(vm, *far, PropertyKey::from_index(0), Value::int32(0)));
    MUST(create_data_property_or_throw(vm, *far, PropertyKey::from_index(4000000000u), Value::int32(1)));
    EXPECT_EQ(far->elements_kind(), ElementsKind::Sparse);
    EXPECT_EQ(get_value(far, 0u), Value::int32(0));
    EXPECT_EQ(get_value(far, 4000000000u), Value::int32(1));
    EXPECT_EQ(keys_of(far), (std::vector<std::string> { "0", "4000000000" }));

    Object* object = new_object();
    for (uint32_t i = 0; i < 10; ++i)
        MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(i), Value::int32(int32_t(i))));
    EXPECT_TRUE(define(object, PropertyKey::from_index(3), PropertyDescriptor::data(Value::int32(33), false, true, false)));
    EXPECT_EQ(object->elements_kind(), ElementsKind::Sparse);
    auto three = own(object, PropertyKey::from_index(3));
    ASSERT_TRUE(three);
    EXPECT_FALSE(*three->writable);
    EXPECT_FALSE(*three->configurable);
    EXPECT_FALSE(set_value(object, PropertyKey::from_index(3), Value::int32(0)));
    EXPECT_FALSE(MUST(object->internal_delete(vm, PropertyKey::from_index(3))));
    EXPECT_TRUE(MUST(object->internal_delete(vm, PropertyKey::from_index(4))));
    for (uint32_t i = 0; i < 10; ++i) {
        if (i == 4)
            continue;
        EXPECT_EQ(get_value(object, i), Value::int32(i == 3 ? 33 : int32_t(i))) << i;
    }
    // Accessor elements live in sparse storage too.
    EXPECT_TRUE(define(object, PropertyKey::from_index(20), PropertyDescriptor::accessor(Value::undefined(), Value::undefined(), true, true)));
    EXPECT_TRUE(own(object, PropertyKey::from_index(20))->is_accessor_descriptor());
    EXPECT_TRUE(get_value(object, 20u).is_undefined());
    // Many more elements: the sparse table grows.
    for (uint32_t i = 100; i < 1100; ++i)
        MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(i * 7), Value::int32(int32_t(i))));
    for (uint32_t i = 100; i < 1100; ++i)
        EXPECT_EQ(get_value(object, i * 7), Value::int32(int32_t(i)));
    EXPECT_EQ(object->own_element_count(), 9u + 1 + 1000);
}

TEST_F(ObjectTest, IntegrityLevels)
{
    Object* object = new_object();
    MUST(create_data_property_or_throw(vm, *object, key("x"), Value::int32(1)));
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(0), Value::int32(2)));
    EXPECT_TRUE(define(object, key("acc"), PropertyDescriptor::accessor(Value::undefined(), Value::undefined(), true, true)));
    EXPECT_FALSE(MUST(test_integrity_level(vm, *object, IntegrityLevel::Sealed)));
    EXPECT_TRUE(MUST(set_integrity_level(vm, *object, IntegrityLevel::Sealed)));
    EXPECT_TRUE(MUST(test_integrity_level(vm, *object, IntegrityLevel::Sealed)));
    EXPECT_FALSE(MUST(test_integrity_level(vm, *object, IntegrityLevel::Frozen)));
    EXPECT_TRUE(set_value(object, key("x"), Value::int32(3))) << "sealed properties stay writable";
    EXPECT_FALSE(MUST(object->internal_delete(vm, key("x"))));

    EXPECT_TRUE(MUST(set_integrity_level(vm, *object, IntegrityLevel::Frozen)));
    EXPECT_TRUE(MUST(test_integrity_level(vm, *object, IntegrityLevel::Frozen)));
    EXPECT_FALSE(set_value(object, key("x"), Value::int32(4)));
    EXPECT_FALSE(set_value(object, PropertyKey::from_index(0), Value::int32(4)));
    EXPECT_EQ(get_value(object, "x"), Value::int32(3));
    EXPECT_EQ(get_value(object, 0u), Value::int32(2));
    EXPECT_TRUE(own(object, key("acc"))->is_accessor_descriptor());

    // Freezing objects with one shape gives one shape.
    Object* a = new_object();
    Object* b = new_object();
    MUST(create_data_property_or_throw(vm, *a, key("p"), Value::int32(1)));
    MUST(create_data_property_or_throw(vm, *b, key("p"), Value::int32(2)));
    MUST(set_integrity_level(vm, *a, IntegrityLevel::Frozen));
    MUST(set_integrity_level(vm, *b, IntegrityLevel::Frozen));
    EXPECT_EQ(a->shape(), b->shape());
}

TEST_F(ObjectTest, ValidateOnlyWithoutAnObject)
{
    // IsCompatiblePropertyDescriptor: ValidateAndApplyPropertyDescriptor with O undefined.
    EXPECT_TRUE(is_compatible_property_descriptor(vm, true, PropertyDescriptor::data(Value::int32(1), true, true, true), std::nullopt));
    EXPECT_FALSE(is_compatible_property_descriptor(vm, false, PropertyDescriptor::data(Value::int32(1), true, true, true), std::nullopt));
    auto current = PropertyDescriptor::data(Value::int32(1), false, false, false);
    EXPECT_TRUE(is_compatible_property_descriptor(vm, true, only_value(Value::int32(1)), current));
    EXPECT_FALSE(is_compatible_property_descriptor(vm, true, only_value(Value::int32(2)), current));
}

TEST_F(ObjectTest, SameValue)
{
    EXPECT_TRUE(same_value(heap(), Value::int32(1), Value::raw_double(1.0)));
    EXPECT_FALSE(same_value(heap(), Value::raw_double(0.0), Value::raw_double(-0.0)));
    EXPECT_TRUE(same_value_zero(heap(), Value::raw_double(0.0), Value::raw_double(-0.0)));
    EXPECT_TRUE(same_value(heap(), Value::raw_double(std::nan("")), Value::raw_double(std::nan(""))));
    EXPECT_TRUE(same_value(heap(), string("abc"), string("abc")));
    EXPECT_FALSE(same_value(heap(), string("abc"), string("abd")));
    EXPECT_FALSE(same_value(heap(), Value::undefined(), Value::null()));
    EXPECT_FALSE(same_value(heap(), Value::int32(0), Value::boolean(false)));
    EXPECT_FALSE(same_value(heap(), Value::object(new_object()), Value::object(new_object())));
}

}
}
