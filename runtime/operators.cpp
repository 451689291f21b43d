// The semantics of the operators (ECMA-262 13.5 to 13.15, 7.2.13 to 7.2.15, 6.1.6.1 Number
// operations) as functions the interpreter calls on its slow paths. Declared in
// abstract_operations.h. Each starts with a fast path for int32 and double operands.

#include "runtime/abstract_operations.h"

#include "runtime/atom_table.h"
#include "runtime/bigint.h"
#include "runtime/bound_function.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime {

namespace {

bool same_type_for_equality(Value x, Value y)
{
    if (x.is_number() || y.is_number())
        return x.is_number() && y.is_number();
    return x.tag() == y.tag();
}

// Number::exponentiate and friends on doubles: the operator table of 6.1.6.1.
double apply_number_operator(BinaryOperator op, double left, double right)
{
    switch (op) {
    case BinaryOperator::Add:
        return left + right;
    case BinaryOperator::Subtract:
        return left - right;
    case BinaryOperator::Multiply:
        return left * right;
    case BinaryOperator::Divide:
        return left / right;
    case BinaryOperator::Remainder:
        // Number::remainder ( n, d ): C's fmod has the same special cases (NaN for an infinite
        // dividend or a zero divisor; the dividend for an infinite divisor; the sign of n).
        return std::fmod(left, right);
    case BinaryOperator::Exponentiate:
        return number_exponentiate(left, right);
    case BinaryOperator::LeftShift:
        // Number::leftShift ( x, y ): ToInt32(x) << (ToUint32(y) modulo 32).
        return double(int32_t(uint32_t(number_to_int32(left)) << (number_to_uint32(right) & 31)));
    case BinaryOperator::SignedRightShift:
        // Number::signedRightShift ( x, y )
        return double(number_to_int32(left) >> (number_to_uint32(right) & 31));
    case BinaryOperator::UnsignedRightShift:
        // Number::unsignedRightShift ( x, y )
        return double(number_to_uint32(left) >> (number_to_uint32(right) & 31));
    case BinaryOperator::BitwiseAnd:
        return double(number_to_int32(left) & number_to_int32(right));
    case BinaryOperator::BitwiseOr:
        return double(number_to_int32(left) | number_to_int32(right));
    case BinaryOperator::BitwiseXor:
        return double(number_to_int32(left) ^ number_to_int32(right));
    }
    return std::nan("");
}

// Fast path: int32 operands whose result is an int32.
std::optional<Value> int32_fast_path(BinaryOperator op, int32_t left, int32_t right)
{
    int32_t result;
    switch (op) {
    case BinaryOperator::Add:
        if (__builtin_add_overflow(left, right, &result))
            return std::nullopt;
        return Value::int32(result);
    case BinaryOperator::Subtract:
        if (__builtin_sub_overflow(left, right, &result))
            return std::nullopt;
        return Value::int32(result);
    case BinaryOperator::Multiply:
        // A zero product may be -0 (e.g. -1 * 0): leave it to the double path.
        if (__builtin_mul_overflow(left, right, &result) || result == 0)
            return std::nullopt;
        return Value::int32(result);
    case BinaryOperator::Remainder:
        // Non-negative dividend and positive divisor: the result is a non-negative int32.
        if (left >= 0 && right > 0)
            return Value::int32(left % right);
        return std::nullopt;
    case BinaryOperator::BitwiseAnd:
        return Value::int32(left & right);
    case BinaryOperator::BitwiseOr:
        return Value::int32(left | right);
    case BinaryOperator::BitwiseXor:
        return Value::int32(left ^ right);
    case BinaryOperator::LeftShift:
        return Value::int32(int32_t(uint32_t(left) << (uint32_t(right) & 31)));
    case BinaryOperator::SignedRightShift:
        return Value::int32(left >> (uint32_t(right) & 31));
    case BinaryOperator::UnsignedRightShift:
        return Value::number(double(uint32_t(left) >> (uint32_t(right) & 31)));
    default:
        return std::nullopt;
    }
}

}

