#include "runtime/builtins/promise/promise_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/error/error_constructor.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/error_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key_list.h"
#include "runtime/realm.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::promise_constructor {

namespace {

// IfAbruptRejectPromise ( value, capability ): the pending exception rejects the capability's
// promise, which becomes the result.
ThrowCompletionOr<Value> reject_with_pending_exception(VM& vm, PromiseCapability const& capability)
{
    Value error[] = { vm.take_pending_exception() };
    // a. Perform ? Call(capability.[[Reject]], undefined, « value.[[Value]] »).
    TRY(call(vm, capability.reject, Value::undefined(), error));
    // b. Return capability.[[Promise]].
    return Value::object(capability.promise);
}

// GetPromiseResolve ( promiseConstructor ) — https://tc39.es/ecma262/#sec-getpromiseresolve
ThrowCompletionOr<Value> get_promise_resolve(VM& vm, Object& constructor)
{
    // 1. Let promiseResolve be ? Get(promiseConstructor, "resolve").
    Value resolve = TRY(get(vm, constructor, PropertyKey::from_atom(vm.atoms().intern_latin1("resolve"))));
    // 2. If IsCallable(promiseResolve) is false, throw a TypeError exception.
    if (!is_callable(resolve))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Promise resolve" });
    // 3. Return promiseResolve.
    return resolve;
}

// The shared state of one Promise.all / allSettled / any call, in a ValueArray:
enum AllState : uint32_t {
    kValues,     // the values (or errors) list: an Array object
    kRemaining,  // remainingElementsCount.[[Value]]
    kPromise,    // the capability
    kResolve,
    kReject,
    kKeys,       // allKeyed / allSettledKeyed: the keys list (an Array object), else undefined
    kAllStateSize,
};
// The data of one element function: [state, index, alreadyCalled (a one-entry ValueArray)].
enum ElementData : uint32_t { kState, kIndex, kAlreadyCalled, kElementDataSize };

enum class Combinator : uint8_t { All, AllSettled, Any };

ValueArray* data_of(Arguments const& arguments)
{
    return reinterpret_cast<ValueArray*>(static_cast<NativeFunction*>(arguments.callee)->data().as_internal_cell());
}

// Decrements remainingElementsCount; true when it reached 0.
bool decrement_remaining(ValueArray& state)
{
    int32_t remaining = state.at(kRemaining).as_int32() - 1;
    state.set_non_cell(kRemaining, Value::int32(remaining));
    return remaining == 0;
}

Object* values_array(VM& vm, ValueArray& state)
{
    // CreateArrayFromList(values): a copy of the list.
    Object& values = *state.at(kValues).as_object();
    uint32_t length = array_length(values);
    Object* copy = MUST(array_create(vm, 0));
    for (uint32_t i = 0; i < length; ++i)
        MUST(create_data_property_or_throw(vm, *copy, PropertyKey::from_index(i), MUST(get(vm, values, PropertyKey::from_index(i)))));
    return copy;
}

// What the combinator resolves with: CreateArrayFromList(values), or for the keyed ones
// CreateKeyedPromiseCombinatorResultObject ( keys, values ) — https://tc39.es/proposal-await-dictionary/#sec-createkeyedpromisecombinatorresultobject
Object* combined_result(VM& vm, ValueArray& state)
{
    if (state.at(kKeys).is_undefined())
        return values_array(vm, state);
    Object& keys = *state.at(kKeys).as_object();
    Object& values = *state.at(kValues).as_object();
    // 2. Let obj be OrdinaryObjectCreate(null).
    Object* object = Object::create(vm, nullptr);
    // 3. For each integer i such that 0 ≤ i < the number of elements in keys, in ascending order,
    //    perform ! CreateDataPropertyOrThrow(obj, keys[i], values[i]).
    uint32_t length = array_length(keys);
    for (uint32_t i = 0; i < length; ++i) {
        PropertyKey key = MUST(to_property_key(vm, MUST(get(vm, keys, PropertyKey::from_index(i)))));
        MUST(create_data_property_or_throw(vm, *object, key, MUST(get(vm, values, PropertyKey::from_index(i)))));
    }
    // 4. Return obj.
    return object;
}

// Stores `value` at the element's index; when it was the last one, settles the capability.
ThrowCompletionOr<Value> element_function(VM& vm, Arguments const& arguments, Combinator combinator, bool rejected)
{
    ValueArray* data = data_of(arguments);
    // 1. Let F be the active function object.
    // 2. If F.[[AlreadyCalled]] is true, return undefined.
    auto* already_called = reinterpret_cast<ValueArray*>(data->at(kAlreadyCalled).as_internal_cell());
    if (already_called->at(0).as_bool())
        return Value::undefined();
    // 3. Set F.[[AlreadyCalled]] to true.
    already_called->set_non_cell(0, Value::boolean(true));
    // 4-7. index, values, capability, remainingElementsCount.
    auto* state = reinterpret_cast<ValueArray*>(data->at(kState).as_internal_cell());
    uint32_t index = uint32_t(data->at(kIndex).as_int32());
    Value x = arguments.at(0);
    Value stored = x;
    // allSettled: 8-11. obj = { status: "fulfilled", value: x } or { status: "rejected", reason: x }.
    if (combinator == Combinator::AllSettled) {
        Object* object = Object::create(vm, vm.current_realm().object_prototype());
        AtomTable& atoms = vm.atoms();
        MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(atoms.intern_latin1("status")),
            Value::string(atoms.intern_latin1(rejected ? "rejected" : "fulfilled"))));
        MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(rejected ? atoms.intern_latin1("reason") : atoms.value), x));
        stored = Value::object(object);
    }
    // 8. Set values[index] to x (errors[index] for any).
    MUST(create_data_property_or_throw(vm, *state->at(kValues).as_object(), PropertyKey::from_index(index), stored));
    // 9. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
    // 10. If remainingElementsCount.[[Value]] = 0, then
    if (decrement_remaining(*state)) {
        if (combinator == Combinator::Any) {
            // a. Let error be a newly created AggregateError object.
            // b. Perform ! DefinePropertyOrThrow(error, "errors", ... CreateArrayFromList(errors)).
            // c. Return ? Call(promiseCapability.[[Reject]], undefined, « error »).
            Object* error = create_error_object(vm, vm.current_realm(), ErrorKind::AggregateError, format_error(ErrorType::AllPromisesRejected));
            MUST(define_property_or_throw(vm, *error, PropertyKey::from_atom(vm.atoms().errors),
                PropertyDescriptor::data(Value::object(values_array(vm, *state)), true, false, true)));
            Value call_arguments[] = { Value::object(error) };
            return call(vm, state->at(kReject), Value::undefined(), call_arguments);
        }
        // a. Let valuesArray be CreateArrayFromList(values) (keyed: the result object).
        // b. Return ? Call(promiseCapability.[[Resolve]], undefined, « valuesArray »).
        Value call_arguments[] = { Value::object(combined_result(vm, *state)) };
        return call(vm, state->at(kResolve), Value::undefined(), call_arguments);
    }
    // 11. Return undefined.
    return Value::undefined();
}

