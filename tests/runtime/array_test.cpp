// Array exotic objects: ArrayCreate, "length" kept past the largest index, ArraySetLength
// (truncation, non-writable length, non-configurable elements stopping truncation, invalid
// lengths), and %Array.prototype%.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/array.h"
#include "runtime/property_key_list.h"

#include <cmath>
#include <string>

namespace sable::runtime::test {
namespace {

class ArrayTest : public VMTest {
protected:
    PropertyKey length() { return PropertyKey::from_atom(vm.atoms().length); }
    Object* array_of(uint32_t count)
    {
        Object* array = MUST(array_create(vm, 0));
        for (uint32_t i = 0; i < count; ++i)
            MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(i), Value::int32(int32_t(i))));
        return array;
    }
    bool set_length(Object* array, Value value)
    {
        return MUST(array->internal_set(vm, length(), value, Value::object(array)));
    }
    bool define_length(Object* array, PropertyDescriptor const& descriptor)
    {
        return MUST(array->internal_define_own_property(vm, length(), descriptor));
    }
    static PropertyDescriptor length_descriptor(Value value, std::optional<bool> writable = std::nullopt)
    {
        PropertyDescriptor descriptor;
        descriptor.value = value;
        descriptor.writable = writable;
        return descriptor;
    }
    std::vector<std::string> keys_of(Object* object)
    {
        std::vector<std::string> result;
        for (PropertyKey k : *MUST(object->internal_own_property_keys(vm)))
            result.push_back(describe_property_key(vm.heap(), k));
        return result;
    }
};

TEST_F(ArrayTest, ArrayCreate)
{
    Object* array = MUST(array_create(vm, 5));
    EXPECT_TRUE(is_array_exotic(*array));
    EXPECT_EQ(array->prototype(), realm->array_prototype());
    EXPECT_EQ(array_length(*array), 5u);
    EXPECT_EQ(get_value(array, "length"), Value::int32(5));
    auto descriptor = MUST(array->internal_get_own_property(vm, length()));
    ASSERT_TRUE(descriptor);
    EXPECT_TRUE(*descriptor->writable);
    EXPECT_FALSE(*descriptor->enumerable);
    EXPECT_FALSE(*descriptor->configurable);
    EXPECT_EQ(keys_of(array), (std::vector<std::string> { "length" }));
    EXPECT_EQ(array->own_element_count(), 0u) << "length alone makes no elements";

    Object* largest = MUST(array_create(vm, 4294967295ull));
    EXPECT_EQ(array_length(*largest), 4294967295u);
    EXPECT_TRUE(array_create(vm, 4294967296ull).is_throw());
    EXPECT_EQ(take_range_error(), "Invalid array length");

    // Arrays share shapes like any other objects.
    EXPECT_EQ(MUST(array_create(vm, 0))->shape(), MUST(array_create(vm, 7))->shape());
}

TEST_F(ArrayTest, ArrayPrototypeIsAnArray)
{
    Object* prototype = realm->array_prototype();
    EXPECT_TRUE(is_array_exotic(*prototype));
    EXPECT_EQ(array_length(*prototype), 0u);
    EXPECT_EQ(prototype->prototype(), realm->object_prototype());
}

TEST_F(ArrayTest, IndicesPastTheEndGrowLength)
{
    Object* array = array_of(3);
    EXPECT_EQ(array_length(*array), 3u);
    EXPECT_EQ(array->elements_kind(), ElementsKind::Packed);
    MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(9), Value::int32(9)));
    EXPECT_EQ(array_length(*array), 10u);
    EXPECT_EQ(array->elements_kind(), ElementsKind::Holey);
    // Through [[Set]] as well.
    EXPECT_TRUE(MUST(array->internal_set(vm, PropertyKey::from_index(10), Value::int32(10), Value::object(array))));
    EXPECT_EQ(array_length(*array), 11u);
    // Indices below length leave it alone.
    MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(5), Value::int32(5)));
    EXPECT_EQ(array_length(*array), 11u);
    // Named properties do not count.
    MUST(create_data_property_or_throw(vm, *array, key("name"), Value::int32(1)));
    MUST(create_data_property_or_throw(vm, *array, key("4294967295"), Value::int32(1)));
    EXPECT_EQ(array_length(*array), 11u);
    // The largest index makes the largest length.
    MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(4294967294u), Value::int32(1)));
    EXPECT_EQ(array_length(*array), 4294967295u);
    EXPECT_EQ(array->elements_kind(), ElementsKind::Sparse);
    EXPECT_TRUE(get_value(array, "length").is_double());
}

