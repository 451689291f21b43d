#pragma once
// StreamHandle: a libuv stream (TCP socket, pipe or terminal) owned by a JS handle object, the
// shared base of the tcp_wrap, pipe_wrap and tty bindings (the stream operations themselves are
// internalBinding('stream_wrap')). JS names a handle by its id, the handle's address as a
// number; ids are checked against the loop's owned handles. While the handle is open its JS
// owner is rooted, and the owner's methods are the handle's callbacks: onread(nread, arrayBuffer),
// onconnection(status) and onclose(). Handles still open when the loop ends are closed then,
// without calling JS.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <uv.h>

#include <cstdint>
#include <span>
#include <vector>

namespace sable::runtime {
class VM;
}

namespace sable::stdlib {

class NodeHost;

struct StreamHandle {
    union {
        uv_handle_t handle;
        uv_stream_t stream;
        uv_tcp_t tcp;
        uv_pipe_t pipe;
        uv_tty_t tty;
    } uv;
    NodeHost* host;
    runtime::Value owner;
    uint64_t root_provider_id;
    size_t read_size; // the most one read takes; 0: what libuv suggests (64 KiB)
};

// A new handle for `owner` (rooted from now on); `init` is the libuv result of initializing
// `handle->uv` (uv_tcp_init...). Returns the handle's id, or that error (the handle is freed).
runtime::Value adopt_stream_handle(runtime::VM&, StreamHandle* handle, int init);
StreamHandle* new_stream_handle(runtime::VM&, runtime::Value owner);

// The open handle the id `value` names, or a TypeError.
runtime::ThrowCompletionOr<StreamHandle*> stream_handle_argument(runtime::VM&, runtime::Value value);

// Closes the handle; owner.onclose() is called once libuv is done with it.
void close_stream_handle(StreamHandle*);
// A TCP handle's close with a reset (RST) instead of an orderly end; 0 or a libuv error.
int close_stream_handle_with_reset(StreamHandle*);

// Calls owner[method](arguments) from the loop (nothing if the owner has no such method).
void call_owner(StreamHandle&, char const* method, std::span<runtime::Value const> arguments);

// The bytes of a Uint8Array (or any typed array) argument; empty for anything else.
std::span<uint8_t const> byte_argument(runtime::Value);

// { address, family: 'IPv4' | 'IPv6', port } of a socket address.
runtime::Value socket_address_object(runtime::VM&, sockaddr const*);

// A JS request object (a write, shutdown or connect) waiting for libuv: it is rooted until
// libuv calls back, and then req.oncomplete(status) runs.
template<typename UvRequest>
struct PendingRequest {
    UvRequest request {};
    NodeHost* host { nullptr };
    runtime::Value object { runtime::Value::undefined() };
    uint64_t root_provider_id { 0 };
    std::vector<char> bytes; // a write's bytes not yet written
};

template<typename UvRequest>
PendingRequest<UvRequest>* new_pending_request(runtime::VM&, runtime::Value object);
// Frees the request and calls its object's oncomplete(status).
template<typename UvRequest>
void complete_request(UvRequest* request, int status);

}