ThrowCompletionOr<Value> all_resolve_element(VM& vm, Arguments const& arguments) { return element_function(vm, arguments, Combinator::All, false); }
ThrowCompletionOr<Value> all_settled_resolve_element(VM& vm, Arguments const& arguments) { return element_function(vm, arguments, Combinator::AllSettled, false); }
ThrowCompletionOr<Value> all_settled_reject_element(VM& vm, Arguments const& arguments) { return element_function(vm, arguments, Combinator::AllSettled, true); }
ThrowCompletionOr<Value> any_reject_element(VM& vm, Arguments const& arguments) { return element_function(vm, arguments, Combinator::Any, true); }

NativeFunction* element_closure(VM& vm, NativeFunctionPointer behaviour, ValueArray* state, uint32_t index, ValueArray* already_called)
{
    ValueArray* data = ValueArray::create(vm.heap(), kElementDataSize, Value::undefined());
    data->set(vm.heap(), kState, Value::internal_cell(state));
    data->set_non_cell(kIndex, Value::int32(int32_t(index)));
    data->set(vm.heap(), kAlreadyCalled, Value::internal_cell(already_called));
    data->set_size(kElementDataSize);
    NativeFunction* function = NativeFunction::create(vm, vm.current_realm(), behaviour, vm.atoms().empty, 1);
    function->set_data(vm.heap(), Value::internal_cell(data));
    return function;
}

