#include "runtime/job_queue.h"

#include "gc/conservative_roots.h"
#include "gc/heap.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime {

JobQueue::JobQueue(gc::Heap& heap)
    : m_heap(heap)
{
    m_root_provider_id = m_heap.add_root_provider([this](gc::Visitor& visitor) {
        for (Job const& job : m_jobs) {
            visitor.visit_value_bits(job.a.bits());
            visitor.visit_value_bits(job.b.bits());
            visitor.visit_value_bits(job.c.bits());
            visitor.visit(job.realm);
            visitor.visit_value_bits(job.async_context.bits());
        }
        visitor.visit_value_bits(m_async_context.bits());
    });
}

JobQueue::~JobQueue() { m_heap.remove_root_provider(m_root_provider_id); }

void JobQueue::enqueue_promise_job(JobFunction function, Value a, Value b, Value c, Realm* realm)
{
    m_jobs.push_back(Job { function, a, b, c, realm, m_async_context });
}

void JobQueue::enqueue_promise_job_in_context(Value async_context, JobFunction function, Value a, Value b, Value c,
    Realm* realm)
{
    m_jobs.push_back(Job { function, a, b, c, realm, async_context });
}

ThrowCompletionOr<void> JobQueue::run_jobs(VM& vm)
{
    // The jobs run where the script (or the previous macrotask) ran: what it left on the native
    // stack would look like roots to the conservative scan.
    if (!m_jobs.empty())
        gc::clear_unused_stack();
    while (true) {
        // The Atomics.waitAsync waiters notified or timed out by now: their promises settle,
        // as the jobs another agent's notify (or the timeout) enqueued would.
        vm.async_waits().settle_ready(vm);
        if (m_jobs.empty())
            break;
        // 9.10 ClearKeptObjects: what the previous job (or the script) kept for WeakRefs.
        vm.clear_kept_objects();
        // FIFO: take the oldest job off the queue before running it (it may enqueue more).
        Job job = m_jobs.front();
        m_jobs.pop_front();
        // The job runs in its realm (9.5: the host sets up an execution context for it).
        Realm* caller_realm = vm.has_current_realm() ? &vm.current_realm() : nullptr;
        if (job.realm)
            vm.set_current_realm(job.realm);
        Value caller_context = m_async_context;
        m_async_context = job.async_context;
        auto result = job.function(vm, job.a, job.b, job.c);
        m_async_context = caller_context;
        if (job.realm)
            vm.set_current_realm(caller_realm);
        if (result.is_throw())
            return ThrowCompletion {};
    }
    return {};
}

}
