#pragma once
// Explicit resource management (ECMA-262 "Operations for Explicit Resource Management"): a
// DisposeCapability is a ValueArray cell whose used entries are the [[DisposableResourceStack]],
// four entries per resource: the `this` value of the dispose call ([[ResourceValue]]), the
// [[DisposeMethod]], its one argument (or the empty Value for none), and the [[Hint]]
// (DisposeHint as an Int32). The argument stands for the closure DisposableStack.prototype.adopt
// would create: Call(onDispose, undefined, « value ») is stored as (undefined, onDispose, value),
// so the closure never needs to exist (it is never observable). Likewise the closure
// GetDisposeMethod wraps around a @@dispose method found for `await using` is the hint
// AsyncFromSyncMethod.

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {

class ValueArray;
class VM;

enum class DisposeHint : int32_t {
    Sync,                // sync-dispose
    Async,               // async-dispose, with a @@asyncDispose method (or an adopted/deferred one)
    AsyncFromSyncMethod, // async-dispose, with the @@dispose method GetDisposeMethod fell back to
};

// NewDisposeCapability ( ): an empty resource stack.
ValueArray* new_dispose_capability(VM&);

// AddDisposableResource ( disposeCapability, V, hint ): V's [Symbol.dispose] (for `hint` Async,
// [Symbol.asyncDispose] first) is looked up. The capability may move to a larger cell: the
// result is the capability to keep.
ThrowCompletionOr<ValueArray*> add_disposable_resource(VM&, ValueArray& capability, Value, DisposeHint);
// AddDisposableResource ( disposeCapability, undefined, hint, method ) for a callable `method`,
// called with `argument` unless it is empty (see above).
ValueArray* add_disposable_resource_with_method(VM&, ValueArray& capability, Value method, Value argument, DisposeHint);

// DisposeResources ( disposeCapability, completion ) for sync-dispose resources only: disposes
// in reverse order and empties the capability. `is_throw` says whether completion is a throw
// completion of `thrown`. Throws the resulting error (the original one, or SuppressedErrors
// wrapping it), else returns normally.
ThrowCompletionOr<void> dispose_resources(VM&, ValueArray& capability, bool is_throw, Value thrown);
// DisposeResources for any resources, its Awaits included. It runs synchronously until the first
// Await: if there is none, it returns undefined or throws as dispose_resources does; otherwise it
// returns a new %Promise% that settles when the last resource is disposed, fulfilled with
// undefined for a normal completion, rejected with the resulting error for a throw.
ThrowCompletionOr<Value> dispose_resources_async(VM&, ValueArray& capability, bool is_throw, Value thrown);

}
