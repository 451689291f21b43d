#pragma once
// Abstract operations on values (ECMA-262 7.1 Type Conversion, 7.2 Testing and Comparison
// Operations, 7.3 Operations on Objects that need conversions, 13.x operator semantics).
//
// Where they live:
//   type_conversion.cpp       ToPrimitive, ToBoolean, ToNumber/ToNumeric, ToString, ToObject,
//                             ToPropertyKey, the integer conversions, ToLength, ToIndex
//   operators.cpp             IsLooselyEqual, IsStrictlyEqual, IsLessThan, typeof, the binary and
//                             unary operators the interpreter calls on its slow paths,
//                             instanceof, `in`
//   abstract_operations.cpp   SameValue*, IsCallable/IsConstructor/IsArray, Construct,
//                             GetPrototypeFromConstructor, SpeciesConstructor,
//                             CreateListFromArrayLike, LengthOfArrayLike, Invoke, ...
//
// BigInt does not exist yet: wherever one would take part, these throw TypeError "BigInt is not
// implemented yet".

#include "runtime/completion.h"
#include "runtime/property_descriptor.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class Object;
class Realm;
class String;
class ValueArray;
class VM;

// ---- 7.2 Testing and comparison ----

// SameValue ( x, y ): +0 and -0 differ, NaN equals NaN.
bool same_value(gc::Heap&, Value x, Value y);
// SameValueZero ( x, y ): +0 and -0 are equal, NaN equals NaN.
bool same_value_zero(gc::Heap&, Value x, Value y);
// IsStrictlyEqual ( x, y ): ===
bool is_strictly_equal(gc::Heap&, Value x, Value y);
// IsLooselyEqual ( x, y ): ==
ThrowCompletionOr<bool> is_loosely_equal(VM&, Value x, Value y);
// IsCallable ( argument )
bool is_callable(Value);
// IsConstructor ( argument )
bool is_constructor(Value);
// IsArray ( argument ) (throws only for revoked proxies, which do not exist yet)
ThrowCompletionOr<bool> is_array(VM&, Value);
// IsRegExp ( argument )
ThrowCompletionOr<bool> is_regexp(VM&, Value);
// IsIntegralNumber ( argument )
bool is_integral_number(Value);
// RequireObjectCoercible ( argument ): TypeError for undefined and null.
ThrowCompletionOr<Value> require_object_coercible(VM&, Value);

// ---- 7.1 Type conversion ----

enum class PreferredType : uint8_t { None, String, Number };
// ToPrimitive ( input [ , preferredType ] )
ThrowCompletionOr<Value> to_primitive(VM&, Value input, PreferredType = PreferredType::None);
// OrdinaryToPrimitive ( O, hint ): hint String or Number.
ThrowCompletionOr<Value> ordinary_to_primitive(VM&, Object&, PreferredType hint);
// ToBoolean ( argument )
bool to_boolean(Value);
// ToNumeric ( value ): a Number Value (BigInts throw "not implemented" for now).
ThrowCompletionOr<Value> to_numeric(VM&, Value);
// ToNumber ( argument ): a Number Value.
ThrowCompletionOr<double> to_number(VM&, Value argument);
// ToIntegerOrInfinity ( argument )
ThrowCompletionOr<double> to_integer_or_infinity(VM&, Value argument);
double number_to_integer_or_infinity(double);
// ToInt32 / ToUint32 / ToInt16 / ToUint16 / ToInt8 / ToUint8 / ToUint8Clamp ( argument )
ThrowCompletionOr<int32_t> to_int32(VM&, Value argument);
ThrowCompletionOr<uint32_t> to_uint32(VM&, Value argument);
ThrowCompletionOr<int16_t> to_int16(VM&, Value argument);
ThrowCompletionOr<uint16_t> to_uint16(VM&, Value argument);
ThrowCompletionOr<int8_t> to_int8(VM&, Value argument);
ThrowCompletionOr<uint8_t> to_uint8(VM&, Value argument);
ThrowCompletionOr<uint8_t> to_uint8_clamp(VM&, Value argument);
// The same conversions of a Number.
int32_t number_to_int32(double);
uint32_t number_to_uint32(double);
// ToString ( argument )
ThrowCompletionOr<String*> to_string(VM&, Value argument);
// ToString of a primitive that is not a Symbol (never throws).
String* primitive_to_string(VM&, Value primitive);
// The substring of `string` from `start` to `end`; a one-code-unit one below U+0100 is its atom
// (AtomTable::single_character).
String* substring_of(VM&, String*, uint32_t start, uint32_t end);
// ToPropertyKey ( argument )
ThrowCompletionOr<PropertyKey> to_property_key(VM&, Value argument);
// ToObject ( argument )
ThrowCompletionOr<Object*> to_object(VM&, Value argument);
// ToLength ( argument ): 0 to 2^53 - 1.
ThrowCompletionOr<uint64_t> to_length(VM&, Value argument);
// ToIndex ( value ): RangeError outside 0 to 2^53 - 1.
ThrowCompletionOr<uint64_t> to_index(VM&, Value value);
// CanonicalNumericIndexString ( argument ) for a String value.
std::optional<double> canonical_numeric_index_string(VM&, String*);

