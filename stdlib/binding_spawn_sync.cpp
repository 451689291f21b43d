// internalBinding('spawn_sync'): runs a child process to completion on a private libuv loop,
// feeding its stdin and collecting its stdout and stderr, for child_process.spawnSync and the
// functions built on it (lib/child_process.js validates options and builds the result).

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/spawn_arguments.h"

#include <uv.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

// One child's run: its pipes, what they carried, how it ended.
struct SyncRun {
    uv_loop_t loop {};
    uv_process_t process {};
    uv_pipe_t pipes[3] {};
    bool piped[3] {};
    std::string output[3];
    uv_timer_t timer {};
    std::span<uint8_t> input;
    uv_write_t write_request {};
    uv_shutdown_t shutdown_request {};
    size_t max_buffer { 0 };
    int kill_signal { SIGTERM };
    int error { 0 };
    int64_t exit_status { 0 };
    int term_signal { 0 };
    bool exited { false };

    void kill_for(int reason)
    {
        if (!error)
            error = reason;
        if (!exited)
            uv_process_kill(&process, kill_signal);
        for (size_t i = 0; i < 3; ++i)
            if (piped[i] && !uv_is_closing(reinterpret_cast<uv_handle_t*>(&pipes[i])))
                uv_close(reinterpret_cast<uv_handle_t*>(&pipes[i]), nullptr);
    }
};

SyncRun& run_of(uv_handle_t* handle) { return *static_cast<SyncRun*>(handle->data); }

void on_allocate(uv_handle_t*, size_t suggested, uv_buf_t* buffer)
{
    buffer->base = new char[suggested];
    buffer->len = suggested;
}

void on_read(uv_stream_t* stream, ssize_t length, uv_buf_t const* buffer)
{
    SyncRun& run = run_of(reinterpret_cast<uv_handle_t*>(stream));
    size_t index = reinterpret_cast<uv_pipe_t*>(stream) - run.pipes;
    if (length > 0)
        run.output[index].append(buffer->base, size_t(length));
    delete[] buffer->base;
    if (length > 0 && run.output[index].size() > run.max_buffer)
        run.kill_for(UV_ENOBUFS);
    else if (length < 0 && !uv_is_closing(reinterpret_cast<uv_handle_t*>(stream)))
        uv_close(reinterpret_cast<uv_handle_t*>(stream), nullptr);
}

void on_exit(uv_process_t* process, int64_t status, int signal)
{
    SyncRun& run = run_of(reinterpret_cast<uv_handle_t*>(process));
    run.exited = true;
    run.exit_status = status;
    run.term_signal = signal;
    uv_close(reinterpret_cast<uv_handle_t*>(process), nullptr);
    if (run.timer.data)
        uv_close(reinterpret_cast<uv_handle_t*>(&run.timer), nullptr);
}

// The input could not all be written (EPIPE: the child exited without reading it).
void on_written(uv_write_t* request, int status)
{
    SyncRun& run = *static_cast<SyncRun*>(request->data);
    if (status < 0 && status != UV_ECANCELED && !run.error)
        run.error = status;
}

void on_timeout(uv_timer_t* timer)
{
    run_of(reinterpret_cast<uv_handle_t*>(timer)).kill_for(UV_ETIMEDOUT);
}

