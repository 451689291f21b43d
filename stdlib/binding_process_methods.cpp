// internalBinding('process_methods'): process's credentials (read and set, user and group names
// looked up in the system databases), umask, resource usage, memory limits and signals: kill
// (uv_kill) and signal watchers (uv_signal) that call back into JS. Failures come back as
// negative errno numbers; lib/internal/process/methods.js throws.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

ThrowCompletionOr<Value> get_uid(VM&, Arguments const&) { return Value::number(double(getuid())); }
ThrowCompletionOr<Value> get_gid(VM&, Arguments const&) { return Value::number(double(getgid())); }
ThrowCompletionOr<Value> get_euid(VM&, Arguments const&) { return Value::number(double(geteuid())); }
ThrowCompletionOr<Value> get_egid(VM&, Arguments const&) { return Value::number(double(getegid())); }

// getGroups ( ): the supplementary group ids.
ThrowCompletionOr<Value> get_groups(VM& vm, Arguments const&)
{
    int count = getgroups(0, nullptr);
    if (count < 0)
        return Value::number(-errno);
    std::vector<gid_t> groups(size_t(count) + 1);
    count = getgroups(count, groups.data());
    if (count < 0)
        return Value::number(-errno);
    ValueList ids(vm.heap());
    for (int index = 0; index < count; ++index)
        ids.append(Value::number(double(groups[size_t(index)])));
    return Value::object(create_array_from_list(vm, ids.span()));
}

// The id of the user or group named `name` in the system databases, or -1 if there is none.
template<typename Entry, int (*lookup)(char const*, Entry*, char*, size_t, Entry**)>
double id_of_name(std::string const& name, auto Entry::*id_field)
{
    Entry entry;
    Entry* found = nullptr;
    std::vector<char> buffer(16384);
    if (lookup(name.c_str(), &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr)
        return -1;
    return double(found->*id_field);
}

// userId ( name ) / groupId ( name ): the id of a user or group name, or -1 if unknown.
ThrowCompletionOr<Value> user_id(VM& vm, Arguments const& arguments)
{
    return Value::number(id_of_name<passwd, getpwnam_r>(TRY(utf8_argument(vm, arguments.at(0))), &passwd::pw_uid));
}

ThrowCompletionOr<Value> group_id(VM& vm, Arguments const& arguments)
{
    return Value::number(id_of_name<group, getgrnam_r>(TRY(utf8_argument(vm, arguments.at(0))), &group::gr_gid));
}

// userName ( uid ): the name of a user id, or undefined if unknown.
ThrowCompletionOr<Value> user_name(VM& vm, Arguments const& arguments)
{
    passwd entry;
    passwd* found = nullptr;
    std::vector<char> buffer(16384);
    auto uid = uid_t(TRY(to_number(vm, arguments.at(0))));
    if (getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found) != 0 || found == nullptr)
        return Value::undefined();
    return string_value(vm, found->pw_name);
}

// setCredential ( which, id ): setuid, setgid, seteuid or setegid (which 0 to 3); 0 or -errno.
ThrowCompletionOr<Value> set_credential(VM& vm, Arguments const& arguments)
{
    auto which = int(TRY(to_number(vm, arguments.at(0))));
    auto id = unsigned(TRY(to_number(vm, arguments.at(1))));
    int result = which == 0 ? setuid(id) : which == 1 ? setgid(id) : which == 2 ? seteuid(id) : setegid(id);
    return Value::number(result < 0 ? -errno : 0);
}

// setGroups ( ids ): the supplementary groups become `ids` (an array of numbers); 0 or -errno.
ThrowCompletionOr<Value> set_groups(VM& vm, Arguments const& arguments)
{
    Object* list = arguments.at(0).as_object();
    auto length = size_t(TRY(length_of_array_like(vm, *list)));
    std::vector<gid_t> groups(length);
    for (size_t index = 0; index < length; ++index)
        groups[index] = gid_t(TRY(to_number(vm, TRY(get(vm, *list, PropertyKey::from_index(index))))));
    return Value::number(setgroups(groups.size(), groups.data()) < 0 ? -errno : 0);
}

// initGroups ( user, extraGroup ): the groups of the user name plus extraGroup; 0 or -errno.
ThrowCompletionOr<Value> init_groups(VM& vm, Arguments const& arguments)
{
    std::string user = TRY(utf8_argument(vm, arguments.at(0)));
    auto extra_group = gid_t(TRY(to_number(vm, arguments.at(1))));
    return Value::number(initgroups(user.c_str(), extra_group) < 0 ? -errno : 0);
}

