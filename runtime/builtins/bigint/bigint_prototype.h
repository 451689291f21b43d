#pragma once
// BigInt.prototype (ECMA-262 21.2.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::bigint_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/bigint/bigint_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
