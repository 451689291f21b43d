#pragma once
// Marker: the Visitor that marks. Marking a cell sets its mark bit and pushes it on an
// explicit mark stack; drain() pops cells and visits their children until the stack is empty.
// No recursion, so a linked list a million cells long needs a million stack entries of heap
// memory, not a million native frames.
//
// A cell already marked is not pushed again. In a young collection that is what keeps old
// cells (marked by earlier collections) from being traced: the old-to-young edges come from
// the remembered set instead, through push_for_rescan().

#include "gc/cell.h"
#include "gc/heap.h"

#include <cstddef>
#include <span>
#include <vector>

namespace sable::gc {

class Marker final : public Visitor {
public:
    explicit Marker(std::span<CellTraits const> traits)
        : m_traits(traits)
    {
    }

    void visit(Cell* cell) override;
    void visit_value_bits(uint64_t bits) override;

    // Queues a marked (old) cell so that its children are visited again.
    void push_for_rescan(Cell* cell) { m_stack.push_back(cell); }
    // Visits children until nothing is left to mark.
    void drain();

    size_t visited_cells() const { return m_visited_cells; }

private:
    std::span<CellTraits const> m_traits;
    std::vector<Cell*> m_stack;
    size_t m_visited_cells { 0 };
};

}
