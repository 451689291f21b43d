#pragma once
// RegExp.prototype (ECMA-262 22.2.6) and Annex B's RegExp.prototype.compile.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::regexp_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/regexp/regexp_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
