#include "runtime/number_conversion.h"

#include "gc/heap.h"
#include "runtime/string.h"

#include <double-conversion/double-conversion.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <bit>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace sable::runtime {

namespace dc = double_conversion;

namespace {

constexpr char kDigitChars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

int digit_value(char16_t unit)
{
    if (unit >= '0' && unit <= '9')
        return unit - '0';
    if (unit >= 'a' && unit <= 'z')
        return unit - 'a' + 10;
    if (unit >= 'A' && unit <= 'Z')
        return unit - 'A' + 10;
    return 36;
}

char* append(char* out, std::string_view text)
{
    std::memcpy(out, text.data(), text.size());
    return out + text.size();
}

}

// Number::toString ( x, radix ) — https://tc39.es/ecma262/#sec-numeric-types-number-tostring
// (formerly 7.1.12.1 NumberToString), with radix 10.
std::string_view number_to_string(double x, NumberToStringBuffer& buffer)
{
    // 1. If x is NaN, return "NaN".
    if (std::isnan(x))
        return "NaN";
    // 2. If x is +0 or -0, return "0".
    if (x == 0)
        return "0";
    char* const end = buffer.chars + sizeof buffer.chars;
    char* out = buffer.chars;
    // 3. If x < -0, return the string-concatenation of "-" and Number::toString(-x, radix).
    if (x < 0) {
        *out++ = '-';
        x = -x;
    }
    // 4. If x is +Infinity, return "Infinity".
    if (std::isinf(x)) {
        out = append(out, "Infinity");
        return { buffer.chars, size_t(out - buffer.chars) };
    }
    // Fast path: an integer below 2^53 is exact, so its decimal digits are the shortest ones,
    // and it is below 10^21, so step 6.a prints it plainly.
    if (x < 0x1p53 && x == std::floor(x)) {
        out = std::to_chars(out, end, static_cast<uint64_t>(x)).ptr;
        return { buffer.chars, size_t(out - buffer.chars) };
    }

    // 5. Let n, k, and s be integers such that k >= 1, 10^(k-1) <= s < 10^k, s × 10^(n-k) is x,
    //    and k is as small as possible. (double-conversion's shortest mode; among the shortest
    //    it picks the s closest to x.)
    char digits[dc::DoubleToStringConverter::kBase10MaximalLength + 1];
    bool sign;
    int k;
    int n;
    dc::DoubleToStringConverter::DoubleToAscii(x, dc::DoubleToStringConverter::SHORTEST, 0, digits, sizeof digits,
        &sign, &k, &n);
    std::string_view s(digits, size_t(k));

    // 6. If radix is not 10 or n is in the inclusive interval from -5 to 21, then
    if (n >= -5 && n <= 21) {
        if (n >= k) {
            // a. If n >= k: the k digits of s followed by n - k zeros.
            out = append(out, s);
            out = std::fill_n(out, n - k, '0');
        } else if (n > 0) {
            // b. Else if n > 0: the most significant n digits of s, ".", the remaining k - n digits.
            out = append(out, s.substr(0, size_t(n)));
            *out++ = '.';
            out = append(out, s.substr(size_t(n)));
        } else {
            // c. Else (n <= 0): "0.", -n zeros, the k digits of s.
            out = append(out, "0.");
            out = std::fill_n(out, -n, '0');
            out = append(out, s);
        }
        return { buffer.chars, size_t(out - buffer.chars) };
    }
    // 7. NOTE: In this case, the input will be represented using scientific E notation.
    // 8. Assert: radix is 10.
    // 9.-10. The exponent sign is "-" when n < 0, else "+".
    char exponent_sign = n < 0 ? '-' : '+';
    // 11. If k = 1: the single digit of s, "e", exponentSign, abs(n - 1).
    // 12. Else: the first digit of s, ".", the remaining k - 1 digits, "e", exponentSign, abs(n - 1).
    *out++ = s[0];
    if (k > 1) {
        *out++ = '.';
        out = append(out, s.substr(1));
    }
    *out++ = 'e';
    *out++ = exponent_sign;
    out = std::to_chars(out, end, std::abs(n - 1)).ptr;
    return { buffer.chars, size_t(out - buffer.chars) };
}

