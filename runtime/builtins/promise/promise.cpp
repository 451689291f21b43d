#include "runtime/builtins/promise/promise.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/error_object.h"
#include "runtime/error_types.h"
#include "runtime/native_function.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <vector>

namespace sable::runtime {

// ---- Cells ----

Promise* Promise::create(VM& vm, Object* prototype)
{
    if (!prototype)
        prototype = vm.current_realm().promise_prototype();
    Shape* shape = vm.shapes().root(prototype, ObjectKind::Promise);
    return vm.heap().allocate_with_size<Promise>(allocation_size(sizeof(Promise), kDefaultInlineSlots), shape);
}

void Promise::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* promise = static_cast<Promise*>(cell);
    visitor.visit_value_bits(promise->m_result.bits());
    visitor.visit(promise->m_fulfill_reactions);
    visitor.visit(promise->m_reject_reactions);
    Object::visit_children(cell, visitor);
}

PromiseReaction* PromiseReaction::create(VM& vm, Type type, Value promise, Value resolve, Value reject, Value handler,
    NativeReactionHandler native_handler, Value native_data)
{
    // HostMakeJobCallback ( callback ): [[HostDefined]] is the current async context.
    return vm.heap().allocate<PromiseReaction>(type, promise, resolve, reject, handler, native_handler, native_data,
        vm.job_queue().async_context());
}

void PromiseReaction::set_next(gc::Heap& heap, PromiseReaction* next)
{
    m_next = next;
    heap.write_barrier(this, next);
}

void PromiseReaction::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* reaction = static_cast<PromiseReaction*>(cell);
    visitor.visit_value_bits(reaction->m_capability_promise.bits());
    visitor.visit_value_bits(reaction->m_capability_resolve.bits());
    visitor.visit_value_bits(reaction->m_capability_reject.bits());
    visitor.visit_value_bits(reaction->m_handler.bits());
    visitor.visit_value_bits(reaction->m_native_data.bits());
    visitor.visit_value_bits(reaction->m_async_context.bits());
    visitor.visit(reaction->m_next);
}

