#pragma once
// A compiled regular expression: the instructions the backtracking matcher runs
// (regexp_matcher.h), produced by the compiler (regexp_compiler.h) from a RegExpTree.
//
// The matcher keeps an array of int32 registers: registers 2n and 2n+1 are the start and end of
// capture n (-1 while undefined), the ones after them belong to quantifiers (iteration counters
// and the position an iteration started at, for the empty check). Every register write records
// the old value on the backtrack stack, so backtracking restores them.

#include "runtime/regexp/regexp_flags.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace sable::regexp {

enum class RegExpOp : uint8_t {
    Char,            // a: the character (canonicalized under kIgnoreCase)
    Any,             // `.`: any character but line terminators (all of them with kDotAll)
    Class,           // a: index into classes
    AssertStart,     // ^ (kMultiline: also after a line terminator)
    AssertEnd,       // $ (kMultiline: also before a line terminator)
    WordBoundary,    // \b
    NotWordBoundary, // \B
    Save,            // register a = position
    ClearRegisters,  // registers a .. a+b-1 = -1
    SetZero,         // register a = 0
    Split,           // try a first; on failure continue at b
    Jump,            // continue at a
    LoopHead,        // counter a, min b, max c: enter the body (next instruction) or exit at d
    CheckEmpty,      // fail when position == register a and (b == kNoRegister or register b > c)
    GreedyRepeat,    // a class-like atom (instruction at pc + 1) repeated b..c times, greedily,
                     // one choice point for all iterations; continue at d
    Backreference,   // a: index into backreference_lists
    Look,            // a: kind (LookaroundKind), b: end of the body, c: first capture register,
                     // d: number of capture registers inside
    LookEnd,         // the lookaround's body matched
    Match,           // the whole pattern matched
};

// RegExpInstruction::flags.
enum RegExpInstructionFlag : uint8_t {
    kIgnoreCase = 1 << 0,
    kBackward = 1 << 1, // reads the character before the position (inside lookbehind)
    kMultiline = 1 << 2,
    kDotAll = 1 << 3,
    kLazy = 1 << 4, // LoopHead: try exiting first
};

inline constexpr uint32_t kNoRegister = UINT32_MAX;

struct RegExpInstruction {
    RegExpOp op;
    uint8_t flags { 0 };
    uint32_t a { 0 };
    uint32_t b { 0 };
    uint32_t c { 0 };
    uint32_t d { 0 };
};

// A set of characters (code points in Unicode mode, code units otherwise) as sorted, disjoint,
// non-adjacent inclusive ranges, with a bitmap of the Latin-1 members for the common case.
struct RegExpClass {
    std::vector<std::pair<char32_t, char32_t>> ranges;
    uint64_t latin1[4] { 0, 0, 0, 0 };

    bool contains(char32_t c) const
    {
        if (c < 256)
            return (latin1[c >> 6] >> (c & 63)) & 1;
        size_t low = 0;
        size_t high = ranges.size();
        while (low < high) {
            size_t middle = (low + high) / 2;
            if (ranges[middle].second < c)
                low = middle + 1;
            else if (ranges[middle].first > c)
                high = middle;
            else
                return true;
        }
        return false;
    }
};

struct RegExpProgram {
    std::vector<RegExpInstruction> code;
    std::vector<RegExpClass> classes;
    // Capture numbers a backreference refers to (several for a name shared by duplicate groups).
    std::vector<std::vector<uint32_t>> backreference_lists;
    RegExpFlags flags;
    // Capture groups, group 0 (the whole match) included.
    uint32_t capture_count { 1 };
    uint32_t register_count { 2 };
    // The group names: (name, capture numbers), in order of first appearance.
    std::vector<std::pair<std::u16string, std::vector<uint32_t>>> group_names;
    // The name of each capture group (index 1..capture_count-1), or -1.
    std::vector<int32_t> capture_name_ids;
    // Set when every match must start at the start of the input (a leading `^` without `m`).
    bool anchored_at_start { false };
    // A code unit every match must start with (case-sensitive patterns starting with one), or -1.
    int32_t first_code_unit { -1 };
    // A class (index into classes) the first character of every match belongs to, or -1: the
    // matcher skips start positions holding a code unit below 0x100 outside it.
    int32_t first_class { -1 };
};

}
