#pragma once
// The tree a regular-expression pattern parses into (22.2.1 Patterns,
// https://tc39.es/ecma262/#sec-patterns). Nodes live in one vector owned by a RegExpTree and
// refer to each other by index; lists of children live in a second vector. A tree is built once
// by the parser and only read afterwards (by the regex compiler, by tests).
//
// Shape of a tree:
//   - A Disjunction node appears only where there are two or more alternatives; a body with one
//     alternative is just that Alternative node. Group, lookaround and quantifier bodies are
//     therefore an Alternative, a Disjunction or (for a quantifier) any atom.
//   - Characters are code points in Unicode mode (`u` or `v`), and UTF-16 code units otherwise
//     (a BMP pattern treats a surrogate pair as two characters, as the spec says).
//   - Character classes are CharacterClass nodes whose children are combined by one operation:
//     union (all classes without `v`, and `v` classes without `&&`/`--`), intersection or
//     subtraction. Nested classes (only in `v` mode) are CharacterClass children.

#include "runtime/regexp/regexp_flags.h"

#include <cassert>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace sable::regexp {

using RegExpNodeIndex = uint32_t;
inline constexpr RegExpNodeIndex kNoNode = UINT32_MAX;
// The maximum of an unbounded quantifier (`*`, `+`, `{n,}`).
inline constexpr uint32_t kInfinity = UINT32_MAX;
// Quantifier bounds beyond this saturate to it; no input can tell the difference.
inline constexpr uint32_t kMaxFiniteRepetition = UINT32_MAX - 1;
// A capture group without a name.
inline constexpr uint32_t kNoName = UINT32_MAX;

enum class RegExpNodeKind : uint8_t {
    Disjunction,            // children(): the alternatives, tried left to right
    Alternative,            // children(): the terms, in source order (maybe none)
    Assertion,              // assertion_kind(): ^ $ \b \B
    Lookaround,             // lookaround_kind(), body()
    Quantifier,             // body(), min(), max(), greedy(), capture range of the body
    Character,              // code_point()
    AnyCharacter,           // `.`
    CharacterClass,         // children(), set_operation(), negated(), may_contain_strings()
    ClassRange,             // range_from(), range_to() (inclusive); only inside classes
    ClassEscape,            // class_escape_kind(): \d \D \s \S \w \W
    UnicodeProperty,        // \p{...} / \P{...}: property_kind(), property(), property_value(), negated()
    ClassStringDisjunction, // \q{...} (only in `v` classes): children() are ClassString nodes
    ClassString,            // one alternative of \q{...}: tree.class_string(node)
    Backreference,          // by number (backreference_number()) or by name (backreference_name())
    CaptureGroup,           // body(), capture_index() (1-based), capture_name() (a name id or kNoName)
    NonCapturingGroup,      // body()
    ModifierGroup,          // (?ims-ims:...): body(), modifiers_added(), modifiers_removed()
};

enum class AssertionKind : uint8_t {
    StartOfInput,    // ^
    EndOfInput,      // $
    WordBoundary,    // \b
    NotWordBoundary, // \B
};

enum class LookaroundKind : uint8_t {
    Lookahead,          // (?=
    NegativeLookahead,  // (?!
    Lookbehind,         // (?<=
    NegativeLookbehind, // (?<!
};

enum class ClassEscapeKind : uint8_t {
    Digit,    // \d
    NotDigit, // \D
    Space,    // \s
    NotSpace, // \S
    Word,     // \w
    NotWord,  // \W
};

enum class ClassSetOperation : uint8_t {
    Union,        // [ab], [a-z\d]
    Intersection, // [a&&b]
    Subtraction,  // [a--b]
};

