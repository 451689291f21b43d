#pragma once
// The command line of `sable`: what to do, and with which program.

#include "gc/heap.h"

#include <cstdint>
#include <string>
#include <vector>

namespace sable::stdlib {

enum class CliAction : uint8_t {
    Run,      // parse, compile and run
    Check,    // --check: parse only
    PrintAst, // --print-ast: parse and dump the tree
    PrintBytecode, // --print-bytecode: parse, generate bytecode and print every function template
    Version,  // --version
    Help,     // --help
};

enum class CliInput : uint8_t {
    None,  // no program: the REPL on a terminal, else the program read from standard input
    File,  // sable FILE
    Eval,  // -e CODE
    Print, // -p CODE: like -e, and print the completion value
};

struct CliOptions {
    CliAction action { CliAction::Run };
    CliInput input { CliInput::None };
    std::string file; // CliInput::File
    std::string code; // CliInput::Eval and CliInput::Print
    bool module { false }; // --module: parse as a Module whatever the file's extension
    bool script { false }; // --script: run as a classic global script whatever the extension
    bool expose_test262 { false }; // --expose-test262: define `print` and `$262`
    std::vector<std::string> includes; // --include FILE (repeatable): scripts run first, same realm
    gc::HeapOptions heap; // --gc-stress, --trace-gc, --max-heap-size
    // Everything after the program (FILE, or CODE's first non-option), for process.argv.
    std::vector<std::string> script_arguments;
};

// Parses argv (argv[0] excluded). Returns false with a one-line `error` on an unknown option,
// a missing value or a contradictory combination.
bool parse_cli_options(int argc, char const* const* argv, CliOptions& out, std::string& error);

char const* cli_usage_text();

}
