#pragma once
// DataView.prototype (ECMA-262 25.3.4).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::data_view_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/data_view/data_view_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
