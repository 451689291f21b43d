#pragma once
// $262.agent (test262 INTERPRETING.md, "agent"). The main agent's: start(source),
// broadcast(sab[, id]), getReport(), sleep(ms), monotonicNow(). An agent's own (started by
// start): receiveBroadcast(callback), report(value), leaving(), sleep(ms), monotonicNow().
// The threads and their shared state are an AgentGroup (stdlib/agent_group.h).

namespace sable::runtime {
class Object;
class Realm;
class VM;
}

namespace sable::stdlib {

struct HostOptions;

// A new $262.agent for `realm`, the main agent's or an agent's as `options` says.
runtime::Object* create_test262_agent_object(runtime::VM&, runtime::Realm&, HostOptions const& options);

}