// What a \p{...} escape names. property() and property_value() are ICU values:
//   GeneralCategory: property() = UCHAR_GENERAL_CATEGORY_MASK, property_value() = a U_GC_*_MASK
//   Script, ScriptExtensions: property() = UCHAR_SCRIPT / UCHAR_SCRIPT_EXTENSIONS, value = UScriptCode
//   Binary: property() = a binary UProperty, property_value() = 1
//   BinaryOfStrings: property() = UCHAR_BASIC_EMOJI ... UCHAR_RGI_EMOJI (use u_stringHasBinaryProperty)
//   Any, Ascii, Assigned: the three UTS #18 properties ICU has no UProperty for.
enum class UnicodePropertyKind : uint8_t {
    GeneralCategory,
    Script,
    ScriptExtensions,
    Binary,
    BinaryOfStrings,
    Any,
    Ascii,
    Assigned,
};

// RegularExpressionModifier bits of a ModifierGroup.
enum RegExpModifierBits : uint8_t {
    kModifierIgnoreCase = 1 << 0, // i
    kModifierMultiline = 1 << 1,  // m
    kModifierDotAll = 1 << 2,     // s
};

class RegExpNode {
public:
    RegExpNodeKind kind() const { return m_kind; }
    // Offset, in UTF-16 code units, of the node's first character in the pattern.
    uint32_t offset() const { return m_offset; }

    AssertionKind assertion_kind() const { return check(RegExpNodeKind::Assertion), AssertionKind(m_sub); }
    LookaroundKind lookaround_kind() const { return check(RegExpNodeKind::Lookaround), LookaroundKind(m_sub); }
    bool is_lookbehind() const
    {
        return lookaround_kind() == LookaroundKind::Lookbehind || lookaround_kind() == LookaroundKind::NegativeLookbehind;
    }
    bool is_negative_lookaround() const
    {
        return lookaround_kind() == LookaroundKind::NegativeLookahead || lookaround_kind() == LookaroundKind::NegativeLookbehind;
    }

    // Lookaround, Quantifier, CaptureGroup, NonCapturingGroup, ModifierGroup.
    RegExpNodeIndex body() const { return m_a; }

    // Quantifier: repeat body() between min() and max() (kInfinity) times.
    uint32_t min() const { return check(RegExpNodeKind::Quantifier), m_b; }
    uint32_t max() const { return check(RegExpNodeKind::Quantifier), m_c; }
    bool greedy() const { return check(RegExpNodeKind::Quantifier), m_flag; }
    // Quantifier: the capture groups inside the body are numbered first_capture() + 1 ...
    // first_capture() + capture_count() (parenIndex and parenCount of RepeatMatcher).
    uint32_t first_capture() const { return check(RegExpNodeKind::Quantifier), m_d; }
    uint32_t capture_count() const { return check(RegExpNodeKind::Quantifier), m_e; }

    // Character: a code point (Unicode mode) or a code unit (otherwise).
    char32_t code_point() const { return check(RegExpNodeKind::Character), char32_t(m_a); }

    // ClassRange: the inclusive bounds.
    char32_t range_from() const { return check(RegExpNodeKind::ClassRange), char32_t(m_a); }
    char32_t range_to() const { return check(RegExpNodeKind::ClassRange), char32_t(m_b); }

    ClassEscapeKind class_escape_kind() const { return check(RegExpNodeKind::ClassEscape), ClassEscapeKind(m_sub); }

    // CharacterClass.
    ClassSetOperation set_operation() const { return check(RegExpNodeKind::CharacterClass), ClassSetOperation(m_sub); }
    // CharacterClass ([^...]) and UnicodeProperty (\P{...}).
    bool negated() const { return m_flag; }
    // CharacterClass, UnicodeProperty, ClassStringDisjunction: MayContainStrings (22.2.1.6).
    bool may_contain_strings() const { return m_flag2; }

    UnicodePropertyKind property_kind() const { return check(RegExpNodeKind::UnicodeProperty), UnicodePropertyKind(m_sub); }
    int32_t property() const { return check(RegExpNodeKind::UnicodeProperty), int32_t(m_a); }
    int32_t property_value() const { return check(RegExpNodeKind::UnicodeProperty), int32_t(m_b); }

