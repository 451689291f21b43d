#include "runtime/waiter_list.h"

#include "runtime/shared_data_block.h"

#include <algorithm>
#include <chrono>
#include <list>
#include <map>
#include <utility>

namespace sable::runtime {

namespace {

using Location = std::pair<SharedDataBlock const*, size_t>;

// The critical section and every location's list. Listed waiters stay alive until removed; a
// listed block too, its waiter's agent holding a SharedArrayBuffer (or a reference) over it.
struct WaiterLists {
    std::mutex critical_section;
    std::map<Location, std::list<Waiter*>> lists;
};

WaiterLists& waiter_lists()
{
    static WaiterLists lists;
    return lists;
}

}

std::unique_lock<std::mutex> enter_waiter_critical_section() { return std::unique_lock(waiter_lists().critical_section); }

int64_t read_waiter_location(SharedDataBlock const& block, size_t byte_index, size_t element_size)
{
    uint8_t* address = block.data() + byte_index;
    if (element_size == 8)
        return __atomic_load_n(reinterpret_cast<int64_t*>(address), __ATOMIC_SEQ_CST);
    return __atomic_load_n(reinterpret_cast<int32_t*>(address), __ATOMIC_SEQ_CST);
}

void append_waiter(SharedDataBlock const& block, size_t byte_index, Waiter& waiter)
{
    waiter_lists().lists[Location { &block, byte_index }].push_back(&waiter);
}

void remove_waiter(SharedDataBlock const& block, size_t byte_index, Waiter& waiter)
{
    auto& lists = waiter_lists().lists;
    auto found = lists.find(Location { &block, byte_index });
    if (found == lists.end())
        return;
    found->second.remove(&waiter);
    if (found->second.empty())
        lists.erase(found);
}

std::optional<std::chrono::steady_clock::time_point> wait_deadline(double timeout_ms)
{
    // About 30 years: beyond it a steady_clock time point could overflow.
    constexpr double kLongestTimeout = 1e12;
    if (!(timeout_ms <= kLongestTimeout))
        return std::nullopt;
    return std::chrono::steady_clock::now()
        + std::chrono::duration_cast<std::chrono::steady_clock::duration>(std::chrono::duration<double, std::milli>(timeout_ms));
}

WaitResult wait_on_location(SharedDataBlock& block, size_t byte_index, size_t element_size, int64_t expected, double timeout_ms)
{
    // 19. Perform EnterCriticalSection(WL).
    auto lock = enter_waiter_critical_section();
    // 20-21. Let w be the value at the location; if v ≠ w, leave the critical section and
    //        return "not-equal".
    if (read_waiter_location(block, byte_index, element_size) != expected)
        return WaitResult::NotEqual;
    // 25-27. Let waiterRecord be a new Waiter Record; append it to WL.
    std::condition_variable wake;
    Waiter waiter { &wake };
    append_waiter(block, byte_index, waiter);
    // 28. SuspendThisAgent(WL, waiterRecord): until notified or timed out.
    if (auto deadline = wait_deadline(timeout_ms))
        wake.wait_until(lock, *deadline, [&] { return waiter.notified; });
    else
        wake.wait(lock, [&] { return waiter.notified; });
    if (waiter.notified)
        return WaitResult::Ok;
    // 29-31. Timed out: remove waiterRecord from WL (notify removed it otherwise), then
    //        LeaveCriticalSection(WL).
    remove_waiter(block, byte_index, waiter);
    return WaitResult::TimedOut;
}

size_t notify_location(SharedDataBlock& block, size_t byte_index, double count)
{
    auto& lists = waiter_lists();
    // 9. Perform EnterCriticalSection(WL).
    auto lock = enter_waiter_critical_section();
    auto found = lists.lists.find(Location { &block, byte_index });
    if (found == lists.lists.end())
        return 0;
    // 10-12. Let S be RemoveWaiters(WL, c); NotifyWaiter each, in order.
    size_t notified = 0;
    auto& list = found->second;
    while (!list.empty() && double(notified) < count) {
        Waiter* waiter = list.front();
        list.pop_front();
        waiter->notified = true;
        waiter->wake->notify_all();
        ++notified;
    }
    if (list.empty())
        lists.lists.erase(found);
    // 13. Perform LeaveCriticalSection(WL).
    return notified;
}

}
