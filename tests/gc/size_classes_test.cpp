#include "gc/size_classes.h"

#include <gtest/gtest.h>

namespace sable::gc {
namespace {

TEST(SizeClassesTest, SizesAreIncreasingMultiplesOfTheAtom)
{
    EXPECT_EQ(size_class_cell_size(0), kAtomSize);
    for (size_t i = 0; i < kSizeClassCount; ++i) {
        EXPECT_EQ(size_class_cell_size(i) % kAtomSize, 0u);
        if (i > 0) {
            EXPECT_GT(size_class_cell_size(i), size_class_cell_size(i - 1));
        }
    }
    EXPECT_GE(kMaxSmallCellSize, 8192u);
    EXPECT_LT(kSizeClassCount, 64u);
}

TEST(SizeClassesTest, EverySizeGetsTheSmallestClassThatHoldsIt)
{
    for (size_t size = 1; size <= kMaxSmallCellSize; ++size) {
        size_t size_class = size_class_of(size);
        ASSERT_GE(size_class_cell_size(size_class), size) << size;
        if (size_class > 0) {
            ASSERT_LT(size_class_cell_size(size_class - 1), size) << size;
        }
    }
}

TEST(SizeClassesTest, BlockTailWasteIsLessThanOneCell)
{
    for (size_t i = 0; i < kSizeClassCount; ++i) {
        size_t size = size_class_cell_size(i);
        size_t cells = kBlockPayloadSize / size;
        EXPECT_GE(cells, 1u);
        EXPECT_LT(kBlockPayloadSize - cells * size, size);
        // Stretched: one atom more per cell would lose a cell.
        EXPECT_LT(kBlockPayloadSize / (size + kAtomSize), cells) << size;
    }
}

TEST(SizeClassesTest, BlockHeaderIsSmall)
{
    EXPECT_EQ(kBlockFirstCellOffset % kAtomSize, 0u);
    EXPECT_LT(kBlockFirstCellOffset, kBlockSize / 32);
}

}
}
