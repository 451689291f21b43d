#pragma once
// The Number constructor (ECMA-262 21.1.1, 21.1.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::number_constructor {

// Number ( value )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/number/number_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}
