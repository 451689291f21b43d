#pragma once
// PropertyTable: the keys of a shape's named properties, each with its slot and attributes,
// in creation order (which is OrdinaryOwnPropertyKeys order for strings and for symbols).
//
// Shared shapes (see shape.h) share one table along a transition chain: a shape with n
// properties reads the first n entries, and adding a property to a shape whose n equals the
// table's length appends in place, so the entries a shape reads never change. A shape whose n is
// shorter (a branch in the transition tree), or whose table is full, copies. In a shared table,
// entry i uses slot i.
//
// A dictionary-mode shape owns its table and changes it in place: removed entries stay as
// tombstones (keeping creation order without moving entries) until the owner compacts the
// table, renumbering slots.
//
// Lookup scans linearly while the capacity is at most kLinearSearchLimit; bigger tables carry an
// open-addressing index (entry positions, by PropertyKey::hash) after the entries. Entries are
// appended, never reordered, so the index of a shared table serves every shape reading it: a hit
// at a position past the shape's count is a miss for that shape.

#include "gc/cell.h"
#include "runtime/property_attributes.h"
#include "runtime/property_key.h"

#include <cassert>
#include <cstdint>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class PropertyTable final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::PropertyTable;
    static constexpr uint32_t kLinearSearchLimit = 8;
    static constexpr uint32_t kNotFound = UINT32_MAX;

    struct Entry {
        PropertyKey key;
        uint32_t slot;
        PropertyAttributes attributes;
        bool removed;
    };
    static_assert(sizeof(Entry) == 16);

    static PropertyTable* create(gc::Heap&, uint32_t capacity);
    // A new table with room for `capacity` entries holding the live entries among the first
    // `count` of `source`, with their slots.
    static PropertyTable* copy(gc::Heap&, PropertyTable const& source, uint32_t count, uint32_t capacity);
    // A new table with room for `capacity` entries holding the live entries of `source` in order,
    // their slots renumbered 0, 1, 2... (the owner moves its values to match; since live slots
    // increase with position in a dictionary table, each value moves to a lower or equal slot).
    static PropertyTable* compact(gc::Heap&, PropertyTable const& source, uint32_t capacity);

    uint32_t capacity() const { return m_cell_data; }
    // Entries in use, removed ones included.
    uint32_t length() const { return m_length; }
    uint32_t removed_count() const { return m_removed; }
    uint32_t live_count() const { return m_length - m_removed; }
    bool is_full() const { return m_length == capacity(); }
    // One more than the highest slot a live entry uses.
    uint32_t slot_count() const { return m_slot_count; }

    // The position of the live entry for `key` among the first `limit` entries, or kNotFound.
    uint32_t find(PropertyKey key, uint32_t limit) const;
    Entry const& entry(uint32_t position) const
    {
        assert(position < m_length);
        return entries()[position];
    }

    // Appends an entry (the table must not be full) and records the key's cell for the collector.
    void append(gc::Heap&, PropertyKey, uint32_t slot, PropertyAttributes);
    void set_attributes(uint32_t position, PropertyAttributes attributes)
    {
        assert(position < m_length && !entries()[position].removed);
        entries()[position].attributes = attributes;
    }
    // Dictionary tables only: turns the entry into a tombstone.
    void remove(uint32_t position);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    static constexpr uint32_t kEmptyIndexSlot = UINT32_MAX;

    PropertyTable(uint32_t capacity, uint32_t index_capacity);
    static uint32_t index_capacity_for(uint32_t capacity);

    Entry* entries() { return reinterpret_cast<Entry*>(this + 1); }
    Entry const* entries() const { return reinterpret_cast<Entry const*>(this + 1); }
    uint32_t* index() { return reinterpret_cast<uint32_t*>(entries() + capacity()); }
    uint32_t const* index() const { return reinterpret_cast<uint32_t const*>(entries() + capacity()); }
    bool has_index() const { return m_index_mask != 0; }
    void index_insert(PropertyKey, uint32_t position);

    uint32_t m_length { 0 };
    uint32_t m_removed { 0 };
    uint32_t m_slot_count { 0 };
    // Index capacity - 1; 0 when lookups are linear.
    uint32_t m_index_mask { 0 };
};
static_assert(sizeof(PropertyTable) == 24);

}
