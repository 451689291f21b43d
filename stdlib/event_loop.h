#pragma once
// The libuv loop under the Node runtime, in Node's phases: timers (one uv_timer for all JS
// timers; the JS list in lib/internal/timers.js says when it is next due), pending, poll, check
// (setImmediate), close. An idle handle keeps poll from blocking while immediates are queued
// and ref'd. An unref'd timer fires at the next Atomics.waitAsync timeout (as in Node, pending
// waits do not keep the process alive). Each handle's callback re-enters JS through NodeHost::call_into_js.

#include <uv.h>

#include <cstdint>
#include <unordered_map>

namespace sable::stdlib {

class NodeHost;

class EventLoop {
public:
    explicit EventLoop(NodeHost&);
    ~EventLoop();
    EventLoop(EventLoop const&) = delete;
    EventLoop& operator=(EventLoop const&) = delete;

    uv_loop_t* uv() { return &m_loop; }
    // The loop's cached time in milliseconds (uv_now), timers' clock.
    double now() { return double(uv_now(&m_loop)); }

    // The timer handle fires `ms` from now; toggling its ref decides whether it keeps the loop
    // alive.
    void schedule_timer(int64_t ms);
    void toggle_timer_ref(bool ref);
    // Ref'd immediates are queued: poll must not block, and the loop stays alive.
    void toggle_immediate_ref(bool ref);
    // Some immediates (ref'd or not) are queued: the check phase runs them.
    void set_immediates_pending(bool pending) { m_immediates_pending = pending; }

    // Points the waitAsync timer at the VM's earliest pending Atomics.waitAsync timeout.
    void schedule_async_wait_timeout();

    // One uv_run(UV_RUN_DEFAULT); whether handles are still alive afterwards.
    bool run_once();

    // Handles the bindings own (sockets, pipes, terminals): the loop closes those still open
    // when it ends, with `teardown` as the close callback (which must not call JS).
    void own_handle(uv_handle_t* handle, uv_close_cb teardown) { m_owned_handles[handle] = teardown; }
    void disown_handle(uv_handle_t* handle) { m_owned_handles.erase(handle); }
    bool owns_handle(uv_handle_t* handle) const { return m_owned_handles.contains(handle); }
    // The loop is ending: close callbacks must not call JS.
    bool tearing_down() const { return m_tearing_down; }

private:
    static void on_timer(uv_timer_t*);
    static void on_check(uv_check_t*);
    static void on_async_wait_timeout(uv_timer_t*);

    NodeHost& m_host;
    uv_loop_t m_loop;
    uv_timer_t m_timer;
    uv_timer_t m_async_wait_timer;
    uv_check_t m_check;
    uv_idle_t m_idle;
    bool m_immediates_pending { false };
    bool m_tearing_down { false };
    std::unordered_map<uv_handle_t*, uv_close_cb> m_owned_handles;
};

}