// IsStrictlyEqual ( x, y ) — https://tc39.es/ecma262/#sec-isstrictlyequal
bool is_strictly_equal(gc::Heap& heap, Value x, Value y)
{
    // Fast path: identical bits are equal, except NaN (canonicalised, so one bit pattern).
    if (x == y)
        return !(x.is_double() && std::isnan(x.as_double()));
    // 1. If Type(x) is not Type(y), return false.
    if (!same_type_for_equality(x, y))
        return false;
    // 2. If x is a Number, then
    //    a. Return Number::equal(x, y).
    if (x.is_number())
        return x.as_number() == y.as_number();
    // 3. Return SameValueNonNumber(x, y).
    return same_value(heap, x, y);
}

static bool is_html_dda(Value value) { return value.is_object() && value.as_object()->kind() == ObjectKind::IsHTMLDDA; }

// IsLooselyEqual ( x, y ) — https://tc39.es/ecma262/#sec-islooselyequal
ThrowCompletionOr<bool> is_loosely_equal(VM& vm, Value x, Value y)
{
    while (true) {
        // 1. If Type(x) is Type(y), then
        //    a. Return IsStrictlyEqual(x, y).
        if (same_type_for_equality(x, y))
            return is_strictly_equal(vm.heap(), x, y);
        // 2. If x is null and y is undefined, return true.
        // 3. If x is undefined and y is null, return true.
        if (x.is_nullish() && y.is_nullish())
            return true;
        // 4. B.3.6.2: an Object with an [[IsHTMLDDA]] internal slot is loosely equal to null and undefined.
        if ((x.is_nullish() && is_html_dda(y)) || (is_html_dda(x) && y.is_nullish()))
            return true;
        // 5. If x is a Number and y is a String, return ! IsLooselyEqual(x, ! ToNumber(y)).
        if (x.is_number() && y.is_string()) {
            y = Value::number(MUST(to_number(vm, y)));
            continue;
        }
        // 6. If x is a String and y is a Number, return ! IsLooselyEqual(! ToNumber(x), y).
        if (x.is_string() && y.is_number()) {
            x = Value::number(MUST(to_number(vm, x)));
            continue;
        }
        // 7. If x is a BigInt and y is a String, then
        //    a. Let n be StringToBigInt(y). b. If n is undefined, return false.
        //    c. Return ! IsLooselyEqual(x, n).
        // 8. If x is a String and y is a BigInt, return ! IsLooselyEqual(y, x).
        if ((x.is_bigint() && y.is_string()) || (x.is_string() && y.is_bigint())) {
            Value bigint = x.is_bigint() ? x : y;
            auto parsed = string_to_bigint(vm, (x.is_string() ? x : y).as_string());
            return parsed && bigint_equals(*bigint.as_bigint(), **parsed);
        }
        // 9. If x is a Boolean, return ! IsLooselyEqual(! ToNumber(x), y).
        if (x.is_boolean()) {
            x = Value::int32(x.as_bool() ? 1 : 0);
            continue;
        }
        // 10. If y is a Boolean, return ! IsLooselyEqual(x, ! ToNumber(y)).
        if (y.is_boolean()) {
            y = Value::int32(y.as_bool() ? 1 : 0);
            continue;
        }
        // 11. If x is either a String, a Number, a BigInt, or a Symbol and y is an Object, return
        //     ! IsLooselyEqual(x, ? ToPrimitive(y)).
        if ((x.is_string() || x.is_number() || x.is_bigint() || x.is_symbol()) && y.is_object()) {
            y = TRY(to_primitive(vm, y));
            continue;
        }
        // 12. If x is an Object and y is either a String, a Number, a BigInt, or a Symbol, return
        //     ! IsLooselyEqual(? ToPrimitive(x), y).
        if (x.is_object() && (y.is_string() || y.is_number() || y.is_bigint() || y.is_symbol())) {
            x = TRY(to_primitive(vm, x));
            continue;
        }
        // 13. If x is a BigInt and y is a Number, or if x is a Number and y is a BigInt, then
        //     a. If x or y is not finite, return false.
        //     b. If ℝ(x) = ℝ(y), return true; otherwise return false.
        if (x.is_bigint() && y.is_number())
            return bigint_compare_number(*x.as_bigint(), y.as_number()) == 0;
        if (x.is_number() && y.is_bigint())
            return bigint_compare_number(*y.as_bigint(), x.as_number()) == 0;
        // 14. Return false.
        return false;
    }
}

