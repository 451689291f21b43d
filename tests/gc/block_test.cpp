#include "gc/block.h"

#include "gc/heap.h"

#include <gtest/gtest.h>

#include <set>
#include <vector>

namespace sable::gc {
namespace {

struct Plain : Cell {
    Plain()
        : Cell(CellKind(0))
    {
    }
};

int g_finalized = 0;
constexpr CellTraits kPlainTraits[] = { { "Plain", nullptr, [](Cell*) { ++g_finalized; } } };

class BlockTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        g_finalized = 0;
        block = Block::create(64, 3);
        ASSERT_NE(block, nullptr);
    }
    void TearDown() override { block->destroy(); }
    Cell* allocate()
    {
        Cell* cell = block->allocate();
        if (cell)
            new (cell) Plain;
        return cell;
    }

    Block* block { nullptr };
};

TEST_F(BlockTest, IsAlignedAndFoundByMasking)
{
    EXPECT_EQ(uintptr_t(block) % kBlockSize, 0u);
    Cell* cell = allocate();
    EXPECT_EQ(BlockHeader::of(cell), block);
    EXPECT_EQ(uintptr_t(cell) - uintptr_t(block), kBlockFirstCellOffset);
    EXPECT_EQ(block->kind(), BlockKind::Small);
}

TEST_F(BlockTest, AllocatesEveryCellOnceThenReportsFull)
{
    std::set<Cell*> cells;
    while (Cell* cell = allocate()) {
        EXPECT_EQ(uintptr_t(cell) % kAtomSize, 0u);
        EXPECT_TRUE(block->is_allocated(cell));
        EXPECT_TRUE(cells.insert(cell).second);
    }
    EXPECT_EQ(cells.size(), kBlockPayloadSize / 64);
    EXPECT_TRUE(block->has_new_cells());
}

TEST_F(BlockTest, SweepFreesUnmarkedCellsAndReusesThemInAddressOrder)
{
    std::vector<Cell*> cells;
    for (int i = 0; i < 10; ++i)
        cells.push_back(allocate());
    for (int i = 0; i < 10; i += 2)
        block->test_and_set_mark(cells[i]);
    Block::SweepResult result = block->sweep(kPlainTraits, true);
    EXPECT_EQ(result.live_cells, 5u);
    EXPECT_EQ(result.freed_bytes, 5 * 64u);
    EXPECT_EQ(g_finalized, 5);
    EXPECT_FALSE(block->has_new_cells());
    for (int i = 1; i < 10; i += 2) {
        EXPECT_FALSE(block->is_allocated(cells[i]));
        EXPECT_EQ(block->cell_containing(uintptr_t(cells[i])), nullptr);
    }
    // Free cells come back lowest address first; the last one runs on into the untouched tail.
    for (int i = 1; i < 10; i += 2)
        EXPECT_EQ(allocate(), cells[i]);
    EXPECT_EQ(allocate(), reinterpret_cast<Cell*>(uintptr_t(cells[9]) + 64));
    EXPECT_EQ(allocate(), reinterpret_cast<Cell*>(uintptr_t(cells[9]) + 128));
}

TEST_F(BlockTest, MarksAreSticky)
{
    Cell* old_cell = allocate();
    block->test_and_set_mark(old_cell);
    block->sweep(kPlainTraits, true);
    Cell* young = allocate();
    EXPECT_TRUE(block->is_marked(old_cell));
    EXPECT_FALSE(block->is_marked(young));
    block->sweep(kPlainTraits, true);
    EXPECT_TRUE(block->is_allocated(old_cell));
    EXPECT_FALSE(block->is_allocated(young));
    block->clear_marks();
    EXPECT_FALSE(block->is_marked(old_cell));
}

TEST_F(BlockTest, EmptyBlockReturnsToBumpAllocation)
{
    Cell* first = allocate();
    allocate();
    Block::SweepResult result = block->sweep(kPlainTraits, true);
    EXPECT_EQ(result.live_cells, 0u);
    EXPECT_EQ(allocate(), first);
}

TEST_F(BlockTest, ResetChangesTheSizeClass)
{
    allocate();
    block->sweep(kPlainTraits, true);
    block->reset(32, 1);
    EXPECT_EQ(block->cell_size(), 32u);
    EXPECT_EQ(block->size_class(), 1);
    Cell* a = allocate();
    Cell* b = allocate();
    EXPECT_EQ(uintptr_t(b) - uintptr_t(a), 32u);
}

TEST_F(BlockTest, FinalizeAllRunsEveryFinalizer)
{
    for (int i = 0; i < 7; ++i)
        allocate();
    block->finalize_all(kPlainTraits);
    EXPECT_EQ(g_finalized, 7);
}

}
}
