#pragma once
// PendingRequest: a libuv request (a write, shutdown, connect, getaddrinfo, thread-pool work...)
// made for a JS request object. The object stays rooted until libuv calls back; then
// complete_request frees the request and calls object.oncomplete(arguments...), unless the loop
// is ending. A request that needs more state derives from PendingRequest<uv_..._t>.

#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <span>

namespace sable::stdlib {

template<typename UvRequest>
struct PendingRequest {
    UvRequest request {};
    NodeHost* host { nullptr };
    runtime::Value object { runtime::Value::undefined() };
    uint64_t root_provider_id { 0 };
};

// A new Pending (a PendingRequest or a type derived from one) for `object`, rooted from now on;
// request.data points back to it.
template<typename Pending>
Pending* new_pending_request(runtime::VM& vm, runtime::Value object)
{
    auto* pending = new Pending {};
    pending->host = &NodeHost::from(vm);
    pending->object = object;
    pending->request.data = pending;
    pending->root_provider_id = vm.heap().add_root_provider(
        [pending](gc::Visitor& visitor) { visitor.visit_value_bits(pending->object.bits()); });
    return pending;
}

// Frees a request libuv refused (or one whose result nobody waits for).
template<typename Pending>
void discard_request(Pending* pending)
{
    pending->host->vm().heap().remove_root_provider(pending->root_provider_id);
    delete pending;
}

template<typename Pending>
void complete_request(Pending* pending, std::span<runtime::Value const> arguments)
{
    NodeHost& host = *pending->host;
    runtime::VM& vm = host.vm();
    runtime::Value object = pending->object;
    discard_request(pending);
    if (host.loop().tearing_down() || !object.is_object())
        return;
    auto oncomplete = runtime::get(vm, *object.as_object(), key(vm, "oncomplete"));
    if (oncomplete.is_throw()) {
        host.trigger_uncaught_exception(vm.take_pending_exception(), false);
        return;
    }
    host.call_into_js(oncomplete.value(), object, arguments);
}

// The libuv callback of a request whose result is a status: req.oncomplete(status).
template<typename Pending, typename UvRequest>
void complete_with_status(UvRequest* request, int status)
{
    runtime::Value argument = runtime::Value::number(status);
    complete_request(static_cast<Pending*>(request->data), { &argument, 1 });
}

}