// strerror ( errno ): the C library's text for an error number ("Operation not permitted").
ThrowCompletionOr<Value> error_text(VM& vm, Arguments const& arguments)
{
    return string_value(vm, std::strerror(int(TRY(to_number(vm, arguments.at(0))))));
}

// constrainedMemory ( ): the memory limit imposed on the process (cgroups), 0 if none is known.
ThrowCompletionOr<Value> constrained_memory(VM&, Arguments const&)
{
    return Value::number(double(uv_get_constrained_memory()));
}

// handles ( ): the loop's handles as [type, isActive, isReferenced, address, readsOrWrites,
// isClosing] lists ("tcp", "timer"... as libuv names the types; the address as 0x and 16 hex
// digits; readsOrWrites for a stream that is readable or writable, false for a listening one).
ThrowCompletionOr<Value> loop_handles(VM& vm, Arguments const&)
{
    struct Walk {
        VM& vm;
        ValueList handles;
    } walk { vm, ValueList(vm.heap()) };
    uv_walk(NodeHost::from(vm).loop().uv(), [](uv_handle_t* handle, void* argument) {
        auto& walk = *static_cast<Walk*>(argument);
        char address[32];
        std::snprintf(address, sizeof address, "0x%016llx",
            static_cast<unsigned long long>(reinterpret_cast<uintptr_t>(handle)));
        ValueList entry(walk.vm.heap(), 4);
        entry.append(string_value(walk.vm, uv_handle_type_name(uv_handle_get_type(handle))));
        entry.append(Value::boolean(uv_is_active(handle) != 0));
        entry.append(Value::boolean(uv_has_ref(handle) != 0));
        entry.append(string_value(walk.vm, address));
        bool is_stream = uv_handle_get_type(handle) == UV_TCP || uv_handle_get_type(handle) == UV_NAMED_PIPE
            || uv_handle_get_type(handle) == UV_TTY;
        auto* stream = reinterpret_cast<uv_stream_t*>(handle);
        entry.append(Value::boolean(is_stream && (uv_is_readable(stream) || uv_is_writable(stream))));
        entry.append(Value::boolean(uv_is_closing(handle) != 0));
        walk.handles.append(Value::object(create_array_from_list(walk.vm, entry.span())));
    }, &walk);
    return Value::object(create_array_from_list(vm, walk.handles.span()));
}

// pendingRequests ( ): how many libuv requests (file system, DNS, writes...) are in flight.
ThrowCompletionOr<Value> pending_requests(VM& vm, Arguments const&)
{
    return Value::number(double(NodeHost::from(vm).loop().uv()->active_reqs.count));
}

// umask ( [mask] ): the mask before; with no mask, the mask is only read.
ThrowCompletionOr<Value> set_umask(VM& vm, Arguments const& arguments)
{
    if (arguments.at(0).is_undefined()) {
        mode_t old = umask(0);
        umask(old);
        return Value::number(double(old));
    }
    return Value::number(double(umask(mode_t(TRY(to_number(vm, arguments.at(0)))))));
}

// resourceUsage ( ): uv_getrusage's fields in Node's order, CPU times in microseconds.
ThrowCompletionOr<Value> resource_usage(VM& vm, Arguments const&)
{
    uv_rusage_t usage;
    int error = uv_getrusage(&usage);
    if (error < 0)
        return Value::number(error);
    auto microseconds = [](uv_timeval_t time) { return double(time.tv_sec) * 1e6 + double(time.tv_usec); };
    Value fields[] = {
        Value::number(microseconds(usage.ru_utime)), Value::number(microseconds(usage.ru_stime)),
        Value::number(double(usage.ru_maxrss)), Value::number(double(usage.ru_ixrss)),
        Value::number(double(usage.ru_idrss)), Value::number(double(usage.ru_isrss)),
        Value::number(double(usage.ru_minflt)), Value::number(double(usage.ru_majflt)),
        Value::number(double(usage.ru_nswap)), Value::number(double(usage.ru_inblock)),
        Value::number(double(usage.ru_oublock)), Value::number(double(usage.ru_msgsnd)),
        Value::number(double(usage.ru_msgrcv)), Value::number(double(usage.ru_nsignals)),
        Value::number(double(usage.ru_nvcsw)), Value::number(double(usage.ru_nivcsw)),
    };
    return Value::object(create_array_from_list(vm, fields));
}

