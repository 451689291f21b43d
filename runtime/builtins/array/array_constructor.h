#pragma once
// The Array constructor (ECMA-262 23.1.1, 23.1.2) and ArraySpeciesCreate.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::array_constructor {

// Array ( ...values )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/array/array_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}

namespace sable::runtime {
// ArraySpeciesCreate ( originalArray, length )
ThrowCompletionOr<Object*> array_species_create(VM&, Object& original_array, uint64_t length);
// The property key of an index up to 2^53 - 1 (an array index, or the number's atom).
PropertyKey index_key(VM&, uint64_t index);
}
