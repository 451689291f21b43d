// internalBinding('timers'): the loop's one timer handle and the check/idle handles behind
// setImmediate, for lib/internal/timers.js (which keeps the lists of JS timers).

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

EventLoop& loop(VM& vm) { return NodeHost::from(vm).loop(); }

// setupTimers ( processImmediate, processTimers )
ThrowCompletionOr<Value> setup_timers(VM& vm, Arguments const& arguments)
{
    NodeHost& host = NodeHost::from(vm);
    host.set_hook(NodeHook::process_immediates, arguments.at(0));
    host.set_hook(NodeHook::process_timers, arguments.at(1));
    return Value::undefined();
}

ThrowCompletionOr<Value> schedule_timer(VM& vm, Arguments const& arguments)
{
    loop(vm).schedule_timer(int64_t(TRY(to_number(vm, arguments.at(0)))));
    return Value::undefined();
}

ThrowCompletionOr<Value> toggle_timer_ref(VM& vm, Arguments const& arguments)
{
    loop(vm).toggle_timer_ref(to_boolean(arguments.at(0)));
    return Value::undefined();
}

ThrowCompletionOr<Value> toggle_immediate_ref(VM& vm, Arguments const& arguments)
{
    loop(vm).toggle_immediate_ref(to_boolean(arguments.at(0)));
    return Value::undefined();
}

ThrowCompletionOr<Value> set_immediates_pending(VM& vm, Arguments const& arguments)
{
    loop(vm).set_immediates_pending(to_boolean(arguments.at(0)));
    return Value::undefined();
}

// getLibuvNow ( ): the loop's time, brought up to date first (timers start from it).
ThrowCompletionOr<Value> get_libuv_now(VM& vm, Arguments const&)
{
    uv_update_time(loop(vm).uv());
    return Value::number(loop(vm).now());
}

}

Object* create_timers_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "setupTimers", setup_timers, 2);
    define_native_method(vm, realm, *binding, "scheduleTimer", schedule_timer, 1);
    define_native_method(vm, realm, *binding, "toggleTimerRef", toggle_timer_ref, 1);
    define_native_method(vm, realm, *binding, "toggleImmediateRef", toggle_immediate_ref, 1);
    define_native_method(vm, realm, *binding, "setImmediatesPending", set_immediates_pending, 1);
    define_native_method(vm, realm, *binding, "getLibuvNow", get_libuv_now, 0);
    return binding;
}

}
