// internalBinding('os'): the machine and user, from libuv's uv_os_* and uv_* calls, and the
// platform's signal, errno, priority and dlopen numbers (os.constants). Failures come back as
// negative libuv error numbers; lib/os.js throws.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <cerrno>
#include <csignal>
#include <dlfcn.h>
#include <span>

namespace sable::stdlib {

using namespace runtime;

namespace {

struct Constant {
    char const* name;
    int value;
};

constexpr Constant kSignals[] = {
    { "SIGHUP", SIGHUP },
    { "SIGINT", SIGINT },
    { "SIGQUIT", SIGQUIT },
    { "SIGILL", SIGILL },
    { "SIGTRAP", SIGTRAP },
    { "SIGABRT", SIGABRT },
    { "SIGIOT", SIGIOT },
    { "SIGBUS", SIGBUS },
    { "SIGFPE", SIGFPE },
    { "SIGKILL", SIGKILL },
    { "SIGUSR1", SIGUSR1 },
    { "SIGSEGV", SIGSEGV },
    { "SIGUSR2", SIGUSR2 },
    { "SIGPIPE", SIGPIPE },
    { "SIGALRM", SIGALRM },
    { "SIGTERM", SIGTERM },
    { "SIGCHLD", SIGCHLD },
    { "SIGSTKFLT", SIGSTKFLT },
    { "SIGCONT", SIGCONT },
    { "SIGSTOP", SIGSTOP },
    { "SIGTSTP", SIGTSTP },
    { "SIGTTIN", SIGTTIN },
    { "SIGTTOU", SIGTTOU },
    { "SIGURG", SIGURG },
    { "SIGXCPU", SIGXCPU },
    { "SIGXFSZ", SIGXFSZ },
    { "SIGVTALRM", SIGVTALRM },
    { "SIGPROF", SIGPROF },
    { "SIGWINCH", SIGWINCH },
    { "SIGIO", SIGIO },
    { "SIGPOLL", SIGPOLL },
    { "SIGPWR", SIGPWR },
    { "SIGSYS", SIGSYS },
};

constexpr Constant kErrors[] = {
    { "E2BIG", E2BIG },
    { "EACCES", EACCES },
    { "EADDRINUSE", EADDRINUSE },
    { "EADDRNOTAVAIL", EADDRNOTAVAIL },
    { "EAFNOSUPPORT", EAFNOSUPPORT },
    { "EAGAIN", EAGAIN },
    { "EALREADY", EALREADY },
    { "EBADF", EBADF },
    { "EBADMSG", EBADMSG },
    { "EBUSY", EBUSY },
    { "ECANCELED", ECANCELED },
    { "ECHILD", ECHILD },
    { "ECONNABORTED", ECONNABORTED },
    { "ECONNREFUSED", ECONNREFUSED },
    { "ECONNRESET", ECONNRESET },
    { "EDEADLK", EDEADLK },
    { "EDESTADDRREQ", EDESTADDRREQ },
    { "EDOM", EDOM },
    { "EDQUOT", EDQUOT },
    { "EEXIST", EEXIST },
    { "EFAULT", EFAULT },
    { "EFBIG", EFBIG },
    { "EHOSTUNREACH", EHOSTUNREACH },
    { "EIDRM", EIDRM },
    { "EILSEQ", EILSEQ },
    { "EINPROGRESS", EINPROGRESS },
    { "EINTR", EINTR },
    { "EINVAL", EINVAL },
    { "EIO", EIO },
    { "EISCONN", EISCONN },
    { "EISDIR", EISDIR },
    { "ELOOP", ELOOP },
    { "EMFILE", EMFILE },
    { "EMLINK", EMLINK },
    { "EMSGSIZE", EMSGSIZE },
    { "EMULTIHOP", EMULTIHOP },
    { "ENAMETOOLONG", ENAMETOOLONG },
    { "ENETDOWN", ENETDOWN },
    { "ENETRESET", ENETRESET },
    { "ENETUNREACH", ENETUNREACH },
    { "ENFILE", ENFILE },
    { "ENOBUFS", ENOBUFS },
    { "ENODATA", ENODATA },
    { "ENODEV", ENODEV },
    { "ENOENT", ENOENT },
    { "ENOEXEC", ENOEXEC },
    { "ENOLCK", ENOLCK },
    { "ENOLINK", ENOLINK },
    { "ENOMEM", ENOMEM },
    { "ENOMSG", ENOMSG },
    { "ENOPROTOOPT", ENOPROTOOPT },
    { "ENOSPC", ENOSPC },
    { "ENOSR", ENOSR },
    { "ENOSTR", ENOSTR },
    { "ENOSYS", ENOSYS },
    { "ENOTCONN", ENOTCONN },
    { "ENOTDIR", ENOTDIR },
    { "ENOTEMPTY", ENOTEMPTY },
    { "ENOTSOCK", ENOTSOCK },
    { "ENOTSUP", ENOTSUP },
    { "ENOTTY", ENOTTY },
    { "ENXIO", ENXIO },
    { "EOPNOTSUPP", EOPNOTSUPP },
    { "EOVERFLOW", EOVERFLOW },
    { "EPERM", EPERM },
    { "EPIPE", EPIPE },
    { "EPROTO", EPROTO },
    { "EPROTONOSUPPORT", EPROTONOSUPPORT },
    { "EPROTOTYPE", EPROTOTYPE },
    { "ERANGE", ERANGE },
    { "EROFS", EROFS },
    { "ESPIPE", ESPIPE },
    { "ESRCH", ESRCH },
    { "ESTALE", ESTALE },
    { "ETIME", ETIME },
    { "ETIMEDOUT", ETIMEDOUT },
    { "ETXTBSY", ETXTBSY },
    { "EWOULDBLOCK", EWOULDBLOCK },
    { "EXDEV", EXDEV },
};

constexpr Constant kPriorities[] = {
    { "PRIORITY_LOW", UV_PRIORITY_LOW },
    { "PRIORITY_BELOW_NORMAL", UV_PRIORITY_BELOW_NORMAL },
    { "PRIORITY_NORMAL", UV_PRIORITY_NORMAL },
    { "PRIORITY_ABOVE_NORMAL", UV_PRIORITY_ABOVE_NORMAL },
    { "PRIORITY_HIGH", UV_PRIORITY_HIGH },
    { "PRIORITY_HIGHEST", UV_PRIORITY_HIGHEST },
};

constexpr Constant kDlopenFlags[] = {
    { "RTLD_LAZY", RTLD_LAZY },
    { "RTLD_NOW", RTLD_NOW },
    { "RTLD_GLOBAL", RTLD_GLOBAL },
    { "RTLD_LOCAL", RTLD_LOCAL },
    { "RTLD_DEEPBIND", RTLD_DEEPBIND },
};

Value constants_object(VM& vm, std::span<Constant const> constants)
{
    Object* object = Object::create(vm, nullptr);
    for (Constant const& constant : constants)
        define_data(vm, *object, constant.name, Value::number(constant.value));
    return Value::object(object);
}

// A string from a uv call that fills a buffer (hostname, homedir), or the error.
template<typename Call>
Value buffer_string(VM& vm, Call call)
{
    char buffer[4096];
    size_t size = sizeof buffer;
    int error = call(buffer, &size);
    return error < 0 ? Value::number(error) : string_value(vm, { buffer, size });
}

ThrowCompletionOr<Value> get_hostname(VM& vm, Arguments const&) { return buffer_string(vm, uv_os_gethostname); }
ThrowCompletionOr<Value> get_homedir(VM& vm, Arguments const&) { return buffer_string(vm, uv_os_homedir); }

// getUname ( ): [sysname, release, version, machine].
ThrowCompletionOr<Value> get_uname(VM& vm, Arguments const&)
{
    uv_utsname_t name;
    int error = uv_os_uname(&name);
    if (error < 0)
        return Value::number(error);
    ValueList parts(vm.heap());
    for (char const* part : { name.sysname, name.release, name.version, name.machine })
        parts.append(string_value(vm, part));
    return Value::object(create_array_from_list(vm, parts.span()));
}

// getUserInfo ( ): [uid, gid, username, homedir, shell (null when none)].
ThrowCompletionOr<Value> get_user_info(VM& vm, Arguments const&)
{
    uv_passwd_t passwd;
    int error = uv_os_get_passwd(&passwd);
    if (error < 0)
        return Value::number(error);
    ValueList fields(vm.heap());
    fields.append(Value::number(double(passwd.uid)));
    fields.append(Value::number(double(passwd.gid)));
    fields.append(string_value(vm, passwd.username));
    fields.append(string_value(vm, passwd.homedir));
    fields.append(passwd.shell ? string_value(vm, passwd.shell) : Value::null());
    uv_os_free_passwd(&passwd);
    return Value::object(create_array_from_list(vm, fields.span()));
}

// getCpus ( ): [model, speed, user, nice, sys, idle, irq] for each CPU, flattened.
ThrowCompletionOr<Value> get_cpus(VM& vm, Arguments const&)
{
    uv_cpu_info_t* cpus;
    int count;
    int error = uv_cpu_info(&cpus, &count);
    if (error < 0)
        return Value::number(error);
    ValueList fields(vm.heap());
    for (int index = 0; index < count; ++index) {
        uv_cpu_info_t const& cpu = cpus[index];
        fields.append(string_value(vm, cpu.model));
        for (uint64_t number : { uint64_t(cpu.speed), cpu.cpu_times.user, cpu.cpu_times.nice, cpu.cpu_times.sys,
                 cpu.cpu_times.idle, cpu.cpu_times.irq })
            fields.append(Value::number(double(number)));
    }
    uv_free_cpu_info(cpus, count);
    return Value::object(create_array_from_list(vm, fields.span()));
}

// getInterfaceAddresses ( ): [name, address, netmask, family (4 or 6), mac, internal, scopeid]
// for each address, flattened.
ThrowCompletionOr<Value> get_interface_addresses(VM& vm, Arguments const&)
{
    uv_interface_address_t* addresses;
    int count;
    int error = uv_interface_addresses(&addresses, &count);
    if (error < 0)
        return Value::number(error);
    ValueList fields(vm.heap());
    for (int index = 0; index < count; ++index) {
        uv_interface_address_t const& address = addresses[index];
        bool is_ipv6 = address.address.address4.sin_family == AF_INET6;
        char text[INET6_ADDRSTRLEN];
        char mask[INET6_ADDRSTRLEN];
        if (is_ipv6) {
            uv_ip6_name(&address.address.address6, text, sizeof text);
            uv_ip6_name(&address.netmask.netmask6, mask, sizeof mask);
        } else {
            uv_ip4_name(&address.address.address4, text, sizeof text);
            uv_ip4_name(&address.netmask.netmask4, mask, sizeof mask);
        }
        char mac[18];
        auto const* bytes = reinterpret_cast<unsigned char const*>(address.phys_addr);
        snprintf(mac, sizeof mac, "%02x:%02x:%02x:%02x:%02x:%02x", bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5]);
        fields.append(string_value(vm, address.name));
        fields.append(string_value(vm, text));
        fields.append(string_value(vm, mask));
        fields.append(Value::number(is_ipv6 ? 6 : 4));
        fields.append(string_value(vm, mac));
        fields.append(Value::boolean(address.is_internal));
        fields.append(Value::number(is_ipv6 ? double(address.address.address6.sin6_scope_id) : 0));
    }
    uv_free_interface_addresses(addresses, count);
    return Value::object(create_array_from_list(vm, fields.span()));
}

ThrowCompletionOr<Value> get_total_memory(VM&, Arguments const&) { return Value::number(double(uv_get_total_memory())); }
ThrowCompletionOr<Value> get_free_memory(VM&, Arguments const&) { return Value::number(double(uv_get_free_memory())); }

ThrowCompletionOr<Value> get_available_parallelism(VM&, Arguments const&)
{
    return Value::number(double(uv_available_parallelism()));
}

// getLoadAvg ( ): [1, 5, 15 minutes].
ThrowCompletionOr<Value> get_load_avg(VM& vm, Arguments const&)
{
    double averages[3];
    uv_loadavg(averages);
    Value values[] = { Value::number(averages[0]), Value::number(averages[1]), Value::number(averages[2]) };
    return Value::object(create_array_from_list(vm, values));
}

ThrowCompletionOr<Value> get_uptime(VM&, Arguments const&)
{
    double uptime;
    int error = uv_uptime(&uptime);
    return Value::number(error < 0 ? double(error) : uptime);
}

// getPriority ( pid ): the priority, or the error as [error].
ThrowCompletionOr<Value> get_priority(VM& vm, Arguments const& arguments)
{
    int priority;
    int error = uv_os_getpriority(uv_pid_t(TRY(to_number(vm, arguments.at(0)))), &priority);
    if (error < 0) {
        Value failure = Value::number(error);
        return Value::object(create_array_from_list(vm, { &failure, 1 }));
    }
    return Value::number(priority);
}

// setPriority ( pid, priority ): 0 or the error.
ThrowCompletionOr<Value> set_priority(VM& vm, Arguments const& arguments)
{
    auto pid = uv_pid_t(TRY(to_number(vm, arguments.at(0))));
    auto priority = int(TRY(to_number(vm, arguments.at(1))));
    return Value::number(uv_os_setpriority(pid, priority));
}

}

