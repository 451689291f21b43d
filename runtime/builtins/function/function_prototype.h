#pragma once
// Function.prototype (ECMA-262 20.2.3) and %ThrowTypeError% (10.2.4.1).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::function_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/function/function_prototype.def"
// %ThrowTypeError% ( )
ThrowCompletionOr<Value> throw_type_error(VM&, Arguments const&);
void initialize(VM&, Realm&, Object& prototype);

}
