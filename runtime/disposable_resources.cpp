#include "runtime/disposable_resources.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

constexpr uint32_t kInitialCapacity = 4;

// CreateDisposableResource ( V, sync-dispose [ , method ] ) — https://tc39.es/ecma262/#sec-createdisposableresource
// Returns the [[DisposeMethod]] of the resource (the [[ResourceValue]] is V, or undefined for
// null).
ThrowCompletionOr<Value> create_disposable_resource_method(VM& vm, Value value, Value method)
{
    // 1. If method is not present, then
    if (method.is_empty()) {
        // a. If V is either null or undefined, then: V and method are undefined.
        if (value.is_nullish())
            return Value::undefined();
        // b. Else,
        //    i. If V is not an Object, throw a TypeError exception.
        if (!value.is_object())
            return vm.throw_type_error(ErrorType::NotAnObject, { "A `using` resource" });
        //    ii. Let method be ? GetDisposeMethod(V, hint). (GetDisposeMethod for sync-dispose:
        //        ? GetMethod(V, @@dispose).)
        method = TRY(get_method(vm, *value.as_object(), PropertyKey::from_symbol(vm.symbols().dispose)));
        //    iii. If method is undefined, throw a TypeError exception.
        if (method.is_undefined())
            return vm.throw_type_error(ErrorType::NotAFunction, { "The resource's [Symbol.dispose]" });
        return method;
    }
    // 2. Else, if IsCallable(method) is false, throw a TypeError exception.
    if (!is_callable(method))
        return vm.throw_type_error(ErrorType::NotAFunction, { "The dispose method" });
    // 3. Return the DisposableResource Record { [[ResourceValue]]: V, [[Hint]]: hint,
    //    [[DisposeMethod]]: method }.
    return method;
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

}

// NewDisposeCapability ( ) — https://tc39.es/ecma262/#sec-newdisposecapability
ValueArray* new_dispose_capability(VM& vm)
{
    // 1. Let stack be a new empty List.
    // 2. Return the DisposeCapability Record { [[DisposableResourceStack]]: stack }.
    return ValueArray::create(vm.heap(), kInitialCapacity, Value::undefined());
}

// AddDisposableResource ( disposeCapability, V, hint [ , method ] ) — https://tc39.es/ecma262/#sec-adddisposableresource
ThrowCompletionOr<ValueArray*> add_disposable_resource(VM& vm, ValueArray& capability, Value value, Value method)
{
    // 1. If method is not present, then
    //    a. If V is either null or undefined and hint is sync-dispose, return unused.
    if (method.is_empty() && value.is_nullish())
        return &capability;
    // 1.c / 2.a. Let resource be ? CreateDisposableResource(V, hint [ , method ]).
    method = TRY(create_disposable_resource_method(vm, value, method));
    // 3. Append resource to disposeCapability.[[DisposableResourceStack]].
    ValueArray* stack = &capability;
    uint32_t size = stack->size();
    if (size + 2 > stack->capacity())
        stack = ValueArray::copy(vm.heap(), stack, size, stack->capacity() * 2, Value::undefined());
    stack->set(vm.heap(), size, value);
    stack->set(vm.heap(), size + 1, method);
    stack->set_size(size + 2);
    // 4. Return unused.
    return stack;
}

// DisposeResources ( disposeCapability, completion ) — https://tc39.es/ecma262/#sec-disposeresources
// (sync-dispose resources only: no step awaits.)
ThrowCompletionOr<void> dispose_resources(VM& vm, ValueArray& capability, bool is_throw, Value thrown)
{
    // 3. For each element resource of disposeCapability.[[DisposableResourceStack]], in reverse
    //    list order, do
    for (uint32_t index = capability.size(); index >= 2; index -= 2) {
        // a-c. value, hint and method of the resource.
        Value value = capability.at(index - 2);
        Value method = capability.at(index - 1);
        // e. If method is not undefined, then
        if (method.is_undefined())
            continue;
        //    i. Let result be Completion(Dispose(value, hint, method)). (Dispose: ? Call(method,
        //       value); the result is ignored.)
        if (!call(vm, method, value, {}).is_throw())
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

}
