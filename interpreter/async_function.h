#pragma once
// Async functions (ECMA-262 27.7): a call runs the body until its first `await`, then returns
// the function's promise; each `await` saves the frame (AsyncFunctionState) and resumes it from
// a promise reaction job when the awaited promise settles. Returning resolves the promise,
// throwing rejects it.

#include "gc/cell.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <span>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::runtime {
class Environment;
class FunctionObject;
class Realm;
class Promise;
class VM;
}

namespace sable::interpreter {

class SuspendedFrame;

class AsyncFunctionState final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::AsyncFunctionState;

    static AsyncFunctionState* create(gc::Heap&, runtime::Promise*);

    runtime::Promise* promise() const { return m_promise; }
    SuspendedFrame* frame() const { return m_frame; }
    void set_frame(gc::Heap&, SuspendedFrame*);
    // The register that receives the completion kind (0 normal, 1 throw) on resumption.
    uint32_t kind_register() const { return m_kind_register; }
    void set_kind_register(uint32_t reg) { m_kind_register = reg; }
    // Suspended at an await (the run that returned did not finish the body).
    bool is_awaiting() const { return m_awaiting; }
    void set_awaiting(bool awaiting) { m_awaiting = awaiting; }

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    explicit AsyncFunctionState(runtime::Promise* promise)
        : gc::Cell(kKind)
        , m_promise(promise)
    {
    }

    runtime::Promise* m_promise;
    SuspendedFrame* m_frame { nullptr };
    uint32_t m_kind_register { 0 };
    bool m_awaiting { false };
};

struct Frame;

// An async function's [[Call]] (27.7.5.1 AsyncFunctionStart): runs the body until it awaits or
// finishes, and returns its promise.
runtime::ThrowCompletionOr<runtime::Value> call_async_function(runtime::VM&, runtime::FunctionObject&, runtime::Value this_value,
    std::span<runtime::Value const> arguments);

// AsyncBlockStart for a module with top-level await (16.2.1.6.5 ExecuteModule, step 3): runs
// the module's code in `environment` until it awaits or finishes; `promise` settles with its
// completion.
void start_async_module(runtime::VM&, runtime::Realm&, bytecode::FunctionTemplate*, runtime::Environment*, runtime::Promise*);

// Await ( value ) (27.7.5.3) in `frame`, an async function's or async generator's: saves the
// frame to resume at `resume_offset` with the completion kind in `kind_register` once the
// promise for `value` settles. The caller then leaves the frame.
runtime::ThrowCompletionOr<void> await_value(runtime::VM&, Frame&, runtime::Value value, uint32_t kind_register,
    uint32_t resume_offset);

}
