// Objects under the real collector. ObjectBarrierTest turns the conservative stack scan off, so
// only precise roots keep cells alive: each test makes an object old (a full collection), stores
// young cells into it through every kind of storage (inline and out-of-line slots, dense and
// sparse elements, accessors, shapes and property tables, prototypes), runs a young collection
// and checks that the young cells survived, which they only do if the store had a write barrier.
// ObjectGCTest builds a larger graph with the stack scan on, and is meant to be run with
// SABLE_GC_STRESS=N as well.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/accessor.h"
#include "runtime/array.h"
#include "runtime/property_key_list.h"

#include <string>

namespace sable::runtime::test {
namespace {

class ObjectBarrierTest : public VMTest {
protected:
    // No stress (an unplanned collection would free unrooted locals) and no stack scanning.
    ObjectBarrierTest()
        : VMTest(gc::HeapOptions {})
    {
        heap().set_stack_origin(nullptr);
    }

    // A rooted object made old by a full collection.
    Object* old_object(uint32_t inline_slots = Object::kDefaultInlineSlots)
    {
        Object* object = root(Object::create(vm, realm->object_prototype(), inline_slots));
        return object;
    }
    void make_everything_old() { heap().collect(gc::CollectionKind::Full); }
    void young_collection() { heap().collect(gc::CollectionKind::Young); }

    void expect_young_string_survived(Value value, std::string const& expected)
    {
        ASSERT_TRUE(value.is_string());
        EXPECT_TRUE(heap().is_marked(reinterpret_cast<gc::Cell*>(value.as_string()))) << expected;
        EXPECT_EQ(utf8(value), expected);
    }
    void store(Object* object, std::string_view name, std::string_view text)
    {
        MUST(set(vm, *object, key(name), string(text), true));
    }
    void store(Object* object, uint32_t index, std::string_view text)
    {
        MUST(set(vm, *object, PropertyKey::from_index(index), string(text), true));
    }
};

TEST_F(ObjectBarrierTest, InlineSlot)
{
    Object* object = old_object();
    MUST(create_data_property_or_throw(vm, *object, key("a"), Value::int32(0)));
    make_everything_old();
    ASSERT_TRUE(heap().is_marked(object));
    store(object, "a", "young inline");
    young_collection();
    expect_young_string_survived(get_value(object, "a"), "young inline");
}

TEST_F(ObjectBarrierTest, OutOfLineSlots)
{
    Object* object = old_object(1);
    for (int i = 0; i < 6; ++i)
        MUST(create_data_property_or_throw(vm, *object, key("p" + std::to_string(i)), Value::int32(i)));
    make_everything_old();
    // An existing out-of-line slot, then new properties that need bigger out-of-line storage.
    store(object, "p3", "young p3");
    for (int i = 6; i < 20; ++i)
        store(object, "p" + std::to_string(i), "young p" + std::to_string(i));
    young_collection();
    expect_young_string_survived(get_value(object, "p3"), "young p3");
    for (int i = 6; i < 20; ++i)
        expect_young_string_survived(get_value(object, "p" + std::to_string(i)), "young p" + std::to_string(i));
}

TEST_F(ObjectBarrierTest, YoungKeysInOldSharedTable)
{
    // Two objects share a chain; the older one's table receives a new (young) atom.
    Object* object = old_object();
    MUST(create_data_property_or_throw(vm, *object, key("first"), Value::int32(1)));
    make_everything_old();
    store(object, "fresh_key_never_seen_before", "value");
    young_collection();
    // The atom is only referenced by the property table (the atom table is weak).
    PropertyKeyList* keys = MUST(object->internal_own_property_keys(vm));
    ASSERT_EQ(keys->size(), 2u);
    EXPECT_TRUE(heap().is_marked(keys->at(1).as_cell()));
    EXPECT_EQ(describe_property_key(heap(), keys->at(1)), "fresh_key_never_seen_before");
    expect_young_string_survived(get_value(object, "fresh_key_never_seen_before"), "value");
}

TEST_F(ObjectBarrierTest, DictionaryModeObject)
{
    Object* object = old_object();
    for (int i = 0; i < 3; ++i)
        MUST(create_data_property_or_throw(vm, *object, key("d" + std::to_string(i)), Value::int32(i)));
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("d1"))));
    ASSERT_TRUE(object->shape()->is_dictionary());
    make_everything_old();
    // Young keys and values into the old dictionary table, enough to grow and compact it.
    for (int i = 0; i < 40; ++i) {
        store(object, "young_key_" + std::to_string(i), "young " + std::to_string(i));
        if (i % 3 == 0) {
            EXPECT_TRUE(MUST(object->internal_delete(vm, key("young_key_" + std::to_string(i)))));
        }
    }
    // A young prototype stored into the old dictionary shape.
    EXPECT_TRUE(MUST(object->internal_set_prototype_of(vm, Object::create(vm, nullptr))));
    young_collection();
    for (int i = 0; i < 40; ++i) {
        if (i % 3 == 0)
            continue;
        expect_young_string_survived(get_value(object, "young_key_" + std::to_string(i)), "young " + std::to_string(i));
    }
    EXPECT_TRUE(heap().is_marked(object->prototype()));
    EXPECT_EQ(get_value(object, "d2"), Value::int32(2));
}

