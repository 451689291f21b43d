#pragma once
// %TypedArray.prototype% (ECMA-262 23.2.3). The methods that take a callback or sort are in
// typed_array_prototype_callbacks.cpp, the rest in typed_array_prototype.cpp.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::typed_array_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/typed_array/typed_array_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
