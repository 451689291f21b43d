#pragma once
// The String constructor (ECMA-262 22.1.1, 22.1.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::string_constructor {

// String ( value )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/string/string_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}
