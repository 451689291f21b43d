// Shapes: sharing between objects built the same way, the transitions (add a property, change
// attributes, change the prototype, prevent extensions), property tables shared along a chain and
// copied at branches, hash-indexed lookup in large shapes, dictionary mode, and the weak
// transition table.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/property_key_list.h"
#include "runtime/shape.h"
#include "runtime/shape_transitions.h"

#include <string>

namespace sable::runtime::test {
namespace {

class ShapeTest : public VMTest {
protected:
    Object* object_with(std::initializer_list<std::string_view> names)
    {
        Object* object = new_object();
        int i = 0;
        for (auto name : names)
            MUST(create_data_property_or_throw(vm, *object, key(name), Value::int32(i++)));
        return object;
    }
    std::vector<std::string> keys_of(Object* object)
    {
        std::vector<std::string> result;
        PropertyKeyList* keys = MUST(object->internal_own_property_keys(vm));
        for (PropertyKey k : *keys)
            result.push_back(describe_property_key(vm.heap(), k));
        return result;
    }
};

TEST_F(ShapeTest, NewObjectsWithOnePrototypeShareTheRootShape)
{
    Object* a = new_object();
    Object* b = new_object();
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_EQ(a->shape()->property_count(), 0u);
    EXPECT_EQ(a->shape()->prototype(), realm->object_prototype());
    EXPECT_TRUE(a->shape()->is_extensible());
    EXPECT_FALSE(a->shape()->is_dictionary());

    Object* c = Object::create(vm, nullptr);
    EXPECT_NE(c->shape(), a->shape());
    EXPECT_EQ(c->shape()->prototype(), nullptr);
    // The kind is part of the shape.
    Object* error = Object::create_with_kind(vm, ObjectKind::Error, realm->object_prototype());
    EXPECT_NE(error->shape(), a->shape());
    EXPECT_EQ(error->shape()->object_kind(), ObjectKind::Error);
}

TEST_F(ShapeTest, ObjectsBuiltTheSameWayShareShapes)
{
    Object* a = object_with({ "x", "y", "z" });
    Object* b = object_with({ "x", "y", "z" });
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_EQ(a->shape()->property_count(), 3u);
    // Another order is another shape.
    Object* c = object_with({ "y", "x", "z" });
    EXPECT_NE(a->shape(), c->shape());
    // Values do not matter.
    MUST(set(vm, *b, key("x"), string("another value"), true));
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_EQ(get_value(a, "z"), Value::int32(2));
    EXPECT_EQ(utf8(get_value(b, "x")), "another value");
}

TEST_F(ShapeTest, AttributesArePartOfTheTransition)
{
    Object* a = new_object();
    Object* b = new_object();
    MUST(create_data_property_or_throw(vm, *a, key("p"), Value::int32(1)));
    MUST(define_property_or_throw(vm, *b, key("p"), PropertyDescriptor::data(Value::int32(1), false, false, false)));
    EXPECT_NE(a->shape(), b->shape());
    auto pa = a->shape()->lookup(key("p"));
    auto pb = b->shape()->lookup(key("p"));
    ASSERT_TRUE(pa && pb);
    EXPECT_EQ(pa->attributes, PropertyAttributes::default_data());
    EXPECT_EQ(pb->attributes, PropertyAttributes::data(false, false, false));
}

TEST_F(ShapeTest, ChangingAttributesIsASharedTransition)
{
    Object* a = object_with({ "x", "y" });
    Object* b = object_with({ "x", "y" });
    Shape* before = a->shape();
    PropertyDescriptor read_only;
    read_only.writable = false;
    MUST(define_property_or_throw(vm, *a, key("x"), read_only));
    MUST(define_property_or_throw(vm, *b, key("x"), read_only));
    EXPECT_NE(a->shape(), before);
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_FALSE(a->shape()->is_dictionary());
    EXPECT_FALSE(a->shape()->lookup(key("x"))->attributes.is_writable());
    EXPECT_TRUE(before->lookup(key("x"))->attributes.is_writable()) << "the old shape is unchanged";
    // The slot and the value stay.
    EXPECT_EQ(a->shape()->lookup(key("x"))->slot, before->lookup(key("x"))->slot);
    EXPECT_EQ(get_value(a, "x"), Value::int32(0));
    EXPECT_EQ(get_value(a, "y"), Value::int32(1));
}

TEST_F(ShapeTest, PrototypeLivesInTheShape)
{
    Object* proto = new_object();
    Object* a = object_with({ "x" });
    Object* b = object_with({ "x" });
    Shape* before = a->shape();
    EXPECT_TRUE(MUST(a->internal_set_prototype_of(vm, proto)));
    EXPECT_TRUE(MUST(b->internal_set_prototype_of(vm, proto)));
    EXPECT_NE(a->shape(), before);
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_EQ(a->shape()->prototype(), proto);
    EXPECT_EQ(MUST(a->internal_get_prototype_of(vm)), proto);
    EXPECT_EQ(a->shape()->table(), before->table()) << "the property table is shared";
    EXPECT_EQ(get_value(a, "x"), Value::int32(0));
    // Objects created with that prototype start from its own root shape.
    Object* c = Object::create(vm, proto);
    EXPECT_EQ(c->shape()->prototype(), proto);
}

TEST_F(ShapeTest, PreventExtensionsIsASharedTransition)
{
    Object* a = object_with({ "x" });
    Object* b = object_with({ "x" });
    EXPECT_TRUE(MUST(a->internal_prevent_extensions(vm)));
    EXPECT_TRUE(MUST(b->internal_prevent_extensions(vm)));
    EXPECT_EQ(a->shape(), b->shape());
    EXPECT_FALSE(a->shape()->is_extensible());
    EXPECT_FALSE(MUST(a->internal_is_extensible(vm)));
    // Preventing again changes nothing.
    Shape* shape = a->shape();
    EXPECT_TRUE(MUST(a->internal_prevent_extensions(vm)));
    EXPECT_EQ(a->shape(), shape);
}

TEST_F(ShapeTest, BranchesCopyTheSharedTableAndLookupsStayExact)
{
    // {a, b} then {a, c}: the second appends to a copy, not to the shared table.
    Object* ab = object_with({ "a", "b" });
    Object* ac = object_with({ "a", "c" });
    Object* a_only = object_with({ "a" });
    EXPECT_EQ(ab->shape()->lookup(key("c")), std::nullopt);
    EXPECT_EQ(ac->shape()->lookup(key("b")), std::nullopt);
    EXPECT_EQ(a_only->shape()->lookup(key("b")), std::nullopt) << "a shorter shape ignores later entries";
    EXPECT_TRUE(ab->shape()->lookup(key("b")));
    EXPECT_TRUE(ac->shape()->lookup(key("c")));
    EXPECT_EQ(ab->shape()->lookup(key("b"))->slot, 1u);
    EXPECT_EQ(ac->shape()->lookup(key("c"))->slot, 1u);
    EXPECT_EQ(ab->shape()->table(), a_only->shape()->table()) << "the first chain appends in place";
    EXPECT_NE(ac->shape()->table(), a_only->shape()->table());
    EXPECT_EQ(keys_of(ab), (std::vector<std::string> { "a", "b" }));
    EXPECT_EQ(keys_of(ac), (std::vector<std::string> { "a", "c" }));
    EXPECT_EQ(keys_of(a_only), (std::vector<std::string> { "a" }));
}

TEST_F(ShapeTest, LargeShapesUseTheHashIndex)
{
    Object* object = new_object();
    for (int i = 0; i < 60; ++i)
        MUST(create_data_property_or_throw(vm, *object, key("p" + std::to_string(i)), Value::int32(i)));
    Shape* shape = object->shape();
    EXPECT_FALSE(shape->is_dictionary());
    ASSERT_GT(shape->table()->capacity(), PropertyTable::kLinearSearchLimit);
    for (int i = 0; i < 60; ++i) {
        auto property = shape->lookup(key("p" + std::to_string(i)));
        ASSERT_TRUE(property) << i;
        EXPECT_EQ(property->slot, uint32_t(i));
        EXPECT_EQ(get_value(object, "p" + std::to_string(i)), Value::int32(i));
    }
    EXPECT_FALSE(shape->lookup(key("p60")));
    // A shorter shape of the same chain, sharing the indexed table, misses later keys.
    Object* shorter = new_object();
    for (int i = 0; i < 20; ++i)
        MUST(create_data_property_or_throw(vm, *shorter, key("p" + std::to_string(i)), Value::int32(i)));
    PropertyTable* shared = shorter->shape()->table();
    EXPECT_GT(shared->length(), 20u) << "the chain went on appending to this table";
    EXPECT_GT(shared->capacity(), PropertyTable::kLinearSearchLimit);
    EXPECT_TRUE(shorter->shape()->lookup(key("p19")));
    EXPECT_FALSE(shorter->shape()->lookup(key("p20")));
    EXPECT_FALSE(shorter->shape()->lookup(key("p59")));
}

TEST_F(ShapeTest, DeleteSwitchesToDictionaryMode)
{
    Object* a = object_with({ "x", "y", "z" });
    Object* b = object_with({ "x", "y", "z" });
    Shape* shared = a->shape();
    EXPECT_TRUE(MUST(a->internal_delete(vm, key("y"))));
    EXPECT_TRUE(a->shape()->is_dictionary());
    EXPECT_NE(a->shape(), shared);
    EXPECT_EQ(b->shape(), shared) << "other objects keep the shared shape";
    EXPECT_EQ(a->shape()->property_count(), 2u);
    EXPECT_EQ(keys_of(a), (std::vector<std::string> { "x", "z" }));
    EXPECT_EQ(get_value(a, "x"), Value::int32(0));
    EXPECT_TRUE(get_value(a, "y").is_undefined());
    EXPECT_EQ(get_value(a, "z"), Value::int32(2));
    // A dictionary shape is the object's own: further changes happen in place.
    Shape* dictionary = a->shape();
    MUST(create_data_property_or_throw(vm, *a, key("y"), Value::int32(7)));
    EXPECT_EQ(a->shape(), dictionary);
    EXPECT_EQ(keys_of(a), (std::vector<std::string> { "x", "z", "y" })) << "a re-added key goes last";
    EXPECT_EQ(get_value(a, "y"), Value::int32(7));
    EXPECT_TRUE(MUST(a->internal_set_prototype_of(vm, nullptr)));
    EXPECT_EQ(a->shape(), dictionary);
    EXPECT_EQ(a->prototype(), nullptr);
    EXPECT_TRUE(MUST(a->internal_prevent_extensions(vm)));
    EXPECT_EQ(a->shape(), dictionary);
    EXPECT_FALSE(a->is_extensible());
    EXPECT_FALSE(MUST(create_data_property(vm, *a, key("w"), Value::int32(1))));
}

TEST_F(ShapeTest, ManyPropertiesSwitchToDictionaryMode)
{
    Object* object = new_object();
    for (uint32_t i = 0; i < Shape::kMaxSharedProperties; ++i)
        MUST(create_data_property_or_throw(vm, *object, key("k" + std::to_string(i)), Value::int32(int32_t(i))));
    EXPECT_FALSE(object->shape()->is_dictionary());
    MUST(create_data_property_or_throw(vm, *object, key("one_more"), Value::int32(-1)));
    EXPECT_TRUE(object->shape()->is_dictionary());
    EXPECT_EQ(object->shape()->property_count(), Shape::kMaxSharedProperties + 1);
    for (uint32_t i = 0; i < Shape::kMaxSharedProperties; ++i)
        EXPECT_EQ(get_value(object, "k" + std::to_string(i)), Value::int32(int32_t(i)));
    EXPECT_EQ(get_value(object, "one_more"), Value::int32(-1));
}

TEST_F(ShapeTest, DictionaryChurnCompactsSlots)
{
    // An object used as a map: keys come and go. Slots must be reused, not grow forever, and
    // the order of the survivors must hold.
    Object* map = new_object();
    MUST(create_data_property_or_throw(vm, *map, key("keep_first"), Value::int32(1)));
    for (int i = 0; i < 2000; ++i) {
        MUST(create_data_property_or_throw(vm, *map, key("t" + std::to_string(i)), Value::int32(i)));
        if (i >= 3) {
            EXPECT_TRUE(MUST(map->internal_delete(vm, key("t" + std::to_string(i - 3)))));
        }
    }
    MUST(create_data_property_or_throw(vm, *map, key("keep_last"), Value::int32(2)));
    ASSERT_TRUE(map->shape()->is_dictionary());
    EXPECT_EQ(map->shape()->property_count(), 5u);
    EXPECT_LT(map->shape()->slot_count(), 64u) << "slots of deleted properties are reclaimed";
    EXPECT_LT(map->shape()->table()->capacity(), 64u);
    EXPECT_EQ(keys_of(map), (std::vector<std::string> { "keep_first", "t1997", "t1998", "t1999", "keep_last" }));
    EXPECT_EQ(get_value(map, "keep_first"), Value::int32(1));
    EXPECT_EQ(get_value(map, "t1998"), Value::int32(1998));
    EXPECT_EQ(get_value(map, "keep_last"), Value::int32(2));
    EXPECT_TRUE(get_value(map, "t5").is_undefined());
}

TEST_F(ShapeTest, DeletingEveryPropertyOfADictionary)
{
    Object* object = object_with({ "a", "b", "c" });
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("c"))));
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("a"))));
    EXPECT_TRUE(MUST(object->internal_delete(vm, key("b"))));
    EXPECT_EQ(object->shape()->property_count(), 0u);
    EXPECT_EQ(object->shape()->slot_count(), 0u);
    EXPECT_TRUE(keys_of(object).empty());
    MUST(create_data_property_or_throw(vm, *object, key("b"), Value::int32(5)));
    EXPECT_EQ(keys_of(object), (std::vector<std::string> { "b" }));
    EXPECT_EQ(get_value(object, "b"), Value::int32(5));
}

TEST_F(ShapeTest, TransitionsAreWeak)
{
    // Objects with never-seen keys make transitions; once the objects are gone, a full
    // collection drops the transitions (and the shapes).
    size_t before = vm.shapes().size();
    auto make_garbage = [&] {
        for (int i = 0; i < 100; ++i)
            object_with({ "unique" + std::to_string(i), "second" });
    };
    make_garbage();
    // (Under SABLE_GC_STRESS collections during make_garbage already drop some.)
    if (!heap().options().stress_interval) {
        EXPECT_GE(vm.shapes().size(), before + 200);
    }
    heap().collect(gc::CollectionKind::Full);
    // The stack scan is conservative: a few shapes may survive through stale stack words.
    EXPECT_LT(vm.shapes().size(), before + 20);
    // Shapes still in use keep their transitions.
    Object* kept = object_with({ "kept" });
    heap().collect(gc::CollectionKind::Full);
    EXPECT_EQ(object_with({ "kept" })->shape(), kept->shape());
}

}
}
