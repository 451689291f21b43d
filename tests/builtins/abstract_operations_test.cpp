// Type conversion, comparison and the operators (runtime/abstract_operations.h).

#include "builtins_test_support.h"

#include <cmath>

namespace sable::runtime::test {
namespace {

class AbstractOperationsTest : public BuiltinsTest {
protected:
    double to_num(Value value) { return MUST(to_number(vm, value)); }
    Value binary(BinaryOperator op, Value a, Value b) { return MUST(apply_binary_operator(vm, a, op, b)); }
};

TEST_F(AbstractOperationsTest, StringToNumber)
{
    EXPECT_EQ(to_num(string("  0x1F ")), 31);
    EXPECT_EQ(to_num(string("0b101")), 5);
    EXPECT_EQ(to_num(string("0o17")), 15);
    EXPECT_EQ(to_num(string("\t\n 1e3 \r")), 1000);
    EXPECT_EQ(to_num(string("-Infinity")), -INFINITY);
    EXPECT_EQ(to_num(string("")), 0);
    EXPECT_EQ(to_num(string(".5")), 0.5);
    EXPECT_TRUE(std::isnan(to_num(string("1x"))));
    EXPECT_TRUE(std::isnan(to_num(string("-0x10"))));
    EXPECT_TRUE(std::isnan(to_num(Value::undefined())));
    EXPECT_EQ(to_num(Value::null()), 0);
    EXPECT_EQ(to_num(Value::boolean(true)), 1);
    EXPECT_TRUE(to_number(vm, Value::symbol(vm.symbols().iterator)).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot convert a Symbol value to a number");
}

TEST_F(AbstractOperationsTest, ToPrimitiveCallsValueOfThenToString)
{
    // An object whose valueOf returns 42.
    Object* object = new_object();
    Value value_of = native([](VM&, Arguments const&) -> ThrowCompletionOr<Value> { return Value::int32(42); });
    MUST(set(vm, *object, key("valueOf"), value_of, true));
    EXPECT_EQ(to_num(Value::object(object)), 42);
    // Plain objects become "[object Object]" through Object.prototype.toString.
    EXPECT_EQ(str(Value::object(new_object())), "[object Object]");
    // String hint prefers toString; @@toPrimitive wins over both.
    Value to_primitive = native([](VM& vm, Arguments const& arguments) -> ThrowCompletionOr<Value> {
        return Value::string(TRY(to_string(vm, arguments.at(0))));
    });
    MUST(set(vm, *object, PropertyKey::from_symbol(vm.symbols().to_primitive), to_primitive, true));
    EXPECT_EQ(str(Value::object(object)), "string");
    EXPECT_EQ(str(MUST(add(vm, Value::object(object), Value::int32(1)))), "default1");
}

TEST_F(AbstractOperationsTest, IntegerConversions)
{
    EXPECT_EQ(MUST(to_int32(vm, number(4294967296.0 + 5))), 5);
    EXPECT_EQ(MUST(to_int32(vm, number(2147483648.0))), INT32_MIN);
    EXPECT_EQ(MUST(to_uint32(vm, number(-1))), 4294967295u);
    EXPECT_EQ(MUST(to_int16(vm, number(32768))), -32768);
    EXPECT_EQ(MUST(to_uint8_clamp(vm, number(2.5))), 2);
    EXPECT_EQ(MUST(to_uint8_clamp(vm, number(3.5))), 4);
    EXPECT_EQ(MUST(to_uint8_clamp(vm, number(300))), 255);
    EXPECT_EQ(MUST(to_length(vm, number(-5))), 0u);
    EXPECT_EQ(MUST(to_length(vm, number(INFINITY))), 9007199254740991u);
    EXPECT_EQ(MUST(to_integer_or_infinity(vm, string("-3.9"))), -3);
    EXPECT_TRUE(to_index(vm, number(-1)).is_throw());
    EXPECT_EQ(take_range_error(), "Invalid index: -1");
}

TEST_F(AbstractOperationsTest, ToStringOfNumbersAndToPropertyKey)
{
    EXPECT_EQ(str(number(-0.0)), "0");
    EXPECT_EQ(str(number(1e21)), "1e+21");
    EXPECT_EQ(str(number(0.1 + 0.2)), "0.30000000000000004");
    EXPECT_EQ(str(Value::raw_double(std::nan(""))), "NaN");
    EXPECT_EQ(MUST(to_property_key(vm, string("7"))), PropertyKey::from_index(7));
    EXPECT_EQ(MUST(to_property_key(vm, number(7))), PropertyKey::from_index(7));
    EXPECT_EQ(MUST(to_property_key(vm, number(1.5))), key("1.5"));
    EXPECT_TRUE(to_string(vm, Value::symbol(vm.symbols().iterator)).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot convert a Symbol value to a string");
}

TEST_F(AbstractOperationsTest, ToObjectWrapsPrimitives)
{
    Object* wrapper = MUST(to_object(vm, string("abc")));
    EXPECT_EQ(wrapper->kind(), ObjectKind::StringObject);
    EXPECT_EQ(utf8(get_value(wrapper, 1)), "b");
    EXPECT_EQ(num(get_value(wrapper, "length")), 3);
    EXPECT_EQ(joined(MUST(invoke(vm, path("Object"), key("keys"), std::vector<Value> { Value::object(wrapper) }))), "0,1,2");
    EXPECT_EQ(MUST(to_object(vm, Value::boolean(true)))->prototype(), realm->boolean_prototype());
    EXPECT_EQ(MUST(to_object(vm, number(1)))->prototype(), realm->number_prototype());
    EXPECT_TRUE(to_object(vm, Value::null()).is_throw());
    EXPECT_EQ(take_type_error(), "Cannot convert undefined or null to object");
}

TEST_F(AbstractOperationsTest, Equality)
{
    EXPECT_TRUE(MUST(is_loosely_equal(vm, Value::null(), Value::undefined())));
    EXPECT_TRUE(MUST(is_loosely_equal(vm, number(1), string("1"))));
    EXPECT_TRUE(MUST(is_loosely_equal(vm, Value::boolean(true), string("1"))));
    EXPECT_FALSE(MUST(is_loosely_equal(vm, Value::null(), number(0))));
    EXPECT_TRUE(MUST(is_loosely_equal(vm, array({ number(5) }), string("5"))));
    EXPECT_FALSE(is_strictly_equal(vm.heap(), Value::raw_double(std::nan("")), Value::raw_double(std::nan(""))));
    EXPECT_TRUE(is_strictly_equal(vm.heap(), number(-0.0), number(0)));
    EXPECT_TRUE(is_strictly_equal(vm.heap(), string("ab"), string("ab")));
    EXPECT_FALSE(same_value(vm.heap(), Value::raw_double(-0.0), Value::int32(0)));
}

TEST_F(AbstractOperationsTest, RelationalOperators)
{
    EXPECT_TRUE(MUST(less_than(vm, string("a"), string("b"))));
    EXPECT_TRUE(MUST(less_than(vm, string("10"), string("9")))) << "strings compare by code units";
    EXPECT_TRUE(MUST(less_than(vm, string("9"), number(10))));
    EXPECT_FALSE(MUST(less_than_or_equal(vm, Value::raw_double(std::nan("")), number(1))));
    EXPECT_FALSE(MUST(greater_than_or_equal(vm, Value::undefined(), number(1))));
    EXPECT_TRUE(MUST(greater_than(vm, number(2), Value::boolean(true))));
}

TEST_F(AbstractOperationsTest, ArithmeticOperators)
{
    EXPECT_EQ(str(binary(BinaryOperator::Add, string("a"), number(1))), "a1");
    EXPECT_EQ(str(binary(BinaryOperator::Add, number(1), Value::null())), "1");
    EXPECT_EQ(str(binary(BinaryOperator::Add, number(2147483647), number(1))), "2147483648");
    EXPECT_TRUE(std::signbit(binary(BinaryOperator::Multiply, number(-1), number(0)).as_number()));
    EXPECT_EQ(num(binary(BinaryOperator::Remainder, number(-7), number(2))), -1);
    EXPECT_TRUE(std::signbit(binary(BinaryOperator::Remainder, number(-4), number(2)).as_number()));
    EXPECT_EQ(num(binary(BinaryOperator::Remainder, number(5.5), number(2))), 1.5);
    EXPECT_TRUE(std::isnan(num(binary(BinaryOperator::Exponentiate, number(1), Value::raw_double(INFINITY)))));
    EXPECT_EQ(num(binary(BinaryOperator::Exponentiate, number(2), number(10))), 1024);
    EXPECT_EQ(num(binary(BinaryOperator::Exponentiate, Value::raw_double(std::nan("")), number(0))), 1);
    EXPECT_EQ(num(binary(BinaryOperator::Divide, number(1), number(-0.0))), -INFINITY);
    EXPECT_EQ(num(binary(BinaryOperator::LeftShift, number(1), number(33))), 2);
    EXPECT_EQ(num(binary(BinaryOperator::SignedRightShift, number(-8), number(1))), -4);
    EXPECT_EQ(num(binary(BinaryOperator::UnsignedRightShift, number(-1), number(0))), 4294967295.0);
    EXPECT_EQ(num(binary(BinaryOperator::BitwiseXor, string("6"), number(3))), 5);
    EXPECT_EQ(num(MUST(bitwise_not(vm, number(5)))), -6);
    EXPECT_TRUE(std::signbit(MUST(unary_minus(vm, number(0))).as_number()));
    EXPECT_EQ(num(MUST(increment(vm, string("41")))), 42);
    EXPECT_EQ(num(MUST(decrement(vm, number(-2147483648.0)))), -2147483649.0);
}

TEST_F(AbstractOperationsTest, TypeOf)
{
    EXPECT_EQ(utf8(Value::string(typeof_operator(vm, Value::null()))), "object");
    EXPECT_EQ(utf8(Value::string(typeof_operator(vm, global("Object")))), "function");
    EXPECT_EQ(utf8(Value::string(typeof_operator(vm, Value::symbol(vm.symbols().iterator)))), "symbol");
    EXPECT_EQ(utf8(Value::string(typeof_operator(vm, number(1.5)))), "number");
    EXPECT_EQ(type_of(Value::undefined()), TypeOfResult::Undefined);
}

TEST_F(AbstractOperationsTest, InstanceofAndIn)
{
    Value array_value = array({});
    EXPECT_TRUE(MUST(instanceof_operator(vm, array_value, global("Array"))));
    EXPECT_TRUE(MUST(instanceof_operator(vm, array_value, global("Object"))));
    EXPECT_FALSE(MUST(instanceof_operator(vm, number(1), global("Number"))));
    EXPECT_TRUE(instanceof_operator(vm, array_value, number(1)).is_throw());
    EXPECT_EQ(take_type_error(), "Right-hand side of 'instanceof' is not an object");
    EXPECT_TRUE(MUST(in_operator(vm, string("length"), array_value)));
    EXPECT_TRUE(MUST(in_operator(vm, string("push"), array_value)));
    EXPECT_FALSE(MUST(in_operator(vm, number(0), array_value)));
    EXPECT_TRUE(in_operator(vm, string("x"), string("abc")).is_throw());
    vm.take_pending_exception();
}

TEST_F(AbstractOperationsTest, SpeciesConstructorAndPrototypeFromConstructor)
{
    Object* object = new_object();
    EXPECT_EQ(MUST(species_constructor(vm, *object, *realm->array_constructor())), realm->array_constructor());
    // A constructor whose "prototype" is not an object falls back to the realm's intrinsic.
    Value bound = method(global("Object"), "bind");
    EXPECT_EQ(MUST(get_prototype_from_constructor(vm, *bound.as_object(), &Realm::array_prototype)), realm->array_prototype());
    ValueArray* list = MUST(create_list_from_array_like(vm, array({ number(1), string("x") })));
    EXPECT_EQ(list->size(), 2u);
    EXPECT_EQ(utf8(list->at(1)), "x");
}

}
}
