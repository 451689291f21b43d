// internalBinding('buffer'): the byte loops of Buffer, TextEncoder/TextDecoder and
// string_decoder: encoding a string into a typed array's bytes and decoding bytes into a string,
// in each of Node's encodings, and checking bytes for UTF-8 and ASCII. The JS side validates
// arguments and names the encoding by its index in kEncodings
// (lib/internal/buffer/encodings.js); here byte ranges are only clamped, never trusted.

#include "runtime/abstract_operations.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/code_unit_view.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <algorithm>
#include <cstring>
#include <span>
#include <string>

namespace sable::stdlib {

using namespace runtime;

namespace {

// The encodings, in the order of kEncodings in lib/internal/buffer/encodings.js.
enum class Encoding : uint8_t { Utf8, Utf16le, Latin1, Ascii, Base64, Base64url, Hex, Count };

constexpr char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
constexpr char kBase64urlAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
constexpr char kHexDigits[] = "0123456789abcdef";

// The bytes a typed array views (none for anything else).
std::span<uint8_t> view_bytes(Value value)
{
    TypedArrayObject* array = as_typed_array(value);
    if (!array || array->is_out_of_bounds())
        return {};
    return { array->buffer()->data() + array->byte_offset(), array->byte_length() };
}

// The bytes of the typed array argument `index`, narrowed to [start, end) given by the next two
// arguments (clamped; an absent end means the whole view).
std::span<uint8_t> bytes_argument(Arguments const& arguments, size_t index)
{
    std::span<uint8_t> bytes = view_bytes(arguments.at(index));
    auto clamp = [&](Value value, size_t fallback) {
        if (!value.is_number())
            return fallback;
        double number = value.as_number();
        return number <= 0 ? size_t(0) : number >= double(bytes.size()) ? bytes.size() : size_t(number);
    };
    size_t start = clamp(arguments.at(index + 1), 0);
    size_t end = clamp(arguments.at(index + 2), bytes.size());
    return end <= start ? std::span<uint8_t> {} : bytes.subspan(start, end - start);
}

Encoding encoding_argument(Value value)
{
    double number = value.is_number() ? value.as_number() : 0;
    return number >= 1 && number < double(Encoding::Count) ? Encoding(number) : Encoding::Utf8;
}

// The code point starting at `index` with lone surrogates replaced by U+FFFD (as UTF-8 encodes
// them), and how many code units it spans.
CodePointAtResult scalar_at(CodeUnitView text, uint32_t index)
{
    CodePointAtResult result = code_point_at(text, index);
    if (result.is_unpaired_surrogate)
        result.code_point = 0xFFFD;
    return result;
}

size_t utf8_length(char32_t code_point)
{
    return code_point < 0x80 ? 1 : code_point < 0x800 ? 2 : code_point < 0x10000 ? 3 : 4;
}

// Writes whole characters only; returns the bytes written.
size_t write_utf8(CodeUnitView text, std::span<uint8_t> out)
{
    size_t written = 0;
    for (uint32_t i = 0; i < text.length();) {
        // Fast path: ASCII is one unit, one byte.
        char16_t unit = text.code_unit_at(i);
        if (unit < 0x80) {
            if (written == out.size())
                break;
            out[written++] = uint8_t(unit);
            ++i;
            continue;
        }
        CodePointAtResult scalar = scalar_at(text, i);
        char32_t c = scalar.code_point;
        size_t length = utf8_length(c);
        if (written + length > out.size())
            break;
        uint8_t* p = &out[written];
        if (length == 2) {
            p[0] = uint8_t(0xC0 | (c >> 6));
        } else if (length == 3) {
            p[0] = uint8_t(0xE0 | (c >> 12));
            p[1] = uint8_t(0x80 | ((c >> 6) & 0x3F));
        } else {
            p[0] = uint8_t(0xF0 | (c >> 18));
            p[1] = uint8_t(0x80 | ((c >> 12) & 0x3F));
            p[2] = uint8_t(0x80 | ((c >> 6) & 0x3F));
        }
        p[length - 1] = uint8_t(0x80 | (c & 0x3F));
        written += length;
        i += scalar.code_unit_count;
    }
    return written;
}

// Each code unit as two little-endian bytes; whole units only.
size_t write_utf16le(CodeUnitView text, std::span<uint8_t> out)
{
    size_t units = std::min<size_t>(text.length(), out.size() / 2);
    for (size_t i = 0; i < units; ++i) {
        char16_t unit = text.code_unit_at(uint32_t(i));
        out[2 * i] = uint8_t(unit);
        out[2 * i + 1] = uint8_t(unit >> 8);
    }
    return units * 2;
}

// The low byte of each code unit (latin1, and ascii, which Node writes the same way).
size_t write_latin1(CodeUnitView text, std::span<uint8_t> out)
{
    size_t count = std::min<size_t>(text.length(), out.size());
    for (size_t i = 0; i < count; ++i)
        out[i] = uint8_t(text.code_unit_at(uint32_t(i)));
    return count;
}

// Node reads only the low byte of each code unit of base64 and hex text.
int base64_digit(uint8_t unit)
{
    if (unit >= 'A' && unit <= 'Z')
        return unit - 'A';
    if (unit >= 'a' && unit <= 'z')
        return unit - 'a' + 26;
    if (unit >= '0' && unit <= '9')
        return unit - '0' + 52;
    if (unit == '+' || unit == '-')
        return 62;
    if (unit == '/' || unit == '_')
        return 63;
    return -1;
}

// Both alphabets are accepted; characters outside them are skipped and '=' ends the data, as
// Node's lenient decoder does.
size_t write_base64(CodeUnitView text, std::span<uint8_t> out)
{
    size_t written = 0;
    uint32_t accumulator = 0;
    int bits = 0;
    for (uint32_t i = 0; i < text.length() && written < out.size(); ++i) {
        auto unit = uint8_t(text.code_unit_at(i));
        if (unit == '=')
            break;
        int digit = base64_digit(unit);
        if (digit < 0)
            continue;
        accumulator = (accumulator << 6) | uint32_t(digit);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[written++] = uint8_t(accumulator >> bits);
        }
    }
    return written;
}

int hex_digit(uint8_t unit)
{
    if (unit >= '0' && unit <= '9')
        return unit - '0';
    if (unit >= 'a' && unit <= 'f')
        return unit - 'a' + 10;
    if (unit >= 'A' && unit <= 'F')
        return unit - 'A' + 10;
    return -1;
}

// Pairs of hex digits; stops at the first pair that is not one.
size_t write_hex(CodeUnitView text, std::span<uint8_t> out)
{
    size_t written = 0;
    for (uint32_t i = 0; i + 1 < text.length() && written < out.size(); i += 2) {
        int high = hex_digit(uint8_t(text.code_unit_at(i)));
        int low = hex_digit(uint8_t(text.code_unit_at(i + 1)));
        if (high < 0 || low < 0)
            break;
        out[written++] = uint8_t(high * 16 + low);
    }
    return written;
}

// The length of the UTF-8 sequence at the start of `bytes` if it is well formed (WHATWG: no
// overlongs, surrogates or values above U+10FFFF), else 0 with `valid_prefix` set to how many of
// its bytes form a maximal valid prefix (each such prefix decodes to one U+FFFD).
size_t utf8_sequence_length(std::span<uint8_t const> bytes, size_t& valid_prefix, char32_t& code_point)
{
    uint8_t lead = bytes[0];
    size_t length;
    uint8_t lower = 0x80, upper = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        code_point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        code_point = lead & 0x0F;
        if (lead == 0xE0)
            lower = 0xA0;
        if (lead == 0xED)
            upper = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        code_point = lead & 0x07;
        if (lead == 0xF0)
            lower = 0x90;
        if (lead == 0xF4)
            upper = 0x8F;
    } else {
        valid_prefix = 1;
        return 0;
    }
    for (size_t i = 1; i < length; ++i) {
        if (i >= bytes.size() || bytes[i] < lower || bytes[i] > upper) {
            valid_prefix = i;
            return 0;
        }
        code_point = (code_point << 6) | (bytes[i] & 0x3F);
        lower = 0x80;
        upper = 0xBF;
    }
    return length;
}

