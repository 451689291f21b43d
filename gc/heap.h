#pragma once
// The garbage-collected heap (DESIGN.md decision 8): non-moving, block-based, generational
// through sticky mark bits.
//
// - Allocation: size-classed cells in aligned blocks, bump/free-list allocation; objects above
//   the largest size class get a block of their own.
// - Young collection: marks from the roots and the remembered set only; cells that survived a
//   previous collection keep their mark bits (they are "old") and are not traced again.
// - Full collection: clears every mark bit, then marks from the roots.
// - Write barrier: storing a young cell into an old cell puts the old cell in the remembered
//   set (Heap::write_barrier), so young collections find old-to-young pointers.
// - Roots: the native stack of the thread that owns the heap (scanned conservatively, so
//   native code may keep raw cell pointers in locals), plus the root providers registered by
//   the VM (interpreter frames, realms, handles), which report their cells precisely.
// - Weak references and finalization: weak-processing callbacks run after marking and before
//   sweeping; they ask is_marked() and clear what died.
// - Finalizers (CellTraits::finalize) and weak callbacks must not allocate; nor may a cell's
//   constructor, since the cell is not yet initialised when the allocation could collect.
//
// The implementation is in gc/*.cpp; docs/architecture.md ("Garbage collector") describes it.

#include "gc/block_header.h"
#include "gc/cell.h"
#include "gc/value_bits.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <utility>

namespace sable::gc {

class HeapImpl;

// Receives the outgoing references of a cell or a root set.
class Visitor {
public:
    virtual ~Visitor() = default;
    virtual void visit(Cell*) = 0;
    // A NaN-boxed runtime::Value (passed as its bits so gc/ does not depend on runtime/).
    virtual void visit_value_bits(uint64_t bits) = 0;
    // An ephemeron (a weak collection's entry): `value_bits` is reachable only if `key` is.
    // The marker defers the value until the key is marked; other visitors see a plain edge.
    virtual void visit_ephemeron(Cell* key, uint64_t value_bits)
    {
        (void)key;
        visit_value_bits(value_bits);
    }
};

enum class CollectionKind : uint8_t { Young, Full };

struct HeapOptions {
    size_t max_heap_bytes { 4ull << 30 }; // --max-heap-size: exceeding it is fatal, like Node
    uint32_t stress_interval { 0 };       // --gc-stress=N: collect every N allocations (0: off)
    bool trace { false };                 // --trace-gc: one line per collection on stderr
};

struct HeapStatistics {
    size_t live_bytes_after_last_gc { 0 };
    size_t allocated_bytes { 0 };  // in blocks, including free cells
    size_t external_bytes { 0 };   // reported by report_external_memory
    uint64_t young_collections { 0 };
    uint64_t full_collections { 0 };
};

class Heap {
public:
    Heap(std::span<CellTraits const> traits, HeapOptions const& options);
    ~Heap();
    Heap(Heap const&) = delete;
    Heap& operator=(Heap const&) = delete;

    // Allocates and constructs a cell. May collect first; never returns null (running out of
    // memory beyond max_heap_bytes prints Node's "JavaScript heap out of memory" and aborts).
    template<typename T, typename... Args>
    T* allocate(Args&&... args)
    {
        return allocate_with_size<T>(sizeof(T), std::forward<Args>(args)...);
    }
    // For cells with trailing storage (strings' characters, environments' slots).
    template<typename T, typename... Args>
    T* allocate_with_size(size_t size, Args&&... args)
    {
        void* memory = allocate_raw(size);
        return new (memory) T(std::forward<Args>(args)...);
    }

    void collect(CollectionKind);

    // Must be called after storing `stored` (a Value's bits, or a Cell*) into `owner`.
    void write_barrier(Cell* owner, Cell* stored)
    {
        if (stored && !(owner->m_gc_flags & kRememberedFlag) && is_old(owner) && !is_old(stored))
            remember(owner);
    }
    void write_barrier_value(Cell* owner, uint64_t value_bits)
    {
        if (value_bits_hold_cell(value_bits))
            write_barrier(owner, reinterpret_cast<Cell*>(value_bits_payload(value_bits)));
    }

    // Whether the cell is marked: during weak processing, "survives this collection"; between
    // collections, "is old". Inline: the mark bit sits in the header of the cell's block,
    // found by masking the address (gc/block_header.h).
    bool is_marked(Cell const* cell) const { return BlockHeader::of(cell)->is_marked(cell); }

    // Root providers report their cells on every collection; the returned id unregisters.
    using RootProvider = std::function<void(Visitor&)>;
    uint64_t add_root_provider(RootProvider);
    void remove_root_provider(uint64_t id);
    // Weak processing runs after marking, before sweeping.
    using WeakCallback = std::function<void(Heap&)>;
    uint64_t add_weak_callback(WeakCallback);
    void remove_weak_callback(uint64_t id);
    // Memory owned by cells outside the heap (ArrayBuffer stores): counts toward collection
    // pressure and the heap limit. Negative to release.
    void report_external_memory(std::ptrdiff_t bytes);

    // The highest address of the native stack to scan (the owning thread's stack base). The
    // constructor sets it to the constructing thread's (current_thread_stack_origin() in
    // gc/conservative_roots.h); nullptr turns stack scanning off (for heaps whose owner keeps
    // every cell in root providers, and for tests).
    void set_stack_origin(void const* origin);

    HeapStatistics statistics() const;
    HeapOptions const& options() const;

private:
    friend class HeapImpl;
    static constexpr uint8_t kRememberedFlag = 1;
    void* allocate_raw(size_t size);
    bool is_old(Cell const* cell) const { return is_marked(cell); }
    void remember(Cell*);

    std::unique_ptr<HeapImpl> m_impl;
};

}
