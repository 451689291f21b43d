#include "runtime/builtins/weak/weak_collection.h"

#include "gc/heap.h"
#include "runtime/builtins/weak/weak_ref.h"
#include "runtime/job_queue.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

namespace sable::runtime {

WeakCollection* WeakCollection::create(VM& vm, ObjectKind kind, Object* prototype)
{
    Shape* shape = vm.shapes().root(prototype, kind);
    auto* collection = vm.heap().allocate_with_size<WeakCollection>(allocation_size(sizeof(WeakCollection), kDefaultInlineSlots), shape);
    vm.weak_collections().add(collection);
    return collection;
}

Value WeakCollection::get(gc::Cell* key) const
{
    if (!m_entries)
        return Value::undefined();
    auto it = m_entries->find(key);
    return it == m_entries->end() ? Value::undefined() : it->second;
}

void WeakCollection::set(gc::Heap& heap, gc::Cell* key, Value value)
{
    if (!m_entries)
        m_entries = new std::unordered_map<gc::Cell*, Value>();
    (*m_entries)[key] = value;
    // The value is traced through this cell: record the store for young collections.
    heap.write_barrier_value(this, value.bits());
}

bool WeakCollection::remove(gc::Cell* key) { return m_entries && m_entries->erase(key) > 0; }

void WeakCollection::remove_dead_keys(gc::Heap& heap)
{
    if (!m_entries)
        return;
    std::erase_if(*m_entries, [&](auto const& entry) { return !heap.is_marked(entry.first); });
}

void WeakCollection::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* collection = static_cast<WeakCollection*>(cell);
    // Each entry is an ephemeron: the key is weak, and the value lives only as long as the key.
    if (collection->m_entries) {
        for (auto const& [key, value] : *collection->m_entries)
            visitor.visit_ephemeron(key, value.bits());
    }
    Object::visit_children(cell, visitor);
}

void WeakCollection::finalize(gc::Cell* cell)
{
    auto* collection = static_cast<WeakCollection*>(cell);
    delete collection->m_entries;
    collection->m_entries = nullptr;
}

// CanBeHeldWeakly ( v ) — https://tc39.es/ecma262/#sec-canbeheldweakly
gc::Cell* can_be_held_weakly(Value value)
{
    // 1. If v is an Object, return true.
    if (value.is_object())
        return reinterpret_cast<gc::Cell*>(value.as_object());
    // 2. If v is a Symbol and KeyForSymbol(v) is undefined, return true.
    if (value.is_symbol() && !value.as_symbol()->is_registered())
        return reinterpret_cast<gc::Cell*>(value.as_symbol());
    // 3. Return false.
    return nullptr;
}

WeakCollectionRegistry::WeakCollectionRegistry(gc::Heap& heap, JobQueue& job_queue)
    : m_heap(heap)
    , m_job_queue(job_queue)
{
    m_weak_callback_id = heap.add_weak_callback([this](gc::Heap& heap) {
        // Collections that died are forgotten (their finalizer frees their table); the others
        // lose the entries whose key died.
        std::erase_if(m_collections, [&](WeakCollection* collection) {
            if (!heap.is_marked(collection))
                return true;
            collection->remove_dead_keys(heap);
            return false;
        });
        // WeakRefs that died are forgotten; the others lose a dead target.
        std::erase_if(m_weak_refs, [&](WeakRefObject* weak_ref) {
            if (!heap.is_marked(weak_ref))
                return true;
            weak_ref->clear_dead_target(heap);
            return false;
        });
        // Registries queue the held values of dead targets and a cleanup job (the queue only
        // mallocs: nothing is allocated on the GC heap here).
        std::erase_if(m_finalization_registries, [&](FinalizationRegistryObject* registry) {
            if (!heap.is_marked(registry))
                return true;
            if (registry->collect_dead_targets(heap))
                m_job_queue.enqueue_promise_job(cleanup_finalization_registry, Value::object(registry));
            return false;
        });
    });
}

WeakCollectionRegistry::~WeakCollectionRegistry() { m_heap.remove_weak_callback(m_weak_callback_id); }

}
