#pragma once
// SparseElements: indexed properties kept as a hash table, index -> (value, attributes). An
// object's elements become sparse when one of them gets attributes other than writable,
// enumerable and configurable (or becomes an accessor), or when an index lands far past the end
// of its dense store (`a[4e9] = 1` must not allocate 4e9 slots).
//
// Open addressing with linear probing; removed entries leave tombstones until the next rehash.
// The owner grows the table (grow() makes a bigger copy) when insert would overfill it.

#include "gc/cell.h"
#include "gc/heap.h"
#include "runtime/property_attributes.h"
#include "runtime/value.h"

#include <cassert>
#include <cstdint>

namespace sable::runtime {

class SparseElements final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::SparseElements;

    struct Entry {
        uint32_t index;
        PropertyAttributes attributes;
        uint8_t state; // kFree, kUsed or kRemoved
        Value value;   // for an accessor element, its Accessor cell (see accessor.h)
    };
    static_assert(sizeof(Entry) == 16);
    static constexpr uint8_t kFree = 0;
    static constexpr uint8_t kUsed = 1;
    static constexpr uint8_t kRemoved = 2;

    // Room for at least `count` elements before growing.
    static SparseElements* create(gc::Heap&, uint32_t count);
    // A copy with room for twice as many elements (tombstones dropped).
    static SparseElements* grow(gc::Heap&, SparseElements const&);

    uint32_t count() const { return m_count; }
    uint32_t capacity() const { return m_cell_data; }
    // Whether inserting one more element needs grow() first.
    bool is_full() const { return (m_count + m_removed + 1) * 4 > capacity() * 3; }

    Entry* find(uint32_t index);
    Entry const* find(uint32_t index) const { return const_cast<SparseElements*>(this)->find(index); }
    // Inserts an element that is not present (the table must not be full).
    void insert(gc::Heap&, uint32_t index, Value value, PropertyAttributes);
    void set(gc::Heap& heap, Entry* entry, Value value, PropertyAttributes attributes)
    {
        entry->value = value;
        entry->attributes = attributes;
        heap.write_barrier_value(this, value.bits());
    }
    void remove(Entry*);

    // Calls f(Entry const&) for each element, in no particular order.
    template<typename F>
    void for_each(F&& f) const
    {
        for (uint32_t i = 0; i < capacity(); ++i) {
            if (entries()[i].state == kUsed)
                f(entries()[i]);
        }
    }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    explicit SparseElements(uint32_t capacity);

    Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
    Entry const* entries() const { return reinterpret_cast<Entry const*>(this + 1); }
    uint32_t mask() const { return capacity() - 1; }
    static uint32_t hash(uint32_t index) { return uint32_t((uint64_t(index) * 0x9E3779B97F4A7C15ull) >> 32); }

    uint32_t m_count { 0 };
    uint32_t m_removed { 0 };
};
static_assert(sizeof(SparseElements) == 16);

}
