// Generations through sticky mark bits: young collections free young garbage without tracing
// or freeing old cells; the write barrier and the remembered set keep old-to-young edges.

#include "gc/block.h"
#include "test_cells.h"

namespace sable::gc::test {
namespace {

TEST_F(HeapTest, SurvivorsOfAnyCollectionAreOld)
{
    TestNode* a = node();
    roots.push_back(a);
    EXPECT_FALSE(is_marked(a)) << "a new cell is young";
    heap->collect(CollectionKind::Young);
    EXPECT_TRUE(is_marked(a)) << "a survivor stays marked: it is old";
    TestNode* b = node();
    EXPECT_FALSE(is_marked(b));
}

TEST_F(HeapTest, YoungCollectionFreesYoungGarbageWithoutTouchingOldCells)
{
    TestNode* old_kept = node();
    TestNode* old_dropped = node();
    roots = { old_kept, old_dropped };
    heap->collect(CollectionKind::Full);
    roots = { old_kept };
    // old_dropped is now unreachable, but old: only a full collection may free it.
    for (int i = 0; i < 100; ++i)
        node();
    TestNode* young_kept = node();
    roots.push_back(young_kept);

    heap->collect(CollectionKind::Young);
    EXPECT_EQ(finalized, 100);
    EXPECT_TRUE(is_marked(old_dropped));
    EXPECT_TRUE(is_marked(young_kept));

    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 101);
}

TEST_F(HeapTest, YoungCollectionDoesNotTraceOldCells)
{
    TestNode* head = nullptr;
    for (int i = 0; i < 1000; ++i) {
        TestNode* next = node(1);
        if (head)
            next->set_slot_node(*heap, 0, head);
        head = next;
    }
    roots.push_back(head);
    heap->collect(CollectionKind::Full);
    TestNode::visit_count = 0;
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(TestNode::visit_count, 0) << "the old list is not traced again";
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(TestNode::visit_count, 1000);
}

TEST_F(HeapTest, WriteBarrierKeepsYoungCellReferencedOnlyFromOldCellAlive)
{
    TestNode* old_cell = node();
    roots.push_back(old_cell);
    heap->collect(CollectionKind::Young);
    ASSERT_TRUE(is_marked(old_cell));

    TestNode* young = node();
    TestNode* young_child = node();
    young->set_slot_node(*heap, 0, young_child); // young-to-young: no barrier needed
    old_cell->set_slot_node(*heap, 0, young);    // old-to-young: remembered
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(finalized, 0);
    EXPECT_TRUE(is_marked(young));
    EXPECT_TRUE(is_marked(young_child));
    EXPECT_EQ(old_cell->slot_node(0)->slot_node(0), young_child);
}

TEST_F(HeapTest, WithoutWriteBarrierYoungCellReferencedOnlyFromOldCellIsCollected)
{
    // The same as above with the barrier left out: proves the test above can fail.
    TestNode* old_cell = node();
    roots.push_back(old_cell);
    heap->collect(CollectionKind::Young);

    TestNode* young = node();
    old_cell->set_slot_without_barrier(0, object_bits(young));
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(finalized, 1) << "a young collection does not trace old cells";
    old_cell->set_slot_without_barrier(0, runtime::Value::undefined().bits());
}

TEST_F(HeapTest, RememberedSetIsRebuiltAfterEachCollection)
{
    TestNode* old_cell = node();
    roots.push_back(old_cell);
    heap->collect(CollectionKind::Full);
    for (int round = 0; round < 5; ++round) {
        // The remembered set empties at each collection: the barrier must remember the owner
        // again the next time it receives a young cell.
        TestNode* young = node();
        old_cell->set_slot_node(*heap, 0, young);
        heap->collect(CollectionKind::Young);
        EXPECT_TRUE(is_marked(young)) << "round " << round;
        EXPECT_EQ(finalized, 0);
    }
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 4) << "the four replaced cells were old garbage";
}

TEST_F(HeapTest, WriteBarrierOnRawCellPointer)
{
    TestNode* old_cell = node(1);
    roots.push_back(old_cell);
    heap->collect(CollectionKind::Full);
    TestNode* young = node();
    old_cell->set_slot_without_barrier(0, object_bits(young));
    heap->write_barrier(old_cell, young);
    heap->write_barrier(old_cell, nullptr);
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(finalized, 0);
}

