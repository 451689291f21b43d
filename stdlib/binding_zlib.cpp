// internalBinding('zlib'): stateful zlib (deflate, gzip, raw deflate, auto-detecting unzip) and
// brotli streams for lib/zlib.js, and CRC-32. A stream is a native ZlibStream named by its id (its
// address as a number); JS (internal/zlib/handle.js) wraps it as the `_handle` of a zlib stream
// object. Options arrive validated from JS.
//
// A write compresses or decompresses some input into an output window, now (writeSync) or on
// libuv's thread pool (write). The thread never touches JS values: the input is copied into the
// stream before the job starts, the output is produced into the stream's own buffer and copied
// into the JS output array (rooted while the job runs) when it ends. A write's result is
// [availOut, availIn], or on failure [message, errno, code] as Node's handle reports errors.

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
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

// The modes, numbered as zlib.constants numbers them.
enum class Mode : int {
    None,
    Deflate,
    Inflate,
    Gzip,
    Gunzip,
    DeflateRaw,
    InflateRaw,
    Unzip,
    BrotliDecode,
    BrotliEncode,
};

constexpr uint8_t kGzipMagic[] = { 0x1f, 0x8b };

// What went wrong in the last call, as Node words it; empty message when nothing did. A brotli
// decoder error has no code here (JS names it after its constant).
struct StreamError {
    std::string message;
    int error { 0 };
    std::string code;
};

struct ZlibStream {
    Mode mode { Mode::None };
    z_stream zlib {};
    bool zlib_initialized { false };
    BrotliEncoderState* encoder { nullptr };
    BrotliDecoderState* decoder { nullptr };
    std::vector<uint8_t> dictionary;
    int level { 0 };
    int strategy { 0 };
    // Unzip: how many bytes of the gzip magic number the input has matched so far.
    int gzip_magic_read { 0 };

    // The current write: the flush flag, the input still to consume, the output window.
    int flush { 0 };
    std::vector<uint8_t> input;
    size_t input_consumed { 0 };
    std::vector<uint8_t> output;
    size_t output_available { 0 };
    int status { Z_OK };
    StreamError error;

    // An asynchronous write in flight: its job, its callback and output array (rooted), and a
    // close that waits for it.
    uv_work_t work {};
    NodeHost* host { nullptr };
    Value callback { Value::undefined() };
    Value destination { Value::undefined() };
    size_t destination_offset { 0 };
    uint64_t root_provider_id { 0 };
    bool writing { false };
    bool close_pending { false };
    // reset() and params() asked for while a write runs on the thread pool wait for it.
    bool reset_pending { false };
    bool params_pending { false };

    bool is_zlib() const { return mode != Mode::BrotliDecode && mode != Mode::BrotliEncode; }
    bool compresses() const { return mode == Mode::Deflate || mode == Mode::Gzip || mode == Mode::DeflateRaw; }

    ~ZlibStream()
    {
        if (zlib_initialized)
            compresses() ? deflateEnd(&zlib) : inflateEnd(&zlib);
        if (encoder)
            BrotliEncoderDestroyInstance(encoder);
        if (decoder)
            BrotliDecoderDestroyInstance(decoder);
    }
};

ZlibStream* stream_argument(Arguments const& arguments)
{
    return reinterpret_cast<ZlibStream*>(uintptr_t(arguments.at(0).as_number()));
}

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

// zlib's status codes by name, as Node's errors carry them.
char const* zlib_code_name(int status)
{
    switch (status) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "Z_UNKNOWN_ERROR";
    }
}

// zlib's message for the failure when it has one, else `fallback`.
StreamError zlib_error(ZlibStream& stream, char const* fallback)
{
    return { stream.zlib.msg ? stream.zlib.msg : fallback, stream.status, zlib_code_name(stream.status) };
}

