#pragma once
// The Promise constructor (ECMA-262 27.2.3, 27.2.4).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::promise_constructor {

// Promise ( executor )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/promise/promise_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}
