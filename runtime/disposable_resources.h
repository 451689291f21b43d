#pragma once
// Explicit resource management (ECMA-262 "Operations for Explicit Resource Management"): a
// DisposeCapability is a ValueArray cell whose used entries are the [[DisposableResourceStack]],
// two entries per DisposableResource: [[ResourceValue]] then [[DisposeMethod]]. Only the
// sync-dispose hint exists so far (`using`, DisposableStack); `await using` is not implemented.

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {

class ValueArray;
class VM;

// NewDisposeCapability ( ): an empty resource stack.
ValueArray* new_dispose_capability(VM&);

// AddDisposableResource ( disposeCapability, V, sync-dispose [ , method ] ): `method` is empty when
// absent (then V's [Symbol.dispose] is looked up). The capability may move to a larger cell:
// the result is the capability to keep.
ThrowCompletionOr<ValueArray*> add_disposable_resource(VM&, ValueArray& capability, Value, Value method = Value::empty());

// DisposeResources ( disposeCapability, completion ): disposes in reverse order and empties the
// capability. `is_throw` says whether completion is a throw completion of `thrown`. Throws the
// resulting error (the original one, or SuppressedErrors wrapping it), else returns normally.
ThrowCompletionOr<void> dispose_resources(VM&, ValueArray& capability, bool is_throw, Value thrown);

}
