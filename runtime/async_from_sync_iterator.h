#pragma once
// Async-from-Sync Iterator objects (ECMA-262 27.1.6): what `for await` and `yield*` in async
// generators iterate when the iterable has only a sync iterator. Each next/return/throw calls the
// sync iterator and returns a promise for its result, awaiting the result's value.

#include "runtime/completion.h"
#include "runtime/object.h"

namespace sable::runtime {

class Realm;

class AsyncFromSyncIterator final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::AsyncFromSyncIterator;

    // CreateAsyncFromSyncIterator ( syncIteratorRecord ), without the GetIterator step.
    static AsyncFromSyncIterator* create(VM&, Realm&, Object* sync_iterator, Value next_method);

    Object* sync_iterator() const { return m_sync_iterator; }
    Value next_method() const { return m_next_method; }

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    AsyncFromSyncIterator(Shape* shape, Object* sync_iterator, Value next_method)
        : Object(kKind, sizeof(AsyncFromSyncIterator), shape, kDefaultInlineSlots)
        , m_sync_iterator(sync_iterator)
        , m_next_method(next_method)
    {
    }

    Object* m_sync_iterator;
    Value m_next_method;
};

// GetIterator ( obj, async ): @@asyncIterator, or the sync iterator wrapped.
struct IteratorRecord;
ThrowCompletionOr<IteratorRecord> get_async_iterator(VM&, Value object);

}
