#pragma once
// The %SetIteratorPrototype% (ECMA-262 24.2.6).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::set_iterator_prototype {


#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/set/set_iterator_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
