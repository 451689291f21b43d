// internalBinding('process'): what lib/process.js builds `process` from: the command line,
// the environment, the working directory, clocks, memory, writing to the standard streams, and
// exiting.

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/cli_options.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <cstdio>
#include <filesystem>

#include <unistd.h>

extern char** environ;

namespace sable::stdlib {

using namespace runtime;

namespace {

// The Node release whose APIs Sable follows (process.version; packages check it): the node the
// tests/node expectations come from.
constexpr char const* kNodeApiVersion = "20.20.2";
#if defined(__x86_64__)
constexpr char const* kArch = "x64";
#elif defined(__aarch64__)
constexpr char const* kArch = "arm64";
#else
#    error "process.arch: unknown architecture"
#endif
#if defined(__linux__)
constexpr char const* kPlatform = "linux";
#elif defined(__APPLE__)
constexpr char const* kPlatform = "darwin";
#else
#    error "process.platform: unknown platform"
#endif

ThrowCompletionOr<Value> cwd(VM& vm, Arguments const&)
{
    char buffer[4096];
    size_t size = sizeof buffer;
    if (int error = uv_cwd(buffer, &size); error < 0)
        return throw_uv_error(vm, vm.current_realm(), error, "uv_cwd");
    return string_value(vm, std::string_view(buffer, size));
}

ThrowCompletionOr<Value> chdir(VM& vm, Arguments const& arguments)
{
    std::string directory = TRY(utf8_argument(vm, arguments.at(0)));
    if (int error = uv_chdir(directory.c_str()); error < 0)
        return throw_uv_error(vm, vm.current_realm(), error, "chdir", directory);
    return Value::undefined();
}

// hrtime ( ): [seconds, nanoseconds] of a monotonic clock.
ThrowCompletionOr<Value> hrtime(VM& vm, Arguments const&)
{
    uint64_t now = uv_hrtime();
    Value parts[] = { Value::number(double(now / 1000000000)), Value::number(double(now % 1000000000)) };
    return Value::object(create_array_from_list(vm, parts));
}

// memoryUsage ( ): [rss, heapTotal, heapUsed, external].
ThrowCompletionOr<Value> memory_usage(VM& vm, Arguments const&)
{
    size_t rss = 0;
    uv_resident_set_memory(&rss);
    auto const& statistics = vm.heap().statistics();
    Value parts[] = { Value::number(double(rss)), Value::number(double(statistics.allocated_bytes)),
        Value::number(double(statistics.live_bytes_after_last_gc)), Value::number(double(statistics.external_bytes)) };
    return Value::object(create_array_from_list(vm, parts));
}

// uptime ( ): seconds since the host started.
ThrowCompletionOr<Value> uptime(VM& vm, Arguments const&)
{
    return Value::number(double(uv_hrtime() - NodeHost::from(vm).start_time()) / 1e9);
}

// writeString ( fd, text ): fd 1 or 2, written through the C library's buffered streams (the
// host flushes them before writing its own reports, and at exit).
ThrowCompletionOr<Value> write_string(VM& vm, Arguments const& arguments)
{
    double fd = TRY(to_number(vm, arguments.at(0)));
    std::string text = TRY(utf8_argument(vm, arguments.at(1)));
    FILE* stream = fd == 2 ? stderr : stdout;
    if (stream == stderr)
        std::fflush(stdout);
    std::fwrite(text.data(), 1, text.size(), stream);
    return Value::undefined();
}

// flushStdout ( ): what writeString buffered for stdout goes out now (before the process.stdout
// stream writes to fd 1 itself).
ThrowCompletionOr<Value> flush_stdout(VM&, Arguments const&)
{
    std::fflush(stdout);
    return Value::undefined();
}

// reallyExit ( status )
ThrowCompletionOr<Value> really_exit(VM& vm, Arguments const& arguments)
{
    NodeHost::exit_process(int(TRY(to_number(vm, arguments.at(0)))));
}

// setHooks ( handleUncaught, emitBeforeExit, emitExit )
ThrowCompletionOr<Value> set_hooks(VM& vm, Arguments const& arguments)
{
    NodeHost& host = NodeHost::from(vm);
    host.set_hook(NodeHook::handle_uncaught, arguments.at(0));
    host.set_hook(NodeHook::emit_before_exit, arguments.at(1));
    host.set_hook(NodeHook::emit_exit, arguments.at(2));
    return Value::undefined();
}

Value string_array(VM& vm, std::vector<std::string> const& strings)
{
    ValueList list(vm.heap());
    for (auto const& string : strings)
        list.append(string_value(vm, string));
    return Value::object(create_array_from_list(vm, list.span()));
}

std::string executable_path()
{
    char buffer[4096];
    size_t size = sizeof buffer;
    return uv_exepath(buffer, &size) == 0 ? std::string(buffer, size) : std::string("sable");
}

}

Object* create_process_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    CliOptions const& options = host.options();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "cwd", cwd, 0);
    define_native_method(vm, realm, *binding, "chdir", chdir, 1);
    define_native_method(vm, realm, *binding, "hrtime", hrtime, 0);
    define_native_method(vm, realm, *binding, "memoryUsage", memory_usage, 0);
    define_native_method(vm, realm, *binding, "uptime", uptime, 0);
    define_native_method(vm, realm, *binding, "writeString", write_string, 2);
    define_native_method(vm, realm, *binding, "flushStdout", flush_stdout, 0);
    define_native_method(vm, realm, *binding, "reallyExit", really_exit, 1);
    define_native_method(vm, realm, *binding, "setHooks", set_hooks, 3);

    // argv: the executable, the program's absolute path (none for -e), its arguments.
    std::vector<std::string> argv { executable_path() };
    if (options.input == CliInput::File)
        argv.push_back(std::filesystem::absolute(options.file).lexically_normal().string());
    argv.insert(argv.end(), options.script_arguments.begin(), options.script_arguments.end());
    define_data(vm, *binding, "argv", string_array(vm, argv));
    define_data(vm, *binding, "execPath", string_value(vm, argv[0]));
    // The code of -e and -p (process._eval), and whether -p prints its result.
    if (options.input == CliInput::Eval || options.input == CliInput::Print)
        define_data(vm, *binding, "evalCode", string_value(vm, options.code));
    define_data(vm, *binding, "printEval", Value::boolean(options.input == CliInput::Print));

    Object* env = Object::create(vm, realm.object_prototype());
    for (char** entry = environ; *entry; ++entry) {
        std::string_view text = *entry;
        size_t equals = text.find('=');
        if (equals != std::string_view::npos)
            define_data(vm, *env, text.substr(0, equals), string_value(vm, text.substr(equals + 1)));
    }
    define_data(vm, *binding, "env", Value::object(env));
    Object* versions = Object::create(vm, realm.object_prototype());
    define_data(vm, *versions, "node", string_value(vm, kNodeApiVersion));
    define_data(vm, *versions, "sable", string_value(vm, SABLE_VERSION));
    define_data(vm, *versions, "uv", string_value(vm, uv_version_string()));
    define_data(vm, *binding, "versions", Value::object(versions));
    define_data(vm, *binding, "platform", string_value(vm, kPlatform));
    define_data(vm, *binding, "arch", string_value(vm, kArch));
    define_data(vm, *binding, "pid", Value::number(double(uv_os_getpid())));
    define_data(vm, *binding, "ppid", Value::number(double(uv_os_getppid())));
    return binding;
}

}