// typeof — https://tc39.es/ecma262/#sec-typeof-operator (table "typeof Operator Results")
TypeOfResult type_of(Value value)
{
    switch (value.tag()) {
    case Value::Tag::Undefined:
        return TypeOfResult::Undefined;
    case Value::Tag::Null:
        return TypeOfResult::Object;
    case Value::Tag::Boolean:
        return TypeOfResult::Boolean;
    case Value::Tag::String:
        return TypeOfResult::String;
    case Value::Tag::Symbol:
        return TypeOfResult::Symbol;
    case Value::Tag::BigInt:
        return TypeOfResult::BigInt;
    case Value::Tag::Object:
        // B.3.6.3: an Object with an [[IsHTMLDDA]] internal slot is "undefined".
        if (value.as_object()->kind() == ObjectKind::IsHTMLDDA)
            return TypeOfResult::Undefined;
        // An Object that implements [[Call]] is "function".
        return value.as_object()->is_callable() ? TypeOfResult::Function : TypeOfResult::Object;
    default:
        return TypeOfResult::Number;
    }
}

String* typeof_operator(VM& vm, Value value)
{
    AtomTable& atoms = vm.atoms();
    switch (type_of(value)) {
    case TypeOfResult::Undefined:
        return atoms.undefined;
    case TypeOfResult::Object:
        return atoms.object;
    case TypeOfResult::Boolean:
        return atoms.boolean;
    case TypeOfResult::Number:
        return atoms.number;
    case TypeOfResult::String:
        return atoms.string;
    case TypeOfResult::Symbol:
        return atoms.symbol;
    case TypeOfResult::BigInt:
        return atoms.bigint;
    case TypeOfResult::Function:
        return atoms.function;
    }
    return atoms.undefined;
}

// Number::exponentiate ( base, exponent ) — https://tc39.es/ecma262/#sec-numeric-types-number-exponentiate
double number_exponentiate(double base, double exponent)
{
    // 1. If exponent is NaN, return NaN.
    if (std::isnan(exponent))
        return std::nan("");
    // 2. If exponent is either +0 or -0, return 1.
    if (exponent == 0)
        return 1;
    // 3. If base is NaN, return NaN.
    if (std::isnan(base))
        return std::nan("");
    // 9-10. (abs(base) = 1 and exponent is ±∞: NaN, where C's pow gives 1.)
    if (std::isinf(exponent) && std::fabs(base) == 1)
        return std::nan("");
    // The remaining cases (infinities, zeros, negative bases) are IEEE pow's.
    return std::pow(base, exponent);
}

// ApplyStringOrNumericBinaryOperator ( lval, opText, rval ) —
// https://tc39.es/ecma262/#sec-applystringornumericbinaryoperator
ThrowCompletionOr<Value> apply_binary_operator(VM& vm, Value left, BinaryOperator op, Value right)
{
    // Fast path: two int32s.
    if (left.is_int32() && right.is_int32()) {
        if (auto result = int32_fast_path(op, left.as_int32(), right.as_int32()))
            return *result;
    }
    // Fast path: two Numbers.
    if (left.is_number() && right.is_number())
        return Value::number(apply_number_operator(op, left.as_number(), right.as_number()));

    // 1. If opText is +, then
    if (op == BinaryOperator::Add) {
        // a. Let lprim be ? ToPrimitive(lval).
        Value left_primitive = TRY(to_primitive(vm, left));
        // b. Let rprim be ? ToPrimitive(rval).
        Value right_primitive = TRY(to_primitive(vm, right));
        // c. If lprim is a String or rprim is a String, then
        if (left_primitive.is_string() || right_primitive.is_string()) {
            // i. Let lstr be ? ToString(lprim).
            String* left_string = TRY(to_string(vm, left_primitive));
            // ii. Let rstr be ? ToString(rprim).
            String* right_string = TRY(to_string(vm, right_primitive));
            // iii. Return the string-concatenation of lstr and rstr.
            auto result = String::concat(vm.heap(), left_string, right_string);
            if (!result)
                return vm.throw_range_error(ErrorType::InvalidStringLength);
            return Value::string(*result);
        }
        // d. Set lval to lprim. e. Set rval to rprim.
        left = left_primitive;
        right = right_primitive;
    }
    // 2. NOTE: At this point, it must be a numeric operation.
    // 3. Let lnum be ? ToNumeric(lval).
    Value left_numeric = TRY(to_numeric(vm, left));
    // 4. Let rnum be ? ToNumeric(rval).
    Value right_numeric = TRY(to_numeric(vm, right));
    // 5. If Type(lnum) is not Type(rnum), throw a TypeError exception.
    if (left_numeric.is_bigint() != right_numeric.is_bigint())
        return vm.throw_type_error(ErrorType::BigIntMixedTypes);
    // 6-8. Return the operation of the table for BigInt or Number.
    if (left_numeric.is_bigint())
        return Value::bigint(TRY(bigint_binary_operation(vm, op, *left_numeric.as_bigint(), *right_numeric.as_bigint())));
    return Value::number(apply_number_operator(op, left_numeric.as_number(), right_numeric.as_number()));
}

