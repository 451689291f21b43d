#include "gc/heap_flags.h"

#include <gtest/gtest.h>

namespace sable::gc {
namespace {

TEST(HeapFlagsTest, TraceGc)
{
    HeapOptions options;
    EXPECT_EQ(apply_heap_flag("--trace-gc", options), HeapFlagResult::Applied);
    EXPECT_TRUE(options.trace);
}

TEST(HeapFlagsTest, GcStress)
{
    HeapOptions options;
    EXPECT_EQ(apply_heap_flag("--gc-stress=100", options), HeapFlagResult::Applied);
    EXPECT_EQ(options.stress_interval, 100u);
    EXPECT_EQ(apply_heap_flag("--gc-stress=", options), HeapFlagResult::Invalid);
    EXPECT_EQ(apply_heap_flag("--gc-stress=0", options), HeapFlagResult::Invalid);
    EXPECT_EQ(apply_heap_flag("--gc-stress=1x", options), HeapFlagResult::Invalid);
    EXPECT_EQ(options.stress_interval, 100u);
}

TEST(HeapFlagsTest, MaxHeapSizeInMegabytes)
{
    HeapOptions options;
    EXPECT_EQ(apply_heap_flag("--max-old-space-size=512", options), HeapFlagResult::Applied);
    EXPECT_EQ(options.max_heap_bytes, size_t(512) << 20);
    EXPECT_EQ(apply_heap_flag("--max-heap-size=64", options), HeapFlagResult::Applied);
    EXPECT_EQ(options.max_heap_bytes, size_t(64) << 20);
    EXPECT_EQ(apply_heap_flag("--max-heap-size=-1", options), HeapFlagResult::Invalid);
}

TEST(HeapFlagsTest, OtherArgumentsAreLeftAlone)
{
    HeapOptions options;
    EXPECT_EQ(apply_heap_flag("--trace-gcx", options), HeapFlagResult::NotAHeapFlag);
    EXPECT_EQ(apply_heap_flag("app.js", options), HeapFlagResult::NotAHeapFlag);
    EXPECT_EQ(apply_heap_flag("--print-ast", options), HeapFlagResult::NotAHeapFlag);
    EXPECT_FALSE(options.trace);
}

}
}
