#pragma once
// The parser's class, shared by regexp_parser.cpp (patterns, escapes, groups) and
// regexp_class_parser.cpp (character classes). Not for use outside runtime/regexp/.
//
// A recursive-descent parser over UTF-16 code units. Failures never unwind: the first error is
// recorded in m_error and every parse function returns kNoNode (or nullopt), which its caller
// passes up. Nesting is bounded by kMaxRegExpNestingDepth.

#include "runtime/regexp/regexp_ast.h"
#include "runtime/regexp/regexp_parser.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sable::regexp {

enum class RegExpError : uint8_t {
#define REGEXP_ERROR(name, message) name,
#include "runtime/regexp/regexp_errors.def"
};

char const* regexp_error_message(RegExpError);

class RegExpParser {
public:
    RegExpParser(std::u16string_view pattern, RegExpFlags flags);
    RegExpParseResult parse();

private:
    static constexpr char32_t kEndOfInput = 0xFFFFFFFF;

    // A ClassAtom of a class without the `v` flag: a character, or a class escape (\d, \p{..}).
    struct ClassAtom {
        RegExpNodeIndex escape { kNoNode }; // set when IsCharacterClass is true
        char32_t value { 0 };
        uint32_t offset { 0 };
    };

    // A ClassSetOperand of a `v` class. A lone ClassSetCharacter gets no node until it is known
    // not to start a ClassSetRange.
    struct ClassSetOperand {
        RegExpNodeIndex node { kNoNode };
        char32_t value { 0 };
        bool is_character { false };
        bool may_contain_strings { false };
        uint32_t offset { 0 };
    };

    struct BracedQuantifier {
        uint32_t min;
        uint32_t max;
        size_t end;
        bool out_of_order;
    };

    // One level of Disjunction on the way to a named group: which disjunction, which alternative.
    struct DisjunctionStep {
        uint32_t disjunction;
        uint32_t alternative;
        bool operator==(DisjunctionStep const&) const = default;
    };
    struct NamedReference {
        uint32_t name;
        uint32_t offset;
    };

    // Reading.
    char32_t unit_at(size_t index) const { return index < m_pattern.size() ? char32_t(m_pattern[index]) : kEndOfInput; }
    char32_t peek(size_t ahead = 0) const { return unit_at(m_position + ahead); }
    bool at_end() const { return m_position >= m_pattern.size(); }
    bool eat(char16_t unit)
    {
        if (peek() != unit)
            return false;
        ++m_position;
        return true;
    }
    bool looking_at_pair(char16_t first, char16_t second) const { return peek() == first && peek(1) == second; }
    char32_t consume_character();

    // Errors.
    RegExpNodeIndex fail(RegExpError, size_t offset);
    std::nullopt_t fail_value(RegExpError error, size_t offset)
    {
        fail(error, offset);
        return std::nullopt;
    }
    bool failed() const { return m_error.has_value(); }
    bool enter_nesting(size_t offset);
    void leave_nesting() { --m_depth; }

    // Building.
    RegExpNodeIndex make_node(RegExpNodeKind, size_t offset);
    RegExpNode& node(RegExpNodeIndex index) { return m_tree.m_nodes[index]; }
    RegExpNodeIndex make_character(char32_t, size_t offset);
    void finish_list(RegExpNodeIndex, size_t scratch_base);
    uint32_t intern_name(std::u16string const&);

    // Patterns (regexp_parser.cpp).
    void prescan();
    RegExpNodeIndex parse_disjunction();
    RegExpNodeIndex parse_alternative();
    RegExpNodeIndex parse_term();
    RegExpNodeIndex parse_atom();
    RegExpNodeIndex parse_quantifier(RegExpNodeIndex atom, size_t start, uint32_t captures_before);
    std::optional<BracedQuantifier> scan_braced_quantifier(size_t position) const;
    RegExpNodeIndex parse_lookaround(LookaroundKind, size_t prefix_length);
    RegExpNodeIndex parse_group();
    RegExpNodeIndex parse_group_body(RegExpNodeIndex group);
    RegExpNodeIndex parse_atom_escape();
    bool parse_group_name(std::u16string& name);
    bool check_duplicate_group_name(uint32_t name, size_t offset);

    // Escapes shared by atoms and classes (regexp_parser.cpp).
    std::optional<char32_t> parse_character_escape(bool in_class);
    std::optional<char32_t> parse_regexp_unicode_escape(bool unicode_mode);
    char32_t parse_legacy_octal_escape();
    RegExpNodeIndex parse_property_escape(size_t start);
    RegExpNodeIndex make_class_escape(char32_t letter, size_t start);

    // Character classes (regexp_class_parser.cpp).
    RegExpNodeIndex parse_character_class();
    RegExpNodeIndex parse_class_ranges(size_t start, bool negated);
    std::optional<ClassAtom> parse_class_atom();
    RegExpNodeIndex parse_class_set_expression(size_t start, bool negated, bool& may_contain_strings);
    std::optional<ClassSetOperand> parse_class_set_operand();
    std::optional<char32_t> parse_class_set_character();
    RegExpNodeIndex parse_class_string_disjunction(bool& may_contain_strings);
    RegExpNodeIndex materialize(ClassSetOperand const&);

    std::u16string_view m_pattern;
    RegExpFlags m_flags;
    bool m_unicode_mode { false };         // [UnicodeMode]: `u` or `v`
    bool m_unicode_sets_mode { false };    // [UnicodeSetsMode]: `v`
    bool m_named_capture_groups { false }; // [NamedCaptureGroups]: Unicode mode or a named group
    size_t m_position { 0 };
    uint32_t m_depth { 0 };

    // From prescan(): CountLeftCapturingParensWithin the whole pattern, known before parsing
    // because a BMP pattern's `\N` is a backreference only when N is at most that count.
    uint32_t m_total_captures { 0 };
    bool m_has_group_names { false };
    uint32_t m_capture_count { 0 };

    uint32_t m_next_disjunction { 0 };
    std::vector<DisjunctionStep> m_disjunction_path;
    std::vector<NamedReference> m_named_references;
    std::unordered_map<std::u16string, uint32_t> m_name_ids;
    // By name id: the disjunction path of the latest group with that name, if any.
    std::vector<std::optional<std::vector<DisjunctionStep>>> m_latest_group_path;

    // Children of the lists being built, innermost last.
    std::vector<RegExpNodeIndex> m_scratch;

    struct Failure {
        RegExpError error;
        size_t offset;
    };
    std::optional<Failure> m_error;

    RegExpTree m_tree;
};

// Character tests shared by both parser files.
inline bool is_decimal_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_ascii_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_lead_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
inline bool is_trail_surrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
inline char32_t combine_surrogates(char32_t lead, char32_t trail) { return 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00); }
inline bool is_class_escape_letter(char32_t c)
{
    return c == 'd' || c == 'D' || c == 's' || c == 'S' || c == 'w' || c == 'W';
}

}