ThrowCompletionOr<Value> add(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::Add, right); }
ThrowCompletionOr<Value> subtract(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::Subtract, right); }
ThrowCompletionOr<Value> multiply(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::Multiply, right); }
ThrowCompletionOr<Value> divide(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::Divide, right); }
ThrowCompletionOr<Value> remainder(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::Remainder, right); }
ThrowCompletionOr<Value> exponentiate(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::Exponentiate, right); }
ThrowCompletionOr<Value> left_shift(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::LeftShift, right); }
ThrowCompletionOr<Value> signed_right_shift(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::SignedRightShift, right); }
ThrowCompletionOr<Value> unsigned_right_shift(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::UnsignedRightShift, right); }
ThrowCompletionOr<Value> bitwise_and(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::BitwiseAnd, right); }
ThrowCompletionOr<Value> bitwise_or(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::BitwiseOr, right); }
ThrowCompletionOr<Value> bitwise_xor(VM& vm, Value left, Value right) { return apply_binary_operator(vm, left, BinaryOperator::BitwiseXor, right); }

// Unary - Operator — https://tc39.es/ecma262/#sec-unary-minus-operator
ThrowCompletionOr<Value> unary_minus(VM& vm, Value value)
{
    // Fast path: a non-zero int32 other than INT32_MIN negates to an int32.
    if (value.is_int32() && value.as_int32() != 0 && value.as_int32() != INT32_MIN)
        return Value::int32(-value.as_int32());
    // 2. Let oldValue be ? ToNumeric(? GetValue(expr)).
    Value old_value = TRY(to_numeric(vm, value));
    // 4. Assert: oldValue is a BigInt. Return BigInt::unaryMinus(oldValue).
    if (old_value.is_bigint())
        return Value::bigint(bigint_unary_minus(vm, *old_value.as_bigint()));
    // 3. If oldValue is a Number, return Number::unaryMinus(oldValue).
    return Value::number(-old_value.as_number());
}

// Bitwise NOT Operator ( ~ ) — https://tc39.es/ecma262/#sec-bitwise-not-operator
ThrowCompletionOr<Value> bitwise_not(VM& vm, Value value)
{
    if (value.is_int32())
        return Value::int32(~value.as_int32());
    // 2. Let oldValue be ? ToNumeric(? GetValue(expr)).
    Value old_value = TRY(to_numeric(vm, value));
    // 4. BigInt::bitwiseNOT(oldValue).
    if (old_value.is_bigint())
        return Value::bigint(bigint_bitwise_not(vm, *old_value.as_bigint()));
    // 3. Number::bitwiseNOT(oldValue): the complement of ToInt32(oldValue).
    return Value::int32(~number_to_int32(old_value.as_number()));
}

// Unary + Operator — https://tc39.es/ecma262/#sec-unary-plus-operator
ThrowCompletionOr<Value> unary_plus(VM& vm, Value value)
{
    if (value.is_number())
        return value;
    // 2. Return ? ToNumber(? GetValue(expr)).
    return Value::number(TRY(to_number(vm, value)));
}

// Postfix/Prefix Increment Operator: Number::add(ToNumeric(old), 1) —
// https://tc39.es/ecma262/#sec-prefix-increment-operator
ThrowCompletionOr<Value> increment(VM& vm, Value value)
{
    if (value.is_int32() && value.as_int32() != INT32_MAX)
        return Value::int32(value.as_int32() + 1);
    Value old_value = TRY(to_numeric(vm, value));
    if (old_value.is_bigint())
        return Value::bigint(bigint_add_small(vm, *old_value.as_bigint(), 1));
    return Value::number(old_value.as_number() + 1);
}