TEST_F(ObjectBarrierTest, YoungPrototypeAndShapes)
{
    Object* object = old_object();
    MUST(create_data_property_or_throw(vm, *object, key("x"), Value::int32(1)));
    make_everything_old();
    Object* prototype = Object::create(vm, nullptr);
    MUST(create_data_property_or_throw(vm, *prototype, key("inherited"), string("from young prototype")));
    EXPECT_TRUE(MUST(object->internal_set_prototype_of(vm, prototype)));
    prototype = nullptr;
    EXPECT_TRUE(MUST(object->internal_prevent_extensions(vm)));
    young_collection();
    EXPECT_TRUE(heap().is_marked(object->shape()));
    EXPECT_TRUE(heap().is_marked(object->prototype()));
    expect_young_string_survived(get_value(object, "inherited"), "from young prototype");
}

TEST_F(ObjectBarrierTest, DenseElements)
{
    Object* array = root(MUST(array_create(vm, 0)));
    for (uint32_t i = 0; i < 4; ++i)
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(i), Value::int32(int32_t(i))));
    make_everything_old();
    store(array, 1, "young element");
    // Growing the store allocates a young one that the old array must point to.
    for (uint32_t i = 4; i < 50; ++i)
        store(array, i, "young " + std::to_string(i));
    young_collection();
    expect_young_string_survived(get_value(array, 1u), "young element");
    for (uint32_t i = 4; i < 50; ++i)
        expect_young_string_survived(get_value(array, i), "young " + std::to_string(i));
    EXPECT_EQ(array_length(*array), 50u);
}

TEST_F(ObjectBarrierTest, SparseElements)
{
    Object* object = old_object();
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_index(1000000), Value::int32(0)));
    ASSERT_EQ(object->elements_kind(), ElementsKind::Sparse);
    make_everything_old();
    store(object, 1000000, "young sparse");
    for (uint32_t i = 0; i < 30; ++i)
        store(object, 5000000 + i * 1000, "young " + std::to_string(i));
    young_collection();
    expect_young_string_survived(get_value(object, 1000000u), "young sparse");
    for (uint32_t i = 0; i < 30; ++i)
        expect_young_string_survived(get_value(object, 5000000 + i * 1000), "young " + std::to_string(i));
}

