#pragma once
// The command line of sable-test262.

#include "gc/heap.h"

#include <string>
#include <vector>

namespace sable::test262 {

struct Options {
    std::string root;          // test262 checkout (holds test/ and harness/)
    std::string expectations;  // known-failures file
    bool expectations_given { false };
    std::string json;          // where to write per-run results ("" = nowhere)
    std::vector<std::string> prefixes;
    std::vector<std::string> features;
    std::vector<std::string> excluded_features;
    unsigned jobs { 0 };       // 0 = one per hardware thread
    bool parse_only { false };
    bool verbose { false };
    bool print_failures { false };
    bool help { false };
    gc::HeapOptions heap;      // --gc-stress, --trace-gc, --max-heap-size for each test's VM
};

// Parses argv. Returns false with `error` on an unknown option or a missing value.
bool parse_options(int argc, char** argv, Options& out, std::string& error);

char const* usage_text();

}
