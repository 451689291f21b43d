// Heap basics: what dies is freed and finalized, what is reachable survives, memory is reused,
// deep graphs mark without recursion, large objects, weak callbacks, statistics, --trace-gc.

#include "gc/block.h"
#include "gc/collection_trace.h"
#include "gc/value_bits.h"
#include "test_cells.h"

#include <algorithm>
#include <string>

namespace sable::gc::test {
namespace {

static_assert(kFirstCellTag == uint64_t(runtime::Value::Tag::String), "gc/value_bits.h must agree with runtime/value.h");
static_assert(kValueTagShift == runtime::Value::kTagShift);
static_assert(kValuePayloadMask == runtime::Value::kPayloadMask);

TEST_F(HeapTest, UnreachableCellsAreFreedAndFinalized)
{
    for (int i = 0; i < 100; ++i)
        node();
    EXPECT_GT(heap->statistics().allocated_bytes, 0u);
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 100);
    EXPECT_EQ(heap->statistics().live_bytes_after_last_gc, 0u);
}

TEST_F(HeapTest, CellsReachableFromRootProvidersSurvive)
{
    TestNode* a = node();
    TestNode* b = node();
    TestNode* c = node();
    node(); // garbage
    a->set_slot_node(*heap, 0, b);
    b->set_slot_node(*heap, 1, c);
    c->set_slot(*heap, 0, runtime::Value::int32(42).bits());
    roots.push_back(a);

    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 1);
    EXPECT_TRUE(is_marked(a));
    EXPECT_TRUE(is_marked(b));
    EXPECT_TRUE(is_marked(c));
    EXPECT_EQ(a->slot_node(0)->slot_node(1), c);
    EXPECT_EQ(runtime::Value::from_bits(c->slot(0)).as_int32(), 42);

    roots.clear();
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 4);
}

TEST_F(HeapTest, RemovedRootProviderNoLongerRoots)
{
    TestNode* a = node();
    uint64_t id = heap->add_root_provider([a](Visitor& visitor) { visitor.visit(a); });
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 0);
    heap->remove_root_provider(id);
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 1);
}

TEST_F(HeapTest, RootProvidersMayReportValueBits)
{
    TestNode* a = node();
    uint64_t bits = object_bits(a);
    heap->add_root_provider([bits](Visitor& visitor) {
        visitor.visit_value_bits(bits);
        visitor.visit_value_bits(runtime::Value::number(1.5).bits());
        visitor.visit_value_bits(runtime::Value::null().bits());
        visitor.visit(nullptr);
    });
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 0);
}

TEST_F(HeapTest, CyclesAreCollected)
{
    TestNode* a = node();
    TestNode* b = node();
    a->set_slot_node(*heap, 0, b);
    b->set_slot_node(*heap, 0, a);
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 2);
}

TEST_F(HeapTest, FreedCellsAreReused)
{
    for (int i = 0; i < 10000; ++i) {
        TestNode* n = node();
        if (i % 10 == 0)
            roots.push_back(n);
    }
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 9000);
    size_t after_sweep = heap->statistics().allocated_bytes;
    size_t cells_per_block = kBlockPayloadSize / 32;
    size_t free_cells = after_sweep / kBlockSize * cells_per_block - 1000;
    for (size_t i = 0; i < free_cells; ++i)
        node();
    EXPECT_EQ(heap->statistics().allocated_bytes, after_sweep) << "the free cells are enough: no new block";
    node();
    EXPECT_EQ(heap->statistics().allocated_bytes, after_sweep + kBlockSize);
}

TEST_F(HeapTest, EmptyBlocksAreReleased)
{
    for (int i = 0; i < 10000; ++i)
        node();
    EXPECT_GE(heap->statistics().allocated_bytes, 10000 * 32u);
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(heap->statistics().allocated_bytes, 0u);
}

TEST_F(HeapTest, CellsOfEverySizeClassSurviveAndDie)
{
    std::vector<TestNode*> kept;
    for (uint32_t slots = 0; slots < 1200; slots += 7) {
        TestNode* keep = node(slots);
        node(slots); // garbage of the same size
        if (slots > 0)
            keep->set_slot(*heap, slots - 1, runtime::Value::int32(int32_t(slots)).bits());
        kept.push_back(keep);
        roots.push_back(keep);
    }
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, int(kept.size()));
    for (TestNode* keep : kept) {
        ASSERT_TRUE(is_marked(keep));
        if (keep->slot_count() > 0) {
            EXPECT_EQ(runtime::Value::from_bits(keep->slot(keep->slot_count() - 1)).as_int32(), int32_t(keep->slot_count()));
        }
    }
}

TEST_F(HeapTest, MillionLongLinkedListMarksWithoutStackOverflow)
{
    constexpr int kLength = 1'000'000;
    TestNode* head = node(1);
    roots.push_back(head);
    TestNode* tail = head;
    for (int i = 1; i < kLength; ++i) {
        TestNode* next = node(1);
        tail->set_slot_node(*heap, 0, next);
        tail = next;
    }
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 0);
    int length = 0;
    for (TestNode* n = head; n; n = n->slot_node(0))
        ++length;
    EXPECT_EQ(length, kLength);

    roots.clear();
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, kLength);
}

