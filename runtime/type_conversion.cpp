// Type conversion (ECMA-262 7.1): ToPrimitive, ToBoolean, ToNumber, ToString, ToObject and the
// integer conversions. Declared in abstract_operations.h.

#include "runtime/abstract_operations.h"

#include "runtime/atom_table.h"
#include "runtime/bigint.h"
#include "runtime/error_types.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0; // 2^53 - 1

}

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

// ToBoolean ( argument ) — https://tc39.es/ecma262/#sec-toboolean
bool to_boolean(Value argument)
{
    // 1. If argument is a Boolean, return argument.
    if (argument.is_boolean())
        return argument.as_bool();
    if (argument.is_int32())
        return argument.as_int32() != 0;
    // 2. If argument is one of undefined, null, +0, -0, NaN, 0ℤ, or the empty String, return false.
    if (argument.is_nullish())
        return false;
    if (argument.is_double()) {
        double number = argument.as_double();
        return !(number == 0 || std::isnan(number));
    }
    if (argument.is_string())
        return !argument.as_string()->is_empty();
    if (argument.is_bigint())
        return !argument.as_bigint()->is_zero();
    // 3. If argument is an Object and argument has an [[IsHTMLDDA]] internal slot, return false (B.3.6.1).
    if (argument.is_object())
        return argument.as_object()->kind() != ObjectKind::IsHTMLDDA;
    // 4. Return true.
    return true;
}

