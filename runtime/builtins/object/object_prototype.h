#pragma once
// The Object prototype object (ECMA-262 20.1.3, B.2.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::object_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/object/object_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