TEST_F(HeapTest, WriteBarrierIgnoresNonCellValues)
{
    TestNode* old_cell = node();
    roots.push_back(old_cell);
    heap->collect(CollectionKind::Full);
    old_cell->set_slot(*heap, 0, runtime::Value::number(3.25).bits());
    old_cell->set_slot(*heap, 1, runtime::Value::int32(-7).bits());
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(runtime::Value::from_bits(old_cell->slot(0)).as_double(), 3.25);
    EXPECT_EQ(runtime::Value::from_bits(old_cell->slot(1)).as_int32(), -7);
}

TEST_F(HeapTest, YoungCollectionFreesYoungLargeObjectsOnly)
{
    TestNode* old_big = node(20'000);
    roots.push_back(old_big);
    heap->collect(CollectionKind::Full);
    roots.clear();
    node(20'000); // young garbage
    TestNode* young_big = node(20'000);
    old_big->set_slot_node(*heap, 19'999, young_big);
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(finalized, 1);
    EXPECT_TRUE(is_marked(young_big));
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 3);
}

TEST_F(HeapTest, FreeCellsStayAvailableAcrossYoungCollections)
{
    // After a full collection: blocks with free cells between old ones.
    for (int i = 0; i < 10000; ++i) {
        TestNode* n = node();
        if (i % 10 == 0)
            roots.push_back(n);
    }
    heap->collect(CollectionKind::Full);
    size_t blocks = heap->statistics().allocated_bytes;
    size_t free_cells = blocks / kBlockSize * (kBlockPayloadSize / 32) - 1000;
    // A young collection in between sweeps only the block allocated from; the free cells of
    // the others must remain reachable for allocation, and the swept block's too.
    for (int i = 0; i < 100; ++i)
        node();
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(finalized, 9100);
    for (size_t i = 0; i < free_cells; ++i)
        node();
    EXPECT_EQ(heap->statistics().allocated_bytes, blocks) << "no new block while free cells remain";
    node();
    EXPECT_EQ(heap->statistics().allocated_bytes, blocks + kBlockSize);
}

TEST_F(HeapTest, YoungCollectionReleasesBlocksItEmptied)
{
    roots.push_back(node());
    heap->collect(CollectionKind::Full);
    size_t before = heap->statistics().allocated_bytes;
    for (int i = 0; i < 20000; ++i)
        node();
    EXPECT_GT(heap->statistics().allocated_bytes, before);
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(heap->statistics().allocated_bytes, before);
    // The released blocks come back from the pool.
    for (int i = 0; i < 20000; ++i)
        node();
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 40000);
}

TEST_F(HeapTest, YoungCollectionsRunWhenTheBudgetIsSpent)
{
    // 100,000 dead 32-byte cells: 3.2 MB, past the 2 MiB minimum young budget.
    for (int i = 0; i < 100'000; ++i)
        node();
    HeapStatistics statistics = heap->statistics();
    EXPECT_GE(statistics.young_collections, 1u);
    EXPECT_EQ(statistics.full_collections, 0u);
    EXPECT_GT(finalized, 0);
}

TEST_F(HeapTest, FullCollectionRunsWhenTheOldGenerationGrows)
{
    // Keep about 38 MB alive: the old generation passes its 16 MiB threshold, and the young
    // budget (half the live size) runs out once more after that.
    TestNode* head = node(1);
    roots.push_back(head);
    for (int i = 0; i < 300'000; ++i) {
        TestNode* next = node(13); // 120 bytes
        next->set_slot_node(*heap, 0, head);
        head = next;
        roots[0] = head;
    }
    HeapStatistics statistics = heap->statistics();
    EXPECT_GE(statistics.young_collections, 1u);
    EXPECT_GE(statistics.full_collections, 1u);
    EXPECT_EQ(finalized, 0);
}

TEST_F(HeapTest, StressModeCollectsEveryNAllocations)
{
    HeapOptions options;
    options.stress_interval = 7;
    make_heap(options);
    // A list built under stress must come out intact.
    TestNode* head = nullptr;
    roots.push_back(nullptr);
    for (int i = 0; i < 700; ++i) {
        TestNode* next = node(2);
        next->set_slot(*heap, 1, runtime::Value::int32(i).bits());
        if (head)
            next->set_slot_node(*heap, 0, head);
        head = next;
        roots[0] = head;
        node(); // garbage
    }
    HeapStatistics statistics = heap->statistics();
    EXPECT_EQ(statistics.young_collections + statistics.full_collections, 200u);
    EXPECT_EQ(statistics.full_collections, 20u);
    int expected = 699;
    for (TestNode* n = head; n; n = n->slot_node(0))
        EXPECT_EQ(runtime::Value::from_bits(n->slot(1)).as_int32(), expected--);
    EXPECT_EQ(expected, -1);
}

}
}
