#pragma once
// The Map.prototype (ECMA-262 24.1.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::map_prototype {


#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/map/map_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
