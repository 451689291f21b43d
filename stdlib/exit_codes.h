#pragma once
// The `sable` executable's exit statuses. 1 and 9 are Node's; 70 is sysexits.h's EX_SOFTWARE.

namespace sable::stdlib {

constexpr int kExitSuccess = 0;
// A syntax error, an unreadable file (later: an uncaught exception), as Node exits.
constexpr int kExitFailure = 1;
// An unknown option or a missing option value: Node's "Invalid Argument" status.
constexpr int kExitInvalidArgument = 9;
// The program parsed but cannot run: there is no interpreter yet (EX_SOFTWARE).
constexpr int kExitNotImplemented = 70;

}