String* decode_utf8(gc::Heap& heap, std::span<uint8_t const> bytes)
{
    size_t ascii = 0;
    while (ascii < bytes.size() && bytes[ascii] < 0x80)
        ++ascii;
    // Fast path: all ASCII is already Latin-1.
    if (ascii == bytes.size())
        return String::from_latin1(heap, bytes);
    std::u16string units(bytes.begin(), bytes.begin() + ptrdiff_t(ascii));
    for (size_t i = ascii; i < bytes.size();) {
        if (bytes[i] < 0x80) {
            units.push_back(bytes[i++]);
            continue;
        }
        size_t valid_prefix = 0;
        char32_t c = 0;
        size_t length = utf8_sequence_length(bytes.subspan(i), valid_prefix, c);
        if (!length) {
            units.push_back(0xFFFD);
            i += valid_prefix;
            continue;
        }
        if (c >= 0x10000) {
            units.push_back(char16_t(0xD800 + ((c - 0x10000) >> 10)));
            units.push_back(char16_t(0xDC00 + ((c - 0x10000) & 0x3FF)));
        } else {
            units.push_back(char16_t(c));
        }
        i += length;
    }
    return String::from_utf16(heap, units);
}

String* decode_utf16le(gc::Heap& heap, std::span<uint8_t const> bytes)
{
    std::u16string units(bytes.size() / 2, u'\0');
    for (size_t i = 0; i < units.size(); ++i)
        units[i] = char16_t(bytes[2 * i] | (bytes[2 * i + 1] << 8));
    return String::from_utf16(heap, units);
}

