#include "runtime/async_wait_queue.h"

#include "gc/heap.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/shared_data_block.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>
#include <vector>

namespace sable::runtime {

AsyncWaitQueue::AsyncWaitQueue(gc::Heap& heap)
    : m_heap(heap)
{
    m_root_provider_id = m_heap.add_root_provider([this](gc::Visitor& visitor) {
        for (Entry const& entry : m_entries)
            visitor.visit(entry.promise);
    });
}

AsyncWaitQueue::~AsyncWaitQueue()
{
    {
        auto lock = enter_waiter_critical_section();
        for (Entry& entry : m_entries) {
            if (entry.outcome == Outcome::Pending && !entry.waiter.notified)
                remove_waiter(*entry.block, entry.byte_index, entry.waiter);
        }
    }
    for (Entry& entry : m_entries)
        entry.block->unref();
    m_heap.remove_root_provider(m_root_provider_id);
}

void AsyncWaitQueue::add(SharedDataBlock& block, size_t byte_index, Deadline deadline, Promise& promise)
{
    block.ref();
    Entry& entry = m_entries.emplace_back(Entry { Waiter { &m_wake }, &block, byte_index, deadline, &promise });
    append_waiter(block, byte_index, entry.waiter);
}

AsyncWaitQueue::Deadline AsyncWaitQueue::next_deadline() const
{
    Deadline earliest;
    for (Entry const& entry : m_entries) {
        if (entry.outcome == Outcome::Pending && entry.deadline && (!earliest || *entry.deadline < *earliest))
            earliest = entry.deadline;
    }
    return earliest;
}

bool AsyncWaitQueue::mark_ready(std::chrono::steady_clock::time_point now)
{
    bool any_ready = false;
    for (Entry& entry : m_entries) {
        if (entry.outcome == Outcome::Pending) {
            if (entry.waiter.notified) {
                entry.outcome = Outcome::Ok;
            } else if (entry.deadline && now >= *entry.deadline) {
                // The timeout job: if the waiter is still listed, remove it; "timed-out".
                remove_waiter(*entry.block, entry.byte_index, entry.waiter);
                entry.outcome = Outcome::TimedOut;
            }
        }
        any_ready |= entry.outcome != Outcome::Pending;
    }
    return any_ready;
}

void AsyncWaitQueue::wait_until_ready(std::chrono::steady_clock::time_point until)
{
    auto lock = enter_waiter_critical_section();
    while (!mark_ready(std::chrono::steady_clock::now())) {
        auto wake_at = std::min(until, next_deadline().value_or(until));
        if (m_wake.wait_until(lock, wake_at) == std::cv_status::timeout && std::chrono::steady_clock::now() >= until)
            return;
    }
}

void AsyncWaitQueue::settle(VM& vm)
{
    {
        auto lock = enter_waiter_critical_section();
        mark_ready(std::chrono::steady_clock::now());
    }
    // Resolve the ready promises: the notified ones in list (notify) order, then the timed-out
    // ones in the order of their deadlines, as their timeout jobs would run. Each entry (which
    // roots its promise) is dropped after.
    std::vector<std::list<Entry>::iterator> ready;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->outcome != Outcome::Pending)
            ready.push_back(it);
    }
    std::stable_sort(ready.begin(), ready.end(), [](auto a, auto b) {
        if (a->outcome != b->outcome)
            return a->outcome == Outcome::Ok;
        return a->outcome == Outcome::TimedOut && *a->deadline < *b->deadline;
    });
    for (auto it : ready) {
        std::string_view result = it->outcome == Outcome::Ok ? "ok" : "timed-out";
        resolve_promise(vm, *it->promise, Value::string(vm.atoms().intern_latin1(result)));
        it->block->unref();
        m_entries.erase(it);
    }
}

}
