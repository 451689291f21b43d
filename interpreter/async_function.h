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

namespace sable::runtime {
class FunctionObject;
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

// Settles the async function's promise after a run of its body that did not stop at an await:
// resolved with the returned value, or rejected with the pending exception (which is taken).
void settle_async_function(runtime::VM&, AsyncFunctionState&, runtime::ThrowCompletionOr<runtime::Value> const& result,
    runtime::Value returned);

}
