#pragma once
// Boolean.prototype (ECMA-262 20.3.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::boolean_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/boolean/boolean_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