// Unzip: follows the gzip magic number through the input, deciding between gunzip and inflate
// once a byte differs or both bytes matched.
void detect_gzip(ZlibStream& stream)
{
    uint8_t const* next = stream.zlib.next_in;
    uInt available = stream.zlib.avail_in;
    while (stream.mode == Mode::Unzip && available > 0) {
        if (*next != kGzipMagic[stream.gzip_magic_read]) {
            stream.mode = Mode::Inflate;
        } else if (++stream.gzip_magic_read == 2) {
            stream.mode = Mode::Gunzip;
        }
        ++next;
        --available;
    }
}

// One zlib step over the current input and output.
void zlib_step(ZlibStream& stream)
{
    z_stream& zlib = stream.zlib;
    if (stream.compresses()) {
        stream.status = deflate(&zlib, stream.flush);
        return;
    }
    detect_gzip(stream);
    stream.status = inflate(&zlib, stream.flush);
    // The stream names a dictionary (raw inflate set it at init): give it now. A dictionary that
    // does not fit is reported as a need for the right one.
    if (stream.mode != Mode::InflateRaw && stream.status == Z_NEED_DICT && !stream.dictionary.empty()) {
        stream.status = inflateSetDictionary(&zlib, stream.dictionary.data(), uInt(stream.dictionary.size()));
        if (stream.status == Z_OK)
            stream.status = inflate(&zlib, stream.flush);
        else if (stream.status == Z_DATA_ERROR)
            stream.status = Z_NEED_DICT;
    }
    // Gunzip reads what follows a gzip member as another member, unless it is zero padding.
    while (zlib.avail_in > 0 && stream.mode == Mode::Gunzip && stream.status == Z_STREAM_END && zlib.next_in[0] != 0) {
        inflateReset(&zlib);
        stream.status = inflate(&zlib, stream.flush);
    }
}

StreamError zlib_check(ZlibStream& stream)
{
    switch (stream.status) {
    case Z_OK:
    case Z_BUF_ERROR:
        if (stream.zlib.avail_out != 0 && stream.flush == Z_FINISH) {
            stream.status = Z_BUF_ERROR;
            return zlib_error(stream, "unexpected end of file");
        }
        return {};
    case Z_STREAM_END:
        return {};
    case Z_NEED_DICT:
        return zlib_error(stream, stream.dictionary.empty() ? "Missing dictionary" : "Bad dictionary");
    default:
        return zlib_error(stream, "Zlib error");
    }
}

// Brotli's step: the flush flag is a BrotliEncoderOperation for the encoder.
StreamError brotli_step(ZlibStream& stream, uint8_t const** next_in, size_t* available_in, uint8_t** next_out,
    size_t* available_out)
{
    if (stream.mode == Mode::BrotliEncode) {
        if (!BrotliEncoderCompressStream(stream.encoder, BrotliEncoderOperation(stream.flush), available_in, next_in,
                available_out, next_out, nullptr))
            return { "Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED" };
        return {};
    }
    BrotliDecoderResult result = BrotliDecoderDecompressStream(stream.decoder, available_in, next_in, available_out, next_out, nullptr);
    if (result == BROTLI_DECODER_RESULT_ERROR) {
        BrotliDecoderErrorCode code = BrotliDecoderGetErrorCode(stream.decoder);
        return { "Decompression failed", int(code), {} };
    }
    if (result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT && stream.flush == BROTLI_OPERATION_FINISH)
        return { "unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR" };
    return {};
}

// The write's work, on whichever thread runs it: consumes input into the output buffer.
void run_write(ZlibStream& stream)
{
    uint8_t const* next_in = stream.input.data() + stream.input_consumed;
    size_t available_in = stream.input.size() - stream.input_consumed;
    uint8_t* next_out = stream.output.data();
    size_t available_out = stream.output.size();
    if (stream.is_zlib()) {
        stream.zlib.next_in = const_cast<uint8_t*>(next_in);
        stream.zlib.avail_in = uInt(available_in);
        stream.zlib.next_out = next_out;
        stream.zlib.avail_out = uInt(available_out);
        zlib_step(stream);
        stream.error = zlib_check(stream);
        available_in = stream.zlib.avail_in;
        available_out = stream.zlib.avail_out;
    } else {
        stream.error = brotli_step(stream, &next_in, &available_in, &next_out, &available_out);
    }
    stream.input_consumed = stream.input.size() - available_in;
    stream.output_available = available_out;
}

