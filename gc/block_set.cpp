#include "gc/block_set.h"

#include <algorithm>
#include <bit>
#include <cassert>

namespace sable::gc {

void BlockSet::add(BlockHeader* header, size_t size)
{
    auto start = reinterpret_cast<uintptr_t>(header);
    assert(start % kBlockSize == 0);
    for (uintptr_t address = start; address < start + size; address += kBlockSize)
        insert(address / kBlockSize, header);
    m_lowest = std::min(m_lowest, start);
    m_highest = std::max(m_highest, (start + size + kBlockSize - 1) & ~uintptr_t(kBlockSize - 1));
}

void BlockSet::remove(BlockHeader* header, size_t size)
{
    auto start = reinterpret_cast<uintptr_t>(header);
    for (uintptr_t address = start; address < start + size; address += kBlockSize)
        erase(address / kBlockSize);
}

void BlockSet::insert(uintptr_t chunk, BlockHeader* header)
{
    if ((m_count + 1) * 2 > m_table.size())
        grow();
    size_t i = home(chunk);
    while (m_table[i].header) {
        assert(m_table[i].chunk != chunk);
        i = (i + 1) & mask();
    }
    m_table[i] = { chunk, header };
    ++m_count;
}

void BlockSet::erase(uintptr_t chunk)
{
    size_t i = home(chunk);
    while (m_table[i].chunk != chunk || !m_table[i].header) {
        assert(m_table[i].header);
        i = (i + 1) & mask();
    }
    // Backward-shift deletion: pull later entries of the probe run into the hole when their
    // home position does not lie (cyclically) between the hole and themselves.
    for (size_t j = (i + 1) & mask(); m_table[j].header; j = (j + 1) & mask()) {
        size_t k = home(m_table[j].chunk);
        bool stays = (i <= j) ? (i < k && k <= j) : (i < k || k <= j);
        if (stays)
            continue;
        m_table[i] = m_table[j];
        i = j;
    }
    m_table[i] = {};
    --m_count;
}

void BlockSet::grow()
{
    std::vector<Entry> old = std::move(m_table);
    size_t capacity = std::max<size_t>(64, old.size() * 2);
    m_table.assign(capacity, Entry {});
    m_shift = 64 - unsigned(std::countr_zero(capacity));
    m_count = 0;
    for (Entry const& entry : old) {
        if (entry.header)
            insert(entry.chunk, entry.header);
    }
}

}