namespace {

// Shared state of closures, kept in a NativeFunction's data as a ValueArray.
ValueArray* make_state(VM& vm, std::initializer_list<Value> values)
{
    ValueArray* state = ValueArray::create(vm.heap(), uint32_t(values.size()), Value::undefined());
    uint32_t i = 0;
    for (Value value : values)
        state->set(vm.heap(), i++, value);
    state->set_size(uint32_t(values.size()));
    return state;
}

ValueArray* state_of(Arguments const& arguments)
{
    auto* function = static_cast<NativeFunction*>(arguments.callee);
    return reinterpret_cast<ValueArray*>(function->data().as_internal_cell());
}

NativeFunction* make_closure(VM& vm, NativeFunctionPointer behaviour, uint32_t length, ValueArray* state)
{
    NativeFunction* function = NativeFunction::create(vm, vm.current_realm(), behaviour, vm.atoms().empty, length);
    function->set_data(vm.heap(), Value::internal_cell(state));
    return function;
}

// ---- Jobs ----

// NewPromiseReactionJob ( reaction, argument ) — https://tc39.es/ecma262/#sec-newpromisereactionjob
ThrowCompletionOr<void> promise_reaction_job(VM& vm, Value reaction_value, Value argument, Value)
{
    auto* reaction = reinterpret_cast<PromiseReaction*>(reaction_value.as_internal_cell());
    // a. Let promiseCapability be reaction.[[Capability]].
    // b. Let type be reaction.[[Type]].
    // c. Let handler be reaction.[[Handler]].
    bool is_throw = false;
    Value handler_result;
    if (reaction->native_handler()) {
        // (A C++ handler: await's continuation.)
        auto result = reaction->native_handler()(vm, argument, reaction->native_data());
        if (result.is_throw()) {
            if (reaction->capability_promise().is_undefined())
                return ThrowCompletion {};
            is_throw = true;
            handler_result = vm.take_pending_exception();
        } else {
            handler_result = result.release_value();
        }
    } else if (reaction->handler().is_empty()) {
        // d. If handler is empty, then
        //    i. If type is fulfill, let handlerResult be NormalCompletion(argument).
        //    ii. Else, let handlerResult be ThrowCompletion(argument).
        handler_result = argument;
        is_throw = reaction->type() == PromiseReaction::Type::Reject;
    } else {
        // e. Else, let handlerResult be Completion(HostCallJobCallback(handler, undefined, « argument »)).
        Value call_arguments[] = { argument };
        auto result = call(vm, reaction->handler(), Value::undefined(), call_arguments);
        if (result.is_throw()) {
            if (reaction->capability_promise().is_undefined())
                return ThrowCompletion {};
            is_throw = true;
            handler_result = vm.take_pending_exception();
        } else {
            handler_result = result.release_value();
        }
    }
    // f. If promiseCapability is undefined, then
    //    i. Assert: handlerResult is not an abrupt completion. ii. Return empty.
    if (reaction->capability_promise().is_undefined())
        return {};
    // g. Assert: promiseCapability is a PromiseCapability Record.
    Value call_arguments[] = { handler_result };
    // h. If handlerResult is an abrupt completion, then
    //    i. Return ? Call(promiseCapability.[[Reject]], undefined, « handlerResult.[[Value]] »).
    if (is_throw) {
        TRY(call(vm, reaction->capability_reject(), Value::undefined(), call_arguments));
        return {};
    }
    // i. Else, Return ? Call(promiseCapability.[[Resolve]], undefined, « handlerResult.[[Value]] »).
    TRY(call(vm, reaction->capability_resolve(), Value::undefined(), call_arguments));
    return {};
}

// NewPromiseResolveThenableJob ( promiseToResolve, thenable, then ) —
// https://tc39.es/ecma262/#sec-newpromiseresolvethenablejob
ThrowCompletionOr<void> promise_resolve_thenable_job(VM& vm, Value promise, Value thenable, Value then)
{
    // a. Let resolvingFunctions be CreateResolvingFunctions(promiseToResolve).
    ResolvingFunctions functions = create_resolving_functions(vm, static_cast<Promise&>(*promise.as_object()));
    // b. Let thenCallResult be Completion(HostCallJobCallback(then, thenable, « resolve, reject »)).
    Value call_arguments[] = { functions.resolve, functions.reject };
    auto then_call_result = call(vm, then, thenable, call_arguments);
    // c. If thenCallResult is an abrupt completion, then
    if (then_call_result.is_throw()) {
        // i. Return ? Call(resolvingFunctions.[[Reject]], undefined, « thenCallResult.[[Value]] »).
        Value error[] = { vm.take_pending_exception() };
        TRY(call(vm, functions.reject, Value::undefined(), error));
    }
    // d. Return ? thenCallResult.
    return {};
}

Realm* job_realm(VM& vm, PromiseReaction* reaction)
{
    // NewPromiseReactionJob steps 2-4: the handler's function realm, else null (the caller's).
    if (!reaction->handler().is_empty() && reaction->handler().is_object()) {
        auto realm = get_function_realm(vm, *reaction->handler().as_object());
        if (!realm.is_throw())
            return realm.release_value();
        vm.take_pending_exception();
    }
    return nullptr;
}

// TriggerPromiseReactions ( reactions, argument ) — https://tc39.es/ecma262/#sec-triggerpromisereactions
void trigger_promise_reactions(VM& vm, PromiseReaction* newest_first, Value argument)
{
    // 1. For each element reaction of reactions, in order (oldest first), do
    std::vector<PromiseReaction*> reactions;
    for (PromiseReaction* reaction = newest_first; reaction; reaction = reaction->next())
        reactions.push_back(reaction);
    for (auto it = reactions.rbegin(); it != reactions.rend(); ++it) {
        // a. Let job be NewPromiseReactionJob(reaction, argument).
        // b. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
        vm.job_queue().enqueue_promise_job_in_context((*it)->async_context(), promise_reaction_job, Value::internal_cell(*it),
            argument, Value::undefined(), job_realm(vm, *it));
    }
    // 2. Return unused.
}

// Promise Resolve Functions — https://tc39.es/ecma262/#sec-promise-resolve-functions
// data: [promise, alreadyResolved (a one-entry ValueArray shared with the reject function)]
ThrowCompletionOr<Value> resolve_function(VM& vm, Arguments const& arguments)
{
    ValueArray* state = state_of(arguments);
    // 1-3. Let F be the active function object; promise is F.[[Promise]].
    auto& promise = static_cast<Promise&>(*state->at(0).as_object());
    // 4. Let alreadyResolved be F.[[AlreadyResolved]].
    auto* already_resolved = reinterpret_cast<ValueArray*>(state->at(1).as_internal_cell());
    // 5. If alreadyResolved.[[Value]] is true, return undefined.
    if (already_resolved->at(0).as_bool())
        return Value::undefined();
    // 6. Set alreadyResolved.[[Value]] to true.
    already_resolved->set_non_cell(0, Value::boolean(true));
    // 7-16.
    resolve_promise(vm, promise, arguments.at(0));
    return Value::undefined();
}

// Promise Reject Functions — https://tc39.es/ecma262/#sec-promise-reject-functions
ThrowCompletionOr<Value> reject_function(VM& vm, Arguments const& arguments)
{
    ValueArray* state = state_of(arguments);
    auto& promise = static_cast<Promise&>(*state->at(0).as_object());
    auto* already_resolved = reinterpret_cast<ValueArray*>(state->at(1).as_internal_cell());
    // 5. If alreadyResolved.[[Value]] is true, return undefined.
    if (already_resolved->at(0).as_bool())
        return Value::undefined();
    // 6. Set alreadyResolved.[[Value]] to true.
    already_resolved->set_non_cell(0, Value::boolean(true));
    // 7. Perform RejectPromise(promise, reason). 8. Return undefined.
    reject_promise(vm, promise, arguments.at(0));
    return Value::undefined();
}

// GetCapabilitiesExecutor Functions — https://tc39.es/ecma262/#sec-getcapabilitiesexecutor-functions
// data: [resolve, reject] of the capability being built.
ThrowCompletionOr<Value> capabilities_executor(VM& vm, Arguments const& arguments)
{
    ValueArray* state = state_of(arguments);
    // a. If resultCapability.[[Resolve]] is not undefined, throw a TypeError exception.
    // b. If resultCapability.[[Reject]] is not undefined, throw a TypeError exception.
    if (!state->at(0).is_undefined() || !state->at(1).is_undefined())
        return vm.throw_type_error(ErrorType::PromiseExecutorCalledTwice);
    // c. Set resultCapability.[[Resolve]] to resolve.
    state->set(vm.heap(), 0, arguments.at(0));
    // d. Set resultCapability.[[Reject]] to reject.
    state->set(vm.heap(), 1, arguments.at(1));
    // e. Return undefined.
    return Value::undefined();
}

}

