#include "interpreter/async_function.h"

#include "gc/heap.h"
#include "interpreter/async_generator.h"
#include "interpreter/dispatch.h"
#include "interpreter/frame.h"
#include "interpreter/suspended_frame.h"
#include "runtime/async_generator_object.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/function_object.h"
#include "runtime/realm.h"
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

namespace {

// AsyncBlockStart ( promiseCapability, asyncBody, asyncContext ) steps 2.e-g, after a run of the
// body that did not stop at an await: resolve with the returned value, or reject with the
// exception. https://tc39.es/ecma262/#sec-asyncblockstart
void settle(VM& vm, AsyncFunctionState& state, ThrowCompletionOr<Value>& result)
{
    if (state.is_awaiting())
        return;
    if (result.is_throw())
        reject_promise(vm, *state.promise(), vm.take_pending_exception());
    else
        resolve_promise(vm, *state.promise(), result.release_value());
}

// Continues an async function suspended at an await, as a promise reaction job.
ThrowCompletionOr<Value> resume(VM& vm, AsyncFunctionState& state, Value value, int32_t kind)
{
    state.set_awaiting(false);
    Frame* frame = state.frame()->restore(vm);
    if (!frame) {
        reject_promise(vm, *state.promise(), vm.take_pending_exception());
        return Value::undefined();
    }
    frame->registers()[state.kind_register()] = Value::int32(kind);
    frame->suspendable = &state;
    auto result = run_entry_frame(vm, frame, value);
    settle(vm, state, result);
    return Value::undefined();
}

ThrowCompletionOr<Value> resume_fulfilled(VM& vm, Value value, Value state)
{
    return resume(vm, *static_cast<AsyncFunctionState*>(state.as_internal_cell()), value, 0);
}

ThrowCompletionOr<Value> resume_rejected(VM& vm, Value reason, Value state)
{
    return resume(vm, *static_cast<AsyncFunctionState*>(state.as_internal_cell()), reason, 1);
}

}

ThrowCompletionOr<Value> call_async_function(VM& vm, FunctionObject& function, Value this_value, std::span<Value const> arguments)
{
    Promise* promise = Promise::create(vm, function.realm().promise_prototype());
    auto* state = AsyncFunctionState::create(vm.heap(), promise);
    auto pushed = push_call_frame(vm, function, this_value, arguments);
    if (pushed.is_throw()) {
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    Frame* frame = pushed.release_value();
    frame->suspendable = state;
    auto result = run_entry_frame(vm, frame);
    settle(vm, *state, result);
    return Value::object(promise);
}

void start_async_module(VM& vm, Realm& realm, bytecode::FunctionTemplate* code, Environment* environment, Promise* promise)
{
    auto* state = AsyncFunctionState::create(vm.heap(), promise);
    auto pushed = push_top_level_frame(vm, realm, code, environment, Value::undefined());
    if (pushed.is_throw()) {
        reject_promise(vm, *promise, vm.take_pending_exception());
        return;
    }
    Frame* frame = pushed.release_value();
    frame->suspendable = state;
    auto result = run_entry_frame(vm, frame);
    settle(vm, *state, result);
}

// Await ( value ) — https://tc39.es/ecma262/#await
ThrowCompletionOr<void> await_value(VM& vm, Frame& frame, Value value, uint32_t kind_register, uint32_t resume_offset)
{
    // 2. Let promise be ? PromiseResolve(%Promise%, value).
    auto* promise = static_cast<Promise*>(TRY(promise_resolve(vm, *frame.realm->promise_constructor(), value)));
    gc::Cell* suspendable = frame.suspendable;
    if (suspendable && suspendable->cell_kind() == gc::CellKind::AsyncGeneratorObject) {
        async_generator_await(vm, *static_cast<AsyncGeneratorObject*>(suspendable), frame, *promise, kind_register, resume_offset);
        return {};
    }
    auto* state = static_cast<AsyncFunctionState*>(suspendable);
    // 3-9. Save the frame; one of the reactions resumes it.
    if (state->frame())
        state->frame()->update(vm, frame, resume_offset);
    else
        state->set_frame(vm.heap(), SuspendedFrame::save(vm, frame, resume_offset));
    state->set_kind_register(kind_register);
    state->set_awaiting(true);
    perform_promise_then_native(vm, *promise, resume_fulfilled, resume_rejected, Value::internal_cell(state));
    return {};
}

}
