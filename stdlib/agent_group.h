#pragma once
// The agents a test262 test starts with $262.agent.start (test262 INTERPRETING.md, "agent"):
// each a thread with its own VM and realm, sharing with the main agent only the Shared Data
// Blocks the main agent broadcasts, and the reports the agents send back. An AgentGroup belongs
// to one main agent (one test): destroying it tells idle agents to stop and joins every thread,
// so no agent outlives its test.

#include "gc/heap.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>
#include <thread>

namespace sable::runtime {
class Realm;
class SharedDataBlock;
class VM;
}

namespace sable::stdlib {

class AgentGroup {
public:
    // What a broadcast hands each agent: a block (one reference, the receiver's) and the id.
    struct Broadcast {
        runtime::SharedDataBlock* block;
        double id;
    };
    // One started agent. The group's lock guards the first two fields; the others belong to the
    // agent's thread ($262.agent.receiveBroadcast and leaving set them).
    struct Agent {
        uint64_t received_generation { 0 };
        bool finished { false };
        bool awaiting_broadcast { false };
        runtime::Value callback;
        bool leaving { false };
    };

    // Agents' VMs get `heap_options` (so --gc-stress reaches them too).
    explicit AgentGroup(gc::HeapOptions const& heap_options);
    ~AgentGroup();
    AgentGroup(AgentGroup const&) = delete;
    AgentGroup& operator=(AgentGroup const&) = delete;

    // $262.agent.start: runs `source` in a new agent thread.
    void start(std::string source);
    // $262.agent.broadcast: hands `block` and `id` to every agent, returning once each has
    // received it or finished.
    void broadcast(runtime::SharedDataBlock& block, double id);
    // $262.agent.getReport: the oldest report not taken yet.
    std::optional<std::string> take_report();
    // The main agent's event loop, after its script: runs the promise jobs and, while
    // Atomics.waitAsync waiters are pending that can still settle (by a timeout, or a notify
    // from an agent still running), waits for them.
    runtime::ThrowCompletionOr<void> run_main_event_loop(runtime::VM&);

    // Agent side. The next broadcast `agent` has not received, or nothing once the group is
    // closing (its test is over) or `until` passes.
    std::optional<Broadcast> receive_broadcast(Agent& agent, std::chrono::steady_clock::time_point until);
    void report(std::string text);
    void finish(Agent& agent);

private:
    void run_agent(Agent& agent, std::string source);
    void run_agent_event_loop(runtime::VM&, runtime::Realm&, Agent&);
    bool is_closing();
    // Whether no agent can act any more without a broadcast: each finished or awaiting one.
    bool all_agents_idle();

    gc::HeapOptions m_heap_options;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<std::unique_ptr<Agent>> m_agents;
    std::vector<std::thread> m_threads;
    // The latest broadcast (the group holds a reference to its block) and its number.
    runtime::SharedDataBlock* m_block { nullptr };
    double m_id { 0 };
    uint64_t m_generation { 0 };
    bool m_closing { false };
    std::deque<std::string> m_reports;
};

}
