#pragma once
// The date prototype (ECMA-262 21.4).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::date_prototype {


#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/date/date_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
