// internalBinding('process_wrap'): child processes on the loop (uv_spawn), for the asynchronous
// functions of lib/child_process.js. A process handle belongs to a JS owner, rooted while the
// handle is open; when the child ends the loop calls owner.onexit(exitStatus, termSignal).
// Handles are named by id (the handle's address as a number), checked against the loop's owned
// handles. Results are 0 or a negative libuv error.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/spawn_arguments.h"
#include "stdlib/stream_handle.h"

#include <uv.h>

#include <cstdio>
#include <string>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

struct ProcessHandle {
    uv_process_t process {};
    NodeHost* host { nullptr };
    Value owner;
    uint64_t root_provider_id { 0 };
};

void free_process_handle(uv_handle_t* uv_handle)
{
    auto* handle = static_cast<ProcessHandle*>(uv_handle->data);
    handle->host->loop().disown_handle(uv_handle);
    handle->host->vm().heap().remove_root_provider(handle->root_provider_id);
    delete handle;
}

ThrowCompletionOr<ProcessHandle*> process_argument(VM& vm, Value value)
{
    auto* handle = value.is_number() ? reinterpret_cast<ProcessHandle*>(uintptr_t(value.as_number())) : nullptr;
    auto* uv_handle = reinterpret_cast<uv_handle_t*>(handle ? &handle->process : nullptr);
    if (!handle || !NodeHost::from(vm).loop().owns_handle(uv_handle) || uv_is_closing(uv_handle))
        return vm.throw_type_error(vm.current_realm(), "not an open process handle");
    return handle;
}

void on_exit(uv_process_t* process, int64_t exit_status, int term_signal)
{
    auto* handle = static_cast<ProcessHandle*>(process->data);
    VM& vm = handle->host->vm();
    auto function = get(vm, *handle->owner.as_object(), key(vm, "onexit"));
    if (function.is_throw()) {
        handle->host->trigger_uncaught_exception(vm.take_pending_exception(), false);
        return;
    }
    Value arguments[] = { Value::number(double(exit_status)), Value::number(term_signal) };
    if (is_callable(function.value()))
        handle->host->call_into_js(function.value(), handle->owner, arguments);
}

// One stdio entry: undefined or null (ignored), a file descriptor the child inherits, or a
// pipe handle's id as { pipe: id } (a new pipe, both ways).
ThrowCompletionOr<uv_stdio_container_t> stdio_container(VM& vm, Value entry)
{
    uv_stdio_container_t container {};
    if (entry.is_undefined() || entry.is_null()) {
        container.flags = UV_IGNORE;
    } else if (entry.is_number()) {
        container.flags = UV_INHERIT_FD;
        container.data.fd = int(entry.as_number());
    } else {
        Value id = entry.is_object() ? TRY(get(vm, *entry.as_object(), key(vm, "pipe"))) : Value::undefined();
        StreamHandle* pipe = TRY(stream_handle_argument(vm, id));
        container.flags = uv_stdio_flags(UV_CREATE_PIPE | UV_READABLE_PIPE | UV_WRITABLE_PIPE);
        container.data.stream = &pipe->uv.stream;
    }
    return container;
}

