#include "gc/marker.h"

#include "gc/block_header.h"
#include "gc/value_bits.h"

#include <cassert>

namespace sable::gc {

void Marker::visit(Cell* cell)
{
    if (!cell || BlockHeader::of(cell)->test_and_set_mark(cell))
        return;
    m_stack.push_back(cell);
}

void Marker::visit_value_bits(uint64_t bits)
{
    if (value_bits_hold_cell(bits))
        visit(reinterpret_cast<Cell*>(value_bits_payload(bits)));
}

void Marker::visit_ephemeron(Cell* key, uint64_t value_bits)
{
    if (!value_bits_hold_cell(value_bits))
        return;
    if (BlockHeader::of(key)->is_marked(key))
        visit_value_bits(value_bits);
    else
        m_pending_ephemerons.push_back({ key, value_bits });
}

void Marker::drain()
{
    do
        drain_stack();
    while (mark_ready_ephemerons());
}

bool Marker::mark_ready_ephemerons()
{
    size_t stack_size = m_stack.size();
    std::erase_if(m_pending_ephemerons, [&](PendingEphemeron const& ephemeron) {
        if (!BlockHeader::of(ephemeron.key)->is_marked(ephemeron.key))
            return false;
        visit_value_bits(ephemeron.value_bits);
        return true;
    });
    return m_stack.size() != stack_size;
}

void Marker::drain_stack()
{
    while (!m_stack.empty()) {
        Cell* cell = m_stack.back();
        m_stack.pop_back();
        ++m_visited_cells;
        size_t kind = size_t(cell->cell_kind());
        assert(kind < m_traits.size());
        if (auto* visit_children = m_traits[kind].visit_children)
            visit_children(cell, *this);
    }
}

}
