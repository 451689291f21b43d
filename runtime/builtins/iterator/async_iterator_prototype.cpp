#include "runtime/builtins/iterator/async_iterator_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/error_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

// [[SyncIteratorRecord]] of an async-from-sync iterator: a ValueArray [iterator, next, done]
// in the BuiltinIterator's iterated slot.
ValueArray* sync_record_cell(Object& object)
{
    return reinterpret_cast<ValueArray*>(static_cast<BuiltinIterator&>(object).iterated().as_internal_cell());
}

IteratorRecord sync_record(Object& object)
{
    ValueArray* cell = sync_record_cell(object);
    return IteratorRecord { cell->at(0).as_object(), cell->at(1), cell->at(2).as_bool() };
}

}

// CreateAsyncFromSyncIterator ( syncIteratorRecord ) — https://tc39.es/ecma262/#sec-createasyncfromsynciterator
ThrowCompletionOr<IteratorRecord> create_async_from_sync_iterator(VM& vm, IteratorRecord const& sync_iterator_record)
{
    // 1. Let asyncIterator be OrdinaryObjectCreate(%AsyncFromSyncIteratorPrototype%, « [[SyncIteratorRecord]] »).
    // 2. Set asyncIterator.[[SyncIteratorRecord]] to syncIteratorRecord.
    ValueArray* record = ValueArray::create(vm.heap(), 3, Value::undefined());
    record->set(vm.heap(), 0, Value::object(sync_iterator_record.iterator));
    record->set(vm.heap(), 1, sync_iterator_record.next_method);
    record->set_non_cell(2, Value::boolean(sync_iterator_record.done));
    record->set_size(3);
    Object* async_iterator = BuiltinIterator::create(vm, ObjectKind::AsyncFromSyncIterator,
        vm.current_realm().async_from_sync_iterator_prototype(), Value::internal_cell(record), IterationKind::Value);
    // 3. Let nextMethod be ! Get(asyncIterator, "next").
    // 4-5. Return the Iterator Record { [[Iterator]]: asyncIterator, [[NextMethod]]: nextMethod, [[Done]]: false }.
    return get_iterator_direct(vm, *async_iterator);
}

}

