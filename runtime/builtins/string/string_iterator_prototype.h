#pragma once
// %StringIteratorPrototype% (ECMA-262 22.1.5).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::string_iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/string/string_iterator_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
