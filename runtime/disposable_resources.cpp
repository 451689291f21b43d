#include "runtime/disposable_resources.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <cassert>
#include <utility>

namespace sable::runtime {

namespace {

constexpr uint32_t kEntrySize = 4;
constexpr uint32_t kInitialCapacity = 2 * kEntrySize;

// Step 3 of AddDisposableResource: appends (this value, method, argument, hint).
ValueArray* append_resource(VM& vm, ValueArray& capability, Value this_value, Value method, Value argument, DisposeHint hint)
{
    ValueArray* stack = &capability;
    uint32_t size = stack->size();
    if (size + kEntrySize > stack->capacity())
        stack = ValueArray::copy(vm.heap(), stack, size, stack->capacity() * 2, Value::undefined());
    stack->set(vm.heap(), size, this_value);
    stack->set(vm.heap(), size + 1, method);
    stack->set(vm.heap(), size + 2, argument);
    stack->set(vm.heap(), size + 3, Value::int32(int32_t(hint)));
    stack->set_size(size + kEntrySize);
    return stack;
}

// Step 3.e.iii.1 of DisposeResources: a SuppressedError whose "error" is the new error and whose
// "suppressed" is the one it replaces.
Object* create_suppressed_error(VM& vm, Value error, Value suppressed)
{
    Realm& realm = vm.current_realm();
    // c. Let error be a newly created SuppressedError object.
    Object* object = Object::create_with_kind(vm, ObjectKind::Error, realm.prototype_for_error(ErrorKind::SuppressedError));
    // d. Perform CreateNonEnumerableDataPropertyOrThrow(error, "error", result).
    create_non_enumerable_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().error), error);
    // e. Perform CreateNonEnumerableDataPropertyOrThrow(error, "suppressed", suppressed).
    create_non_enumerable_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().suppressed), suppressed);
    vm.on_error_created(*object);
    return object;
}

// GetDisposeMethod ( V, hint ) — https://tc39.es/ecma262/#sec-getdisposemethod
// The method, and the hint to record (AsyncFromSyncMethod for the closure of step 1.b.ii).
ThrowCompletionOr<std::pair<Value, DisposeHint>> get_dispose_method(VM& vm, Object& value, DisposeHint hint)
{
    // 1. If hint is async-dispose, then
    if (hint != DisposeHint::Sync) {
        // a. Let method be ? GetMethod(V, @@asyncDispose).
        Value method = TRY(get_method(vm, value, PropertyKey::from_symbol(vm.symbols().async_dispose)));
        if (!method.is_undefined())
            return std::pair { method, DisposeHint::Async };
        // b. If method is undefined, then i. Set method to ? GetMethod(V, @@dispose).
        //    ii. If method is not undefined, then the closure: see disposable_resources.h.
        method = TRY(get_method(vm, value, PropertyKey::from_symbol(vm.symbols().dispose)));
        return std::pair { method, DisposeHint::AsyncFromSyncMethod };
    }
    // 2. Else, a. Let method be ? GetMethod(V, @@dispose).
    Value method = TRY(get_method(vm, value, PropertyKey::from_symbol(vm.symbols().dispose)));
    // 3. Return method.
    return std::pair { method, DisposeHint::Sync };
}

// Calls a resource's dispose method: Call(method, value), with the stored argument if any.
ThrowCompletionOr<Value> call_dispose_method(VM& vm, Value value, Value method, Value argument)
{
    std::span<Value const> arguments = argument.is_empty() ? std::span<Value const> {} : std::span<Value const> { &argument, 1 };
    return call(vm, method, value, arguments);
}

// The state of an asynchronous DisposeResources between its Awaits: a ValueArray of these
// slots (it is the data of the promise reactions that resume it).
enum StateSlot : uint32_t { kCapability, kResultPromise, kThrown, kFlags, kStateSize };
enum StateFlag : int32_t { kIsThrow = 1, kNeedsAwait = 2, kHasAwaited = 4 };

bool has_flag(ValueArray const& state, StateFlag flag) { return state.at(kFlags).as_int32() & flag; }
void set_flag(VM& vm, ValueArray& state, StateFlag flag, bool on)
{
    int32_t flags = state.at(kFlags).as_int32();
    state.set(vm.heap(), kFlags, Value::int32(on ? flags | flag : flags & ~flag));
}

// Step 3.e.iii: a resource's disposal threw `error`.
void record_error(VM& vm, ValueArray& state, Value error)
{
    // 1. If completion is a throw completion, then a-f: a SuppressedError of error, suppressing
    //    completion's value. 2. Else, set completion to result.
    Value thrown = has_flag(state, kIsThrow) ? Value::object(create_suppressed_error(vm, error, state.at(kThrown))) : error;
    state.set(vm.heap(), kThrown, thrown);
    set_flag(vm, state, kIsThrow, true);
}

bool run_disposal(VM&, ValueArray& state);
void finish_disposal(VM&, ValueArray& state);

ThrowCompletionOr<Value> resume_after_fulfilled(VM& vm, Value, Value data)
{
    auto& state = *static_cast<ValueArray*>(data.as_internal_cell());
    if (run_disposal(vm, state))
        finish_disposal(vm, state);
    return Value::undefined();
}

