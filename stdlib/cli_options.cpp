#include "stdlib/cli_options.h"

#include "gc/heap_flags.h"

#include <string_view>

namespace sable::stdlib {

char const* cli_usage_text()
{
    return "usage: sable [options] FILE [arguments...]\n"
           "       sable [options] -e CODE [arguments...]\n"
           "       sable [options] -p CODE [arguments...]\n"
           "\n"

           "  FILE                 the program; .mjs files are modules, .js and .cjs CommonJS modules\n"
           "  -e, --eval CODE      the program is CODE (named [eval] in messages)\n"
           "  -p, --print CODE     like --eval, and print the result\n"
           "  -c, --check          only parse: exit 0 if the program parses, 1 if not\n"
           "  --print-ast          parse and print the syntax tree with its scopes\n"
           "  --print-bytecode     compile and print the bytecode of every function\n"
           "  --module             run the program as an ES module, whatever its extension\n"
           "  --script             run the program as a classic script, whatever its extension\n"
           "  --include FILE       run the script FILE first, in the same realm (repeatable)\n"
           "  --expose-test262     define the test262 host functions print and $262\n"
           "  --gc-stress[=N]      collect garbage every N allocations (default 1000)\n"
           "  --trace-gc           print one line per garbage collection on stderr\n"
           "  --max-heap-size=MB   the heap limit (also --max-old-space-size)\n"
           "  -v, --version        print the version and exit\n"
           "  -h, --help           print this text and exit\n"
           "  --                   end of options: the next argument is FILE\n"
           "\n"
           "Arguments after FILE (or after -e/-p CODE) are left to the program.\n"
           "\n"
           "Exit status: 0 success; 1 a syntax error, an uncaught exception or an unreadable file;\n"
           "9 invalid arguments; 13 a module's top-level await never settled.\n";
}

bool parse_cli_options(int argc, char const* const* argv, CliOptions& out, std::string& error)
{
    bool check = false;
    bool print_ast = false;
    bool print_bytecode = false;
    bool help = false;
    bool version = false;
    bool program_seen = false; // FILE, or the first argument after -e/-p CODE

    // The program file: the first non-option argument when neither -e nor -p gave the code.
    auto take_positional = [&](std::string_view arg) {
        if (out.input == CliInput::None) {
            if (arg == "-") {
                error = "reading the program from standard input is not supported yet; pass a FILE";
                return false;
            }
            out.input = CliInput::File;
            out.file = std::string(arg);
        } else {
            out.script_arguments.emplace_back(arg);
        }
        program_seen = true;
        return true;
    };

    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        if (program_seen) {
            out.script_arguments.emplace_back(arg);
            continue;
        }
        if (arg == "--") {
            if (i + 1 < argc && !take_positional(argv[++i]))
                return false;
            program_seen = true;
            continue;
        }
        if (!arg.starts_with("-") || arg == "-") {
            if (!take_positional(arg))
                return false;
            continue;
        }

        std::string_view inline_value;
        bool has_inline_value = false;
        if (arg.starts_with("--")) {
            if (size_t equals = arg.find('='); equals != std::string_view::npos) {
                inline_value = arg.substr(equals + 1);
                arg = arg.substr(0, equals);
                has_inline_value = true;
            }
        }
        auto flag = [&](bool& into) {
            if (has_inline_value) {
                error = std::string(arg) + " takes no value";
                return false;
            }
            into = true;
            return true;
        };
        // -e/-p CODE: the value is the next argument, taken as is (it may start with `-`).
        auto code = [&](CliInput input) {
            if (out.input == CliInput::Eval || out.input == CliInput::Print) {
                error = "only one of -e and -p may be given";
                return false;
            }
            if (has_inline_value) {
                out.code = std::string(inline_value);
            } else if (i + 1 < argc) {
                out.code = argv[++i];
            } else {
                error = std::string(arg) + " requires an argument";
                return false;
            }
            out.input = input;
            return true;
        };

        bool ok = true;
        if (arg == "-e" || arg == "--eval") {
            ok = code(CliInput::Eval);
        } else if (arg == "-p" || arg == "--print" || arg == "-pe") {
            ok = code(CliInput::Print);
        } else if (arg == "-c" || arg == "--check") {
            ok = flag(check);
        } else if (arg == "--print-ast") {
            ok = flag(print_ast);
        } else if (arg == "--print-bytecode") {
            ok = flag(print_bytecode);
        } else if (arg == "--module") {
            ok = flag(out.module);
        } else if (arg == "--script") {
            ok = flag(out.script);
        } else if (arg == "--expose-test262") {
            ok = flag(out.expose_test262);
        } else if (arg == "--include") {
            if (has_inline_value) {
                out.includes.emplace_back(inline_value);
            } else if (i + 1 < argc) {
                out.includes.emplace_back(argv[++i]);
            } else {
                error = "--include requires a FILE";
                ok = false;
            }
        } else if (arg == "-v" || arg == "--version") {
            ok = flag(version);
        } else if (arg == "-h" || arg == "--help") {
            ok = flag(help);
        } else {
            // The heap flags take their value after `=`, as Node spells them.
            std::string_view whole = argv[i];
            switch (gc::apply_heap_flag(whole, out.heap)) {
            case gc::HeapFlagResult::Applied:
                break;
            case gc::HeapFlagResult::Invalid:
                error = "invalid value for " + std::string(arg);
                ok = false;
                break;
            case gc::HeapFlagResult::NotAHeapFlag:
                error = "bad option: " + std::string(arg);
                ok = false;
                break;
            }
        }
        if (!ok)
            return false;
    }

    if (help) {
        out.action = CliAction::Help;
        return true;
    }
    if (version) {
        out.action = CliAction::Version;
        return true;
    }
    if (out.module && out.script) {
        error = "--module and --script cannot be used together";
        return false;
    }
    if (int(check) + int(print_ast) + int(print_bytecode) > 1) {
        error = check && print_ast ? "--check and --print-ast cannot be used together"
                                   : "--check, --print-ast and --print-bytecode cannot be used together";
        return false;
    }
    out.action = check ? CliAction::Check : print_ast ? CliAction::PrintAst : print_bytecode ? CliAction::PrintBytecode : CliAction::Run;
    if (out.input == CliInput::None && out.action != CliAction::Run) {
        error = "no program given: pass FILE, -e CODE or -p CODE";
        return false;
    }
    return true;
}

}
