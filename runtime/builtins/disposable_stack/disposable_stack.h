#pragma once
// The DisposableStack and AsyncDisposableStack constructors and prototypes (ECMA-262 27.3, 27.4).
// The two differ in the hint their resources get and in how the stack is disposed
// (DisposeResources, or its awaiting form behind a promise); the rest is shared.

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

namespace sable::runtime::builtins::async_disposable_stack_constructor {
// AsyncDisposableStack ( )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
}

namespace sable::runtime::builtins::async_disposable_stack_prototype {
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/disposable_stack/async_disposable_stack_prototype.def"
void initialize(VM&, Realm&, Object& prototype);
}