TEST_F(ObjectBarrierTest, Accessors)
{
    Object* object = old_object();
    MUST(create_data_property_or_throw(vm, *object, key("a"), Value::int32(0)));
    make_everything_old();
    // A young Accessor cell holding a young getter, stored into the old object's slot.
    Object* getter = Object::create(vm, nullptr);
    MUST(create_data_property_or_throw(vm, *getter, key("tag"), string("the getter")));
    EXPECT_TRUE(MUST(object->internal_define_own_property(vm, key("a"),
        PropertyDescriptor::accessor(Value::object(getter), Value::undefined(), true, true))));
    getter = nullptr;
    young_collection();
    auto descriptor = MUST(object->internal_get_own_property(vm, key("a")));
    ASSERT_TRUE(descriptor && descriptor->is_accessor_descriptor());
    ASSERT_TRUE(descriptor->get->is_object());
    Object* kept_getter = descriptor->get->as_object();
    EXPECT_TRUE(heap().is_marked(kept_getter));
    expect_young_string_survived(get_value(kept_getter, "tag"), "the getter");
}

TEST_F(ObjectBarrierTest, UnreachableObjectsAreCollected)
{
    // The other side of the coin: nothing in the object model keeps garbage alive.
    Object* object = old_object();
    make_everything_old();
    auto before = heap().statistics();
    for (int i = 0; i < 1000; ++i) {
        Object* garbage = Object::create(vm, realm->object_prototype());
        MUST(create_data_property_or_throw(vm, *garbage, key("x"), string("garbage")));
    }
    MUST(create_data_property_or_throw(vm, *object, key("kept"), string("kept")));
    heap().collect(gc::CollectionKind::Full);
    auto after = heap().statistics();
    EXPECT_LT(after.live_bytes_after_last_gc, before.live_bytes_after_last_gc + 4096);
    expect_young_string_survived(get_value(object, "kept"), "kept");
}

class ObjectGCTest : public VMTest {
};

TEST_F(ObjectGCTest, GraphSurvivesRepeatedCollections)
{
    // 200 objects hanging off one array, each with named properties, elements, a nested object
    // and an accessor, built while collections run (every N allocations under SABLE_GC_STRESS,
    // and an explicit young collection every 10 objects).
    Object* list = MUST(array_create(vm, 0));
    for (uint32_t i = 0; i < 200; ++i) {
        Object* item = new_object();
        MUST(create_data_property_or_throw(vm, *item, key("name"), string("item " + std::to_string(i))));
        MUST(create_data_property_or_throw(vm, *item, key("index"), Value::int32(int32_t(i))));
        Object* child = Object::create(vm, item);
        MUST(create_data_property_or_throw(vm, *child, key("own"), string("child of " + std::to_string(i))));
        MUST(create_data_property_or_throw(vm, *item, key("child"), Value::object(child)));
        for (uint32_t j = 0; j < i % 7; ++j)
            MUST(create_data_property_or_throw(vm, *item, PropertyKey::from_index(j), string(std::to_string(i * 100 + j))));
        if (i % 5 == 0) {
            EXPECT_TRUE(MUST(item->internal_delete(vm, key("index"))));
        }
        MUST(create_data_property_or_throw(vm, *list, PropertyKey::from_index(i), Value::object(item)));
        if (i % 10 == 9)
            heap().collect(i % 50 == 49 ? gc::CollectionKind::Full : gc::CollectionKind::Young);
    }
    heap().collect(gc::CollectionKind::Full);
    ASSERT_EQ(array_length(*list), 200u);
    for (uint32_t i = 0; i < 200; ++i) {
        Object* item = get_value(list, i).as_object();
        EXPECT_EQ(utf8(get_value(item, "name")), "item " + std::to_string(i));
        if (i % 5 == 0) {
            EXPECT_TRUE(get_value(item, "index").is_undefined());
        } else {
            EXPECT_EQ(get_value(item, "index"), Value::int32(int32_t(i)));
        }
        Object* child = get_value(item, "child").as_object();
        EXPECT_EQ(utf8(get_value(child, "own")), "child of " + std::to_string(i));
        EXPECT_EQ(utf8(get_value(child, "name")), "item " + std::to_string(i)) << "through the prototype";
        for (uint32_t j = 0; j < i % 7; ++j)
            EXPECT_EQ(utf8(get_value(item, j)), std::to_string(i * 100 + j));
    }
}

}
}