// Postfix/Prefix Decrement Operator: Number::subtract(ToNumeric(old), 1) —
// https://tc39.es/ecma262/#sec-prefix-decrement-operator
ThrowCompletionOr<Value> decrement(VM& vm, Value value)
{
    if (value.is_int32() && value.as_int32() != INT32_MIN)
        return Value::int32(value.as_int32() - 1);
    Value old_value = TRY(to_numeric(vm, value));
    if (old_value.is_bigint())
        return Value::bigint(bigint_add_small(vm, *old_value.as_bigint(), -1));
    return Value::number(old_value.as_number() - 1);
}

// IsLessThan ( x, y, LeftFirst ) — https://tc39.es/ecma262/#sec-islessthan
ThrowCompletionOr<std::optional<bool>> is_less_than(VM& vm, Value x, Value y, bool left_first)
{
    // Fast path: two Numbers.
    if (x.is_int32() && y.is_int32())
        return std::optional<bool>(x.as_int32() < y.as_int32());
    Value px;
    Value py;
    // 1. If LeftFirst is true, then
    if (left_first) {
        // a. Let px be ? ToPrimitive(x, number).
        px = TRY(to_primitive(vm, x, PreferredType::Number));
        // b. Let py be ? ToPrimitive(y, number).
        py = TRY(to_primitive(vm, y, PreferredType::Number));
    } else {
        // 2. Else, (the order of evaluation is reversed)
        py = TRY(to_primitive(vm, y, PreferredType::Number));
        px = TRY(to_primitive(vm, x, PreferredType::Number));
    }
    // 3. If px is a String and py is a String, then
    if (px.is_string() && py.is_string()) {
        // a-f. Compare code unit by code unit; a prefix is less.
        return std::optional<bool>(String::compare(vm.heap(), px.as_string(), py.as_string()) < 0);
    }
    // 4.a. If px is a BigInt and py is a String, then
    if (px.is_bigint() && py.is_string()) {
        // i-iii. StringToBigInt(py), undefined if it is not a BigInt literal.
        auto ny = string_to_bigint(vm, py.as_string());
        if (!ny)
            return std::optional<bool>();
        return std::optional<bool>(bigint_compare(*px.as_bigint(), **ny) < 0);
    }
    // 4.b. If px is a String and py is a BigInt, then
    if (px.is_string() && py.is_bigint()) {
        auto nx = string_to_bigint(vm, px.as_string());
        if (!nx)
            return std::optional<bool>();
        return std::optional<bool>(bigint_compare(**nx, *py.as_bigint()) < 0);
    }
    // d. Let nx be ? ToNumeric(px). e. Let ny be ? ToNumeric(py).
    Value nx = TRY(to_numeric(vm, px));
    Value ny = TRY(to_numeric(vm, py));
    // f. If Type(nx) is Type(ny), then: Number::lessThan or BigInt::lessThan.
    if (nx.is_bigint() && ny.is_bigint())
        return std::optional<bool>(bigint_compare(*nx.as_bigint(), *ny.as_bigint()) < 0);
    // g-l. A BigInt and a Number: compare the mathematical values (undefined for NaN).
    if (nx.is_bigint() || ny.is_bigint()) {
        std::partial_ordering order = nx.is_bigint() ? bigint_compare_number(*nx.as_bigint(), ny.as_number())
                                                     : 0 <=> bigint_compare_number(*ny.as_bigint(), nx.as_number());
        if (order == std::partial_ordering::unordered)
            return std::optional<bool>();
        return std::optional<bool>(order < 0);
    }
    double x_number = nx.as_number();
    double y_number = ny.as_number();
    if (std::isnan(x_number) || std::isnan(y_number))
        return std::optional<bool>();
    return std::optional<bool>(x_number < y_number);
}

// Relational operators — https://tc39.es/ecma262/#sec-relational-operators-runtime-semantics-evaluation
ThrowCompletionOr<bool> less_than(VM& vm, Value left, Value right)
{
    // 5. Let r be ? IsLessThan(lval, rval, true). 6. If r is undefined, return false. Else r.
    if (left.is_number() && right.is_number())
        return left.as_number() < right.as_number();
    return TRY(is_less_than(vm, left, right, true)).value_or(false);
}

