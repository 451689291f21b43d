#pragma once
// ExecutionWatchdog: a time limit on running code (vm's `timeout` option). While it lives, a
// thread waits out the limit and then asks the VM to interrupt the code (VM::request_interrupt);
// the interrupt throws Node's ERR_SCRIPT_EXECUTION_TIMEOUT error, "Script execution timed out
// after Nms", at the code's next loop back-edge. Code that catches it and returns anyway has
// still timed out: its caller checks timed_out() and throws the error itself (as V8's
// termination of the script cannot be caught). Ending the watchdog stops the thread and
// withdraws the request.

#include "runtime/vm.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace sable::stdlib {

class ExecutionWatchdog {
public:
    // No limit (nothing is started) when `timeout_ms` is 0.
    ExecutionWatchdog(runtime::VM&, uint32_t timeout_ms);
    ~ExecutionWatchdog();
    ExecutionWatchdog(ExecutionWatchdog const&) = delete;
    ExecutionWatchdog& operator=(ExecutionWatchdog const&) = delete;

    bool timed_out() const { return m_timed_out.load(); }
    // Throws Node's timeout error.
    runtime::ThrowCompletion throw_timeout() const;

private:
    runtime::VM& m_vm;
    uint32_t m_timeout_ms;
    runtime::VM::InterruptHandler m_previous_handler;
    std::mutex m_mutex;
    std::condition_variable m_stopped_changed;
    bool m_stopped { false };
    std::atomic<bool> m_timed_out { false };
    std::thread m_thread;
};

}
