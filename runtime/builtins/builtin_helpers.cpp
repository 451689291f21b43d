#include "runtime/builtins/builtin_helpers.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/property_key.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

#include <string>

namespace sable::runtime::builtins {

NativeFunction* define_method(VM& vm, Realm& realm, Object& target, std::string_view name, NativeFunctionPointer function,
    uint32_t length, PropertyAttributes attributes)
{
    String* atom = vm.atoms().intern_latin1(name);
    NativeFunction* method = NativeFunction::create(vm, realm, function, atom, length);
    MUST(define_property_or_throw(vm, target, to_property_key(vm.atoms(), atom),
        PropertyDescriptor::data(Value::object(method), attributes)));
    return method;
}

NativeFunction* define_symbol_method(VM& vm, Realm& realm, Object& target, Symbol* symbol, std::string_view function_name,
    NativeFunctionPointer function, uint32_t length, PropertyAttributes attributes)
{
    NativeFunction* method = NativeFunction::create(vm, realm, function, vm.atoms().intern_latin1(function_name), length);
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(symbol),
        PropertyDescriptor::data(Value::object(method), attributes)));
    return method;
}

void define_accessor(VM& vm, Realm& realm, Object& target, std::string_view name, NativeFunctionPointer getter,
    NativeFunctionPointer setter, PropertyAttributes attributes)
{
    Value getter_value = Value::undefined();
    Value setter_value = Value::undefined();
    if (getter) {
        String* getter_name = vm.atoms().intern_latin1(std::string("get ") + std::string(name));
        getter_value = Value::object(NativeFunction::create(vm, realm, getter, getter_name, 0));
    }
    if (setter) {
        String* setter_name = vm.atoms().intern_latin1(std::string("set ") + std::string(name));
        setter_value = Value::object(NativeFunction::create(vm, realm, setter, setter_name, 1));
    }
    PropertyKey key = to_property_key(vm.atoms(), CodeUnitView(name));
    MUST(define_property_or_throw(vm, target, key,
        PropertyDescriptor::accessor(getter_value, setter_value, attributes.is_enumerable(), attributes.is_configurable())));
}

void define_symbol_accessor(VM& vm, Realm& realm, Object& target, Symbol* symbol, std::string_view function_name,
    NativeFunctionPointer getter, PropertyAttributes attributes)
{
    String* getter_name = vm.atoms().intern_latin1(std::string("get ") + std::string(function_name));
    Value getter_value = Value::object(NativeFunction::create(vm, realm, getter, getter_name, 0));
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(symbol),
        PropertyDescriptor::accessor(getter_value, Value::undefined(), attributes.is_enumerable(), attributes.is_configurable())));
}

void define_value(VM& vm, Object& target, std::string_view name, Value value, PropertyAttributes attributes)
{
    PropertyKey key = to_property_key(vm.atoms(), CodeUnitView(name));
    MUST(define_property_or_throw(vm, target, key, PropertyDescriptor::data(value, attributes)));
}

ThrowCompletionOr<double> relative_index(VM& vm, Value argument, double size, double default_value)
{
    if (argument.is_undefined())
        return default_value;
    // Let relative be ? ToIntegerOrInfinity(argument).
    double relative = TRY(to_integer_or_infinity(vm, argument));
    // If relative = -∞, 0; else if relative < 0, max(size + relative, 0); else min(relative, size).
    if (relative < 0)
        return std::max(size + relative, 0.0);
    return std::min(relative, size);
}

Realm& function_realm(VM& vm, Arguments const& arguments)
{
    if (arguments.callee)
        return static_cast<NativeFunction*>(arguments.callee)->realm();
    return vm.current_realm();
}

namespace {

ThrowCompletion throw_incompatible_receiver(VM& vm, std::string_view method, std::string_view type)
{
    return vm.throw_type_error(ErrorType::NotA, { method, type });
}

}

// ThisBooleanValue ( value ) — https://tc39.es/ecma262/#sec-thisbooleanvalue
ThrowCompletionOr<Value> this_boolean_value(VM& vm, Value value, std::string_view method)
{
    // 1. If value is a Boolean, return value.
    if (value.is_boolean())
        return value;
    // 2. If value is an Object and value has a [[BooleanData]] internal slot, then
    //    a. Let b be value.[[BooleanData]]. b. Assert: b is a Boolean. c. Return b.
    if (auto primitive = wrapped_primitive(value, ObjectKind::BooleanObject))
        return *primitive;
    // 3. Throw a TypeError exception.
    return throw_incompatible_receiver(vm, method, "Boolean");
}

// ThisNumberValue ( value ) — https://tc39.es/ecma262/#sec-thisnumbervalue
ThrowCompletionOr<double> this_number_value(VM& vm, Value value, std::string_view method)
{
    // 1. If value is a Number, return value.
    if (value.is_number())
        return value.as_number();
    // 2. If value is an Object and value has a [[NumberData]] internal slot, return it.
    if (auto primitive = wrapped_primitive(value, ObjectKind::NumberObject))
        return primitive->as_number();
    // 3. Throw a TypeError exception.
    return throw_incompatible_receiver(vm, method, "Number");
}

// ThisStringValue ( value ) — https://tc39.es/ecma262/#sec-thisstringvalue
ThrowCompletionOr<String*> this_string_value(VM& vm, Value value, std::string_view method)
{
    // 1. If value is a String, return value.
    if (value.is_string())
        return value.as_string();
    // 2. If value is an Object and value has a [[StringData]] internal slot, return it.
    if (auto primitive = wrapped_primitive(value, ObjectKind::StringObject))
        return primitive->as_string();
    // 3. Throw a TypeError exception.
    return throw_incompatible_receiver(vm, method, "String");
}

// ThisSymbolValue ( value ) — https://tc39.es/ecma262/#sec-thissymbolvalue
ThrowCompletionOr<Symbol*> this_symbol_value(VM& vm, Value value, std::string_view method)
{
    // 1. If value is a Symbol, return value.
    if (value.is_symbol())
        return value.as_symbol();
    // 2. If value is an Object and value has a [[SymbolData]] internal slot, return it.
    if (auto primitive = wrapped_primitive(value, ObjectKind::SymbolObject))
        return primitive->as_symbol();
    // 3. Throw a TypeError exception.
    return throw_incompatible_receiver(vm, method, "Symbol");
}

}
