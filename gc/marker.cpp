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

void Marker::drain()
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
