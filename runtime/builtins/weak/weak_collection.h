#pragma once
// WeakMap and WeakSet objects (ECMA-262 24.3, 24.4). One class for both (ObjectKind WeakMap or
// WeakSet; a WeakSet's entries have no value).
//
// Entries are ephemerons: the collector does not trace a key through the collection, and traces
// a value only once its key is reachable some other way (gc::Visitor::visit_ephemeron). So a
// value that refers back to its own key does not keep the entry alive.
//
// Every live weak collection is listed in the VM's WeakCollectionRegistry, whose weak callback
// runs after marking: it forgets collections that died and drops the entries of the others whose
// key did not survive.

#include "runtime/object.h"
#include "runtime/value.h"

#include <cstdint>
#include <unordered_map>
#include <vector>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class FinalizationRegistryObject;
class JobQueue;
class VM;
class WeakRefObject;

class WeakCollection final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::WeakCollection;

    // `kind` is ObjectKind::WeakMap or ObjectKind::WeakSet. Registers it with the VM.
    static WeakCollection* create(VM&, ObjectKind, Object* prototype);

    // Keys are cells (objects and unregistered symbols: CanBeHeldWeakly).
    bool has(gc::Cell* key) const { return m_entries && m_entries->contains(key); }
    Value get(gc::Cell* key) const;
    void set(gc::Heap&, gc::Cell* key, Value value);
    bool remove(gc::Cell* key);
    // The number of entries (for tests: which keys died is not observable from JavaScript).
    size_t entry_count() const { return m_entries ? m_entries->size() : 0; }
    // Drops the entries whose key the collector did not mark (weak processing).
    void remove_dead_keys(gc::Heap&);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);
    static void finalize(gc::Cell*);

private:
    friend class gc::Heap;
    explicit WeakCollection(Shape* shape)
        : Object(kKind, sizeof(WeakCollection), shape, kDefaultInlineSlots)
    {
    }

    // Allocated on first use (a cell constructor must not allocate on the GC heap; malloc is
    // fine, but most weak collections stay small or empty).
    std::unordered_map<gc::Cell*, Value>* m_entries { nullptr };
};

// CanBeHeldWeakly ( v ): the cell to key by, or nullptr.
gc::Cell* can_be_held_weakly(Value);

// The VM's lists of live weak collections, WeakRefs and FinalizationRegistries, and the
// weak-processing callback that updates them after marking (weak_ref.h).
class WeakCollectionRegistry {
public:
    WeakCollectionRegistry(gc::Heap&, JobQueue&);
    ~WeakCollectionRegistry();
    WeakCollectionRegistry(WeakCollectionRegistry const&) = delete;
    WeakCollectionRegistry& operator=(WeakCollectionRegistry const&) = delete;

    void add(WeakCollection* collection) { m_collections.push_back(collection); }
    void add_weak_ref(WeakRefObject* weak_ref) { m_weak_refs.push_back(weak_ref); }
    void add_finalization_registry(FinalizationRegistryObject* registry) { m_finalization_registries.push_back(registry); }

private:
    gc::Heap& m_heap;
    JobQueue& m_job_queue;
    std::vector<WeakCollection*> m_collections;
    std::vector<WeakRefObject*> m_weak_refs;
    std::vector<FinalizationRegistryObject*> m_finalization_registries;
    uint64_t m_weak_callback_id { 0 };
};

}