// ToNumeric ( value ) — https://tc39.es/ecma262/#sec-tonumeric
ThrowCompletionOr<Value> to_numeric(VM& vm, Value value)
{
    // Fast path: a Number is its own ToNumeric.
    if (value.is_number())
        return value;
    // 1. Let primValue be ? ToPrimitive(value, number).
    Value primitive = TRY(to_primitive(vm, value, PreferredType::Number));
    // 2. If primValue is a BigInt, return primValue.
    if (primitive.is_bigint())
        return primitive;
    // 3. Return ? ToNumber(primValue).
    return Value::number(TRY(to_number(vm, primitive)));
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

double number_to_integer_or_infinity(double number)
{
    // 2. If number is one of NaN, +0, or -0, return 0.
    if (std::isnan(number) || number == 0)
        return 0;
    // 3. If number is +∞, return +∞. 4. If number is -∞, return -∞.
    // 5. Return truncate(ℝ(number)) (a mathematical value: -0.5 truncates to +0, not -0).
    return std::trunc(number) + 0.0;
}

// ToIntegerOrInfinity ( argument ) — https://tc39.es/ecma262/#sec-tointegerorinfinity
ThrowCompletionOr<double> to_integer_or_infinity(VM& vm, Value argument)
{
    // Fast path: an int32 is already an integer.
    if (argument.is_int32())
        return double(argument.as_int32());
    // 1. Let number be ? ToNumber(argument).
    double number = TRY(to_number(vm, argument));
    return number_to_integer_or_infinity(number);
}

uint32_t number_to_uint32(double number)
{
    // Fast path: integers that already fit.
    if (number >= 0 && number <= 4294967295.0) {
        auto truncated = static_cast<uint32_t>(number);
        if (double(truncated) == number)
            return truncated;
    }
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

// ToInt32 ( argument ) — https://tc39.es/ecma262/#sec-toint32, of a Number.
int32_t number_to_int32(double number)
{
    // 1-4. int32bit = truncate(number) modulo 2^32 (as ToUint32).
    // 5. If int32bit ≥ 2^31, return 𝔽(int32bit - 2^32); otherwise return 𝔽(int32bit).
    return static_cast<int32_t>(number_to_uint32(number));
}

// ToInt32 ( argument ) — https://tc39.es/ecma262/#sec-toint32
ThrowCompletionOr<int32_t> to_int32(VM& vm, Value argument)
{
    // Fast path: an int32 is its own ToInt32.
    if (argument.is_int32())
        return argument.as_int32();
    // 1. Let number be ? ToNumber(argument).
    double number = TRY(to_number(vm, argument));
    return number_to_int32(number);
}

// ToUint32 ( argument ) — https://tc39.es/ecma262/#sec-touint32
ThrowCompletionOr<uint32_t> to_uint32(VM& vm, Value argument)
{
    // Fast path: an int32 wraps modulo 2^32.
    if (argument.is_int32())
        return uint32_t(argument.as_int32());
    // 1. Let number be ? ToNumber(argument).
    double number = TRY(to_number(vm, argument));
    return number_to_uint32(number);
}

// ToInt16 ( argument ) — https://tc39.es/ecma262/#sec-toint16
ThrowCompletionOr<int16_t> to_int16(VM& vm, Value argument)
{
    // 1-5. int16bit = truncate(ToNumber(argument)) modulo 2^16, taken as signed. (Modulo 2^32
    // first keeps the low 16 bits.)
    return static_cast<int16_t>(TRY(to_uint32(vm, argument)));
}

// ToUint16 ( argument ) — https://tc39.es/ecma262/#sec-touint16
ThrowCompletionOr<uint16_t> to_uint16(VM& vm, Value argument)
{
    return static_cast<uint16_t>(TRY(to_uint32(vm, argument)));
}

// ToInt8 ( argument ) — https://tc39.es/ecma262/#sec-toint8
ThrowCompletionOr<int8_t> to_int8(VM& vm, Value argument)
{
    return static_cast<int8_t>(TRY(to_uint32(vm, argument)));
}

// ToUint8 ( argument ) — https://tc39.es/ecma262/#sec-touint8
ThrowCompletionOr<uint8_t> to_uint8(VM& vm, Value argument)
{
    return static_cast<uint8_t>(TRY(to_uint32(vm, argument)));
}

// ToUint8Clamp ( argument ) — https://tc39.es/ecma262/#sec-touint8clamp
ThrowCompletionOr<uint8_t> to_uint8_clamp(VM& vm, Value argument)
{
    // 1. Let number be ? ToNumber(argument).
    double number = TRY(to_number(vm, argument));
    // 2. If number is NaN, return +0.
    if (std::isnan(number))
        return uint8_t(0);
    // 3. Let mv be the extended mathematical value of number.
    // 4. Let clamped be the result of clamping mv between 0 and 255.
    double clamped = std::clamp(number, 0.0, 255.0);
    // 5. Let f be floor(clamped).
    double f = std::floor(clamped);
    // 6. If clamped < f + 0.5, return 𝔽(f).
    if (clamped < f + 0.5)
        return uint8_t(f);
    // 7. If clamped > f + 0.5, return 𝔽(f + 1).
    if (clamped > f + 0.5)
        return uint8_t(f + 1);
    // 8. If f is even, return 𝔽(f). Otherwise, return 𝔽(f + 1).
    return uint8_t(std::fmod(f, 2) == 0 ? f : f + 1);
}

// ToString ( argument ) — https://tc39.es/ecma262/#sec-tostring, for a primitive other than a
// Symbol.
String* primitive_to_string(VM& vm, Value argument)
{
    AtomTable& atoms = vm.atoms();
    // 1. If argument is a String, return argument.
    if (argument.is_string())
        return argument.as_string();
    // 3. If argument is undefined, return "undefined".
    if (argument.is_undefined())
        return atoms.undefined;
    // 4. If argument is null, return "null".
    if (argument.is_null())
        return atoms.null;
    // 5-6. true and false.
    if (argument.is_boolean())
        return argument.as_bool() ? atoms.true_ : atoms.false_;
    // 8. If argument is a BigInt, return BigInt::toString(argument, 10).
    if (argument.is_bigint())
        return bigint_to_string(vm, *argument.as_bigint());
    // 7. If argument is a Number, return Number::toString(argument, 10).
    assert(argument.is_number());
    if (argument.is_int32()) {
        int32_t value = argument.as_int32();
        // Fast path: small non-negative integers are common keys and interned.
        if (value >= 0 && value < 10)
            return atoms.intern_latin1(std::string_view(&"0123456789"[value], 1));
    }
    return number_to_js_string(vm.heap(), argument.as_number());
}

String* substring_of(VM& vm, String* string, uint32_t start, uint32_t end)
{
    if (end - start == 1) {
        char16_t unit = string->code_unit_at(vm.heap(), start);
        if (unit < 0x100)
            return vm.atoms().single_character(uint8_t(unit));
    }
    return String::substring(vm.heap(), string, start, end);
}

// ToString ( argument ) — https://tc39.es/ecma262/#sec-tostring
ThrowCompletionOr<String*> to_string(VM& vm, Value argument)
{
    // Fast path: a String is itself.
    if (argument.is_string())
        return argument.as_string();
    // 2. If argument is a Symbol, throw a TypeError exception.
    if (argument.is_symbol())
        return vm.throw_type_error(ErrorType::SymbolToString);
    // 8. If argument is a BigInt, return BigInt::toString(argument, 10).
    if (argument.is_bigint())
        return bigint_to_string(vm, *argument.as_bigint());
    // 9. Assert: argument is an Object.
    if (argument.is_object()) {
        // 10. Let primValue be ? ToPrimitive(argument, string).
        Value primitive = TRY(to_primitive(vm, argument, PreferredType::String));
        // 11. Assert: primValue is not an Object.
        // 12. Return ? ToString(primValue).
        return to_string(vm, primitive);
    }
    return primitive_to_string(vm, argument);
}

// ToPropertyKey ( argument ) — https://tc39.es/ecma262/#sec-topropertykey
ThrowCompletionOr<PropertyKey> to_property_key(VM& vm, Value argument)
{
    // Fast paths: integers in the index range, strings and symbols need no ToPrimitive.
    if (argument.is_int32() && argument.as_int32() >= 0)
        return PropertyKey::from_index(uint32_t(argument.as_int32()));
    Value key = argument;
    // 1. Let key be ? ToPrimitive(argument, string).
    if (argument.is_object())
        key = TRY(to_primitive(vm, argument, PreferredType::String));
    // 2. If key is a Symbol, then
    //    a. Return key.
    if (key.is_symbol())
        return PropertyKey::from_symbol(key.as_symbol());
    if (key.is_number())
        return to_property_key(vm.atoms(), vm.heap(), key.as_number());
    // 3. Return ! ToString(key).
    String* string = TRY(to_string(vm, key));
    return to_property_key(vm.atoms(), string);
}

// ToObject ( argument ) — https://tc39.es/ecma262/#sec-toobject
ThrowCompletionOr<Object*> to_object(VM& vm, Value argument)
{
    if (argument.is_object())
        return argument.as_object();
    // undefined, null: throw a TypeError exception.
    if (argument.is_nullish())
        return vm.throw_type_error(ErrorType::CannotConvertToObject);
    Realm& realm = vm.current_realm();
    // Boolean: a new Boolean object whose [[BooleanData]] is argument.
    if (argument.is_boolean())
        return PrimitiveWrapper::create(vm, ObjectKind::BooleanObject, argument, realm.boolean_prototype());
    // Number: a new Number object whose [[NumberData]] is argument.
    if (argument.is_number())
        return PrimitiveWrapper::create(vm, ObjectKind::NumberObject, argument, realm.number_prototype());
    // String: a new String object whose [[StringData]] is argument.
    if (argument.is_string())
        return string_create(vm, argument.as_string(), realm.string_prototype());
    // Symbol: a new Symbol object whose [[SymbolData]] is argument.
    if (argument.is_symbol())
        return PrimitiveWrapper::create(vm, ObjectKind::SymbolObject, argument, realm.symbol_prototype());
    // BigInt: a new BigInt object whose [[BigIntData]] is argument.
    return PrimitiveWrapper::create(vm, ObjectKind::BigIntObject, argument, realm.bigint_prototype());
}

// ToLength ( argument ) — https://tc39.es/ecma262/#sec-tolength
ThrowCompletionOr<uint64_t> to_length(VM& vm, Value argument)
{
    // Fast path: a non-negative int32.
    if (argument.is_int32())
        return uint64_t(std::max(argument.as_int32(), 0));
    // 1. Let len be ? ToIntegerOrInfinity(argument).
    double length = TRY(to_integer_or_infinity(vm, argument));
    // 2. If len ≤ 0, return +0.
    if (length <= 0)
        return uint64_t(0);
    // 3. Return 𝔽(min(len, 2^53 - 1)).
    return uint64_t(std::min(length, kMaxSafeInteger));
}

// ToIndex ( value ) — https://tc39.es/ecma262/#sec-toindex
ThrowCompletionOr<uint64_t> to_index(VM& vm, Value value)
{
    // 1. Let integer be ? ToIntegerOrInfinity(value).
    double integer = TRY(to_integer_or_infinity(vm, value));
    // 2. If integer is not in the inclusive interval from 0 to 2^53 - 1, throw a RangeError exception.
    if (integer < 0 || integer > kMaxSafeInteger) {
        NumberToStringBuffer buffer;
        return vm.throw_range_error(ErrorType::InvalidIndex, { number_to_string(integer, buffer) });
    }
    // 3. Return integer.
    return uint64_t(integer);
}

// CanonicalNumericIndexString ( argument ) — https://tc39.es/ecma262/#sec-canonicalnumericindexstring
std::optional<double> canonical_numeric_index_string(VM& vm, String* argument)
{
    return canonical_numeric_index_string(argument->flatten(vm.heap()));
}

}
