#pragma once
// The global object's function properties (ECMA-262 19.2) and the installer of all its
// properties (global_object.def).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::global_object {

#define GLOBAL_FUNCTION(cpp_name, name, length) ThrowCompletionOr<Value> cpp_name(VM&, Arguments const&);
#include "runtime/builtins/global/global_object.def"

// Defines every property of global_object.def on the realm's global object.
void initialize(VM&, Realm&);

}