// Number::toString ( x, radix ) for a radix other than 10.
//
// Step 5 asks for the fewest digits that still denote x, and the spec leaves the digits for
// radixes other than 10 to the implementation. We give the digits V8 gives, since Node
// programs (and their tests) see those:
//
// - Fraction digits are produced one at a time from the exact binary fraction of x, and stop
//   once the remainder is below the resolution of x: half the gap to the next larger double,
//   scaled by the radix along with the remainder. When the remainder left after a digit is past
//   one half (exactly one half rounds to even) and rounding up stays within that resolution,
//   the last digit goes up by one; a digit that would reach the radix is dropped and the carry
//   moves left, into the integer part if every fraction digit is dropped.
// - Integer digits are exact remainders, except that while the quotient is 2^53 or more its
//   low digits are beyond what the double holds and are written as zeros.
std::string number_to_string(double x, int radix)
{
    assert(radix >= 2 && radix <= 36);
    if (radix == 10) {
        NumberToStringBuffer buffer;
        return std::string(number_to_string(x, buffer));
    }
    // 1. NaN; 2. zeros.
    if (std::isnan(x))
        return "NaN";
    if (x == 0)
        return "0";
    // 3. Negative numbers are "-" followed by their magnitude.
    bool negative = x < 0;
    if (negative)
        x = -x;
    // 4. Infinity.
    if (std::isinf(x))
        return negative ? "-Infinity" : "Infinity";

    double integer_part = std::floor(x);
    double fraction = x - integer_part;
    double resolution = std::max(0.5 * (std::nextafter(x, std::numeric_limits<double>::infinity()) - x),
        std::numeric_limits<double>::denorm_min());
    std::string fraction_digits;
    if (fraction >= resolution) {
        do {
            fraction *= radix;
            resolution *= radix;
            int digit = static_cast<int>(fraction);
            fraction -= digit;
            fraction_digits.push_back(kDigitChars[digit]);
            bool past_half = fraction > 0.5 || (fraction == 0.5 && (digit & 1));
            if (past_half && fraction + resolution > 1) {
                // Round the last digit up, carrying leftwards.
                while (true) {
                    if (fraction_digits.empty()) {
                        integer_part += 1;
                        break;
                    }
                    int last = digit_value(fraction_digits.back());
                    if (last + 1 < radix) {
                        fraction_digits.back() = kDigitChars[last + 1];
                        break;
                    }
                    fraction_digits.pop_back();
                }
                break;
            }
        } while (fraction >= resolution);
    }

    std::string result;
    // Integer digits, least significant first.
    while (integer_part / radix >= 0x1p53) {
        integer_part /= radix;
        result.push_back('0');
    }
    do {
        double remainder = std::fmod(integer_part, radix);
        result.push_back(kDigitChars[static_cast<int>(remainder)]);
        integer_part = (integer_part - remainder) / radix;
    } while (integer_part > 0);
    if (negative)
        result.push_back('-');
    std::reverse(result.begin(), result.end());
    if (!fraction_digits.empty()) {
        result.push_back('.');
        result += fraction_digits;
    }
    return result;
}

String* number_to_js_string(gc::Heap& heap, double x, int radix)
{
    if (radix == 10) {
        NumberToStringBuffer buffer;
        return String::from_latin1(heap, number_to_string(x, buffer));
    }
    return String::from_latin1(heap, number_to_string(x, radix));
}

// StrWhiteSpaceChar ::: WhiteSpace | LineTerminator
bool is_str_white_space_char(char16_t unit)
{
    switch (unit) {
    case 0x0009: // CHARACTER TABULATION
    case 0x000A: // LINE FEED
    case 0x000B: // LINE TABULATION
    case 0x000C: // FORM FEED
    case 0x000D: // CARRIAGE RETURN
    case 0x0020: // SPACE
    case 0x00A0: // NO-BREAK SPACE
    case 0x2028: // LINE SEPARATOR
    case 0x2029: // PARAGRAPH SEPARATOR
    case 0xFEFF: // ZERO WIDTH NO-BREAK SPACE
        return true;
    default:
        // Any other code point in general category Space_Separator (Zs).
        return unit > 0x7F && u_charType(unit) == U_SPACE_SEPARATOR;
    }
}

