#include "runtime/builtins/global/global_functions.h"

#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <bit>
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

namespace {

constexpr std::string_view kUriMark = "-_.!~*'()";

bool is_uri_unescaped(char16_t c)
{
    // uriUnescaped: uriAlpha, DecimalDigit, uriMark.
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || (c < 0x80 && kUriMark.find(char(c)) != std::string_view::npos);
}

bool in_set(std::string_view set, char32_t c) { return c < 0x80 && set.find(char(c)) != std::string_view::npos; }

ThrowCompletion throw_uri_error(VM& vm) { return vm.throw_error(vm.current_realm(), ErrorKind::URIError, "URI malformed"); }

constexpr char kHexDigits[] = "0123456789ABCDEF";

// Encode ( string, extraUnescaped ) — https://tc39.es/ecma262/#sec-encode
ThrowCompletionOr<Value> encode(VM& vm, Value argument, std::string_view extra_unescaped)
{
    String* string = TRY(to_string(vm, argument));
    CodeUnitView text = string->flatten(vm.heap());
    // 1. Let len be the length of string.
    // 2. Let R be the empty String.
    std::string result;
    // 3. Let alwaysUnescaped be the string-concatenation of the ASCII word characters and "-.!~*'()".
    // 4. Let unescapedSet be the string-concatenation of alwaysUnescaped and extraUnescaped.
    // 5. Let k be 0.
    // 6. Repeat, while k < len,
    for (uint32_t k = 0; k < text.length();) {
        // a. Let C be the code unit at index k within string.
        char16_t c = text[k];
        // b. If unescapedSet contains C, then append C.
        if (is_uri_unescaped(c) || in_set(extra_unescaped, c)) {
            result += char(c);
            ++k;
            continue;
        }
        // c. Else,
        //    i. Let cp be CodePointAt(string, k).
        auto cp = code_point_at(text, k);
        //    ii. If cp.[[IsUnpairedSurrogate]] is true, throw a URIError exception.
        if (cp.is_unpaired_surrogate)
            return throw_uri_error(vm);
        //    iii. Set k to k + cp.[[CodeUnitCount]].
        k += cp.code_unit_count;
        //    iv. Let Octets be the List of octets resulting by applying the UTF-8 transformation to cp.[[CodePoint]].
        //    v. For each element octet of Octets, append "%" and its two uppercase hexadecimal digits.
        char32_t code_point = cp.code_point;
        uint8_t octets[4];
        int count;
        if (code_point < 0x80) {
            octets[0] = uint8_t(code_point);
            count = 1;
        } else if (code_point < 0x800) {
            octets[0] = uint8_t(0xC0 | (code_point >> 6));
            octets[1] = uint8_t(0x80 | (code_point & 0x3F));
            count = 2;
        } else if (code_point < 0x10000) {
            octets[0] = uint8_t(0xE0 | (code_point >> 12));
            octets[1] = uint8_t(0x80 | ((code_point >> 6) & 0x3F));
            octets[2] = uint8_t(0x80 | (code_point & 0x3F));
            count = 3;
        } else {
            octets[0] = uint8_t(0xF0 | (code_point >> 18));
            octets[1] = uint8_t(0x80 | ((code_point >> 12) & 0x3F));
            octets[2] = uint8_t(0x80 | ((code_point >> 6) & 0x3F));
            octets[3] = uint8_t(0x80 | (code_point & 0x3F));
            count = 4;
        }
        for (int i = 0; i < count; ++i) {
            result += '%';
            result += kHexDigits[octets[i] >> 4];
            result += kHexDigits[octets[i] & 0xF];
        }
    }
    // 7. Return R.
    if (result.size() > String::kMaxLength)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    return Value::string(String::from_latin1(vm.heap(), result));
}

int hex_value(char16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The byte of "%XX" at k, or -1.
int escaped_byte(CodeUnitView text, uint32_t k)
{
    if (k + 2 >= text.length() || text[k] != '%')
        return -1;
    int high = hex_value(text[k + 1]);
    int low = hex_value(text[k + 2]);
    if (high < 0 || low < 0)
        return -1;
    return high * 16 + low;
}

// Decode ( string, preserveEscapeSet ) — https://tc39.es/ecma262/#sec-decode
ThrowCompletionOr<Value> decode(VM& vm, Value argument, std::string_view preserve_escape_set)
{
    String* string = TRY(to_string(vm, argument));
    CodeUnitView text = string->flatten(vm.heap());
    // 1. Let len be the length of string. 2. Let R be the empty String.
    std::u16string result;
    // 3. Let k be 0.
    // 4. Repeat, while k < len,
    for (uint32_t k = 0; k < text.length();) {
        // a. Let C be the code unit at index k within string.
        char16_t c = text[k];
        // b. Let S be C.
        // c. If C is the code unit 0x0025 (PERCENT SIGN), then
        if (c != '%') {
            result += c;
            ++k;
            continue;
        }
        // i. If k + 3 > len, throw a URIError exception.
        // ii. Let escape be the substring of string from k to k + 3.
        // iii. Let B be ParseHexOctet(string, k + 1). iv. If B is not an integer, throw a URIError.
        int byte = escaped_byte(text, k);
        if (byte < 0)
            return throw_uri_error(vm);
        uint32_t start = k;
        // v. Set k to k + 2 (and one more at the end of the loop).
        k += 3;
        // vi. Let n be the number of leading 1 bits in B.
        int n = std::countl_one(uint8_t(byte));
        // vii. If n = 0, then
        if (n == 0) {
            // 1. Let asciiChar be the code unit whose numeric value is B.
            // 2. If preserveEscapeSet contains asciiChar, let S be escape. 3. Else, let S be asciiChar.
            if (in_set(preserve_escape_set, char32_t(byte))) {
                for (uint32_t i = start; i < k; ++i)
                    result += text[i];
            } else {
                result += char16_t(byte);
            }
            continue;
        }
        // viii. Else,
        //    1. If n = 1 or n > 4, throw a URIError exception.
        if (n == 1 || n > 4)
            return throw_uri_error(vm);
        //    2-6. Read n - 1 more "%XX" continuation octets (10xxxxxx).
        char32_t code_point = char32_t(byte & (0xFF >> (n + 1)));
        for (int j = 1; j < n; ++j) {
            int continuation = escaped_byte(text, k);
            if (continuation < 0 || (continuation & 0xC0) != 0x80)
                return throw_uri_error(vm);
            code_point = (code_point << 6) | char32_t(continuation & 0x3F);
            k += 3;
        }
        //    7-8. If Octets does not contain a valid UTF-8 encoding of a Unicode code point, throw a
        //         URIError exception (overlong forms, surrogates and values past U+10FFFF).
        static constexpr char32_t kMinimum[] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (code_point < kMinimum[n] || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF))
            return throw_uri_error(vm);
        //    9. Let S be UTF16EncodeCodePoint(V).
        if (code_point < 0x10000) {
            result += char16_t(code_point);
        } else {
            code_point -= 0x10000;
            result += char16_t(0xD800 + (code_point >> 10));
            result += char16_t(0xDC00 + (code_point & 0x3FF));
        }
    }
    // 5. Return R.
    return Value::string(String::from_utf16(vm.heap(), result));
}

}

