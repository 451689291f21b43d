#pragma once
// The WaiterList records of ECMA-262 (25.4.3 "WaiterList Objects"), process-wide: the waiters
// of Atomics.wait and Atomics.waitAsync on a location of a Shared Data Block, keyed by (block,
// byte index), in FIFO order. One critical section (a mutex) covers every list: agents run on
// separate threads, each with its own VM, and share only Shared Data Blocks.

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>

namespace sable::runtime {

class SharedDataBlock;

// A Waiter Record: notifying it sets `notified` and signals `wake` (in the critical section).
// A synchronous waiter sleeps on its own condition variable; the asynchronous waiters of an
// agent share its AsyncWaitQueue's.
struct Waiter {
    std::condition_variable* wake { nullptr };
    bool notified { false };
};

// EnterCriticalSection ( WL ): the lock of every waiter list (LeaveCriticalSection: its end).
std::unique_lock<std::mutex> enter_waiter_critical_section();

// In the critical section: the `element_size`-byte (4 or 8) integer at `byte_index` of `block`,
// read atomically; appending a waiter to, and removing one from, the location's list.
int64_t read_waiter_location(SharedDataBlock const& block, size_t byte_index, size_t element_size);
void append_waiter(SharedDataBlock const& block, size_t byte_index, Waiter&);
void remove_waiter(SharedDataBlock const& block, size_t byte_index, Waiter&);

// When a wait of `timeout_ms` milliseconds from now ends: nothing for +∞ (and for timeouts
// too long for the clock, which no program outlives).
std::optional<std::chrono::steady_clock::time_point> wait_deadline(double timeout_ms);

enum class WaitResult : uint8_t { Ok, NotEqual, TimedOut };

// DoWait's synchronous steps 18-32: in the critical section, if the value at the location
// differs from `expected`, NotEqual; otherwise suspends the calling thread until
// Atomics.notify removes it from the list (Ok) or `timeout_ms` milliseconds pass (TimedOut;
// +∞ waits for ever).
WaitResult wait_on_location(SharedDataBlock& block, size_t byte_index, size_t element_size, int64_t expected, double timeout_ms);

// Atomics.notify's steps 8-13: removes up to `count` (+∞ for all) waiters of the location, the
// earliest first, notifies them, and returns how many.
size_t notify_location(SharedDataBlock& block, size_t byte_index, double count);

}