TEST_F(ArrayTest, SettingLengthTruncates)
{
    Object* array = array_of(10);
    EXPECT_TRUE(set_length(array, Value::int32(4)));
    EXPECT_EQ(array_length(*array), 4u);
    EXPECT_EQ(array->own_element_count(), 4u);
    EXPECT_TRUE(get_value(array, 4u).is_undefined());
    EXPECT_EQ(get_value(array, 3u), Value::int32(3));
    EXPECT_EQ(keys_of(array), (std::vector<std::string> { "0", "1", "2", "3", "length" }));
    // Growing length adds no elements.
    EXPECT_TRUE(set_length(array, Value::int32(100)));
    EXPECT_EQ(array_length(*array), 100u);
    EXPECT_EQ(array->own_element_count(), 4u);
    EXPECT_FALSE(MUST(has_property(vm, *array, PropertyKey::from_index(50))));
    // To zero.
    EXPECT_TRUE(set_length(array, Value::int32(0)));
    EXPECT_EQ(array->own_element_count(), 0u);
    EXPECT_EQ(keys_of(array), (std::vector<std::string> { "length" }));
    // Sparse arrays truncate the same way.
    Object* sparse = array_of(3);
    MUST(create_data_property_or_throw(vm, *sparse, PropertyKey::from_index(3000000000u), Value::int32(1)));
    EXPECT_EQ(sparse->elements_kind(), ElementsKind::Sparse);
    EXPECT_TRUE(set_length(sparse, Value::int32(2)));
    EXPECT_EQ(keys_of(sparse), (std::vector<std::string> { "0", "1", "length" }));
}

TEST_F(ArrayTest, LengthAcceptsWhatConvertsToTheSameUint32)
{
    Object* array = array_of(5);
    EXPECT_TRUE(set_length(array, string("3")));
    EXPECT_EQ(array_length(*array), 3u);
    EXPECT_TRUE(set_length(array, Value::raw_double(2.0)));
    EXPECT_EQ(array_length(*array), 2u);
    EXPECT_TRUE(set_length(array, Value::boolean(true)));
    EXPECT_EQ(array_length(*array), 1u);
    EXPECT_TRUE(set_length(array, Value::raw_double(-0.0)));
    EXPECT_EQ(array_length(*array), 0u);
    EXPECT_TRUE(get_value(array, "length").is_int32()) << "stored as +0";
}

