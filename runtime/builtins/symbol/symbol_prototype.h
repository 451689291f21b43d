#pragma once
// Symbol.prototype (ECMA-262 20.4.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::symbol_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/symbol/symbol_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