// Takes the write's arguments (flush, input, inOffset, inLength, output, outOffset, outLength,
// from index 1) into the stream: the input copied (input null: the rest of the last write's input
// goes on), the output array and offset kept for the end.
void start_write(ZlibStream& stream, Arguments const& arguments)
{
    stream.flush = int_argument(arguments, 1);
    if (!arguments.at(2).is_null()) {
        std::span<uint8_t> input = bytes_argument(arguments.at(2));
        size_t in_offset = std::min(size_t(int_argument(arguments, 3)), input.size());
        size_t in_length = std::min(size_t(int_argument(arguments, 4)), input.size() - in_offset);
        stream.input.assign(input.begin() + in_offset, input.begin() + in_offset + in_length);
        stream.input_consumed = 0;
    }
    stream.output.resize(size_t(int_argument(arguments, 7)));
    stream.destination = arguments.at(5);
    stream.destination_offset = size_t(int_argument(arguments, 6));
}

// [message, errno, code].
Value failure(VM& vm, StreamError const& error)
{
    Value code = error.code.empty() ? Value::null() : string_value(vm, error.code);
    Value parts[] = { string_value(vm, error.message), Value::number(error.error), code };
    return Value::object(create_array_from_list(vm, parts));
}

// Copies what the write produced into its destination (looked up afresh: it may have shrunk)
// and makes its result.
Value finish_write(VM& vm, ZlibStream& stream)
{
    std::span<uint8_t> destination = bytes_argument(stream.destination);
    stream.destination = Value::undefined();
    if (!stream.error.message.empty())
        return failure(vm, stream.error);
    size_t produced = stream.output.size() - stream.output_available;
    if (stream.destination_offset + produced <= destination.size())
        std::memcpy(destination.data() + stream.destination_offset, stream.output.data(), produced);
    Value parts[] = { Value::number(double(stream.output_available)),
        Value::number(double(stream.input.size() - stream.input_consumed)) };
    return Value::object(create_array_from_list(vm, parts));
}

// create ( mode ): a new stream's id.
ThrowCompletionOr<Value> create(VM& vm, Arguments const& arguments)
{
    auto* stream = new ZlibStream;
    stream->mode = Mode(int_argument(arguments, 0));
    stream->host = &NodeHost::from(vm);
    return Value::number(double(reinterpret_cast<uintptr_t>(stream)));
}

// init ( id, windowBits, level, memLevel, strategy, dictionary ): a zlib stream ready; null, or
// the error's message.
ThrowCompletionOr<Value> init(VM& vm, Arguments const& arguments)
{
    ZlibStream& stream = *stream_argument(arguments);
    int window_bits = int_argument(arguments, 1);
    stream.level = int_argument(arguments, 2);
    stream.strategy = int_argument(arguments, 4);
    std::span<uint8_t> dictionary = bytes_argument(arguments.at(5));
    stream.dictionary.assign(dictionary.begin(), dictionary.end());
    if (stream.mode == Mode::Gzip || stream.mode == Mode::Gunzip)
        window_bits += 16;
    else if (stream.mode == Mode::Unzip)
        window_bits += 32;
    else if (stream.mode == Mode::DeflateRaw || stream.mode == Mode::InflateRaw)
        window_bits = -window_bits;
    int status = stream.compresses()
        ? deflateInit2(&stream.zlib, stream.level, Z_DEFLATED, window_bits, int_argument(arguments, 3), stream.strategy)
        : inflateInit2(&stream.zlib, window_bits);
    if (status != Z_OK)
        return string_value(vm, "Initialization failed");
    stream.zlib_initialized = true;
    if (stream.dictionary.empty())
        return Value::null();
    if (stream.compresses())
        status = deflateSetDictionary(&stream.zlib, stream.dictionary.data(), uInt(stream.dictionary.size()));
    else if (stream.mode == Mode::InflateRaw)
        status = inflateSetDictionary(&stream.zlib, stream.dictionary.data(), uInt(stream.dictionary.size()));
    return status == Z_OK ? Value::null() : string_value(vm, "Failed to set dictionary");
}

