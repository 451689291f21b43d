#pragma once
// ValueArray: a fixed-capacity run of Values in one cell. Objects use it for their out-of-line
// property slots and for dense (packed or holey) indexed elements. Unused entries hold a filler
// (undefined for slots, the empty Value, i.e. a hole, for elements), so the whole capacity can
// be traced without knowing what is in use. `size` is the owner's bookkeeping (for elements:
// the number of entries in use, holes included).

#include "gc/cell.h"
#include "gc/heap.h"
#include "runtime/value.h"

#include <cassert>
#include <cstdint>
#include <span>

namespace sable::runtime {

class ValueArray final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ValueArray;
    // Beyond this a dense store is not worth it (the owner switches to sparse storage).
    static constexpr uint32_t kMaxCapacity = (1u << 27);

    // A ValueArray of `capacity` entries holding `fill`.
    static ValueArray* create(gc::Heap&, uint32_t capacity, Value fill);
    // A new ValueArray of `capacity` entries holding the first `count` entries of `source` (may be
    // null when count is 0), then `fill`. The size is copied (clamped to count).
    static ValueArray* copy(gc::Heap&, ValueArray const* source, uint32_t count, uint32_t capacity, Value fill);

    uint32_t capacity() const { return m_cell_data; }
    uint32_t size() const { return m_size; }
    void set_size(uint32_t size)
    {
        assert(size <= capacity());
        m_size = size;
    }

    Value at(uint32_t index) const
    {
        assert(index < capacity());
        return values()[index];
    }
    // Stores and records the store for the collector.
    void set(gc::Heap& heap, uint32_t index, Value value)
    {
        assert(index < capacity());
        values()[index] = value;
        heap.write_barrier_value(this, value.bits());
    }
    // Stores a Value that holds no cell (a number, a boolean, a hole...): no barrier needed.
    void set_non_cell(uint32_t index, Value value)
    {
        assert(index < capacity() && !value.is_cell());
        values()[index] = value;
    }

    // The first `size()` entries, e.g. as a call's argument list.
    std::span<Value const> used() const { return { values(), m_size }; }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ValueArray(uint32_t capacity, Value fill);

    Value* values() { return reinterpret_cast<Value*>(this + 1); }
    Value const* values() const { return reinterpret_cast<Value const*>(this + 1); }

    uint32_t m_size { 0 };
    uint32_t m_reserved { 0 };
};
static_assert(sizeof(ValueArray) == 16);

}
