#pragma once
// Shared by the iterator helper files: the helper objects' state and GetIteratorFlattenable.

#include "runtime/completion.h"
#include "runtime/iteration.h"
#include "runtime/value.h"

namespace sable::runtime {

class BuiltinIterator;
class ValueArray;
class VM;

// What an Iterator Helper object does (27.1.4: map, filter, take, drop, flatMap).
enum class IteratorHelperKind : int32_t { Map, Filter, Take, Drop, FlatMap };

// The state of an Iterator Helper, in a ValueArray kept in its BuiltinIterator.
enum IteratorHelperSlot : uint32_t {
    kUnderlyingIterator,
    kUnderlyingNext,
    kFunction,
    kCounter,
    kRemaining,
    kInnerIterator,
    kInnerNext,
    kState,
    kKind,
    kIteratorHelperSlotCount,
};
// [[GeneratorState]] of the helper's abstract closure.
enum class IteratorHelperState : int32_t { SuspendedStart, SuspendedYield, Executing, Completed };

// A new Iterator Helper over `underlying` (CreateIteratorFromClosure(closure, "Iterator Helper",
// %IteratorHelperPrototype%, « [[UnderlyingIterator]] »)).
BuiltinIterator* create_iterator_helper(VM&, IteratorRecord const& underlying, IteratorHelperKind, Value function, double remaining);

enum class PrimitiveHandling : uint8_t { IterateStrings, Reject };
// GetIteratorFlattenable ( obj, primitiveHandling )
ThrowCompletionOr<IteratorRecord> get_iterator_flattenable(VM&, Value, PrimitiveHandling);

}