ValueArray* create_all_state(VM& vm, PromiseCapability const& capability)
{
    // 1. Let values be a new empty List (errors for any).
    // 2. Let remainingElementsCount be the Record { [[Value]]: 1 }.
    ValueArray* state = ValueArray::create(vm.heap(), kAllStateSize, Value::undefined());
    state->set(vm.heap(), kValues, Value::object(MUST(array_create(vm, 0))));
    state->set_non_cell(kRemaining, Value::int32(1));
    state->set(vm.heap(), kPromise, Value::object(capability.promise));
    state->set(vm.heap(), kResolve, capability.resolve);
    state->set(vm.heap(), kReject, capability.reject);
    state->set_size(kAllStateSize);
    return state;
}

// Steps 4.c-m of PerformPromiseAll / AllSettled / Any (and the keyed loops' same steps) for the
// element `next` at `index`.
ThrowCompletionOr<void> perform_element(VM& vm, ValueArray* state, uint32_t index, Object& constructor,
    PromiseCapability const& capability, Value promise_resolve_function, Combinator combinator, Value next)
{
    // c. Append undefined to values.
    MUST(create_data_property_or_throw(vm, *state->at(kValues).as_object(), PropertyKey::from_index(index), Value::undefined()));
    // d. Let nextPromise be ? Call(promiseResolve, constructor, « next »).
    Value resolve_arguments[] = { next };
    Value next_promise = TRY(call(vm, promise_resolve_function, Value::object(&constructor), resolve_arguments));
    // e-k. The element functions, sharing [[AlreadyCalled]] (allSettled: both of them).
    ValueArray* already_called = ValueArray::create(vm.heap(), 1, Value::boolean(false));
    already_called->set_size(1);
    Value on_fulfilled = capability.resolve;
    Value on_rejected = capability.reject;
    switch (combinator) {
    case Combinator::All:
        on_fulfilled = Value::object(element_closure(vm, all_resolve_element, state, index, already_called));
        break;
    case Combinator::AllSettled:
        on_fulfilled = Value::object(element_closure(vm, all_settled_resolve_element, state, index, already_called));
        on_rejected = Value::object(element_closure(vm, all_settled_reject_element, state, index, already_called));
        break;
    case Combinator::Any:
        on_rejected = Value::object(element_closure(vm, any_reject_element, state, index, already_called));
        break;
    }
    // l. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] + 1.
    state->set_non_cell(kRemaining, Value::int32(state->at(kRemaining).as_int32() + 1));
    // m. Perform ? Invoke(nextPromise, "then", « onFulfilled, resultCapability.[[Reject]] »).
    Value then_arguments[] = { on_fulfilled, on_rejected };
    TRY(invoke(vm, next_promise, PropertyKey::from_atom(vm.atoms().then), then_arguments));
    return {};
}

// PerformPromiseAll / PerformPromiseAllSettled / PerformPromiseAny ( iteratorRecord,
// constructor, resultCapability, promiseResolve ) — https://tc39.es/ecma262/#sec-performpromiseall
ThrowCompletionOr<Value> perform_combinator(VM& vm, IteratorRecord& record, Object& constructor, PromiseCapability const& capability,
    Value promise_resolve_function, Combinator combinator)
{
    // 1-2. values and remainingElementsCount.
    ValueArray* state = create_all_state(vm, capability);
    // 3. Let index be 0.
    // 4. Repeat,
    for (uint32_t index = 0;; ++index) {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        auto next = TRY(iterator_step_value(vm, record));
        // b. If next is done, then
        if (!next) {
            // i. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
            // ii. If remainingElementsCount.[[Value]] = 0, then
            if (decrement_remaining(*state)) {
                if (combinator == Combinator::Any) {
                    // 1. Let error be a newly created AggregateError object. ... 3. Throw error.
                    Object* error = create_error_object(vm, vm.current_realm(), ErrorKind::AggregateError,
                        format_error(ErrorType::AllPromisesRejected));
                    MUST(define_property_or_throw(vm, *error, PropertyKey::from_atom(vm.atoms().errors),
                        PropertyDescriptor::data(Value::object(values_array(vm, *state)), true, false, true)));
                    return vm.throw_value(Value::object(error));
                }
                // 1. Let valuesArray be CreateArrayFromList(values).
                // 2. Perform ? Call(resultCapability.[[Resolve]], undefined, « valuesArray »).
                Value call_arguments[] = { Value::object(values_array(vm, *state)) };
                TRY(call(vm, capability.resolve, Value::undefined(), call_arguments));
            }
            // iii. Return resultCapability.[[Promise]].
            return Value::object(capability.promise);
        }
        // c-m. The element.
        TRY(perform_element(vm, state, index, constructor, capability, promise_resolve_function, combinator, *next));
        // n. Set index to index + 1.
    }
}

