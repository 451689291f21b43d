#pragma once
// JobQueue: the VM's queue of promise jobs (ECMA-262 9.5 Jobs and Host Operations to Enqueue
// Jobs; HostEnqueuePromiseJob). Jobs run in FIFO order when the host drains the queue with
// run_jobs() (Node: after each macrotask and each process.nextTick batch).
//
// A job is a C++ function and up to three Values (the spec's closures capture a reaction and an
// argument, or a promise, a thenable and its then). The queue reports its Values to the collector
// as roots, so nothing a pending job needs can die.
//
// The async context is the host's value for "the logical chain of work this runs for" (Node's
// AsyncLocalStorage stores): the [[HostDefined]] field HostMakeJobCallback may give a job
// callback (9.5.2). A job remembers the context current when it was made (for a promise
// reaction: when `then` registered it) and runs in it; the engine itself never reads it.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <deque>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class Realm;
class VM;

using JobFunction = ThrowCompletionOr<void> (*)(VM&, Value, Value, Value);

class JobQueue {
public:
    explicit JobQueue(gc::Heap&);
    ~JobQueue();
    JobQueue(JobQueue const&) = delete;
    JobQueue& operator=(JobQueue const&) = delete;

    // HostEnqueuePromiseJob ( job, realm ): `realm` is the job's realm (may be null). The job runs
    // in the current async context.
    void enqueue_promise_job(JobFunction, Value a = Value::undefined(), Value b = Value::undefined(),
        Value c = Value::undefined(), Realm* realm = nullptr);
    // The same, for a job that runs in the given async context (a reaction's, made at `then`).
    void enqueue_promise_job_in_context(Value async_context, JobFunction, Value a, Value b, Value c, Realm* realm);

    // The async context the running code belongs to (undefined when the host uses none).
    Value async_context() const { return m_async_context; }
    void set_async_context(Value context) { m_async_context = context; }

    // Runs jobs, including the ones they enqueue, until the queue is empty. A job that throws
    // stops the run: its exception is pending on the VM (the caller reports it, takes it, and
    // may call run_jobs again for the jobs still queued).
    ThrowCompletionOr<void> run_jobs(VM&);

    bool is_empty() const { return m_jobs.empty(); }
    size_t size() const { return m_jobs.size(); }

private:
    struct Job {
        JobFunction function;
        Value a;
        Value b;
        Value c;
        Realm* realm;
        Value async_context;
    };

    gc::Heap& m_heap;
    std::deque<Job> m_jobs;
    Value m_async_context { Value::undefined() };
    uint64_t m_root_provider_id { 0 };
};

}
