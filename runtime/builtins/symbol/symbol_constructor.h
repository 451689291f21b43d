#pragma once
// The Symbol constructor (ECMA-262 20.4.1, 20.4.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::symbol_constructor {

// Symbol ( [ description ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/symbol/symbol_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}
