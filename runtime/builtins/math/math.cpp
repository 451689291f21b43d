#include "runtime/builtins/math/math.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/typed_array/typed_array_element.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <bit>
#include <cmath>
#include <numbers>
#include <random>

namespace sable::runtime::builtins::math {

namespace {

// The one-argument functions: ? ToNumber(x), then the C library function, whose special cases
// (NaN, ±0, ±∞) are the ones the spec lists for each.
template<double (*function)(double)>
ThrowCompletionOr<Value> unary(VM& vm, Arguments const& arguments)
{
    double x = TRY(to_number(vm, arguments.at(0)));
    return Value::number(function(x));
}

// The C library's cbrt is not correctly rounded on every platform (glibc gives
// 3.0000000000000004 for 27); one Newton step from its result fixes the last bit.
double correctly_rounded_cbrt(double x)
{
    double y = std::cbrt(x);
    if (!std::isfinite(y) || y == 0)
        return y;
    double refined = y - (y * y * y - x) / (3 * y * y);
    return std::isfinite(refined) ? refined : y;
}

}

// Math.abs ( x ) — https://tc39.es/ecma262/#sec-math.abs
ThrowCompletionOr<Value> abs(VM& vm, Arguments const& arguments) { return unary<std::fabs>(vm, arguments); }
// Math.acos ( x ) — https://tc39.es/ecma262/#sec-math.acos
ThrowCompletionOr<Value> acos(VM& vm, Arguments const& arguments) { return unary<std::acos>(vm, arguments); }
// Math.acosh ( x ) — https://tc39.es/ecma262/#sec-math.acosh
ThrowCompletionOr<Value> acosh(VM& vm, Arguments const& arguments) { return unary<std::acosh>(vm, arguments); }
// Math.asin ( x ) — https://tc39.es/ecma262/#sec-math.asin
ThrowCompletionOr<Value> asin(VM& vm, Arguments const& arguments) { return unary<std::asin>(vm, arguments); }
// Math.asinh ( x ) — https://tc39.es/ecma262/#sec-math.asinh
ThrowCompletionOr<Value> asinh(VM& vm, Arguments const& arguments) { return unary<std::asinh>(vm, arguments); }
// Math.atan ( x ) — https://tc39.es/ecma262/#sec-math.atan
ThrowCompletionOr<Value> atan(VM& vm, Arguments const& arguments) { return unary<std::atan>(vm, arguments); }
// Math.atanh ( x ) — https://tc39.es/ecma262/#sec-math.atanh
ThrowCompletionOr<Value> atanh(VM& vm, Arguments const& arguments) { return unary<std::atanh>(vm, arguments); }
// Math.cbrt ( x ) — https://tc39.es/ecma262/#sec-math.cbrt
ThrowCompletionOr<Value> cbrt(VM& vm, Arguments const& arguments) { return unary<correctly_rounded_cbrt>(vm, arguments); }
// Math.ceil ( x ) — https://tc39.es/ecma262/#sec-math.ceil
ThrowCompletionOr<Value> ceil(VM& vm, Arguments const& arguments) { return unary<std::ceil>(vm, arguments); }
// Math.cos ( x ) — https://tc39.es/ecma262/#sec-math.cos
ThrowCompletionOr<Value> cos(VM& vm, Arguments const& arguments) { return unary<std::cos>(vm, arguments); }
// Math.cosh ( x ) — https://tc39.es/ecma262/#sec-math.cosh
ThrowCompletionOr<Value> cosh(VM& vm, Arguments const& arguments) { return unary<std::cosh>(vm, arguments); }
// Math.exp ( x ) — https://tc39.es/ecma262/#sec-math.exp
ThrowCompletionOr<Value> exp(VM& vm, Arguments const& arguments) { return unary<std::exp>(vm, arguments); }
// Math.expm1 ( x ) — https://tc39.es/ecma262/#sec-math.expm1
ThrowCompletionOr<Value> expm1(VM& vm, Arguments const& arguments) { return unary<std::expm1>(vm, arguments); }
// Math.floor ( x ) — https://tc39.es/ecma262/#sec-math.floor
ThrowCompletionOr<Value> floor(VM& vm, Arguments const& arguments) { return unary<std::floor>(vm, arguments); }
// Math.log ( x ) — https://tc39.es/ecma262/#sec-math.log
ThrowCompletionOr<Value> log(VM& vm, Arguments const& arguments) { return unary<std::log>(vm, arguments); }
// Math.log1p ( x ) — https://tc39.es/ecma262/#sec-math.log1p
ThrowCompletionOr<Value> log1p(VM& vm, Arguments const& arguments) { return unary<std::log1p>(vm, arguments); }
// Math.log10 ( x ) — https://tc39.es/ecma262/#sec-math.log10
ThrowCompletionOr<Value> log10(VM& vm, Arguments const& arguments) { return unary<std::log10>(vm, arguments); }
// Math.log2 ( x ) — https://tc39.es/ecma262/#sec-math.log2
ThrowCompletionOr<Value> log2(VM& vm, Arguments const& arguments) { return unary<std::log2>(vm, arguments); }
// Math.sin ( x ) — https://tc39.es/ecma262/#sec-math.sin
ThrowCompletionOr<Value> sin(VM& vm, Arguments const& arguments) { return unary<std::sin>(vm, arguments); }
// Math.sinh ( x ) — https://tc39.es/ecma262/#sec-math.sinh
ThrowCompletionOr<Value> sinh(VM& vm, Arguments const& arguments) { return unary<std::sinh>(vm, arguments); }
// Math.sqrt ( x ) — https://tc39.es/ecma262/#sec-math.sqrt
ThrowCompletionOr<Value> sqrt(VM& vm, Arguments const& arguments) { return unary<std::sqrt>(vm, arguments); }
// Math.tan ( x ) — https://tc39.es/ecma262/#sec-math.tan
ThrowCompletionOr<Value> tan(VM& vm, Arguments const& arguments) { return unary<std::tan>(vm, arguments); }
// Math.tanh ( x ) — https://tc39.es/ecma262/#sec-math.tanh
ThrowCompletionOr<Value> tanh(VM& vm, Arguments const& arguments) { return unary<std::tanh>(vm, arguments); }
// Math.trunc ( x ) — https://tc39.es/ecma262/#sec-math.trunc
ThrowCompletionOr<Value> trunc(VM& vm, Arguments const& arguments) { return unary<std::trunc>(vm, arguments); }

// Math.atan2 ( y, x ) — https://tc39.es/ecma262/#sec-math.atan2
ThrowCompletionOr<Value> atan2(VM& vm, Arguments const& arguments)
{
    // 1. Let ny be ? ToNumber(y). 2. Let nx be ? ToNumber(x).
    double y = TRY(to_number(vm, arguments.at(0)));
    double x = TRY(to_number(vm, arguments.at(1)));
    // 3-17. The cases are those of C's atan2.
    return Value::number(std::atan2(y, x));
}

// Math.clz32 ( x ) — https://tc39.es/ecma262/#sec-math.clz32
ThrowCompletionOr<Value> clz32(VM& vm, Arguments const& arguments)
{
    // 1. Let n be ? ToUint32(x).
    uint32_t n = TRY(to_uint32(vm, arguments.at(0)));
    // 2. Let p be the number of leading zero bits in the unsigned 32-bit binary representation of n.
    // 3. Return 𝔽(p).
    return Value::int32(std::countl_zero(n));
}

// Math.f16round ( x ) — https://tc39.es/ecma262/#sec-math.f16round
ThrowCompletionOr<Value> f16round(VM& vm, Arguments const& arguments)
{
    // 1. Let n be ? ToNumber(x).
    double n = TRY(to_number(vm, arguments.at(0)));
    // 2-7. Round to IEEE binary16 (roundTiesToEven, straight from the double) and back.
    return Value::number(float16_bits_to_double(double_to_float16_bits(n)));
}

// Math.fround ( x ) — https://tc39.es/ecma262/#sec-math.fround
ThrowCompletionOr<Value> fround(VM& vm, Arguments const& arguments)
{
    // 1. Let n be ? ToNumber(x).
    double n = TRY(to_number(vm, arguments.at(0)));
    // 2-6. Round to IEEE binary32 (roundTiesToEven) and back.
    return Value::number(double(static_cast<float>(n)));
}

// Math.hypot ( ...args ) — https://tc39.es/ecma262/#sec-math.hypot
ThrowCompletionOr<Value> hypot(VM& vm, Arguments const& arguments)
{
    // 1. Let coerced be a new empty List.
    // 2. For each element arg of args, append ? ToNumber(arg).
    // (Coerced first: a later argument's valueOf still runs when an earlier one is ∞.)
    bool infinite = false;
    bool nan = false;
    double largest = 0;
    std::vector<double> coerced;
    for (Value argument : arguments.values) {
        double number = TRY(to_number(vm, argument));
        coerced.push_back(number);
    }
    // 3-4. If any is ±∞, return +∞. 5-6. If any is NaN, return NaN.
    for (double number : coerced) {
        infinite = infinite || std::isinf(number);
        nan = nan || std::isnan(number);
        largest = std::max(largest, std::fabs(number));
    }
    if (infinite)
        return Value::raw_double(INFINITY);
    if (nan)
        return Value::raw_double(std::nan(""));
    // 7-8. All zeros: +0.
    if (largest == 0)
        return Value::int32(0);
    // 9. The square root of the sum of squares (scaled by the largest, against overflow).
    double sum = 0;
    for (double number : coerced) {
        double scaled = number / largest;
        sum += scaled * scaled;
    }
    return Value::number(std::sqrt(sum) * largest);
}

// Math.imul ( x, y ) — https://tc39.es/ecma262/#sec-math.imul
ThrowCompletionOr<Value> imul(VM& vm, Arguments const& arguments)
{
    // 1. Let a be ℝ(? ToUint32(x)). 2. Let b be ℝ(? ToUint32(y)).
    uint32_t a = TRY(to_uint32(vm, arguments.at(0)));
    uint32_t b = TRY(to_uint32(vm, arguments.at(1)));
    // 3. Let product be (a × b) modulo 2^32.
    // 4. If product ≥ 2^31, return 𝔽(product - 2^32); otherwise return 𝔽(product).
    return Value::int32(int32_t(a * b));
}

namespace {

// Math.max and Math.min (21.3.2.24, 21.3.2.25).
ThrowCompletionOr<Value> extremum(VM& vm, Arguments const& arguments, bool maximum)
{
    // 1. Let coerced be a new empty List. 2. For each element arg of args, append ? ToNumber(arg).
    // 3. Let highest be -∞ (lowest: +∞).
    double result = maximum ? -INFINITY : INFINITY;
    bool nan = false;
    for (Value argument : arguments.values) {
        double number = TRY(to_number(vm, argument));
        // 4. For each element number of coerced, do
        //    a. If number is NaN, return NaN.
        if (std::isnan(number)) {
            nan = true;
            continue;
        }
        //    b. If number is +0 and highest is -0, set highest to +0 (min: -0 wins over +0).
        if (number == 0 && result == 0) {
            if (maximum ? !std::signbit(number) : std::signbit(number))
                result = number;
            continue;
        }
        //    c. If number > highest, set highest to number.
        if (maximum ? number > result : number < result)
            result = number;
    }
    if (nan)
        return Value::raw_double(std::nan(""));
    // 5. Return highest.
    return Value::number(result);
}

}

// Math.max ( ...args ) — https://tc39.es/ecma262/#sec-math.max
ThrowCompletionOr<Value> max(VM& vm, Arguments const& arguments) { return extremum(vm, arguments, true); }
// Math.min ( ...args ) — https://tc39.es/ecma262/#sec-math.min
ThrowCompletionOr<Value> min(VM& vm, Arguments const& arguments) { return extremum(vm, arguments, false); }

// Math.pow ( base, exponent ) — https://tc39.es/ecma262/#sec-math.pow
ThrowCompletionOr<Value> pow(VM& vm, Arguments const& arguments)
{
    // 1. Set base to ? ToNumber(base). 2. Set exponent to ? ToNumber(exponent).
    double base = TRY(to_number(vm, arguments.at(0)));
    double exponent = TRY(to_number(vm, arguments.at(1)));
    // 3. Return Number::exponentiate(base, exponent).
    return Value::number(number_exponentiate(base, exponent));
}

// Math.random ( ) — https://tc39.es/ecma262/#sec-math.random
// xorshift128+ over a state kept in the function's data (four 32-bit words as int32 Values), so
// each realm has its own generator and there are no globals.
ThrowCompletionOr<Value> random(VM&, Arguments const& arguments)
{
    auto* function = static_cast<NativeFunction*>(arguments.callee);
    auto* state = reinterpret_cast<ValueArray*>(function->data().as_internal_cell());
    auto word = [&](uint32_t i) { return uint64_t(uint32_t(state->at(i).as_int32())); };
    uint64_t s1 = word(0) << 32 | word(1);
    uint64_t s0 = word(2) << 32 | word(3);
    // One xorshift128+ step.
    uint64_t result = s0 + s1;
    s1 ^= s1 << 23;
    s1 = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    state->set_non_cell(0, Value::int32(int32_t(uint32_t(s0 >> 32))));
    state->set_non_cell(1, Value::int32(int32_t(uint32_t(s0))));
    state->set_non_cell(2, Value::int32(int32_t(uint32_t(s1 >> 32))));
    state->set_non_cell(3, Value::int32(int32_t(uint32_t(s1))));
    // A Number in [0, 1) from the top 53 bits.
    return Value::number(double(result >> 11) * (1.0 / 9007199254740992.0));
}

// Math.round ( x ) — https://tc39.es/ecma262/#sec-math.round
ThrowCompletionOr<Value> round(VM& vm, Arguments const& arguments)
{
    // 1. Let n be ? ToNumber(x).
    double n = TRY(to_number(vm, arguments.at(0)));
    // 2. If n is not finite or n is an integral Number, return n.
    if (!std::isfinite(n) || std::trunc(n) == n)
        return Value::number(n);
    // 3. If n < 0.5 and n > +0, return +0.
    if (n < 0.5 && n > 0)
        return Value::int32(0);
    // 4. If n < -0 and n ≥ -0.5, return -0.
    if (n < 0 && n >= -0.5)
        return Value::raw_double(-0.0);
    // 5. Return the integral Number closest to n, preferring the one closer to +∞ in a tie.
    //    (floor, then compare the fraction: n + 0.5 itself could round.)
    double floor_value = std::floor(n);
    return Value::number(n - floor_value >= 0.5 ? floor_value + 1 : floor_value);
}

// Math.sign ( x ) — https://tc39.es/ecma262/#sec-math.sign
ThrowCompletionOr<Value> sign(VM& vm, Arguments const& arguments)
{
    // 1. Let n be ? ToNumber(x).
    double n = TRY(to_number(vm, arguments.at(0)));
    // 2. If n is one of NaN, +0, -0, return n.
    if (std::isnan(n) || n == 0)
        return Value::number(n);
    // 3. If n < -0, return -1. 4. Return 1.
    return Value::int32(n < 0 ? -1 : 1);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/math/math.def"
    // 21.3.1: the value properties, { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
    define_value(vm, target, "E", Value::raw_double(std::numbers::e), kConstant);
    define_value(vm, target, "LN10", Value::raw_double(std::numbers::ln10), kConstant);
    define_value(vm, target, "LN2", Value::raw_double(std::numbers::ln2), kConstant);
    define_value(vm, target, "LOG10E", Value::raw_double(std::numbers::log10e), kConstant);
    define_value(vm, target, "LOG2E", Value::raw_double(std::numbers::log2e), kConstant);
    define_value(vm, target, "PI", Value::raw_double(std::numbers::pi), kConstant);
    define_value(vm, target, "SQRT1_2", Value::raw_double(1 / std::numbers::sqrt2), kConstant);
    define_value(vm, target, "SQRT2", Value::raw_double(std::numbers::sqrt2), kConstant);
    // 21.3.1.9 Math [ %Symbol.toStringTag% ]: "Math".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Math")), kConfigurableOnly)));
    // Math.random's generator state, seeded once per realm.
    std::random_device device;
    ValueArray* state = ValueArray::create(vm.heap(), 4, Value::undefined());
    for (uint32_t i = 0; i < 4; ++i)
        state->set_non_cell(i, Value::int32(int32_t(device() | (i == 3 ? 1u : 0u))));
    state->set_size(4);
    Value random_function = MUST(get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("random")))));
    static_cast<NativeFunction*>(random_function.as_object())->set_data(vm.heap(), Value::internal_cell(state));
}

}
