#pragma once
// Error.prototype (ECMA-262 20.5.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::error_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/error/error_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
