#include "runtime/builtins/function/function_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "bytecode/function_template.h"
#include "parser/source.h"
#include "runtime/bound_function.h"
#include "runtime/function_object.h"
#include "runtime/error_types.h"
#include "runtime/function_object.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <cmath>
#include <string>

namespace sable::runtime::builtins::function_prototype {

// Function.prototype.apply ( thisArg, argArray ) — https://tc39.es/ecma262/#sec-function.prototype.apply
ThrowCompletionOr<Value> apply(VM& vm, Arguments const& arguments)
{
    // 1. Let func be the this value.
    Value function = arguments.this_value;
    // 2. If IsCallable(func) is false, throw a TypeError exception.
    if (!is_callable(function))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Function.prototype.apply was called on a value that" });
    // 3. If argArray is either undefined or null, then
    //    a. Perform PrepareForTailCall(). b. Return ? Call(func, thisArg).
    if (arguments.at(1).is_nullish())
        return runtime::call(vm, function, arguments.at(0), {});
    // 4. Let argList be ? CreateListFromArrayLike(argArray).
    ValueArray* list = TRY(create_list_from_array_like(vm, arguments.at(1)));
    // 5. Perform PrepareForTailCall().
    // 6. Return ? Call(func, thisArg, argList).
    return runtime::call(vm, function, arguments.at(0), list->used());
}

// Function.prototype.bind ( thisArg, ...args ) — https://tc39.es/ecma262/#sec-function.prototype.bind
ThrowCompletionOr<Value> bind(VM& vm, Arguments const& arguments)
{
    AtomTable& atoms = vm.atoms();
    // 1. Let Target be the this value.
    Value target_value = arguments.this_value;
    // 2. If IsCallable(Target) is false, throw a TypeError exception.
    if (!is_callable(target_value))
        return vm.throw_type_error(ErrorType::BindNonFunction);
    Object& target = *target_value.as_object();
    // 3. Let F be ? BoundFunctionCreate(Target, thisArg, args).
    std::span<Value const> bound_arguments = arguments.size() > 1 ? arguments.values.subspan(1) : std::span<Value const>();
    BoundFunction* function = TRY(BoundFunction::create(vm, target, arguments.at(0), bound_arguments));
    // 4. Let L be 0.
    double length = 0;
    // 5. Let targetHasLength be ? HasOwnProperty(Target, "length").
    PropertyKey length_key = PropertyKey::from_atom(atoms.length);
    // 6. If targetHasLength is true, then
    if (TRY(has_own_property(vm, target, length_key))) {
        // a. Let targetLen be ? Get(Target, "length").
        Value target_length = TRY(get(vm, target, length_key));
        // b. If targetLen is a Number, then
        if (target_length.is_number()) {
            double number = target_length.as_number();
            // i. If targetLen is +∞, set L to +∞.
            if (number == INFINITY) {
                length = INFINITY;
            } else if (number != -INFINITY) {
                // ii. Else if targetLen is -∞, set L to 0.
                // iii. Else: targetLenAsInt = ! ToIntegerOrInfinity(targetLen);
                //      L = max(targetLenAsInt - argCount, 0).
                double as_int = number_to_integer_or_infinity(number);
                length = std::max(as_int - double(bound_arguments.size()), 0.0);
            }
        }
    }
    // 7. Perform SetFunctionLength(F, L).
    MUST(define_property_or_throw(vm, *function, length_key,
        PropertyDescriptor::data(Value::number(length), false, false, true)));
    // 8. Let targetName be ? Get(Target, "name").
    Value target_name = TRY(get(vm, target, PropertyKey::from_atom(atoms.name)));
    // 9. If targetName is not a String, set targetName to the empty String.
    String* name = target_name.is_string() ? target_name.as_string() : atoms.empty;
    // 10. Perform SetFunctionName(F, targetName, "bound").
    auto prefixed = String::concat(vm.heap(), atoms.intern_latin1("bound "), name);
    if (!prefixed)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    MUST(define_property_or_throw(vm, *function, PropertyKey::from_atom(atoms.name),
        PropertyDescriptor::data(Value::string(*prefixed), false, false, true)));
    // 11. Return F.
    return Value::object(function);
}

// Function.prototype.call ( thisArg, ...args ) — https://tc39.es/ecma262/#sec-function.prototype.call
ThrowCompletionOr<Value> call(VM& vm, Arguments const& arguments)
{
    // 1. Let func be the this value.
    // 2. If IsCallable(func) is false, throw a TypeError exception.
    if (!is_callable(arguments.this_value))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Function.prototype.call was called on a value that" });
    // 3. Perform PrepareForTailCall().
    // 4. Return ? Call(func, thisArg, args).
    std::span<Value const> rest = arguments.size() > 1 ? arguments.values.subspan(1) : std::span<Value const>();
    return runtime::call(vm, arguments.this_value, arguments.at(0), rest);
}

// Function.prototype.toString ( ) — https://tc39.es/ecma262/#sec-function.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1. Let func be the this value.
    Value function = arguments.this_value;
    if (function.is_object()) {
        Object& object = *function.as_object();
        switch (object.kind()) {
        // 3. If func is a built-in function object, return an implementation-defined String
        //    source code representation of func. The representation must have the syntax of a
        //    NativeFunction. If func has an [[InitialName]] (its own "name" here) it is the
        //    NativeFunctionAccessor's PropertyName.
        // (Bound functions take the same form, as in V8.)
        case ObjectKind::NativeFunction:
        case ObjectKind::NativeConstructor:
        case ObjectKind::IsHTMLDDA:
        case ObjectKind::BoundFunction:
        case ObjectKind::BoundConstructor: {
            std::string name;
            auto own_name = object.find_own_property(PropertyKey::from_atom(vm.atoms().name));
            if (own_name && own_name->attributes.is_data() && own_name->value.is_string())
                name = own_name->value.as_string()->to_utf8(vm.heap());
            if (object.kind() == ObjectKind::BoundFunction || object.kind() == ObjectKind::BoundConstructor)
                name.clear();
            return Value::string(String::from_utf8(vm.heap(), "function " + name + "() { [native code] }"));
        }
        default:
            break;
        }
        // 2. If func is an Object, func has a [[SourceText]] internal slot, func.[[SourceText]]
        //    is a sequence of Unicode code points, and HostHasSourceTextAvailable(func) is true,
        //    return CodePointsToString(func.[[SourceText]]).
        if (object.cell_kind() == gc::CellKind::FunctionObject) {
            if (String* source_text = static_cast<FunctionObject&>(object).source_text(vm))
                return Value::string(source_text);
        }
        // 4. Other callables (proxies): a NativeFunction form.
        if (object.is_callable())
            return Value::string(String::from_latin1(vm.heap(), "function () { [native code] }"));
    }
    // 4. If func is an Object and IsCallable(func) is true, return an implementation-defined
    //    String source code representation of func (a NativeFunction).
    // 5. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::FunctionToStringNotFunction);
}

