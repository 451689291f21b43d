// Conservative roots: words read from native memory keep cells alive when they point into an
// allocated cell, as raw pointers or as NaN-boxed Values, interior pointers included.

#include "gc/block.h"
#include "gc/block_set.h"
#include "gc/conservative_roots.h"
#include "gc/large_allocation.h"
#include "test_cells.h"

#include <algorithm>
#include <cstring>

namespace sable::gc::test {
namespace {

// --- ConservativeRoots over a word array: exact answers, no stack involved.

class ConservativeRootsTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        block = Block::create(48, 2);
        ASSERT_NE(block, nullptr);
        blocks.add(block, kBlockSize);
        large = LargeAllocation::create(3 * kBlockSize);
        ASSERT_NE(large, nullptr);
        blocks.add(large, large->mapped_size());
    }
    void TearDown() override
    {
        block->destroy();
        large->destroy();
    }
    std::vector<Cell*> scan(std::vector<uintptr_t> const& words)
    {
        ConservativeRoots roots(blocks);
        roots.add_range(words.data(), words.data() + words.size());
        return roots.cells();
    }

    Block* block { nullptr };
    LargeAllocation* large { nullptr };
    BlockSet blocks;
};

TEST_F(ConservativeRootsTest, RawPointerToAnAllocatedCell)
{
    Cell* cell = block->allocate();
    EXPECT_EQ(scan({ uintptr_t(cell) }), std::vector<Cell*> { cell });
}

TEST_F(ConservativeRootsTest, NaNBoxedValueOfACell)
{
    Cell* cell = block->allocate();
    EXPECT_EQ(scan({ object_bits(cell) }), std::vector<Cell*> { cell });
    uint64_t string_bits = runtime::Value::string(reinterpret_cast<runtime::String*>(cell)).bits();
    EXPECT_EQ(scan({ string_bits }), std::vector<Cell*> { cell });
}

TEST_F(ConservativeRootsTest, NonCellTagsDoNotCount)
{
    Cell* cell = block->allocate();
    // The pointer's bits under a non-cell tag (int32 is 0x1FFF1) are not a reference.
    uint64_t int32_tagged = (uint64_t(0x1FFF1) << 47) | uintptr_t(cell);
    EXPECT_TRUE(scan({ int32_tagged, 0, 1, ~uint64_t(0) }).empty());
}

TEST_F(ConservativeRootsTest, InteriorPointersCount)
{
    Cell* first = block->allocate();
    Cell* second = block->allocate();
    auto base = uintptr_t(second);
    EXPECT_EQ(scan({ base + 8, base + 47 }), (std::vector<Cell*> { second, second }));
    EXPECT_EQ(scan({ base - 1 }), std::vector<Cell*> { first });
    EXPECT_EQ(scan({ object_bits(reinterpret_cast<Cell*>(base + 20)) }), std::vector<Cell*> { second });
}

TEST_F(ConservativeRootsTest, FreeCellsAndHeadersDoNotCount)
{
    Cell* cell = block->allocate();
    auto base = uintptr_t(cell);
    EXPECT_TRUE(scan({ base + 48, base + 480, uintptr_t(block), uintptr_t(block) + 100, base - kBlockFirstCellOffset - 1 }).empty());
}

TEST_F(ConservativeRootsTest, PointersAnywhereInALargeCell)
{
    Cell* cell = large->cell();
    auto base = uintptr_t(cell);
    // The cell spans four chunks; a pointer into the last one finds its header too.
    std::vector<uintptr_t> words { base, base + 100, base + kBlockSize + 8, base + 3 * kBlockSize - 1 };
    EXPECT_EQ(scan(words), std::vector<Cell*>(4, cell));
    EXPECT_TRUE(scan({ base + 3 * kBlockSize, uintptr_t(large) }).empty());
}

TEST_F(ConservativeRootsTest, UnalignedRangeIsScannedByAlignedWords)
{
    Cell* cell = block->allocate();
    alignas(8) unsigned char bytes[32] {};
    auto address = uintptr_t(cell);
    std::memcpy(bytes + 8, &address, sizeof address);
    ConservativeRoots roots(blocks);
    roots.add_range(bytes + 3, bytes + 17);
    EXPECT_EQ(roots.cells(), std::vector<Cell*> { cell });
}

TEST(StackOriginTest, CurrentThreadStackOriginIsAboveThisFrame)
{
    auto frame = uintptr_t(__builtin_frame_address(0));
    auto origin = uintptr_t(current_thread_stack_origin());
    EXPECT_GT(origin, frame);
    EXPECT_LT(origin - frame, size_t(64) << 20);
}

// --- The heap scanning its own thread's stack.

class StackScanningTest : public HeapTest {
protected:
    void SetUp() override { make_heap({}, /* scan_native_stack */ true); }
};

// Overwrites a good stretch of the stack below the caller, so that stale copies of pointers
// left by earlier calls do not keep cells alive.
__attribute__((noinline)) void clear_stack_below()
{
    volatile char buffer[32 * 1024];
    for (size_t i = 0; i < sizeof buffer; ++i)
        buffer[i] = 0;
}

TEST_F(StackScanningTest, RawPointerInALocalKeepsTheCellAndItsChildrenAlive)
{
    TestNode* volatile local = node();
    local->set_slot_node(*heap, 0, node());
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 0);
    EXPECT_TRUE(is_marked(local));
    EXPECT_TRUE(is_marked(local->slot_node(0)));
}

__attribute__((noinline)) uint64_t boxed_node(Heap& heap, int* finalized)
{
    return object_bits(TestNode::create(heap, 2, finalized));
}

TEST_F(StackScanningTest, NaNBoxedValueInALocalKeepsTheCellAlive)
{
    volatile uint64_t bits = boxed_node(*heap, &finalized);
    clear_stack_below();
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 0);
    EXPECT_TRUE(is_marked(cell_of(bits)));
}

__attribute__((noinline)) uintptr_t interior_of_new_node(Heap& heap, int* finalized, uint32_t slots, size_t offset)
{
    return uintptr_t(TestNode::create(heap, slots, finalized)) + offset;
}

TEST_F(StackScanningTest, InteriorPointerInALocalKeepsTheCellAlive)
{
    volatile uintptr_t interior = interior_of_new_node(*heap, &finalized, 4, 24);
    volatile uintptr_t large_interior = interior_of_new_node(*heap, &finalized, 100'000, 600'000);
    clear_stack_below();
    heap->collect(CollectionKind::Full);
    EXPECT_EQ(finalized, 0);
    EXPECT_TRUE(is_marked(reinterpret_cast<Cell*>(interior - 24)));
    EXPECT_TRUE(is_marked(reinterpret_cast<Cell*>(large_interior - 600'000)));
}

TEST_F(StackScanningTest, YoungCellInALocalSurvivesAYoungCollection)
{
    TestNode* volatile local = node();
    heap->collect(CollectionKind::Young);
    EXPECT_EQ(finalized, 0);
    EXPECT_TRUE(is_marked(local));
}

__attribute__((noinline)) void make_garbage(Heap& heap, int* finalized, int count)
{
    for (int i = 0; i < count; ++i)
        TestNode::create(heap, 2, finalized);
}

TEST_F(StackScanningTest, GarbageNotOnTheStackIsStillFreed)
{
    // Stale words may keep a few cells alive; the rest must go.
    make_garbage(*heap, &finalized, 1000);
    clear_stack_below();
    heap->collect(CollectionKind::Full);
    EXPECT_GE(finalized, 990);
}

}
}
