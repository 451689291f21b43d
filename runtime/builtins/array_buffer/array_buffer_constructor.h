#pragma once
// The ArrayBuffer constructor (ECMA-262 25.1.4, 25.1.5).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::array_buffer_constructor {

// ArrayBuffer ( length [ , options ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/array_buffer/array_buffer_constructor.def"
void initialize(VM&, Realm&, Object& target);

}
