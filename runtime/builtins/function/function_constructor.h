#pragma once
// The Function constructor (ECMA-262 20.2.1) and its kin %GeneratorFunction% (27.3.1),
// %AsyncGeneratorFunction% (27.4.1) and %AsyncFunction% (27.7.1): CreateDynamicFunction with
// their kind.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::function_constructor {

// Function ( ...parameterArgs, bodyArg )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
// GeneratorFunction, AsyncFunction, AsyncGeneratorFunction ( ...parameterArgs, bodyArg )
ThrowCompletionOr<Value> generator_function_behaviour(VM&, Arguments const&);
ThrowCompletionOr<Value> async_function_behaviour(VM&, Arguments const&);
ThrowCompletionOr<Value> async_generator_function_behaviour(VM&, Arguments const&);
// Their prototypes' "constructor" is not writable (27.3.3.1, 27.4.3.1, 27.7.3.1).
void initialize(VM&, Realm&);

}