bool is_promise(Value value)
{
    // IsPromise ( x ) — https://tc39.es/ecma262/#sec-ispromise
    // 1. If x is not an Object, return false.
    // 2. If x does not have a [[PromiseState]] internal slot, return false.
    // 3. Return true.
    return value.is_object() && value.as_object()->kind() == ObjectKind::Promise;
}

// CreateResolvingFunctions ( promise ) — https://tc39.es/ecma262/#sec-createresolvingfunctions
ResolvingFunctions create_resolving_functions(VM& vm, Promise& promise)
{
    // 1. Let alreadyResolved be the Record { [[Value]]: false }.
    ValueArray* already_resolved = make_state(vm, { Value::boolean(false) });
    ValueArray* state = make_state(vm, { Value::object(&promise), Value::internal_cell(already_resolved) });
    // 2-5. resolve: CreateBuiltinFunction(stepsResolve, 1, "", « [[Promise]], [[AlreadyResolved]] »).
    NativeFunction* resolve = make_closure(vm, resolve_function, 1, state);
    // 6-10. reject likewise.
    NativeFunction* reject = make_closure(vm, reject_function, 1, state);
    // 11. Return the Record { [[Resolve]]: resolve, [[Reject]]: reject }.
    return { Value::object(resolve), Value::object(reject) };
}

