#include "runtime/object_operations.h"

#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/property_key_list.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace sable::runtime {

// Get ( O, P ) — https://tc39.es/ecma262/#sec-get-o-p
ThrowCompletionOr<Value> get(VM& vm, Object& object, PropertyKey key)
{
    // 1. Return ? O.[[Get]](P, O).
    return object.internal_get(vm, key, Value::object(&object));
}

// GetMethod ( V, P ) — https://tc39.es/ecma262/#sec-getmethod
ThrowCompletionOr<Value> get_method(VM& vm, Object& object, PropertyKey key)
{
    // 1. Let func be ? GetV(V, P).
    Value function = TRY(get(vm, object, key));
    // 2. If func is either undefined or null, return undefined.
    if (function.is_nullish())
        return Value::undefined();
    // 3. If IsCallable(func) is false, throw a TypeError exception.
    if (!is_callable(function))
        return vm.throw_type_error(ErrorType::NotAFunction, { describe_property_key(vm.heap(), key) });
    // 4. Return func.
    return function;
}

// Set ( O, P, V, Throw ) — https://tc39.es/ecma262/#sec-set-o-p-v-throw
ThrowCompletionOr<void> set(VM& vm, Object& object, PropertyKey key, Value value, bool should_throw)
{
    // 1. Let success be ? O.[[Set]](P, V, O).
    bool success = TRY(object.internal_set(vm, key, value, Value::object(&object)));
    // 2. If success is false and Throw is true, throw a TypeError exception.
    if (!success && should_throw)
        return vm.throw_type_error(ErrorType::CannotAssignToReadOnlyProperty, { describe_property_key(vm.heap(), key) });
    // 3. Return unused.
    return {};
}

// CreateDataProperty ( O, P, V ) — https://tc39.es/ecma262/#sec-createdataproperty
ThrowCompletionOr<bool> create_data_property(VM& vm, Object& object, PropertyKey key, Value value)
{
    // 1. Let newDesc be the PropertyDescriptor { [[Value]]: V, [[Writable]]: true,
    //    [[Enumerable]]: true, [[Configurable]]: true }.
    // 2. Return ? O.[[DefineOwnProperty]](P, newDesc).
    return object.internal_define_own_property(vm, key, PropertyDescriptor::data(value, true, true, true));
}

// CreateDataPropertyOrThrow ( O, P, V ) — https://tc39.es/ecma262/#sec-createdatapropertyorthrow
ThrowCompletionOr<void> create_data_property_or_throw(VM& vm, Object& object, PropertyKey key, Value value)
{
    // 1. Let success be ? CreateDataProperty(O, P, V).
    bool success = TRY(create_data_property(vm, object, key, value));
    // 2. If success is false, throw a TypeError exception.
    if (!success)
        return vm.throw_type_error(ErrorType::CannotDefineProperty, { describe_property_key(vm.heap(), key) });
    // 3. Return unused.
    return {};
}

// CreateNonEnumerableDataPropertyOrThrow ( O, P, V ) —
// https://tc39.es/ecma262/#sec-createnonenumerabledatapropertyorthrow
void create_non_enumerable_data_property_or_throw(VM& vm, Object& object, PropertyKey key, Value value)
{
    // 1. Assert: O is an ordinary, extensible object with no non-configurable properties.
    assert(object.is_extensible());
    // 2. Let newDesc be the PropertyDescriptor { [[Value]]: V, [[Writable]]: true,
    //    [[Enumerable]]: false, [[Configurable]]: true }.
    // 3. Perform ! DefinePropertyOrThrow(O, P, newDesc).
    MUST(define_property_or_throw(vm, object, key, PropertyDescriptor::data(value, true, false, true)));
}

// DefinePropertyOrThrow ( O, P, desc ) — https://tc39.es/ecma262/#sec-definepropertyorthrow
ThrowCompletionOr<void> define_property_or_throw(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    // 1. Let success be ? O.[[DefineOwnProperty]](P, desc).
    bool success = TRY(object.internal_define_own_property(vm, key, descriptor));
    // 2. If success is false, throw a TypeError exception.
    if (!success)
        return vm.throw_type_error(ErrorType::CannotRedefineProperty, { describe_property_key(vm.heap(), key) });
    // 3. Return unused.
    return {};
}

// DeletePropertyOrThrow ( O, P ) — https://tc39.es/ecma262/#sec-deletepropertyorthrow
ThrowCompletionOr<void> delete_property_or_throw(VM& vm, Object& object, PropertyKey key)
{
    // 1. Let success be ? O.[[Delete]](P).
    bool success = TRY(object.internal_delete(vm, key));
    // 2. If success is false, throw a TypeError exception.
    if (!success)
        return vm.throw_type_error(ErrorType::CannotDeleteProperty, { describe_property_key(vm.heap(), key), "#<Object>" });
    // 3. Return unused.
    return {};
}

// HasProperty ( O, P ) — https://tc39.es/ecma262/#sec-hasproperty
ThrowCompletionOr<bool> has_property(VM& vm, Object& object, PropertyKey key)
{
    // 1. Return ? O.[[HasProperty]](P).
    return object.internal_has_property(vm, key);
}

