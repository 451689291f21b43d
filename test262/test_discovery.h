#pragma once
// Finding the test files under test262's `test/` folder.

#include <string>
#include <vector>

namespace sable::test262 {

// The folders run when no path prefix is given.
inline std::vector<std::string> default_prefixes() { return { "language", "built-ins", "annexB", "staging" }; }

// Lists the `.js` tests below `test_dir` matching any of `prefixes`, as sorted paths relative
// to `test_dir` with `/` separators. `_FIXTURE` files (modules imported by tests) are left out.
// A prefix names a folder, a file, or the start of paths (`built-ins/Array/prototype/fl`).
// Returns false, with `error`, when a prefix matches nothing.
bool discover_tests(std::string const& test_dir, std::vector<std::string> const& prefixes,
    std::vector<std::string>& out, std::string& error);

}
