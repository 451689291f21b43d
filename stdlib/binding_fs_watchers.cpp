// internalBinding('fs_watchers'): libuv's file watchers for fs.watch (uv_fs_event) and
// fs.watchFile (uv_fs_poll). Each start function makes a handle that calls its JS callback
// (rooted while the handle lives) from the loop, and returns the handle's id (its address as a
// number) or a negative libuv error; close ends it.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

namespace sable::stdlib {

using namespace runtime;

namespace {

// A watcher handle (uv_fs_event_t or uv_fs_poll_t) and the JS callback it calls.
template<typename Handle>
struct Watcher {
    Handle handle;
    NodeHost* host;
    Value callback;
    uint64_t root_provider_id;
};

using EventWatcher = Watcher<uv_fs_event_t>;
using PollWatcher = Watcher<uv_fs_poll_t>;

template<typename Handle>
Watcher<Handle>* make_watcher(VM& vm, Value callback)
{
    NodeHost& host = NodeHost::from(vm);
    auto* watcher = new Watcher<Handle> { {}, &host, callback, 0 };
    watcher->handle.data = watcher;
    watcher->root_provider_id = vm.heap().add_root_provider(
        [watcher](gc::Visitor& visitor) { visitor.visit_value_bits(watcher->callback.bits()); });
    return watcher;
}

// Closes the handle; the watcher is freed (its callback unrooted) once libuv is done with it.
template<typename Handle>
void close_watcher(Watcher<Handle>* watcher)
{
    uv_close(reinterpret_cast<uv_handle_t*>(&watcher->handle), [](uv_handle_t* handle) {
        auto* closed = static_cast<Watcher<Handle>*>(handle->data);
        closed->host->vm().heap().remove_root_provider(closed->root_provider_id);
        delete closed;
    });
}

// callback(error (0 or negative), events (UV_RENAME | UV_CHANGE), filename or null)
void on_event(uv_fs_event_t* handle, char const* filename, int events, int status)
{
    auto* watcher = static_cast<EventWatcher*>(handle->data);
    VM& vm = watcher->host->vm();
    Value arguments[] = { Value::number(status), Value::number(events),
        filename ? string_value(vm, filename) : Value::null() };
    watcher->host->call_into_js(watcher->callback, Value::undefined(), arguments);
}

// startEvent ( path, recursive, callback )
ThrowCompletionOr<Value> start_event(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    unsigned flags = to_boolean(arguments.at(1)) ? UV_FS_EVENT_RECURSIVE : 0;
    if (!is_callable(arguments.at(2)))
        return vm.throw_type_error(vm.current_realm(), "startEvent: the callback is not a function");
    auto* watcher = make_watcher<uv_fs_event_t>(vm, arguments.at(2));
    uv_fs_event_init(NodeHost::from(vm).loop().uv(), &watcher->handle);
    int error = uv_fs_event_start(&watcher->handle, on_event, path.c_str(), flags);
    if (error < 0) {
        close_watcher(watcher);
        return Value::number(error);
    }
    return Value::number(double(reinterpret_cast<uintptr_t>(watcher)));
}

// callback(status (0 or negative), current stat fields, previous stat fields)
void on_poll(uv_fs_poll_t* handle, int status, uv_stat_t const* previous, uv_stat_t const* current)
{
    auto* watcher = static_cast<PollWatcher*>(handle->data);
    VM& vm = watcher->host->vm();
    Value current_fields = stat_array(vm, *current);
    Value previous_fields = stat_array(vm, *previous);
    Value arguments[] = { Value::number(status), current_fields, previous_fields };
    watcher->host->call_into_js(watcher->callback, Value::undefined(), arguments);
}

// startPoll ( path, intervalMs, callback )
ThrowCompletionOr<Value> start_poll(VM& vm, Arguments const& arguments)
{
    std::string path = TRY(utf8_argument(vm, arguments.at(0)));
    auto interval = unsigned(TRY(to_number(vm, arguments.at(1))));
    if (!is_callable(arguments.at(2)))
        return vm.throw_type_error(vm.current_realm(), "startPoll: the callback is not a function");
    auto* watcher = make_watcher<uv_fs_poll_t>(vm, arguments.at(2));
    uv_fs_poll_init(NodeHost::from(vm).loop().uv(), &watcher->handle);
    int error = uv_fs_poll_start(&watcher->handle, on_poll, path.c_str(), interval);
    if (error < 0) {
        close_watcher(watcher);
        return Value::number(error);
    }
    return Value::number(double(reinterpret_cast<uintptr_t>(watcher)));
}

// closeEvent ( id ), closePoll ( id )
ThrowCompletionOr<Value> close_event(VM& vm, Arguments const& arguments)
{
    close_watcher(reinterpret_cast<EventWatcher*>(uintptr_t(TRY(to_number(vm, arguments.at(0))))));
    return Value::undefined();
}

ThrowCompletionOr<Value> close_poll(VM& vm, Arguments const& arguments)
{
    close_watcher(reinterpret_cast<PollWatcher*>(uintptr_t(TRY(to_number(vm, arguments.at(0))))));
    return Value::undefined();
}

// setRef ( id, ref ): whether the watcher (either kind) keeps the loop alive.
ThrowCompletionOr<Value> set_ref(VM& vm, Arguments const& arguments)
{
    auto* handle = reinterpret_cast<uv_handle_t*>(uintptr_t(TRY(to_number(vm, arguments.at(0)))));
    if (to_boolean(arguments.at(1)))
        uv_ref(handle);
    else
        uv_unref(handle);
    return Value::undefined();
}

}

Object* create_fs_watchers_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "startEvent", start_event, 3);
    define_native_method(vm, realm, *binding, "startPoll", start_poll, 3);
    define_native_method(vm, realm, *binding, "closeEvent", close_event, 1);
    define_native_method(vm, realm, *binding, "closePoll", close_poll, 1);
    define_native_method(vm, realm, *binding, "setRef", set_ref, 2);
    return binding;
}

}
