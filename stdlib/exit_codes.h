#pragma once
// The `sable` executable's exit statuses, Node's.

namespace sable::stdlib {

constexpr int kExitSuccess = 0;
// A syntax error, an unreadable file (later: an uncaught exception), as Node exits.
constexpr int kExitFailure = 1;
// An unknown option or a missing option value: Node's "Invalid Argument" status.
constexpr int kExitInvalidArgument = 9;
// A module's top-level await never settled: nothing was left to run (Node's status 13).
constexpr int kExitUnsettledTopLevelAwait = 13;

}
