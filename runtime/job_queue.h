#pragma once
// JobQueue: the VM's queue of promise jobs (ECMA-262 9.5 Jobs and Host Operations to Enqueue
// Jobs; HostEnqueuePromiseJob). Jobs run in FIFO order when the host drains the queue with
// run_jobs() (Node: after each macrotask and each process.nextTick batch).
//
// A job is a C++ function and up to three Values (the spec's closures capture a reaction and an
// argument, or a promise, a thenable and its then). The queue reports its Values to the collector
// as roots, so nothing a pending job needs can die.

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

    // HostEnqueuePromiseJob ( job, realm ): `realm` is the job's realm (may be null).
    void enqueue_promise_job(JobFunction, Value a = Value::undefined(), Value b = Value::undefined(),
        Value c = Value::undefined(), Realm* realm = nullptr);

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
    };

    gc::Heap& m_heap;
    std::deque<Job> m_jobs;
    uint64_t m_root_provider_id { 0 };
};

}
