#pragma once
// PropertyKeyList: the List of property keys that [[OwnPropertyKeys]] returns, as a cell. The
// caller holds it in a local, so the conservative stack scan keeps it, and it keeps its atoms
// and symbols, alive even if the object loses those properties while the caller walks the list
// (for-in, Object.keys, and property copying all run user code between keys).

#include "gc/cell.h"
#include "runtime/property_key.h"

#include <cassert>
#include <cstdint>
#include <span>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class PropertyKeyList final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::PropertyKeyList;

    // A list of `size` keys, each an index 0 until set.
    static PropertyKeyList* create(gc::Heap&, uint32_t size);

    uint32_t size() const { return m_cell_data; }
    PropertyKey at(uint32_t index) const
    {
        assert(index < size());
        return keys()[index];
    }
    void set(gc::Heap&, uint32_t index, PropertyKey);
    std::span<PropertyKey const> keys_span() const { return { keys(), size() }; }
    PropertyKey const* begin() const { return keys(); }
    PropertyKey const* end() const { return keys() + size(); }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    explicit PropertyKeyList(uint32_t size);

    PropertyKey* keys() { return reinterpret_cast<PropertyKey*>(this + 1); }
    PropertyKey const* keys() const { return reinterpret_cast<PropertyKey const*>(this + 1); }

    // Pads the header to 16 bytes, so the keys that follow are aligned.
    uint32_t m_reserved[2] { 0, 0 };
};
static_assert(sizeof(PropertyKeyList) == 16);

}
