#pragma once
// NodeHost: the Node-style runtime of one VM and realm (DESIGN.md "Host"). It owns the libuv
// event loop, loads the embedded JS library (stdlib/lib) lazily, one module at a time when it is
// first required, and is the one way callbacks from the loop re-enter JS: call_into_js runs a
// callback, then drains the process.nextTick queue and the promise jobs, and routes an
// exception nobody caught to process 'uncaughtException' or to the report-and-exit path.
//
// The JS values it keeps (the library's module cache, the hooks the library registers, pending
// promise rejections) are rooted through a heap root provider.

#include "runtime/completion.h"
#include "runtime/value.h"
#include "stdlib/event_loop.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sable::runtime {
class Object;
class Realm;
class VM;
}

namespace sable::stdlib {

class ModuleLoader;

struct CliOptions;

// JS functions the library hands to the host (internalBinding('host').setHooks and friends).
#define SABLE_NODE_HOOKS(X)                                                                        \
    X(process_ticks)   /* processTicksAndRejections(): nextTick queue, then promise jobs */        \
    X(process_timers)  /* processTimers(now) → next expiry (negative: unref'd; 0: none) */         \
    X(process_immediates) /* processImmediate(): the check phase's setImmediate queue */           \
    X(handle_uncaught) /* (error, origin) → true when process 'uncaughtException' took it */       \
    X(emit_before_exit) /* (): process 'beforeExit' */                                             \
    X(emit_exit)       /* (code) → the final exit code, after process 'exit' */                    \
    X(repl_input)      /* (keys) → the REPL's terminal input (null at its end) */

enum class NodeHook : uint8_t {
#define SABLE_NODE_HOOK_ENUM(name) name,
    SABLE_NODE_HOOKS(SABLE_NODE_HOOK_ENUM)
#undef SABLE_NODE_HOOK_ENUM
        Count
};

class NodeHost {
public:
    NodeHost(runtime::VM&, runtime::Realm&, CliOptions const&);
    ~NodeHost();
    NodeHost(NodeHost const&) = delete;
    NodeHost& operator=(NodeHost const&) = delete;

    // The host of the VM a native function runs in.
    static NodeHost& from(runtime::VM&);

    runtime::VM& vm() { return m_vm; }
    runtime::Realm& realm() { return m_realm; }
    EventLoop& loop() { return m_loop; }
    CliOptions const& options() const { return m_options; }
    // uv_hrtime() when the host started.
    uint64_t start_time() const { return m_start_time; }

    // The exports of the library module `id` ("events", "internal/timers"), running it the first
    // time. Library modules are functions of (exports, require, module, internalBinding).
    runtime::ThrowCompletionOr<runtime::Value> require_builtin(std::string_view id);
    // internalBinding(name): the C++ bindings object `name` (stdlib/bindings.def), made once.
    runtime::ThrowCompletionOr<runtime::Value> internal_binding(std::string_view name);

    // A function of `parameters` (comma-separated) whose body is `body`, compiled so that
    // positions in messages and stacks are those of `body` in the file `name`. A syntax error
    // is thrown as a SyntaxError; its excerpt is kept for the uncaught-exception report. The
    // offsets place the body in a larger document (vm.compileFunction's lineOffset/columnOffset).
    runtime::ThrowCompletionOr<runtime::Value> compile_function(std::string const& name, std::string_view parameters,
        std::string body, int32_t line_offset = 0, int32_t column_offset = 0);

    // The ES module loader (installed while the program runs), for require() of ES modules.
    ModuleLoader* module_loader() const { return m_module_loader; }
    void set_module_loader(ModuleLoader* loader) { m_module_loader = loader; }

    runtime::Value hook(NodeHook hook) const { return m_hooks[size_t(hook)]; }
    void set_hook(NodeHook hook, runtime::Value function) { m_hooks[size_t(hook)] = function; }

    // Calls `function` from the loop, then drains the task queues; false if it threw (the
    // exception has been handled as uncaught).
    bool call_into_js(runtime::Value function, runtime::Value this_value, std::span<runtime::Value const> arguments,
        runtime::Value* result = nullptr);
    // process.nextTick callbacks, then promise jobs, until both are empty; then unhandled
    // rejections.
    void drain_task_queues();
    // An exception nobody caught: process 'uncaughtException' listeners, or the report on
    // stderr and exit with status 1 (never returns then).
    void trigger_uncaught_exception(runtime::Value error, bool from_promise);

    // HostPromiseRejectionTracker's record: rejected promises without handlers, not yet reported.
    std::vector<runtime::Value>& pending_rejections() { return m_pending_rejections; }

    // Runs the loop until nothing keeps it alive, with process 'beforeExit' and 'exit'; returns
    // the exit status.
    int run_to_completion();
    // Flushes the standard streams and ends the process (process.exit, a fatal exception).
    [[noreturn]] static void exit_process(int status);

private:
    runtime::VM& m_vm;
    runtime::Realm& m_realm;
    CliOptions const& m_options;
    EventLoop m_loop;
    uint64_t m_start_time { uv_hrtime() };
    uint64_t m_root_provider_id { 0 };
    ModuleLoader* m_module_loader { nullptr };
    runtime::Object* m_builtin_modules { nullptr }; // id → module object
    runtime::Object* m_bindings { nullptr };        // name → bindings object
    runtime::Value m_require_builtin { runtime::Value::undefined() };
    runtime::Value m_internal_binding { runtime::Value::undefined() };
    runtime::Value m_hooks[size_t(NodeHook::Count)];
    // Rooted by the root provider.
    std::vector<runtime::Value> m_pending_rejections;
    // The last syntax error compile_function threw, with its excerpt (file:line, line, caret).
    runtime::Value m_syntax_error { runtime::Value::undefined() };
    std::string m_syntax_error_excerpt;
    bool m_draining { false };
};

}
