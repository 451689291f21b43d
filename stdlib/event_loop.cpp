#include "stdlib/event_loop.h"

#include "runtime/vm.h"
#include "stdlib/node_host.h"

#include <algorithm>
#include <chrono>
#include <cmath>

namespace sable::stdlib {

using namespace runtime;

EventLoop::EventLoop(NodeHost& host)
    : m_host(host)
{
    uv_loop_init(&m_loop);
    uv_timer_init(&m_loop, &m_timer);
    uv_timer_init(&m_loop, &m_async_wait_timer);
    uv_unref(reinterpret_cast<uv_handle_t*>(&m_async_wait_timer));
    m_async_wait_timer.data = this;
    uv_check_init(&m_loop, &m_check);
    uv_idle_init(&m_loop, &m_idle);
    m_timer.data = this;
    m_check.data = this;
    // The check handle never keeps the loop alive by itself: queued immediates do, via idle.
    uv_check_start(&m_check, on_check);
    uv_unref(reinterpret_cast<uv_handle_t*>(&m_check));
}

EventLoop::~EventLoop()
{
    m_tearing_down = true;
    for (auto [handle, teardown] : m_owned_handles) {
        if (!uv_is_closing(handle))
            uv_close(handle, teardown);
    }
    uv_close(reinterpret_cast<uv_handle_t*>(&m_timer), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&m_async_wait_timer), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&m_check), nullptr);
    uv_close(reinterpret_cast<uv_handle_t*>(&m_idle), nullptr);
    uv_run(&m_loop, UV_RUN_NOWAIT);
    uv_loop_close(&m_loop);
}

void EventLoop::schedule_timer(int64_t ms)
{
    uv_timer_start(&m_timer, on_timer, uint64_t(ms < 1 ? 1 : ms), 0);
}

void EventLoop::toggle_timer_ref(bool ref)
{
    if (ref)
        uv_ref(reinterpret_cast<uv_handle_t*>(&m_timer));
    else
        uv_unref(reinterpret_cast<uv_handle_t*>(&m_timer));
}

void EventLoop::toggle_immediate_ref(bool ref)
{
    if (ref)
        uv_idle_start(&m_idle, [](uv_idle_t*) {});
    else
        uv_idle_stop(&m_idle);
}

void EventLoop::schedule_async_wait_timeout()
{
    auto deadline = m_host.vm().async_waits().next_deadline();
    if (!deadline) {
        uv_timer_stop(&m_async_wait_timer);
        return;
    }
    auto remaining = std::chrono::ceil<std::chrono::milliseconds>(*deadline - std::chrono::steady_clock::now()).count();
    uv_timer_start(&m_async_wait_timer, on_async_wait_timeout, uint64_t(std::max<int64_t>(remaining, 0)), 0);
}

// The waitAsync timeouts due by now: the promise jobs settle them (and run their reactions).
void EventLoop::on_async_wait_timeout(uv_timer_t* handle)
{
    static_cast<EventLoop*>(handle->data)->m_host.drain_task_queues();
}

bool EventLoop::run_once()
{
    uv_run(&m_loop, UV_RUN_DEFAULT);
    return uv_loop_alive(&m_loop);
}

// The timers phase: the JS list runs every due timer and answers when the next one is due.
void EventLoop::on_timer(uv_timer_t* handle)
{
    auto& loop = *static_cast<EventLoop*>(handle->data);
    NodeHost& host = loop.m_host;
    Value now = Value::number(loop.now());
    Value next = Value::undefined();
    if (!host.call_into_js(host.hook(NodeHook::process_timers), Value::undefined(), { &now, 1 }, &next))
        return;
    double expiry = next.is_number() ? next.as_number() : 0;
    if (expiry == 0 || std::isnan(expiry))
        return;
    loop.schedule_timer(int64_t(std::fabs(expiry) - loop.now()));
    loop.toggle_timer_ref(expiry > 0);
}

// The check phase: setImmediate callbacks.
void EventLoop::on_check(uv_check_t* handle)
{
    auto& loop = *static_cast<EventLoop*>(handle->data);
    if (!loop.m_immediates_pending)
        return;
    NodeHost& host = loop.m_host;
    host.call_into_js(host.hook(NodeHook::process_immediates), Value::undefined(), {});
}

}
