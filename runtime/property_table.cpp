#include "runtime/property_table.h"

#include "gc/heap.h"

#include <algorithm>
#include <bit>

namespace sable::runtime {

uint32_t PropertyTable::index_capacity_for(uint32_t capacity)
{
    if (capacity <= kLinearSearchLimit)
        return 0;
    // At most half full.
    return std::bit_ceil(capacity * 2);
}

PropertyTable::PropertyTable(uint32_t capacity, uint32_t index_capacity)
    : gc::Cell(kKind)
{
    m_cell_data = capacity;
    m_index_mask = index_capacity ? index_capacity - 1 : 0;
    if (index_capacity)
        std::fill_n(index(), index_capacity, kEmptyIndexSlot);
}

PropertyTable* PropertyTable::create(gc::Heap& heap, uint32_t capacity)
{
    uint32_t index_capacity = index_capacity_for(capacity);
    size_t size = sizeof(PropertyTable) + size_t(capacity) * sizeof(Entry) + size_t(index_capacity) * sizeof(uint32_t);
    return heap.allocate_with_size<PropertyTable>(size, capacity, index_capacity);
}

PropertyTable* PropertyTable::copy(gc::Heap& heap, PropertyTable const& source, uint32_t count, uint32_t capacity)
{
    assert(count <= source.length());
    PropertyTable* table = create(heap, capacity);
    // The new table is young: appending needs no write barrier, but append() is cheap enough.
    for (uint32_t i = 0; i < count; ++i) {
        Entry const& entry = source.entries()[i];
        if (!entry.removed)
            table->append(heap, entry.key, entry.slot, entry.attributes);
    }
    return table;
}

PropertyTable* PropertyTable::compact(gc::Heap& heap, PropertyTable const& source, uint32_t capacity)
{
    assert(capacity >= source.live_count());
    PropertyTable* table = create(heap, capacity);
    uint32_t slot = 0;
    for (uint32_t i = 0; i < source.length(); ++i) {
        Entry const& entry = source.entries()[i];
        if (entry.removed)
            continue;
        assert(entry.slot >= slot);
        table->append(heap, entry.key, slot++, entry.attributes);
    }
    return table;
}

uint32_t PropertyTable::find(PropertyKey key, uint32_t limit) const
{
    Entry const* entries = this->entries();
    if (!has_index()) {
        // Fast path: small tables are scanned (keys compare by their bits).
        uint32_t end = std::min(limit, m_length);
        for (uint32_t i = 0; i < end; ++i) {
            if (entries[i].key == key && !entries[i].removed)
                return i;
        }
        return kNotFound;
    }
    uint32_t const* index = this->index();
    for (uint32_t i = key.hash() & m_index_mask;; i = (i + 1) & m_index_mask) {
        uint32_t position = index[i];
        if (position == kEmptyIndexSlot)
            return kNotFound;
        // A removed entry may share its key with a later live one: keep probing past it.
        if (entries[position].key == key && !entries[position].removed)
            return position < limit ? position : kNotFound;
    }
}

void PropertyTable::index_insert(PropertyKey key, uint32_t position)
{
    uint32_t* index = this->index();
    uint32_t i = key.hash() & m_index_mask;
    while (index[i] != kEmptyIndexSlot)
        i = (i + 1) & m_index_mask;
    index[i] = position;
}

void PropertyTable::append(gc::Heap& heap, PropertyKey key, uint32_t slot, PropertyAttributes attributes)
{
    assert(!is_full());
    uint32_t position = m_length++;
    entries()[position] = Entry { key, slot, attributes, false };
    m_slot_count = std::max(m_slot_count, slot + 1);
    if (has_index())
        index_insert(key, position);
    heap.write_barrier(this, key.as_cell());
}

void PropertyTable::remove(uint32_t position)
{
    Entry& entry = entries()[position];
    assert(!entry.removed);
    entry.removed = true;
    ++m_removed;
    // The slot count only shrinks when the last slot goes (live slots increase with position).
    if (entry.slot + 1 == m_slot_count) {
        m_slot_count = 0;
        for (uint32_t i = position; i-- > 0;) {
            if (!entries()[i].removed) {
                m_slot_count = entries()[i].slot + 1;
                break;
            }
        }
    }
}

void PropertyTable::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* table = static_cast<PropertyTable*>(cell);
    Entry const* entries = table->entries();
    // Removed entries keep their keys alive too (until compaction): their keys still steer probes.
    for (uint32_t i = 0; i < table->m_length; ++i)
        visitor.visit(entries[i].key.as_cell());
}

}