// PerformPromiseAllKeyed / PerformPromiseAllSettledKeyed ( promises, constructor,
// resultCapability, promiseResolve ) — https://tc39.es/proposal-await-dictionary/#sec-performpromiseallkeyed
ThrowCompletionOr<void> perform_keyed_combinator(VM& vm, Object& promises, Object& constructor, PromiseCapability const& capability,
    Value promise_resolve_function, Combinator combinator)
{
    // 1. Let allKeys be ? promises.[[OwnPropertyKeys]]().
    PropertyKeyList* all_keys = TRY(promises.internal_own_property_keys(vm));
    // 2-4. keys, values and remainingElementsCount.
    ValueArray* state = create_all_state(vm, capability);
    Object* keys = MUST(array_create(vm, 0));
    state->set(vm.heap(), kKeys, Value::object(keys));
    // 5. Let index be 0.
    uint32_t index = 0;
    // 6. For each element key of allKeys, do
    for (PropertyKey key : *all_keys) {
        // a. Let desc be ? promises.[[GetOwnProperty]](key).
        auto descriptor = TRY(promises.internal_get_own_property(vm, key));
        // b. If desc is not undefined and desc.[[Enumerable]] is true, then
        if (!descriptor || !descriptor->enumerable.value_or(false))
            continue;
        // i. Let value be ? Get(promises, key).
        Value value = TRY(get(vm, promises, key));
        // ii. Append key to keys.
        MUST(create_data_property_or_throw(vm, *keys, PropertyKey::from_index(index), property_key_to_value(vm, key)));
        // iii-xii. As PerformPromiseAll / AllSettled's steps c-m.
        TRY(perform_element(vm, state, index, constructor, capability, promise_resolve_function, combinator, value));
        // xiii. Set index to index + 1.
        ++index;
    }
    // 7. Set remainingElementsCount.[[Value]] to remainingElementsCount.[[Value]] - 1.
    // 8. If remainingElementsCount.[[Value]] = 0, then
    if (decrement_remaining(*state)) {
        // a. Let result be CreateKeyedPromiseCombinatorResultObject(keys, values).
        // b. Perform ? Call(resultCapability.[[Resolve]], undefined, « result »).
        Value call_arguments[] = { Value::object(combined_result(vm, *state)) };
        TRY(call(vm, capability.resolve, Value::undefined(), call_arguments));
    }
    return {};
}

