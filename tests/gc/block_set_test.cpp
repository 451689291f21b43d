#include "gc/block_set.h"

#include <gtest/gtest.h>

#include <vector>

namespace sable::gc {
namespace {

// find() never dereferences, so made-up aligned addresses serve as headers.
BlockHeader* fake_header(size_t i)
{
    return reinterpret_cast<BlockHeader*>(uintptr_t(0x7f0000000000) + i * 3 * kBlockSize);
}

TEST(BlockSetTest, EmptySetFindsNothing)
{
    BlockSet set;
    EXPECT_EQ(set.find(0), nullptr);
    EXPECT_EQ(set.find(uintptr_t(fake_header(0))), nullptr);
}

TEST(BlockSetTest, FindsEveryAddressOfEveryChunk)
{
    BlockSet set;
    for (size_t i = 0; i < 1000; ++i)
        set.add(fake_header(i), kBlockSize);
    EXPECT_EQ(set.chunk_count(), 1000u);
    for (size_t i = 0; i < 1000; ++i) {
        auto base = uintptr_t(fake_header(i));
        ASSERT_EQ(set.find(base), fake_header(i));
        ASSERT_EQ(set.find(base + kBlockSize - 1), fake_header(i));
        ASSERT_EQ(set.find(base + kBlockSize), nullptr);
        ASSERT_EQ(set.find(base - 1), nullptr);
    }
}

TEST(BlockSetTest, MultiChunkAllocationsMapEveryChunkToTheirHeader)
{
    BlockSet set;
    set.add(fake_header(0), 2 * kBlockSize + 100);
    EXPECT_EQ(set.chunk_count(), 3u);
    auto base = uintptr_t(fake_header(0));
    EXPECT_EQ(set.find(base + 2 * kBlockSize + 50), fake_header(0));
    set.remove(fake_header(0), 2 * kBlockSize + 100);
    EXPECT_EQ(set.chunk_count(), 0u);
    EXPECT_EQ(set.find(base + kBlockSize), nullptr);
}

TEST(BlockSetTest, RemovalKeepsTheOthersFindable)
{
    BlockSet set;
    constexpr size_t kCount = 5000;
    for (size_t i = 0; i < kCount; ++i)
        set.add(fake_header(i), kBlockSize);
    for (size_t i = 0; i < kCount; i += 3)
        set.remove(fake_header(i), kBlockSize);
    for (size_t i = 0; i < kCount; ++i) {
        BlockHeader* expected = i % 3 == 0 ? nullptr : fake_header(i);
        ASSERT_EQ(set.find(uintptr_t(fake_header(i)) + 64), expected) << i;
    }
    for (size_t i = 0; i < kCount; i += 3)
        set.add(fake_header(i), kBlockSize);
    for (size_t i = 0; i < kCount; ++i)
        ASSERT_EQ(set.find(uintptr_t(fake_header(i))), fake_header(i)) << i;
}

}
}
