#include "stdlib/agent_group.h"

#include "interpreter/script_evaluation.h"
#include "parser/source.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/shared_data_block.h"
#include "runtime/vm.h"
#include "stdlib/host_globals.h"

#include <cstdio>

namespace sable::stdlib {

using namespace runtime;

AgentGroup::AgentGroup(gc::HeapOptions const& heap_options)
    : m_heap_options(heap_options)
{
}

AgentGroup::~AgentGroup()
{
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
    }
    m_changed.notify_all();
    for (auto& thread : m_threads)
        thread.join();
    if (m_block)
        m_block->unref();
}

void AgentGroup::start(std::string source)
{
    std::lock_guard lock(m_mutex);
    Agent& agent = *m_agents.emplace_back(std::make_unique<Agent>());
    m_threads.emplace_back([this, &agent, source = std::move(source)]() mutable { run_agent(agent, std::move(source)); });
}

void AgentGroup::broadcast(SharedDataBlock& block, double id)
{
    std::unique_lock lock(m_mutex);
    block.ref();
    if (m_block)
        m_block->unref();
    m_block = &block;
    m_id = id;
    uint64_t generation = ++m_generation;
    m_changed.notify_all();
    m_changed.wait(lock, [&] {
        for (auto const& agent : m_agents) {
            if (!agent->finished && agent->received_generation < generation)
                return false;
        }
        return true;
    });
}

std::optional<std::string> AgentGroup::take_report()
{
    std::lock_guard lock(m_mutex);
    if (m_reports.empty())
        return std::nullopt;
    std::string report = std::move(m_reports.front());
    m_reports.pop_front();
    return report;
}

std::optional<AgentGroup::Broadcast> AgentGroup::receive_broadcast(Agent& agent, std::chrono::steady_clock::time_point until)
{
    std::unique_lock lock(m_mutex);
    agent.awaiting_broadcast = true;
    bool received = m_changed.wait_until(lock, until, [&] { return m_closing || agent.received_generation < m_generation; });
    agent.awaiting_broadcast = false;
    if (!received || m_closing)
        return std::nullopt;
    agent.received_generation = m_generation;
    m_block->ref();
    Broadcast broadcast { m_block, m_id };
    m_changed.notify_all();
    return broadcast;
}

bool AgentGroup::is_closing()
{
    std::lock_guard lock(m_mutex);
    return m_closing;
}

bool AgentGroup::all_agents_idle()
{
    std::lock_guard lock(m_mutex);
    for (auto const& agent : m_agents) {
        if (!agent->finished && !agent->awaiting_broadcast)
            return false;
    }
    return true;
}

namespace {

// How long an event loop sleeps before it looks again at what could wake it.
constexpr auto kEventLoopTick = std::chrono::milliseconds(20);

}

ThrowCompletionOr<void> AgentGroup::run_main_event_loop(VM& vm)
{
    while (true) {
        TRY(vm.run_jobs());
        auto& waits = vm.async_waits();
        if (waits.is_empty() || (waits.waits_without_deadline() && all_agents_idle()))
            return {};
        waits.wait_until_ready(std::chrono::steady_clock::now() + kEventLoopTick);
    }
}

void AgentGroup::report(std::string text)
{
    std::lock_guard lock(m_mutex);
    m_reports.push_back(std::move(text));
}

void AgentGroup::finish(Agent& agent)
{
    {
        std::lock_guard lock(m_mutex);
        agent.finished = true;
    }
    m_changed.notify_all();
}

namespace {

// An agent's uncaught exception or failed promise job: noted on stderr (the main agent sees
// only the reports the agent never sent).
void note_agent_failure(VM& vm, char const* what)
{
    vm.take_pending_exception();
    std::fprintf(stderr, "$262.agent: %s\n", what);
}

}

// An agent's event loop, after its script: promise jobs; each broadcast to the callback while
// the agent listens (receiveBroadcast) and has not left; its Atomics.waitAsync waiters until
// they settle. It ends when nothing is left, or when the test is over.
void AgentGroup::run_agent_event_loop(VM& vm, Realm& realm, Agent& agent)
{
    while (true) {
        if (vm.run_jobs().is_throw())
            note_agent_failure(vm, "a promise job threw");
        bool listening = agent.callback.is_object() && !agent.leaving;
        bool waiting = !vm.async_waits().is_empty();
        if ((!listening && !waiting) || is_closing())
            return;
        auto until = std::chrono::steady_clock::now() + kEventLoopTick;
        if (!listening) {
            vm.async_waits().wait_until_ready(until);
            continue;
        }
        auto broadcast = receive_broadcast(agent, waiting ? until : std::chrono::steady_clock::time_point::max());
        if (!broadcast)
            continue;
        ArrayBufferObject* buffer = ArrayBufferObject::create_over_shared_block(vm, realm, *broadcast->block);
        broadcast->block->unref();
        Value arguments[] = { Value::object(buffer), Value::number(broadcast->id) };
        if (call(vm, agent.callback, Value::undefined(), arguments).is_throw())
            note_agent_failure(vm, "the receiveBroadcast callback threw");
    }
}

// The agent's life: its own VM and realm, its script, then its event loop.
void AgentGroup::run_agent(Agent& agent, std::string source)
{
    {
        VM vm(m_heap_options);
        uint64_t root_id = vm.heap().add_root_provider([&agent](gc::Visitor& visitor) { visitor.visit_value_bits(agent.callback.bits()); });
        Realm* realm = Realm::create(vm);
        HostOptions host;
        host.expose_test262 = true;
        host.agents = this;
        host.agent = &agent;
        install_host_globals(vm, *realm, host);

        auto file = std::make_shared<parser::SourceFile const>("agent", std::move(source));
        if (interpreter::evaluate_script(vm, *realm, std::move(file)).is_throw())
            note_agent_failure(vm, "the agent's script threw");
        else
            run_agent_event_loop(vm, *realm, agent);
        vm.heap().remove_root_provider(root_id);
    }
    finish(agent);
}

}
