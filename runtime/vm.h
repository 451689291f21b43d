#pragma once
// VM: one JavaScript virtual machine (DESIGN.md decision 9). It owns everything that is per
// VM rather than per realm: the garbage-collected heap, the atom table, the symbol registry
// (well-known symbols are shared by all realms), the shape transition cache, and the pending
// exception. There are no mutable globals: two VMs (one per worker thread) share nothing.
//
// Exceptions (DESIGN.md decision 2): an operation that throws stores the thrown value in the
// VM's pending-exception slot (a GC root) and returns ThrowCompletion; callers propagate with
// TRY until someone catches it with take_pending_exception().
//
// The current realm stands in for "the current Realm Record" (the running execution context's
// realm) until execution contexts exist: errors thrown by internal methods take their
// prototypes from it.

#include "gc/heap.h"
#include "runtime/async_wait_queue.h"
#include "runtime/atom_table.h"
#include "runtime/completion.h"
#include "runtime/error_types.h"
#include "runtime/job_queue.h"
#include "runtime/shape_transitions.h"
#include "runtime/symbol_registry.h"
#include "runtime/value.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <utility>
#include <vector>
#include <initializer_list>
#include <memory>
#include <string_view>

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::interpreter {
class InterpreterStack;
}

namespace sable::runtime {

class ModuleRecord;
class Object;
class Realm;
class String;
class ValueArray;
class WeakCollectionRegistry;
enum class ErrorKind : uint8_t;

// HostPromiseRejectionTracker's operation argument.
enum class PromiseRejectionOperation : uint8_t { Reject, Handle };

class VM {
public:
    explicit VM(gc::HeapOptions const& = {});
    ~VM();
    VM(VM const&) = delete;
    VM& operator=(VM const&) = delete;

    gc::Heap& heap() { return m_heap; }
    AtomTable& atoms() { return m_atoms; }
    SymbolRegistry& symbols() { return m_symbols; }
    ShapeTransitions& shapes() { return m_shapes; }
    // The interpreter's frames (interpreter/frame.h).
    interpreter::InterpreterStack& interpreter_stack() { return *m_interpreter_stack; }

    // Throwing. throw_value stores the value (no exception may be pending already: the previous
    // one must have been propagated or taken) and returns the marker to return.
    ThrowCompletion throw_value(Value);
    bool has_pending_exception() const { return !m_pending_exception.is_empty(); }
    Value pending_exception() const { return m_pending_exception; }
    // Returns the pending exception and clears the slot (catching it).
    Value take_pending_exception();

    // Throws a new error object of `kind` from `realm` whose own "message" is `message`.
    ThrowCompletion throw_error(Realm&, ErrorKind, std::string_view message);
    ThrowCompletion throw_type_error(Realm&, std::string_view message);
    ThrowCompletion throw_range_error(Realm&, std::string_view message);
    ThrowCompletion throw_reference_error(Realm&, std::string_view message);
    ThrowCompletion throw_syntax_error(Realm&, std::string_view message);
    // The same with a message from error_types.def, in the current realm.
    ThrowCompletion throw_type_error(ErrorType, std::initializer_list<std::string_view> arguments = {});
    ThrowCompletion throw_range_error(ErrorType, std::initializer_list<std::string_view> arguments = {});
    ThrowCompletion throw_reference_error(ErrorType, std::initializer_list<std::string_view> arguments = {});
    ThrowCompletion throw_syntax_error(ErrorType, std::initializer_list<std::string_view> arguments = {});

    // Where the pending exception was thrown in JavaScript code: the innermost bytecode
    // instruction that threw or called the native code that threw. Hosts report uncaught
    // exceptions at this position. Rooted by the VM.
    struct ThrowSite {
        bytecode::FunctionTemplate* function_template { nullptr };
        uint32_t bytecode_offset { 0 };
    };
    ThrowSite const& throw_site() const { return m_throw_site; }
    // Records the site of the pending exception: the first (innermost) call wins, so frames the
    // exception unwinds through later (a JS caller of a native caller) do not move it.
    void record_throw_site(ThrowSite site)
    {
        if (m_throw_site_recorded)
            return;
        m_throw_site = site;
        m_throw_site_recorded = true;
    }

    // State the embedding attaches to the VM (the host's options, for its native functions).
    void* embedder_data() const { return m_embedder_data; }
    void set_embedder_data(void* data) { m_embedder_data = data; }

    // The realm errors come from when no realm is named (see above). Rooted by the VM.
    Realm& current_realm() const;
    bool has_current_realm() const { return m_current_realm != nullptr; }
    void set_current_realm(Realm*);

    // The live WeakMaps and WeakSets, whose dead keys weak processing drops.
    WeakCollectionRegistry& weak_collections() { return *m_weak_collections; }

    // AddToKeptObjects ( value ) and ClearKeptObjects ( ): WeakRef targets created or
    // dereferenced in the running job stay alive until it ends (the job queue clears them).
    void keep_during_job(Value value) { m_kept_alive.push_back(value); }
    void clear_kept_objects() { m_kept_alive.clear(); }

    // The promise job queue (HostEnqueuePromiseJob); the host drains it with run_jobs().
    JobQueue& job_queue() { return m_job_queue; }
    ThrowCompletionOr<void> run_jobs() { return m_job_queue.run_jobs(*this); }

