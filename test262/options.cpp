#include "test262/options.h"

#include "gc/heap_flags.h"
#include "test262/test_discovery.h"

#include <charconv>
#include <string_view>

#ifndef SABLE_SOURCE_DIR
#    error "SABLE_SOURCE_DIR must name the repository root (set by test262/CMakeLists.txt)"
#endif

namespace sable::test262 {

char const* usage_text()
{
    return "usage: sable-test262 [options] [PATH_PREFIX...]\n"
           "\n"
           "Runs test262 tests in-process. PATH_PREFIX is relative to the suite's test/ folder\n"
           "(language/expressions, built-ins/Array, built-ins/Array/prototype/fl, ...);\n"
           "the default is: language built-ins annexB staging.\n"
           "\n"
           "  --root DIR            test262 checkout (default: " SABLE_SOURCE_DIR "/../shared/test262)\n"
           "  --parse-only          only parse each test; negative parse tests must fail to parse\n"
           "  --jobs N, -j N        worker threads (default: all hardware threads)\n"
           "  --json FILE           write every run's result to FILE\n"
           "  --expectations FILE   known failures (default: " SABLE_SOURCE_DIR "/test262/expectations.txt with\n"
           "                        --parse-only, else " SABLE_SOURCE_DIR "/test262/expectations-execution.txt)\n"
           "  --gc-stress[=N]       collect garbage every N allocations in every test's VM\n"
           "  --feature F           run only tests using feature F (repeatable)\n"
           "  --exclude-feature F   skip tests using feature F (repeatable)\n"
           "  --print-failures      print failing runs as expectations lines, for review\n"
           "  --verbose, -v         list every failing run, expected ones too\n"
           "  --help, -h            show this text\n"
           "\n"
           "The last line is `N passed, M failed` (counting runs). The exit status is 1 when a run\n"
           "fails that the expectations file does not list, 2 on a usage or setup error.\n";
}

bool parse_options(int argc, char** argv, Options& out, std::string& error)
{
    out.root = SABLE_SOURCE_DIR "/../shared/test262";
    out.expectations = SABLE_SOURCE_DIR "/test262/expectations.txt";

    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::string_view inline_value;
        bool has_inline_value = false;
        if (arg.starts_with("--")) {
            if (size_t equals = arg.find('='); equals != std::string_view::npos) {
                inline_value = arg.substr(equals + 1);
                arg = arg.substr(0, equals);
                has_inline_value = true;
            }
        }
        // Takes the option's value from `--x=v` or the next argument.
        auto value = [&](std::string& into) {
            if (has_inline_value) {
                into = std::string(inline_value);
                return true;
            }
            if (i + 1 >= argc) {
                error = std::string(arg) + " needs a value";
                return false;
            }
            into = argv[++i];
            return true;
        };
        auto flag = [&](bool& into) {
            if (has_inline_value) {
                error = std::string(arg) + " takes no value";
                return false;
            }
            into = true;
            return true;
        };

        std::string text;
        if (arg == "--root") {
            if (!value(out.root))
                return false;
        } else if (arg == "--expectations") {
            if (!value(out.expectations))
                return false;
            out.expectations_given = true;
        } else if (arg == "--json") {
            if (!value(out.json))
                return false;
        } else if (arg == "--feature") {
            if (!value(text))
                return false;
            out.features.push_back(text);
        } else if (arg == "--exclude-feature") {
            if (!value(text))
                return false;
            out.excluded_features.push_back(text);
        } else if (arg == "--jobs" || arg == "-j") {
            if (!value(text))
                return false;
            unsigned jobs = 0;
            auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), jobs);
            if (ec != std::errc() || end != text.data() + text.size() || jobs == 0) {
                error = "--jobs needs a positive number, not `" + text + "`";
                return false;
            }
            out.jobs = jobs;
        } else if (arg == "--parse-only") {
            if (!flag(out.parse_only))
                return false;
        } else if (arg == "--verbose" || arg == "-v") {
            if (!flag(out.verbose))
                return false;
        } else if (arg == "--print-failures") {
            if (!flag(out.print_failures))
                return false;
        } else if (arg == "--help" || arg == "-h") {
            if (!flag(out.help))
                return false;
        } else if (arg.starts_with("-") && arg != "-") {
            // The heap flags of `sable` (--gc-stress[=N], --trace-gc, --max-heap-size=MB).
            auto heap_flag = gc::apply_heap_flag(argv[i], out.heap);
            if (heap_flag == gc::HeapFlagResult::Applied)
                continue;
            error = heap_flag == gc::HeapFlagResult::Invalid ? "invalid value for " + std::string(arg)
                                                            : "unknown option " + std::string(arg);
            return false;
        } else {
            out.prefixes.emplace_back(arg);
        }
    }
    if (out.prefixes.empty())
        out.prefixes = default_prefixes();
    // Parsing and executing fail on different tests: each mode has its own known failures.
    if (!out.expectations_given && !out.parse_only)
        out.expectations = SABLE_SOURCE_DIR "/test262/expectations-execution.txt";
    return true;
}

}