// decodeURI ( encodedURI ) — https://tc39.es/ecma262/#sec-decodeuri-encodeduri
ThrowCompletionOr<Value> decode_uri(VM& vm, Arguments const& arguments)
{
    // 1-2. Let uriString be ? ToString(encodedURI); let preserveEscapeSet be ";/?:@&=+$,#".
    // 3. Return ? Decode(uriString, preserveEscapeSet).
    return decode(vm, arguments.at(0), ";/?:@&=+$,#");
}

// decodeURIComponent ( encodedURIComponent ) — https://tc39.es/ecma262/#sec-decodeuricomponent-encodeduricomponent
ThrowCompletionOr<Value> decode_uri_component(VM& vm, Arguments const& arguments)
{
    // 1-3. Return ? Decode(componentString, the empty String).
    return decode(vm, arguments.at(0), "");
}

// encodeURI ( uri ) — https://tc39.es/ecma262/#sec-encodeuri-uri
ThrowCompletionOr<Value> encode_uri(VM& vm, Arguments const& arguments)
{
    // 1-3. Return ? Encode(uriString, extraUnescaped ";/?:@&=+$,#").
    return encode(vm, arguments.at(0), ";/?:@&=+$,#");
}

// encodeURIComponent ( uriComponent ) — https://tc39.es/ecma262/#sec-encodeuricomponent-uricomponent
ThrowCompletionOr<Value> encode_uri_component(VM& vm, Arguments const& arguments)
{
    // 1-3. Return ? Encode(componentString, the empty String).
    return encode(vm, arguments.at(0), "");
}