    // Atomics.waitAsync's pending waiters; the host settles them (settle) from its event loop.
    AsyncWaitQueue& async_waits() { return m_async_waits; }

    // AgentCanSuspend ( ): the agent's [[CanBlock]], whether Atomics.wait may suspend it. True
    // unless the host says otherwise (a browser's main thread would).
    bool can_suspend() const { return m_can_suspend; }
    void set_can_suspend(bool can_suspend) { m_can_suspend = can_suspend; }

    // HostPromiseRejectionTracker ( promise, operation ): called when a promise is rejected with
    // no handler (Reject) and when a handler is added to such a promise later (Handle). Empty by
    // default; Node's host tracks unhandled rejections with it.
    using PromiseRejectionTracker = std::function<void(VM&, Object& promise, PromiseRejectionOperation)>;
    void set_promise_rejection_tracker(PromiseRejectionTracker tracker) { m_promise_rejection_tracker = std::move(tracker); }
    void host_promise_rejection_tracker(Object& promise, PromiseRejectionOperation operation)
    {
        if (m_promise_rejection_tracker)
            m_promise_rejection_tracker(*this, promise, operation);
    }

    // HostLoadImportedModule ( referrer, moduleRequest, ... ) (16.2.1.8), completed at once: the
    // host resolves `specifier` (with its import attributes: a ValueArray of key/value strings,
    // or null) against the referring script or module named `referrer` (its path; empty when
    // there is none), and returns the module record, the same one every time it names the
    // same module in `realm`; it throws when the module cannot be found or parsed. Without a
    // loader, importing throws.
    using ModuleLoader = std::function<ThrowCompletionOr<ModuleRecord*>(VM&, Realm&, std::string_view referrer,
        String* specifier, ValueArray* attributes)>;
    void set_module_loader(ModuleLoader loader) { m_module_loader = std::move(loader); }
    ModuleLoader const& module_loader() const { return m_module_loader; }

    // HostGetImportMetaProperties and HostFinalizeImportMeta (16.2.1.12, 16.2.1.13): fills a
    // module's new import.meta object. Optional.
    using ImportMetaInitializer = std::function<void(VM&, Object& import_meta, ModuleRecord&)>;
    void set_import_meta_initializer(ImportMetaInitializer initializer) { m_import_meta_initializer = std::move(initializer); }
    ImportMetaInitializer const& import_meta_initializer() const { return m_import_meta_initializer; }
    // [[AsyncEvaluation]] order of modules (IncrementModuleAsyncEvaluationCount, 16.2.1.5.3.5).
    uint64_t next_module_async_evaluation_order() { return ++m_module_async_evaluation_count; }

    // Interrupts: another thread (a watchdog timer) or a signal handler asks the running code to
    // stop with request_interrupt(); the interpreter notices at its next loop back-edge and calls
    // the interrupt handler, whose throw completion unwinds the code (it keeps being called at
    // every back-edge until clear_interrupt(), so catching the error does not resume a loop).
    // Without a handler, requests are ignored.
    using InterruptHandler = std::function<ThrowCompletion(VM&)>;
    void request_interrupt() { m_interrupt_requested.store(true, std::memory_order_relaxed); }
    void clear_interrupt() { m_interrupt_requested.store(false, std::memory_order_relaxed); }
    bool interrupt_requested() const { return m_interrupt_requested.load(std::memory_order_relaxed); }
    // The handler, and the one it replaces (hosts nest them: restore the previous one after).
    InterruptHandler set_interrupt_handler(InterruptHandler handler) { return std::exchange(m_interrupt_handler, std::move(handler)); }
    bool has_interrupt_handler() const { return bool(m_interrupt_handler); }
    ThrowCompletion handle_interrupt() { return m_interrupt_handler(*this); }

    // Called with every error object the engine creates (the Error constructors, and errors the
    // runtime throws): captures the interpreter's stack trace for the error's "stack" (without the
    // frames up to and including the innermost call of `skip_until`, the constructor `new` was
    // applied to, as V8 leaves them out).
    void on_error_created(Object& error, Object* skip_until = nullptr);

private:
    gc::Heap m_heap;
    uint64_t m_root_provider_id { 0 };
    Value m_pending_exception { Value::empty() };
    Realm* m_current_realm { nullptr };
    ThrowSite m_throw_site;
    bool m_throw_site_recorded { false };
    void* m_embedder_data { nullptr };
    AtomTable m_atoms;
    SymbolRegistry m_symbols;
    ShapeTransitions m_shapes;
    JobQueue m_job_queue;
    AsyncWaitQueue m_async_waits;
    bool m_can_suspend { true };
    std::unique_ptr<WeakCollectionRegistry> m_weak_collections;
    PromiseRejectionTracker m_promise_rejection_tracker;
    ModuleLoader m_module_loader;
    // Rooted by the VM's root provider; malloc storage, never GC-allocated.
    std::vector<Value> m_kept_alive;
    ImportMetaInitializer m_import_meta_initializer;
    uint64_t m_module_async_evaluation_count { 0 };
    std::unique_ptr<interpreter::InterpreterStack> m_interpreter_stack;
    std::atomic<bool> m_interrupt_requested { false };
    InterruptHandler m_interrupt_handler;
};

}
