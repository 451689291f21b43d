#include "runtime/builtins/reflect/reflect.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key_list.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::reflect {

namespace {

// "If target is not an Object, throw a TypeError exception."
ThrowCompletionOr<Object*> target_object(VM& vm, Value target, std::string_view method)
{
    if (!target.is_object())
        return vm.throw_type_error(ErrorType::ReflectNonObject, { method });
    return target.as_object();
}

}

// Reflect.apply ( target, thisArgument, argumentsList ) — https://tc39.es/ecma262/#sec-reflect.apply
ThrowCompletionOr<Value> apply(VM& vm, Arguments const& arguments)
{
    // 1. If IsCallable(target) is false, throw a TypeError exception.
    if (!is_callable(arguments.at(0)))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Reflect.apply target" });
    // 2. Let args be ? CreateListFromArrayLike(argumentsList).
    ValueArray* list = TRY(create_list_from_array_like(vm, arguments.at(2)));
    // 3. Perform PrepareForTailCall().
    // 4. Return ? Call(target, thisArgument, args).
    return call(vm, arguments.at(0), arguments.at(1), list->used());
}

// Reflect.construct ( target, argumentsList [ , newTarget ] ) — https://tc39.es/ecma262/#sec-reflect.construct
ThrowCompletionOr<Value> construct(VM& vm, Arguments const& arguments)
{
    // 1. If IsConstructor(target) is false, throw a TypeError exception.
    if (!is_constructor(arguments.at(0)))
        return vm.throw_type_error(ErrorType::NotAConstructor, { "Reflect.construct target" });
    // 2. If newTarget is not present, set newTarget to target.
    Value new_target = arguments.size() > 2 ? arguments.at(2) : arguments.at(0);
    // 3. Else if IsConstructor(newTarget) is false, throw a TypeError exception.
    if (!is_constructor(new_target))
        return vm.throw_type_error(ErrorType::NotAConstructor, { "Reflect.construct newTarget" });
    // 4. Let args be ? CreateListFromArrayLike(argumentsList).
    ValueArray* list = TRY(create_list_from_array_like(vm, arguments.at(1)));
    // 5. Return ? Construct(target, args, newTarget).
    return Value::object(TRY(runtime::construct(vm, *arguments.at(0).as_object(), list->used(), new_target.as_object())));
}

// Reflect.defineProperty ( target, propertyKey, attributes ) — https://tc39.es/ecma262/#sec-reflect.defineproperty
ThrowCompletionOr<Value> define_property(VM& vm, Arguments const& arguments)
{
    // 1. If target is not an Object, throw a TypeError exception.
    Object* target = TRY(target_object(vm, arguments.at(0), "defineProperty"));
    // 2. Let key be ? ToPropertyKey(propertyKey).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. Let desc be ? ToPropertyDescriptor(attributes).
    PropertyDescriptor descriptor = TRY(to_property_descriptor(vm, arguments.at(2)));
    // 4. Return ? target.[[DefineOwnProperty]](key, desc).
    return Value::boolean(TRY(target->internal_define_own_property(vm, key, descriptor)));
}

// Reflect.deleteProperty ( target, propertyKey ) — https://tc39.es/ecma262/#sec-reflect.deleteproperty
ThrowCompletionOr<Value> delete_property(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "deleteProperty"));
    // 2. Let key be ? ToPropertyKey(propertyKey).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. Return ? target.[[Delete]](key).
    return Value::boolean(TRY(target->internal_delete(vm, key)));
}

// Reflect.get ( target, propertyKey [ , receiver ] ) — https://tc39.es/ecma262/#sec-reflect.get
ThrowCompletionOr<Value> get(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "get"));
    // 2. Let key be ? ToPropertyKey(propertyKey).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. If receiver is not present, then set receiver to target.
    Value receiver = arguments.size() > 2 ? arguments.at(2) : arguments.at(0);
    // 4. Return ? target.[[Get]](key, receiver).
    return target->internal_get(vm, key, receiver);
}

