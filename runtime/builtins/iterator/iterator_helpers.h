#pragma once
// Shared by the iterator helper files: the helper objects' state and GetIteratorFlattenable.

#include "runtime/completion.h"
#include "runtime/iteration.h"
#include "runtime/value.h"

#include <optional>

namespace sable::runtime {

class BuiltinIterator;
class ValueArray;
class VM;

// What an Iterator Helper object does (27.1.4: map, filter, take, drop, flatMap; the
// proposals' chunks, windows, Iterator.concat, Iterator.zip and Iterator.zipKeyed).
enum class IteratorHelperKind : int32_t { Map, Filter, Take, Drop, FlatMap, Chunks, Windows, Concat, Zip };

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
    // chunks and windows: true once the underlying iterator is done (a last partial array
    // may still be yielded; return() then closes nothing).
    kUnderlyingDone,
    // windows: the current window (a ValueArray, size() in use) and whether an undersized
    // window is yielded at the end ("allow-partial").
    kBuffer,
    kAllowPartial,
    // concat: the « [[OpenMethod]], [[Iterable]] » pairs, in a ValueArray (kCounter is the
    // next pair's index; kInnerIterator/kInnerNext the iterator being drained).
    // zip: the iterators' « iterator, next method » pairs, the iterator null once it is
    // removed from openIters, in a ValueArray.
    kIterators,
    // zip: its mode (a ZipMode), the padding values and, for zipKeyed, the keys (ValueArrays).
    kZipMode,
    kPadding,
    kKeys,
    kIteratorHelperSlotCount,
};
// [[GeneratorState]] of the helper's abstract closure.
enum class IteratorHelperState : int32_t { SuspendedStart, SuspendedYield, Executing, Completed };

// A new Iterator Helper over `underlying` (CreateIteratorFromClosure(closure, "Iterator Helper",
// %IteratorHelperPrototype%, « [[UnderlyingIterator]] »)).
// concat and zip have no [[UnderlyingIterator]]: they pass a record whose iterator is null.
BuiltinIterator* create_iterator_helper(VM&, IteratorRecord const& underlying, IteratorHelperKind, Value function, double remaining);
// The state of an Iterator Helper object.
ValueArray& iterator_helper_state(Object& helper);

enum class ZipMode : int32_t { Shortest, Longest, Strict };
// One resumption of IteratorZip's closure: the value it yields, or std::nullopt when it completes.
ThrowCompletionOr<std::optional<Value>> iterator_zip_step(VM&, ValueArray& state);
// IteratorCloseAll ( iters, completion ) over the « iterator, next method » pairs of `iterators`
// (null iterators skipped), for a return completion, or for a throw completion when `throwing`
// (the exception pending on the VM).
ThrowCompletionOr<void> iterator_close_all(VM&, ValueArray& iterators, bool throwing);

enum class PrimitiveHandling : uint8_t { IterateStrings, Reject };
// GetIteratorFlattenable ( obj, primitiveHandling )
ThrowCompletionOr<IteratorRecord> get_iterator_flattenable(VM&, Value, PrimitiveHandling);

}
