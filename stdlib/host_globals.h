#pragma once
// What the `sable` host adds to a realm's global object before running code: unless the Node
// runtime provides its own, a minimal `console` (log, info, debug to stdout; warn, error to
// stderr, formatted by value_printer), and with
// --expose-test262 the test262 host functions (test262 INTERPRETING.md, "Host-Defined
// Functions"): `print`, and `$262` with createRealm, evalScript, gc, global,
// detachArrayBuffer and, given an AgentGroup, agent (stdlib/test262_agent_object.h).

#include "stdlib/agent_group.h"

#include <functional>
#include <string_view>

namespace sable::runtime {
class Realm;
class VM;
}

namespace sable::stdlib {

class NodeHost;

struct HostOptions {
    bool expose_test262 { false };
    // The Node runtime of the VM (its globals replace the minimal console), or null.
    NodeHost* node { nullptr };
    // Where `print` writes each line (without its newline); stdout when empty.
    std::function<void(std::string_view)> print_sink;
    // The agents of the test ($262.agent; absent when null), and, in an agent's own VM, that
    // agent (null in the main agent).
    AgentGroup* agents { nullptr };
    AgentGroup::Agent* agent { nullptr };
};

// Installs the host globals in `realm`. `options` must outlive the VM: $262.createRealm
// installs them again in new realms (the VM's embedder data points at them).
void install_host_globals(runtime::VM&, runtime::Realm&, HostOptions const& options);

}
