#pragma once
// What `sable` does with a program once its command line is understood: parse it, then check
// it, print its syntax tree, or run it.

#include "stdlib/cli_options.h"

namespace sable::stdlib {

// Carries out options.action for the program options.input names (CliAction::Run,
// CliAction::Check or CliAction::PrintAst), printing diagnostics to stderr. Returns the exit status.
int run_program_action(CliOptions const& options);

}