// escape ( string ) — https://tc39.es/ecma262/#sec-escape-string
ThrowCompletionOr<Value> escape(VM& vm, Arguments const& arguments)
{
    // 1. Set string to ? ToString(string).
    String* string = TRY(to_string(vm, arguments.at(0)));
    CodeUnitView text = string->flatten(vm.heap());
    // 2-3. Let len be the length of string; R be the empty String.
    std::string result;
    // 4. Let unescapedSet be the ASCII word characters and "@*+-./".
    // 5-6. For each code unit C: itself when in unescapedSet, "%XX" below 256, else "%uXXXX".
    for (uint32_t k = 0; k < text.length(); ++k) {
        char16_t c = text[k];
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
        if (word || in_set("@*+-./", c)) {
            result += char(c);
        } else if (c < 256) {
            result += '%';
            result += kHexDigits[c >> 4];
            result += kHexDigits[c & 0xF];
        } else {
            result += "%u";
            for (int shift = 12; shift >= 0; shift -= 4)
                result += kHexDigits[(c >> shift) & 0xF];
        }
    }
    // 7. Return R.
    if (result.size() > String::kMaxLength)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    return Value::string(String::from_latin1(vm.heap(), result));
}

// unescape ( string ) — https://tc39.es/ecma262/#sec-unescape-string
ThrowCompletionOr<Value> unescape(VM& vm, Arguments const& arguments)
{
    // 1. Set string to ? ToString(string).
    String* string = TRY(to_string(vm, arguments.at(0)));
    CodeUnitView text = string->flatten(vm.heap());
    // 2-4. len, R, k.
    std::u16string result;
    // 5. Repeat, while k < len,
    for (uint32_t k = 0; k < text.length(); ++k) {
        // a. Let C be the code unit at index k within string.
        char16_t c = text[k];
        // b. If C is %, then
        if (c == '%') {
            // i-ii. "%uXXXX": the code unit with that value.
            if (k + 6 <= text.length() && text[k + 1] == 'u') {
                int value = 0;
                bool valid = true;
                for (uint32_t i = 2; i < 6; ++i) {
                    int digit = hex_value(text[k + i]);
                    valid = valid && digit >= 0;
                    value = value * 16 + std::max(digit, 0);
                }
                if (valid) {
                    result += char16_t(value);
                    k += 5;
                    continue;
                }
            }
            // iii. "%XX": the code unit with that value.
            if (k + 3 <= text.length() && hex_value(text[k + 1]) >= 0 && hex_value(text[k + 2]) >= 0) {
                result += char16_t(hex_value(text[k + 1]) * 16 + hex_value(text[k + 2]));
                k += 2;
                continue;
            }
        }
        // c. Set R to the string-concatenation of R and C.
        result += c;
    }
    // 6. Return R.
    return Value::string(String::from_utf16(vm.heap(), result));
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
