// Shared Data Blocks and the waiter lists: a growable block's atomic length (only grows, up to
// its maximum, also from concurrent growers), and Atomics.wait's synchronous wait (not-equal,
// timed-out, woken by a notify from another thread) with notify's counts.
#include "runtime/shared_data_block.h"
#include "runtime/waiter_list.h"

#include <gtest/gtest.h>

#include <cmath>
#include <thread>
#include <vector>

namespace sable::runtime::test {
namespace {

// Holds one reference to a new block and drops it at the end of the test.
struct BlockReference {
    explicit BlockReference(SharedDataBlock* block)
        : block(block)
    {
    }
    ~BlockReference() { block->unref(); }
    SharedDataBlock* block;
};

TEST(SharedDataBlockTest, FixedBlockIsZeroedAndCannotGrow)
{
    BlockReference reference(SharedDataBlock::create(16, std::nullopt));
    SharedDataBlock& block = *reference.block;
    EXPECT_FALSE(block.is_growable());
    EXPECT_EQ(block.byte_length(), 16u);
    EXPECT_EQ(block.capacity(), 16u);
    for (size_t i = 0; i < 16; ++i)
        EXPECT_EQ(block.data()[i], 0);
    EXPECT_EQ(block.grow(32), SharedDataBlock::GrowResult::TooLarge);
}

TEST(SharedDataBlockTest, GrowableBlockOnlyGrows)
{
    BlockReference reference(SharedDataBlock::create(4, 64));
    SharedDataBlock& block = *reference.block;
    EXPECT_TRUE(block.is_growable());
    uint8_t* data = block.data();
    EXPECT_EQ(block.grow(8), SharedDataBlock::GrowResult::Grown);
    EXPECT_EQ(block.byte_length(), 8u);
    EXPECT_EQ(block.data(), data) << "the bytes never move";
    EXPECT_EQ(block.grow(8), SharedDataBlock::GrowResult::Grown) << "the same length is a no-op";
    EXPECT_EQ(block.grow(4), SharedDataBlock::GrowResult::Shrinking);
    EXPECT_EQ(block.grow(65), SharedDataBlock::GrowResult::TooLarge);
    EXPECT_EQ(block.byte_length(), 8u);
}

TEST(SharedDataBlockTest, ConcurrentGrowersEndAtTheLargestLength)
{
    BlockReference reference(SharedDataBlock::create(0, 1000));
    SharedDataBlock& block = *reference.block;
    std::vector<std::thread> growers;
    for (size_t start = 1; start <= 4; ++start) {
        growers.emplace_back([&block, start] {
            for (size_t length = start; length <= 1000; length += 4)
                block.grow(length);
        });
    }
    for (auto& grower : growers)
        grower.join();
    EXPECT_EQ(block.byte_length(), 1000u);
}

TEST(WaiterListTest, NotEqualAndTimedOut)
{
    BlockReference reference(SharedDataBlock::create(16, std::nullopt));
    SharedDataBlock& block = *reference.block;
    block.data()[4] = 7;
    EXPECT_EQ(wait_on_location(block, 4, 4, 0, 1000), WaitResult::NotEqual);
    EXPECT_EQ(wait_on_location(block, 4, 4, 7, 1), WaitResult::TimedOut);
    EXPECT_EQ(wait_on_location(block, 8, 8, 0, 0), WaitResult::TimedOut);
    EXPECT_EQ(notify_location(block, 4, INFINITY), 0u) << "a timed-out waiter leaves the list";
}

TEST(WaiterListTest, NotifyWakesAWaiterOfAnotherThread)
{
    BlockReference reference(SharedDataBlock::create(16, std::nullopt));
    SharedDataBlock& block = *reference.block;
    WaitResult result = WaitResult::NotEqual;
    std::thread waiter([&] { result = wait_on_location(block, 0, 4, 0, INFINITY); });
    size_t woken = 0;
    // The waiter may not be listed yet: notify until it is.
    while (woken == 0) {
        EXPECT_EQ(notify_location(block, 4, INFINITY), 0u) << "another location";
        woken = notify_location(block, 0, 1);
        std::this_thread::yield();
    }
    waiter.join();
    EXPECT_EQ(woken, 1u);
    EXPECT_EQ(result, WaitResult::Ok);
    EXPECT_EQ(notify_location(block, 0, INFINITY), 0u);
}

TEST(WaiterListTest, CountZeroWakesNobody)
{
    BlockReference reference(SharedDataBlock::create(16, std::nullopt));
    SharedDataBlock& block = *reference.block;
    WaitResult result = WaitResult::NotEqual;
    std::thread waiter([&] { result = wait_on_location(block, 0, 4, 0, 50); });
    EXPECT_EQ(notify_location(block, 0, 0), 0u);
    waiter.join();
    EXPECT_EQ(result, WaitResult::TimedOut);
}

}
}
