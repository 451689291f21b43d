#pragma once
// The %MapIteratorPrototype% (ECMA-262 24.1.5).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::map_iterator_prototype {


#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/map/map_iterator_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
