#pragma once
// The Set.prototype (ECMA-262 24.2.4).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::set_prototype {


#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/set/set_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
