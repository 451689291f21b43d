#include "runtime/waiter_list.h"

#include "runtime/shared_data_block.h"

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <list>
#include <map>
#include <mutex>
#include <utility>

namespace sable::runtime {

namespace {

// A waiter record: its agent sleeps on `woken` until `notified`.
struct Waiter {
    std::condition_variable woken;
    bool notified { false };
};

using Location = std::pair<SharedDataBlock const*, size_t>;

// The critical section and every location's list. Waiters live on their agent's stack while
// listed; a listed block stays alive, the waiting agent holding a SharedArrayBuffer over it.
struct WaiterLists {
    std::mutex critical_section;
    std::map<Location, std::list<Waiter*>> lists;
};

WaiterLists& waiter_lists()
{
    static WaiterLists lists;
    return lists;
}

int64_t load_location(SharedDataBlock const& block, size_t byte_index, size_t element_size)
{
    uint8_t* address = block.data() + byte_index;
    if (element_size == 8)
        return __atomic_load_n(reinterpret_cast<int64_t*>(address), __ATOMIC_SEQ_CST);
    return __atomic_load_n(reinterpret_cast<int32_t*>(address), __ATOMIC_SEQ_CST);
}

}

WaitResult wait_on_location(SharedDataBlock& block, size_t byte_index, size_t element_size, int64_t expected, double timeout_ms)
{
    auto& lists = waiter_lists();
    // 19. Perform EnterCriticalSection(WL).
    std::unique_lock lock(lists.critical_section);
    // 20-21. Let w be the value at the location; if v ≠ w, leave the critical section and
    //        return "not-equal".
    if (load_location(block, byte_index, element_size) != expected)
        return WaitResult::NotEqual;
    // 25-27. Let waiterRecord be a new Waiter Record; append it to WL.
    Location location { &block, byte_index };
    Waiter waiter;
    auto& list = lists.lists[location];
    auto position = list.insert(list.end(), &waiter);
    // 28. SuspendThisAgent(WL, waiterRecord): until notified or timed out.
    if (std::isinf(timeout_ms)) {
        waiter.woken.wait(lock, [&] { return waiter.notified; });
    } else {
        auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double, std::milli>(timeout_ms);
        waiter.woken.wait_until(lock, std::chrono::time_point_cast<std::chrono::steady_clock::duration>(deadline),
            [&] { return waiter.notified; });
    }
    if (waiter.notified)
        return WaitResult::Ok;
    // 29-30. Timed out: remove waiterRecord from WL (notify removed it otherwise).
    auto& same_list = lists.lists[location];
    same_list.erase(position);
    if (same_list.empty())
        lists.lists.erase(location);
    // 31. Perform LeaveCriticalSection(WL).
    return WaitResult::TimedOut;
}

size_t notify_location(SharedDataBlock& block, size_t byte_index, double count)
{
    auto& lists = waiter_lists();
    // 9. Perform EnterCriticalSection(WL).
    std::lock_guard lock(lists.critical_section);
    auto found = lists.lists.find(Location { &block, byte_index });
    if (found == lists.lists.end())
        return 0;
    // 10-12. Let S be RemoveWaiters(WL, c); NotifyWaiter each, in order.
    size_t woken = 0;
    auto& list = found->second;
    while (!list.empty() && double(woken) < count) {
        Waiter* waiter = list.front();
        list.pop_front();
        waiter->notified = true;
        waiter->woken.notify_one();
        ++woken;
    }
    if (list.empty())
        lists.lists.erase(found);
    // 13. Perform LeaveCriticalSection(WL).
    return woken;
}

}