// kill ( pid, signal ): 0 or the error.
ThrowCompletionOr<Value> kill(VM& vm, Arguments const& arguments)
{
    auto pid = int(TRY(to_number(vm, arguments.at(0))));
    auto signal = int(TRY(to_number(vm, arguments.at(1))));
    return Value::number(uv_kill(pid, signal));
}

// A uv_signal handle watching one signal, calling its JS callback (rooted while it lives)
// with the signal number. The handle keeps the loop alive.
struct SignalWatcher {
    uv_signal_t handle;
    NodeHost* host;
    Value callback;
    uint64_t root_provider_id;
};

// Closes the watcher's handle; it is freed (and its callback unrooted) once libuv is done with it.
void close_watcher(SignalWatcher* watcher)
{
    uv_close(reinterpret_cast<uv_handle_t*>(&watcher->handle), [](uv_handle_t* handle) {
        auto* closed = static_cast<SignalWatcher*>(handle->data);
        closed->host->vm().heap().remove_root_provider(closed->root_provider_id);
        delete closed;
    });
}

void on_signal(uv_signal_t* handle, int signal)
{
    auto* watcher = static_cast<SignalWatcher*>(handle->data);
    Value number = Value::number(signal);
    watcher->host->call_into_js(watcher->callback, Value::undefined(), { &number, 1 });
}

// startSignal ( signal, callback ): a watcher id (its address as a number), or the error. The
// watcher does not keep the loop alive.
ThrowCompletionOr<Value> start_signal(VM& vm, Arguments const& arguments)
{
    auto signal = int(TRY(to_number(vm, arguments.at(0))));
    if (!is_callable(arguments.at(1)))
        return vm.throw_type_error(vm.current_realm(), "startSignal: the callback is not a function");
    NodeHost& host = NodeHost::from(vm);
    auto* watcher = new SignalWatcher { {}, &host, arguments.at(1), 0 };
    uv_signal_init(host.loop().uv(), &watcher->handle);
    watcher->handle.data = watcher;
    int error = uv_signal_start(&watcher->handle, on_signal, signal);
    // As in Node, listening for a signal does not keep the process alive.
    uv_unref(reinterpret_cast<uv_handle_t*>(&watcher->handle));
    watcher->root_provider_id = vm.heap().add_root_provider(
        [watcher](gc::Visitor& visitor) { visitor.visit_value_bits(watcher->callback.bits()); });
    if (error < 0) {
        close_watcher(watcher);
        return Value::number(error);
    }
    return Value::number(double(reinterpret_cast<uintptr_t>(watcher)));
}

// stopSignal ( id ): closes the watcher startSignal made.
ThrowCompletionOr<Value> stop_signal(VM& vm, Arguments const& arguments)
{
    close_watcher(reinterpret_cast<SignalWatcher*>(uintptr_t(TRY(to_number(vm, arguments.at(0))))));
    return Value::undefined();
}

}

Object* create_process_methods_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "getuid", get_uid, 0);
    define_native_method(vm, realm, *binding, "getgid", get_gid, 0);
    define_native_method(vm, realm, *binding, "geteuid", get_euid, 0);
    define_native_method(vm, realm, *binding, "getegid", get_egid, 0);
    define_native_method(vm, realm, *binding, "getgroups", get_groups, 0);
    define_native_method(vm, realm, *binding, "userId", user_id, 1);
    define_native_method(vm, realm, *binding, "groupId", group_id, 1);
    define_native_method(vm, realm, *binding, "userName", user_name, 1);
    define_native_method(vm, realm, *binding, "setCredential", set_credential, 2);
    define_native_method(vm, realm, *binding, "setGroups", set_groups, 1);
    define_native_method(vm, realm, *binding, "initGroups", init_groups, 2);
    define_native_method(vm, realm, *binding, "strerror", error_text, 1);
    define_native_method(vm, realm, *binding, "constrainedMemory", constrained_memory, 0);
    define_native_method(vm, realm, *binding, "handles", loop_handles, 0);
    define_native_method(vm, realm, *binding, "pendingRequests", pending_requests, 0);
    define_native_method(vm, realm, *binding, "umask", set_umask, 1);
    define_native_method(vm, realm, *binding, "resourceUsage", resource_usage, 0);
    define_native_method(vm, realm, *binding, "kill", kill, 2);
    define_native_method(vm, realm, *binding, "startSignal", start_signal, 2);
    define_native_method(vm, realm, *binding, "stopSignal", stop_signal, 1);
    return binding;
}

}
