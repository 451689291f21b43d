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

constexpr uint32_t kEntrySize = 3;
constexpr uint32_t kInitialCapacity = 2 * kEntrySize;

// Step 3 of AddDisposableResource: appends (this value, method, argument).
ValueArray* append_resource(VM& vm, ValueArray& capability, Value this_value, Value method, Value argument)
{
    ValueArray* stack = &capability;
    uint32_t size = stack->size();
    if (size + kEntrySize > stack->capacity())
        stack = ValueArray::copy(vm.heap(), stack, size, stack->capacity() * 2, Value::undefined());
    stack->set(vm.heap(), size, this_value);
    stack->set(vm.heap(), size + 1, method);
    stack->set(vm.heap(), size + 2, argument);
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
ThrowCompletionOr<ValueArray*> add_disposable_resource(VM& vm, ValueArray& capability, Value value)
{
    // 1. If method is not present, then
    //    a. If V is either null or undefined and hint is sync-dispose, return unused.
    if (value.is_nullish())
        return &capability;
    //    c. Let resource be ? CreateDisposableResource(V, hint).
    //       CreateDisposableResource ( V, hint [ , method ] ), step 1.b:
    //       i. If V is not an Object, throw a TypeError exception.
    if (!value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "A disposable resource" });
    //       ii. Let method be ? GetDisposeMethod(V, hint). (For sync-dispose: ? GetMethod(V, @@dispose).)
    Value method = TRY(get_method(vm, *value.as_object(), PropertyKey::from_symbol(vm.symbols().dispose)));
    //       iii. If method is undefined, throw a TypeError exception.
    if (method.is_undefined())
        return vm.throw_type_error(ErrorType::NotAFunction, { "The resource's [Symbol.dispose]" });
    // 3. Append resource to disposeCapability.[[DisposableResourceStack]].
    return append_resource(vm, capability, value, method, Value::empty());
}

// AddDisposableResource, method present (the caller has checked that it is callable: step 2 of
// CreateDisposableResource).
ValueArray* add_disposable_resource_with_method(VM& vm, ValueArray& capability, Value method, Value argument)
{
    // 2. Else, a. Assert: V is undefined. b. Let resource be ? CreateDisposableResource(V, hint, method).
    // 3. Append resource to disposeCapability.[[DisposableResourceStack]].
    return append_resource(vm, capability, Value::undefined(), method, argument);
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
        // e. If method is not undefined, then
        if (method.is_undefined())
            continue;
        //    i. Let result be Completion(Dispose(value, hint, method)). (Dispose: ? Call(method,
        //       value); the result is ignored.)
        std::span<Value const> arguments = argument.is_empty() ? std::span<Value const> {} : std::span<Value const> { &argument, 1 };
        if (!call(vm, method, value, arguments).is_throw())
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