namespace sable::runtime::builtins::async_iterator_prototype {

// %AsyncIteratorPrototype% [ %Symbol.asyncIterator% ] ( ) — https://tc39.es/ecma262/#sec-asynciteratorprototype-asynciterator
ThrowCompletionOr<Value> symbol_async_iterator(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

namespace {

// The unwrap closure of %AsyncIteratorPrototype% [ %Symbol.asyncDispose% ], step 6.e: returns undefined.
ThrowCompletionOr<Value> return_undefined(VM&, Arguments const&)
{
    return Value::undefined();
}

}

// %AsyncIteratorPrototype% [ %Symbol.asyncDispose% ] ( ) — https://tc39.es/ecma262/#sec-%asynciteratorprototype%-%symbol.asyncdispose%
ThrowCompletionOr<Value> symbol_async_dispose(VM& vm, Arguments const& arguments)
{
    // 1. Let O be the this value.
    Value object = arguments.this_value;
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseCapability capability = MUST(new_promise_capability(vm, Value::object(vm.current_realm().promise_constructor())));
    // IfAbruptRejectPromise ( value, promiseCapability ), the exception pending on the VM.
    auto reject = [&]() -> ThrowCompletionOr<Value> {
        Value error[] = { vm.take_pending_exception() };
        TRY(call(vm, capability.reject, Value::undefined(), error));
        return Value::object(capability.promise);
    };
    // 3-4. Let return be Completion(GetMethod(O, "return")); IfAbruptRejectPromise(return, promiseCapability).
    auto return_method = get_method_of_value(vm, object, PropertyKey::from_atom(vm.atoms().return_));
    if (return_method.is_throw())
        return reject();
    // 5. If return is undefined, then
    if (return_method.value().is_undefined()) {
        // a. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
        Value undefined[] = { Value::undefined() };
        MUST(call(vm, capability.resolve, Value::undefined(), undefined));
        // 7. Return promiseCapability.[[Promise]].
        return Value::object(capability.promise);
    }
    // 6. Else,
    //    a-b. Let result be Completion(Call(return, O, « »)); IfAbruptRejectPromise.
    auto result = call(vm, return_method.value(), object, {});
    if (result.is_throw())
        return reject();
    //    c-d. Let resultWrapper be Completion(PromiseResolve(%Promise%, result)); IfAbruptRejectPromise.
    auto result_wrapper = promise_resolve(vm, *vm.current_realm().promise_constructor(), result.value());
    if (result_wrapper.is_throw())
        return reject();
    //    e-f. Let onFulfilled be CreateBuiltinFunction(unwrap, 1, "", « »), unwrap returning undefined.
    NativeFunction* on_fulfilled = NativeFunction::create(vm, vm.current_realm(), return_undefined, vm.atoms().empty, 1);
    //    g. Perform PerformPromiseThen(resultWrapper, onFulfilled, undefined, promiseCapability).
    perform_promise_then(vm, static_cast<Promise&>(*result_wrapper.value()), Value::object(on_fulfilled), Value::undefined(), capability);
    // 7. Return promiseCapability.[[Promise]].
    return Value::object(capability.promise);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/async_iterator_prototype.def"
}

}

namespace sable::runtime::builtins::async_from_sync_iterator_prototype {

namespace {

// IfAbruptRejectPromise ( value, capability ) with the exception pending on the VM.
ThrowCompletionOr<Value> reject_with_pending_exception(VM& vm, PromiseCapability const& capability)
{
    Value error[] = { vm.take_pending_exception() };
    TRY(call(vm, capability.reject, Value::undefined(), error));
    return Value::object(capability.promise);
}

ThrowCompletionOr<Value> reject_with_type_error(VM& vm, PromiseCapability const& capability, std::string_view message)
{
    Value error[] = { Value::object(create_error_object(vm, vm.current_realm(), ErrorKind::TypeError, message)) };
    TRY(call(vm, capability.reject, Value::undefined(), error));
    return Value::object(capability.promise);
}

// unwrap ( v ): CreateIteratorResultObject(v, done); data: done.
ThrowCompletionOr<Value> unwrap(VM& vm, Arguments const& arguments)
{
    bool done = static_cast<NativeFunction*>(arguments.callee)->data().as_bool();
    return Value::object(create_iter_result_object(vm, arguments.at(0), done));
}

// closeIterator ( error ): IteratorClose(syncIteratorRecord, ThrowCompletion(error)); data: the
// sync iterator.
ThrowCompletionOr<Value> close_iterator(VM& vm, Arguments const& arguments)
{
    Value iterator = static_cast<NativeFunction*>(arguments.callee)->data();
    IteratorRecord record { iterator.as_object(), Value::undefined(), false };
    (void)vm.throw_value(arguments.at(0));
    return iterator_close_with_throw(vm, record);
}

// AsyncFromSyncIteratorContinuation ( result, promiseCapability, syncIteratorRecord, closeOnRejection ) —
// https://tc39.es/ecma262/#sec-asyncfromsynciteratorcontinuation
ThrowCompletionOr<Value> continuation(VM& vm, Object& result, PromiseCapability const& capability, IteratorRecord const& sync_record,
    bool close_on_rejection)
{
    // 1. NOTE: Because promiseCapability is derived from the intrinsic %Promise%, the calls to
    //    promiseCapability.[[Reject]] entailed by the use IfAbruptRejectPromise below are
    //    guaranteed not to throw.
    // 2-3. Let done be Completion(IteratorComplete(result)); IfAbruptRejectPromise(done, promiseCapability).
    auto done = iterator_complete(vm, result);
    if (done.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 4-5. Let value be Completion(IteratorValue(result)); IfAbruptRejectPromise(value, promiseCapability).
    auto value = iterator_value(vm, result);
    if (value.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 6. Let valueWrapper be Completion(PromiseResolve(%Promise%, value)).
    auto value_wrapper = promise_resolve(vm, *vm.current_realm().promise_constructor(), value.value());
    // 7. If valueWrapper is an abrupt completion, done is false, and closeOnRejection is true, then
    //    a. Set valueWrapper to Completion(IteratorClose(syncIteratorRecord, valueWrapper)).
    if (value_wrapper.is_throw() && !done.value() && close_on_rejection)
        (void)iterator_close_with_throw(vm, sync_record);
    // 8. IfAbruptRejectPromise(valueWrapper, promiseCapability).
    if (value_wrapper.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 9-10. Let onFulfilled be CreateBuiltinFunction(unwrap, 1, "", « »).
    NativeFunction* on_fulfilled = NativeFunction::create(vm, vm.current_realm(), unwrap, vm.atoms().empty, 1);
    on_fulfilled->set_data(vm.heap(), Value::boolean(done.value()));
    // 11. NOTE: onFulfilled is used when processing the "value" property of an IteratorResult
    //     object in order to wait for its value if it is a promise and re-package the result in a
    //     new "unwrapped" IteratorResult object.
    Value on_rejected = Value::undefined();
    // 12. If done is true, or if closeOnRejection is false, then let onRejected be undefined.
    // 13. Else, let onRejected be CreateBuiltinFunction(closeIterator, 1, "", « »).
    if (!done.value() && close_on_rejection) {
        NativeFunction* closer = NativeFunction::create(vm, vm.current_realm(), close_iterator, vm.atoms().empty, 1);
        closer->set_data(vm.heap(), Value::object(sync_record.iterator));
        on_rejected = Value::object(closer);
    }
    // 14. Perform PerformPromiseThen(valueWrapper, onFulfilled, onRejected, promiseCapability).
    perform_promise_then(vm, static_cast<Promise&>(*value_wrapper.value()), Value::object(on_fulfilled), on_rejected, capability);
    // 15. Return promiseCapability.[[Promise]].
    return Value::object(capability.promise);
}

ThrowCompletionOr<Object*> this_async_from_sync_iterator(VM& vm, Value this_value)
{
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::AsyncFromSyncIterator)
        return vm.throw_type_error(ErrorType::NotA, { "%AsyncFromSyncIteratorPrototype% method", "async-from-sync iterator" });
    return this_value.as_object();
}

}

// %AsyncFromSyncIteratorPrototype%.next ( [ value ] ) — https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    // 1. Let O be the this value. 2. Assert: O has a [[SyncIteratorRecord]] internal slot.
    Object* object = TRY(this_async_from_sync_iterator(vm, arguments.this_value));
    // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseCapability capability = MUST(new_promise_capability(vm, Value::object(vm.current_realm().promise_constructor())));
    // 4. Let syncIteratorRecord be O.[[SyncIteratorRecord]].
    IteratorRecord record = sync_record(*object);
    // 5-6. If value is present, let result be Completion(IteratorNext(syncIteratorRecord, value));
    //      else Completion(IteratorNext(syncIteratorRecord)).
    auto result = arguments.size() > 0 ? iterator_next(vm, record, arguments.at(0)) : iterator_next(vm, record);
    sync_record_cell(*object)->set_non_cell(2, Value::boolean(record.done));
    // 7. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 8. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
    return continuation(vm, *result.value(), capability, record, true);
}

// %AsyncFromSyncIteratorPrototype%.return ( [ value ] ) — https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.return
ThrowCompletionOr<Value> return_(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(this_async_from_sync_iterator(vm, arguments.this_value));
    // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseCapability capability = MUST(new_promise_capability(vm, Value::object(vm.current_realm().promise_constructor())));
    // 4. Let syncIteratorRecord be O.[[SyncIteratorRecord]]. 5. Let syncIterator be its [[Iterator]].
    IteratorRecord record = sync_record(*object);
    // 6-7. Let return be Completion(GetMethod(syncIterator, "return")); IfAbruptRejectPromise.
    auto return_method = get_method(vm, *record.iterator, PropertyKey::from_atom(vm.atoms().return_));
    if (return_method.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 8. If return is undefined, then
    if (return_method.value().is_undefined()) {
        // a. Let iteratorResult be CreateIteratorResultObject(value, true).
        // b. Perform ! Call(promiseCapability.[[Resolve]], undefined, « iteratorResult »).
        Value iterator_result[] = { Value::object(create_iter_result_object(vm, arguments.at(0), true)) };
        MUST(call(vm, capability.resolve, Value::undefined(), iterator_result));
        // c. Return promiseCapability.[[Promise]].
        return Value::object(capability.promise);
    }
    // 9-10. result = Completion(Call(return, syncIterator [, « value »])).
    auto result = arguments.size() > 0
        ? call(vm, return_method.value(), Value::object(record.iterator), std::span<Value const>(arguments.values.data(), 1))
        : call(vm, return_method.value(), Value::object(record.iterator), {});
    // 11. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 12. If result is not an Object, then reject with a TypeError.
    if (!result.value().is_object())
        return reject_with_type_error(vm, capability, "iterator result is not an object");
    // 13. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, false).
    return continuation(vm, *result.value().as_object(), capability, record, false);
}

// %AsyncFromSyncIteratorPrototype%.throw ( [ value ] ) — https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.throw
ThrowCompletionOr<Value> throw_(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(this_async_from_sync_iterator(vm, arguments.this_value));
    // 3. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    PromiseCapability capability = MUST(new_promise_capability(vm, Value::object(vm.current_realm().promise_constructor())));
    // 4-5. syncIteratorRecord, syncIterator.
    IteratorRecord record = sync_record(*object);
    // 6-7. Let throw be Completion(GetMethod(syncIterator, "throw")); IfAbruptRejectPromise.
    auto throw_method = get_method(vm, *record.iterator, PropertyKey::from_atom(vm.atoms().throw_));
    if (throw_method.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 8. If throw is undefined, then
    if (throw_method.value().is_undefined()) {
        // a-d. Close the sync iterator (IfAbruptRejectPromise on the result).
        if (iterator_close(vm, record).is_throw())
            return reject_with_pending_exception(vm, capability);
        // e-g. Reject with a TypeError: the protocol was violated.
        return reject_with_type_error(vm, capability, "The iterator does not provide a 'throw' method");
    }
    // 9. Let result be Completion(Call(throw, syncIterator, « value »)).
    Value call_arguments[] = { arguments.at(0) };
    auto result = call(vm, throw_method.value(), Value::object(record.iterator), call_arguments);
    // 10. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw())
        return reject_with_pending_exception(vm, capability);
    // 11. If result is not an Object, then reject with a TypeError.
    if (!result.value().is_object())
        return reject_with_type_error(vm, capability, "iterator result is not an object");
    // 12. Return AsyncFromSyncIteratorContinuation(result, promiseCapability, syncIteratorRecord, true).
    return continuation(vm, *result.value().as_object(), capability, record, true);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/async_from_sync_iterator_prototype.def"
}

}
