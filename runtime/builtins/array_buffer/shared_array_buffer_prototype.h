#pragma once
// SharedArrayBuffer.prototype (ECMA-262 25.2.5).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::shared_array_buffer_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/array_buffer/shared_array_buffer_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
