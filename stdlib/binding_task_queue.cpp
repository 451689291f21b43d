// internalBinding('task_queue'): the promise job queue and the rejections the VM's
// HostPromiseRejectionTracker recorded, for lib/internal/process/task_queues.js; the async
// context promise jobs carry, for lib/internal/async_context.js.

#include "runtime/abstract_operations.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// runMicrotasks ( ): the promise jobs until none is left; one that throws is uncaught.
ThrowCompletionOr<Value> run_microtasks(VM& vm, Arguments const&)
{
    while (vm.run_jobs().is_throw())
        NodeHost::from(vm).trigger_uncaught_exception(vm.take_pending_exception(), false);
    return Value::undefined();
}

// setTickCallback ( processTicksAndRejections )
ThrowCompletionOr<Value> set_tick_callback(VM& vm, Arguments const& arguments)
{
    NodeHost::from(vm).set_hook(NodeHook::process_ticks, arguments.at(0));
    return Value::undefined();
}

// takeRejections ( ): [promise, reason, ...] of the promises rejected without a handler since
// the last call, and still without one.
ThrowCompletionOr<Value> take_rejections(VM& vm, Arguments const&)
{
    auto& pending = NodeHost::from(vm).pending_rejections();
    ValueList list(vm.heap());
    for (Value value : pending) {
        list.append(value);
        list.append(static_cast<Promise*>(value.as_object())->result());
    }
    pending.clear();
    return Value::object(create_array_from_list(vm, list.span()));
}

// getAsyncContext ( ): the current async context (AsyncLocalStorage stores, or undefined).
ThrowCompletionOr<Value> get_async_context(VM& vm, Arguments const&) { return vm.job_queue().async_context(); }

// setAsyncContext ( context ): promise reactions made from now on run in `context`.
ThrowCompletionOr<Value> set_async_context(VM& vm, Arguments const& arguments)
{
    vm.job_queue().set_async_context(arguments.at(0));
    return Value::undefined();
}

}

Object* create_task_queue_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Object* binding = Object::create(vm, host.realm().object_prototype());
    define_native_method(vm, host.realm(), *binding, "runMicrotasks", run_microtasks, 0);
    define_native_method(vm, host.realm(), *binding, "setTickCallback", set_tick_callback, 1);
    define_native_method(vm, host.realm(), *binding, "takeRejections", take_rejections, 0);
    define_native_method(vm, host.realm(), *binding, "getAsyncContext", get_async_context, 0);
    define_native_method(vm, host.realm(), *binding, "setAsyncContext", set_async_context, 1);
    return binding;
}

}
