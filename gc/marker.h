#pragma once
// Marker: the Visitor that marks. Marking a cell sets its mark bit and pushes it on an
// explicit mark stack; drain() pops cells and visits their children until the stack is empty.
// No recursion, so a linked list a million cells long needs a million stack entries of heap
// memory, not a million native frames.
//
// Ephemerons (WeakMap entries) whose key is not marked yet wait in a list; once the stack is
// empty, those whose key got marked meanwhile have their value marked, and marking resumes,
// until a round marks nothing new. The values left waiting are unreachable: their entries are
// dropped by weak processing.
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
    void visit_ephemeron(Cell* key, uint64_t value_bits) override;

    // Queues a marked (old) cell so that its children are visited again.
    void push_for_rescan(Cell* cell) { m_stack.push_back(cell); }
    // Visits children (and the values of ephemerons whose key is marked) until nothing is
    // left to mark.
    void drain();

    size_t visited_cells() const { return m_visited_cells; }

private:
    struct PendingEphemeron {
        Cell* key;
        uint64_t value_bits;
    };

    void drain_stack();
    // Marks the values of the pending ephemerons whose key is now marked; false if none was.
    bool mark_ready_ephemerons();

    std::span<CellTraits const> m_traits;
    std::vector<Cell*> m_stack;
    std::vector<PendingEphemeron> m_pending_ephemerons;
    size_t m_visited_cells { 0 };
};

}
