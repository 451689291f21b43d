#pragma once
// BlockSet: answers "is this address inside GC memory, and whose?" for the conservative stack
// scan. It maps every kBlockSize chunk of every Block and LargeAllocation to its header, in an
// open-addressing hash table (linear probing, backward-shift deletion) behind a cheap range
// check, so the many stack words that are not heap pointers are rejected quickly.

#include "gc/block_header.h"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace sable::gc {

class BlockSet {
public:
    // Registers each chunk of [header, header + size).
    void add(BlockHeader* header, size_t size);
    void remove(BlockHeader* header, size_t size);

    // The header of the memory containing `address`, or nullptr.
    BlockHeader* find(uintptr_t address) const
    {
        if (address < m_lowest || address >= m_highest)
            return nullptr;
        uintptr_t chunk = address / kBlockSize;
        for (size_t i = home(chunk);; i = (i + 1) & mask()) {
            Entry const& entry = m_table[i];
            if (!entry.header)
                return nullptr;
            if (entry.chunk == chunk)
                return entry.header;
        }
    }
    size_t chunk_count() const { return m_count; }

private:
    struct Entry {
        uintptr_t chunk { 0 };
        BlockHeader* header { nullptr };
    };

    size_t mask() const { return m_table.size() - 1; }
    size_t home(uintptr_t chunk) const { return size_t((chunk * 0x9E3779B97F4A7C15ull) >> m_shift); }
    void insert(uintptr_t chunk, BlockHeader* header);
    void erase(uintptr_t chunk);
    void grow();

    std::vector<Entry> m_table;
    size_t m_count { 0 };
    unsigned m_shift { 64 };
    // Bounds of every chunk ever added (never shrunk: only a fast reject).
    uintptr_t m_lowest { UINTPTR_MAX };
    uintptr_t m_highest { 0 };
};

}
