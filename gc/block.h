#pragma once
// Block: kBlockSize bytes of cells of one size class (gc/size_classes.h).
//
//   +--------------------------------------------------+  <- kBlockSize-aligned
//   | BlockHeader: mark bits (one per 16-byte atom)     |
//   | allocation bits (one per atom, set at cell starts)|
//   | free intervals, bump cursor, cell size            |
//   +--------------------------------------------------+  <- kBlockFirstCellOffset
//   | cell 0 | cell 1 | ...             | cell n-1 |tail|
//   +--------------------------------------------------+
//
// A cell is allocated while its allocation bit is set. The allocation bits let the
// conservative stack scan tell a live cell from a free one, and let sweeping find dead cells:
// allocated and not marked.
//
// Free cells are handed out by bumping a cursor through a free interval (a run of consecutive
// free cells). Sweeping links the runs through their first cell, so a mostly dead block costs
// one write per run rather than one per cell, and allocation is a compare and an add.

#include "gc/block_header.h"
#include "gc/cell.h"

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <span>

namespace sable::gc {

class Block final : public BlockHeader {
public:
    // Maps a new, empty block; nullptr when the system is out of memory.
    static Block* create(uint32_t cell_size, uint8_t size_class);
    void destroy();
    // Makes an empty block hold cells of another size class.
    void reset(uint32_t cell_size, uint8_t size_class);

    uint32_t cell_size() const { return m_cell_size; }
    uint8_t size_class() const { return m_size_class; }
    // How many cells the block holds.
    size_t cell_capacity() const { return m_cell_capacity; }
    // Whether cells were allocated since the last sweep: only such blocks can hold young cells.
    bool has_new_cells() const { return m_has_new_cells; }

    // Takes the next free cell; nullptr when the block is full.
    Cell* allocate()
    {
        if (m_bump == m_interval_end) [[unlikely]] {
            if (!m_free_intervals)
                return nullptr;
            // Move on to the next run of free cells.
            FreeInterval* interval = m_free_intervals;
            m_free_intervals = interval->next;
            m_interval_end = interval->end;
            m_bump = reinterpret_cast<char*>(interval);
        }
        char* cell = m_bump;
        m_bump += m_cell_size;
        size_t atom = atom_index(cell);
        assert(!m_marks.get(atom)); // a free cell is never marked, or it would look old
        m_allocated.set(atom);
        m_has_new_cells = true;
        return reinterpret_cast<Cell*>(cell);
    }

    bool is_allocated(Cell const* cell) const { return m_allocated.get(atom_index(cell)); }
    // The allocated cell whose bytes contain `address`, or nullptr (conservative scanning).
    Cell* cell_containing(uintptr_t address) const;

    struct SweepResult {
        size_t freed_bytes { 0 };
        size_t live_cells { 0 };
    };
    // Finalizes and frees every allocated cell that is not marked, and rebuilds the free
    // intervals in address order. `finalizers`: whether any kind in `traits` has a finalizer
    // (if none, dead cells are not even read).
    SweepResult sweep(std::span<CellTraits const> traits, bool finalizers);
    // Finalizes every allocated cell (the heap is going away).
    void finalize_all(std::span<CellTraits const> traits);

private:
    // Written into the first cell of each run of free cells.
    struct FreeInterval {
        FreeInterval* next;
        char* end;
    };

    Block(uint32_t cell_size, uint8_t size_class);
    char* first_cell();
    char const* first_cell() const;

    Bitmap<kAtomsPerBlock> m_allocated;
    // Allocation bumps m_bump up to m_interval_end, then takes the next interval.
    char* m_bump { nullptr };
    char* m_interval_end { nullptr };
    FreeInterval* m_free_intervals { nullptr };
    char* m_cells_end { nullptr };
    uint32_t m_cell_size { 0 };
    uint32_t m_cell_capacity { 0 };
    uint8_t m_size_class { 0 };
    bool m_has_new_cells { false };
};

inline constexpr size_t kBlockFirstCellOffset = (sizeof(Block) + kAtomSize - 1) & ~(kAtomSize - 1);
inline constexpr size_t kBlockPayloadSize = kBlockSize - kBlockFirstCellOffset;

inline char* Block::first_cell() { return reinterpret_cast<char*>(this) + kBlockFirstCellOffset; }
inline char const* Block::first_cell() const { return reinterpret_cast<char const*>(this) + kBlockFirstCellOffset; }

}
