#pragma once
// The stable sort of SortIndexedProperties (23.1.3.30.1) that Array.prototype.sort and
// %TypedArray%.prototype.sort share: a bottom-up merge sort whose comparison (SortCompare, or
// the TypedArray one) may run user code and throw.

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {
class ValueList;
class VM;
}

namespace sable::runtime::builtins {

// SortCompare ( x, y ) with the user's comparator (undefined when none).
using SortCompare = ThrowCompletionOr<double> (*)(VM&, Value x, Value y, Value comparator);

// Sorts the list's entries in place, stably.
ThrowCompletionOr<void> merge_sort(VM&, ValueList&, Value comparator, SortCompare);

}