// Reflect.getOwnPropertyDescriptor ( target, propertyKey ) — https://tc39.es/ecma262/#sec-reflect.getownpropertydescriptor
ThrowCompletionOr<Value> get_own_property_descriptor(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "getOwnPropertyDescriptor"));
    // 2. Let key be ? ToPropertyKey(propertyKey).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. Let desc be ? target.[[GetOwnProperty]](key).
    auto descriptor = TRY(target->internal_get_own_property(vm, key));
    // 4. Return FromPropertyDescriptor(desc).
    return from_property_descriptor(vm, descriptor);
}

// Reflect.getPrototypeOf ( target ) — https://tc39.es/ecma262/#sec-reflect.getprototypeof
ThrowCompletionOr<Value> get_prototype_of(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "getPrototypeOf"));
    // 2. Return ? target.[[GetPrototypeOf]]().
    Object* prototype = TRY(target->internal_get_prototype_of(vm));
    return prototype ? Value::object(prototype) : Value::null();
}

// Reflect.has ( target, propertyKey ) — https://tc39.es/ecma262/#sec-reflect.has
ThrowCompletionOr<Value> has(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "has"));
    // 2. Let key be ? ToPropertyKey(propertyKey).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. Return ? target.[[HasProperty]](key).
    return Value::boolean(TRY(target->internal_has_property(vm, key)));
}

// Reflect.isExtensible ( target ) — https://tc39.es/ecma262/#sec-reflect.isextensible
ThrowCompletionOr<Value> is_extensible(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "isExtensible"));
    // 2. Return ? target.[[IsExtensible]]().
    return Value::boolean(TRY(target->internal_is_extensible(vm)));
}

// Reflect.ownKeys ( target ) — https://tc39.es/ecma262/#sec-reflect.ownkeys
ThrowCompletionOr<Value> own_keys(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "ownKeys"));
    // 2. Let keys be ? target.[[OwnPropertyKeys]]().
    PropertyKeyList* keys = TRY(target->internal_own_property_keys(vm));
    // 3. Return CreateArrayFromList(keys).
    ValueList list(vm.heap(), keys->size());
    for (PropertyKey key : *keys)
        list.append(property_key_to_value(vm, key));
    return Value::object(create_array_from_list(vm, list.span()));
}

// Reflect.preventExtensions ( target ) — https://tc39.es/ecma262/#sec-reflect.preventextensions
ThrowCompletionOr<Value> prevent_extensions(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "preventExtensions"));
    // 2. Return ? target.[[PreventExtensions]]().
    return Value::boolean(TRY(target->internal_prevent_extensions(vm)));
}

// Reflect.set ( target, propertyKey, V [ , receiver ] ) — https://tc39.es/ecma262/#sec-reflect.set
ThrowCompletionOr<Value> set(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "set"));
    // 2. Let key be ? ToPropertyKey(propertyKey).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. If receiver is not present, then set receiver to target.
    Value receiver = arguments.size() > 3 ? arguments.at(3) : arguments.at(0);
    // 4. Return ? target.[[Set]](key, V, receiver).
    return Value::boolean(TRY(target->internal_set(vm, key, arguments.at(2), receiver)));
}

// Reflect.setPrototypeOf ( target, proto ) — https://tc39.es/ecma262/#sec-reflect.setprototypeof
ThrowCompletionOr<Value> set_prototype_of(VM& vm, Arguments const& arguments)
{
    Object* target = TRY(target_object(vm, arguments.at(0), "setPrototypeOf"));
    Value prototype = arguments.at(1);
    // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
    if (!prototype.is_object() && !prototype.is_null())
        return vm.throw_type_error(ErrorType::ProtoNotObjectOrNull, { "value" });
    // 3. Return ? target.[[SetPrototypeOf]](proto).
    return Value::boolean(TRY(target->internal_set_prototype_of(vm, prototype.is_null() ? nullptr : prototype.as_object())));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/reflect/reflect.def"
    // 28.1.14 Reflect [ %Symbol.toStringTag% ]: "Reflect".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Reflect")), kConfigurableOnly)));
}

}
