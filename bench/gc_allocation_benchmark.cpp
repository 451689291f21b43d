// GC micro-benchmarks: allocation throughput, and the pause of a young collection over a
// nursery of mostly dead cells (with and without the native stack scan).

#include "gc/heap.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace {

using namespace sable::gc;

// A cell with two Value slots (32 bytes), like a small object.
class BenchNode : public Cell {
public:
    BenchNode()
        : Cell(CellKind(0))
    {
    }
    static void visit_children(Cell* cell, Visitor& visitor)
    {
        auto* node = static_cast<BenchNode*>(cell);
        visitor.visit_value_bits(node->slots[0]);
        visitor.visit_value_bits(node->slots[1]);
    }
    uint64_t slots[2] { 0, 0 };
    uint64_t padding { 0 };
};
static_assert(sizeof(BenchNode) == 32);

constexpr CellTraits kBenchTraits[] = { { "BenchNode", BenchNode::visit_children, nullptr } };

uint64_t boxed(Cell* cell) { return (uint64_t(0x1FFF9) << 47) | uintptr_t(cell); }

// Allocation throughput, collections included: every cell dies young.
void BM_AllocateShortLived(benchmark::State& state)
{
    Heap heap(kBenchTraits, {});
    heap.set_stack_origin(nullptr);
    for (auto _ : state)
        benchmark::DoNotOptimize(heap.allocate<BenchNode>());
    state.SetItemsProcessed(int64_t(state.iterations()));
    state.counters["young_gcs"] = double(heap.statistics().young_collections);
}
BENCHMARK(BM_AllocateShortLived);

// Allocation throughput of cells that all stay alive (a growing list).
void BM_AllocateLongLived(benchmark::State& state)
{
    Heap heap(kBenchTraits, {});
    heap.set_stack_origin(nullptr);
    BenchNode* head = nullptr;
    heap.add_root_provider([&](Visitor& visitor) { visitor.visit(head); });
    for (auto _ : state) {
        auto* next = heap.allocate<BenchNode>();
        next->slots[0] = head ? boxed(head) : 0;
        heap.write_barrier(next, head);
        head = next;
    }
    state.SetItemsProcessed(int64_t(state.iterations()));
    HeapStatistics statistics = heap.statistics();
    state.counters["young_gcs"] = double(statistics.young_collections);
    state.counters["full_gcs"] = double(statistics.full_collections);
}
BENCHMARK(BM_AllocateLongLived)->Iterations(5'000'000);

// One young collection over N new cells of which 1% survive (rooted precisely), optionally
// next to an old generation of `old_cells` live cells.
void young_collection(benchmark::State& state, bool scan_stack, size_t old_cells = 0)
{
    size_t const count = size_t(state.range(0));
    Heap heap(kBenchTraits, {});
    if (!scan_stack)
        heap.set_stack_origin(nullptr);
    std::vector<Cell*> survivors;
    BenchNode* old_list = nullptr;
    heap.add_root_provider([&](Visitor& visitor) {
        visitor.visit(old_list);
        for (Cell* cell : survivors)
            visitor.visit(cell);
    });
    for (size_t i = 0; i < old_cells; ++i) {
        auto* next = heap.allocate<BenchNode>();
        next->slots[0] = old_list ? boxed(old_list) : 0;
        old_list = next;
    }
    for (auto _ : state) {
        state.PauseTiming();
        survivors.clear();
        heap.collect(CollectionKind::Full); // start from an empty nursery
        uint64_t young_before = heap.statistics().young_collections;
        for (size_t i = 0; i < count; ++i) {
            auto* node = heap.allocate<BenchNode>();
            if (i % 100 == 0)
                survivors.push_back(node);
        }
        if (heap.statistics().young_collections != young_before)
            state.SkipWithError("the policy collected during setup");
        state.ResumeTiming();
        heap.collect(CollectionKind::Young);
    }
    state.SetItemsProcessed(int64_t(state.iterations()) * int64_t(count));
}

void BM_YoungCollectionMostlyDead(benchmark::State& state) { young_collection(state, false); }
void BM_YoungCollectionMostlyDeadWithStackScan(benchmark::State& state) { young_collection(state, true); }
// The old generation is neither traced nor swept: the pause should not grow with it.
void BM_YoungCollectionMostlyDeadNextToMillionOldCells(benchmark::State& state) { young_collection(state, false, 1'000'000); }
// Up to 60,000 cells (1.9 MB): below the 2 MiB minimum young budget.
BENCHMARK(BM_YoungCollectionMostlyDead)->Arg(1'000)->Arg(10'000)->Arg(60'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_YoungCollectionMostlyDeadWithStackScan)->Arg(60'000)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_YoungCollectionMostlyDeadNextToMillionOldCells)->Arg(60'000)->Iterations(200)->Unit(benchmark::kMicrosecond);

// A full collection of a live linked list of N cells.
void BM_FullCollectionLiveList(benchmark::State& state)
{
    Heap heap(kBenchTraits, {});
    heap.set_stack_origin(nullptr);
    BenchNode* head = nullptr;
    heap.add_root_provider([&](Visitor& visitor) { visitor.visit(head); });
    for (int64_t i = 0; i < state.range(0); ++i) {
        auto* next = heap.allocate<BenchNode>();
        next->slots[0] = head ? boxed(head) : 0;
        head = next;
    }
    for (auto _ : state)
        heap.collect(CollectionKind::Full);
    state.SetItemsProcessed(int64_t(state.iterations()) * state.range(0));
}
BENCHMARK(BM_FullCollectionLiveList)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}

BENCHMARK_MAIN();