// Promise.allKeyed and Promise.allSettledKeyed ( promises ) — https://tc39.es/proposal-await-dictionary/#sec-promise.allkeyed
ThrowCompletionOr<Value> keyed_combinator_entry(VM& vm, Arguments const& arguments, Combinator combinator)
{
    // 1. Let C be the this value.
    Value constructor = arguments.this_value;
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(new_promise_capability(vm, constructor));
    // 3. Let promiseResolve be Completion(GetPromiseResolve(C)).
    auto promise_resolve_function = get_promise_resolve(vm, *constructor.as_object());
    // 4. IfAbruptRejectPromise(promiseResolve, promiseCapability).
    if (promise_resolve_function.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 5. If promises is not an Object, then
    //    a. Let error be a newly created TypeError object.
    //    b. Perform ? Call(promiseCapability.[[Reject]], undefined, « error »).
    //    c. Return promiseCapability.[[Promise]].
    if (!arguments.at(0).is_object()) {
        (void)vm.throw_type_error(ErrorType::NotAnObject, { "The promises argument" });
        return reject_with_pending_exception(vm, capability);
    }
    // 6. Let result be Completion(PerformPromiseAllKeyed(promises, C, promiseCapability, promiseResolve)).
    auto result = perform_keyed_combinator(vm, *arguments.at(0).as_object(), *constructor.as_object(), capability,
        promise_resolve_function.value(), combinator);
    // 7. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 8. Return promiseCapability.[[Promise]].
    return Value::object(capability.promise);
}

// The frame of Promise.all, allSettled, any and race (27.2.4.1 steps 1-9).
ThrowCompletionOr<Value> combinator_entry(VM& vm, Arguments const& arguments, std::optional<Combinator> combinator)
{
    // 1. Let C be the this value.
    Value constructor = arguments.this_value;
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(new_promise_capability(vm, constructor));
    // 3. Let promiseResolve be Completion(GetPromiseResolve(C)).
    auto promise_resolve_function = get_promise_resolve(vm, *constructor.as_object());
    // 4. IfAbruptRejectPromise(promiseResolve, promiseCapability).
    if (promise_resolve_function.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 5. Let iteratorRecord be Completion(GetIterator(iterable, sync)).
    auto iterator = get_iterator(vm, arguments.at(0));
    // 6. IfAbruptRejectPromise(iteratorRecord, promiseCapability).
    if (iterator.is_throw())
        return reject_with_pending_exception(vm, capability);
    IteratorRecord record = iterator.release_value();
    // 7. Let result be Completion(PerformPromiseAll(iteratorRecord, C, promiseCapability, promiseResolve)).
    ThrowCompletionOr<Value> result = Value::undefined();
    if (combinator) {
        result = perform_combinator(vm, record, *constructor.as_object(), capability, promise_resolve_function.value(), *combinator);
    } else {
        // PerformPromiseRace: for each value, ? Invoke(? Call(promiseResolve, C, « next »), "then",
        // « resolve, reject »).
        result = [&]() -> ThrowCompletionOr<Value> {
            while (true) {
                auto next = TRY(iterator_step_value(vm, record));
                if (!next)
                    return Value::object(capability.promise);
                Value resolve_arguments[] = { *next };
                Value next_promise = TRY(call(vm, promise_resolve_function.value(), constructor, resolve_arguments));
                Value then_arguments[] = { capability.resolve, capability.reject };
                TRY(invoke(vm, next_promise, PropertyKey::from_atom(vm.atoms().then), then_arguments));
            }
        }();
    }
    // 8. If result is an abrupt completion, then
    if (result.is_throw()) {
        // a. If iteratorRecord.[[Done]] is false, set result to Completion(IteratorClose(iteratorRecord, result)).
        if (!record.done)
            (void)iterator_close_with_throw(vm, record);
        // b. IfAbruptRejectPromise(result, promiseCapability).
        return reject_with_pending_exception(vm, capability);
    }
    // 9. Return ! result.
    return result.release_value();
}

}

// Promise ( executor ) — https://tc39.es/ecma262/#sec-promise-executor
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "Promise" });
    Value executor = arguments.at(0);
    // 2. If IsCallable(executor) is false, throw a TypeError exception.
    if (!is_callable(executor))
        return vm.throw_type_error(ErrorType::PromiseResolverNotFunction, { "value" });
    // 3. Let promise be ? OrdinaryCreateFromConstructor(NewTarget, "%Promise.prototype%", ...).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::promise_prototype));
    // 4-7. [[PromiseState]] pending, no reactions, [[PromiseIsHandled]] false.
    Promise* promise = Promise::create(vm, prototype);
    // 8. Let resolvingFunctions be CreateResolvingFunctions(promise).
    ResolvingFunctions functions = create_resolving_functions(vm, *promise);
    // 9. Let completion be Completion(Call(executor, undefined, « resolve, reject »)).
    Value call_arguments[] = { functions.resolve, functions.reject };
    auto completion = call(vm, executor, Value::undefined(), call_arguments);
    // 10. If completion is an abrupt completion, then
    if (completion.is_throw()) {
        // a. Perform ? Call(resolvingFunctions.[[Reject]], undefined, « completion.[[Value]] »).
        Value error[] = { vm.take_pending_exception() };
        TRY(call(vm, functions.reject, Value::undefined(), error));
    }
    // 11. Return promise.
    return Value::object(promise);
}

