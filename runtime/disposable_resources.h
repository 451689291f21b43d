#pragma once
// Explicit resource management (ECMA-262 "Operations for Explicit Resource Management"): a
// DisposeCapability is a ValueArray cell whose used entries are the [[DisposableResourceStack]],
// three entries per resource: the `this` value of the dispose call ([[ResourceValue]]), the
// [[DisposeMethod]], and its one argument, or the empty Value for none. The argument stands for
// the closure DisposableStack.prototype.adopt would create: Call(onDispose, undefined, « value »)
// is stored as (undefined, onDispose, value), so the closure never needs to exist (it is never
// observable). Only the sync-dispose hint exists so far (`using`, DisposableStack); `await
// using` and AsyncDisposableStack are not implemented.

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {

class ValueArray;
class VM;

// NewDisposeCapability ( ): an empty resource stack.
ValueArray* new_dispose_capability(VM&);

// AddDisposableResource ( disposeCapability, V, sync-dispose ): V's [Symbol.dispose] is looked
// up. The capability may move to a larger cell: the result is the capability to keep.
ThrowCompletionOr<ValueArray*> add_disposable_resource(VM&, ValueArray& capability, Value);
// AddDisposableResource ( disposeCapability, undefined, sync-dispose, method ) for a callable
// `method`, called with `argument` unless it is empty (see above).
ValueArray* add_disposable_resource_with_method(VM&, ValueArray& capability, Value method, Value argument);

// DisposeResources ( disposeCapability, completion ): disposes in reverse order and empties the
// capability. `is_throw` says whether completion is a throw completion of `thrown`. Throws the
// resulting error (the original one, or SuppressedErrors wrapping it), else returns normally.
ThrowCompletionOr<void> dispose_resources(VM&, ValueArray& capability, bool is_throw, Value thrown);

}