TEST_F(ArrayTest, InvalidLengthsThrowRangeError)
{
    Object* array = array_of(2);
    for (Value bad : { Value::int32(-1), Value::raw_double(1.5), Value::raw_double(4294967296.0),
             Value::raw_double(std::nan("")), Value::undefined(), string("abc") }) {
        EXPECT_TRUE(array->internal_set(vm, length(), bad, Value::object(array)).is_throw());
        EXPECT_EQ(take_range_error(), "Invalid array length");
    }
    EXPECT_EQ(array_length(*array), 2u);
    // Symbols cannot become numbers at all: TypeError.
    EXPECT_TRUE(array->internal_set(vm, length(), Value::symbol(vm.symbols().iterator), Value::object(array)).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot convert a Symbol value to a number");
    // An object without valueOf/toString (no prototype) cannot become a primitive.
    EXPECT_TRUE(array->internal_set(vm, length(), Value::object(Object::create(vm, nullptr)), Value::object(array)).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot convert object to primitive value");
}

TEST_F(ArrayTest, NonWritableLength)
{
    Object* array = array_of(3);
    EXPECT_TRUE(define_length(array, length_descriptor(Value::int32(2), false)));
    EXPECT_EQ(array_length(*array), 2u);
    EXPECT_FALSE(MUST(array->internal_get_own_property(vm, length()))->writable.value());
    // No growing, no shrinking, no new indices past the end.
    EXPECT_FALSE(set_length(array, Value::int32(5)));
    EXPECT_FALSE(set_length(array, Value::int32(1)));
    EXPECT_FALSE(set_length(array, Value::int32(2))) << "[[Set]] of a read-only property fails even with its value";
    EXPECT_TRUE(define_length(array, length_descriptor(Value::int32(2)))) << "[[DefineOwnProperty]] with the same value is fine";
    EXPECT_FALSE(MUST(create_data_property(vm, *array, PropertyKey::from_index(2), Value::int32(2))));
    EXPECT_FALSE(MUST(array->internal_set(vm, PropertyKey::from_index(7), Value::int32(7), Value::object(array))));
    EXPECT_EQ(array_length(*array), 2u);
    EXPECT_FALSE(MUST(has_own_property(vm, *array, PropertyKey::from_index(2))));
    // Indices below length still change.
    EXPECT_TRUE(MUST(array->internal_set(vm, PropertyKey::from_index(1), Value::int32(11), Value::object(array))));
    EXPECT_EQ(get_value(array, 1u), Value::int32(11));
    // And length cannot become writable again.
    PropertyDescriptor writable;
    writable.writable = true;
    EXPECT_FALSE(define_length(array, writable));
    // Length is never configurable or enumerable.
    PropertyDescriptor configurable;
    configurable.configurable = true;
    EXPECT_FALSE(define_length(array, configurable));
}

TEST_F(ArrayTest, NonConfigurableElementStopsTruncation)
{
    Object* array = array_of(6);
    EXPECT_TRUE(MUST(array->internal_define_own_property(vm, PropertyKey::from_index(2),
        PropertyDescriptor::data(Value::int32(2), true, true, false))));
    // Deleting from the top stops at index 2: length becomes 3 and the result is false.
    EXPECT_FALSE(define_length(array, length_descriptor(Value::int32(0))));
    EXPECT_EQ(array_length(*array), 3u);
    EXPECT_EQ(keys_of(array), (std::vector<std::string> { "0", "1", "2", "length" }));
    // With [[Writable]]: false requested, length still becomes non-writable.
    Object* other = array_of(6);
    EXPECT_TRUE(MUST(other->internal_define_own_property(vm, PropertyKey::from_index(4),
        PropertyDescriptor::data(Value::int32(4), true, true, false))));
    EXPECT_FALSE(define_length(other, length_descriptor(Value::int32(1), false)));
    EXPECT_EQ(array_length(*other), 5u);
    EXPECT_FALSE(MUST(other->internal_get_own_property(vm, length()))->writable.value());
    // Set ( O, "length", V, true ) turns the failure into a TypeError.
    EXPECT_TRUE(set(vm, *array, length(), Value::int32(0), true).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot assign to read only property 'length' of object");
}

TEST_F(ArrayTest, ShrinkingToNonWritableLength)
{
    Object* array = array_of(4);
    EXPECT_TRUE(define_length(array, length_descriptor(Value::int32(1), false)));
    EXPECT_EQ(array_length(*array), 1u);
    EXPECT_EQ(keys_of(array), (std::vector<std::string> { "0", "length" }));
    EXPECT_FALSE(MUST(array->internal_get_own_property(vm, length()))->writable.value());
}

TEST_F(ArrayTest, LengthDescriptorWithoutValue)
{
    Object* array = array_of(2);
    PropertyDescriptor read_only;
    read_only.writable = false;
    EXPECT_TRUE(define_length(array, read_only));
    EXPECT_EQ(array_length(*array), 2u);
    EXPECT_FALSE(set_length(array, Value::int32(3)));
}

TEST_F(ArrayTest, FrozenArray)
{
    Object* array = array_of(3);
    EXPECT_TRUE(MUST(set_integrity_level(vm, *array, IntegrityLevel::Frozen)));
    EXPECT_TRUE(MUST(test_integrity_level(vm, *array, IntegrityLevel::Frozen)));
    EXPECT_FALSE(set_length(array, Value::int32(0)));
    EXPECT_FALSE(MUST(array->internal_set(vm, PropertyKey::from_index(0), Value::int32(5), Value::object(array))));
    EXPECT_FALSE(MUST(create_data_property(vm, *array, PropertyKey::from_index(3), Value::int32(3))));
    EXPECT_EQ(array_length(*array), 3u);
    EXPECT_EQ(get_value(array, 0u), Value::int32(0));
}

TEST_F(ArrayTest, DeletingElementsKeepsLength)
{
    Object* array = array_of(3);
    EXPECT_TRUE(MUST(array->internal_delete(vm, PropertyKey::from_index(2))));
    EXPECT_EQ(array_length(*array), 3u);
    EXPECT_FALSE(MUST(array->internal_delete(vm, length())));
    EXPECT_EQ(array_length(*array), 3u);
}

}
}
