#pragma once
// The DisposableStack constructor and DisposableStack.prototype (ECMA-262 27.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::disposable_stack_constructor {
// DisposableStack ( )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
}

namespace sable::runtime::builtins::disposable_stack_prototype {
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/disposable_stack/disposable_stack_prototype.def"
void initialize(VM&, Realm&, Object& prototype);
}