// Promise Resolve Functions, steps 7-16 — https://tc39.es/ecma262/#sec-promise-resolve-functions
void resolve_promise(VM& vm, Promise& promise, Value resolution)
{
    // 7. If SameValue(resolution, promise) is true, then
    if (resolution.is_object() && resolution.as_object() == &promise) {
        // a. Let selfResolutionError be a newly created TypeError object.
        Object* error = create_error_object(vm, vm.current_realm(), ErrorKind::TypeError,
            format_error(ErrorType::PromiseSelfResolution));
        // b. Perform RejectPromise(promise, selfResolutionError). c. Return undefined.
        reject_promise(vm, promise, Value::object(error));
        return;
    }
    // 8. If resolution is not an Object, then
    if (!resolution.is_object()) {
        // a. Perform FulfillPromise(promise, resolution). b. Return undefined.
        fulfill_promise(vm, promise, resolution);
        return;
    }
    // 9. Let then be Completion(Get(resolution, "then")).
    auto then = get(vm, *resolution.as_object(), PropertyKey::from_atom(vm.atoms().then));
    // 10. If then is an abrupt completion, then
    if (then.is_throw()) {
        // a. Perform RejectPromise(promise, then.[[Value]]). b. Return undefined.
        reject_promise(vm, promise, vm.take_pending_exception());
        return;
    }
    // 11. Let thenAction be then.[[Value]].
    Value then_action = then.release_value();
    // 12. If IsCallable(thenAction) is false, then
    if (!is_callable(then_action)) {
        // a. Perform FulfillPromise(promise, resolution). b. Return undefined.
        fulfill_promise(vm, promise, resolution);
        return;
    }
    // 13. Let thenJobCallback be HostMakeJobCallback(thenAction).
    // 14. Let job be NewPromiseResolveThenableJob(promise, resolution, thenJobCallback).
    // 15. Perform HostEnqueuePromiseJob(job.[[Job]], job.[[Realm]]).
    Realm* realm = nullptr;
    auto then_realm = get_function_realm(vm, *then_action.as_object());
    if (then_realm.is_throw())
        vm.take_pending_exception();
    else
        realm = then_realm.release_value();
    vm.job_queue().enqueue_promise_job(promise_resolve_thenable_job, Value::object(&promise), resolution, then_action, realm);
    // 16. Return undefined.
}

// FulfillPromise ( promise, value ) — https://tc39.es/ecma262/#sec-fulfillpromise
void fulfill_promise(VM& vm, Promise& promise, Value value)
{
    // 1. Assert: The value of promise.[[PromiseState]] is pending.
    assert(promise.m_state == Promise::State::Pending);
    // 2. Let reactions be promise.[[PromiseFulfillReactions]].
    PromiseReaction* reactions = promise.m_fulfill_reactions;
    // 3. Set promise.[[PromiseResult]] to value.
    promise.m_result = value;
    vm.heap().write_barrier_value(&promise, value.bits());
    // 4-5. Set promise.[[PromiseFulfillReactions]] and [[PromiseRejectReactions]] to undefined.
    // 6. Set promise.[[PromiseState]] to fulfilled.
    promise.m_state = Promise::State::Fulfilled;
    // 7. Perform TriggerPromiseReactions(reactions, value). (The lists are cleared after the
    //    jobs hold the reactions.)
    trigger_promise_reactions(vm, reactions, value);
    promise.m_fulfill_reactions = nullptr;
    promise.m_reject_reactions = nullptr;
}

// RejectPromise ( promise, reason ) — https://tc39.es/ecma262/#sec-rejectpromise
void reject_promise(VM& vm, Promise& promise, Value reason)
{
    // 1. Assert: The value of promise.[[PromiseState]] is pending.
    assert(promise.m_state == Promise::State::Pending);
    // 2. Let reactions be promise.[[PromiseRejectReactions]].
    PromiseReaction* reactions = promise.m_reject_reactions;
    // 3. Set promise.[[PromiseResult]] to reason.
    promise.m_result = reason;
    vm.heap().write_barrier_value(&promise, reason.bits());
    // 4-5. Clear both reaction lists. 6. Set promise.[[PromiseState]] to rejected.
    promise.m_state = Promise::State::Rejected;
    // 7. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "reject").
    if (!promise.m_is_handled)
        vm.host_promise_rejection_tracker(promise, PromiseRejectionOperation::Reject);
    // 8. Perform TriggerPromiseReactions(reactions, reason).
    trigger_promise_reactions(vm, reactions, reason);
    promise.m_fulfill_reactions = nullptr;
    promise.m_reject_reactions = nullptr;
}

