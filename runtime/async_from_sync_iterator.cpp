#include "runtime/async_from_sync_iterator.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/iteration.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/shape_transitions.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime {

AsyncFromSyncIterator* AsyncFromSyncIterator::create(VM& vm, Realm& realm, Object* sync_iterator, Value next_method)
{
    Shape* shape = vm.shapes().root(realm.async_from_sync_iterator_prototype(), ObjectKind::AsyncFromSyncIterator);
    return vm.heap().allocate_with_size<AsyncFromSyncIterator>(allocation_size(sizeof(AsyncFromSyncIterator), kDefaultInlineSlots),
        shape, sync_iterator, next_method);
}

void AsyncFromSyncIterator::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* iterator = static_cast<AsyncFromSyncIterator*>(cell);
    visitor.visit(iterator->m_sync_iterator);
    visitor.visit_value_bits(iterator->m_next_method.bits());
    Object::visit_children(cell, visitor);
}

// GetIterator ( obj, async ) — https://tc39.es/ecma262/#sec-getiterator
ThrowCompletionOr<IteratorRecord> get_async_iterator(VM& vm, Value object)
{
    // 1.a. method = ? GetMethod(obj, @@asyncIterator).
    Value method = TRY(get_method_of_value(vm, object, PropertyKey::from_symbol(vm.symbols().async_iterator)));
    if (!method.is_undefined())
        return get_iterator_from_method(vm, object, method);
    // 1.b. No async iterator: wrap the sync one (CreateAsyncFromSyncIterator).
    IteratorRecord sync = TRY(get_iterator(vm, object));
    auto* wrapper = AsyncFromSyncIterator::create(vm, vm.current_realm(), sync.iterator, sync.next_method);
    Value next = TRY(get(vm, *wrapper, PropertyKey::from_atom(vm.atoms().next)));
    return IteratorRecord { wrapper, next, false };
}

}
