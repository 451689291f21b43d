#pragma once
// %TypedArray% (ECMA-262 23.2.1, 23.2.2) and the twelve TypedArray constructors (23.2.5,
// 23.2.6): one behaviour, instantiated per element type.

#include "runtime/builtins/builtin_helpers.h"
#include "runtime/builtins/typed_array/typed_array_element.h"

namespace sable::runtime::builtins::typed_array_constructor {

// %TypedArray% ( ): always throws.
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
// TypedArray ( ...args ) for the constructor of `type` (%Int8Array%...).
template<TypedArrayType type>
ThrowCompletionOr<Value> concrete_behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/typed_array/typed_array_constructor.def"
// %TypedArray%'s properties.
void initialize(VM&, Realm&, Object& target);
// The properties of every concrete constructor and its prototype (BYTES_PER_ELEMENT).
void initialize_concrete_constructors(VM&, Realm&);

}
