#pragma once
// What runs one variant of one test. The runner reads the file and its front matter, picks the
// variants, and asks an executor for each run's outcome. `--parse-only` uses the parser alone;
// an executor that evaluates tests in a fresh realm plugs in here once the VM exists.

#include "test262/front_matter.h"
#include "test262/test_run.h"

#include <string>
#include <string_view>

namespace sable::test262 {

struct RunInput {
    std::string_view path;  // relative to test/, e.g. "language/expressions/void/S11.4.2_A1.js"
    std::string_view source; // the file as read, before any variant prefix
    FrontMatter const& meta;
    Variant variant;
};

class Executor {
public:
    virtual ~Executor() = default;
    // Called from several worker threads at once.
    virtual RunOutcome run(RunInput const&) const = 0;
};

}
