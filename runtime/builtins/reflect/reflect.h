#pragma once
// The Reflect object (ECMA-262 28.1).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::reflect {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/reflect/reflect.def"
void initialize(VM&, Realm&, Object& reflect);

}
