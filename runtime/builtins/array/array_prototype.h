#pragma once
// Array.prototype (ECMA-262 23.1.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::array_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/array/array_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
