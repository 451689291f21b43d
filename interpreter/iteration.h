#pragma once
// Iteration as the bytecode performs it, on top of runtime/iteration.h: closing an iterator kept
// in a register, spread (into arrays and argument lists), and for-in's key enumeration
// (14.7.5.6 EnumerateObjectProperties).

#include "runtime/completion.h"
#include "runtime/value.h"

#include <optional>
#include <vector>

namespace sable::runtime {
class Object;
class ValueArray;
class ValueList;
class VM;
}

namespace sable::interpreter {

using runtime::ThrowCompletionOr;
using runtime::Value;
using runtime::VM;

// IteratorClose ( iteratorRecord, completion ) of an iterator kept in a register: for a normal
// completion errors propagate; for a throw completion (`is_throw`, the exception already caught
// by the bytecode, which rethrows it) the return method's errors and result are ignored.
ThrowCompletionOr<void> close_iterator(VM&, Value iterator, bool is_throw);
// Appends every value `iterable` produces to `values` (spread).
ThrowCompletionOr<void> append_iterated_values(VM&, Value iterable, runtime::ValueList& values);

// for-in: the enumerator of the keys of `object` (null or undefined enumerate nothing), and its
// next key (std::nullopt when done).
ThrowCompletionOr<runtime::ValueArray*> create_for_in_enumerator(VM&, Value object);
ThrowCompletionOr<std::optional<Value>> for_in_next(VM&, runtime::ValueArray& enumerator);

}
