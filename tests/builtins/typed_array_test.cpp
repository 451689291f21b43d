// ArrayBuffer, SharedArrayBuffer, the TypedArrays and DataView.

#include "builtins_test_support.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_element.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/object_operations.h"

#include <cmath>

namespace sable::runtime::test {
namespace {

class TypedArrayTest : public BuiltinsTest {
protected:
    Value options_with_max(double max)
    {
        Object* options = new_object();
        MUST(set(vm, *options, key("maxByteLength"), number(max), true));
        return Value::object(options);
    }
};

ThrowCompletionOr<Value> descending(VM&, Arguments const& arguments)
{
    return Value::number(arguments.at(1).as_number() - arguments.at(0).as_number());
}

TEST_F(TypedArrayTest, ElementConversions)
{
    Value bytes = construct_with(global("Uint8Array"), { array({ number(1), number(-1), number(256.7), string("7") }) });
    EXPECT_EQ(joined(bytes), "1,255,0,7");
    Value clamped = construct_with(global("Uint8ClampedArray"), { array({ number(-5), number(300), number(2.5), number(3.5) }) });
    EXPECT_EQ(joined(clamped), "0,255,2,4") << "ToUint8Clamp rounds ties to even";
    Value int16 = construct_with(global("Int16Array"), { array({ number(40000), number(-32769) }) });
    EXPECT_EQ(joined(int16), "-25536,32767");
    Value uint32 = construct_with(global("Uint32Array"), { array({ number(-1) }) });
    EXPECT_EQ(num(get_value(uint32.as_object(), 0u)), 4294967295.0);
    Value float32 = construct_with(global("Float32Array"), { array({ number(0.1) }) });
    EXPECT_EQ(num(get_value(float32.as_object(), 0u)), double(0.1f));
}

TEST_F(TypedArrayTest, Float16RoundsTiesToEven)
{
    EXPECT_EQ(float16_bits_to_double(double_to_float16_bits(1.0)), 1.0);
    EXPECT_EQ(double_to_float16_bits(65504), 0x7BFF);
    EXPECT_EQ(double_to_float16_bits(65519.99), 0x7BFF);
    EXPECT_EQ(double_to_float16_bits(65520), 0x7C00) << "halfway to 2^16 rounds to infinity";
    EXPECT_EQ(double_to_float16_bits(-0.0), 0x8000);
    EXPECT_EQ(double_to_float16_bits(0x1p-25), 0) << "half the smallest subnormal ties to zero";
    EXPECT_EQ(double_to_float16_bits(0x1.8p-24), 2) << "1.5 units ties to 2";
    EXPECT_EQ(double_to_float16_bits(1 + 0x1p-11), 0x3C00) << "tie at 1 + half an ulp goes to even";
    EXPECT_EQ(double_to_float16_bits(1 + 0x1p-11 + 0x1p-40), 0x3C01) << "rounded once, from the double";
    EXPECT_TRUE(std::isnan(float16_bits_to_double(0x7E00)));
    EXPECT_EQ(num(call_function(path("Math.f16round"), Value::undefined(), { number(5.0005) })), 5.0);
}

TEST_F(TypedArrayTest, IntegerIndexedExoticBehaviour)
{
    Value typed_array = construct_with(global("Int8Array"), { number(2) });
    Object* object = typed_array.as_object();
    MUST(set(vm, *object, key("1"), number(5), true));
    EXPECT_EQ(num(get_value(object, 1u)), 5);
    // Canonical numeric strings that are not valid indices name nothing, never ordinary properties.
    MUST(set(vm, *object, key("-0"), number(9), true));
    MUST(set(vm, *object, key("1.5"), number(9), true));
    MUST(set(vm, *object, key("2"), number(9), true));
    EXPECT_TRUE(get_value(object, "-0").is_undefined());
    EXPECT_FALSE(MUST(has_property(vm, *object, key("1.5"))));
    EXPECT_FALSE(MUST(has_property(vm, *object, key("2"))));
    // A non-canonical numeric string is an ordinary key.
    MUST(set(vm, *object, key("01"), number(3), true));
    EXPECT_EQ(num(get_value(object, "01")), 3);
    EXPECT_EQ(joined(call_function(path("Object.keys"), Value::undefined(), { typed_array })), "0,1,01");
    // Elements cannot be made non-configurable; deleting a valid index fails.
    EXPECT_FALSE(MUST(object->internal_delete(vm, PropertyKey::from_index(0))));
    EXPECT_TRUE(MUST(object->internal_delete(vm, PropertyKey::from_index(7))));
}

TEST_F(TypedArrayTest, DetachAndResize)
{
    Value buffer = construct_with(global("ArrayBuffer"), { number(4), options_with_max(12) });
    Value tracking = construct_with(global("Uint16Array"), { buffer });
    Value fixed = construct_with(global("Uint8Array"), { buffer, number(1), number(3) });
    EXPECT_EQ(num(get_value(tracking.as_object(), "length")), 2);
    method(buffer, "resize", { number(11) });
    EXPECT_EQ(num(get_value(tracking.as_object(), "length")), 5) << "a length-tracking view follows the buffer";
    method(buffer, "resize", { number(2) });
    EXPECT_EQ(num(get_value(fixed.as_object(), "length")), 0) << "out of bounds";
    EXPECT_NE(method_throws(fixed, "fill", { number(1) }).find("TypeError"), std::string::npos);
    auto* array_buffer = as_any_array_buffer(buffer);
    ASSERT_NE(array_buffer, nullptr);
    MUST(detach_array_buffer(vm, *array_buffer));
    EXPECT_TRUE(to_boolean(get_value(buffer.as_object(), "detached")));
    EXPECT_EQ(num(get_value(tracking.as_object(), "byteLength")), 0);
    EXPECT_TRUE(get_value(tracking.as_object(), 0u).is_undefined());
    Value transferred = construct_with(global("ArrayBuffer"), { number(8) });
    Value moved = method(transferred, "transfer", { number(16) });
    EXPECT_EQ(num(get_value(moved.as_object(), "byteLength")), 16);
    EXPECT_EQ(num(get_value(transferred.as_object(), "byteLength")), 0);
}

TEST_F(TypedArrayTest, PrototypeMethods)
{
    Value typed_array = construct_with(global("Float64Array"), { array({ number(3), number(-0.0), number(NAN), number(0), number(-7) }) });
    EXPECT_EQ(joined(method(typed_array, "toSorted")), "-7,0,0,3,NaN");
    Value sorted = method(typed_array, "sort", { native(descending, 2) });
    EXPECT_EQ(sorted, typed_array);
    Value ints = construct_with(global("Int32Array"), { array({ number(1), number(2), number(3), number(4) }) });
    EXPECT_EQ(joined(method(ints, "subarray", { number(1), number(3) })), "2,3");
    EXPECT_EQ(joined(method(ints, "slice", { number(-2) })), "3,4");
    EXPECT_EQ(joined(method(ints, "copyWithin", { number(0), number(2) })), "3,4,3,4");
    EXPECT_EQ(joined(method(ints, "with", { number(-1), number(9) })), "3,4,3,9");
    EXPECT_EQ(num(method(ints, "lastIndexOf", { number(3) })), 2);
    method(ints, "set", { array({ number(7), number(8) }), number(2) });
    EXPECT_EQ(joined(ints), "3,4,7,8");
    EXPECT_EQ(str(method(ints, "toString")), "3,4,7,8");
    EXPECT_EQ(path("Int32Array.prototype.toString"), path("Array.prototype.toString"));
}

TEST_F(TypedArrayTest, DataViewEndianness)
{
    Value buffer = construct_with(global("ArrayBuffer"), { number(8) });
    Value view = construct_with(global("DataView"), { buffer, number(2) });
    method(view, "setUint16", { number(0), number(0x1234) });
    Value bytes = construct_with(global("Uint8Array"), { buffer });
    EXPECT_EQ(joined(bytes), "0,0,18,52,0,0,0,0") << "big-endian by default";
    method(view, "setFloat32", { number(2), number(1.5), Value::boolean(true) });
    EXPECT_EQ(num(method(view, "getFloat32", { number(2), Value::boolean(true) })), 1.5);
    EXPECT_NE(method_throws(view, "getInt32", { number(4) }).find("RangeError"), std::string::npos);
    // BigInt64 needs a BigInt: a Number is a TypeError; a BigInt round-trips through the bytes.
    Value whole = construct_with(global("DataView"), { buffer });
    EXPECT_NE(method_throws(whole, "setBigInt64", { number(0), number(1) }).find("TypeError"), std::string::npos);
    Value minus_two = call_function(global("BigInt"), Value::undefined(), { number(-2) });
    method(whole, "setBigInt64", { number(0), minus_two });
    EXPECT_EQ(joined(bytes), "255,255,255,255,255,255,255,254");
    EXPECT_TRUE(method(whole, "getBigInt64", { number(0) }).is_bigint());
    EXPECT_EQ(str(method(whole, "getBigUint64", { number(0) })), "18446744073709551614");
}

}
}