String* decode_ascii(gc::Heap& heap, std::span<uint8_t const> bytes)
{
    std::string text(bytes.begin(), bytes.end());
    for (char& c : text)
        c &= 0x7F;
    return String::from_latin1(heap, std::string_view(text));
}

// Padded with '=' for base64, unpadded for base64url.
String* decode_base64(gc::Heap& heap, std::span<uint8_t const> bytes, bool url)
{
    char const* alphabet = url ? kBase64urlAlphabet : kBase64Alphabet;
    std::string text;
    text.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 2 < bytes.size(); i += 3) {
        uint32_t group = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
        for (int shift = 18; shift >= 0; shift -= 6)
            text.push_back(alphabet[(group >> shift) & 0x3F]);
    }
    if (size_t rest = bytes.size() - i) {
        uint32_t group = (bytes[i] << 16) | (rest == 2 ? bytes[i + 1] << 8 : 0);
        text.push_back(alphabet[group >> 18]);
        text.push_back(alphabet[(group >> 12) & 0x3F]);
        if (rest == 2)
            text.push_back(alphabet[(group >> 6) & 0x3F]);
        if (!url)
            text.append(rest == 2 ? "=" : "==");
    }
    return String::from_latin1(heap, std::string_view(text));
}

String* decode_hex(gc::Heap& heap, std::span<uint8_t const> bytes)
{
    std::string text;
    text.reserve(bytes.size() * 2);
    for (uint8_t byte : bytes) {
        text.push_back(kHexDigits[byte >> 4]);
        text.push_back(kHexDigits[byte & 0xF]);
    }
    return String::from_latin1(heap, std::string_view(text));
}

// write ( target, start, end, string, encoding ): encodes into target's bytes [start, end) as
// much of string as fits (whole characters); returns the number of bytes written.
ThrowCompletionOr<Value> write(VM& vm, Arguments const& arguments)
{
    // ToString first: it may run user code that detaches or resizes the target.
    String* string = TRY(to_string(vm, arguments.at(3)));
    CodeUnitView text = string->flatten(vm.heap());
    std::span<uint8_t> out = bytes_argument(arguments, 0);
    size_t written = 0;
    switch (encoding_argument(arguments.at(4))) {
    case Encoding::Utf8: written = write_utf8(text, out); break;
    case Encoding::Utf16le: written = write_utf16le(text, out); break;
    case Encoding::Latin1:
    case Encoding::Ascii: written = write_latin1(text, out); break;
    case Encoding::Base64:
    case Encoding::Base64url: written = write_base64(text, out); break;
    case Encoding::Hex:
    case Encoding::Count: written = write_hex(text, out); break;
    }
    return Value::number(double(written));
}

// decode ( source, start, end, encoding ): source's bytes [start, end) as a string.
ThrowCompletionOr<Value> decode(VM& vm, Arguments const& arguments)
{
    std::span<uint8_t const> bytes = bytes_argument(arguments, 0);
    gc::Heap& heap = vm.heap();
    String* string = nullptr;
    switch (encoding_argument(arguments.at(3))) {
    case Encoding::Utf8: string = decode_utf8(heap, bytes); break;
    case Encoding::Utf16le: string = decode_utf16le(heap, bytes); break;
    case Encoding::Latin1: string = String::from_latin1(heap, bytes); break;
    case Encoding::Ascii: string = decode_ascii(heap, bytes); break;
    case Encoding::Base64: string = decode_base64(heap, bytes, false); break;
    case Encoding::Base64url: string = decode_base64(heap, bytes, true); break;
    case Encoding::Hex:
    case Encoding::Count: string = decode_hex(heap, bytes); break;
    }
    return Value::string(string);
}

// utf8ByteLength ( string ): the length of string in UTF-8 (lone surrogates as U+FFFD).
ThrowCompletionOr<Value> utf8_byte_length(VM& vm, Arguments const& arguments)
{
    CodeUnitView text = TRY(to_string(vm, arguments.at(0)))->flatten(vm.heap());
    size_t length = 0;
    for (uint32_t i = 0; i < text.length();) {
        CodePointAtResult scalar = scalar_at(text, i);
        length += utf8_length(scalar.code_point);
        i += scalar.code_unit_count;
    }
    return Value::number(double(length));
}

