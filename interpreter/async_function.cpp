#include "interpreter/async_function.h"

#include "gc/heap.h"
#include "interpreter/suspended_frame.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;

AsyncFunctionState* AsyncFunctionState::create(gc::Heap& heap, Promise* promise)
{
    return heap.allocate<AsyncFunctionState>(promise);
}

void AsyncFunctionState::set_frame(gc::Heap& heap, SuspendedFrame* frame)
{
    m_frame = frame;
    heap.write_barrier(this, frame);
}

void AsyncFunctionState::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* state = static_cast<AsyncFunctionState*>(cell);
    visitor.visit(state->m_promise);
    visitor.visit(state->m_frame);
}

// AsyncBlockStart ( promiseCapability, asyncBody, asyncContext ) steps 2.e-g:
// https://tc39.es/ecma262/#sec-asyncblockstart
void settle_async_function(VM& vm, AsyncFunctionState& state, ThrowCompletionOr<Value> const& result, Value returned)
{
    if (state.is_awaiting())
        return;
    if (result.is_throw())
        reject_promise(vm, *state.promise(), vm.take_pending_exception());
    else
        resolve_promise(vm, *state.promise(), returned);
}

}
