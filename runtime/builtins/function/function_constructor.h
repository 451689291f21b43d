#pragma once
// The Function constructor (ECMA-262 20.2.1). It needs the compiler (CreateDynamicFunction), so
// for now it throws TypeError "the Function constructor is not implemented yet".

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::function_constructor {

// Function ( ...parameterArgs, bodyArg )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);

}