// ---- Operators (operators.cpp) ----

// typeof: one of the VM's well-known atoms ("undefined", "object", "boolean", "number",
// "string", "symbol", "bigint", "function").
enum class TypeOfResult : uint8_t { Undefined, Object, Boolean, Number, String, Symbol, BigInt, Function };
TypeOfResult type_of(Value);
String* typeof_operator(VM&, Value);

enum class BinaryOperator : uint8_t {
    Add,
    Subtract,
    Multiply,
    Divide,
    Remainder,
    Exponentiate,
    LeftShift,
    SignedRightShift,
    UnsignedRightShift,
    BitwiseAnd,
    BitwiseOr,
    BitwiseXor,
};
// ApplyStringOrNumericBinaryOperator ( lval, opText, rval )
ThrowCompletionOr<Value> apply_binary_operator(VM&, Value left, BinaryOperator, Value right);
// The same, one function per operator (what the interpreter's slow paths call).
ThrowCompletionOr<Value> add(VM&, Value left, Value right);
ThrowCompletionOr<Value> subtract(VM&, Value left, Value right);
ThrowCompletionOr<Value> multiply(VM&, Value left, Value right);
ThrowCompletionOr<Value> divide(VM&, Value left, Value right);
ThrowCompletionOr<Value> remainder(VM&, Value left, Value right);
ThrowCompletionOr<Value> exponentiate(VM&, Value left, Value right);
ThrowCompletionOr<Value> left_shift(VM&, Value left, Value right);
ThrowCompletionOr<Value> signed_right_shift(VM&, Value left, Value right);
ThrowCompletionOr<Value> unsigned_right_shift(VM&, Value left, Value right);
ThrowCompletionOr<Value> bitwise_and(VM&, Value left, Value right);
ThrowCompletionOr<Value> bitwise_or(VM&, Value left, Value right);
ThrowCompletionOr<Value> bitwise_xor(VM&, Value left, Value right);
// Number::exponentiate ( base, exponent ) (differs from pow for ±1 ** ±Infinity and NaN).
double number_exponentiate(double base, double exponent);
// Unary operators: -x, ~x, +x (ToNumber), x++ / x-- (the new value from the old ToNumeric).
ThrowCompletionOr<Value> unary_minus(VM&, Value);
ThrowCompletionOr<Value> bitwise_not(VM&, Value);
ThrowCompletionOr<Value> unary_plus(VM&, Value);
ThrowCompletionOr<Value> increment(VM&, Value);
ThrowCompletionOr<Value> decrement(VM&, Value);
// !x
inline Value logical_not(Value value) { return Value::boolean(!to_boolean(value)); }

