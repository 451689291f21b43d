#pragma once
// %AsyncGeneratorPrototype% (ECMA-262 27.6.1), %AsyncGeneratorFunction.prototype% (27.4.3)
// and %AsyncFunction.prototype% (27.8.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::async_generator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/generator/async_generator_prototype.def"
// Fills the four prototypes and links them.
void initialize(VM&, Realm&, Object& prototype);

}