Object* create_os_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "getHostname", get_hostname, 0);
    define_native_method(vm, realm, *binding, "getHomedir", get_homedir, 0);
    define_native_method(vm, realm, *binding, "getUname", get_uname, 0);
    define_native_method(vm, realm, *binding, "getUserInfo", get_user_info, 0);
    define_native_method(vm, realm, *binding, "getCpus", get_cpus, 0);
    define_native_method(vm, realm, *binding, "getInterfaceAddresses", get_interface_addresses, 0);
    define_native_method(vm, realm, *binding, "getTotalMemory", get_total_memory, 0);
    define_native_method(vm, realm, *binding, "getFreeMemory", get_free_memory, 0);
    define_native_method(vm, realm, *binding, "getAvailableParallelism", get_available_parallelism, 0);
    define_native_method(vm, realm, *binding, "getLoadAvg", get_load_avg, 0);
    define_native_method(vm, realm, *binding, "getUptime", get_uptime, 0);
    define_native_method(vm, realm, *binding, "getPriority", get_priority, 1);
    define_native_method(vm, realm, *binding, "setPriority", set_priority, 2);
    define_data(vm, *binding, "signals", constants_object(vm, kSignals));
    define_data(vm, *binding, "errno", constants_object(vm, kErrors));
    define_data(vm, *binding, "priority", constants_object(vm, kPriorities));
    define_data(vm, *binding, "dlopen", constants_object(vm, kDlopenFlags));
    return binding;
}

}
