// internalBinding('zlib'): whole-buffer compression and decompression with zlib (deflate, gzip,
// raw deflate) and brotli, and CRC-32, for lib/zlib.js. Options arrive validated from JS. A
// result is a new ArrayBuffer, or on failure [errno, message] for JS to make Node's error.

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zlib.h>

#include <cstring>
#include <span>
#include <string>

namespace sable::stdlib {

using namespace runtime;

namespace {

// The modes, numbered as zlib.constants numbers them (DEFLATE = 1 ... UNZIP = 7).
enum class Mode : int { Deflate = 1, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip };

constexpr size_t kChunk = 64 * 1024;

std::span<uint8_t> bytes_argument(Value value)
{
    TypedArrayObject* array = as_typed_array(value);
    if (!array || array->is_out_of_bounds())
        return {};
    return { array->buffer()->data() + array->byte_offset(), array->byte_length() };
}

int int_argument(Arguments const& arguments, size_t index)
{
    Value value = arguments.at(index);
    return value.is_number() ? int(value.as_number()) : 0;
}

ThrowCompletionOr<Value> array_buffer_of(VM& vm, std::string const& bytes)
{
    Realm& realm = NodeHost::from(vm).realm();
    ArrayBufferObject* buffer = TRY(ArrayBufferObject::create(vm, ObjectKind::ArrayBuffer, realm.array_buffer_prototype(), bytes.size()));
    std::memcpy(buffer->data(), bytes.data(), bytes.size());
    return Value::object(buffer);
}

// [errno, message, whether errno is a brotli decoder error code].
Value failure(VM& vm, int error, std::string_view message, bool brotli_error = false)
{
    Value parts[] = { Value::number(error), string_value(vm, message), Value::boolean(brotli_error) };
    return Value::object(create_array_from_list(vm, parts));
}

// zlibProcess ( input, mode, level, windowBits, memLevel, strategy, dictionary ): input
// compressed or decompressed whole.
ThrowCompletionOr<Value> zlib_process(VM& vm, Arguments const& arguments)
{
    std::span<uint8_t> input = bytes_argument(arguments.at(0));
    auto mode = Mode(int_argument(arguments, 1));
    int window_bits = int_argument(arguments, 3);
    std::span<uint8_t> dictionary = bytes_argument(arguments.at(6));
    bool compress = mode == Mode::Deflate || mode == Mode::Gzip || mode == Mode::DeflateRaw;
    if (mode == Mode::Gzip || mode == Mode::Gunzip)
        window_bits += 16;
    else if (mode == Mode::Unzip)
        window_bits += 32;
    else if (mode == Mode::DeflateRaw || mode == Mode::InflateRaw)
        window_bits = -window_bits;

    z_stream stream {};
    int status = compress
        ? deflateInit2(&stream, int_argument(arguments, 2), Z_DEFLATED, window_bits, int_argument(arguments, 4), int_argument(arguments, 5))
        : inflateInit2(&stream, window_bits);
    if (status != Z_OK)
        return failure(vm, status, "Init error");
    if (compress && !dictionary.empty())
        status = deflateSetDictionary(&stream, dictionary.data(), uInt(dictionary.size()));
    else if (mode == Mode::InflateRaw && !dictionary.empty())
        status = inflateSetDictionary(&stream, dictionary.data(), uInt(dictionary.size()));

    std::string output;
    uint8_t chunk[kChunk];
    stream.next_in = input.data();
    stream.avail_in = uInt(input.size());
    while (status == Z_OK) {
        stream.next_out = chunk;
        stream.avail_out = kChunk;
        status = compress ? deflate(&stream, Z_FINISH) : inflate(&stream, Z_FINISH);
        if (!compress && status == Z_NEED_DICT) {
            if (dictionary.empty() || inflateSetDictionary(&stream, dictionary.data(), uInt(dictionary.size())) != Z_OK)
                break;
            status = Z_OK;
            continue;
        }
        output.append(reinterpret_cast<char*>(chunk), kChunk - stream.avail_out);
        if (status == Z_BUF_ERROR && stream.avail_out == 0)
            status = Z_OK;
        // Gunzip and unzip read what follows a gzip member as another member, unless it is zero
        // padding.
        if (status == Z_STREAM_END && (mode == Mode::Gunzip || mode == Mode::Unzip) && stream.avail_in > 0
            && stream.next_in[0] != 0)
            status = inflateReset(&stream);
    }
    std::string message = status == Z_BUF_ERROR ? "unexpected end of file"
        : status == Z_NEED_DICT                 ? (dictionary.empty() ? "Missing dictionary" : "Bad dictionary")
        : stream.msg                            ? stream.msg
                                                : "Zlib error";
    compress ? deflateEnd(&stream) : inflateEnd(&stream);
    if (status != Z_STREAM_END)
        return failure(vm, status, message);
    return array_buffer_of(vm, output);
}

// brotliProcess ( input, encode, quality, lgwin, mode, sizeHint ): input compressed or
// decompressed whole.
ThrowCompletionOr<Value> brotli_process(VM& vm, Arguments const& arguments)
{
    std::span<uint8_t> input = bytes_argument(arguments.at(0));
    bool encode = to_boolean(arguments.at(1));
    std::string output;
    uint8_t chunk[kChunk];
    uint8_t const* next_in = input.data();
    size_t available_in = input.size();
    if (encode) {
        BrotliEncoderState* state = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr);
        if (!state)
            return failure(vm, -1, "Initialization failed");
        BrotliEncoderSetParameter(state, BROTLI_PARAM_QUALITY, uint32_t(int_argument(arguments, 2)));
        BrotliEncoderSetParameter(state, BROTLI_PARAM_LGWIN, uint32_t(int_argument(arguments, 3)));
        BrotliEncoderSetParameter(state, BROTLI_PARAM_MODE, uint32_t(int_argument(arguments, 4)));
        BrotliEncoderSetParameter(state, BROTLI_PARAM_SIZE_HINT, uint32_t(int_argument(arguments, 5)));
        bool ok = true;
        while (ok && !BrotliEncoderIsFinished(state)) {
            uint8_t* next_out = chunk;
            size_t available_out = kChunk;
            ok = BrotliEncoderCompressStream(state, BROTLI_OPERATION_FINISH, &available_in, &next_in, &available_out, &next_out, nullptr);
            output.append(reinterpret_cast<char*>(chunk), kChunk - available_out);
        }
        BrotliEncoderDestroyInstance(state);
        if (!ok)
            return failure(vm, -1, "Compression failed");
        return array_buffer_of(vm, output);
    }
    BrotliDecoderState* state = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
    if (!state)
        return failure(vm, -1, "Initialization failed");
    BrotliDecoderResult result = BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT;
    while (result == BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT) {
        uint8_t* next_out = chunk;
        size_t available_out = kChunk;
        result = BrotliDecoderDecompressStream(state, &available_in, &next_in, &available_out, &next_out, nullptr);
        output.append(reinterpret_cast<char*>(chunk), kChunk - available_out);
    }
    BrotliDecoderErrorCode error = BrotliDecoderGetErrorCode(state);
    BrotliDecoderDestroyInstance(state);
    if (result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT)
        return failure(vm, Z_BUF_ERROR, "unexpected end of file");
    if (result == BROTLI_DECODER_RESULT_ERROR)
        return failure(vm, int(error), "Decompression failed", true);
    return array_buffer_of(vm, output);
}

// crc32 ( data, value ): the CRC-32 of data, continuing from value.
ThrowCompletionOr<Value> crc32_of(VM&, Arguments const& arguments)
{
    std::span<uint8_t> data = bytes_argument(arguments.at(0));
    double initial = arguments.at(1).is_number() ? arguments.at(1).as_number() : 0;
    return Value::number(double(crc32_z(uLong(initial), data.data(), data.size())));
}

}

Object* create_zlib_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "zlibProcess", zlib_process, 7);
    define_native_method(vm, realm, *binding, "brotliProcess", brotli_process, 6);
    define_native_method(vm, realm, *binding, "crc32", crc32_of, 2);
    define_data(vm, *binding, "zlibVersionNumber", Value::number(ZLIB_VERNUM));
    return binding;
}

}
