#pragma once
// %GeneratorPrototype% (ECMA-262 27.5.1) and %GeneratorFunction.prototype% (27.3.3): the
// prototypes of generator objects and of generator functions.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::generator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/generator/generator_prototype.def"
// Fills %GeneratorPrototype% and links it with %GeneratorFunction.prototype%.
void initialize(VM&, Realm&, Object& prototype);

}
