#pragma once
// The asynchronous waiters of one agent (VM): Atomics.waitAsync's Waiter Records, each with the
// promise to settle once Atomics.notify (from any agent) removes it from its WaiterList, or its
// timeout passes. ECMA-262 settles them with jobs in the waiting agent (EnqueueResolveInAgentJob,
// EnqueueAtomicsWaitAsyncTimeoutJob): here the job queue settles the ready ones before each job
// (settle_ready), and a host with nothing else to do sleeps in wait_until_ready.

#include "runtime/waiter_list.h"

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <list>
#include <optional>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class Promise;
class SharedDataBlock;
class VM;

class AsyncWaitQueue {
public:
    using Deadline = std::optional<std::chrono::steady_clock::time_point>;

    explicit AsyncWaitQueue(gc::Heap&);
    ~AsyncWaitQueue();
    AsyncWaitQueue(AsyncWaitQueue const&) = delete;
    AsyncWaitQueue& operator=(AsyncWaitQueue const&) = delete;

    // In the waiter lists' critical section: appends a waiter for the location, whose promise
    // settles with "ok" when notified, or with "timed-out" at `deadline` (never when empty).
    void add(SharedDataBlock&, size_t byte_index, Deadline, Promise&);

    bool is_empty() const { return m_entries.empty(); }
    // Whether every pending waiter waits for ever: only a notify can settle them.
    bool waits_without_deadline() const { return !next_deadline(); }
    // The earliest timeout of a pending waiter.
    Deadline next_deadline() const;

    // Resolves the promises of the waiters notified or timed out by now ("ok", "timed-out").
    void settle_ready(VM& vm)
    {
        if (!m_entries.empty())
            settle(vm);
    }
    // Sleeps until a waiter is notified or times out, or until `until`.
    void wait_until_ready(std::chrono::steady_clock::time_point until);

private:
    enum class Outcome : uint8_t { Pending, Ok, TimedOut };
    struct Entry {
        Waiter waiter;
        SharedDataBlock* block; // holds a reference while listed
        size_t byte_index;
        Deadline deadline;
        Promise* promise;
        Outcome outcome { Outcome::Pending };
    };

    // In the critical section: decides the outcome of each pending entry; whether any is ready.
    bool mark_ready(std::chrono::steady_clock::time_point now);
    void settle(VM&);

    gc::Heap& m_heap;
    uint64_t m_root_provider_id { 0 };
    std::list<Entry> m_entries;
    std::condition_variable m_wake;
};

}
