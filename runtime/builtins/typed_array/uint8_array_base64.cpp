#include "runtime/builtins/typed_array/uint8_array_base64.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cstring>
#include <string>
#include <vector>

namespace sable::runtime {

namespace {

enum class Alphabet : uint8_t { Base64, Base64Url };
enum class LastChunkHandling : uint8_t { Loose, Strict, StopBeforePartial };

// The result Record of FromBase64 and FromHex: [[Read]], [[Bytes]], [[Error]] (a SyntaxError
// message, or none).
struct DecodeResult {
    size_t read { 0 };
    std::vector<uint8_t> bytes;
    char const* error { nullptr };
};

constexpr char const* kBadBase64 = "Invalid base64 string";
constexpr char const* kBadHex = "Invalid hex string";

// Steps shared by fromBase64, setFromBase64 and toBase64: read and check "alphabet".
ThrowCompletionOr<Alphabet> get_alphabet(VM& vm, Object& options)
{
    // Let alphabet be ? Get(opts, "alphabet"); if undefined, "base64"; if neither "base64"
    // nor "base64url", throw a TypeError exception.
    Value alphabet = TRY(get(vm, options, PropertyKey::from_atom(vm.atoms().intern_latin1("alphabet"))));
    if (alphabet.is_undefined() || string_equals(vm, alphabet, "base64"))
        return Alphabet::Base64;
    if (string_equals(vm, alphabet, "base64url"))
        return Alphabet::Base64Url;
    return vm.throw_type_error(ErrorType::InvalidOptionValue, { "alphabet" });
}

// Read and check "lastChunkHandling" (fromBase64, setFromBase64).
ThrowCompletionOr<LastChunkHandling> get_last_chunk_handling(VM& vm, Object& options)
{
    Value handling = TRY(get(vm, options, PropertyKey::from_atom(vm.atoms().intern_latin1("lastChunkHandling"))));
    if (handling.is_undefined() || string_equals(vm, handling, "loose"))
        return LastChunkHandling::Loose;
    if (string_equals(vm, handling, "strict"))
        return LastChunkHandling::Strict;
    if (string_equals(vm, handling, "stop-before-partial"))
        return LastChunkHandling::StopBeforePartial;
    return vm.throw_type_error(ErrorType::InvalidOptionValue, { "lastChunkHandling" });
}

// SkipAsciiWhitespace ( string, index ) — https://tc39.es/ecma262/#sec-skipasciiwhitespace
size_t skip_ascii_whitespace(std::u16string const& string, size_t index)
{
    while (index < string.size()) {
        char16_t c = string[index];
        if (c != 0x09 && c != 0x0A && c != 0x0C && c != 0x0D && c != 0x20)
            break;
        ++index;
    }
    return index;
}

int base64_value(char16_t c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

// DecodeBase64Chunk ( chunk [ , throwOnExtraBits ] ) — https://tc39.es/ecma262/#sec-decodebase64chunk
// Appends the decoded bytes; false when throwOnExtraBits finds non-zero padding bits.
bool decode_base64_chunk(int const* chunk, size_t chunk_length, bool throw_on_extra_bits, std::vector<uint8_t>& bytes)
{
    // 1-3. Pad a 2- or 3-character chunk with "A"s (zero).
    uint32_t values[4] = { 0, 0, 0, 0 };
    for (size_t i = 0; i < chunk_length; ++i)
        values[i] = uint32_t(chunk[i]);
    // 4-5. The 24 bits of the four characters, as three bytes.
    uint32_t bits = (values[0] << 18) | (values[1] << 12) | (values[2] << 6) | values[3];
    uint8_t decoded[3] = { uint8_t(bits >> 16), uint8_t(bits >> 8), uint8_t(bits) };
    // 6. If chunkLength = 2: the extra bits are byte 1 (must be 0 when throwing); one byte.
    if (chunk_length == 2) {
        if (throw_on_extra_bits && decoded[1] != 0)
            return false;
        bytes.push_back(decoded[0]);
        return true;
    }
    // 7. If chunkLength = 3: the extra bits are byte 2; two bytes.
    if (chunk_length == 3) {
        if (throw_on_extra_bits && decoded[2] != 0)
            return false;
        bytes.insert(bytes.end(), decoded, decoded + 2);
        return true;
    }
    // 8. Otherwise all three.
    bytes.insert(bytes.end(), decoded, decoded + 3);
    return true;
}

// FromBase64 ( string, alphabet, lastChunkHandling [ , maxLength ] ) — https://tc39.es/ecma262/#sec-frombase64
DecodeResult from_base64(std::u16string const& string, Alphabet alphabet, LastChunkHandling last_chunk_handling,
    size_t max_length)
{
    DecodeResult result;
    // 3. If maxLength = 0, return { [[Read]]: 0, [[Bytes]]: « », [[Error]]: none }.
    if (max_length == 0)
        return result;
    // 4-9. read, bytes, chunk, chunkLength, index, length.
    int chunk[4];
    size_t chunk_length = 0;
    size_t index = 0;
    size_t length = string.size();
    // 10. Repeat,
    while (true) {
        // a. Set index to SkipAsciiWhitespace(string, index).
        index = skip_ascii_whitespace(string, index);
        // b. If index = length, then
        if (index == length) {
            // i. If chunkLength > 0, then
            if (chunk_length > 0) {
                // 1. stop-before-partial: return what was read.
                if (last_chunk_handling == LastChunkHandling::StopBeforePartial)
                    return result;
                // 2. loose: a single character is an error; otherwise decode the partial chunk.
                if (last_chunk_handling == LastChunkHandling::Loose) {
                    if (chunk_length == 1) {
                        result.error = kBadBase64;
                        return result;
                    }
                    decode_base64_chunk(chunk, chunk_length, false, result.bytes);
                } else {
                    // 3. strict: an unpadded partial chunk is an error.
                    result.error = kBadBase64;
                    return result;
                }
            }
            // ii. Return { [[Read]]: length, [[Bytes]]: bytes, [[Error]]: none }.
            result.read = length;
            return result;
        }
        // c-d. Let char be the code unit at index; set index to index + 1.
        char16_t c = string[index++];
        // e. If char is "=", then
        if (c == '=') {
            // i. If chunkLength < 2, it is an error.
            if (chunk_length < 2) {
                result.error = kBadBase64;
                return result;
            }
            // ii. Set index to SkipAsciiWhitespace(string, index).
            index = skip_ascii_whitespace(string, index);
            // iii. If chunkLength = 2, a second "=" must follow.
            if (chunk_length == 2) {
                if (index == length) {
                    if (last_chunk_handling != LastChunkHandling::StopBeforePartial)
                        result.error = kBadBase64;
                    return result;
                }
                if (string[index] == '=')
                    index = skip_ascii_whitespace(string, index + 1);
            }
            // iv. If index < length, it is an error (nothing may follow the padding).
            if (index < length) {
                result.error = kBadBase64;
                return result;
            }
            // v-vi. Decode the last chunk; strict mode rejects non-zero padding bits.
            bool throw_on_extra_bits = last_chunk_handling == LastChunkHandling::Strict;
            if (!decode_base64_chunk(chunk, chunk_length, throw_on_extra_bits, result.bytes)) {
                result.error = kBadBase64;
                return result;
            }
            // vii. Return { [[Read]]: length, [[Bytes]]: bytes, [[Error]]: none }.
            result.read = length;
            return result;
        }
        // f. If alphabet is base64url, "+" and "/" are errors and "-" and "_" stand for them.
        if (alphabet == Alphabet::Base64Url) {
            if (c == '+' || c == '/') {
                result.error = kBadBase64;
                return result;
            }
            if (c == '-')
                c = '+';
            else if (c == '_')
                c = '/';
        }
        // g. If char is not in the standard base64 alphabet, it is an error.
        int value = base64_value(c);
        if (value < 0) {
            result.error = kBadBase64;
            return result;
        }
        // h-i. Stop before a chunk that would not fit in the remaining room.
        size_t remaining = max_length - result.bytes.size();
        if ((remaining == 1 && chunk_length == 2) || (remaining == 2 && chunk_length == 3))
            return result;
        // j. Append char to chunk.
        chunk[chunk_length++] = value;
        // k. If chunkLength = 4, decode it; read is index; stop when maxLength bytes are there.
        if (chunk_length == 4) {
            decode_base64_chunk(chunk, 4, false, result.bytes);
            chunk_length = 0;
            result.read = index;
            if (result.bytes.size() == max_length)
                return result;
        }
    }
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

// FromHex ( string [ , maxLength ] ) — https://tc39.es/ecma262/#sec-fromhex
DecodeResult from_hex(std::u16string const& string, size_t max_length)
{
    DecodeResult result;
    size_t length = string.size();
    // 5. If length modulo 2 is not 0, it is an error.
    if (length % 2 != 0) {
        result.error = kBadHex;
        return result;
    }
    // 6. Repeat, while read < length and the number of bytes is below maxLength:
    while (result.read < length && result.bytes.size() < max_length) {
        // a-c. Two hex digits, else an error.
        int high = hex_value(string[result.read]);
        int low = hex_value(string[result.read + 1]);
        if (high < 0 || low < 0) {
            result.error = kBadHex;
            return result;
        }
        // d-f. Set read to read + 2; append the byte.
        result.read += 2;
        result.bytes.push_back(uint8_t(high * 16 + low));
    }
    // 7. Return { [[Read]]: read, [[Bytes]]: bytes, [[Error]]: none }.
    return result;
}

// ValidateUint8Array ( ta ) — https://tc39.es/ecma262/#sec-validateuint8array
ThrowCompletionOr<TypedArrayObject*> validate_uint8_array(VM& vm, Value value, std::string_view method,
    AccessMode access_mode = AccessMode::Read)
{
    // 1. Perform ? RequireInternalSlot(ta, [[TypedArrayName]]).
    // 2. If ta.[[TypedArrayName]] is not "Uint8Array", throw a TypeError exception.
    TypedArrayObject* typed_array = as_typed_array(value);
    if (!typed_array || typed_array->type() != TypedArrayType::Uint8)
        return vm.throw_type_error(ErrorType::NotA, { method, "Uint8Array" });
    // The setters write into it: its buffer must not be immutable (the immutable ArrayBuffer proposal).
    if (access_mode == AccessMode::Write && typed_array->buffer()->is_immutable())
        return vm.throw_type_error(ErrorType::ImmutableBuffer, { method });
    return typed_array;
}

// A new Uint8Array holding `bytes` (steps 11-13 of fromBase64 / fromHex).
ThrowCompletionOr<Value> create_uint8_array(VM& vm, std::vector<uint8_t> const& bytes)
{
    Object& constructor = *vm.current_realm().uint8_array_constructor();
    TypedArrayObject* result = TRY(allocate_typed_array(vm, TypedArrayType::Uint8, constructor, bytes.size()));
    if (!bytes.empty())
        std::memcpy(result->element_address(0), bytes.data(), bytes.size());
    return Value::object(result);
}

// SetUint8ArrayBytes, then the { read, written } result (or the decoding error).
ThrowCompletionOr<Value> finish_set_from(VM& vm, TypedArrayObject& into, DecodeResult const& result)
{
    // SetUint8ArrayBytes ( into, bytes ): the bytes from the start of the view.
    if (!result.bytes.empty())
        std::memcpy(into.element_address(0), result.bytes.data(), result.bytes.size());
    // If result.[[Error]] is not none, throw result.[[Error]].
    if (result.error)
        return vm.throw_syntax_error(vm.current_realm(), result.error);
    // resultObject: { read, written }.
    Object* result_object = Object::create(vm, vm.current_realm().object_prototype());
    MUST(create_data_property_or_throw(vm, *result_object, PropertyKey::from_atom(vm.atoms().intern_latin1("read")),
        Value::number(double(result.read))));
    MUST(create_data_property_or_throw(vm, *result_object, PropertyKey::from_atom(vm.atoms().intern_latin1("written")),
        Value::number(double(result.bytes.size()))));
    return Value::object(result_object);
}

// GetUint8ArrayBytes ( ta ) — https://tc39.es/ecma262/#sec-getuint8arraybytes
ThrowCompletionOr<std::vector<uint8_t>> get_uint8_array_bytes(VM& vm, TypedArrayObject& typed_array, std::string_view method)
{
    // 1-4. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (typed_array.is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 5-8. The bytes of its elements.
    size_t length = typed_array.length();
    uint8_t const* start = length ? typed_array.element_address(0) : nullptr;
    return std::vector<uint8_t>(start, start + length);
}

constexpr size_t kMaxSafeLength = (uint64_t(1) << 53) - 1;

}

namespace builtins::uint8_array_constructor {

// Uint8Array.fromBase64 ( string [ , options ] ) — https://tc39.es/ecma262/#sec-uint8array.frombase64
ThrowCompletionOr<Value> from_base64(VM& vm, Arguments const& arguments)
{
    // 1. If string is not a String, throw a TypeError exception.
    if (!arguments.at(0).is_string())
        return vm.throw_type_error(ErrorType::NotA, { "Uint8Array.fromBase64", "String" });
    // 2. Let opts be ? GetOptionsObject(options).
    Object* options = TRY(get_options_object(vm, arguments.at(1)));
    // 3-5. alphabet. 6-8. lastChunkHandling.
    Alphabet alphabet = TRY(get_alphabet(vm, *options));
    LastChunkHandling handling = TRY(get_last_chunk_handling(vm, *options));
    // 9. Let result be FromBase64(string, alphabet, lastChunkHandling).
    DecodeResult result = from_base64(arguments.at(0).as_string()->to_utf16(vm.heap()), alphabet, handling, kMaxSafeLength);
    // 10. If result.[[Error]] is not none, throw result.[[Error]].
    if (result.error)
        return vm.throw_syntax_error(vm.current_realm(), result.error);
    // 11-14. A new Uint8Array of the bytes.
    return create_uint8_array(vm, result.bytes);
}

// Uint8Array.fromHex ( string ) — https://tc39.es/ecma262/#sec-uint8array.fromhex
ThrowCompletionOr<Value> from_hex(VM& vm, Arguments const& arguments)
{
    // 1. If string is not a String, throw a TypeError exception.
    if (!arguments.at(0).is_string())
        return vm.throw_type_error(ErrorType::NotA, { "Uint8Array.fromHex", "String" });
    // 2. Let result be FromHex(string).
    DecodeResult result = runtime::from_hex(arguments.at(0).as_string()->to_utf16(vm.heap()), kMaxSafeLength);
    // 3. If result.[[Error]] is not none, throw result.[[Error]].
    if (result.error)
        return vm.throw_syntax_error(vm.current_realm(), result.error);
    // 4-7. A new Uint8Array of the bytes.
    return create_uint8_array(vm, result.bytes);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/typed_array/uint8_array_constructor.def"
}

}

namespace builtins::uint8_array_prototype {

// Uint8Array.prototype.setFromBase64 ( string [ , options ] ) — https://tc39.es/ecma262/#sec-uint8array.prototype.setfrombase64
ThrowCompletionOr<Value> set_from_base64(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Uint8Array.prototype.setFromBase64";
    // 1-2. Let into be the this value; perform ? ValidateUint8Array(into).
    TypedArrayObject* into = TRY(validate_uint8_array(vm, arguments.this_value, method, AccessMode::Write));
    // 3. If string is not a String, throw a TypeError exception.
    if (!arguments.at(0).is_string())
        return vm.throw_type_error(ErrorType::NotA, { method, "String" });
    // 4-9. opts, alphabet, lastChunkHandling.
    Object* options = TRY(get_options_object(vm, arguments.at(1)));
    Alphabet alphabet = TRY(get_alphabet(vm, *options));
    LastChunkHandling handling = TRY(get_last_chunk_handling(vm, *options));
    // 10-11. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (into->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 12. Let byteLength be TypedArrayLength(taRecord).
    // 13. Let result be FromBase64(string, alphabet, lastChunkHandling, byteLength).
    DecodeResult result = from_base64(arguments.at(0).as_string()->to_utf16(vm.heap()), alphabet, handling, into->length());
    // 14-22. Write the bytes, throw the error if any, else return { read, written }.
    return finish_set_from(vm, *into, result);
}

// Uint8Array.prototype.setFromHex ( string ) — https://tc39.es/ecma262/#sec-uint8array.prototype.setfromhex
ThrowCompletionOr<Value> set_from_hex(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Uint8Array.prototype.setFromHex";
    // 1-2. Let into be the this value; perform ? ValidateUint8Array(into).
    TypedArrayObject* into = TRY(validate_uint8_array(vm, arguments.this_value, method, AccessMode::Write));
    // 3. If string is not a String, throw a TypeError exception.
    if (!arguments.at(0).is_string())
        return vm.throw_type_error(ErrorType::NotA, { method, "String" });
    // 4-5. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (into->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 6-7. Let result be FromHex(string, TypedArrayLength(taRecord)).
    DecodeResult result = runtime::from_hex(arguments.at(0).as_string()->to_utf16(vm.heap()), into->length());
    // 8-16. Write the bytes, throw the error if any, else return { read, written }.
    return finish_set_from(vm, *into, result);
}

// Uint8Array.prototype.toBase64 ( [ options ] ) — https://tc39.es/ecma262/#sec-uint8array.prototype.tobase64
ThrowCompletionOr<Value> to_base64(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Uint8Array.prototype.toBase64";
    // 1-2. Let O be the this value; perform ? ValidateUint8Array(O).
    TypedArrayObject* object = TRY(validate_uint8_array(vm, arguments.this_value, method));
    // 3. Let opts be ? GetOptionsObject(options).
    Object* options = TRY(get_options_object(vm, arguments.at(0)));
    // 4-6. alphabet.
    Alphabet alphabet = TRY(get_alphabet(vm, *options));
    // 7. Let omitPadding be ToBoolean(? Get(opts, "omitPadding")).
    bool omit_padding = to_boolean(TRY(get(vm, *options, PropertyKey::from_atom(vm.atoms().intern_latin1("omitPadding")))));
    // 8. Let toEncode be ? GetUint8ArrayBytes(O).
    std::vector<uint8_t> bytes = TRY(get_uint8_array_bytes(vm, *object, method));
    // 9-10. Encode with the alphabet (RFC 4648 section 4 or 5), padded unless omitPadding.
    char const* characters = alphabet == Alphabet::Base64
        ? "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    size_t i = 0;
    for (; i + 3 <= bytes.size(); i += 3) {
        uint32_t bits = (uint32_t(bytes[i]) << 16) | (uint32_t(bytes[i + 1]) << 8) | bytes[i + 2];
        out += characters[(bits >> 18) & 63];
        out += characters[(bits >> 12) & 63];
        out += characters[(bits >> 6) & 63];
        out += characters[bits & 63];
    }
    size_t rest = bytes.size() - i;
    if (rest > 0) {
        uint32_t bits = uint32_t(bytes[i]) << 16;
        if (rest == 2)
            bits |= uint32_t(bytes[i + 1]) << 8;
        out += characters[(bits >> 18) & 63];
        out += characters[(bits >> 12) & 63];
        if (rest == 2)
            out += characters[(bits >> 6) & 63];
        if (!omit_padding)
            out += rest == 2 ? "=" : "==";
    }
    // 11. Return CodePointsToString(outAscii).
    return Value::string(String::from_latin1(vm.heap(), out));
}

// Uint8Array.prototype.toHex ( ) — https://tc39.es/ecma262/#sec-uint8array.prototype.tohex
ThrowCompletionOr<Value> to_hex(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Uint8Array.prototype.toHex";
    // 1-2. Let O be the this value; perform ? ValidateUint8Array(O).
    TypedArrayObject* object = TRY(validate_uint8_array(vm, arguments.this_value, method));
    // 3. Let toEncode be ? GetUint8ArrayBytes(O).
    std::vector<uint8_t> bytes = TRY(get_uint8_array_bytes(vm, *object, method));
    // 4-6. Two lowercase hex digits per byte.
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 2);
    for (uint8_t byte : bytes) {
        out += kDigits[byte >> 4];
        out += kDigits[byte & 15];
    }
    // 7. Return out.
    return Value::string(String::from_latin1(vm.heap(), out));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/typed_array/uint8_array_prototype.def"
}

}

}
