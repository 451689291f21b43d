#pragma once
// The WaiterList records of ECMA-262 (25.4.3 "WaiterList Objects"), process-wide: the agents
// that wait in Atomics.wait on a location of a Shared Data Block, keyed by (block, byte index),
// in FIFO order. One critical section (a mutex) covers every list: the agents run on separate
// threads, each with its own VM, and share only Shared Data Blocks.

#include <cstddef>
#include <cstdint>

namespace sable::runtime {

class SharedDataBlock;

enum class WaitResult : uint8_t { Ok, NotEqual, TimedOut };

// DoWait's synchronous steps 18-32: in the critical section, reads the `element_size`-byte
// (4 or 8) integer at `byte_index` of `block`; if it differs from `expected`, NotEqual;
// otherwise suspends the calling thread until Atomics.notify removes it from the list (Ok) or
// `timeout_ms` milliseconds pass (TimedOut; +∞ waits for ever).
WaitResult wait_on_location(SharedDataBlock& block, size_t byte_index, size_t element_size, int64_t expected, double timeout_ms);

// Atomics.notify's steps 8-13: removes up to `count` (+∞ for all) waiters of the location, the
// earliest first, wakes them, and returns how many.
size_t notify_location(SharedDataBlock& block, size_t byte_index, double count);

}
