#include "runtime/builtins/object/object_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <string>

namespace sable::runtime::builtins::object_prototype {

// Object.prototype.hasOwnProperty ( V ) — https://tc39.es/ecma262/#sec-object.prototype.hasownproperty
ThrowCompletionOr<Value> has_own_property(VM& vm, Arguments const& arguments)
{
    // 1. Let P be ? ToPropertyKey(V).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(0)));
    // 2. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 3. Return ? HasOwnProperty(O, P).
    return Value::boolean(TRY(runtime::has_own_property(vm, *object, key)));
}

// Object.prototype.isPrototypeOf ( V ) — https://tc39.es/ecma262/#sec-object.prototype.isprototypeof
ThrowCompletionOr<Value> is_prototype_of(VM& vm, Arguments const& arguments)
{
    // 1. If V is not an Object, return false.
    if (!arguments.at(0).is_object())
        return Value::boolean(false);
    // 2. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 3. Repeat, walking V's prototype chain looking for O.
    return Value::boolean(TRY(runtime::is_prototype_of(vm, *object, *arguments.at(0).as_object())));
}

// Object.prototype.propertyIsEnumerable ( V ) — https://tc39.es/ecma262/#sec-object.prototype.propertyisenumerable
ThrowCompletionOr<Value> property_is_enumerable(VM& vm, Arguments const& arguments)
{
    // 1. Let P be ? ToPropertyKey(V).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(0)));
    // 2. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 3. Let desc be ? O.[[GetOwnProperty]](P).
    auto descriptor = TRY(object->internal_get_own_property(vm, key));
    // 4. If desc is undefined, return false.
    // 5. Return desc.[[Enumerable]].
    return Value::boolean(descriptor && *descriptor->enumerable);
}

// Object.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) — https://tc39.es/ecma262/#sec-object.prototype.tolocalestring
ThrowCompletionOr<Value> to_locale_string(VM& vm, Arguments const& arguments)
{
    // 1. Let O be the this value.
    // 2. Return ? Invoke(O, "toString").
    return invoke(vm, arguments.this_value, PropertyKey::from_atom(vm.atoms().to_string));
}

// Object.prototype.toString ( ) — https://tc39.es/ecma262/#sec-object.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    Value this_value = arguments.this_value;
    // 1. If the this value is undefined, return "[object Undefined]".
    if (this_value.is_undefined())
        return Value::string(vm.atoms().intern_latin1("[object Undefined]"));
    // 2. If the this value is null, return "[object Null]".
    if (this_value.is_null())
        return Value::string(vm.atoms().intern_latin1("[object Null]"));
    // 3. Let O be ! ToObject(this value).
    Object* object = MUST(to_object(vm, this_value));
    // 4. Let isArray be ? IsArray(O).
    bool array = TRY(is_array(vm, Value::object(object)));
    // 5-14. builtinTag from the object's internal slots.
    std::string_view builtin_tag = "Object";
    if (array) {
        builtin_tag = "Array";
    } else {
        switch (object->kind()) {
        case ObjectKind::Arguments:
        case ObjectKind::MappedArguments:
            builtin_tag = "Arguments";
            break;
        case ObjectKind::Error:
            builtin_tag = "Error";
            break;
        case ObjectKind::BooleanObject:
            builtin_tag = "Boolean";
            break;
        case ObjectKind::NumberObject:
            builtin_tag = "Number";
            break;
        case ObjectKind::StringObject:
            builtin_tag = "String";
            break;
        case ObjectKind::Date:
            builtin_tag = "Date";
            break;
        case ObjectKind::RegExp:
            builtin_tag = "RegExp";
            break;
        default:
            if (object->is_callable())
                builtin_tag = "Function";
            break;
        }
    }
    // 15. Let tag be ? Get(O, %Symbol.toStringTag%).
    Value tag = TRY(get(vm, *object, PropertyKey::from_symbol(vm.symbols().to_string_tag)));
    // 16. If tag is not a String, set tag to builtinTag.
    std::string text = "[object ";
    if (tag.is_string())
        text += tag.as_string()->to_utf8(vm.heap());
    else
        text += builtin_tag;
    // 17. Return the string-concatenation of "[object ", tag, and "]".
    text += "]";
    return Value::string(String::from_utf8(vm.heap(), text));
}

// Object.prototype.valueOf ( ) — https://tc39.es/ecma262/#sec-object.prototype.valueof
ThrowCompletionOr<Value> value_of(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ToObject(this value).
    return Value::object(TRY(to_object(vm, arguments.this_value)));
}

