#pragma once
// %Iterator.prototype% (ECMA-262 27.1.4): @@iterator and the iterator helper methods.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/iterator/iterator_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
