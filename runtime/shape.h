#pragma once
// Shape: the hidden class of an object (DESIGN.md decision 4). A shape fixes everything about an
// object except its property values: its [[Prototype]], its kind (which internal methods it
// uses), whether it is extensible, and its named properties (key -> slot and attributes, in
// creation order). Objects built the same way reach the same shape, so an inline cache that has
// seen a shape knows where a property lives, what the prototype is and which internal methods
// apply, from one pointer comparison.
//
// Shared shapes are immutable and made by transitions (add a property, change a property's
// attributes, change the prototype, prevent extensions), each cached in the VM's
// ShapeTransitions table so that the same transition from the same shape gives the same shape.
// Shared shapes along a chain share one append-only PropertyTable (see property_table.h).
//
// An object that churns (deletes a property, or grows past kMaxSharedProperties) switches to
// dictionary mode: it gets a shape of its own, whose table it changes in place. Inline caches
// must not cache dictionary shapes (their contents change without the pointer changing).
//
// Indexed properties (array indices) are not in shapes: objects keep them apart (object.h).

#include "gc/cell.h"
#include "runtime/object_internal_methods.h"
#include "runtime/property_attributes.h"
#include "runtime/property_key.h"
#include "runtime/property_table.h"

#include <cstdint>
#include <optional>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class Object;

class Shape final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::Shape;
    // Adding a property to a shared shape with this many properties switches the object to
    // dictionary mode (objects used as hash maps should not grow the transition tree).
    static constexpr uint32_t kMaxSharedProperties = 64;

    struct Property {
        uint32_t slot;
        PropertyAttributes attributes;
        // The entry's position in table(), for changing it.
        uint32_t position;
    };

    Object* prototype() const { return m_prototype; }
    ObjectKind object_kind() const { return ObjectKind(m_flags & kKindMask); }
    bool is_extensible() const { return !(m_flags & kNonExtensibleFlag); }
    bool is_dictionary() const { return m_flags & kDictionaryFlag; }
    // Live named properties.
    uint32_t property_count() const { return is_dictionary() ? m_table->live_count() : m_cell_data; }
    // Slots an object of this shape uses (slot numbers are below this).
    uint32_t slot_count() const { return is_dictionary() ? m_table->slot_count() : m_cell_data; }
    // Null for a shape without properties.
    PropertyTable* table() const { return m_table; }
    // The shape this one was made from by a transition (null for root and dictionary shapes).
    // Held strongly: a live shape keeps its chain, and so the transitions that lead to it, alive,
    // so objects built the same way after a collection still arrive at the same shape.
    Shape* parent() const { return m_parent; }

    std::optional<Property> lookup(PropertyKey key) const
    {
        if (!m_table)
            return std::nullopt;
        uint32_t position = m_table->find(key, is_dictionary() ? m_table->length() : m_cell_data);
        if (position == PropertyTable::kNotFound)
            return std::nullopt;
        auto const& entry = m_table->entry(position);
        return Property { entry.slot, entry.attributes, position };
    }

    // The property at `position` of table() if that entry is this shape's, live, and `key`'s:
    // checks a position remembered from an earlier lookup (dictionary tables change in place).
    std::optional<Property> property_at(uint32_t position, PropertyKey key) const
    {
        if (!m_table || position >= (is_dictionary() ? m_table->length() : m_cell_data))
            return std::nullopt;
        auto const& entry = m_table->entry(position);
        if (entry.removed || entry.key != key)
            return std::nullopt;
        return Property { entry.slot, entry.attributes, position };
    }

    // Calls f(PropertyKey, slot, PropertyAttributes) for each named property in creation order.
    template<typename F>
    void for_each_property(F&& f) const
    {
        if (!m_table)
            return;
        uint32_t end = is_dictionary() ? m_table->length() : m_cell_data;
        for (uint32_t i = 0; i < end; ++i) {
            auto const& entry = m_table->entry(i);
            if (!entry.removed)
                f(entry.key, entry.slot, entry.attributes);
        }
    }

    // Making shared shapes. Use ShapeTransitions (which caches them) rather than these directly.
    static Shape* create_root(gc::Heap&, Object* prototype, ObjectKind);
    static Shape* create_with_added_property(gc::Heap&, Shape* from, PropertyKey, PropertyAttributes);
    static Shape* create_with_changed_attributes(gc::Heap&, Shape* from, uint32_t position, PropertyAttributes);
    static Shape* create_with_prototype(gc::Heap&, Shape* from, Object* prototype);
    static Shape* create_non_extensible(gc::Heap&, Shape* from);

    // A dictionary-mode copy of `from`, owned by one object. Its table has room for at least
    // `extra_capacity` more properties.
    static Shape* create_dictionary(gc::Heap&, Shape* from, uint32_t extra_capacity = 0);

    // Changing a dictionary shape in place (only the object that owns it may).
    // Appends a property and returns its slot; the table must not be full.
    uint32_t dictionary_add(gc::Heap&, PropertyKey, PropertyAttributes);
    void dictionary_remove(uint32_t position);
    void dictionary_set_attributes(uint32_t position, PropertyAttributes);
    void dictionary_set_prototype(gc::Heap&, Object* prototype);
    void dictionary_prevent_extensions();
    void dictionary_replace_table(gc::Heap&, PropertyTable*);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    static constexpr uint32_t kKindMask = 0xFF;
    static constexpr uint32_t kDictionaryFlag = 1u << 8;
    static constexpr uint32_t kNonExtensibleFlag = 1u << 9;

    Shape(Shape* parent, Object* prototype, PropertyTable* table, uint32_t property_count, uint32_t flags)
        : gc::Cell(kKind)
        , m_parent(parent)
        , m_prototype(prototype)
        , m_table(table)
        , m_flags(flags)
    {
        // Shared shapes: the number of table entries this shape reads (they are all live).
        m_cell_data = property_count;
    }

    Shape* m_parent;
    Object* m_prototype;
    PropertyTable* m_table;
    uint32_t m_flags;
};
static_assert(sizeof(Shape) == 40);

}