// get Object.prototype.__proto__ — https://tc39.es/ecma262/#sec-get-object.prototype.__proto__
ThrowCompletionOr<Value> get_proto(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Return ? O.[[GetPrototypeOf]]().
    Object* prototype = TRY(object->internal_get_prototype_of(vm));
    return prototype ? Value::object(prototype) : Value::null();
}

// set Object.prototype.__proto__ — https://tc39.es/ecma262/#sec-set-object.prototype.__proto__
ThrowCompletionOr<Value> set_proto(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? RequireObjectCoercible(this value).
    Value object = TRY(require_object_coercible(vm, arguments.this_value));
    Value prototype = arguments.at(0);
    // 2. If proto is not an Object and proto is not null, return undefined.
    if (!prototype.is_object() && !prototype.is_null())
        return Value::undefined();
    // 3. If O is not an Object, return undefined.
    if (!object.is_object())
        return Value::undefined();
    // 4. Let status be ? O.[[SetPrototypeOf]](proto).
    bool status = TRY(object.as_object()->internal_set_prototype_of(vm, prototype.is_null() ? nullptr : prototype.as_object()));
    // 5. If status is false, throw a TypeError exception.
    if (!status)
        return vm.throw_type_error(ErrorType::CannotSetPrototype);
    // 6. Return undefined.
    return Value::undefined();
}

namespace {

// __defineGetter__ and __defineSetter__ (B.2.2.2, B.2.2.3): they differ only in the field.
ThrowCompletionOr<Value> define_accessor_half(VM& vm, Arguments const& arguments, bool getter)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. If IsCallable(getter) is false, throw a TypeError exception.
    if (!is_callable(arguments.at(1)))
        return vm.throw_type_error(getter ? ErrorType::GetterNotCallable : ErrorType::SetterNotCallable, { "object" });
    // 3. Let desc be PropertyDescriptor { [[Get]]/[[Set]]: function, [[Enumerable]]: true,
    //    [[Configurable]]: true }.
    PropertyDescriptor descriptor;
    if (getter)
        descriptor.get = arguments.at(1);
    else
        descriptor.set = arguments.at(1);
    descriptor.enumerable = true;
    descriptor.configurable = true;
    // 4. Let key be ? ToPropertyKey(P).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(0)));
    // 5. Perform ? DefinePropertyOrThrow(O, key, desc).
    TRY(define_property_or_throw(vm, *object, key, descriptor));
    // 6. Return undefined.
    return Value::undefined();
}

// __lookupGetter__ and __lookupSetter__ (B.2.2.4, B.2.2.5).
ThrowCompletionOr<Value> lookup_accessor_half(VM& vm, Arguments const& arguments, bool getter)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let key be ? ToPropertyKey(P).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(0)));
    // 3. Repeat,
    while (object) {
        // a. Let desc be ? O.[[GetOwnProperty]](key).
        auto descriptor = TRY(object->internal_get_own_property(vm, key));
        // b. If desc is not undefined, then
        if (descriptor) {
            // i. If IsAccessorDescriptor(desc) is true, return desc.[[Get]] / desc.[[Set]].
            if (descriptor->is_accessor_descriptor())
                return getter ? *descriptor->get : *descriptor->set;
            // ii. Return undefined.
            return Value::undefined();
        }
        // c. Set O to ? O.[[GetPrototypeOf]](). d. If O is null, return undefined.
        object = TRY(object->internal_get_prototype_of(vm));
    }
    return Value::undefined();
}

}

// Object.prototype.__defineGetter__ ( P, getter ) — https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__
ThrowCompletionOr<Value> define_getter(VM& vm, Arguments const& arguments) { return define_accessor_half(vm, arguments, true); }
// Object.prototype.__defineSetter__ ( P, setter ) — https://tc39.es/ecma262/#sec-object.prototype.__defineSetter__
ThrowCompletionOr<Value> define_setter(VM& vm, Arguments const& arguments) { return define_accessor_half(vm, arguments, false); }
// Object.prototype.__lookupGetter__ ( P ) — https://tc39.es/ecma262/#sec-object.prototype.__lookupGetter__
ThrowCompletionOr<Value> lookup_getter(VM& vm, Arguments const& arguments) { return lookup_accessor_half(vm, arguments, true); }
// Object.prototype.__lookupSetter__ ( P ) — https://tc39.es/ecma262/#sec-object.prototype.__lookupSetter__
ThrowCompletionOr<Value> lookup_setter(VM& vm, Arguments const& arguments) { return lookup_accessor_half(vm, arguments, false); }

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/object/object_prototype.def"
}

}
