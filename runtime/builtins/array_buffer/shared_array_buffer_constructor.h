#pragma once
// The SharedArrayBuffer constructor (ECMA-262 25.2.3, 25.2.4).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::shared_array_buffer_constructor {

// SharedArrayBuffer ( length [ , options ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/array_buffer/shared_array_buffer_constructor.def"
void initialize(VM&, Realm&, Object& target);

}
