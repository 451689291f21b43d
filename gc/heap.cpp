// The heap: allocation, collection, sweeping and the policy that ties them together
// (gc/heap.h states the contract, docs/architecture.md the design).

#include "gc/heap.h"

#include "gc/block.h"
#include "gc/block_set.h"
#include "gc/collection_policy.h"
#include "gc/collection_trace.h"
#include "gc/conservative_roots.h"
#include "gc/large_allocation.h"
#include "gc/marker.h"
#include "gc/size_classes.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <chrono>
#include <utility>
#include <vector>

namespace sable::gc {

class HeapImpl {
public:
    HeapImpl(Heap& heap, std::span<CellTraits const> traits, HeapOptions const& options);
    // Finalizes every cell and gives all memory back.
    void tear_down();

    void* allocate(size_t size);
    void collect(CollectionKind);
    void remember(Cell* cell) { m_remembered.push_back(cell); }

    uint64_t add_root_provider(Heap::RootProvider provider)
    {
        m_root_providers.emplace_back(++m_last_id, std::move(provider));
        return m_last_id;
    }
    void remove_root_provider(uint64_t id)
    {
        std::erase_if(m_root_providers, [id](auto const& entry) { return entry.first == id; });
    }
    uint64_t add_weak_callback(Heap::WeakCallback callback)
    {
        m_weak_callbacks.emplace_back(++m_last_id, std::move(callback));
        return m_last_id;
    }
    void remove_weak_callback(uint64_t id)
    {
        std::erase_if(m_weak_callbacks, [id](auto const& entry) { return entry.first == id; });
    }
    void report_external_memory(std::ptrdiff_t bytes);
    void set_stack_origin(void const* origin) { m_stack_origin = origin; }

    HeapStatistics statistics() const;
    HeapOptions const& options() const { return m_options; }

private:
    // The blocks of one size class, and those allocation may take free cells from next.
    struct Directory {
        std::vector<Block*> blocks;
        std::vector<Block*> with_free_cells; // the next one last
        Block* current { nullptr };
    };
    // Empty blocks are kept for reuse, enough to refill the nursery without asking the kernel
    // (unmapping and faulting fresh pages in again would cost more than the collection).
    size_t max_pooled_blocks() const { return std::max<size_t>(16, m_policy.young_budget() / kBlockSize); }
    void trim_block_pool();

    Cell* allocate_from_next_block(Directory&, size_t size_class);
    void start_allocating_in(Directory&, Block*);
    Block* take_block(size_t size_class);
    void release_block(Block*);
    Cell* allocate_large(size_t size);

    void collect_if_needed(size_t size);
    void update_allocation_limit();
    void mark(CollectionKind);
    size_t sweep_young_blocks();
    size_t sweep_all_blocks();
    size_t sweep_large_allocations(CollectionKind);
    void clear_all_marks();
    size_t heap_bytes() const { return m_block_bytes + m_large_bytes; }
    [[noreturn]] void out_of_memory() { m_trace.fatal_out_of_memory(); }

    Heap& m_heap;
    std::vector<CellTraits> m_traits;
    bool m_any_finalizers { false };
    HeapOptions m_options;
    CollectionPolicy m_policy;
    CollectionTrace m_trace;

    std::array<Directory, kSizeClassCount> m_directories;
    // Blocks allocated from since the last collection: the only ones a young collection sweeps,
    // so its cost does not grow with the old generation.
    std::vector<Block*> m_blocks_with_new_cells;
    std::vector<Block*> m_block_pool;
    // Large allocations in allocation order; those from m_first_young_large on are younger
    // than the last collection.
    std::vector<LargeAllocation*> m_large_allocations;
    size_t m_first_young_large { 0 };
    BlockSet m_block_set;

    std::vector<Cell*> m_remembered;
    std::vector<std::pair<uint64_t, Heap::RootProvider>> m_root_providers;
    std::vector<std::pair<uint64_t, Heap::WeakCallback>> m_weak_callbacks;
    uint64_t m_last_id { 0 };
    void const* m_stack_origin { nullptr };

    // Accounting, in bytes. Cells are only freed by sweeping, so between collections the live
    // size is m_live_bytes + m_bytes_since_gc.
    size_t m_live_bytes { 0 };        // cells alive after the last collection
    size_t m_bytes_since_gc { 0 };    // cells allocated since
    size_t m_external_bytes { 0 };    // reported by report_external_memory
    size_t m_external_since_gc { 0 }; // of which reported since the last collection
    size_t m_block_bytes { 0 };       // blocks in use
    size_t m_large_bytes { 0 };       // large allocations, as mapped
    // The fast path collects (or checks) when m_bytes_since_gc would pass this.
    size_t m_allocation_limit { 0 };

