#include "gc/block.h"

#include "gc/aligned_memory.h"

#include <bit>
#include <cassert>
#include <cstring>
#include <new>

namespace sable::gc {

Block::Block(uint32_t cell_size, uint8_t size_class)
    : BlockHeader(BlockKind::Small)
{
    reset(cell_size, size_class);
}

Block* Block::create(uint32_t cell_size, uint8_t size_class)
{
    void* memory = map_aligned(kBlockSize);
    if (!memory)
        return nullptr;
    return new (memory) Block(cell_size, size_class);
}

void Block::destroy()
{
    this->~Block();
    unmap_aligned(this, kBlockSize);
}

void Block::reset(uint32_t cell_size, uint8_t size_class)
{
    assert(cell_size % kAtomSize == 0 && cell_size <= kBlockPayloadSize);
    m_marks.clear_all();
    m_allocated.clear_all();
    m_cell_size = cell_size;
    m_size_class = size_class;
    m_cell_capacity = uint32_t(kBlockPayloadSize / cell_size);
    m_cells_end = first_cell() + m_cell_capacity * cell_size;
    // One interval: the whole block.
    m_bump = first_cell();
    m_interval_end = m_cells_end;
    m_free_intervals = nullptr;
    m_has_new_cells = false;
}

Cell* Block::cell_containing(uintptr_t address) const
{
    auto first = reinterpret_cast<uintptr_t>(first_cell());
    if (address < first || address >= reinterpret_cast<uintptr_t>(m_cells_end))
        return nullptr;
    uintptr_t start = first + (address - first) / m_cell_size * m_cell_size;
    auto* cell = reinterpret_cast<Cell*>(start);
    return is_allocated(cell) ? cell : nullptr;
}

Block::SweepResult Block::sweep(std::span<CellTraits const> traits, bool finalizers)
{
    // Word by word over the bitmaps: dead = allocated and not marked. Marks are only ever set
    // on allocated cells, so afterwards the allocation bits are exactly the marks.
    SweepResult result;
    size_t dead_cells = 0;
    for (size_t w = 0; w < decltype(m_allocated)::kWords; ++w) {
        uint64_t dead = m_allocated.word(w) & ~m_marks.word(w);
        if (!dead)
            continue;
        dead_cells += size_t(std::popcount(dead));
        m_allocated.set_word(w, m_allocated.word(w) & ~dead);
        // 1. Let each dead cell's kind release what it owns outside the heap.
        Bitmap<kAtomsPerBlock>::for_each_bit_of(dead, w, [&](size_t atom) {
            char* cell = reinterpret_cast<char*>(this) + atom * kAtomSize;
            if (finalizers) {
                auto* dead_cell = reinterpret_cast<Cell*>(cell);
                assert(size_t(dead_cell->cell_kind()) < traits.size());
                if (auto* finalize = traits[size_t(dead_cell->cell_kind())].finalize)
                    finalize(dead_cell);
            }
#ifndef NDEBUG
            // Scribble over dead cells so that a dangling pointer fails loudly.
            std::memset(cell, 0xDB, m_cell_size);
#endif
        });
    }
    result.freed_bytes = dead_cells * m_cell_size;

    // 2. The free intervals are the gaps between live cells, in address order.
    FreeInterval* head = nullptr;
    FreeInterval** tail = &head;
    auto add_interval = [&](char* begin, char* end) {
        auto* interval = reinterpret_cast<FreeInterval*>(begin);
        interval->next = nullptr;
        interval->end = end;
        *tail = interval;
        tail = &interval->next;
    };
    char* run = first_cell();
    for (size_t w = 0; w < decltype(m_allocated)::kWords; ++w) {
        Bitmap<kAtomsPerBlock>::for_each_bit_of(m_allocated.word(w), w, [&](size_t atom) {
            char* live = reinterpret_cast<char*>(this) + atom * kAtomSize;
            if (live > run)
                add_interval(run, live);
            run = live + m_cell_size;
            ++result.live_cells;
        });
    }
    if (run < m_cells_end)
        add_interval(run, m_cells_end);

    m_has_new_cells = false;
    // Allocation starts with the first interval.
    m_bump = m_interval_end = nullptr;
    m_free_intervals = head;
    return result;
}

void Block::finalize_all(std::span<CellTraits const> traits)
{
    for (size_t w = 0; w < decltype(m_allocated)::kWords; ++w) {
        Bitmap<kAtomsPerBlock>::for_each_bit_of(m_allocated.word(w), w, [&](size_t atom) {
            auto* cell = reinterpret_cast<Cell*>(reinterpret_cast<char*>(this) + atom * kAtomSize);
            if (auto* finalize = traits[size_t(cell->cell_kind())].finalize)
                finalize(cell);
        });
        m_allocated.set_word(w, 0);
    }
}

}