// spawn ( owner, file, args, cwd, env, stdio, detached, uid, gid ): args and env NUL-separated
// (env undefined keeps ours; args start with argv[0]), cwd "" the current directory, stdio an array of
// entries (stdio_container), uid/gid -1 to keep ours. Returns [error, pid, id]: the handle is
// made even when the spawn fails (close it then; onexit is not called).
ThrowCompletionOr<Value> spawn(VM& vm, Arguments const& arguments)
{
    std::string file = TRY(utf8_argument(vm, arguments.at(1)));
    std::vector<std::string> args = split_at_nul(TRY(utf8_argument(vm, arguments.at(2))));
    std::string cwd = TRY(utf8_argument(vm, arguments.at(3)));
    bool inherit_environment = arguments.at(4).is_undefined();
    std::vector<std::string> env;
    if (!inherit_environment)
        env = split_at_nul(TRY(utf8_argument(vm, arguments.at(4))));
    std::vector<uv_stdio_container_t> stdio;
    if (arguments.at(5).is_object()) {
        Object& entries = *arguments.at(5).as_object();
        double count = TRY(to_number(vm, TRY(get(vm, entries, key(vm, "length")))));
        for (uint32_t i = 0; i < uint32_t(count); ++i)
            stdio.push_back(TRY(stdio_container(vm, TRY(get(vm, entries, PropertyKey::from_index(i))))));
    }
    int uid = int(TRY(to_number(vm, arguments.at(7))));
    int gid = int(TRY(to_number(vm, arguments.at(8))));

    std::vector<char*> argv = c_strings(args);
    std::vector<char*> envp = c_strings(env);
    uv_process_options_t options {};
    options.exit_cb = on_exit;
    options.file = file.c_str();
    options.args = argv.data();
    options.env = inherit_environment ? nullptr : envp.data();
    options.cwd = cwd.empty() ? nullptr : cwd.c_str();
    options.stdio_count = int(stdio.size());
    options.stdio = stdio.data();
    if (to_boolean(arguments.at(6)))
        options.flags |= UV_PROCESS_DETACHED;
    if (uid >= 0) {
        options.flags |= UV_PROCESS_SETUID;
        options.uid = uv_uid_t(uid);
    }
    if (gid >= 0) {
        options.flags |= UV_PROCESS_SETGID;
        options.gid = uv_gid_t(gid);
    }

    auto* handle = new ProcessHandle {};
    handle->host = &NodeHost::from(vm);
    handle->owner = arguments.at(0);
    handle->process.data = handle;
    handle->root_provider_id = vm.heap().add_root_provider(
        [handle](gc::Visitor& visitor) { visitor.visit_value_bits(handle->owner.bits()); });
    // What console.log buffered goes out before a child that shares our stdout writes to it.
    std::fflush(stdout);
    std::fflush(stderr);
    int error = uv_spawn(handle->host->loop().uv(), &handle->process, &options);
    handle->host->loop().own_handle(reinterpret_cast<uv_handle_t*>(&handle->process), free_process_handle);
    Value result[] = { Value::number(error), Value::number(error == 0 ? handle->process.pid : 0),
        Value::number(double(reinterpret_cast<uintptr_t>(handle))) };
    return Value::object(create_array_from_list(vm, result));
}

// kill ( id, signal )
ThrowCompletionOr<Value> kill(VM& vm, Arguments const& arguments)
{
    ProcessHandle* handle = TRY(process_argument(vm, arguments.at(0)));
    return Value::number(uv_process_kill(&handle->process, int(TRY(to_number(vm, arguments.at(1))))));
}

// close ( id ): the handle is released (its owner no longer rooted by it).
ThrowCompletionOr<Value> close(VM& vm, Arguments const& arguments)
{
    ProcessHandle* handle = TRY(process_argument(vm, arguments.at(0)));
    uv_close(reinterpret_cast<uv_handle_t*>(&handle->process), free_process_handle);
    return Value::undefined();
}

ThrowCompletionOr<Value> ref(VM& vm, Arguments const& arguments)
{
    uv_ref(reinterpret_cast<uv_handle_t*>(&TRY(process_argument(vm, arguments.at(0)))->process));
    return Value::undefined();
}

ThrowCompletionOr<Value> unref(VM& vm, Arguments const& arguments)
{
    uv_unref(reinterpret_cast<uv_handle_t*>(&TRY(process_argument(vm, arguments.at(0)))->process));
    return Value::undefined();
}

ThrowCompletionOr<Value> has_ref(VM& vm, Arguments const& arguments)
{
    return Value::boolean(uv_has_ref(reinterpret_cast<uv_handle_t*>(&TRY(process_argument(vm, arguments.at(0)))->process)));
}

}

Object* create_process_wrap_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "spawn", spawn, 9);
    define_native_method(vm, realm, *binding, "kill", kill, 2);
    define_native_method(vm, realm, *binding, "close", close, 1);
    define_native_method(vm, realm, *binding, "ref", ref, 1);
    define_native_method(vm, realm, *binding, "unref", unref, 1);
    define_native_method(vm, realm, *binding, "hasRef", has_ref, 1);
    return binding;
}

}
