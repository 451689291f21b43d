#pragma once
// The WeakSet constructor and WeakSet.prototype (ECMA-262 24.4).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::weak_set_constructor {
// WeakSet ( [ iterable ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
}

namespace sable::runtime::builtins::weak_set_prototype {
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/weak/weak_set_prototype.def"
void initialize(VM&, Realm&, Object& prototype);
}
