#pragma once
// One run of a test: which variant, and how it came out.

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sable::test262 {

struct FrontMatter;

// How a test's source is run (INTERPRETING.md, "Strict Mode" and "Modules").
enum class Variant : uint8_t {
    Sloppy, // as written, global code
    Strict, // prefixed with "use strict";
    Module, // as module code
};

constexpr size_t kVariantCount = 3;

std::string_view variant_name(Variant);
std::optional<Variant> variant_from_name(std::string_view);

// The variants the test's flags call for: sloppy and strict by default, one of them for
// onlyStrict/noStrict/raw, module alone for module tests. Returns how many were written.
size_t variants_for(FrontMatter const&, Variant (&out)[2]);

// The source text one variant parses or runs, without harness files.
std::string variant_source(std::string_view source, Variant);

// The prefix the strict variant adds (one line, so reported lines shift by one).
inline constexpr std::string_view kUseStrictPrefix = "\"use strict\";\n";

// What an executor reports for one run.
struct RunOutcome {
    bool passed { false };
    std::string message; // why it failed; empty on a pass
};

}