ThrowCompletionOr<Value> resume_after_rejected(VM& vm, Value reason, Value data)
{
    auto& state = *static_cast<ValueArray*>(data.as_internal_cell());
    record_error(vm, state, reason);
    if (run_disposal(vm, state))
        finish_disposal(vm, state);
    return Value::undefined();
}

// Makes sure the disposal has its result promise (it suspends for the first time).
void ensure_result_promise(VM& vm, ValueArray& state)
{
    if (state.at(kResultPromise).is_undefined())
        state.set(vm.heap(), kResultPromise, Value::object(Promise::create(vm)));
}

// Await ( value ): the disposal continues in a promise job; false. If PromiseResolve throws, the
// Await is a throw completion at once: recorded, and true (go on).
bool await_value(VM& vm, ValueArray& state, Value value)
{
    auto promise = promise_resolve(vm, *vm.current_realm().promise_constructor(), value);
    if (promise.is_throw()) {
        record_error(vm, state, vm.take_pending_exception());
        return true;
    }
    ensure_result_promise(vm, state);
    perform_promise_then_native(vm, static_cast<Promise&>(*promise.value()), resume_after_fulfilled, resume_after_rejected,
        Value::internal_cell(&state));
    return false;
}

// Await of a promise rejected with `error` (what the closure of GetDisposeMethod returns when
// the @@dispose method throws).
void await_rejection(VM& vm, ValueArray& state, Value error)
{
    ensure_result_promise(vm, state);
    Promise* promise = Promise::create(vm);
    perform_promise_then_native(vm, *promise, resume_after_fulfilled, resume_after_rejected, Value::internal_cell(&state));
    reject_promise(vm, *promise, error);
}

// DisposeResources, steps 3-4, from the resource on top of the stack: true when every resource
// is disposed, false when an Await suspended the disposal (a promise job resumes it).
bool run_disposal(VM& vm, ValueArray& state)
{
    auto& capability = *static_cast<ValueArray*>(state.at(kCapability).as_internal_cell());
    // 3. For each element resource of disposeCapability.[[DisposableResourceStack]], in reverse
    //    list order, do
    while (capability.size() >= kEntrySize) {
        uint32_t top = capability.size() - kEntrySize;
        // a-c. value, hint and method of the resource.
        Value value = capability.at(top);
        Value method = capability.at(top + 1);
        Value argument = capability.at(top + 2);
        auto hint = DisposeHint(capability.at(top + 3).as_int32());
        // d. If hint is sync-dispose and needsAwait is true and hasAwaited is false, then
        //    i. Perform ! Await(undefined). ii. Set needsAwait to false.
        //    (The same resource is disposed when the disposal resumes.)
        if (hint == DisposeHint::Sync && has_flag(state, kNeedsAwait) && !has_flag(state, kHasAwaited)) {
            set_flag(vm, state, kNeedsAwait, false);
            if (!await_value(vm, state, Value::undefined()))
                return false;
            continue;
        }
        capability.set_size(top);
        // f. Else (method is undefined), i. Assert: hint is async-dispose. ii. Set needsAwait to true.
        if (method.is_undefined()) {
            set_flag(vm, state, kNeedsAwait, true);
            continue;
        }
        // e. i. Let result be Completion(Call(method, value)).
        auto result = call_dispose_method(vm, value, method, argument);
        if (result.is_throw()) {
            Value error = vm.take_pending_exception();
            if (hint == DisposeHint::AsyncFromSyncMethod) {
                // The closure turned the throw into a rejected promise, which ii awaits.
                set_flag(vm, state, kHasAwaited, true);
                await_rejection(vm, state, error);
                return false;
            }
            // iii. If result is a throw completion, then ...
            record_error(vm, state, error);
            continue;
        }
        //    ii. If result is a normal completion and hint is async-dispose, then
        //        1. Set result to Completion(Await(result.[[Value]])). 2. Set hasAwaited to true.
        //        (The closure's promise is fulfilled with undefined.)
        if (hint != DisposeHint::Sync) {
            set_flag(vm, state, kHasAwaited, true);
            if (!await_value(vm, state, hint == DisposeHint::Async ? result.value() : Value::undefined()))
                return false;
        }
    }
    // 4. If needsAwait is true and hasAwaited is false, then a. Perform ! Await(undefined).
    if (has_flag(state, kNeedsAwait) && !has_flag(state, kHasAwaited)) {
        set_flag(vm, state, kHasAwaited, true);
        if (!await_value(vm, state, Value::undefined()))
            return false;
    }
    return true;
}

// 7. Return ? completion, through the result promise of a disposal that awaited.
void finish_disposal(VM& vm, ValueArray& state)
{
    auto& promise = static_cast<Promise&>(*state.at(kResultPromise).as_object());
    if (has_flag(state, kIsThrow))
        reject_promise(vm, promise, state.at(kThrown));
    else
        fulfill_promise(vm, promise, Value::undefined());
}

}

