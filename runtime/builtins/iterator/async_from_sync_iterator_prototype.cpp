#include "runtime/builtins/iterator/async_from_sync_iterator_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/async_from_sync_iterator.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/iteration.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::async_from_sync_iterator_prototype {

namespace {

// The continuation's state, passed to its reaction handlers: [promise, done, sync iterator to
// close on rejection or undefined].
ValueArray* continuation_data(VM& vm, Promise& promise, bool done, Value close_iterator)
{
    auto* data = ValueArray::create(vm.heap(), 3, Value::undefined());
    data->set(vm.heap(), 0, Value::object(&promise));
    data->set_non_cell(1, Value::boolean(done));
    data->set(vm.heap(), 2, close_iterator);
    return data;
}

ThrowCompletionOr<Value> unwrap_fulfilled(VM& vm, Value value, Value data_value)
{
    auto& data = *static_cast<ValueArray*>(data_value.as_internal_cell());
    resolve_promise(vm, *static_cast<Promise*>(data.at(0).as_object()), Value::object(create_iter_result_object(vm, value, data.at(1).as_bool())));
    return Value::undefined();
}

ThrowCompletionOr<Value> unwrap_rejected(VM& vm, Value reason, Value data_value)
{
    auto& data = *static_cast<ValueArray*>(data_value.as_internal_cell());
    // closeIterator: a rejected value closes the sync iterator before passing the rejection on.
    if (data.at(2).is_object()) {
        (void)vm.throw_value(reason);
        (void)iterator_close_with_throw(vm, IteratorRecord { data.at(2).as_object(), Value::undefined(), false });
        vm.take_pending_exception();
    }
    reject_promise(vm, *static_cast<Promise*>(data.at(0).as_object()), reason);
    return Value::undefined();
}

// AsyncFromSyncIteratorContinuation ( result, promiseCapability, syncIteratorRecord, closeOnRejection )
// — https://tc39.es/ecma262/#sec-asyncfromsynciteratorcontinuation
void continuation(VM& vm, Promise& promise, Object& result, Object* sync_iterator, bool close_on_rejection)
{
    auto reject_with_pending = [&] { reject_promise(vm, promise, vm.take_pending_exception()); };
    // 1-4. done and value.
    auto done = iterator_complete(vm, result);
    if (done.is_throw())
        return reject_with_pending();
    auto value = iterator_value(vm, result);
    if (value.is_throw())
        return reject_with_pending();
    // 6. valueWrapper = PromiseResolve(%Promise%, value); an abrupt one closes the iterator.
    auto wrapper = promise_resolve(vm, *vm.current_realm().promise_constructor(), value.value());
    if (wrapper.is_throw()) {
        if (!done.value() && close_on_rejection)
            (void)iterator_close_with_throw(vm, IteratorRecord { sync_iterator, Value::undefined(), false });
        return reject_with_pending();
    }
    Value close = !done.value() && close_on_rejection ? Value::object(sync_iterator) : Value::undefined();
    perform_promise_then_native(vm, *static_cast<Promise*>(wrapper.value()), unwrap_fulfilled, unwrap_rejected,
        Value::internal_cell(continuation_data(vm, promise, done.value(), close)));
}

AsyncFromSyncIterator& this_iterator(Arguments const& arguments)
{
    return *static_cast<AsyncFromSyncIterator*>(arguments.this_value.as_object());
}

}

// %AsyncFromSyncIteratorPrototype%.next ( [ value ] ) — https://tc39.es/ecma262/#sec-%asyncfromsynciteratorprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    auto& iterator = this_iterator(arguments);
    Promise* promise = Promise::create(vm, function_realm(vm, arguments).promise_prototype());
    IteratorRecord record { iterator.sync_iterator(), iterator.next_method(), false };
    auto result = arguments.size() ? iterator_next(vm, record, arguments.at(0)) : iterator_next(vm, record);
    if (result.is_throw()) {
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    continuation(vm, *promise, *result.value(), iterator.sync_iterator(), true);
    return Value::object(promise);
}

// %AsyncFromSyncIteratorPrototype%.return ( [ value ] ) and .throw ( [ value ] ).
ThrowCompletionOr<Value> resume_abruptly(VM& vm, Arguments const& arguments, bool is_return)
{
    auto& iterator = this_iterator(arguments);
    Object* sync = iterator.sync_iterator();
    Promise* promise = Promise::create(vm, function_realm(vm, arguments).promise_prototype());
    auto method = get_method(vm, *sync, PropertyKey::from_atom(is_return ? vm.atoms().return_ : vm.atoms().throw_));
    if (method.is_throw()) {
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    if (method.value().is_undefined()) {
        if (is_return) {
            // return: { value, done: true } at once.
            resolve_promise(vm, *promise, Value::object(create_iter_result_object(vm, arguments.at(0), true)));
        } else {
            // throw without a throw method: close the iterator, then reject with a TypeError.
            auto closed = iterator_close(vm, IteratorRecord { sync, Value::undefined(), false });
            if (!closed.is_throw())
                (void)vm.throw_type_error(vm.current_realm(), "The iterator does not provide a 'throw' method");
            reject_promise(vm, *promise, vm.take_pending_exception());
        }
        return Value::object(promise);
    }
    std::span<Value const> passed = arguments.size() ? arguments.values.subspan(0, 1) : std::span<Value const> {};
    auto result = call(vm, method.value(), Value::object(sync), passed);
    if (result.is_throw()) {
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    if (!result.value().is_object()) {
        (void)vm.throw_type_error(vm.current_realm(), "iterator result is not an object");
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    continuation(vm, *promise, *result.value().as_object(), sync, !is_return);
    return Value::object(promise);
}

ThrowCompletionOr<Value> return_(VM& vm, Arguments const& arguments) { return resume_abruptly(vm, arguments, true); }

ThrowCompletionOr<Value> throw_(VM& vm, Arguments const& arguments) { return resume_abruptly(vm, arguments, false); }

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/async_from_sync_iterator_prototype.def"
}

}