// utf8Incomplete ( source, start, end ): how many bytes at the end of the range begin a UTF-8
// sequence that more bytes could still complete (0 to 3), for streaming decoders.
ThrowCompletionOr<Value> utf8_incomplete(VM&, Arguments const& arguments)
{
    std::span<uint8_t const> bytes = bytes_argument(arguments, 0);
    for (size_t back = 1; back <= 3 && back <= bytes.size(); ++back) {
        size_t start = bytes.size() - back;
        if ((bytes[start] & 0xC0) == 0x80)
            continue;
        // Only a lead byte of a multi-byte sequence can wait for more.
        if (bytes[start] < 0xC2 || bytes[start] > 0xF4)
            break;
        size_t valid_prefix = 0;
        char32_t code_point = 0;
        if (utf8_sequence_length(bytes.subspan(start), valid_prefix, code_point) == 0 && valid_prefix == back)
            return Value::number(double(back));
        break;
    }
    return Value::number(0);
}

// isUtf8 ( source, start, end ): whether the bytes are well-formed UTF-8.
ThrowCompletionOr<Value> is_utf8(VM&, Arguments const& arguments)
{
    std::span<uint8_t const> bytes = bytes_argument(arguments, 0);
    for (size_t i = 0; i < bytes.size();) {
        if (bytes[i] < 0x80) {
            ++i;
            continue;
        }
        size_t valid_prefix = 0;
        char32_t code_point = 0;
        size_t length = utf8_sequence_length(bytes.subspan(i), valid_prefix, code_point);
        if (!length)
            return Value::boolean(false);
        i += length;
    }
    return Value::boolean(true);
}

// isAscii ( source, start, end ): whether every byte is below 0x80.
ThrowCompletionOr<Value> is_ascii(VM&, Arguments const& arguments)
{
    for (uint8_t byte : bytes_argument(arguments, 0)) {
        if (byte >= 0x80)
            return Value::boolean(false);
    }
    return Value::boolean(true);
}

// indexOf ( haystack, needle, position, forward ): the first index >= position (forward) or
// the last index <= position (backward) where needle's bytes occur in haystack, else -1. The
// needle is not empty and position is inside haystack.
ThrowCompletionOr<Value> index_of(VM&, Arguments const& arguments)
{
    std::span<uint8_t const> haystack = view_bytes(arguments.at(0));
    std::span<uint8_t const> needle = view_bytes(arguments.at(1));
    double position = arguments.at(2).is_number() ? arguments.at(2).as_number() : -1;
    if (needle.empty() || needle.size() > haystack.size() || position < 0 || position >= double(haystack.size()))
        return Value::number(-1);
    size_t last = haystack.size() - needle.size();
    if (to_boolean(arguments.at(3))) {
        auto found = std::search(haystack.begin() + ptrdiff_t(position), haystack.end(), needle.begin(), needle.end());
        return Value::number(found == haystack.end() ? -1 : double(found - haystack.begin()));
    }
    for (size_t i = std::min(size_t(position), last) + 1; i-- > 0;) {
        if (std::equal(needle.begin(), needle.end(), haystack.begin() + ptrdiff_t(i)))
            return Value::number(double(i));
    }
    return Value::number(-1);
}

// compare ( a, aStart, aEnd, b, bStart, bEnd ): the order of two byte ranges, -1, 0 or 1.
ThrowCompletionOr<Value> compare(VM&, Arguments const& arguments)
{
    std::span<uint8_t const> a = bytes_argument(arguments, 0);
    std::span<uint8_t const> b = bytes_argument(arguments, 3);
    size_t common = std::min(a.size(), b.size());
    int order = common ? std::memcmp(a.data(), b.data(), common) : 0;
    if (order == 0)
        order = a.size() == b.size() ? 0 : a.size() < b.size() ? -1 : 1;
    return Value::number(order < 0 ? -1 : order > 0 ? 1 : 0);
}

// fillPattern ( target, start, end, pattern ): repeats pattern's bytes (not empty) over
// target's bytes [start, end).
ThrowCompletionOr<Value> fill_pattern(VM&, Arguments const& arguments)
{
    std::span<uint8_t> out = bytes_argument(arguments, 0);
    std::span<uint8_t const> pattern = view_bytes(arguments.at(3));
    if (pattern.empty())
        return Value::undefined();
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = pattern[i % pattern.size()];
    return Value::undefined();
}

}

Object* create_buffer_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "write", write, 5);
    define_native_method(vm, realm, *binding, "decode", decode, 4);
    define_native_method(vm, realm, *binding, "utf8ByteLength", utf8_byte_length, 1);
    define_native_method(vm, realm, *binding, "utf8Incomplete", utf8_incomplete, 3);
    define_native_method(vm, realm, *binding, "isUtf8", is_utf8, 3);
    define_native_method(vm, realm, *binding, "isAscii", is_ascii, 3);
    define_native_method(vm, realm, *binding, "indexOf", index_of, 4);
    define_native_method(vm, realm, *binding, "compare", compare, 6);
    define_native_method(vm, realm, *binding, "fillPattern", fill_pattern, 4);
    return binding;
}

}
