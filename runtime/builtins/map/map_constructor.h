#pragma once
// The Map constructor (ECMA-262 24.1.1, 24.1.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::map_constructor {

// Map ( [ iterable ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/map/map_constructor.def"
void initialize(VM&, Realm&, Object& target);

}
