#pragma once
// The command-line flags that configure the heap, for the `sable` executable and test runners:
//   --trace-gc                 one line per collection on stderr (HeapOptions::trace)
//   --gc-stress[=N]            a collection every N allocations (HeapOptions::stress_interval;
//                              kDefaultStressInterval without a value)
//   --max-old-space-size=MB    the heap limit, as Node spells it (HeapOptions::max_heap_bytes);
//   --max-heap-size=MB         the same

#include "gc/heap.h"

#include <cstdint>
#include <string_view>

namespace sable::gc {

constexpr uint32_t kDefaultStressInterval = 1000;

enum class HeapFlagResult : uint8_t {
    NotAHeapFlag, // the argument is someone else's
    Applied,
    Invalid, // a heap flag with a bad value (missing, not a number, zero)
};

HeapFlagResult apply_heap_flag(std::string_view argument, HeapOptions&);

}
