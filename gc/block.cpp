#include "gc/block.h"

#include "gc/aligned_memory.h"

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
    m_free_list = nullptr;
    m_bump = first_cell();
    m_end = first_cell() + (kBlockPayloadSize / cell_size) * cell_size;
    m_has_new_cells = false;
}

Cell* Block::cell_containing(uintptr_t address) const
{
    auto first = reinterpret_cast<uintptr_t>(first_cell());
    if (address < first || address >= reinterpret_cast<uintptr_t>(m_end))
        return nullptr;
    uintptr_t start = first + (address - first) / m_cell_size * m_cell_size;
    auto* cell = reinterpret_cast<Cell*>(start);
    return is_allocated(cell) ? cell : nullptr;
}

Block::SweepResult Block::sweep(std::span<CellTraits const> traits)
{
    SweepResult result;
    FreeCell* head = nullptr;
    FreeCell** tail = &head;
    for (char* cell = first_cell(); cell < m_bump; cell += m_cell_size) {
        size_t atom = atom_index(cell);
        if (m_allocated.get(atom)) {
            if (m_marks.get(atom)) {
                ++result.live_cells;
                continue;
            }
            // 1. Dead: let the kind release what it owns outside the heap.
            auto* dead = reinterpret_cast<Cell*>(cell);
            assert(size_t(dead->cell_kind()) < traits.size());
            if (auto* finalize = traits[size_t(dead->cell_kind())].finalize)
                finalize(dead);
            m_allocated.clear(atom);
            result.freed_bytes += m_cell_size;
#ifndef NDEBUG
            // Scribble over dead cells so that a dangling pointer fails loudly.
            std::memset(cell, 0xDB, m_cell_size);
#endif
        }
        // 2. Free (just now or before): thread it onto the free list.
        auto* free_cell = reinterpret_cast<FreeCell*>(cell);
        *tail = free_cell;
        tail = &free_cell->next;
    }
    *tail = nullptr;
    m_free_list = head;
    m_has_new_cells = false;
    if (result.live_cells == 0) {
        // Nothing lives here: back to bump allocation over the whole block.
        m_free_list = nullptr;
        m_bump = first_cell();
    }
    return result;
}

void Block::finalize_all(std::span<CellTraits const> traits)
{
    for (char* cell = first_cell(); cell < m_bump; cell += m_cell_size) {
        auto* allocated = reinterpret_cast<Cell*>(cell);
        if (!is_allocated(allocated))
            continue;
        if (auto* finalize = traits[size_t(allocated->cell_kind())].finalize)
            finalize(allocated);
        m_allocated.clear(atom_index(cell));
    }
}

}