// HasOwnProperty ( O, P ) — https://tc39.es/ecma262/#sec-hasownproperty
ThrowCompletionOr<bool> has_own_property(VM& vm, Object& object, PropertyKey key)
{
    // 1. Let desc be ? O.[[GetOwnProperty]](P).
    auto descriptor = TRY(object.internal_get_own_property(vm, key));
    // 2. If desc is undefined, return false.
    // 3. Return true.
    return descriptor.has_value();
}

// Call ( F, V [ , argumentsList ] ) — https://tc39.es/ecma262/#sec-call
ThrowCompletionOr<Value> call(VM& vm, Value function, Value this_value, std::span<Value const> arguments)
{
    // 1. If argumentsList is not present, set argumentsList to a new empty List.
    // 2. If IsCallable(F) is false, throw a TypeError exception.
    if (!is_callable(function))
        return vm.throw_type_error(ErrorType::NotAFunction, { function.is_object() ? "object" : "value" });
    // 3. Return ? F.[[Call]](V, argumentsList).
    Object& object = *function.as_object();
    return object.internal_methods().call(vm, object, this_value, arguments);
}

// SetIntegrityLevel ( O, level ) — https://tc39.es/ecma262/#sec-setintegritylevel
ThrowCompletionOr<bool> set_integrity_level(VM& vm, Object& object, IntegrityLevel level)
{
    // 1. Let status be ? O.[[PreventExtensions]]().
    bool status = TRY(object.internal_prevent_extensions(vm));
    // 2. If status is false, return false.
    if (!status)
        return false;
    // 3. Let keys be ? O.[[OwnPropertyKeys]]().
    PropertyKeyList* keys = TRY(object.internal_own_property_keys(vm));
    // 4. If level is sealed, then
    if (level == IntegrityLevel::Sealed) {
        // a. For each element k of keys, do
        //    i. Perform ? DefinePropertyOrThrow(O, k, PropertyDescriptor { [[Configurable]]: false }).
        PropertyDescriptor descriptor;
        descriptor.configurable = false;
        for (PropertyKey key : *keys)
            TRY(define_property_or_throw(vm, object, key, descriptor));
    } else {
        // 5. Else,
        //    a. Assert: level is frozen.
        //    b. For each element k of keys, do
        for (PropertyKey key : *keys) {
            // i. Let currentDesc be ? O.[[GetOwnProperty]](k).
            auto current = TRY(object.internal_get_own_property(vm, key));
            // ii. If currentDesc is not undefined, then
            if (!current)
                continue;
            PropertyDescriptor descriptor;
            descriptor.configurable = false;
            // 1. If IsAccessorDescriptor(currentDesc) is true, then
            //    a. Let desc be the PropertyDescriptor { [[Configurable]]: false }.
            // 2. Else,
            //    a. Let desc be the PropertyDescriptor { [[Configurable]]: false, [[Writable]]: false }.
            if (!current->is_accessor_descriptor())
                descriptor.writable = false;
            // 3. Perform ? DefinePropertyOrThrow(O, k, desc).
            TRY(define_property_or_throw(vm, object, key, descriptor));
        }
    }
    // 6. Return true.
    return true;
}

// TestIntegrityLevel ( O, level ) — https://tc39.es/ecma262/#sec-testintegritylevel
ThrowCompletionOr<bool> test_integrity_level(VM& vm, Object& object, IntegrityLevel level)
{
    // 1. Let extensible be ? IsExtensible(O).
    bool extensible = TRY(object.internal_is_extensible(vm));
    // 2. If extensible is true, return false.
    // 3. NOTE: If the object is extensible, none of its properties are examined.
    if (extensible)
        return false;
    // 4. Let keys be ? O.[[OwnPropertyKeys]]().
    PropertyKeyList* keys = TRY(object.internal_own_property_keys(vm));
    // 5. For each element k of keys, do
    for (PropertyKey key : *keys) {
        // a. Let currentDesc be ? O.[[GetOwnProperty]](k).
        auto current = TRY(object.internal_get_own_property(vm, key));
        // b. If currentDesc is not undefined, then
        if (!current)
            continue;
        // i. If currentDesc.[[Configurable]] is true, return false.
        if (*current->configurable)
            return false;
        // ii. If level is frozen and IsDataDescriptor(currentDesc) is true, then
        //     1. If currentDesc.[[Writable]] is true, return false.
        if (level == IntegrityLevel::Frozen && current->is_data_descriptor() && *current->writable)
            return false;
    }
    // 6. Return true.
    return true;
}

std::string inherited_string_text(VM& vm, Object& object, String* name)
{
    PropertyKey key = PropertyKey::from_atom(name);
    for (Object* current = &object; current; current = current->prototype()) {
        auto property = current->find_own_property(key);
        if (!property)
            continue;
        if (property->attributes.is_data() && property->value.is_string())
            return property->value.as_string()->to_utf8(vm.heap());
        return {};
    }
    return {};
}

}