TEST_F(HeapTest, LargeObjectsAreTracedKeptAndFreed)
{
    constexpr uint32_t kSlots = 100'000; // 800 KB: far above the largest size class
    TestNode* big = node(kSlots);
    TestNode* small = node();
    big->set_slot_node(*heap, kSlots - 1, small);
    roots.push_back(big);
    size_t with_big = heap->statistics().allocated_bytes;
    EXPECT_GE(with_big, kSlots * sizeof(uint64_t));

    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 0);
    EXPECT_TRUE(is_marked(big));
    EXPECT_TRUE(is_marked(small));
    EXPECT_EQ(big->slot_node(kSlots - 1), small);

    roots.clear();
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 2);
    EXPECT_LT(heap->statistics().allocated_bytes, with_big - kSlots * sizeof(uint64_t));
}

TEST_F(HeapTest, WeakCallbacksObserveIsMarked)
{
    TestNode* kept = node();
    TestNode* lost = node();
    roots.push_back(kept);
    std::vector<Cell*> weak_table { kept, lost };
    int calls = 0;
    heap->add_weak_callback([&](Heap& h) {
        ++calls;
        // Runs before sweeping: dead cells are still there, unmarked.
        for (Cell*& entry : weak_table) {
            if (entry && !h.is_marked(entry))
                entry = nullptr;
        }
        EXPECT_EQ(finalized, 0);
    });
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(weak_table[0], kept);
    EXPECT_EQ(weak_table[1], nullptr);
    EXPECT_EQ(finalized, 1);
}

TEST_F(HeapTest, RemovedWeakCallbackIsNotCalled)
{
    int calls = 0;
    uint64_t id = heap->add_weak_callback([&](Heap&) { ++calls; });
    heap->collect(CollectionKind::Young);
    heap->remove_weak_callback(id);
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(calls, 1);
}

TEST_F(HeapTest, StatisticsCountCollectionsAndBytes)
{
    HeapStatistics initial = heap->statistics();
    EXPECT_EQ(initial.young_collections, 0u);
    EXPECT_EQ(initial.full_collections, 0u);
    EXPECT_EQ(initial.allocated_bytes, 0u);

    for (int i = 0; i < 10; ++i)
        roots.push_back(node(2)); // 32 bytes each
    for (int i = 0; i < 10; ++i)
        node(2);
    heap->collect(CollectionKind::Young);
    heap->collect(CollectionKind::Full);
    heap->collect(CollectionKind::Full);
    HeapStatistics statistics = heap->statistics();
    EXPECT_EQ(statistics.young_collections, 1u);
    EXPECT_EQ(statistics.full_collections, 2u);
    EXPECT_EQ(statistics.live_bytes_after_last_gc, 10 * 32u);
    EXPECT_EQ(statistics.allocated_bytes, kBlockSize);
    EXPECT_EQ(statistics.external_bytes, 0u);
}

TEST_F(HeapTest, HeapDestructionFinalizesEverything)
{
    for (int i = 0; i < 10; ++i)
        roots.push_back(node());
    node(50'000);
    heap.reset();
    EXPECT_EQ(finalized, 11);
}

TEST_F(HeapTest, TraceGcPrintsOneLinePerCollection)
{
    HeapOptions options;
    options.trace = true;
    make_heap(options);
    for (int i = 0; i < 1000; ++i)
        roots.push_back(node());
    testing::internal::CaptureStderr();
    heap->collect(CollectionKind::Young);
    heap->collect(CollectionKind::Full);
    std::string output = testing::internal::GetCapturedStderr();
    // Two lines: "[gc] <kind>  pause <ms> ms  live <before> -> <after>  heap <size>  external <size>".
    std::string const rest = " ms  live 31.2 KB -> 31.2 KB  heap 64.0 KB  external 0 B\n";
    size_t young_end = output.find('\n') + 1;
    std::string young = output.substr(0, young_end);
    std::string full = output.substr(young_end);
    EXPECT_EQ(young.rfind("[gc] young  pause ", 0), 0u) << output;
    EXPECT_EQ(full.rfind("[gc] full  pause ", 0), 0u) << output;
    for (std::string const& line : { young, full }) {
        ASSERT_GT(line.size(), rest.size()) << output;
        EXPECT_EQ(line.substr(line.size() - rest.size()), rest) << output;
    }
    EXPECT_EQ(std::count(output.begin(), output.end(), '\n'), 2);
}

TEST(CollectionTraceTest, FormatsBytesInBinaryUnits)
{
    EXPECT_EQ(CollectionTrace::format_bytes(0), "0 B");
    EXPECT_EQ(CollectionTrace::format_bytes(1023), "1023 B");
    EXPECT_EQ(CollectionTrace::format_bytes(1536), "1.5 KB");
    EXPECT_EQ(CollectionTrace::format_bytes(size_t(4) << 20), "4.0 MB");
    EXPECT_EQ(CollectionTrace::format_bytes(size_t(3) << 30), "3.0 GB");
    CollectionRecord record { CollectionKind::Young, 0.42, 1200 * 1024, 800 * 1024, size_t(4) << 20, 0 };
    EXPECT_EQ(CollectionTrace::format(record), "[gc] young  pause 0.42 ms  live 1.2 MB -> 800.0 KB  heap 4.0 MB  external 0 B");
}

}
}