// NewPromiseCapability ( C ) — https://tc39.es/ecma262/#sec-newpromisecapability
ThrowCompletionOr<PromiseCapability> new_promise_capability(VM& vm, Value constructor)
{
    // 1. If IsConstructor(C) is false, throw a TypeError exception.
    if (!is_constructor(constructor))
        return vm.throw_type_error(ErrorType::NotAConstructor, { "Promise capability constructor" });
    // Fast path: C is the current realm's %Promise%. Construct(%Promise%, « executor ») makes a
    // pending promise from %Promise.prototype% (its "prototype" is not writable or configurable,
    // so reading it is unobservable) and calls the executor with fresh resolving functions.
    if (constructor.as_object() == vm.current_realm().promise_constructor()) {
        Promise* promise = Promise::create(vm);
        ResolvingFunctions functions = create_resolving_functions(vm, *promise);
        return PromiseCapability { promise, functions.resolve, functions.reject };
    }
    // 2. NOTE: C is assumed to be a constructor function that supports the parameter
    //    conventions of the Promise constructor.
    // 3. Let resolvingFunctions be the Record { [[Resolve]]: undefined, [[Reject]]: undefined }.
    ValueArray* state = make_state(vm, { Value::undefined(), Value::undefined() });
    // 4-5. Let executor be CreateBuiltinFunction(executorClosure, 2, "", « »).
    NativeFunction* executor = make_closure(vm, capabilities_executor, 2, state);
    // 6. Let promise be ? Construct(C, « executor »).
    Value construct_arguments[] = { Value::object(executor) };
    Object* promise = TRY(construct(vm, *constructor.as_object(), construct_arguments));
    // 7. If IsCallable(resolvingFunctions.[[Resolve]]) is false, throw a TypeError exception.
    // 8. If IsCallable(resolvingFunctions.[[Reject]]) is false, throw a TypeError exception.
    if (!is_callable(state->at(0)) || !is_callable(state->at(1)))
        return vm.throw_type_error(ErrorType::PromiseCapabilityNotCallable);
    // 9. Return the PromiseCapability Record { [[Promise]]: promise, [[Resolve]]: resolve, [[Reject]]: reject }.
    return PromiseCapability { promise, state->at(0), state->at(1) };
}

// PromiseResolve ( C, x ) — https://tc39.es/ecma262/#sec-promise-resolve
ThrowCompletionOr<Object*> promise_resolve(VM& vm, Object& constructor, Value x)
{
    // 1. If IsPromise(x) is true, then
    if (is_promise(x)) {
        // a. Let xConstructor be ? Get(x, "constructor").
        Value x_constructor = TRY(get(vm, *x.as_object(), PropertyKey::from_atom(vm.atoms().constructor)));
        // b. If SameValue(xConstructor, C) is true, return x.
        if (x_constructor.is_object() && x_constructor.as_object() == &constructor)
            return x.as_object();
    }
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(new_promise_capability(vm, Value::object(&constructor)));
    // 3. Perform ? Call(promiseCapability.[[Resolve]], undefined, « x »).
    Value call_arguments[] = { x };
    TRY(call(vm, capability.resolve, Value::undefined(), call_arguments));
    // 4. Return promiseCapability.[[Promise]].
    return capability.promise;
}

// PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] ) —
// https://tc39.es/ecma262/#sec-performpromisethen, steps 9-14 (the reactions made).
Value perform_promise_then_reaction(VM& vm, Promise& promise, PromiseReaction* fulfill_reaction,
    PromiseReaction* reject_reaction, Value result_promise)
{
    // 9. If promise.[[PromiseState]] is pending, then
    if (promise.m_state == Promise::State::Pending) {
        // a. Append fulfillReaction to promise.[[PromiseFulfillReactions]].
        fulfill_reaction->set_next(vm.heap(), promise.m_fulfill_reactions);
        promise.m_fulfill_reactions = fulfill_reaction;
        vm.heap().write_barrier(&promise, fulfill_reaction);
        // b. Append rejectReaction to promise.[[PromiseRejectReactions]].
        reject_reaction->set_next(vm.heap(), promise.m_reject_reactions);
        promise.m_reject_reactions = reject_reaction;
        vm.heap().write_barrier(&promise, reject_reaction);
    } else if (promise.m_state == Promise::State::Fulfilled) {
        // 10. Else if promise.[[PromiseState]] is fulfilled, then
        //     a. Let value be promise.[[PromiseResult]].
        //     b. Let fulfillJob be NewPromiseReactionJob(fulfillReaction, value).
        //     c. Perform HostEnqueuePromiseJob(fulfillJob.[[Job]], fulfillJob.[[Realm]]).
        vm.job_queue().enqueue_promise_job_in_context(fulfill_reaction->async_context(), promise_reaction_job,
            Value::internal_cell(fulfill_reaction), promise.m_result, Value::undefined(), job_realm(vm, fulfill_reaction));
    } else {
        // 11. Else,
        //     a. Assert: The value of promise.[[PromiseState]] is rejected.
        //     b. Let reason be promise.[[PromiseResult]].
        //     c. If promise.[[PromiseIsHandled]] is false, perform HostPromiseRejectionTracker(promise, "handle").
        if (!promise.m_is_handled)
            vm.host_promise_rejection_tracker(promise, PromiseRejectionOperation::Handle);
        //     d. Let rejectJob be NewPromiseReactionJob(rejectReaction, reason).
        //     e. Perform HostEnqueuePromiseJob(rejectJob.[[Job]], rejectJob.[[Realm]]).
        vm.job_queue().enqueue_promise_job_in_context(reject_reaction->async_context(), promise_reaction_job,
            Value::internal_cell(reject_reaction), promise.m_result, Value::undefined(), job_realm(vm, reject_reaction));
    }
    // 12. Set promise.[[PromiseIsHandled]] to true.
    promise.m_is_handled = true;
    // 13. If resultCapability is undefined, return undefined.
    // 14. Else, return resultCapability.[[Promise]].
    return result_promise;
}

// PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] ) —
// https://tc39.es/ecma262/#sec-performpromisethen
Value perform_promise_then(VM& vm, Promise& promise, Value on_fulfilled, Value on_rejected,
    std::optional<PromiseCapability> const& capability)
{
    // 1. Assert: IsPromise(promise) is true.
    // 2. If resultCapability is not present, then set resultCapability to undefined.
    Value capability_promise = capability ? Value::object(capability->promise) : Value::undefined();
    Value capability_resolve = capability ? capability->resolve : Value::undefined();
    Value capability_reject = capability ? capability->reject : Value::undefined();
    // 3-4. If IsCallable(onFulfilled) is false, let onFulfilledJobCallback be empty.
    Value fulfill_handler = is_callable(on_fulfilled) ? on_fulfilled : Value::empty();
    // 5-6. If IsCallable(onRejected) is false, let onRejectedJobCallback be empty.
    Value reject_handler = is_callable(on_rejected) ? on_rejected : Value::empty();
    // 7. Let fulfillReaction be the PromiseReaction Record { [[Capability]]: resultCapability,
    //    [[Type]]: fulfill, [[Handler]]: onFulfilledJobCallback }.
    PromiseReaction* fulfill_reaction = PromiseReaction::create(vm, PromiseReaction::Type::Fulfill, capability_promise,
        capability_resolve, capability_reject, fulfill_handler);
    // 8. Let rejectReaction be the PromiseReaction Record { [[Capability]]: resultCapability,
    //    [[Type]]: reject, [[Handler]]: onRejectedJobCallback }.
    PromiseReaction* reject_reaction = PromiseReaction::create(vm, PromiseReaction::Type::Reject, capability_promise,
        capability_resolve, capability_reject, reject_handler);
    // 9-14.
    return perform_promise_then_reaction(vm, promise, fulfill_reaction, reject_reaction, capability_promise);
}

void perform_promise_then_native(VM& vm, Promise& promise, NativeReactionHandler on_fulfilled, NativeReactionHandler on_rejected,
    Value data)
{
    PromiseReaction* fulfill_reaction = PromiseReaction::create(vm, PromiseReaction::Type::Fulfill, Value::undefined(),
        Value::undefined(), Value::undefined(), Value::empty(), on_fulfilled, data);
    PromiseReaction* reject_reaction = PromiseReaction::create(vm, PromiseReaction::Type::Reject, Value::undefined(),
        Value::undefined(), Value::undefined(), Value::empty(), on_rejected, data);
    perform_promise_then_reaction(vm, promise, fulfill_reaction, reject_reaction, Value::undefined());
}

}
