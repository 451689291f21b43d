// The `sable` executable: reads the command line and hands the program to cli_commands.

#include "stdlib/cli_commands.h"
#include "stdlib/cli_options.h"
#include "stdlib/exit_codes.h"

#include <cstdio>

#ifndef SABLE_VERSION
#    error "SABLE_VERSION must be the project version (set by stdlib/CMakeLists.txt)"
#endif

using namespace sable::stdlib;

int main(int argc, char** argv)
{
    CliOptions options;
    std::string error;
    if (!parse_cli_options(argc, argv, options, error)) {
        std::fprintf(stderr, "sable: %s\nRun 'sable --help' for usage.\n", error.c_str());
        return kExitInvalidArgument;
    }
    switch (options.action) {
    case CliAction::Help:
        std::fputs(cli_usage_text(), stdout);
        return kExitSuccess;
    case CliAction::Version:
        std::puts("sable " SABLE_VERSION);
        return kExitSuccess;
    case CliAction::Run:
    case CliAction::Check:
    case CliAction::PrintAst:
    case CliAction::PrintBytecode:
        break;
    }
    return run_program_action(options);
}
