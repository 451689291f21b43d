#pragma once
// ArrayBuffer.prototype (ECMA-262 25.1.6).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::array_buffer_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/array_buffer/array_buffer_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
