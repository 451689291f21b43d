#pragma once
// The Boolean constructor (ECMA-262 20.3.1).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::boolean_constructor {

// Boolean ( value )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);

}