// spawn ( file, args, cwd, env, stdio, input, timeout, killSignal, maxBuffer ): file, args, cwd
// and env as SpawnCommand reads them (args start with argv[0]), stdio
// "ppp"-like (p pipe, i inherit, n ignore, per fd 0..2), input a Uint8Array or undefined.
// Returns [error, status, signal, pid, stdout, stderr, errorName]: error a libuv code (0 if
// none) and errorName its name ("ENOENT"), status the exit code, signal its number (0 if none),
// the outputs ArrayBuffers (undefined when not piped or not spawned).
ThrowCompletionOr<Value> spawn(VM& vm, Arguments const& arguments)
{
    SpawnCommand command = TRY(SpawnCommand::read(vm, arguments.at(0), arguments.at(1), arguments.at(2), arguments.at(3)));
    std::string stdio = TRY(utf8_argument(vm, arguments.at(4)));
    double timeout = TRY(to_number(vm, arguments.at(6)));
    double kill_signal = TRY(to_number(vm, arguments.at(7)));
    double max_buffer = TRY(to_number(vm, arguments.at(8)));

    SyncRun run;
    if (TypedArrayObject* input = as_typed_array(arguments.at(5)); input && !input->is_out_of_bounds())
        run.input = { input->buffer()->data() + input->byte_offset(), input->byte_length() };
    run.max_buffer = max_buffer >= 0 ? size_t(max_buffer) : SIZE_MAX;
    run.kill_signal = int(kill_signal);
    uv_loop_init(&run.loop);

    uv_stdio_container_t containers[3];
    for (int fd = 0; fd < 3; ++fd) {
        char kind = size_t(fd) < stdio.size() ? stdio[fd] : 'p';
        if (kind == 'p') {
            uv_pipe_init(&run.loop, &run.pipes[fd], 0);
            run.pipes[fd].data = &run;
            run.piped[fd] = true;
            containers[fd].flags = uv_stdio_flags(UV_CREATE_PIPE | (fd == 0 ? UV_READABLE_PIPE : UV_WRITABLE_PIPE));
            containers[fd].data.stream = reinterpret_cast<uv_stream_t*>(&run.pipes[fd]);
        } else if (kind == 'i') {
            containers[fd].flags = UV_INHERIT_FD;
            containers[fd].data.fd = fd;
        } else {
            containers[fd].flags = UV_IGNORE;
        }
    }

    uv_process_options_t options = command.options(on_exit);
    options.stdio_count = 3;
    options.stdio = containers;
    run.process.data = &run;

    // (A child that exits without reading its input fails the write with EPIPE: the host
    // ignores SIGPIPE.)
    // What console.log buffered goes out before a child that shares our stdout writes to it.
    std::fflush(stdout);
    std::fflush(stderr);
    int spawned = uv_spawn(&run.loop, &run.process, &options);
    if (spawned < 0) {
        run.error = spawned;
        for (int fd = 0; fd < 3; ++fd)
            if (run.piped[fd])
                uv_close(reinterpret_cast<uv_handle_t*>(&run.pipes[fd]), nullptr);
        uv_close(reinterpret_cast<uv_handle_t*>(&run.process), nullptr);
    } else {
        if (timeout > 0) {
            uv_timer_init(&run.loop, &run.timer);
            run.timer.data = &run;
            uv_timer_start(&run.timer, on_timeout, uint64_t(timeout), 0);
        }
        if (run.piped[0]) {
            uv_buf_t buffer = uv_buf_init(reinterpret_cast<char*>(run.input.data()), unsigned(run.input.size()));
            run.write_request.data = &run;
            if (!run.input.empty())
                uv_write(&run.write_request, reinterpret_cast<uv_stream_t*>(&run.pipes[0]), &buffer, 1, on_written);
            uv_shutdown(&run.shutdown_request, reinterpret_cast<uv_stream_t*>(&run.pipes[0]), [](uv_shutdown_t* request, int) {
                auto* handle = reinterpret_cast<uv_handle_t*>(request->handle);
                if (!uv_is_closing(handle))
                    uv_close(handle, nullptr);
            });
        }
        for (int fd = 1; fd < 3; ++fd)
            if (run.piped[fd])
                uv_read_start(reinterpret_cast<uv_stream_t*>(&run.pipes[fd]), on_allocate, on_read);
    }
    uv_run(&run.loop, UV_RUN_DEFAULT);
    uv_loop_close(&run.loop);

    Value stdout_value = run.piped[1] && spawned >= 0 ? TRY(array_buffer_of(vm, run.output[1])) : Value::undefined();
    Value stderr_value = run.piped[2] && spawned >= 0 ? TRY(array_buffer_of(vm, run.output[2])) : Value::undefined();
    Value error_name = run.error ? string_value(vm, uv_err_name(run.error)) : Value::undefined();
    Value parts[] = { Value::number(run.error), Value::number(double(run.exit_status)), Value::number(run.term_signal),
        Value::number(spawned >= 0 ? run.process.pid : 0), stdout_value, stderr_value, error_name };
    return Value::object(create_array_from_list(vm, parts));
}

}

Object* create_spawn_sync_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "spawn", spawn, 9);

    // signals: this platform's signal numbers by name (os.constants.signals).
    Object* signals = Object::create(vm, realm.object_prototype());
    static constexpr std::pair<char const*, int> kSignals[] = {
        { "SIGHUP", SIGHUP }, { "SIGINT", SIGINT }, { "SIGQUIT", SIGQUIT }, { "SIGILL", SIGILL },
        { "SIGTRAP", SIGTRAP }, { "SIGABRT", SIGABRT }, { "SIGIOT", SIGIOT }, { "SIGBUS", SIGBUS },
        { "SIGFPE", SIGFPE }, { "SIGKILL", SIGKILL }, { "SIGUSR1", SIGUSR1 }, { "SIGSEGV", SIGSEGV },
        { "SIGUSR2", SIGUSR2 }, { "SIGPIPE", SIGPIPE }, { "SIGALRM", SIGALRM }, { "SIGTERM", SIGTERM },
        { "SIGCHLD", SIGCHLD }, { "SIGSTKFLT", SIGSTKFLT }, { "SIGCONT", SIGCONT }, { "SIGSTOP", SIGSTOP },
        { "SIGTSTP", SIGTSTP }, { "SIGTTIN", SIGTTIN }, { "SIGTTOU", SIGTTOU }, { "SIGURG", SIGURG },
        { "SIGXCPU", SIGXCPU }, { "SIGXFSZ", SIGXFSZ }, { "SIGVTALRM", SIGVTALRM }, { "SIGPROF", SIGPROF },
        { "SIGWINCH", SIGWINCH }, { "SIGIO", SIGIO }, { "SIGPOLL", SIGPOLL }, { "SIGPWR", SIGPWR },
        { "SIGSYS", SIGSYS },
    };
    for (auto [name, number] : kSignals)
        define_data(vm, *signals, name, Value::number(number));
    define_data(vm, *binding, "signals", Value::object(signals));
    return binding;
}

}
