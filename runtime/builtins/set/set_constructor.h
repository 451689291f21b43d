#pragma once
// The Set constructor (ECMA-262 24.2.1, 24.2.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::set_constructor {

// Set ( [ iterable ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/set/set_constructor.def"
void initialize(VM&, Realm&, Object& target);

}
