#pragma once
// The Math object (ECMA-262 21.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::math {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/math/math.def"
void initialize(VM&, Realm&, Object& math);

}