// Promise.all ( iterable ) — https://tc39.es/ecma262/#sec-promise.all
ThrowCompletionOr<Value> all(VM& vm, Arguments const& arguments) { return combinator_entry(vm, arguments, Combinator::All); }
// Promise.allSettled ( iterable ) — https://tc39.es/ecma262/#sec-promise.allsettled
ThrowCompletionOr<Value> all_settled(VM& vm, Arguments const& arguments) { return combinator_entry(vm, arguments, Combinator::AllSettled); }
// Promise.allKeyed ( promises ) — https://tc39.es/proposal-await-dictionary/#sec-promise.allkeyed
ThrowCompletionOr<Value> all_keyed(VM& vm, Arguments const& arguments) { return keyed_combinator_entry(vm, arguments, Combinator::All); }
// Promise.allSettledKeyed ( promises ) — https://tc39.es/proposal-await-dictionary/#sec-promise.allsettledkeyed
ThrowCompletionOr<Value> all_settled_keyed(VM& vm, Arguments const& arguments) { return keyed_combinator_entry(vm, arguments, Combinator::AllSettled); }
// Promise.any ( iterable ) — https://tc39.es/ecma262/#sec-promise.any
ThrowCompletionOr<Value> any(VM& vm, Arguments const& arguments) { return combinator_entry(vm, arguments, Combinator::Any); }
// Promise.race ( iterable ) — https://tc39.es/ecma262/#sec-promise.race
ThrowCompletionOr<Value> race(VM& vm, Arguments const& arguments) { return combinator_entry(vm, arguments, std::nullopt); }

// Promise.reject ( r ) — https://tc39.es/ecma262/#sec-promise.reject
ThrowCompletionOr<Value> reject(VM& vm, Arguments const& arguments)
{
    // 1. Let C be the this value.
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(new_promise_capability(vm, arguments.this_value));
    // 3. Perform ? Call(promiseCapability.[[Reject]], undefined, « r »).
    Value call_arguments[] = { arguments.at(0) };
    TRY(call(vm, capability.reject, Value::undefined(), call_arguments));
    // 4. Return promiseCapability.[[Promise]].
    return Value::object(capability.promise);
}

// Promise.resolve ( x ) — https://tc39.es/ecma262/#sec-promise.resolve
ThrowCompletionOr<Value> resolve(VM& vm, Arguments const& arguments)
{
    // 1. Let C be the this value.
    // 2. If C is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Promise.resolve's this value" });
    // 3. Return ? PromiseResolve(C, x).
    return Value::object(TRY(promise_resolve(vm, *arguments.this_value.as_object(), arguments.at(0))));
}

// Promise.try ( callback, ...args ) — https://tc39.es/ecma262/#sec-promise.try
ThrowCompletionOr<Value> try_(VM& vm, Arguments const& arguments)
{
    // 1. Let C be the this value.
    // 2. If C is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Promise.try's this value" });
    // 3. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(new_promise_capability(vm, arguments.this_value));
    // 4. Let status be Completion(Call(callback, undefined, args)).
    std::span<Value const> rest = arguments.size() > 1 ? arguments.values.subspan(1) : std::span<Value const>();
    auto status = call(vm, arguments.at(0), Value::undefined(), rest);
    // 5. If status is an abrupt completion, then
    //    a. Perform ? Call(promiseCapability.[[Reject]], undefined, « status.[[Value]] »).
    // 6. Else, Perform ? Call(promiseCapability.[[Resolve]], undefined, « status.[[Value]] »).
    if (status.is_throw()) {
        Value error[] = { vm.take_pending_exception() };
        TRY(call(vm, capability.reject, Value::undefined(), error));
    } else {
        Value value[] = { status.release_value() };
        TRY(call(vm, capability.resolve, Value::undefined(), value));
    }
    // 7. Return promiseCapability.[[Promise]].
    return Value::object(capability.promise);
}

// Promise.withResolvers ( ) — https://tc39.es/ecma262/#sec-promise.withResolvers
ThrowCompletionOr<Value> with_resolvers(VM& vm, Arguments const& arguments)
{
    // 1. Let C be the this value.
    // 2. Let promiseCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(new_promise_capability(vm, arguments.this_value));
    // 3. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    Object* object = Object::create(vm, vm.current_realm().object_prototype());
    AtomTable& atoms = vm.atoms();
    // 4. Perform ! CreateDataPropertyOrThrow(obj, "promise", promiseCapability.[[Promise]]).
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(atoms.intern_latin1("promise")), Value::object(capability.promise)));
    // 5. Perform ! CreateDataPropertyOrThrow(obj, "resolve", promiseCapability.[[Resolve]]).
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(atoms.intern_latin1("resolve")), capability.resolve));
    // 6. Perform ! CreateDataPropertyOrThrow(obj, "reject", promiseCapability.[[Reject]]).
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(atoms.intern_latin1("reject")), capability.reject));
    // 7. Return obj.
    return Value::object(object);
}

// get Promise [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-get-promise-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/promise/promise_constructor.def"
}

}