// NewDisposeCapability ( ) — https://tc39.es/ecma262/#sec-newdisposecapability
ValueArray* new_dispose_capability(VM& vm)
{
    // 1. Let stack be a new empty List.
    // 2. Return the DisposeCapability Record { [[DisposableResourceStack]]: stack }.
    return ValueArray::create(vm.heap(), kInitialCapacity, Value::undefined());
}

// AddDisposableResource ( disposeCapability, V, hint [ , method ] ) — https://tc39.es/ecma262/#sec-adddisposableresource
// (method not present)
ThrowCompletionOr<ValueArray*> add_disposable_resource(VM& vm, ValueArray& capability, Value value, DisposeHint hint)
{
    // 1. If method is not present, then
    //    a. If V is either null or undefined and hint is sync-dispose, return unused.
    if (value.is_nullish()) {
        if (hint == DisposeHint::Sync)
            return &capability;
        //    c. Let resource be ? CreateDisposableResource(V, hint). CreateDisposableResource,
        //       step 1.a: V and method are undefined.
        return append_resource(vm, capability, Value::undefined(), Value::undefined(), Value::empty(), hint);
    }
    //       CreateDisposableResource ( V, hint [ , method ] ), step 1.b:
    //       i. If V is not an Object, throw a TypeError exception.
    if (!value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "A disposable resource" });
    //       ii. Let method be ? GetDisposeMethod(V, hint).
    auto [method, method_hint] = TRY(get_dispose_method(vm, *value.as_object(), hint));
    //       iii. If method is undefined, throw a TypeError exception.
    if (method.is_undefined()) {
        return vm.throw_type_error(ErrorType::NotAFunction,
            { hint == DisposeHint::Sync ? "The resource's [Symbol.dispose]" : "The resource's [Symbol.asyncDispose]" });
    }
    // 3. Append resource to disposeCapability.[[DisposableResourceStack]].
    return append_resource(vm, capability, value, method, Value::empty(), method_hint);
}

// AddDisposableResource, method present (the caller has checked that it is callable: step 2 of
// CreateDisposableResource).
ValueArray* add_disposable_resource_with_method(VM& vm, ValueArray& capability, Value method, Value argument, DisposeHint hint)
{
    // 2. Else, a. Assert: V is undefined. b. Let resource be ? CreateDisposableResource(V, hint, method).
    // 3. Append resource to disposeCapability.[[DisposableResourceStack]].
    return append_resource(vm, capability, Value::undefined(), method, argument, hint);
}

// DisposeResources ( disposeCapability, completion ) — https://tc39.es/ecma262/#sec-disposeresources
// (sync-dispose resources only: no step awaits.)
ThrowCompletionOr<void> dispose_resources(VM& vm, ValueArray& capability, bool is_throw, Value thrown)
{
    // 3. For each element resource of disposeCapability.[[DisposableResourceStack]], in reverse
    //    list order, do
    for (uint32_t index = capability.size(); index >= kEntrySize; index -= kEntrySize) {
        // a-c. value, hint and method of the resource.
        Value value = capability.at(index - kEntrySize);
        Value method = capability.at(index - kEntrySize + 1);
        Value argument = capability.at(index - kEntrySize + 2);
        assert(DisposeHint(capability.at(index - kEntrySize + 3).as_int32()) == DisposeHint::Sync);
        // e. If method is not undefined, then
        if (method.is_undefined())
            continue;
        //    i. Let result be Completion(Dispose(value, hint, method)).
        if (!call_dispose_method(vm, value, method, argument).is_throw())
            continue;
        //    iii. If result is a throw completion, then
        Value error = vm.take_pending_exception();
        //       1. If completion is a throw completion, then a-f: completion becomes a throw of a
        //          SuppressedError of result's value, suppressing completion's value.
        //       2. Else, set completion to result.
        thrown = is_throw ? Value::object(create_suppressed_error(vm, error, thrown)) : error;
        is_throw = true;
    }
    // 6. Set disposeCapability.[[DisposableResourceStack]] to a new empty List.
    capability.set_size(0);
    // 7. Return ? completion.
    if (is_throw)
        return vm.throw_value(thrown);
    return {};
}

// DisposeResources ( disposeCapability, completion ), with its Awaits.
ThrowCompletionOr<Value> dispose_resources_async(VM& vm, ValueArray& capability, bool is_throw, Value thrown)
{
    if (capability.size() == 0) {
        if (is_throw)
            return vm.throw_value(thrown);
        return Value::undefined();
    }
    ValueArray* state = ValueArray::create(vm.heap(), kStateSize, Value::undefined());
    state->set(vm.heap(), kCapability, Value::internal_cell(&capability));
    state->set(vm.heap(), kThrown, thrown);
    state->set(vm.heap(), kFlags, Value::int32(is_throw ? kIsThrow : 0));
    // 1. Let needsAwait be false. 2. Let hasAwaited be false.
    if (!run_disposal(vm, *state))
        return state->at(kResultPromise);
    // No step awaited: 7. Return ? completion.
    if (has_flag(*state, kIsThrow))
        return vm.throw_value(state->at(kThrown));
    return Value::undefined();
}

}
