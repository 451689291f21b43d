#pragma once
// The backtracking matcher: runs a RegExpProgram over a string's code units (22.2.2 Pattern
// Semantics). Choice points and the old values of registers live on an explicit backtrack
// stack in heap memory, so the native stack does not grow with the input; only lookarounds
// run nested (as deep as the pattern nests them). Nothing is allocated per character.

#include "runtime/code_unit_view.h"
#include "runtime/regexp/regexp_program.h"

#include <cstdint>
#include <span>

namespace sable::regexp {

enum class MatchStatus : uint8_t {
    Match,
    NoMatch,
    // The backtrack stack reached its limit (kMaxBacktrackEntries); the caller throws.
    BacktrackLimit,
};

// Entries the backtrack stack may hold (8 bytes each).
inline constexpr size_t kMaxBacktrackEntries = size_t(1) << 25;

// Looks for a match at `start` (sticky) or at the first position from `start` on where one
// exists. On a match, `captures` (2 * program.capture_count entries) receives the start and end
// of every group, -1 for groups that did not participate.
MatchStatus match_regexp(RegExpProgram const&, runtime::CodeUnitView input, uint32_t start, bool sticky, std::span<int32_t> captures);

}
