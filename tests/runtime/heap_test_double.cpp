// TEST DOUBLE of gc::Heap for the runtime unit tests. It is linked only while the real heap
// (branch `gc`) has not landed, and never by production code.
//
// - Allocation: aligned malloc; everything is freed (after its finalizer) when the heap dies.
// - collect(): marks precisely from the registered root providers (no stack scan), then runs
//   the weak callbacks, which see is_marked() for what was reached. Nothing is swept, so a test
//   that holds an unrooted pointer across collect() reads valid (if logically dead) memory.
// - Write barrier, remembered set, stack origin: no-ops.

#include "gc/heap.h"
#include "runtime/value.h"

#include <cstdlib>
#include <map>
#include <unordered_set>
#include <vector>

namespace sable::gc {

class HeapImpl {
public:
    std::span<CellTraits const> traits;
    HeapOptions options;
    std::vector<Cell*> cells;
    std::unordered_set<Cell const*> marked;
    std::map<uint64_t, Heap::RootProvider> root_providers;
    std::map<uint64_t, Heap::WeakCallback> weak_callbacks;
    uint64_t next_id { 1 };
    HeapStatistics statistics;
};

namespace {

class MarkingVisitor final : public Visitor {
public:
    explicit MarkingVisitor(HeapImpl& impl)
        : m_impl(impl)
    {
    }
    void visit(Cell* cell) override
    {
        if (cell && m_impl.marked.insert(cell).second)
            m_worklist.push_back(cell);
    }
    void visit_value_bits(uint64_t bits) override
    {
        auto value = runtime::Value::from_bits(bits);
        if (value.is_cell())
            visit(reinterpret_cast<Cell*>(value.as_cell()));
    }
    void drain()
    {
        while (!m_worklist.empty()) {
            Cell* cell = m_worklist.back();
            m_worklist.pop_back();
            m_impl.traits[size_t(cell->cell_kind())].visit_children(cell, *this);
        }
    }

private:
    HeapImpl& m_impl;
    std::vector<Cell*> m_worklist;
};

}

Heap::Heap(std::span<CellTraits const> traits, HeapOptions const& options)
    : m_impl(std::make_unique<HeapImpl>())
{
    m_impl->traits = traits;
    m_impl->options = options;
}

Heap::~Heap()
{
    for (Cell* cell : m_impl->cells) {
        if (auto finalize = m_impl->traits[size_t(cell->cell_kind())].finalize)
            finalize(cell);
        std::free(cell);
    }
}

void* Heap::allocate_raw(size_t size)
{
    size_t rounded = (size + 15) & ~size_t(15);
    void* memory = std::aligned_alloc(16, rounded);
    if (!memory)
        std::abort();
    m_impl->cells.push_back(static_cast<Cell*>(memory));
    m_impl->statistics.allocated_bytes += rounded;
    return memory;
}

void Heap::collect(CollectionKind kind)
{
    m_impl->marked.clear();
    MarkingVisitor visitor(*m_impl);
    for (auto& [id, provider] : m_impl->root_providers)
        provider(visitor);
    visitor.drain();
    for (auto& [id, callback] : m_impl->weak_callbacks)
        callback(*this);
    if (kind == CollectionKind::Young)
        ++m_impl->statistics.young_collections;
    else
        ++m_impl->statistics.full_collections;
}

void Heap::write_barrier_value(Cell*, uint64_t) { }

bool Heap::is_marked(Cell const* cell) const { return m_impl->marked.contains(cell); }

uint64_t Heap::add_root_provider(RootProvider provider)
{
    uint64_t id = m_impl->next_id++;
    m_impl->root_providers.emplace(id, std::move(provider));
    return id;
}

void Heap::remove_root_provider(uint64_t id) { m_impl->root_providers.erase(id); }

uint64_t Heap::add_weak_callback(WeakCallback callback)
{
    uint64_t id = m_impl->next_id++;
    m_impl->weak_callbacks.emplace(id, std::move(callback));
    return id;
}

void Heap::remove_weak_callback(uint64_t id) { m_impl->weak_callbacks.erase(id); }

void Heap::report_external_memory(std::ptrdiff_t bytes) { m_impl->statistics.external_bytes += bytes; }

void Heap::set_stack_origin(void const*) { }

HeapStatistics Heap::statistics() const { return m_impl->statistics; }

HeapOptions const& Heap::options() const { return m_impl->options; }

void Heap::remember(Cell*) { }

}