// initBrotli ( id, params ): a brotli stream ready, params a Uint32Array indexed by parameter
// number (0xFFFFFFFF: unset); whether it worked.
ThrowCompletionOr<Value> init_brotli(VM&, Arguments const& arguments)
{
    ZlibStream& stream = *stream_argument(arguments);
    std::span<uint8_t> bytes = bytes_argument(arguments.at(1));
    size_t count = bytes.size() / sizeof(uint32_t);
    bool ok = true;
    if (stream.mode == Mode::BrotliEncode)
        ok = (stream.encoder = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr));
    else
        ok = (stream.decoder = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr));
    for (size_t index = 0; ok && index < count; ++index) {
        uint32_t value;
        std::memcpy(&value, bytes.data() + index * sizeof(uint32_t), sizeof value);
        if (value == UINT32_MAX)
            continue;
        ok = stream.encoder ? BrotliEncoderSetParameter(stream.encoder, BrotliEncoderParameter(index), value)
                            : BrotliDecoderSetParameter(stream.decoder, BrotliDecoderParameter(index), value);
    }
    return Value::boolean(ok);
}

// Deflate's level and strategy set to the stream's. As in Node, only deflate and raw deflate
// streams take them; a finished stream has nothing left to change.
StreamError apply_params(ZlibStream& stream)
{
    if ((stream.mode != Mode::Deflate && stream.mode != Mode::DeflateRaw) || stream.status == Z_STREAM_END)
        return {};
    stream.status = deflateParams(&stream.zlib, stream.level, stream.strategy);
    if (stream.status != Z_OK && stream.status != Z_BUF_ERROR)
        return zlib_error(stream, "Failed to set parameters");
    return {};
}

// The stream back at its start, with the same options.
StreamError reset_stream(ZlibStream& stream)
{
    bool ok = true;
    if (stream.mode == Mode::BrotliEncode || stream.mode == Mode::BrotliDecode) {
        // Brotli has no reset: a fresh state replaces the old one.
        if (stream.encoder) {
            BrotliEncoderDestroyInstance(stream.encoder);
            ok = (stream.encoder = BrotliEncoderCreateInstance(nullptr, nullptr, nullptr));
        } else {
            BrotliDecoderDestroyInstance(stream.decoder);
            ok = (stream.decoder = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr));
        }
    } else {
        ok = (stream.compresses() ? deflateReset(&stream.zlib) : inflateReset(&stream.zlib)) == Z_OK;
        if (stream.mode == Mode::InflateRaw && !stream.dictionary.empty())
            ok = ok && inflateSetDictionary(&stream.zlib, stream.dictionary.data(), uInt(stream.dictionary.size())) == Z_OK;
    }
    if (!ok)
        return { "Failed to reset stream", Z_STREAM_ERROR, "Z_STREAM_ERROR" };
    return {};
}

// writeSync ( id, flush, input, inOffset, inLength, output, outOffset, outLength ): the write
// done now; its result.
ThrowCompletionOr<Value> write_sync(VM& vm, Arguments const& arguments)
{
    ZlibStream& stream = *stream_argument(arguments);
    start_write(stream, arguments);
    run_write(stream);
    return finish_write(vm, stream);
}

