#include "runtime/iteration.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/array/array_iterator_prototype.h"
#include "runtime/native_function.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

std::string describe_value(VM& vm, Value value)
{
    if (value.is_string())
        return value.as_string()->to_utf8(vm.heap());
    if (value.is_object())
        return "object";
    if (value.is_symbol())
        return "Symbol()";
    return primitive_to_string(vm, value)->to_utf8(vm.heap());
}

}

// GetIteratorFromMethod ( obj, method ) — https://tc39.es/ecma262/#sec-getiteratorfrommethod
ThrowCompletionOr<IteratorRecord> get_iterator_from_method(VM& vm, Value object, Value method)
{
    // 1. Let iterator be ? Call(method, obj).
    Value iterator = TRY(call(vm, method, object, {}));
    // 2. If iterator is not an Object, throw a TypeError exception.
    if (!iterator.is_object())
        return vm.throw_type_error(ErrorType::IteratorNotObject);
    // 3. Let nextMethod be ? Get(iterator, "next").
    // 4-5. Return the Iterator Record { [[Iterator]]: iterator, [[NextMethod]]: nextMethod,
    //      [[Done]]: false }.
    return get_iterator_direct(vm, *iterator.as_object());
}

// GetIteratorDirect ( obj ) — https://tc39.es/ecma262/#sec-getiteratordirect
ThrowCompletionOr<IteratorRecord> get_iterator_direct(VM& vm, Object& object)
{
    // 1. Let nextMethod be ? Get(obj, "next").
    Value next_method = TRY(get(vm, object, PropertyKey::from_atom(vm.atoms().next)));
    // 2. Let iteratorRecord be the Iterator Record { [[Iterator]]: obj, [[NextMethod]]:
    //    nextMethod, [[Done]]: false }. 3. Return iteratorRecord.
    return IteratorRecord { &object, next_method, false };
}

// GetIterator ( obj, kind ) — https://tc39.es/ecma262/#sec-getiterator
ThrowCompletionOr<IteratorRecord> get_iterator(VM& vm, Value object, IteratorHint hint)
{
    Value method;
    // 1. If kind is async, then
    if (hint == IteratorHint::Async) {
        // a. Let method be ? GetMethod(obj, %Symbol.asyncIterator%).
        method = TRY(get_method_of_value(vm, object, PropertyKey::from_symbol(vm.symbols().async_iterator)));
        // b. If method is undefined, then
        if (method.is_undefined()) {
            // i. Let syncMethod be ? GetMethod(obj, %Symbol.iterator%).
            Value sync_method = TRY(get_method_of_value(vm, object, PropertyKey::from_symbol(vm.symbols().iterator)));
            // ii. If syncMethod is undefined, throw a TypeError exception.
            if (sync_method.is_undefined())
                return vm.throw_type_error(ErrorType::NotIterable, { describe_value(vm, object) });
            // iii. Let syncIteratorRecord be ? GetIteratorFromMethod(obj, syncMethod).
            IteratorRecord sync_record = TRY(get_iterator_from_method(vm, object, sync_method));
            // iv. Return CreateAsyncFromSyncIterator(syncIteratorRecord).
            return create_async_from_sync_iterator(vm, sync_record);
        }
    } else {
        // 2. Else, let method be ? GetMethod(obj, %Symbol.iterator%).
        method = TRY(get_method_of_value(vm, object, PropertyKey::from_symbol(vm.symbols().iterator)));
    }
    // 3. If method is undefined, throw a TypeError exception.
    if (method.is_undefined())
        return vm.throw_type_error(ErrorType::NotIterable, { describe_value(vm, object) });
    // 4. Return ? GetIteratorFromMethod(obj, method).
    return get_iterator_from_method(vm, object, method);
}

// IteratorNext ( iteratorRecord [ , value ] ) — https://tc39.es/ecma262/#sec-iteratornext
ThrowCompletionOr<Object*> iterator_next(VM& vm, IteratorRecord& record, std::optional<Value> value)
{
    Value result;
    // 1. If value is not present, then
    //    a. Let result be Completion(Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]])).
    // 2. Else,
    //    a. Let result be Completion(Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]], « value »)).
    auto completion = value ? call(vm, record.next_method, Value::object(record.iterator), std::span<Value const>(&*value, 1))
                            : call(vm, record.next_method, Value::object(record.iterator), {});
    // 3. If result is a throw completion, then
    if (completion.is_throw()) {
        // a. Set iteratorRecord.[[Done]] to true. b. Return ? result.
        record.done = true;
        return ThrowCompletion {};
    }
    // 4. Set result to ! result.
    result = completion.release_value();
    // 5. If result is not an Object, then
    if (!result.is_object()) {
        // a. Set iteratorRecord.[[Done]] to true. b. Throw a TypeError exception.
        record.done = true;
        return vm.throw_type_error(ErrorType::IteratorResultNotObject, { describe_value(vm, result) });
    }
    // 6. Return result.
    return result.as_object();
}

// IteratorComplete ( iterResult ) — https://tc39.es/ecma262/#sec-iteratorcomplete
ThrowCompletionOr<bool> iterator_complete(VM& vm, Object& result)
{
    // 1. Return ToBoolean(? Get(iterResult, "done")).
    return to_boolean(TRY(get(vm, result, PropertyKey::from_atom(vm.atoms().done))));
}

// IteratorValue ( iterResult ) — https://tc39.es/ecma262/#sec-iteratorvalue
ThrowCompletionOr<Value> iterator_value(VM& vm, Object& result)
{
    // 1. Return ? Get(iterResult, "value").
    return get(vm, result, PropertyKey::from_atom(vm.atoms().value));
}

