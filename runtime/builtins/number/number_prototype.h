#pragma once
// Number.prototype (ECMA-262 21.1.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::number_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/number/number_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
