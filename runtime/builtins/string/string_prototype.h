#pragma once
// String.prototype (ECMA-262 22.1.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::string_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/string/string_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
