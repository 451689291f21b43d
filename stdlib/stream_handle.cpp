#include "stdlib/stream_handle.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

void free_stream_handle(StreamHandle* handle)
{
    handle->host->loop().disown_handle(&handle->uv.handle);
    handle->host->vm().heap().remove_root_provider(handle->root_provider_id);
    delete handle;
}

// The close callback when the loop ends: no JS runs then.
void on_teardown_close(uv_handle_t* uv_handle) { free_stream_handle(static_cast<StreamHandle*>(uv_handle->data)); }

void on_close(uv_handle_t* uv_handle)
{
    auto* handle = static_cast<StreamHandle*>(uv_handle->data);
    if (!handle->host->loop().tearing_down())
        call_owner(*handle, "onclose", {});
    free_stream_handle(handle);
}

}

StreamHandle* new_stream_handle(VM& vm, Value owner)
{
    auto* handle = new StreamHandle {};
    handle->host = &NodeHost::from(vm);
    handle->owner = owner;
    handle->uv.handle.data = handle;
    handle->root_provider_id = vm.heap().add_root_provider(
        [handle](gc::Visitor& visitor) { visitor.visit_value_bits(handle->owner.bits()); });
    return handle;
}

Value adopt_stream_handle(VM& vm, StreamHandle* handle, int init)
{
    if (init < 0) {
        vm.heap().remove_root_provider(handle->root_provider_id);
        delete handle;
        return Value::number(init);
    }
    handle->uv.handle.data = handle;
    handle->host->loop().own_handle(&handle->uv.handle, on_teardown_close);
    return Value::number(double(reinterpret_cast<uintptr_t>(handle)));
}

ThrowCompletionOr<StreamHandle*> stream_handle_argument(VM& vm, Value value)
{
    auto* handle = value.is_number() ? reinterpret_cast<StreamHandle*>(uintptr_t(value.as_number())) : nullptr;
    if (!handle || !NodeHost::from(vm).loop().owns_handle(&handle->uv.handle) || uv_is_closing(&handle->uv.handle))
        return vm.throw_type_error(vm.current_realm(), "not an open stream handle");
    return handle;
}

void close_stream_handle(StreamHandle* handle) { uv_close(&handle->uv.handle, on_close); }

int close_stream_handle_with_reset(StreamHandle* handle) { return uv_tcp_close_reset(&handle->uv.tcp, on_close); }

void call_owner(StreamHandle& handle, char const* method, std::span<Value const> arguments)
{
    VM& vm = handle.host->vm();
    auto function = get(vm, *handle.owner.as_object(), key(vm, method));
    if (function.is_throw()) {
        handle.host->trigger_uncaught_exception(vm.take_pending_exception(), false);
        return;
    }
    if (is_callable(function.value()))
        handle.host->call_into_js(function.value(), handle.owner, arguments);
}

std::span<uint8_t const> byte_argument(Value value)
{
    TypedArrayObject* array = as_typed_array(value);
    if (!array || array->is_out_of_bounds())
        return {};
    return { array->element_address(0), array->byte_length() };
}

Value socket_address_object(VM& vm, sockaddr const* address)
{
    char text[INET6_ADDRSTRLEN] = {};
    int port = 0;
    bool ipv6 = address->sa_family == AF_INET6;
    if (ipv6) {
        auto const* ip6 = reinterpret_cast<sockaddr_in6 const*>(address);
        uv_ip6_name(ip6, text, sizeof text);
        port = ntohs(ip6->sin6_port);
    } else {
        auto const* ip4 = reinterpret_cast<sockaddr_in const*>(address);
        uv_ip4_name(ip4, text, sizeof text);
        port = ntohs(ip4->sin_port);
    }
    Object* object = Object::create(vm, NodeHost::from(vm).realm().object_prototype());
    define_data(vm, *object, "address", string_value(vm, text));
    define_data(vm, *object, "family", string_value(vm, ipv6 ? "IPv6" : "IPv4"));
    define_data(vm, *object, "port", Value::number(port));
    return Value::object(object);
}

}
