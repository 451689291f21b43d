#pragma once
// LargeAllocation: one cell above the largest size class, in memory of its own. It begins on
// a kBlockSize boundary with the same BlockHeader as a Block, and its cell starts right after
// the header, so BlockHeader::of(cell) and the mark bit work the same for both. Allocated
// cells spanning several kBlockSize chunks are registered in the BlockSet chunk by chunk, so
// interior pointers anywhere in the cell find it.

#include "gc/block_header.h"
#include "gc/cell.h"

#include <cstddef>
#include <cstdint>

namespace sable::gc {

class LargeAllocation final : public BlockHeader {
public:
    // Maps memory for a cell of `cell_size` bytes; nullptr when the system is out of memory.
    static LargeAllocation* create(size_t cell_size);
    void destroy();

    Cell* cell();
    size_t cell_size() const { return m_cell_size; }
    // Bytes mapped for it, header included.
    size_t mapped_size() const { return m_mapped_size; }
    // The cell if `address` lies within it, else nullptr (conservative scanning).
    Cell* cell_containing(uintptr_t address);

private:
    LargeAllocation(size_t cell_size, size_t mapped_size);

    size_t m_cell_size;
    size_t m_mapped_size;
};

inline constexpr size_t kLargeCellOffset = (sizeof(LargeAllocation) + kAtomSize - 1) & ~(kAtomSize - 1);

inline Cell* LargeAllocation::cell()
{
    return reinterpret_cast<Cell*>(reinterpret_cast<char*>(this) + kLargeCellOffset);
}

}
