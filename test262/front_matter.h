#pragma once
// The metadata block of a test262 test: the YAML between `/*---` and `---*/`
// (test262 CONTRIBUTING.md, "Frontmatter"). Only the subset of YAML test262 uses is read:
// `key: scalar`, `key: [a, b]`, block lists (`- item`), block scalars (`|`, `>`), and the
// one nested mapping, `negative: {phase, type}`.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sable::test262 {

enum class NegativePhase : uint8_t {
    Parse,      // an early error: the source must not parse
    Resolution, // a module fails to link
    Runtime,    // evaluation throws
};

struct Negative {
    NegativePhase phase { NegativePhase::Parse };
    std::string type; // the error constructor's name, e.g. "SyntaxError"
};

// The `flags` list, one field per flag INTERPRETING.md defines.
struct TestFlags {
    bool only_strict { false };
    bool no_strict { false };
    bool module { false };
    bool raw { false };
    bool async { false };
    bool generated { false };
    bool can_block_is_false { false };
    bool can_block_is_true { false };
    bool non_deterministic { false };
};

struct FrontMatter {
    std::string description;
    std::vector<std::string> includes;
    std::vector<std::string> features;
    std::vector<std::string> locale;
    TestFlags flags;
    std::optional<Negative> negative;

    bool has_feature(std::string_view) const;
};

// Finds and reads the front matter of `source`. On failure returns false and sets `error`
// (a missing block, an unknown flag, a malformed `negative`).
bool parse_front_matter(std::string_view source, FrontMatter& out, std::string& error);

std::string_view negative_phase_name(NegativePhase);

}
