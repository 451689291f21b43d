#pragma once
// The Object constructor (ECMA-262 20.1.1, 20.1.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::object_constructor {

// Object ( [ value ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/object/object_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}
