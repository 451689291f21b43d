#pragma once
// What the built-ins share: defining their properties (the installers behind the .def files),
// attribute sets, and small helpers for reading arguments and this values.

#include "runtime/completion.h"
#include "runtime/native_function.h"
#include "runtime/property_attributes.h"
#include "runtime/value.h"

#include <cstdint>
#include <string_view>

namespace sable::runtime {
class Object;
class Realm;
class String;
class Symbol;
class VM;
}

namespace sable::runtime::builtins {

// Attribute sets of clause 18 ("ECMAScript Standard Built-in Objects").
// A method or other data property: writable, not enumerable, configurable.
inline constexpr PropertyAttributes kMethod = PropertyAttributes::data(true, false, true);
// A constant: not writable, not enumerable, not configurable (Math.PI, Number.EPSILON, NaN).
inline constexpr PropertyAttributes kConstant = PropertyAttributes::data(false, false, false);
// Configurable only (a function's "length" and "name", @@toStringTag).
inline constexpr PropertyAttributes kConfigurableOnly = PropertyAttributes::data(false, false, true);
// An accessor: not enumerable, configurable.
inline constexpr PropertyAttributes kAccessor = PropertyAttributes::accessor(false, true);

// Defines a built-in method `name` (a new NativeFunction of `realm` with that name and length).
NativeFunction* define_method(VM&, Realm&, Object& target, std::string_view name, NativeFunctionPointer,
    uint32_t length, PropertyAttributes = kMethod);
// The same keyed by a symbol; `function_name` is its "name" ("[Symbol.iterator]").
NativeFunction* define_symbol_method(VM&, Realm&, Object& target, Symbol*, std::string_view function_name,
    NativeFunctionPointer, uint32_t length, PropertyAttributes = kMethod);
// An accessor property with built-in getter (named "get name") and optional setter ("set name").
void define_accessor(VM&, Realm&, Object& target, std::string_view name, NativeFunctionPointer getter,
    NativeFunctionPointer setter, PropertyAttributes = kAccessor);
void define_symbol_accessor(VM&, Realm&, Object& target, Symbol*, std::string_view function_name,
    NativeFunctionPointer getter, PropertyAttributes = kAccessor);
// A data property.
void define_value(VM&, Object& target, std::string_view name, Value, PropertyAttributes = kMethod);

// An argument converted with ToIntegerOrInfinity, clamped into [0, size] the way relative
// indices are (negative counts from the end): the "relativeStart" steps of slice, fill, at...
// `default_value` is used when the argument is undefined.
ThrowCompletionOr<double> relative_index(VM&, Value argument, double size, double default_value);

// The realm of the function being run (its [[Realm]]): `arguments.callee`'s.
Realm& function_realm(VM&, Arguments const&);

// this-value helpers: the primitive a method's this value is or wraps, else a TypeError
// "Type.prototype.method requires that 'this' be a Type".
ThrowCompletionOr<Value> this_boolean_value(VM&, Value, std::string_view method);
ThrowCompletionOr<double> this_number_value(VM&, Value, std::string_view method);
ThrowCompletionOr<String*> this_string_value(VM&, Value, std::string_view method);
ThrowCompletionOr<Symbol*> this_symbol_value(VM&, Value, std::string_view method);

}
