#pragma once
// The known-failures file (test262/expectations.txt). One line per failing run:
//   <path relative to test/> <sloppy|strict|module> # reason
// `#` starts a comment; blank lines are ignored. Every entry needs a reason.

#include "test262/test_run.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sable::test262 {

struct Expectation {
    std::string path;
    Variant variant { Variant::Sloppy };
    std::string reason;
    size_t line { 0 };
};

class Expectations {
public:
    // Parses the file's text; `file_name` only labels errors. Returns false on the first
    // malformed line, with `error` as "file:line: what".
    bool parse(std::string_view text, std::string const& file_name, std::string& error);

    bool is_expected_failure(std::string_view path, Variant) const;

    std::vector<Expectation> const& entries() const { return m_entries; }

private:
    std::vector<Expectation> m_entries;
    // path -> bit set of variants listed for it
    std::unordered_map<std::string, uint8_t> m_variants_by_path;
};

// The expectations-line format, as `--print-failures` prints it: the reason is folded to one line.
std::string format_expectation_line(std::string_view path, Variant, std::string_view reason);

}
