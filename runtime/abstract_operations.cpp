#include "runtime/abstract_operations.h"

#include "runtime/atom_table.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime {

namespace {

// Number::sameValue ( x, y ) — https://tc39.es/ecma262/#sec-numeric-types-number-sameValue
bool number_same_value(double x, double y)
{
    // 1. If x is NaN and y is NaN, return true.
    if (std::isnan(x) && std::isnan(y))
        return true;
    // 2-3. +0 and -0 differ.
    if (x == 0 && y == 0)
        return std::signbit(x) == std::signbit(y);
    // 4. If x is y, return true. 5. Return false.
    return x == y;
}

// SameValueNonNumber ( x, y ) — https://tc39.es/ecma262/#sec-samevaluenonnumber
bool same_value_non_number(gc::Heap& heap, Value x, Value y)
{
    // 1. Assert: Type(x) is Type(y).
    // 2. If x is either null or undefined, return true. (Equal tags.)
    // 3. If x is a BigInt, return BigInt::equal(x, y). (No BigInt cells exist yet; until they do,
    //    BigInts compare by identity.)
    // 4. If x is a String, return true if x and y have the same code units.
    if (x.is_string())
        return String::equals(heap, x.as_string(), y.as_string());
    // 5. If x is a Boolean, return true if both are true or both are false.
    // 6. NOTE: All other ECMAScript language values are compared by identity.
    // 7. If x is y, return true; otherwise, return false.
    return x == y;
}

bool same_type(Value x, Value y)
{
    if (x.is_number() || y.is_number())
        return x.is_number() && y.is_number();
    return x.tag() == y.tag();
}

}

// SameValue ( x, y ) — https://tc39.es/ecma262/#sec-samevalue
bool same_value(gc::Heap& heap, Value x, Value y)
{
    // 1. If Type(x) is not Type(y), return false.
    if (!same_type(x, y))
        return false;
    // 2. If x is a Number, return Number::sameValue(x, y).
    if (x.is_number())
        return number_same_value(x.as_number(), y.as_number());
    // 3. Return SameValueNonNumber(x, y).
    return same_value_non_number(heap, x, y);
}

// SameValueZero ( x, y ) — https://tc39.es/ecma262/#sec-samevaluezero
bool same_value_zero(gc::Heap& heap, Value x, Value y)
{
    // 1. If Type(x) is not Type(y), return false.
    if (!same_type(x, y))
        return false;
    // 2. If x is a Number, return Number::sameValueZero(x, y).
    if (x.is_number()) {
        double a = x.as_number();
        double b = y.as_number();
        return (std::isnan(a) && std::isnan(b)) || a == b;
    }
    // 3. Return SameValueNonNumber(x, y).
    return same_value_non_number(heap, x, y);
}

// IsCallable ( argument ) — https://tc39.es/ecma262/#sec-iscallable
bool is_callable(Value argument)
{
    // 1. If argument is not an Object, return false.
    // 2. If argument has a [[Call]] internal method, return true.
    // 3. Return false.
    return argument.is_object() && argument.as_object()->is_callable();
}

namespace {

// OrdinaryToPrimitive ( O, hint ) — https://tc39.es/ecma262/#sec-ordinarytoprimitive
ThrowCompletionOr<Value> ordinary_to_primitive(VM& vm, Object& object, PreferredType hint)
{
    AtomTable& atoms = vm.atoms();
    // 1. If hint is string, let methodNames be « "toString", "valueOf" ».
    // 2. Else, let methodNames be « "valueOf", "toString" ».
    String* method_names[2] = { atoms.value_of, atoms.to_string };
    if (hint == PreferredType::String)
        std::swap(method_names[0], method_names[1]);
    // 3. For each element name of methodNames, do
    for (String* name : method_names) {
        // a. Let method be ? Get(O, name).
        Value method = TRY(get(vm, object, PropertyKey::from_atom(name)));
        // b. If IsCallable(method) is true, then
        if (is_callable(method)) {
            // i. Let result be ? Call(method, O).
            Value result = TRY(call(vm, method, Value::object(&object), {}));
            // ii. If result is not an Object, return result.
            if (!result.is_object())
                return result;
        }
    }
    // 4. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::CannotConvertToPrimitive);
}

}

