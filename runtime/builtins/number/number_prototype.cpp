#include "runtime/builtins/number/number_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/number_conversion.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime::builtins::number_prototype {

namespace {

Value ascii(VM& vm, std::string const& text) { return Value::string(String::from_latin1(vm.heap(), text)); }

}

// Number.prototype.toExponential ( fractionDigits ) — https://tc39.es/ecma262/#sec-number.prototype.toexponential
ThrowCompletionOr<Value> to_exponential(VM& vm, Arguments const& arguments)
{
    // 1. Let x be ? ThisNumberValue(this value).
    double x = TRY(this_number_value(vm, arguments.this_value, "Number.prototype.toExponential"));
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    double f = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 3. Assert: If fractionDigits is undefined, then f is 0.
    // 4. If x is not finite, return Number::toString(x, 10).
    if (!std::isfinite(x))
        return Value::string(number_to_js_string(vm.heap(), x));
    // 5. If f < 0 or f > 100, throw a RangeError exception.
    if (f < 0 || f > 100)
        return vm.throw_range_error(ErrorType::DigitsOutOfRange, { "toExponential()", "0" });
    // 6-15. The digits.
    std::optional<int> digits;
    if (!arguments.at(0).is_undefined())
        digits = int(f);
    return ascii(vm, number_to_exponential(x, digits));
}

// Number.prototype.toFixed ( fractionDigits ) — https://tc39.es/ecma262/#sec-number.prototype.tofixed
ThrowCompletionOr<Value> to_fixed(VM& vm, Arguments const& arguments)
{
    // 1. Let x be ? ThisNumberValue(this value).
    double x = TRY(this_number_value(vm, arguments.this_value, "Number.prototype.toFixed"));
    // 2. Let f be ? ToIntegerOrInfinity(fractionDigits).
    double f = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 3. Assert: If fractionDigits is undefined, then f is 0.
    // 4. If f is not finite, throw a RangeError exception.
    // 5. If f < 0 or f > 100, throw a RangeError exception.
    if (!std::isfinite(f) || f < 0 || f > 100)
        return vm.throw_range_error(ErrorType::DigitsOutOfRange, { "toFixed()", "0" });
    // 6-12. (6: a non-finite x is Number::toString(x).)
    return ascii(vm, number_to_fixed(x, int(f)));
}

// Number.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) — https://tc39.es/ecma262/#sec-number.prototype.tolocalestring
ThrowCompletionOr<Value> to_locale_string(VM& vm, Arguments const& arguments)
{
    // Without ECMA-402: the same as toString().
    double x = TRY(this_number_value(vm, arguments.this_value, "Number.prototype.toLocaleString"));
    return Value::string(number_to_js_string(vm.heap(), x));
}

// Number.prototype.toPrecision ( precision ) — https://tc39.es/ecma262/#sec-number.prototype.toprecision
ThrowCompletionOr<Value> to_precision(VM& vm, Arguments const& arguments)
{
    // 1. Let x be ? ThisNumberValue(this value).
    double x = TRY(this_number_value(vm, arguments.this_value, "Number.prototype.toPrecision"));
    // 2. If precision is undefined, return ! ToString(x).
    if (arguments.at(0).is_undefined())
        return Value::string(number_to_js_string(vm.heap(), x));
    // 3. Let p be ? ToIntegerOrInfinity(precision).
    double p = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4. If x is not finite, return Number::toString(x, 10).
    if (!std::isfinite(x))
        return Value::string(number_to_js_string(vm.heap(), x));
    // 5. If p < 1 or p > 100, throw a RangeError exception.
    if (p < 1 || p > 100)
        return vm.throw_range_error(ErrorType::DigitsOutOfRange, { "toPrecision()", "1" });
    // 6-13.
    return ascii(vm, number_to_precision(x, int(p)));
}

// Number.prototype.toString ( [ radix ] ) — https://tc39.es/ecma262/#sec-number.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1. Let x be ? ThisNumberValue(this value).
    double x = TRY(this_number_value(vm, arguments.this_value, "Number.prototype.toString"));
    // 2. If radix is undefined, let radixMV be 10.
    // 3. Else, let radixMV be ? ToIntegerOrInfinity(radix).
    double radix = arguments.at(0).is_undefined() ? 10 : TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4. If radixMV is not in the inclusive interval from 2 to 36, throw a RangeError exception.
    if (radix < 2 || radix > 36)
        return vm.throw_range_error(ErrorType::RadixOutOfRange);
    // 5. Return Number::toString(x, radixMV).
    return Value::string(number_to_js_string(vm.heap(), x, int(radix)));
}

// Number.prototype.valueOf ( ) — https://tc39.es/ecma262/#sec-number.prototype.valueof
ThrowCompletionOr<Value> value_of(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ThisNumberValue(this value).
    return Value::number(TRY(this_number_value(vm, arguments.this_value, "Number.prototype.valueOf")));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/number/number_prototype.def"
}

}
