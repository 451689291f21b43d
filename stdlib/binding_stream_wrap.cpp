// internalBinding('stream_wrap'): what every stream handle (stream_handle.h) does, whatever its
// kind: reading, writing, shutting down its writing side, listening and accepting, closing, ref
// and unref. The first argument is always the handle's id. Results are 0 or a negative libuv
// error; a write answers 0 when it finished at once, 1 when it waits on the loop (then
// req.oncomplete(status) follows).

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/stream_handle.h"

#include <cstdio>
#include <cstring>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

void on_alloc(uv_handle_t* uv_handle, size_t suggested_size, uv_buf_t* buffer)
{
    size_t limit = static_cast<StreamHandle*>(uv_handle->data)->read_size;
    size_t size = limit ? limit : suggested_size;
    buffer->base = new char[size];
    buffer->len = size;
}

// owner.onread(nread, arrayBuffer): the bytes read, or a negative error (UV_EOF at the end).
void on_read(uv_stream_t* stream, ssize_t nread, uv_buf_t const* buffer)
{
    auto& handle = *static_cast<StreamHandle*>(stream->data);
    VM& vm = handle.host->vm();
    Value bytes = Value::undefined();
    if (nread > 0) {
        auto created = ArrayBufferObject::create(vm, ObjectKind::ArrayBuffer, handle.host->realm().array_buffer_prototype(), size_t(nread));
        if (created.is_throw()) {
            delete[] buffer->base;
            handle.host->trigger_uncaught_exception(vm.take_pending_exception(), false);
            return;
        }
        std::memcpy(created.value()->data(), buffer->base, size_t(nread));
        bytes = Value::object(created.value());
    }
    delete[] buffer->base;
    if (nread == 0)
        return;
    Value arguments[] = { Value::number(double(nread)), bytes };
    call_owner(handle, "onread", arguments);
}

void on_connection(uv_stream_t* server, int status)
{
    Value argument = Value::number(status);
    call_owner(*static_cast<StreamHandle*>(server->data), "onconnection", { &argument, 1 });
}

// A write the kernel did not take at once, with a copy of the bytes still to write.
struct WriteRequest : PendingRequest<uv_write_t> {
    std::vector<char> bytes;
};
using ShutdownRequest = PendingRequest<uv_shutdown_t>;


// Console output goes through the C library's buffered stdout; it must come out first.
void flush_stdio(StreamHandle& handle)
{
    uv_os_fd_t fd;
    if (uv_fileno(&handle.uv.handle, &fd) == 0 && (fd == 1 || fd == 2))
        std::fflush(stdout);
}

// Writes what it can now; the rest (if any) waits on the loop for req.oncomplete.
ThrowCompletionOr<Value> write_bytes(VM& vm, StreamHandle& handle, Value request, char const* data, size_t size)
{
    flush_stdio(handle);
    size_t written = 0;
    if (size > 0) {
        uv_buf_t buffer = uv_buf_init(const_cast<char*>(data), unsigned(size));
        int result = uv_try_write(&handle.uv.stream, &buffer, 1);
        if (result < 0 && result != UV_EAGAIN && result != UV_ENOSYS)
            return Value::number(result);
        written = result > 0 ? size_t(result) : 0;
    }
    if (written == size)
        return Value::number(0);
    auto* pending = new_pending_request<WriteRequest>(vm, request);
    pending->bytes.assign(data + written, data + size);
    uv_buf_t rest = uv_buf_init(pending->bytes.data(), unsigned(pending->bytes.size()));
    int error = uv_write(&pending->request, &handle.uv.stream, &rest, 1, complete_with_status<WriteRequest>);
    if (error < 0) {
        discard_request(pending);
        return Value::number(error);
    }
    return Value::number(1);
}

// writeBuffer ( id, req, uint8Array )
ThrowCompletionOr<Value> write_buffer(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    std::span<uint8_t const> bytes = byte_argument(arguments.at(2));
    return write_bytes(vm, *handle, arguments.at(1), reinterpret_cast<char const*>(bytes.data()), bytes.size());
}

// writeUtf8String ( id, req, string )
ThrowCompletionOr<Value> write_utf8_string(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    std::string text = TRY(utf8_argument(vm, arguments.at(2)));
    return write_bytes(vm, *handle, arguments.at(1), text.data(), text.size());
}

