#pragma once
// The RegExp constructor (ECMA-262 22.2.4, 22.2.5) with the Annex B legacy static accessors.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::regexp_constructor {

// RegExp ( pattern, flags )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/regexp/regexp_constructor.def"
void initialize(VM&, Realm&, Object& target);

}