void after_write(uv_work_t* work, int)
{
    auto* stream = static_cast<ZlibStream*>(work->data);
    NodeHost& host = *stream->host;
    VM& vm = host.vm();
    stream->writing = false;
    // What waited for the write happens now; its failure is the write's.
    StreamError waited;
    if (stream->reset_pending)
        waited = reset_stream(*stream);
    if (stream->params_pending && waited.message.empty())
        waited = apply_params(*stream);
    stream->reset_pending = stream->params_pending = false;
    if (stream->error.message.empty())
        stream->error = waited;
    Value result = finish_write(vm, *stream);
    Value callback = stream->callback;
    stream->callback = Value::undefined();
    // The result and callback are held by this frame from here on.
    vm.heap().remove_root_provider(stream->root_provider_id);
    stream->root_provider_id = 0;
    if (stream->close_pending) {
        delete stream;
        return;
    }
    host.call_into_js(callback, Value::undefined(), { &result, 1 });
}

// write ( id, flush, input, inOffset, inLength, output, outOffset, outLength, callback ): the
// write done on the thread pool; callback(result) from the loop.
ThrowCompletionOr<Value> write(VM& vm, Arguments const& arguments)
{
    ZlibStream* stream = stream_argument(arguments);
    if (!is_callable(arguments.at(8)))
        return vm.throw_type_error(vm.current_realm(), "zlib write: the callback is not a function");
    start_write(*stream, arguments);
    stream->callback = arguments.at(8);
    stream->writing = true;
    stream->root_provider_id = vm.heap().add_root_provider([stream](gc::Visitor& visitor) {
        visitor.visit_value_bits(stream->callback.bits());
        visitor.visit_value_bits(stream->destination.bits());
    });
    stream->work.data = stream;
    uv_queue_work(
        stream->host->loop().uv(), &stream->work, [](uv_work_t* work) { run_write(*static_cast<ZlibStream*>(work->data)); },
        after_write);
    return Value::undefined();
}

// params ( id, level, strategy ): deflate's level and strategy changed (after a write in flight);
// null, or the failure.
ThrowCompletionOr<Value> params(VM& vm, Arguments const& arguments)
{
    ZlibStream& stream = *stream_argument(arguments);
    stream.level = int_argument(arguments, 1);
    stream.strategy = int_argument(arguments, 2);
    if (stream.writing) {
        stream.params_pending = true;
        return Value::null();
    }
    StreamError error = apply_params(stream);
    return error.message.empty() ? Value::null() : failure(vm, error);
}

// reset ( id ): the stream back at its start (after a write in flight); null, or the failure.
ThrowCompletionOr<Value> reset(VM& vm, Arguments const& arguments)
{
    ZlibStream& stream = *stream_argument(arguments);
    if (stream.writing) {
        stream.reset_pending = true;
        return Value::null();
    }
    StreamError error = reset_stream(stream);
    return error.message.empty() ? Value::null() : failure(vm, error);
}

// close ( id ): the stream freed, once a write in flight has ended.
ThrowCompletionOr<Value> close(VM&, Arguments const& arguments)
{
    ZlibStream* stream = stream_argument(arguments);
    if (stream->writing)
        stream->close_pending = true;
    else
        delete stream;
    return Value::undefined();
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
    define_native_method(vm, realm, *binding, "create", create, 1);
    define_native_method(vm, realm, *binding, "init", init, 6);
    define_native_method(vm, realm, *binding, "initBrotli", init_brotli, 2);
    define_native_method(vm, realm, *binding, "writeSync", write_sync, 8);
    define_native_method(vm, realm, *binding, "write", write, 9);
    define_native_method(vm, realm, *binding, "params", params, 3);
    define_native_method(vm, realm, *binding, "reset", reset, 1);
    define_native_method(vm, realm, *binding, "close", close, 1);
    define_native_method(vm, realm, *binding, "crc32", crc32_of, 2);
    define_data(vm, *binding, "zlibVersionNumber", Value::number(ZLIB_VERNUM));
    return binding;
}

}