namespace {

// NonDecimalIntegerLiteral's digits after the prefix, in a radix of 2^bits_per_digit, rounded
// to the nearest double (ties to even). Enough leading bits are kept exactly in a 64-bit
// accumulator that any digit which no longer fits lies below the rounding bit, where only
// whether it is zero matters.
double parse_power_of_two_radix(CodeUnitView digits, int bits_per_digit)
{
    int radix = 1 << bits_per_digit;
    if (digits.is_empty())
        return std::numeric_limits<double>::quiet_NaN();
    uint64_t mantissa = 0;
    int exponent = 0;
    bool sticky = false;
    for (uint32_t i = 0; i < digits.length(); ++i) {
        int digit = digit_value(digits[i]);
        if (digit >= radix)
            return std::numeric_limits<double>::quiet_NaN();
        if ((mantissa >> (64 - bits_per_digit)) == 0) {
            mantissa = (mantissa << bits_per_digit) | uint64_t(digit);
        } else {
            exponent += bits_per_digit;
            sticky |= digit != 0;
        }
    }
    int width = 64 - std::countl_zero(mantissa);
    if (width <= 53)
        return std::ldexp(double(mantissa), exponent);
    int shift = width - 53;
    uint64_t kept = mantissa >> shift;
    uint64_t dropped = mantissa & ((uint64_t(1) << shift) - 1);
    uint64_t half = uint64_t(1) << (shift - 1);
    if (dropped > half || (dropped == half && (sticky || (kept & 1))))
        ++kept;
    return std::ldexp(double(kept), exponent + shift);
}

double parse_str_decimal_literal(CodeUnitView literal)
{
    // Fast path: up to 15 decimal digits are an exact integer.
    if (literal.length() <= 15) {
        uint64_t value = 0;
        uint32_t i = 0;
        for (; i < literal.length(); ++i) {
            char16_t unit = literal[i];
            if (unit < '0' || unit > '9')
                break;
            value = value * 10 + (unit - '0');
        }
        if (i == literal.length())
            return double(value);
    }
    // Every StrDecimalLiteral is ASCII.
    if (!literal.is_ascii())
        return std::numeric_limits<double>::quiet_NaN();
    // double-conversion parses exactly the StrDecimalLiteral grammar when given no flags: an
    // optional sign, "Infinity", or digits with an optional fraction and exponent; anything
    // else is junk and yields NaN. It rounds correctly, which is what V8 does too (the spec's
    // RoundMVResult would also allow cutting after 20 significant digits).
    dc::StringToDoubleConverter const converter(dc::StringToDoubleConverter::NO_FLAGS, 0.0,
        std::numeric_limits<double>::quiet_NaN(), "Infinity", nullptr);
    int processed = 0;
    if (literal.is_one_byte()) {
        return converter.StringToDouble(reinterpret_cast<char const*>(literal.one_byte_chars()),
            static_cast<int>(literal.length()), &processed);
    }
    return converter.StringToDouble(reinterpret_cast<uint16_t const*>(literal.two_byte_chars()),
        static_cast<int>(literal.length()), &processed);
}

}

// StringToNumber ( str ) — https://tc39.es/ecma262/#sec-stringtonumber
double string_to_number(CodeUnitView str)
{
    // 1. Let literal be ParseText(str, StringNumericLiteral).
    //    StringNumericLiteral ::: StrWhiteSpace_opt | StrWhiteSpace_opt StrNumericLiteral StrWhiteSpace_opt
    uint32_t start = 0;
    uint32_t end = str.length();
    while (start < end && is_str_white_space_char(str[start]))
        ++start;
    while (end > start && is_str_white_space_char(str[end - 1]))
        --end;
    CodeUnitView literal = str.substring(start, end);
    // 3. Return StringNumericValue of literal; for StrWhiteSpace_opt alone that is 0.
    if (literal.is_empty())
        return 0;
    // StrNumericLiteral ::: NonDecimalIntegerLiteral (0b, 0o, 0x; no sign, no separators)
    if (literal.length() >= 2 && literal[0] == '0') {
        switch (literal[1]) {
        case 'b':
        case 'B':
            return parse_power_of_two_radix(literal.substring(2, literal.length()), 1);
        case 'o':
        case 'O':
            return parse_power_of_two_radix(literal.substring(2, literal.length()), 3);
        case 'x':
        case 'X':
            return parse_power_of_two_radix(literal.substring(2, literal.length()), 4);
        default:
            break;
        }
    }
    // StrNumericLiteral ::: StrDecimalLiteral
    // 2. If literal is a List of errors, return NaN (inside the parse).
    return parse_str_decimal_literal(literal);
}

