#include "gc/large_allocation.h"

#include "gc/aligned_memory.h"

#include <new>

namespace sable::gc {

LargeAllocation::LargeAllocation(size_t cell_size, size_t mapped_size)
    : BlockHeader(BlockKind::Large)
    , m_cell_size(cell_size)
    , m_mapped_size(mapped_size)
{
}

LargeAllocation* LargeAllocation::create(size_t cell_size)
{
    if (cell_size > (size_t(1) << 46))
        return nullptr;
    size_t mapped_size = round_up_to_pages(kLargeCellOffset + cell_size);
    void* memory = map_aligned(mapped_size);
    if (!memory)
        return nullptr;
    return new (memory) LargeAllocation(cell_size, mapped_size);
}

void LargeAllocation::destroy()
{
    size_t size = m_mapped_size;
    this->~LargeAllocation();
    unmap_aligned(this, size);
}

Cell* LargeAllocation::cell_containing(uintptr_t address)
{
    auto start = reinterpret_cast<uintptr_t>(cell());
    if (address < start || address - start >= m_cell_size)
        return nullptr;
    return cell();
}

}
