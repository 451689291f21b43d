#pragma once
// ConservativeRoots: the cells that words of native memory might point to (DESIGN.md decision
// 8). Native code may keep raw Cell pointers, or Values holding them, in locals and registers,
// so the collector reads the thread's stack word by word and keeps alive every allocated cell
// a word could refer to. Each aligned word counts twice over:
//   - as a raw pointer, and
//   - as a NaN-boxed Value: a cell tag means the low 47 bits are the pointer;
// a pointer anywhere inside a cell (an interior pointer) counts for the cell. Words that only
// look like pointers keep garbage alive a little longer; they never cause harm, since cells
// never move.

#include "gc/block_set.h"
#include "gc/cell.h"

#include <cstdint>
#include <vector>

namespace sable::gc {

// The highest address of the calling thread's stack (its base, where scanning stops).
void const* current_thread_stack_origin();

// Zeroes `bytes` of the stack below the caller's frame: the words that frames which returned
// left there. Call it where execution starts again at a depth earlier code reached (between
// jobs), so that stale copies of pointers in frames not yet written do not keep cells alive.
void clear_unused_stack(size_t bytes = 32 * 1024);

class ConservativeRoots {
public:
    explicit ConservativeRoots(BlockSet const& blocks)
        : m_blocks(blocks)
    {
    }

    // Every 8-byte-aligned word of [begin, end).
    void add_range(void const* begin, void const* end);
    // Spills the registers, then scans the current thread's stack from the stack pointer up to
    // `origin` (from set_stack_origin / current_thread_stack_origin).
    void add_current_thread_stack(void const* origin);

    // The cells found, possibly repeated.
    std::vector<Cell*> const& cells() const { return m_cells; }

private:
    void add_word(uintptr_t word);
    void scan_stack_from_here(void const* origin);

    BlockSet const& m_blocks;
    std::vector<Cell*> m_cells;
};

}
