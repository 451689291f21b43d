// internalBinding('tcp_wrap'): TCP socket handles (stream_handle.h) for lib/net.js: create,
// open an fd, bind, connect, socket options and addresses. The stream operations are
// internalBinding('stream_wrap')'s. Results are 0 or a negative libuv error.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/stream_handle.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// create ( owner ): a new TCP handle's id.
ThrowCompletionOr<Value> create(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = new_stream_handle(vm, arguments.at(0));
    return adopt_stream_handle(vm, handle, uv_tcp_init(NodeHost::from(vm).loop().uv(), &handle->uv.tcp));
}

// open ( id, fd ): the handle takes over an open socket.
ThrowCompletionOr<Value> open(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(uv_tcp_open(&handle->uv.tcp, uv_os_sock_t(TRY(to_number(vm, arguments.at(1))))));
}

// The socket address of (address, port) for IPv4 or IPv6, or a libuv error (EINVAL).
ThrowCompletionOr<int> socket_address(VM& vm, Arguments const& arguments, bool ipv6, sockaddr_storage& storage)
{
    std::string address = TRY(utf8_argument(vm, arguments.at(1)));
    auto port = int(TRY(to_number(vm, arguments.at(2))));
    if (ipv6)
        return uv_ip6_addr(address.c_str(), port, reinterpret_cast<sockaddr_in6*>(&storage));
    return uv_ip4_addr(address.c_str(), port, reinterpret_cast<sockaddr_in*>(&storage));
}

// bind ( id, address, port ), bind6 ( id, address, port, ipv6Only )
ThrowCompletionOr<Value> bind_with(VM& vm, Arguments const& arguments, bool ipv6)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    sockaddr_storage storage {};
    int error = TRY(socket_address(vm, arguments, ipv6, storage));
    if (error < 0)
        return Value::number(error);
    unsigned flags = ipv6 && to_boolean(arguments.at(3)) ? UV_TCP_IPV6ONLY : 0;
    return Value::number(uv_tcp_bind(&handle->uv.tcp, reinterpret_cast<sockaddr*>(&storage), flags));
}

ThrowCompletionOr<Value> bind(VM& vm, Arguments const& arguments) { return bind_with(vm, arguments, false); }
ThrowCompletionOr<Value> bind6(VM& vm, Arguments const& arguments) { return bind_with(vm, arguments, true); }

// connect ( id, address, port, req ), connect6 (same): req.oncomplete(status) when done.
ThrowCompletionOr<Value> connect_with(VM& vm, Arguments const& arguments, bool ipv6)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    sockaddr_storage storage {};
    int error = TRY(socket_address(vm, arguments, ipv6, storage));
    if (error < 0)
        return Value::number(error);
    auto* pending = new_pending_request<ConnectRequest>(vm, arguments.at(3));
    error = uv_tcp_connect(&pending->request, &handle->uv.tcp, reinterpret_cast<sockaddr*>(&storage), complete_with_status<ConnectRequest>);
    if (error < 0)
        discard_request(pending);
    return Value::number(error);
}

ThrowCompletionOr<Value> connect(VM& vm, Arguments const& arguments) { return connect_with(vm, arguments, false); }
ThrowCompletionOr<Value> connect6(VM& vm, Arguments const& arguments) { return connect_with(vm, arguments, true); }

// getsockname ( id ), getpeername ( id ): { address, family, port }, or a negative error.
template<int (*query)(uv_tcp_t const*, sockaddr*, int*)>
ThrowCompletionOr<Value> address_of(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    sockaddr_storage storage {};
    int length = sizeof storage;
    int error = query(&handle->uv.tcp, reinterpret_cast<sockaddr*>(&storage), &length);
    if (error < 0)
        return Value::number(error);
    return socket_address_object(vm, reinterpret_cast<sockaddr*>(&storage));
}

// setNoDelay ( id, enable )
ThrowCompletionOr<Value> set_no_delay(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(uv_tcp_nodelay(&handle->uv.tcp, to_boolean(arguments.at(1))));
}

// setKeepAlive ( id, enable, initialDelaySeconds )
ThrowCompletionOr<Value> set_keep_alive(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    auto delay = unsigned(TRY(to_number(vm, arguments.at(2))));
    return Value::number(uv_tcp_keepalive(&handle->uv.tcp, to_boolean(arguments.at(1)), delay));
}

// reset ( id ): closes the connection with a TCP RST; owner.onclose() follows.
ThrowCompletionOr<Value> reset(VM& vm, Arguments const& arguments)
{
    StreamHandle* handle = TRY(stream_handle_argument(vm, arguments.at(0)));
    return Value::number(close_stream_handle_with_reset(handle));
}

}

Object* create_tcp_wrap_binding(NodeHost& host)
{
    static constexpr BindingMethod methods[] = {
        { "create", create, 1 }, { "open", open, 2 }, { "bind", bind, 3 }, { "bind6", bind6, 4 },
        { "connect", connect, 4 }, { "connect6", connect6, 4 },
        { "getsockname", address_of<uv_tcp_getsockname>, 1 }, { "getpeername", address_of<uv_tcp_getpeername>, 1 },
        { "setNoDelay", set_no_delay, 2 }, { "setKeepAlive", set_keep_alive, 3 }, { "reset", reset, 1 },
    };
    return create_binding_object(host, methods);
}

}
