#pragma once
// WeakRef (ECMA-262 26.1) and FinalizationRegistry (26.2).
//
// A WeakRef's target and a registry's targets and unregister tokens are not traced: the VM's
// WeakCollectionRegistry (weak_collection.h) visits the live ones after marking, clears the
// WeakRefs whose target died, and moves each dead target's held value to its registry's
// pending list, scheduling one cleanup job per registry (HostEnqueueFinalizationRegistryCleanupJob).
// Targets a WeakRef was made or dereferenced with stay alive until the current job ends
// (AddToKeptObjects / ClearKeptObjects, VM::keep_during_job).

#include "runtime/builtins/builtin_helpers.h"
#include "runtime/object.h"

#include <vector>

namespace sable::runtime {

class ValueArray;

class WeakRefObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::WeakRefObject;

    static WeakRefObject* create(VM&, Object* prototype, Value target);

    // [[WeakRefTarget]], or undefined once the target died.
    Value target() const { return m_target; }
    // Weak processing: forgets a target the collector did not mark.
    void clear_dead_target(gc::Heap&);

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    WeakRefObject(Shape* shape, Value target)
        : Object(kKind, sizeof(WeakRefObject), shape, kDefaultInlineSlots)
        , m_target(target)
    {
    }

    Value m_target;
};

class FinalizationRegistryObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::FinalizationRegistryObject;

    static FinalizationRegistryObject* create(VM&, Object* prototype, Value cleanup_callback);

    Value cleanup_callback() const { return m_cleanup_callback; }
    // register: a Record { [[WeakRefTarget]], [[HeldValue]], [[UnregisterToken]] } (token may be empty).
    void add(gc::Heap&, Value target, Value held, Value token);
    // unregister: removes the records with this token; whether there were any.
    bool remove(Value token);
    // Weak processing: the records whose target died move to the pending list; tokens that died
    // are forgotten. Returns whether a cleanup job must be scheduled.
    bool collect_dead_targets(gc::Heap&);
    // CleanupFinalizationRegistry: the held values of the dead targets, in order, once.
    ValueArray* take_pending(gc::Heap&);

    static void visit_children(gc::Cell*, gc::Visitor&);
    static void finalize(gc::Cell*);

private:
    friend class gc::Heap;
    FinalizationRegistryObject(Shape* shape, Value cleanup_callback)
        : Object(kKind, sizeof(FinalizationRegistryObject), shape, kDefaultInlineSlots)
        , m_cleanup_callback(cleanup_callback)
    {
    }

    struct Record {
        Value target; // weak
        Value held;   // strong
        Value token;  // weak; empty for none
    };
    Value m_cleanup_callback;
    // Allocated on first use, freed by the finalizer (malloc memory, never the GC heap).
    std::vector<Record>* m_records { nullptr };
    std::vector<Value>* m_pending { nullptr };
    bool m_cleanup_scheduled { false };
    uint8_t m_padding[7] {};
};

// The cleanup job of a registry (a JobFunction: the registry is the first Value).
ThrowCompletionOr<void> cleanup_finalization_registry(VM&, Value registry, Value, Value);

}

namespace sable::runtime::builtins::weak_ref_constructor {
// WeakRef ( target )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
}

namespace sable::runtime::builtins::weak_ref_prototype {
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/weak/weak_ref_prototype.def"
void initialize(VM&, Realm&, Object& prototype);
}

namespace sable::runtime::builtins::finalization_registry_constructor {
// FinalizationRegistry ( cleanupCallback )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
}

namespace sable::runtime::builtins::finalization_registry_prototype {
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/weak/finalization_registry_prototype.def"
void initialize(VM&, Realm&, Object& prototype);
}
