// External memory pressure and the heap limit (Node's "JavaScript heap out of memory").

#include "test_cells.h"

namespace sable::gc::test {
namespace {

TEST_F(HeapTest, ExternalMemoryIsCountedAndReleasedByFinalizers)
{
    TestBuffer* buffer = TestBuffer::create(*heap, 1 << 20);
    roots.push_back(buffer);
    EXPECT_EQ(heap->statistics().external_bytes, size_t(1) << 20);
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(heap->statistics().external_bytes, size_t(1) << 20);
    roots.clear();
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(heap->statistics().external_bytes, 0u);
}

TEST_F(HeapTest, ExternalMemoryPressureTriggersCollections)
{
    // Few cells, much memory outside: buffers of 1 MiB each. Without external accounting no
    // collection would ever run (100 small cells are far below any budget).
    for (int i = 0; i < 100; ++i)
        TestBuffer::create(*heap, 1 << 20);
    HeapStatistics statistics = heap->statistics();
    EXPECT_GE(statistics.young_collections + statistics.full_collections, 10u);
    EXPECT_LT(statistics.external_bytes, size_t(8) << 20) << "dead buffers were finalized on the way";
}

TEST_F(HeapTest, LargeExternalMemoryMakesTheNextCollectionFull)
{
    TestBuffer* buffer = TestBuffer::create(*heap, size_t(64) << 20);
    roots.push_back(buffer);
    node(); // the budget is spent by the external bytes: this allocation collects
    HeapStatistics statistics = heap->statistics();
    EXPECT_EQ(statistics.full_collections, 1u) << "external memory counts toward the old generation";
    EXPECT_EQ(statistics.external_bytes, size_t(64) << 20);
}

TEST_F(HeapTest, NegativeReportsNeverGoBelowZero)
{
    heap->report_external_memory(100);
    heap->report_external_memory(-1000);
    EXPECT_EQ(heap->statistics().external_bytes, 0u);
}

TEST_F(HeapTest, StayingUnderTheLimitCollectsInsteadOfDying)
{
    HeapOptions options;
    options.max_heap_bytes = size_t(4) << 20;
    make_heap(options);
    // 40 MB of garbage through a 4 MB heap.
    for (int i = 0; i < 400'000; ++i)
        node(10);
    HeapStatistics statistics = heap->statistics();
    EXPECT_LE(statistics.live_bytes_after_last_gc, options.max_heap_bytes);
    EXPECT_GE(statistics.young_collections + statistics.full_collections, 10u);
}

using HeapLimitDeathTest = HeapTest;

constexpr char const* kOutOfMemory = "<--- Last few GCs --->.*"
                                     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory";

TEST_F(HeapLimitDeathTest, LiveCellsPastTheLimitAreFatal)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            HeapOptions options;
            options.max_heap_bytes = size_t(8) << 20;
            make_heap(options);
            TestNode* head = node(1);
            roots.push_back(head);
            for (;;) {
                TestNode* next = node(14);
                next->set_slot_node(*heap, 0, roots[0]);
                roots[0] = next;
            }
        },
        kOutOfMemory);
}

TEST_F(HeapLimitDeathTest, ExternalMemoryPastTheLimitIsFatal)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            HeapOptions options;
            options.max_heap_bytes = size_t(8) << 20;
            make_heap(options);
            roots.push_back(TestBuffer::create(*heap, size_t(16) << 20));
            heap->collect(CollectionKind::Full);
        },
        kOutOfMemory);
}

TEST_F(HeapLimitDeathTest, OneAllocationLargerThanTheLimitIsFatal)
{
    GTEST_FLAG_SET(death_test_style, "threadsafe");
    EXPECT_DEATH(
        {
            HeapOptions options;
            options.max_heap_bytes = size_t(8) << 20;
            make_heap(options);
            node(2'000'000); // 16 MB
        },
        kOutOfMemory);
}

}
}
