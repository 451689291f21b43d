#pragma once
// BlockHeader: what every piece of GC memory begins with, whether a Block of small cells or a
// LargeAllocation holding one big cell. Both start on a kBlockSize boundary and keep their
// cells' first bytes within their first kBlockSize bytes, so the header of any cell is found by
// masking the cell's address. The mark bitmap lives here so that Heap::is_marked (and with it
// the write barrier) is a mask, a shift and a bit test.
//
// Mark bits are per atom (kAtomSize bytes): a cell's bit is the one of the atom it starts at.
// They are sticky (heap.h): a cell that survived a collection stays marked and counts as old
// until a full collection clears the bits.

#include "gc/bitmap.h"
#include "gc/cell.h"

#include <cstddef>
#include <cstdint>

namespace sable::gc {

inline constexpr size_t kBlockSize = 64 * 1024;
inline constexpr size_t kAtomSize = 16;
inline constexpr size_t kAtomsPerBlock = kBlockSize / kAtomSize;

enum class BlockKind : uint8_t { Small, Large };

class BlockHeader {
public:
    static BlockHeader* of(void const* cell)
    {
        return reinterpret_cast<BlockHeader*>(reinterpret_cast<uintptr_t>(cell) & ~uintptr_t(kBlockSize - 1));
    }
    static size_t atom_index(void const* address)
    {
        return (reinterpret_cast<uintptr_t>(address) & (kBlockSize - 1)) / kAtomSize;
    }

    BlockKind kind() const { return m_kind; }

    bool is_marked(Cell const* cell) const { return m_marks.get(atom_index(cell)); }
    // Marks the cell; returns whether it was marked already.
    bool test_and_set_mark(Cell const* cell) { return m_marks.test_and_set(atom_index(cell)); }
    void clear_marks() { m_marks.clear_all(); }

protected:
    explicit BlockHeader(BlockKind kind)
        : m_kind(kind)
    {
    }

    Bitmap<kAtomsPerBlock> m_marks;
    BlockKind m_kind;
};

}
