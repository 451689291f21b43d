#include "interpreter/async_generator.h"

#include "interpreter/dispatch.h"
#include "interpreter/frame.h"
#include "interpreter/generator_resume.h"
#include "interpreter/suspended_frame.h"
#include "runtime/async_generator_object.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/iteration.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;
using State = AsyncGeneratorObject::State;

namespace {

void resume_next(VM&, AsyncGeneratorObject&);

// AsyncGeneratorCompleteStep ( generator, completion, done ): settles the front request.
void complete_step(VM& vm, AsyncGeneratorObject& generator, bool is_throw, Value value, bool done)
{
    auto request = generator.front_request();
    generator.dequeue();
    if (is_throw)
        reject_promise(vm, *request.promise, value);
    else
        resolve_promise(vm, *request.promise, Value::object(create_iter_result_object(vm, value, done)));
}

// What happens after the body ran for a while: it awaited (wait), yielded (the request is
// done: go on with the next), returned or threw (the generator completes).
void after_run(VM& vm, AsyncGeneratorObject& generator, ThrowCompletionOr<Value>& result)
{
    if (result.is_throw()) {
        generator.set_state(State::Completed);
        complete_step(vm, generator, true, vm.take_pending_exception(), true);
    } else if (generator.is_awaiting()) {
        return;
    } else if (generator.state() == State::Executing) {
        generator.set_state(State::Completed);
        complete_step(vm, generator, false, result.release_value(), true);
    }
    resume_next(vm, generator);
}

// Runs the saved frame with `value` in the accumulator and `kind` in `kind_register`.
void run_body(VM& vm, AsyncGeneratorObject& generator, Value value, uint32_t kind_register, int32_t kind)
{
    Frame* frame = generator.frame()->restore(vm);
    ThrowCompletionOr<Value> result = ThrowCompletion {};
    if (frame) {
        frame->registers()[kind_register] = Value::int32(kind);
        frame->suspendable = &generator;
        result = run_entry_frame(vm, frame, value);
    }
    after_run(vm, generator, result);
}

ThrowCompletionOr<Value> await_fulfilled(VM& vm, Value value, Value generator)
{
    auto& object = *static_cast<AsyncGeneratorObject*>(generator.as_object());
    object.set_awaiting(false);
    run_body(vm, object, value, object.await_kind_register(), 0);
    return Value::undefined();
}

ThrowCompletionOr<Value> await_rejected(VM& vm, Value reason, Value generator)
{
    auto& object = *static_cast<AsyncGeneratorObject*>(generator.as_object());
    object.set_awaiting(false);
    run_body(vm, object, reason, object.await_kind_register(), 1);
    return Value::undefined();
}

ThrowCompletionOr<Value> return_fulfilled(VM& vm, Value value, Value generator)
{
    auto& object = *static_cast<AsyncGeneratorObject*>(generator.as_object());
    object.set_state(State::Completed);
    complete_step(vm, object, false, value, true);
    resume_next(vm, object);
    return Value::undefined();
}

ThrowCompletionOr<Value> return_rejected(VM& vm, Value reason, Value generator)
{
    auto& object = *static_cast<AsyncGeneratorObject*>(generator.as_object());
    object.set_state(State::Completed);
    complete_step(vm, object, true, reason, true);
    resume_next(vm, object);
    return Value::undefined();
}

// AsyncGeneratorAwaitReturn ( generator ) — https://tc39.es/ecma262/#sec-asyncgeneratorawaitreturn
void await_return(VM& vm, AsyncGeneratorObject& generator, Value value)
{
    generator.set_state(State::AwaitingReturn);
    auto promise = promise_resolve(vm, *vm.current_realm().promise_constructor(), value);
    if (promise.is_throw()) {
        generator.set_state(State::Completed);
        complete_step(vm, generator, true, vm.take_pending_exception(), true);
        resume_next(vm, generator);
        return;
    }
    perform_promise_then_native(vm, *static_cast<Promise*>(promise.release_value()), return_fulfilled, return_rejected,
        Value::object(&generator));
}

// AsyncGeneratorResumeNext / AsyncGeneratorDrainQueue: serve requests while the generator is
// suspended or completed.
void resume_next(VM& vm, AsyncGeneratorObject& generator)
{
    while (generator.has_requests()) {
        State state = generator.state();
        if (state == State::Executing || state == State::AwaitingReturn || generator.is_awaiting())
            return;
        auto request = generator.front_request();
        auto kind = ResumeKind(request.kind);
        if (kind != ResumeKind::Next && state == State::SuspendedStart) {
            generator.set_state(State::Completed);
            state = State::Completed;
        }
        if (state == State::Completed) {
            if (kind == ResumeKind::Return) {
                await_return(vm, generator, request.value);
                return;
            }
            complete_step(vm, generator, kind == ResumeKind::Throw, kind == ResumeKind::Throw ? request.value : Value::undefined(), true);
            continue;
        }
        // Suspended at the start or at a yield: run the body for this request.
        generator.set_state(State::Executing);
        run_body(vm, generator, request.value, generator.generator_register() + 1, int32_t(kind));
        return;
    }
}

}

Value async_generator_request(VM& vm, Realm& realm, Value generator_value, Value value, ResumeKind kind)
{
    Promise* promise = Promise::create(vm, realm.promise_prototype());
    // AsyncGeneratorValidate: a wrong receiver rejects the promise.
    if (!generator_value.is_object() || generator_value.as_object()->kind() != ObjectKind::AsyncGenerator) {
        auto error = vm.throw_type_error(realm, "AsyncGenerator method called on an incompatible receiver");
        (void)error;
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    auto& generator = *static_cast<AsyncGeneratorObject*>(generator_value.as_object());
    generator.enqueue(vm, { uint8_t(kind), value, promise });
    resume_next(vm, generator);
    return Value::object(promise);
}

// AsyncGeneratorYield ( value ) — https://tc39.es/ecma262/#sec-asyncgeneratoryield
void async_generator_yield(VM& vm, AsyncGeneratorObject& generator, Frame& frame, Value value, uint32_t resume_offset)
{
    generator.frame()->update(vm, frame, resume_offset);
    generator.set_state(State::SuspendedYield);
    complete_step(vm, generator, false, value, false);
}

void async_generator_await(VM& vm, AsyncGeneratorObject& generator, Frame& frame, Promise& promise, uint32_t kind_register,
    uint32_t resume_offset)
{
    generator.frame()->update(vm, frame, resume_offset);
    generator.set_await_kind_register(kind_register);
    generator.set_awaiting(true);
    perform_promise_then_native(vm, promise, await_fulfilled, await_rejected, Value::object(&generator));
}

}