ThrowCompletionOr<bool> greater_than(VM& vm, Value left, Value right)
{
    // 5. Let r be ? IsLessThan(rval, lval, false). 6. If r is undefined, return false. Else r.
    if (left.is_number() && right.is_number())
        return left.as_number() > right.as_number();
    return TRY(is_less_than(vm, right, left, false)).value_or(false);
}

ThrowCompletionOr<bool> less_than_or_equal(VM& vm, Value left, Value right)
{
    // 5. Let r be ? IsLessThan(rval, lval, false). 6. If r is either true or undefined, return
    //    false. Otherwise, return true.
    if (left.is_number() && right.is_number())
        return left.as_number() <= right.as_number();
    auto r = TRY(is_less_than(vm, right, left, false));
    return r.has_value() && !*r;
}

ThrowCompletionOr<bool> greater_than_or_equal(VM& vm, Value left, Value right)
{
    // 5. Let r be ? IsLessThan(lval, rval, true). 6. If r is either true or undefined, return
    //    false. Otherwise, return true.
    if (left.is_number() && right.is_number())
        return left.as_number() >= right.as_number();
    auto r = TRY(is_less_than(vm, left, right, true));
    return r.has_value() && !*r;
}

// InstanceofOperator ( V, target ) — https://tc39.es/ecma262/#sec-instanceofoperator
ThrowCompletionOr<bool> instanceof_operator(VM& vm, Value value, Value target)
{
    // 1. If target is not an Object, throw a TypeError exception.
    if (!target.is_object())
        return vm.throw_type_error(ErrorType::InstanceofNotObject);
    // 2. Let instOfHandler be ? GetMethod(target, %Symbol.hasInstance%).
    Value handler = TRY(get_method(vm, *target.as_object(), PropertyKey::from_symbol(vm.symbols().has_instance)));
    // 3. If instOfHandler is not undefined, then
    if (!handler.is_undefined()) {
        // a. Return ToBoolean(? Call(instOfHandler, target, « V »)).
        Value arguments[] = { value };
        return to_boolean(TRY(call(vm, handler, target, arguments)));
    }
    // 4. If IsCallable(target) is false, throw a TypeError exception.
    if (!is_callable(target))
        return vm.throw_type_error(ErrorType::InstanceofNotCallable);
    // 5. Return ? OrdinaryHasInstance(target, V).
    return ordinary_has_instance(vm, target, value);
}

// OrdinaryHasInstance ( C, O ) — https://tc39.es/ecma262/#sec-ordinaryhasinstance
ThrowCompletionOr<bool> ordinary_has_instance(VM& vm, Value constructor, Value value)
{
    // 1. If IsCallable(C) is false, return false.
    if (!is_callable(constructor))
        return false;
    // 2. If C has a [[BoundTargetFunction]] internal slot, then
    if (auto* bound = as_bound_function(*constructor.as_object())) {
        // a. Let BC be C.[[BoundTargetFunction]].
        // b. Return ? InstanceofOperator(O, BC).
        return instanceof_operator(vm, value, Value::object(bound->target()));
    }
    // 3. If O is not an Object, return false.
    if (!value.is_object())
        return false;
    // 4. Let P be ? Get(C, "prototype").
    Value prototype = TRY(get(vm, *constructor.as_object(), PropertyKey::from_atom(vm.atoms().prototype)));
    // 5. If P is not an Object, throw a TypeError exception.
    if (!prototype.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Function has non-object prototype in instanceof check; it" });
    // 6. Repeat,
    return is_prototype_of(vm, *prototype.as_object(), *value.as_object());
}

// RelationalExpression : RelationalExpression in ShiftExpression —
// https://tc39.es/ecma262/#sec-relational-operators-runtime-semantics-evaluation
ThrowCompletionOr<bool> in_operator(VM& vm, Value key, Value object)
{
    // 5. If rval is not an Object, throw a TypeError exception.
    if (!object.is_object()) {
        std::string key_text = key.is_string() ? key.as_string()->to_utf8(vm.heap()) : "key";
        std::string object_text = object.is_string() ? object.as_string()->to_utf8(vm.heap()) : "a primitive";
        return vm.throw_type_error(ErrorType::InNotObject, { key_text, object_text });
    }
    // 6. Return ? HasProperty(rval, ? ToPropertyKey(lval)).
    PropertyKey property_key = TRY(to_property_key(vm, key));
    return has_property(vm, *object.as_object(), property_key);
}

}