    uint64_t m_young_collections { 0 };
    uint64_t m_full_collections { 0 };
    uint32_t m_stress_ticks { 0 };
    uint64_t m_stress_collections { 0 };
    bool m_collecting { false };
};

HeapImpl::HeapImpl(Heap& heap, std::span<CellTraits const> traits, HeapOptions const& options)
    : m_heap(heap)
    , m_traits(traits.begin(), traits.end())
    , m_options(options)
    , m_trace(options.trace)
    , m_stack_origin(current_thread_stack_origin())
{
    for (CellTraits const& kind : m_traits)
        m_any_finalizers |= kind.finalize != nullptr;
    update_allocation_limit();
}

void HeapImpl::tear_down()
{
    m_collecting = true; // finalizers must not allocate
    for (Directory& directory : m_directories) {
        for (Block* block : directory.blocks) {
            if (m_any_finalizers)
                block->finalize_all(m_traits);
            block->destroy();
        }
        directory = {};
    }
    for (Block* block : m_block_pool)
        block->destroy();
    m_block_pool.clear();
    for (LargeAllocation* allocation : m_large_allocations) {
        Cell* cell = allocation->cell();
        if (auto* finalize = m_traits[size_t(cell->cell_kind())].finalize)
            finalize(cell);
        allocation->destroy();
    }
    m_large_allocations.clear();
}

// --- Allocation

void* HeapImpl::allocate(size_t size)
{
    assert(!m_collecting && "finalizers, weak callbacks and cell constructors must not allocate");
    if (m_options.stress_interval && ++m_stress_ticks >= m_options.stress_interval) {
        // --gc-stress=N: a collection every N allocations, every tenth of them full.
        m_stress_ticks = 0;
        collect(++m_stress_collections % 10 == 0 ? CollectionKind::Full : CollectionKind::Young);
    }
    if (m_bytes_since_gc + size > m_allocation_limit)
        collect_if_needed(size);

    if (size > kMaxSmallCellSize)
        return allocate_large(size);
    size_t size_class = size_class_of(size);
    Directory& directory = m_directories[size_class];
    Cell* cell = directory.current ? directory.current->allocate() : nullptr;
    if (!cell)
        cell = allocate_from_next_block(directory, size_class);
    m_bytes_since_gc += size_class_cell_size(size_class);
    return cell;
}

Cell* HeapImpl::allocate_from_next_block(Directory& directory, size_t size_class)
{
    // 1. Blocks that sweeping left with free cells.
    while (!directory.with_free_cells.empty()) {
        Block* block = directory.with_free_cells.back();
        directory.with_free_cells.pop_back();
        start_allocating_in(directory, block);
        if (Cell* cell = block->allocate())
            return cell;
    }
    // 2. A fresh block.
    Block* block = take_block(size_class);
    directory.blocks.push_back(block);
    start_allocating_in(directory, block);
    return block->allocate();
}

void HeapImpl::start_allocating_in(Directory& directory, Block* block)
{
    directory.current = block;
    if (!block->has_new_cells())
        m_blocks_with_new_cells.push_back(block);
}

Block* HeapImpl::take_block(size_t size_class)
{
    uint32_t cell_size = size_class_cell_size(size_class);
    Block* block;
    if (!m_block_pool.empty()) {
        block = m_block_pool.back();
        m_block_pool.pop_back();
        block->reset(cell_size, uint8_t(size_class));
    } else {
        block = Block::create(cell_size, uint8_t(size_class));
        if (!block)
            out_of_memory();
        m_block_set.add(block, kBlockSize);
    }
    m_block_bytes += kBlockSize;
    return block;
}

void HeapImpl::release_block(Block* block)
{
    m_block_bytes -= kBlockSize;
    m_block_pool.push_back(block);
}

void HeapImpl::trim_block_pool()
{
    while (m_block_pool.size() > max_pooled_blocks()) {
        Block* block = m_block_pool.back();
        m_block_pool.pop_back();
        m_block_set.remove(block, kBlockSize);
        block->destroy();
    }
}

Cell* HeapImpl::allocate_large(size_t size)
{
    size = (size + kAtomSize - 1) & ~(kAtomSize - 1);
    LargeAllocation* allocation = LargeAllocation::create(size);
    if (!allocation)
        out_of_memory();
    m_block_set.add(allocation, allocation->mapped_size());
    m_large_allocations.push_back(allocation);
    m_large_bytes += allocation->mapped_size();
    m_bytes_since_gc += size;
    return allocation->cell();
}

// --- Policy

// The slow side of the allocation check: collects when the young budget is spent (a young or
// a full collection, as the policy says), or when the allocation would pass the heap limit
// (a full collection, then out of memory if that did not make room).
void HeapImpl::collect_if_needed(size_t size)
{
    bool budget_spent = m_bytes_since_gc + m_external_since_gc >= m_policy.young_budget();
    auto would_pass_limit = [&] {
        return m_live_bytes + m_bytes_since_gc + m_external_bytes + size > m_options.max_heap_bytes;
    };
    if (!budget_spent && !would_pass_limit())
        return;
    CollectionKind kind = would_pass_limit() ? CollectionKind::Full : m_policy.next_kind(m_live_bytes, m_external_bytes);
    collect(kind);
    if (!would_pass_limit())
        return;
    if (kind == CollectionKind::Young)
        collect(CollectionKind::Full);
    if (would_pass_limit())
        out_of_memory();
}

void HeapImpl::update_allocation_limit()
{
    size_t budget = m_policy.young_budget();
    size_t young_left = budget > m_external_since_gc ? budget - m_external_since_gc : 0;
    size_t used = m_live_bytes + m_external_bytes;
    size_t heap_left = m_options.max_heap_bytes > used ? m_options.max_heap_bytes - used : 0;
    m_allocation_limit = std::min(young_left, heap_left);
}

void HeapImpl::report_external_memory(std::ptrdiff_t bytes)
{
    if (bytes >= 0) {
        m_external_bytes += size_t(bytes);
        m_external_since_gc += size_t(bytes);
    } else {
        m_external_bytes -= std::min(size_t(-bytes), m_external_bytes);
    }
    update_allocation_limit();
}

// --- Collection

void HeapImpl::collect(CollectionKind kind)
{
    assert(!m_collecting && "collect() called from a finalizer or weak callback");
    m_collecting = true;
    auto start = std::chrono::steady_clock::now();
    size_t live_before = m_live_bytes + m_bytes_since_gc;

    // 1. A full collection forgets what is old; a young one keeps the sticky mark bits.
    if (kind == CollectionKind::Full)
        clear_all_marks();
    // 2. Mark from the roots (and, if young, from the remembered set).
    mark(kind);
    // 3. Weak processing sees the marks before the dead are swept.
    for (auto& [id, callback] : m_weak_callbacks)
        callback(m_heap);
    // 4. Sweep: finalize and free what is not marked. Every survivor stays marked, so after any
    //    collection every live cell is old.
    size_t freed = (kind == CollectionKind::Young ? sweep_young_blocks() : sweep_all_blocks()) + sweep_large_allocations(kind);

    assert(freed <= live_before);
    m_live_bytes = live_before - freed;
    m_bytes_since_gc = 0;
    m_external_since_gc = 0;
    m_policy.did_collect(kind, m_live_bytes, m_external_bytes);
    update_allocation_limit();
    trim_block_pool();
    ++(kind == CollectionKind::Young ? m_young_collections : m_full_collections);

    std::chrono::duration<double, std::milli> pause = std::chrono::steady_clock::now() - start;
    m_trace.record({ kind, pause.count(), live_before, m_live_bytes, heap_bytes(), m_external_bytes });
    m_collecting = false;
    if (kind == CollectionKind::Full && m_live_bytes + m_external_bytes > m_options.max_heap_bytes)
        out_of_memory();
}

void HeapImpl::clear_all_marks()
{
    for (Directory& directory : m_directories) {
        for (Block* block : directory.blocks)
            block->clear_marks();
    }
    for (LargeAllocation* allocation : m_large_allocations)
        allocation->clear_marks();
}

void HeapImpl::mark(CollectionKind kind)
{
    Marker marker(m_traits);
    // 1. Old cells that young cells were stored into. Their children are traced again; the
    //    set empties, since after this collection no cell is young. A full collection traces
    //    everything anyway.
    for (Cell* cell : m_remembered) {
        cell->m_gc_flags &= uint8_t(~Heap::kRememberedFlag);
        if (kind == CollectionKind::Young)
            marker.push_for_rescan(cell);
    }
    m_remembered.clear();
    // 2. The native stack, conservatively.
    if (m_stack_origin) {
        ConservativeRoots roots(m_block_set);
        roots.add_current_thread_stack(m_stack_origin);
        for (Cell* cell : roots.cells())
            marker.visit(cell);
    }
    // 3. The VM's precise roots.
    for (auto& [id, provider] : m_root_providers)
        provider(marker);
    marker.drain();
}

size_t HeapImpl::sweep_young_blocks()
{
    // A block without new cells holds only old ones, and a young collection frees no old
    // cell: only the blocks allocated from since the last collection need sweeping.
    size_t freed = 0;
    std::vector<Block*> released;
    for (Block* block : m_blocks_with_new_cells) {
        Block::SweepResult result = block->sweep(m_traits, m_any_finalizers);
        freed += result.freed_bytes;
        if (result.live_cells == 0)
            released.push_back(block);
        else if (result.live_cells < block->cell_capacity())
            m_directories[block->size_class()].with_free_cells.push_back(block);
    }
    m_blocks_with_new_cells.clear();
    // Drop the released blocks from their directories (before the pool hands them out again).
    std::sort(released.begin(), released.end());
    std::array<bool, kSizeClassCount> affected {};
    for (Block* block : released)
        affected[block->size_class()] = true;
    for (size_t size_class = 0; size_class < kSizeClassCount; ++size_class) {
        Directory& directory = m_directories[size_class];
        directory.current = nullptr;
        if (affected[size_class]) {
            std::erase_if(directory.blocks, [&](Block* block) { return std::binary_search(released.begin(), released.end(), block); });
        }
    }
    for (Block* block : released)
        release_block(block);
    return freed;
}

size_t HeapImpl::sweep_all_blocks()
{
    size_t freed = 0;
    for (Directory& directory : m_directories) {
        size_t kept = 0;
        directory.with_free_cells.clear();
        for (Block* block : directory.blocks) {
            Block::SweepResult result = block->sweep(m_traits, m_any_finalizers);
            freed += result.freed_bytes;
            if (result.live_cells == 0) {
                release_block(block);
                continue;
            }
            directory.blocks[kept++] = block;
            if (result.live_cells < block->cell_capacity())
                directory.with_free_cells.push_back(block);
        }
        directory.blocks.resize(kept);
        // Allocate from the first blocks first.
        std::reverse(directory.with_free_cells.begin(), directory.with_free_cells.end());
        directory.current = nullptr;
    }
    m_blocks_with_new_cells.clear();
    return freed;
}

size_t HeapImpl::sweep_large_allocations(CollectionKind kind)
{
    size_t freed = 0;
    size_t kept = kind == CollectionKind::Young ? m_first_young_large : 0;
    for (size_t i = kept; i < m_large_allocations.size(); ++i) {
        LargeAllocation* allocation = m_large_allocations[i];
        Cell* cell = allocation->cell();
        if (allocation->is_marked(cell)) {
            m_large_allocations[kept++] = allocation;
            continue;
        }
        if (auto* finalize = m_traits[size_t(cell->cell_kind())].finalize)
            finalize(cell);
        freed += allocation->cell_size();
        m_large_bytes -= allocation->mapped_size();
        m_block_set.remove(allocation, allocation->mapped_size());
        allocation->destroy();
    }
    m_large_allocations.resize(kept);
    m_first_young_large = kept;
    return freed;
}

HeapStatistics HeapImpl::statistics() const
{
    HeapStatistics statistics;
    statistics.live_bytes_after_last_gc = m_live_bytes;
    statistics.allocated_bytes = heap_bytes();
    statistics.external_bytes = m_external_bytes;
    statistics.young_collections = m_young_collections;
    statistics.full_collections = m_full_collections;
    return statistics;
}

// --- Heap, the public face

Heap::Heap(std::span<CellTraits const> traits, HeapOptions const& options)
    : m_impl(std::make_unique<HeapImpl>(*this, traits, options))
{
}

Heap::~Heap() { m_impl->tear_down(); }

void* Heap::allocate_raw(size_t size) { return m_impl->allocate(size); }
void Heap::collect(CollectionKind kind) { m_impl->collect(kind); }

void Heap::remember(Cell* cell)
{
    cell->m_gc_flags |= kRememberedFlag;
    m_impl->remember(cell);
}

uint64_t Heap::add_root_provider(RootProvider provider) { return m_impl->add_root_provider(std::move(provider)); }
void Heap::remove_root_provider(uint64_t id) { m_impl->remove_root_provider(id); }
uint64_t Heap::add_weak_callback(WeakCallback callback) { return m_impl->add_weak_callback(std::move(callback)); }
void Heap::remove_weak_callback(uint64_t id) { m_impl->remove_weak_callback(id); }
void Heap::report_external_memory(std::ptrdiff_t bytes) { m_impl->report_external_memory(bytes); }
void Heap::set_stack_origin(void const* origin) { m_impl->set_stack_origin(origin); }
HeapStatistics Heap::statistics() const { return m_impl->statistics(); }
HeapOptions const& Heap::options() const { return m_impl->options(); }

}