// IteratorStep ( iteratorRecord ) — https://tc39.es/ecma262/#sec-iteratorstep
ThrowCompletionOr<Object*> iterator_step(VM& vm, IteratorRecord& record)
{
    // 1. Let result be ? IteratorNext(iteratorRecord).
    Object* result = TRY(iterator_next(vm, record));
    // 2. Let done be Completion(IteratorComplete(result)).
    auto done = iterator_complete(vm, *result);
    // 3. If done is a throw completion, then
    if (done.is_throw()) {
        // a. Set iteratorRecord.[[Done]] to true. b. Return ? done.
        record.done = true;
        return ThrowCompletion {};
    }
    // 4. Set done to ! done.
    // 5. If done is true, then
    if (done.release_value()) {
        // a. Set iteratorRecord.[[Done]] to true. b. Return done.
        record.done = true;
        return static_cast<Object*>(nullptr);
    }
    // 6. Return result.
    return result;
}

// IteratorStepValue ( iteratorRecord ) — https://tc39.es/ecma262/#sec-iteratorstepvalue
ThrowCompletionOr<std::optional<Value>> iterator_step_value(VM& vm, IteratorRecord& record)
{
    // An Array Iterator whose next is %ArrayIteratorPrototype%.next steps without making the
    // iterator result object, which no code could see.
    if (record.iterator->kind() == ObjectKind::ArrayIterator && is_native_function(record.next_method, builtins::array_iterator_prototype::next)) {
        auto step = array_iterator_step(vm, static_cast<BuiltinIterator&>(*record.iterator));
        if (step.is_throw()) {
            record.done = true;
            return ThrowCompletion {};
        }
        std::optional<Value> value = step.release_value();
        record.done = !value;
        return value;
    }
    // 1. Let result be ? IteratorStep(iteratorRecord).
    Object* result = TRY(iterator_step(vm, record));
    // 2. If result is done, return done.
    if (!result)
        return std::optional<Value>();
    // 3. Let value be Completion(IteratorValue(result)).
    auto value = iterator_value(vm, *result);
    // 4. If value is a throw completion, then
    if (value.is_throw()) {
        // a. Set iteratorRecord.[[Done]] to true.
        record.done = true;
        return ThrowCompletion {};
    }
    // 5. Return ? value.
    return std::optional<Value>(value.release_value());
}

// IteratorClose ( iteratorRecord, completion ) — https://tc39.es/ecma262/#sec-iteratorclose,
// completion being a normal completion.
ThrowCompletionOr<void> iterator_close(VM& vm, IteratorRecord const& record)
{
    // 1. Assert: iteratorRecord.[[Iterator]] is an Object.
    // 2. Let iterator be iteratorRecord.[[Iterator]].
    Object& iterator = *record.iterator;
    // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
    // 4. If innerResult is a normal completion, then
    Value return_method = TRY(get_method(vm, iterator, PropertyKey::from_atom(vm.atoms().return_)));
    //    a. Let return be innerResult.[[Value]].
    //    b. If return is undefined, return ? completion.
    if (return_method.is_undefined())
        return {};
    //    c. Set innerResult to Completion(Call(return, iterator)).
    Value inner_result = TRY(call(vm, return_method, Value::object(&iterator), {}));
    // 5. If completion is a throw completion, return ? completion. (Not this case.)
    // 6. If innerResult is a throw completion, return ? innerResult. (TRY above.)
    // 7. If innerResult.[[Value]] is not an Object, throw a TypeError exception.
    if (!inner_result.is_object())
        return vm.throw_type_error(ErrorType::IteratorResultNotObject, { describe_value(vm, inner_result) });
    // 8. Return ? completion.
    return {};
}

// IteratorClose ( iteratorRecord, completion ) — https://tc39.es/ecma262/#sec-iteratorclose,
// completion being a throw completion (pending on the VM).
ThrowCompletion iterator_close_with_throw(VM& vm, IteratorRecord const& record)
{
    Value exception = vm.take_pending_exception();
    // 3. Let innerResult be Completion(GetMethod(iterator, "return")).
    auto return_method = get_method(vm, *record.iterator, PropertyKey::from_atom(vm.atoms().return_));
    if (return_method.is_throw()) {
        vm.take_pending_exception();
    } else if (!return_method.value().is_undefined()) {
        // 4.c. Set innerResult to Completion(Call(return, iterator)).
        auto inner_result = call(vm, return_method.value(), Value::object(record.iterator), {});
        if (inner_result.is_throw())
            vm.take_pending_exception();
    }
    // 5. If completion is a throw completion, return ? completion.
    return vm.throw_value(exception);
}

// CreateIterResultObject ( value, done ) — https://tc39.es/ecma262/#sec-createiterresultobject
Object* create_iter_result_object(VM& vm, Value value, bool done)
{
    // 1. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    Object* object = Object::create(vm, vm.current_realm().object_prototype());
    // 2. Perform ! CreateDataPropertyOrThrow(obj, "value", value).
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().value), value));
    // 3. Perform ! CreateDataPropertyOrThrow(obj, "done", done).
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().done), Value::boolean(done)));
    // 4. Return obj.
    return object;
}

// IteratorToList ( iteratorRecord ) — https://tc39.es/ecma262/#sec-iteratortolist
ThrowCompletionOr<ValueArray*> iterator_to_list(VM& vm, IteratorRecord& record)
{
    // 1. Let values be a new empty List.
    ValueList values(vm.heap());
    // 2. Repeat,
    while (true) {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        auto next = TRY(iterator_step_value(vm, record));
        // b. If next is done, return values.
        if (!next)
            return values.array();
        // c. Append next to values.
        values.append(*next);
    }
}

}