// ToPrimitive ( input [ , preferredType ] ) — https://tc39.es/ecma262/#sec-toprimitive
ThrowCompletionOr<Value> to_primitive(VM& vm, Value input, PreferredType preferred_type)
{
    // 1. If input is an Object, then
    if (input.is_object()) {
        Object& object = *input.as_object();
        // a. Let exoticToPrim be ? GetMethod(input, %Symbol.toPrimitive%).
        Value exotic_to_primitive = TRY(get_method(vm, object, PropertyKey::from_symbol(vm.symbols().to_primitive)));
        // b. If exoticToPrim is not undefined, then
        if (!exotic_to_primitive.is_undefined()) {
            // i-iii. hint is "default", "string" or "number".
            AtomTable& atoms = vm.atoms();
            String* hint = preferred_type == PreferredType::String ? atoms.string
                : preferred_type == PreferredType::Number          ? atoms.number
                                                                    : atoms.default_;
            // iv. Let result be ? Call(exoticToPrim, input, « hint »).
            Value arguments[] = { Value::string(hint) };
            Value result = TRY(call(vm, exotic_to_primitive, input, arguments));
            // v. If result is not an Object, return result.
            if (!result.is_object())
                return result;
            // vi. Throw a TypeError exception.
            return vm.throw_type_error(ErrorType::CannotConvertToPrimitive);
        }
        // c. If preferredType is not present, let preferredType be number.
        // d. Return ? OrdinaryToPrimitive(input, preferredType).
        return ordinary_to_primitive(vm, object,
            preferred_type == PreferredType::None ? PreferredType::Number : preferred_type);
    }
    // 2. Return input.
    return input;
}

// ToNumber ( argument ) — https://tc39.es/ecma262/#sec-tonumber
ThrowCompletionOr<double> to_number(VM& vm, Value argument)
{
    // 1. If argument is a Number, return argument.
    if (argument.is_number())
        return argument.as_number();
    // 2. If argument is either a Symbol or a BigInt, throw a TypeError exception.
    if (argument.is_symbol())
        return vm.throw_type_error(ErrorType::SymbolToNumber);
    if (argument.is_bigint())
        return vm.throw_type_error(ErrorType::BigIntToNumber);
    // 3. If argument is undefined, return NaN.
    if (argument.is_undefined())
        return std::nan("");
    // 4. If argument is either null or false, return +0.
    // 5. If argument is true, return 1.
    if (argument.is_null())
        return 0.0;
    if (argument.is_boolean())
        return argument.as_bool() ? 1.0 : 0.0;
    // 6. If argument is a String, return StringToNumber(argument).
    if (argument.is_string()) {
        String* string = argument.as_string();
        return string_to_number(string->flatten(vm.heap()));
    }
    // 7. Assert: argument is an Object.
    // 8. Let primValue be ? ToPrimitive(argument, number).
    Value primitive = TRY(to_primitive(vm, argument, PreferredType::Number));
    // 9. Assert: primValue is not an Object.
    // 10. Return ? ToNumber(primValue).
    return to_number(vm, primitive);
}

uint32_t number_to_uint32(double number)
{
    // 2. If number is not finite or number is either +0 or -0, return +0.
    if (!std::isfinite(number) || number == 0)
        return 0;
    // 3. Let int be truncate(ℝ(number)).
    // 4. Let int32bit be int modulo 2^32.
    double truncated = std::trunc(number);
    double modulo = std::fmod(truncated, 4294967296.0);
    if (modulo < 0)
        modulo += 4294967296.0;
    // 5. Return 𝔽(int32bit).
    return static_cast<uint32_t>(modulo);
}

// ToUint32 ( argument ) — https://tc39.es/ecma262/#sec-touint32
ThrowCompletionOr<uint32_t> to_uint32(VM& vm, Value argument)
{
    // Fast path: a non-negative int32 is its own ToUint32.
    if (argument.is_int32() && argument.as_int32() >= 0)
        return uint32_t(argument.as_int32());
    // 1. Let number be ? ToNumber(argument).
    double number = TRY(to_number(vm, argument));
    return number_to_uint32(number);
}

}
