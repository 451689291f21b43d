#pragma once
// Promise.prototype (ECMA-262 27.2.5).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::promise_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/promise/promise_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
