#pragma once
// The WeakMap constructor and WeakMap.prototype (ECMA-262 24.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::weak_map_constructor {
// WeakMap ( [ iterable ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
}

namespace sable::runtime::builtins::weak_map_prototype {
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/weak/weak_map_prototype.def"
void initialize(VM&, Realm&, Object& prototype);
}
