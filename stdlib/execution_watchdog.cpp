#include "stdlib/execution_watchdog.h"

#include "runtime/error_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <chrono>
#include <string>

namespace sable::stdlib {

using namespace runtime;

ExecutionWatchdog::ExecutionWatchdog(VM& vm, uint32_t timeout_ms)
    : m_vm(vm)
    , m_timeout_ms(timeout_ms)
{
    if (timeout_ms == 0)
        return;
    m_previous_handler = vm.set_interrupt_handler([this](VM&) { return throw_timeout(); });
    m_thread = std::thread([this] {
        std::unique_lock lock(m_mutex);
        if (!m_stopped_changed.wait_for(lock, std::chrono::milliseconds(m_timeout_ms), [this] { return m_stopped; })) {
            m_timed_out = true;
            m_vm.request_interrupt();
        }
    });
}

ThrowCompletion ExecutionWatchdog::throw_timeout() const
{
    Realm& realm = NodeHost::from(m_vm).realm();
    (void)m_vm.throw_error(realm, ErrorKind::Error, "Script execution timed out after " + std::to_string(m_timeout_ms) + "ms");
    define_data(m_vm, *m_vm.pending_exception().as_object(), "code", string_value(m_vm, "ERR_SCRIPT_EXECUTION_TIMEOUT"));
    return ThrowCompletion {};
}

ExecutionWatchdog::~ExecutionWatchdog()
{
    if (m_timeout_ms == 0)
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stopped = true;
    }
    m_stopped_changed.notify_one();
    m_thread.join();
    m_vm.clear_interrupt();
    m_vm.set_interrupt_handler(std::move(m_previous_handler));
}

}