// Function.prototype [ %Symbol.hasInstance% ] ( V ) — https://tc39.es/ecma262/#sec-function.prototype-%symbol.hasinstance%
ThrowCompletionOr<Value> symbol_has_instance(VM& vm, Arguments const& arguments)
{
    // 1. Let F be the this value.
    // 2. Return ? OrdinaryHasInstance(F, V).
    return Value::boolean(TRY(ordinary_has_instance(vm, arguments.this_value, arguments.at(0))));
}

// %ThrowTypeError% ( ) — https://tc39.es/ecma262/#sec-%throwtypeerror%
ThrowCompletionOr<Value> throw_type_error(VM& vm, Arguments const&)
{
    // 1. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::RestrictedFunctionProperties);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
    AtomTable& atoms = vm.atoms();
    // 20.2.3: Function.prototype has a "length" of +0 and a "name" of "" (configurable only).
    MUST(define_property_or_throw(vm, target, PropertyKey::from_atom(atoms.length),
        PropertyDescriptor::data(Value::int32(0), false, false, true)));
    MUST(define_property_or_throw(vm, target, PropertyKey::from_atom(atoms.name),
        PropertyDescriptor::data(Value::string(atoms.empty), false, false, true)));
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/function/function_prototype.def"

    // 10.2.4.1 %ThrowTypeError%: "length" and "name" are not configurable, and it is not
    // extensible.
    Object& thrower = *realm.throw_type_error();
    MUST(define_property_or_throw(vm, thrower, PropertyKey::from_atom(atoms.length),
        PropertyDescriptor::data(Value::int32(0), false, false, false)));
    MUST(define_property_or_throw(vm, thrower, PropertyKey::from_atom(atoms.name),
        PropertyDescriptor::data(Value::string(atoms.empty), false, false, false)));
    MUST(thrower.internal_prevent_extensions(vm));

    // 10.2.4 AddRestrictedFunctionProperties ( F, realm ): "caller" and "arguments" accessors
    // that throw, on %Function.prototype%.
    Value thrower_value = Value::object(&thrower);
    MUST(define_property_or_throw(vm, target, PropertyKey::from_atom(atoms.caller),
        PropertyDescriptor::accessor(thrower_value, thrower_value, false, true)));
    MUST(define_property_or_throw(vm, target, PropertyKey::from_atom(atoms.arguments),
        PropertyDescriptor::accessor(thrower_value, thrower_value, false, true)));
}

}
