// Array.fromAsync ( asyncItems [ , mapper [ , thisArg ] ] ) — https://tc39.es/ecma262/#sec-array.fromasync
//
// The spec runs fromAsyncClosure with AsyncFunctionStart: it awaits the iterator's results, the
// array-like's values and the mapped values. Here the closure is a state machine whose state
// (a ValueArray) travels with each await as the data of native promise reactions; run() goes
// from one Await to the next.

#include "runtime/builtins/array/array_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::array_constructor {

namespace {

enum FromAsyncSlot : uint32_t {
    kPromise,    // the result promise (promiseCapability.[[Promise]])
    kArray,      // A
    kIterator,   // iteratorRecord.[[Iterator]], or undefined for an array-like
    kNextMethod, // iteratorRecord.[[NextMethod]]
    kArrayLike,  // arrayLike
    kLength,     // len (array-like)
    kMapper,     // mapper, or undefined when not mapping
    kThisArg,
    kIndex,      // k
    kPhase,      // the Await the closure is suspended at (a Phase)
    kError,      // the error AsyncIteratorClose rethrows once return()'s result is awaited
    kFromAsyncSlotCount,
};

enum class Phase : int32_t {
    IteratorNext,      // iterator loop, step 4: Await(nextResult)
    IteratorMapped,    // iterator loop, step 9.c: Await(mappedValue)
    IteratorClose,     // AsyncIteratorClose: Await(innerResult), then throw kError
    ArrayLikeValue,    // array-like loop, step 3: Await(kValue)
    ArrayLikeMapped,   // array-like loop, step 4.b: Await(mappedValue)
};

ThrowCompletionOr<Value> on_fulfilled(VM&, Value value, Value data);
ThrowCompletionOr<Value> on_rejected(VM&, Value reason, Value data);

enum class Step : uint8_t { Suspended, Completed };

ThrowCompletionOr<Step> resume(VM&, ValueArray& state, Value input, bool thrown);

// Await ( value ), the closure suspended at `phase` (when PromiseResolve throws, the Await
// completes abruptly at once).
ThrowCompletionOr<Step> await_value(VM& vm, ValueArray& state, Value value, Phase phase)
{
    state.set_non_cell(kPhase, Value::int32(int32_t(phase)));
    auto promise = promise_resolve(vm, *vm.current_realm().promise_constructor(), value);
    if (promise.is_throw())
        return resume(vm, state, vm.take_pending_exception(), true);
    perform_promise_then_native(vm, static_cast<Promise&>(*promise.value()), on_fulfilled, on_rejected, Value::internal_cell(&state));
    return Step::Suspended;
}

// AsyncIteratorClose ( iteratorRecord, completion ) for the throw completion pending on the VM.
ThrowCompletionOr<Step> async_iterator_close_with_throw(VM& vm, ValueArray& state)
{
    Value error = vm.take_pending_exception();
    state.set(vm.heap(), kError, error);
    Object& iterator = *state.at(kIterator).as_object();
    // 3-4. Let innerResult be Completion(GetMethod(iterator, "return")); if it is normal and
    //      return is not undefined, set innerResult to Completion(Call(return, iterator)) and,
    //      if normal, to Completion(Await(innerResult.[[Value]])).
    auto return_method = get_method(vm, iterator, PropertyKey::from_atom(vm.atoms().return_));
    if (!return_method.is_throw() && !return_method.value().is_undefined()) {
        auto inner_result = call(vm, return_method.value(), Value::object(&iterator), {});
        if (!inner_result.is_throw())
            return await_value(vm, state, inner_result.value(), Phase::IteratorClose);
    }
    // 5. If completion is a throw completion, return ? completion.
    if (vm.has_pending_exception())
        (void)vm.take_pending_exception();
    return vm.throw_value(error);
}

// Defines A[k] (CreateDataPropertyOrThrow) and moves to the next index.
ThrowCompletionOr<void> define_element(VM& vm, ValueArray& state, Value value)
{
    double k = state.at(kIndex).as_number();
    TRY(create_data_property_or_throw(vm, *state.at(kArray).as_object(), to_property_key(vm.atoms(), vm.heap(), k), value));
    state.set_non_cell(kIndex, Value::number(k + 1));
    return {};
}

ThrowCompletionOr<Value> call_mapper(VM& vm, ValueArray& state, Value value)
{
    Value call_arguments[] = { value, state.at(kIndex) };
    return call(vm, state.at(kMapper), state.at(kThisArg), call_arguments);
}

// The head of the closure's loops (step h.iii's and i.vi's), up to the Await of the next element.
ThrowCompletionOr<Step> loop_head(VM& vm, ValueArray& state)
{
    double k = state.at(kIndex).as_number();
    if (state.at(kIterator).is_object()) {
        // h.iii.1. If k ≥ 2^53 - 1, return ? AsyncIteratorClose(iteratorRecord, a TypeError).
        if (k >= 9007199254740991.0) {
            (void)vm.throw_type_error(ErrorType::InvalidArrayLength);
            return async_iterator_close_with_throw(vm, state);
        }
        // 3. Let nextResult be ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
        Value next_result = TRY(call(vm, state.at(kNextMethod), state.at(kIterator), {}));
        // 4. Set nextResult to ? Await(nextResult).
        return await_value(vm, state, next_result, Phase::IteratorNext);
    }
    // i.vi. Repeat, while k < len,
    if (k >= state.at(kLength).as_number()) {
        // vii. Perform ? Set(A, "length", 𝔽(len), true). viii. Return A.
        TRY(set(vm, *state.at(kArray).as_object(), PropertyKey::from_atom(vm.atoms().length), state.at(kLength), true));
        return Step::Completed;
    }
    // 2. Let kValue be ? Get(arrayLike, Pk). 3. Set kValue to ? Await(kValue).
    Value k_value = TRY(get(vm, *state.at(kArrayLike).as_object(), to_property_key(vm.atoms(), vm.heap(), k)));
    return await_value(vm, state, k_value, Phase::ArrayLikeValue);
}

// Resumes the closure at its current Await with the awaited value, or the rejection reason when
// `thrown`, and runs it to the next Await or its end.
ThrowCompletionOr<Step> resume(VM& vm, ValueArray& state, Value input, bool thrown)
{
    auto phase = Phase(state.at(kPhase).as_int32());
    bool mapping = !state.at(kMapper).is_undefined();
    if (thrown) {
        (void)vm.throw_value(input);
        // h.iii.9.d. IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
        if (phase == Phase::IteratorMapped)
            return async_iterator_close_with_throw(vm, state);
        // AsyncIteratorClose: whatever return()'s result does, the original error is thrown.
        if (phase == Phase::IteratorClose) {
            (void)vm.take_pending_exception();
            return vm.throw_value(state.at(kError));
        }
        // ? Await(...): the closure completes with the error.
        return ThrowCompletion {};
    }
    switch (phase) {
    case Phase::IteratorNext: {
        // 5. If nextResult is not an Object, throw a TypeError exception.
        if (!input.is_object())
            return vm.throw_type_error(ErrorType::IteratorResultNotObject, { "of Array.fromAsync" });
        Object& next_result = *input.as_object();
        // 6-7. Let done be ? IteratorComplete(nextResult). If done is true, then
        //      a. Perform ? Set(A, "length", 𝔽(k), true). b. Return A.
        if (TRY(iterator_complete(vm, next_result))) {
            TRY(set(vm, *state.at(kArray).as_object(), PropertyKey::from_atom(vm.atoms().length), state.at(kIndex), true));
            return Step::Completed;
        }
        // 8. Let nextValue be ? IteratorValue(nextResult).
        Value next_value = TRY(iterator_value(vm, next_result));
        // 9. If mapping is true, then
        if (mapping) {
            // a-b. Let mappedValue be Completion(Call(mapper, thisArg, « nextValue, 𝔽(k) »));
            //      IfAbruptCloseAsyncIterator(mappedValue, iteratorRecord).
            auto mapped = call_mapper(vm, state, next_value);
            if (mapped.is_throw())
                return async_iterator_close_with_throw(vm, state);
            // c. Set mappedValue to Completion(Await(mappedValue)).
            return await_value(vm, state, mapped.value(), Phase::IteratorMapped);
        }
        // 10. Else, let mappedValue be nextValue.
        // 11-13. As below.
        input = next_value;
        [[fallthrough]];
    }
    case Phase::IteratorMapped:
        // 11-12. Let defineStatus be Completion(CreateDataPropertyOrThrow(A, Pk, mappedValue));
        //        if abrupt, return ? AsyncIteratorClose(iteratorRecord, defineStatus).
        // 13. Set k to k + 1.
        if (define_element(vm, state, input).is_throw())
            return async_iterator_close_with_throw(vm, state);
        return loop_head(vm, state);
    case Phase::IteratorClose:
        // AsyncIteratorClose step 5: the throw completion.
        return vm.throw_value(state.at(kError));
    case Phase::ArrayLikeValue:
        // 4. If mapping is true: let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »)
        //    and set it to ? Await(mappedValue).
        if (mapping)
            return await_value(vm, state, TRY(call_mapper(vm, state, input)), Phase::ArrayLikeMapped);
        // 5. Else, let mappedValue be kValue.
        [[fallthrough]];
    case Phase::ArrayLikeMapped:
        // 6. Perform ? CreateDataPropertyOrThrow(A, Pk, mappedValue). 7. Set k to k + 1.
        TRY(define_element(vm, state, input));
        return loop_head(vm, state);
    }
    return Step::Suspended;
}

// AsyncFunctionStart's and Await's continuations: the closure's completion settles the promise.
void settle(VM& vm, ValueArray& state, ThrowCompletionOr<Step> step)
{
    auto& promise = static_cast<Promise&>(*state.at(kPromise).as_object());
    if (step.is_throw())
        reject_promise(vm, promise, vm.take_pending_exception());
    else if (step.value() == Step::Completed)
        resolve_promise(vm, promise, state.at(kArray));
}

ThrowCompletionOr<Value> on_fulfilled(VM& vm, Value value, Value data)
{
    auto& state = *static_cast<ValueArray*>(data.as_internal_cell());
    settle(vm, state, resume(vm, state, value, false));
    return Value::undefined();
}

ThrowCompletionOr<Value> on_rejected(VM& vm, Value reason, Value data)
{
    auto& state = *static_cast<ValueArray*>(data.as_internal_cell());
    settle(vm, state, resume(vm, state, reason, true));
    return Value::undefined();
}

// fromAsyncClosure up to its first Await (steps 3.a-h.ii / i.v).
ThrowCompletionOr<Step> start(VM& vm, ValueArray& state, Value constructor, Value async_items)
{
    Value mapper = state.at(kMapper);
    // a-b. If mapper is not undefined and IsCallable(mapper) is false, throw a TypeError exception.
    if (!mapper.is_undefined() && !is_callable(mapper))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Array.fromAsync's mapper" });
    // c. Let usingAsyncIterator be ? GetMethod(asyncItems, %Symbol.asyncIterator%).
    Value using_async_iterator = TRY(get_method_of_value(vm, async_items, PropertyKey::from_symbol(vm.symbols().async_iterator)));
    // d. If usingAsyncIterator is undefined, let usingSyncIterator be ? GetMethod(asyncItems, %Symbol.iterator%).
    Value using_sync_iterator;
    if (using_async_iterator.is_undefined())
        using_sync_iterator = TRY(get_method_of_value(vm, async_items, PropertyKey::from_symbol(vm.symbols().iterator)));
    // e-g. iteratorRecord: from the async iterator, or CreateAsyncFromSyncIterator of the sync one.
    std::optional<IteratorRecord> record;
    if (!using_async_iterator.is_undefined())
        record = TRY(get_iterator_from_method(vm, async_items, using_async_iterator));
    else if (!using_sync_iterator.is_undefined())
        record = TRY(create_async_from_sync_iterator(vm, TRY(get_iterator_from_method(vm, async_items, using_sync_iterator))));
    // h. If iteratorRecord is not undefined, then
    if (record) {
        // i. If IsConstructor(C) is true, let A be ? Construct(C); else ! ArrayCreate(0).
        Object* array = is_constructor(constructor) ? TRY(construct(vm, *constructor.as_object())) : MUST(array_create(vm, 0));
        state.set(vm.heap(), kArray, Value::object(array));
        state.set(vm.heap(), kIterator, Value::object(record->iterator));
        state.set(vm.heap(), kNextMethod, record->next_method);
    } else {
        // i. ii. Let arrayLike be ! ToObject(asyncItems).
        Object* array_like = MUST(to_object(vm, async_items));
        // iii. Let len be ? LengthOfArrayLike(arrayLike).
        double length = double(TRY(length_of_array_like(vm, *array_like)));
        // iv. If IsConstructor(C) is true, let A be ? Construct(C, « 𝔽(len) »); else ? ArrayCreate(len).
        Object* array;
        if (is_constructor(constructor)) {
            Value construct_arguments[] = { Value::number(length) };
            array = TRY(construct(vm, *constructor.as_object(), construct_arguments));
        } else {
            array = TRY(array_create(vm, uint64_t(length)));
        }
        state.set(vm.heap(), kArray, Value::object(array));
        state.set(vm.heap(), kArrayLike, Value::object(array_like));
        state.set_non_cell(kLength, Value::number(length));
    }
    // h.ii / i.v. Let k be 0, then the loop.
    return loop_head(vm, state);
}

}

// Array.fromAsync ( asyncItems [ , mapper [ , thisArg ] ] ) — https://tc39.es/ecma262/#sec-array.fromasync
ThrowCompletionOr<Value> from_async(VM& vm, Arguments const& arguments)
{
    // 1. Let C be the this value.
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    Promise* promise = Promise::create(vm);
    ValueArray* state = ValueArray::create(vm.heap(), kFromAsyncSlotCount, Value::undefined());
    state->set(vm.heap(), kPromise, Value::object(promise));
    state->set(vm.heap(), kMapper, arguments.at(1));
    state->set(vm.heap(), kThisArg, arguments.at(2));
    state->set_non_cell(kIndex, Value::int32(0));
    state->set_size(kFromAsyncSlotCount);
    // 3-4. Perform AsyncFunctionStart(promiseCapability, fromAsyncClosure): it runs to its first
    //      Await; its completion settles the promise.
    settle(vm, *state, start(vm, *state, arguments.this_value, arguments.at(0)));
    // 5. Return promiseCapability.[[Promise]].
    return Value::object(promise);
}

}