    // Backreference: \1 refers to a capture number, \k<name> to every group with that name.
    bool is_named_backreference() const { return check(RegExpNodeKind::Backreference), m_flag; }
    uint32_t backreference_number() const { return check(RegExpNodeKind::Backreference), m_a; }
    uint32_t backreference_name() const { return check(RegExpNodeKind::Backreference), m_a; }

    // CaptureGroup.
    uint32_t capture_index() const { return check(RegExpNodeKind::CaptureGroup), m_b; }
    uint32_t capture_name() const { return check(RegExpNodeKind::CaptureGroup), m_c; }

    // ModifierGroup: RegExpModifierBits turned on and off for the body.
    uint8_t modifiers_added() const { return check(RegExpNodeKind::ModifierGroup), uint8_t(m_b); }
    uint8_t modifiers_removed() const { return check(RegExpNodeKind::ModifierGroup), uint8_t(m_c); }

private:
    friend class RegExpTree;
    friend class RegExpParser;

    void check([[maybe_unused]] RegExpNodeKind expected) const { assert(m_kind == expected); }

    RegExpNodeKind m_kind { RegExpNodeKind::Alternative };
    uint8_t m_sub { 0 };    // the kind's sub-kind enum
    bool m_flag { false };  // negated / greedy / named backreference
    bool m_flag2 { false }; // may contain strings
    uint32_t m_offset { 0 };
    uint32_t m_a { 0 };     // body, code point, range start, property, backreference target, list start
    uint32_t m_b { 0 };     // min, range end, property value, capture index, list length, added modifiers
    uint32_t m_c { 0 };     // max, capture name, removed modifiers
    uint32_t m_d { 0 };     // first capture inside a quantifier
    uint32_t m_e { 0 };     // captures inside a quantifier
};

class RegExpTree {
public:
    RegExpNodeIndex root() const { return m_root; }
    RegExpFlags flags() const { return m_flags; }
    RegExpNode const& node(RegExpNodeIndex index) const { return m_nodes[index]; }
    size_t node_count() const { return m_nodes.size(); }

    // Children of a Disjunction, Alternative, CharacterClass or ClassStringDisjunction.
    std::span<RegExpNodeIndex const> children(RegExpNode const& node) const
    {
        return std::span<RegExpNodeIndex const>(m_lists).subspan(node.m_a, node.m_b);
    }
    std::span<RegExpNodeIndex const> children(RegExpNodeIndex index) const { return children(node(index)); }

    // The code points of a ClassString (maybe none).
    std::u32string_view class_string(RegExpNode const& node) const
    {
        return std::u32string_view(m_strings).substr(node.m_a, node.m_b);
    }

    // Number of capture groups (CountLeftCapturingParensWithin the pattern).
    uint32_t capture_count() const { return uint32_t(m_capture_names.size()); }
    // The name id of capture group `index` (1-based), or kNoName.
    uint32_t capture_name(uint32_t index) const { return m_capture_names[index - 1]; }
    bool has_named_groups() const { return !m_names.empty(); }
    // Distinct group names, by name id (in order of first appearance).
    size_t name_count() const { return m_names.size(); }
    std::u16string_view name(uint32_t name_id) const { return m_names[name_id]; }
    // Capture indices of every group called `name_id` (several with duplicate named groups).
    std::vector<uint32_t> captures_with_name(uint32_t name_id) const;

    // An S-expression rendering, for tests and debugging (see regexp_ast.cpp for the notation).
    std::string dump() const;
    std::string dump(RegExpNodeIndex) const;

private:
    friend class RegExpParser;

    void dump_into(std::string&, RegExpNodeIndex) const;

    std::vector<RegExpNode> m_nodes;
    std::vector<RegExpNodeIndex> m_lists;
    std::u32string m_strings;
    std::vector<std::u16string> m_names;
    std::vector<uint32_t> m_capture_names;
    RegExpNodeIndex m_root { kNoNode };
    RegExpFlags m_flags;
};

}
