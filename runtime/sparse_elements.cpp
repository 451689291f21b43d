#include "runtime/sparse_elements.h"

#include <algorithm>
#include <bit>

namespace sable::runtime {

SparseElements::SparseElements(uint32_t capacity)
    : gc::Cell(kKind)
{
    m_cell_data = capacity;
    std::fill_n(entries(), capacity, Entry { 0, PropertyAttributes(), kFree, Value::undefined() });
}

SparseElements* SparseElements::create(gc::Heap& heap, uint32_t count)
{
    // At most three quarters full.
    uint32_t capacity = std::bit_ceil(std::max(8u, count + count / 3 + 2));
    return heap.allocate_with_size<SparseElements>(sizeof(SparseElements) + size_t(capacity) * sizeof(Entry), capacity);
}

SparseElements* SparseElements::grow(gc::Heap& heap, SparseElements const& source)
{
    SparseElements* table = create(heap, std::max(8u, source.m_count * 2));
    source.for_each([&](Entry const& entry) { table->insert(heap, entry.index, entry.value, entry.attributes); });
    return table;
}

SparseElements::Entry* SparseElements::find(uint32_t index)
{
    for (uint32_t i = hash(index) & mask();; i = (i + 1) & mask()) {
        Entry& entry = entries()[i];
        if (entry.state == kFree)
            return nullptr;
        if (entry.state == kUsed && entry.index == index)
            return &entry;
    }
}

void SparseElements::insert(gc::Heap& heap, uint32_t index, Value value, PropertyAttributes attributes)
{
    assert(!is_full() && !find(index));
    uint32_t i = hash(index) & mask();
    while (entries()[i].state == kUsed)
        i = (i + 1) & mask();
    Entry& entry = entries()[i];
    if (entry.state == kRemoved)
        --m_removed;
    entry = Entry { index, attributes, kUsed, value };
    ++m_count;
    heap.write_barrier_value(this, value.bits());
}

void SparseElements::remove(Entry* entry)
{
    assert(entry->state == kUsed);
    entry->state = kRemoved;
    entry->value = Value::undefined();
    --m_count;
    ++m_removed;
}

void SparseElements::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* table = static_cast<SparseElements*>(cell);
    table->for_each([&](Entry const& entry) { visitor.visit_value_bits(entry.value.bits()); });
}

}
