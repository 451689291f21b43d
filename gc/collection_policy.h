#pragma once
// CollectionPolicy: when the heap collects, and which kind of collection it runs.
//
// - Young budget: a young collection runs once the bytes of cells allocated since the last
//   collection, plus external memory reported since then, reach the budget. The budget grows
//   with the live size (half of it, between 2 MiB and 32 MiB): a big heap can afford a bigger
//   nursery, and young collections stay cheap because they cost about what survives.
// - Old growth: when the old generation (everything that survived, plus external memory) has
//   grown to kOldGrowthFactor times its size after the last full collection (and is at least
//   16 MiB), the next collection is a full one.
// - Heap limit: an allocation that would take live + external past max_heap_bytes collects
//   first; if a full collection cannot make room, the heap reports out of memory.

#include "gc/heap.h"

#include <algorithm>
#include <cstddef>

namespace sable::gc {

class CollectionPolicy {
public:
    static constexpr size_t kMinYoungBudget = size_t(2) << 20;
    static constexpr size_t kMaxYoungBudget = size_t(32) << 20;
    static constexpr size_t kMinFullThreshold = size_t(16) << 20;
    static constexpr size_t kOldGrowthFactor = 2;

    // After a collection that left `live_bytes` of cells and `external_bytes` outside.
    void did_collect(CollectionKind kind, size_t live_bytes, size_t external_bytes)
    {
        m_young_budget = std::clamp(live_bytes / 2, kMinYoungBudget, kMaxYoungBudget);
        if (kind == CollectionKind::Full)
            m_full_threshold = std::max(kMinFullThreshold, (live_bytes + external_bytes) * kOldGrowthFactor);
    }

    size_t young_budget() const { return m_young_budget; }
    size_t full_threshold() const { return m_full_threshold; }

    // The collection to run when the young budget is spent.
    CollectionKind next_kind(size_t old_bytes, size_t external_bytes) const
    {
        return old_bytes + external_bytes >= m_full_threshold ? CollectionKind::Full : CollectionKind::Young;
    }

private:
    size_t m_young_budget { kMinYoungBudget };
    size_t m_full_threshold { kMinFullThreshold };
};

}