// CanonicalNumericIndexString ( argument ) — https://tc39.es/ecma262/#sec-canonicalnumericindexstring
std::optional<double> canonical_numeric_index_string(CodeUnitView argument)
{
    // Fast path: ToString of a Number starts with a digit, "-", "I" (Infinity) or "N" (NaN).
    if (argument.is_empty())
        return std::nullopt;
    char16_t first = argument[0];
    if (!(first >= '0' && first <= '9') && first != '-' && first != 'I' && first != 'N')
        return std::nullopt;
    // 1. If argument is "-0", return -0.
    if (argument.equals(CodeUnitView(std::string_view("-0"))))
        return -0.0;
    // 2. Let n be ! ToNumber(argument).
    double n = string_to_number(argument);
    // 3. If ! ToString(n) is argument, return n.
    NumberToStringBuffer buffer;
    if (CodeUnitView(number_to_string(n, buffer)).equals(argument))
        return n;
    // 4. Return undefined.
    return std::nullopt;
}

namespace {

// Enough for 21 integer digits, a point and 100 fraction digits, or for 101 significant digits
// with a point and an exponent.
constexpr int kFormatBufferSize = 160;

}

// Number.prototype.toFixed ( fractionDigits ) — https://tc39.es/ecma262/#sec-number.prototype.tofixed
std::string number_to_fixed(double x, int fraction_digits)
{
    assert(fraction_digits >= 0 && fraction_digits <= 100);
    // 6. If x is not finite, return Number::toString(x, 10).
    // 10. If x >= 10^21, let m be ! ToString(x) (with the sign of steps 8-9, that is ToString of
    //     the signed x).
    if (!std::isfinite(x) || std::fabs(x) >= 1e21)
        return number_to_string(x, 10);
    // 11. The n for which n / 10^f - x is closest to zero, the larger n on a tie: double-conversion
    //     rounds the exact binary value half up. -0 prints as "0" (step 7 takes its real value).
    char buffer[kFormatBufferSize];
    dc::StringBuilder builder(buffer, sizeof buffer);
    bool ok = dc::DoubleToStringConverter::EcmaScriptConverter().ToFixed(x, fraction_digits, &builder);
    assert(ok);
    (void)ok;
    int length = builder.position();
    return std::string(builder.Finalize(), size_t(length));
}

// Number.prototype.toExponential ( fractionDigits ) — https://tc39.es/ecma262/#sec-number.prototype.toexponential
std::string number_to_exponential(double x, std::optional<int> fraction_digits)
{
    assert(!fraction_digits || (*fraction_digits >= 0 && *fraction_digits <= 100));
    // 4. If x is not finite, return Number::toString(x, 10).
    if (!std::isfinite(x))
        return number_to_string(x, 10);
    // 6.-15. With fractionDigits undefined, as many digits as x needs (-1 asks for the shortest).
    char buffer[kFormatBufferSize];
    dc::StringBuilder builder(buffer, sizeof buffer);
    bool ok = dc::DoubleToStringConverter::EcmaScriptConverter().ToExponential(x, fraction_digits.value_or(-1),
        &builder);
    assert(ok);
    (void)ok;
    int length = builder.position();
    return std::string(builder.Finalize(), size_t(length));
}

// Number.prototype.toPrecision ( precision ) — https://tc39.es/ecma262/#sec-number.prototype.toprecision
std::string number_to_precision(double x, int precision)
{
    assert(precision >= 1 && precision <= 100);
    // 4. If x is not finite, return Number::toString(x, 10).
    if (!std::isfinite(x))
        return number_to_string(x, 10);
    // 6.-13. Exponential notation when e < -6 or e >= p, else plain digits; the ECMAScript
    //        converter's padding limits (6 leading zeros, no trailing ones) encode exactly that.
    char buffer[kFormatBufferSize];
    dc::StringBuilder builder(buffer, sizeof buffer);
    bool ok = dc::DoubleToStringConverter::EcmaScriptConverter().ToPrecision(x, precision, &builder);
    assert(ok);
    (void)ok;
    int length = builder.position();
    return std::string(builder.Finalize(), size_t(length));
}

}
