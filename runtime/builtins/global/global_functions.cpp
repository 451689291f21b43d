#include "runtime/builtins/global/global_functions.h"

#include "runtime/abstract_operations.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>
#include <string>

namespace sable::runtime::builtins::global_object {

namespace {

// Skips StrWhiteSpaceChar (WhiteSpace and LineTerminator) from `position`.
uint32_t skip_white_space(CodeUnitView text, uint32_t position)
{
    while (position < text.length() && is_str_white_space_char(text[position]))
        ++position;
    return position;
}

int digit_value(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

bool is_decimal_digit(char16_t c) { return c >= '0' && c <= '9'; }

}

// isFinite ( number ) — https://tc39.es/ecma262/#sec-isfinite-number
ThrowCompletionOr<Value> is_finite(VM& vm, Arguments const& arguments)
{
    // 1. Let num be ? ToNumber(number).
    double number = TRY(to_number(vm, arguments.at(0)));
    // 2. If num is not finite, return false. 3. Otherwise, return true.
    return Value::boolean(std::isfinite(number));
}

// isNaN ( number ) — https://tc39.es/ecma262/#sec-isnan-number
ThrowCompletionOr<Value> is_nan(VM& vm, Arguments const& arguments)
{
    // 1. Let num be ? ToNumber(number).
    double number = TRY(to_number(vm, arguments.at(0)));
    // 2. If num is NaN, return true. 3. Otherwise, return false.
    return Value::boolean(std::isnan(number));
}

// parseFloat ( string ) — https://tc39.es/ecma262/#sec-parsefloat-string
ThrowCompletionOr<Value> parse_float(VM& vm, Arguments const& arguments)
{
    // 1. Let inputString be ? ToString(string).
    String* input = TRY(to_string(vm, arguments.at(0)));
    CodeUnitView text = input->flatten(vm.heap());
    // 2. Let trimmedString be ! TrimString(inputString, start).
    uint32_t start = skip_white_space(text, 0);
    // 3-4. Let trimmedPrefix be the longest prefix of trimmedString that satisfies the syntax of
    //      a StrDecimalLiteral, which might be trimmedString itself. If there is none, NaN.
    uint32_t position = start;
    if (position < text.length() && (text[position] == '+' || text[position] == '-'))
        ++position;
    static constexpr std::u16string_view kInfinity = u"Infinity";
    if (text.length() - position >= kInfinity.size()) {
        bool matches = true;
        for (uint32_t i = 0; i < kInfinity.size(); ++i)
            matches = matches && text[position + i] == kInfinity[i];
        if (matches)
            return Value::raw_double(text[start] == '-' ? -INFINITY : INFINITY);
    }
    uint32_t digits = 0;
    while (position < text.length() && is_decimal_digit(text[position])) {
        ++position;
        ++digits;
    }
    if (position < text.length() && text[position] == '.') {
        uint32_t after_dot = position + 1;
        uint32_t fraction_digits = 0;
        while (after_dot < text.length() && is_decimal_digit(text[after_dot])) {
            ++after_dot;
            ++fraction_digits;
        }
        if (digits || fraction_digits) {
            position = after_dot;
            digits += fraction_digits;
        }
    }
    if (!digits)
        return Value::raw_double(std::nan(""));
    if (position < text.length() && (text[position] == 'e' || text[position] == 'E')) {
        uint32_t exponent = position + 1;
        if (exponent < text.length() && (text[exponent] == '+' || text[exponent] == '-'))
            ++exponent;
        if (exponent < text.length() && is_decimal_digit(text[exponent])) {
            while (exponent < text.length() && is_decimal_digit(text[exponent]))
                ++exponent;
            position = exponent;
        }
    }
    // 5. Let parsedNumber be ParseText(trimmedPrefix, StrDecimalLiteral).
    // 6-7. Return StringNumericValue of parsedNumber ("-0" stays -0).
    std::string prefix;
    for (uint32_t i = start; i < position; ++i)
        prefix += char(text[i]);
    return Value::number(string_to_number(std::string_view(prefix)));
}

// parseInt ( string, radix ) — https://tc39.es/ecma262/#sec-parseint-string-radix
ThrowCompletionOr<Value> parse_int(VM& vm, Arguments const& arguments)
{
    // 1. Let inputString be ? ToString(string).
    String* input = TRY(to_string(vm, arguments.at(0)));
    // 6. Let R be ℝ(? ToInt32(radix)). (Before looking at the characters: it may run user code.)
    int32_t radix = TRY(to_int32(vm, arguments.at(1)));
    CodeUnitView text = input->flatten(vm.heap());
    // 2. Let S be ! TrimString(inputString, start).
    uint32_t position = skip_white_space(text, 0);
    // 3. Let sign be 1.
    double sign = 1;
    // 4. If S is not empty and the first code unit of S is the code unit 0x002D (HYPHEN-MINUS),
    //    set sign to -1.
    if (position < text.length() && text[position] == '-')
        sign = -1;
    // 5. If S is not empty and the first code unit of S is either + or -, remove it from S.
    if (position < text.length() && (text[position] == '+' || text[position] == '-'))
        ++position;
    // 7. Let stripPrefix be true.
    bool strip_prefix = true;
    // 8. If R ≠ 0, then
    if (radix != 0) {
        // a. If R < 2 or R > 36, return NaN.
        if (radix < 2 || radix > 36)
            return Value::raw_double(std::nan(""));
        // b. If R ≠ 16, set stripPrefix to false.
        if (radix != 16)
            strip_prefix = false;
    } else {
        // 9. Else, set R to 10.
        radix = 10;
    }
    // 10. If stripPrefix is true, then
    //     a. If S has at least two code units and its first two are "0x" or "0X", remove them
    //        and set R to 16.
    if (strip_prefix && text.length() - position >= 2 && text[position] == '0'
        && (text[position + 1] == 'x' || text[position + 1] == 'X')) {
        position += 2;
        radix = 16;
    }
    // 11. If S contains a code unit that is not a radix-R digit, let end be the index within S
    //     of the first such code unit; otherwise, let end be the length of S.
    uint32_t end = position;
    while (end < text.length() && digit_value(text[end]) < radix)
        ++end;
    // 12. Let Z be the substring of S from 0 to end. If Z is empty, return NaN.
    if (end == position)
        return Value::raw_double(std::nan(""));
    // 13. Let mathInt be the integer value that is represented by Z in radix-R notation.
    double math_int;
    if (radix == 10) {
        // Decimal: correctly rounded, as V8 does.
        std::string digits;
        for (uint32_t i = position; i < end; ++i)
            digits += char(text[i]);
        math_int = string_to_number(std::string_view(digits));
    } else {
        math_int = 0;
        for (uint32_t i = position; i < end; ++i)
            math_int = math_int * radix + digit_value(text[i]);
    }
    // 14. If mathInt = 0, then: a. If sign = -1, return -0. b. Return +0.
    // 15. Return 𝔽(sign × mathInt).
    return Value::number(sign * math_int);
}

void initialize(VM& vm, Realm& realm)
{
    Object& target = *realm.global_object();
#define GLOBAL_VALUE(name, value, attributes) define_value(vm, target, name, value, attributes);
#define GLOBAL_FUNCTION(cpp_name, name, length) define_method(vm, realm, target, name, cpp_name, length);
#define GLOBAL_INTRINSIC(name, member) define_value(vm, target, name, Value::object(realm.member()), kMethod);
#include "runtime/builtins/global/global_object.def"
}

}
