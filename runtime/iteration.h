#pragma once
// Iteration (ECMA-262 7.4 Operations on Iterator Objects) as C++ operations, for the built-ins
// and the interpreter (for-of, spread, destructuring, yield*): GetIterator, IteratorNext,
// IteratorStep, IteratorValue, IteratorClose, CreateIterResultObject, IteratorToList.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <optional>

namespace sable::runtime {

class Object;
class ValueArray;
class VM;

// An Iterator Record { [[Iterator]], [[NextMethod]], [[Done]] }. Keep it in a local: the stack
// scan then keeps the iterator and its next method alive.
struct IteratorRecord {
    Object* iterator { nullptr };
    Value next_method;
    bool done { false };
};

enum class IteratorHint : uint8_t { Sync, Async };

// GetIterator ( obj, kind ) (async: an object without @@asyncIterator gets an async-from-sync
// iterator over its @@iterator).
ThrowCompletionOr<IteratorRecord> get_iterator(VM&, Value object, IteratorHint = IteratorHint::Sync);
// GetIteratorFromMethod ( obj, method )
ThrowCompletionOr<IteratorRecord> get_iterator_from_method(VM&, Value object, Value method);
// GetIteratorDirect ( obj )
ThrowCompletionOr<IteratorRecord> get_iterator_direct(VM&, Object&);
// IteratorNext ( iteratorRecord [ , value ] )
ThrowCompletionOr<Object*> iterator_next(VM&, IteratorRecord&, std::optional<Value> value = std::nullopt);
// IteratorComplete ( iterResult )
ThrowCompletionOr<bool> iterator_complete(VM&, Object& result);
// IteratorValue ( iterResult )
ThrowCompletionOr<Value> iterator_value(VM&, Object& result);
// IteratorStep ( iteratorRecord ): the result object, or nullptr for the spec's done.
ThrowCompletionOr<Object*> iterator_step(VM&, IteratorRecord&);
// IteratorStepValue ( iteratorRecord ): the next value, or std::nullopt when done.
ThrowCompletionOr<std::optional<Value>> iterator_step_value(VM&, IteratorRecord&);
// IteratorClose ( iteratorRecord, completion ) for a normal completion: calls "return" and
// checks that its result is an object.
ThrowCompletionOr<void> iterator_close(VM&, IteratorRecord const&);
// IteratorClose for a throw completion (the exception pending on the VM): calls "return",
// ignores whatever it does, and leaves the original exception pending. Returns the marker to
// propagate: `return iterator_close_with_throw(vm, record);`
ThrowCompletion iterator_close_with_throw(VM&, IteratorRecord const&);
// CreateIterResultObject ( value, done )
Object* create_iter_result_object(VM&, Value value, bool done);
// CreateAsyncFromSyncIterator ( syncIteratorRecord ) (in builtins/iterator/async_iterator_prototype.cpp)
ThrowCompletionOr<IteratorRecord> create_async_from_sync_iterator(VM&, IteratorRecord const& sync_iterator_record);
// IteratorToList ( iteratorRecord ): a ValueArray whose size() is the list's length.
ThrowCompletionOr<ValueArray*> iterator_to_list(VM&, IteratorRecord&);

}