ThrowCompletionOr<Value> read_start(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(uv_read_start(&handle->uv.stream, on_alloc, on_read));
}

ThrowCompletionOr<Value> read_stop(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(uv_read_stop(&handle->uv.stream));
}

// shutdown ( id, req ): ends the writing side once queued writes are done.
ThrowCompletionOr<Value> shutdown(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    auto* pending = new_pending_request<ShutdownRequest>(vm, arguments.at(1));
    int error = uv_shutdown(&pending->request, &handle->uv.stream, complete_with_status<ShutdownRequest>);
    if (error < 0)
        discard_request(pending);
    return Value::number(error);
}

// listen ( id, backlog ): owner.onconnection(status) for each connection.
ThrowCompletionOr<Value> listen(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    auto backlog = int(TRY(to_number(vm, arguments.at(1))));
    return Value::number(uv_listen(&handle->uv.stream, backlog, on_connection));
}

// accept ( serverId, clientId ): the waiting connection becomes the client handle.
ThrowCompletionOr<Value> accept(VM& vm, Arguments const& arguments)
{
    StreamHandle* server = TRY(stream_handle_argument(vm, arguments.at(0)));
    StreamHandle* client = TRY(stream_handle_argument(vm, arguments.at(1)));
    return Value::number(uv_accept(&server->uv.stream, &client->uv.stream));
}

ThrowCompletionOr<Value> close(VM& vm, Arguments const& arguments)
{
    close_stream_handle(TRY(stream_handle_argument(vm, arguments.at(0))));
    return Value::undefined();
}

ThrowCompletionOr<Value> ref(VM& vm, Arguments const& arguments)
{
    uv_ref(&TRY(stream_handle_argument(vm, arguments.at(0)))->uv.handle);
    return Value::undefined();
}

ThrowCompletionOr<Value> unref(VM& vm, Arguments const& arguments)
{
    uv_unref(&TRY(stream_handle_argument(vm, arguments.at(0)))->uv.handle);
    return Value::undefined();
}

ThrowCompletionOr<Value> has_ref(VM& vm, Arguments const& arguments)
{
    return Value::boolean(uv_has_ref(&TRY(stream_handle_argument(vm, arguments.at(0)))->uv.handle));
}

// fd ( id ): the handle's file descriptor, or -1.
ThrowCompletionOr<Value> fd(VM& vm, Arguments const& arguments)
{
    uv_os_fd_t fd;
    int error = uv_fileno(&TRY(stream_handle_argument(vm, arguments.at(0)))->uv.handle, &fd);
    return Value::number(error < 0 ? -1 : fd);
}

// writeQueueSize ( id ): bytes waiting to be written.
ThrowCompletionOr<Value> write_queue_size(VM& vm, Arguments const& arguments)
{
    return Value::number(double(TRY(stream_handle_argument(vm, arguments.at(0)))->uv.stream.write_queue_size));
}

// setReadSize ( id, bytes ): the most one read takes (0: libuv's choice), so that reads fit a
// buffer of that size (net.Socket's onread option).
ThrowCompletionOr<Value> set_read_size(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    handle->read_size = size_t(TRY(to_number(vm, arguments.at(1))));
    return Value::undefined();
}

// setBlocking ( id, blocking ): whether writes finish before returning.
ThrowCompletionOr<Value> set_blocking(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(uv_stream_set_blocking(&handle->uv.stream, to_boolean(arguments.at(1))));
}

}

Object* create_stream_wrap_binding(NodeHost& host)
{
    static constexpr BindingMethod methods[] = {
        { "readStart", read_start, 1 }, { "readStop", read_stop, 1 },
        { "writeBuffer", write_buffer, 3 }, { "writeUtf8String", write_utf8_string, 3 },
        { "shutdown", shutdown, 2 }, { "listen", listen, 2 }, { "accept", accept, 2 },
        { "close", close, 1 }, { "ref", ref, 1 }, { "unref", unref, 1 }, { "hasRef", has_ref, 1 },
        { "fd", fd, 1 }, { "writeQueueSize", write_queue_size, 1 }, { "setBlocking", set_blocking, 2 },
        { "setReadSize", set_read_size, 2 },
    };
    return create_binding_object(host, methods);
}

}