// IsLessThan ( x, y, LeftFirst ): std::nullopt is the spec's undefined (a NaN took part).
ThrowCompletionOr<std::optional<bool>> is_less_than(VM&, Value x, Value y, bool left_first);
// The relational operators (13.10.1): <, >, <=, >=.
ThrowCompletionOr<bool> less_than(VM&, Value left, Value right);
ThrowCompletionOr<bool> greater_than(VM&, Value left, Value right);
ThrowCompletionOr<bool> less_than_or_equal(VM&, Value left, Value right);
ThrowCompletionOr<bool> greater_than_or_equal(VM&, Value left, Value right);
// InstanceofOperator ( V, target )
ThrowCompletionOr<bool> instanceof_operator(VM&, Value value, Value target);
// OrdinaryHasInstance ( C, O )
ThrowCompletionOr<bool> ordinary_has_instance(VM&, Value constructor, Value value);
// RelationalExpression `in`: `key in object` (TypeError when object is not an Object).
ThrowCompletionOr<bool> in_operator(VM&, Value key, Value object);

// ---- Operations on objects (abstract_operations.cpp) ----

// Construct ( F [ , argumentsList [ , newTarget ] ] ): newTarget defaults to F.
ThrowCompletionOr<Object*> construct(VM&, Object& constructor, std::span<Value const> arguments = {},
    Object* new_target = nullptr);
// GetV ( V, P )
ThrowCompletionOr<Value> get_v(VM&, Value, PropertyKey);
// GetMethod ( V, P ) for any value V.
ThrowCompletionOr<Value> get_method_of_value(VM&, Value, PropertyKey);
// Invoke ( V, P [ , argumentsList ] )
ThrowCompletionOr<Value> invoke(VM&, Value, PropertyKey, std::span<Value const> arguments = {});
// LengthOfArrayLike ( obj )
ThrowCompletionOr<uint64_t> length_of_array_like(VM&, Object&);
// CreateListFromArrayLike ( obj [ , validElementTypes ] ): a ValueArray whose size() is the
// list's length. With property_keys_only, elements that are not Strings or Symbols throw.
ThrowCompletionOr<ValueArray*> create_list_from_array_like(VM&, Value, bool property_keys_only = false);
// CreateArrayFromList ( elements )
Object* create_array_from_list(VM&, std::span<Value const> elements);
// Which %Intrinsic% a constructor falls back to: a Realm accessor, like &Realm::object_prototype.
using IntrinsicGetter = Object* (Realm::*)() const;
// GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto )
ThrowCompletionOr<Object*> get_prototype_from_constructor(VM&, Object& constructor, IntrinsicGetter);
// OrdinaryCreateFromConstructor ( constructor, intrinsicDefaultProto ): an ordinary object.
ThrowCompletionOr<Object*> ordinary_create_from_constructor(VM&, Object& constructor, IntrinsicGetter);
// GetFunctionRealm ( obj )
ThrowCompletionOr<Realm*> get_function_realm(VM&, Object&);
// SpeciesConstructor ( O, defaultConstructor )
ThrowCompletionOr<Object*> species_constructor(VM&, Object&, Object& default_constructor);
// OrdinaryHasInstance's and instanceof's friend: is `prototype` on `object`'s chain?
ThrowCompletionOr<bool> is_prototype_of(VM&, Object& prototype, Object& object);
// EnumerableOwnProperties ( O, kind )
enum class EnumerableOwnPropertiesKind : uint8_t { Key, Value, KeyValue };
ThrowCompletionOr<ValueArray*> enumerable_own_properties(VM&, Object&, EnumerableOwnPropertiesKind);
// FromPropertyDescriptor ( Desc ): undefined for std::nullopt.
Value from_property_descriptor(VM&, std::optional<PropertyDescriptor> const&);
// ToPropertyDescriptor ( Obj )
ThrowCompletionOr<PropertyDescriptor> to_property_descriptor(VM&, Value);
// CompletePropertyDescriptor ( Desc )
void complete_property_descriptor(PropertyDescriptor&);
// GetOptionsObject ( options ): options itself, a new null-prototype object for undefined, or a
// TypeError.
ThrowCompletionOr<Object*> get_options_object(VM&, Value options);
// SetterThatIgnoresPrototypeProperties ( thisValue, home, p, v )
ThrowCompletionOr<void> setter_that_ignores_prototype_properties(VM&, Value this_value, Object& home, PropertyKey, Value);
// Is `value` the String `text` (ASCII)? For option values like "strict".
bool string_equals(VM&, Value value, std::string_view text);
// A key as a language value: index keys become Strings.
Value property_key_to_value(VM&, PropertyKey);

}
