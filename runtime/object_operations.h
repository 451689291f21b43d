#pragma once
// Operations on Objects (ECMA-262 7.3): the abstract operations built on the internal methods
// that the rest of the engine calls (Get, Set, CreateDataProperty, DefinePropertyOrThrow...).
// Errors they throw take their prototypes from the VM's current realm.

#include "runtime/completion.h"
#include "runtime/property_descriptor.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

#include <cstdint>
#include <span>
#include <string>

namespace sable::runtime {

class Object;
class String;
class VM;

// Get ( O, P )
ThrowCompletionOr<Value> get(VM&, Object&, PropertyKey);
// GetMethod ( V, P ) for an object V: undefined when the property is undefined or null, a
// TypeError when it is not callable.
ThrowCompletionOr<Value> get_method(VM&, Object&, PropertyKey);
// Set ( O, P, V, Throw )
ThrowCompletionOr<void> set(VM&, Object&, PropertyKey, Value, bool should_throw);
// CreateDataProperty ( O, P, V )
ThrowCompletionOr<bool> create_data_property(VM&, Object&, PropertyKey, Value);
// CreateDataPropertyOrThrow ( O, P, V )
ThrowCompletionOr<void> create_data_property_or_throw(VM&, Object&, PropertyKey, Value);
// CreateNonEnumerableDataPropertyOrThrow ( O, P, V ): O must be an ordinary, extensible object
// without non-configurable properties, so this cannot fail.
void create_non_enumerable_data_property_or_throw(VM&, Object&, PropertyKey, Value);
// DefinePropertyOrThrow ( O, P, desc )
ThrowCompletionOr<void> define_property_or_throw(VM&, Object&, PropertyKey, PropertyDescriptor const&);
// DeletePropertyOrThrow ( O, P )
ThrowCompletionOr<void> delete_property_or_throw(VM&, Object&, PropertyKey);
// HasProperty ( O, P )
ThrowCompletionOr<bool> has_property(VM&, Object&, PropertyKey);
// HasOwnProperty ( O, P )
ThrowCompletionOr<bool> has_own_property(VM&, Object&, PropertyKey);
// Call ( F, V [ , argumentsList ] )
ThrowCompletionOr<Value> call(VM&, Value function, Value this_value, std::span<Value const> arguments);

// The text (UTF-8) of a String data property named `name` on `object` or its prototypes, found
// without running user code (accessors and proxies are not consulted); empty when there is
// none. For reports about errors (stack traces, uncaught exceptions), which must not run
// JavaScript.
std::string inherited_string_text(VM&, Object&, String* name);

enum class IntegrityLevel : uint8_t { Sealed, Frozen };
// SetIntegrityLevel ( O, level )
ThrowCompletionOr<bool> set_integrity_level(VM&, Object&, IntegrityLevel);
// TestIntegrityLevel ( O, level )
ThrowCompletionOr<bool> test_integrity_level(VM&, Object&, IntegrityLevel);

}
