// Patterns, terms, groups and escapes; character classes are in regexp_class_parser.cpp.
// Grammar: 22.2.1 Patterns (https://tc39.es/ecma262/#sec-patterns) as amended for BMP patterns
// by B.1.2 Regular Expressions Patterns (https://tc39.es/ecma262/#sec-regular-expressions-patterns).

#include "runtime/regexp/regexp_parser.h"

#include "runtime/regexp/regexp_parser_internal.h"
#include "runtime/regexp/regexp_unicode_properties.h"

#include <algorithm>

namespace sable::regexp {

namespace {

// SyntaxCharacter :: one of ^ $ \ . * + ? ( ) [ ] { } |
bool is_syntax_character(char32_t c)
{
    switch (c) {
    case '^': case '$': case '\\': case '.': case '*': case '+': case '?':
    case '(': case ')': case '[': case ']': case '{': case '}': case '|':
        return true;
    default:
        return false;
    }
}

bool is_octal_digit(char32_t c) { return c >= '0' && c <= '7'; }

int hex_value(char32_t c)
{
    if (c >= '0' && c <= '9')
        return int(c - '0');
    if (c >= 'a' && c <= 'f')
        return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return int(c - 'A' + 10);
    return -1;
}

void append_utf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out += char(c);
    } else if (c < 0x800) {
        out += char(0xC0 | (c >> 6));
        out += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += char(0xE0 | (c >> 12));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    } else {
        out += char(0xF0 | (c >> 18));
        out += char(0x80 | ((c >> 12) & 0x3F));
        out += char(0x80 | ((c >> 6) & 0x3F));
        out += char(0x80 | (c & 0x3F));
    }
}

// UTF-16 to UTF-8 for messages; an unpaired surrogate becomes U+FFFD.
std::string to_utf8(std::u16string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t c = text[i];
        if (is_lead_surrogate(c) && i + 1 < text.size() && is_trail_surrogate(text[i + 1])) {
            c = combine_surrogates(c, text[++i]);
        } else if (is_lead_surrogate(c) || is_trail_surrogate(c)) {
            c = 0xFFFD;
        }
        append_utf8(out, c);
    }
    return out;
}

void append_utf16(std::u16string& out, char32_t c)
{
    if (c < 0x10000) {
        out += char16_t(c);
        return;
    }
    out += char16_t(0xD800 + ((c - 0x10000) >> 10));
    out += char16_t(0xDC00 + ((c - 0x10000) & 0x3FF));
}

// MV of DecimalDigits, saturated: a quantifier bound or group number that large is never
// reached by any input, so the exact value no longer matters.
uint32_t saturating_decimal(std::u16string_view digits)
{
    uint64_t value = 0;
    for (char16_t digit : digits) {
        value = value * 10 + (digit - '0');
        if (value > kMaxFiniteRepetition)
            return kMaxFiniteRepetition;
    }
    return uint32_t(value);
}

// Compares the MVs of two DecimalDigits exactly, however long they are.
bool decimal_greater_than(std::u16string_view a, std::u16string_view b)
{
    auto trim = [](std::u16string_view digits) {
        size_t zeros = 0;
        while (zeros + 1 < digits.size() && digits[zeros] == '0')
            ++zeros;
        return digits.substr(zeros);
    };
    a = trim(a);
    b = trim(b);
    if (a.size() != b.size())
        return a.size() > b.size();
    return a > b;
}

}

char const* regexp_error_message(RegExpError error)
{
    switch (error) {
#define REGEXP_ERROR(name, message) \
    case RegExpError::name:         \
        return message;
#include "runtime/regexp/regexp_errors.def"
    }
    return "Invalid regular expression";
}

RegExpParser::RegExpParser(std::u16string_view pattern, RegExpFlags flags)
    : m_pattern(pattern)
    , m_flags(flags)
    , m_unicode_mode(flags.either_unicode())
    , m_unicode_sets_mode(flags.unicode_sets())
{
}

// The SourceCharacter at the cursor: in Unicode mode a surrogate pair is one code point, in a
// BMP pattern every code unit is a character of its own (22.2.2 Pattern Semantics).
char32_t RegExpParser::consume_character()
{
    char32_t c = peek();
    if (m_unicode_mode && is_lead_surrogate(c) && is_trail_surrogate(peek(1))) {
        m_position += 2;
        return combine_surrogates(c, unit_at(m_position - 1));
    }
    ++m_position;
    return c;
}

RegExpNodeIndex RegExpParser::fail(RegExpError error, size_t offset)
{
    if (!m_error)
        m_error = Failure { error, offset };
    return kNoNode;
}

bool RegExpParser::enter_nesting(size_t offset)
{
    if (++m_depth > kMaxRegExpNestingDepth) {
        fail(RegExpError::TooDeeplyNested, offset);
        return false;
    }
    return true;
}

RegExpNodeIndex RegExpParser::make_node(RegExpNodeKind kind, size_t offset)
{
    RegExpNode node;
    node.m_kind = kind;
    node.m_offset = uint32_t(offset);
    m_tree.m_nodes.push_back(node);
    return RegExpNodeIndex(m_tree.m_nodes.size() - 1);
}

RegExpNodeIndex RegExpParser::make_character(char32_t c, size_t offset)
{
    auto index = make_node(RegExpNodeKind::Character, offset);
    node(index).m_a = c;
    return index;
}

// Moves the children collected on the scratch stack since `scratch_base` into the tree.
void RegExpParser::finish_list(RegExpNodeIndex index, size_t scratch_base)
{
    auto& list = node(index);
    list.m_a = uint32_t(m_tree.m_lists.size());
    list.m_b = uint32_t(m_scratch.size() - scratch_base);
    m_tree.m_lists.insert(m_tree.m_lists.end(), m_scratch.begin() + ptrdiff_t(scratch_base), m_scratch.end());
    m_scratch.resize(scratch_base);
}

uint32_t RegExpParser::intern_name(std::u16string const& name)
{
    auto [it, inserted] = m_name_ids.try_emplace(name, uint32_t(m_tree.m_names.size()));
    if (inserted) {
        m_tree.m_names.push_back(name);
        m_latest_group_path.emplace_back();
    }
    return it->second;
}

// CountLeftCapturingParensWithin(Pattern), and whether the pattern contains a GroupName, found by
// a scan that skips escapes and character classes. B.1.2.9 ParsePattern parses a BMP pattern
// twice, the second time with [+NamedCaptureGroups] if the first found a group name; knowing
// that up front gives the same result in one pass.
void RegExpParser::prescan()
{
    uint32_t class_depth = 0;
    for (size_t i = 0; i < m_pattern.size(); ++i) {
        char16_t c = m_pattern[i];
        if (c == '\\') {
            ++i;
        } else if (c == '[') {
            // Classes nest only with `v`; elsewhere `[` inside a class is a plain character.
            class_depth = m_unicode_sets_mode ? class_depth + 1 : 1;
        } else if (c == ']') {
            if (class_depth > 0)
                --class_depth;
        } else if (c == '(' && class_depth == 0) {
            if (unit_at(i + 1) != '?') {
                ++m_total_captures;
            } else if (unit_at(i + 2) == '<' && unit_at(i + 3) != '=' && unit_at(i + 3) != '!') {
                ++m_total_captures;
                m_has_group_names = true;
            }
        }
    }
}

// 22.2.3.4 Static Semantics: ParsePattern ( patternText, u, v ) —
// https://tc39.es/ecma262/#sec-parsepattern, with B.1.2.9 for BMP patterns.
RegExpParseResult RegExpParser::parse()
{
    m_tree.m_flags = m_flags;
    // 1. `u` and `v` together are an error.
    if (m_flags.unicode() && m_flags.unicode_sets()) {
        fail(RegExpError::InvalidFlags, 0);
    } else if (m_pattern.size() >= UINT32_MAX / 2) {
        fail(RegExpError::TooLarge, 0);
    } else {
        prescan();
        // Pattern[+UnicodeMode, ?UnicodeSetsMode, +NamedCaptureGroups] in Unicode mode; a BMP
        // pattern gets [+NamedCaptureGroups] only when it has a group name.
        m_named_capture_groups = m_unicode_mode || m_has_group_names;
        auto root = parse_disjunction();
        if (!failed() && !at_end()) {
            // Only `)` ends a top-level Disjunction early.
            fail(RegExpError::UnmatchedParenthesis, m_position);
        }
        if (!failed()) {
            // AtomEscape :: `k` GroupName — GroupSpecifiersThatMatch(GroupName) must not be
            // empty; the group may come after the reference.
            for (auto const& reference : m_named_references) {
                if (!m_latest_group_path[reference.name]) {
                    fail(RegExpError::InvalidNamedCaptureReferenced, reference.offset);
                    break;
                }
            }
        }
        assert(failed() || m_capture_count == m_total_captures);
        m_tree.m_root = root;
    }

    RegExpParseResult result;
    if (m_error) {
        std::string message = "Invalid regular expression: /";
        message += to_utf8(m_pattern);
        message += '/';
        message += m_flags.to_string();
        message += ": ";
        message += regexp_error_message(m_error->error);
        result.error = RegExpSyntaxError { std::move(message), uint32_t(std::min(m_error->offset, m_pattern.size())) };
        return result;
    }
    result.tree = std::move(m_tree);
    return result;
}

// Disjunction :: Alternative | Alternative `|` Disjunction
RegExpNodeIndex RegExpParser::parse_disjunction()
{
    size_t start = m_position;
    size_t base = m_scratch.size();
    m_disjunction_path.push_back({ m_next_disjunction++, 0 });
    while (true) {
        auto alternative = parse_alternative();
        if (alternative == kNoNode)
            return kNoNode;
        m_scratch.push_back(alternative);
        if (!eat('|'))
            break;
        ++m_disjunction_path.back().alternative;
    }
    m_disjunction_path.pop_back();

    if (m_scratch.size() - base == 1) {
        auto only = m_scratch.back();
        m_scratch.pop_back();
        return only;
    }
    auto disjunction = make_node(RegExpNodeKind::Disjunction, start);
    finish_list(disjunction, base);
    return disjunction;
}

// Alternative :: [empty] | Alternative Term
RegExpNodeIndex RegExpParser::parse_alternative()
{
    size_t start = m_position;
    size_t base = m_scratch.size();
    while (!at_end() && peek() != '|' && peek() != ')') {
        auto term = parse_term();
        if (term == kNoNode)
            return kNoNode;
        m_scratch.push_back(term);
    }
    auto alternative = make_node(RegExpNodeKind::Alternative, start);
    finish_list(alternative, base);
    return alternative;
}

// Term :: Assertion | Atom | Atom Quantifier
// B.1.2: [~UnicodeMode] QuantifiableAssertion Quantifier | ExtendedAtom Quantifier | ...
// An assertion is never followed by a quantifier here; a quantifier character after one is then
// read as the start of the next term, which reports "Nothing to repeat".
RegExpNodeIndex RegExpParser::parse_term()
{
    size_t start = m_position;
    auto make_assertion = [&](AssertionKind kind, size_t length) {
        m_position += length;
        auto assertion = make_node(RegExpNodeKind::Assertion, start);
        node(assertion).m_sub = uint8_t(kind);
        return assertion;
    };

    switch (peek()) {
    case '^':
        return make_assertion(AssertionKind::StartOfInput, 1);
    case '$':
        return make_assertion(AssertionKind::EndOfInput, 1);
    case '\\':
        if (peek(1) == 'b')
            return make_assertion(AssertionKind::WordBoundary, 2);
        if (peek(1) == 'B')
            return make_assertion(AssertionKind::NotWordBoundary, 2);
        break;
    case '(':
        if (peek(1) != '?')
            break;
        if (peek(2) == '=' || peek(2) == '!') {
            uint32_t captures_before = m_capture_count;
            auto lookahead = parse_lookaround(peek(2) == '=' ? LookaroundKind::Lookahead : LookaroundKind::NegativeLookahead, 3);
            if (lookahead == kNoNode)
                return kNoNode;
            // B.1.2: QuantifiableAssertion — only BMP patterns may quantify a lookahead.
            if (m_unicode_mode)
                return lookahead;
            return parse_quantifier(lookahead, start, captures_before);
        }
        if (peek(2) == '<' && (peek(3) == '=' || peek(3) == '!'))
            return parse_lookaround(peek(3) == '=' ? LookaroundKind::Lookbehind : LookaroundKind::NegativeLookbehind, 4);
        break;
    default:
        break;
    }

    uint32_t captures_before = m_capture_count;
    auto atom = parse_atom();
    if (atom == kNoNode)
        return kNoNode;
    return parse_quantifier(atom, start, captures_before);
}

// Assertion :: `(?=` Disjunction `)` | `(?!` ... | `(?<=` ... | `(?<!` ...
RegExpNodeIndex RegExpParser::parse_lookaround(LookaroundKind kind, size_t prefix_length)
{
    size_t start = m_position;
    if (!enter_nesting(start))
        return kNoNode;
    m_position += prefix_length;
    auto body = parse_disjunction();
    if (body == kNoNode)
        return kNoNode;
    if (!eat(')'))
        return fail(RegExpError::UnterminatedGroup, m_position);
    leave_nesting();
    auto lookaround = make_node(RegExpNodeKind::Lookaround, start);
    node(lookaround).m_sub = uint8_t(kind);
    node(lookaround).m_a = body;
    return lookaround;
}

// Atom (and B.1.2 ExtendedAtom), after assertions have been ruled out.
RegExpNodeIndex RegExpParser::parse_atom()
{
    size_t start = m_position;
    switch (peek()) {
    case '*':
    case '+':
    case '?':
        return fail(RegExpError::NothingToRepeat, start);
    case '{':
        // A braced quantifier with nothing before it. In a BMP pattern any other `{` is an
        // ExtendedPatternCharacter; B.1.2.1 makes InvalidBracedQuantifier an early error.
        if (scan_braced_quantifier(m_position))
            return fail(RegExpError::NothingToRepeat, start);
        if (m_unicode_mode)
            return fail(RegExpError::LoneQuantifierBrackets, start);
        ++m_position;
        return make_character('{', start);
    case '}':
    case ']':
        // SyntaxCharacters, but ExtendedPatternCharacters in BMP patterns.
        if (m_unicode_mode)
            return fail(RegExpError::LoneQuantifierBrackets, start);
        ++m_position;
        return make_character(unit_at(start), start);
    case '.':
        ++m_position;
        return make_node(RegExpNodeKind::AnyCharacter, start);
    case '[':
        return parse_character_class();
    case '(':
        return parse_group();
    case '\\':
        return parse_atom_escape();
    default: {
        char32_t c = consume_character();
        return make_character(c, start);
    }
    }
}

// `{` DecimalDigits `}` | `{` DecimalDigits `,}` | `{` DecimalDigits `,` DecimalDigits `}`,
// read without moving the cursor.
auto RegExpParser::scan_braced_quantifier(size_t position) const -> std::optional<BracedQuantifier>
{
    if (unit_at(position) != '{')
        return std::nullopt;
    size_t min_start = ++position;
    while (is_decimal_digit(unit_at(position)))
        ++position;
    if (position == min_start)
        return std::nullopt;
    auto min_digits = m_pattern.substr(min_start, position - min_start);
    BracedQuantifier result { saturating_decimal(min_digits), 0, 0, false };
    if (unit_at(position) == '}') {
        result.max = result.min;
        result.end = position + 1;
        return result;
    }
    if (unit_at(position) != ',')
        return std::nullopt;
    size_t max_start = ++position;
    while (is_decimal_digit(unit_at(position)))
        ++position;
    if (unit_at(position) != '}')
        return std::nullopt;
    result.end = position + 1;
    if (position == max_start) {
        result.max = kInfinity;
        return result;
    }
    auto max_digits = m_pattern.substr(max_start, position - max_start);
    result.max = saturating_decimal(max_digits);
    // QuantifierPrefix :: `{` DecimalDigits `,` DecimalDigits `}` — early error if the first MV is
    // greater than the second (compared exactly, before saturation).
    result.out_of_order = decimal_greater_than(min_digits, max_digits);
    return result;
}

// Quantifier :: QuantifierPrefix | QuantifierPrefix `?`
RegExpNodeIndex RegExpParser::parse_quantifier(RegExpNodeIndex atom, size_t start, uint32_t captures_before)
{
    uint32_t min = 0;
    uint32_t max = 0;
    switch (peek()) {
    case '*':
        min = 0;
        max = kInfinity;
        ++m_position;
        break;
    case '+':
        min = 1;
        max = kInfinity;
        ++m_position;
        break;
    case '?':
        min = 0;
        max = 1;
        ++m_position;
        break;
    case '{': {
        auto braced = scan_braced_quantifier(m_position);
        if (!braced) {
            // In a BMP pattern the `{` is the next atom's ExtendedPatternCharacter.
            if (m_unicode_mode)
                return fail(RegExpError::IncompleteQuantifier, m_position);
            return atom;
        }
        if (braced->out_of_order)
            return fail(RegExpError::QuantifierOutOfOrder, m_position);
        min = braced->min;
        max = braced->max;
        m_position = braced->end;
        break;
    }
    default:
        return atom;
    }
    bool greedy = !eat('?');
    auto quantifier = make_node(RegExpNodeKind::Quantifier, start);
    auto& q = node(quantifier);
    q.m_a = atom;
    q.m_b = min;
    q.m_c = max;
    q.m_flag = greedy;
    // RepeatMatcher's parenIndex and parenCount.
    q.m_d = captures_before;
    q.m_e = m_capture_count - captures_before;
    return quantifier;
}

// Atom :: `(` GroupSpecifier? Disjunction `)` | `(?:` Disjunction `)`
//       | `(?` RegularExpressionModifiers `:` Disjunction `)`
//       | `(?` RegularExpressionModifiers `-` RegularExpressionModifiers `:` Disjunction `)`
RegExpNodeIndex RegExpParser::parse_group()
{
    size_t start = m_position;
    if (!enter_nesting(start))
        return kNoNode;

    if (peek(1) != '?') {
        m_position += 1;
        auto group = make_node(RegExpNodeKind::CaptureGroup, start);
        node(group).m_b = ++m_capture_count;
        node(group).m_c = kNoName;
        m_tree.m_capture_names.push_back(kNoName);
        return parse_group_body(group);
    }

    if (peek(2) == ':') {
        m_position += 3;
        return parse_group_body(make_node(RegExpNodeKind::NonCapturingGroup, start));
    }

    if (peek(2) == '<') {
        // GroupSpecifier :: `?` GroupName
        m_position += 3;
        size_t name_start = m_position;
        std::u16string name;
        if (!parse_group_name(name))
            return kNoNode;
        uint32_t name_id = intern_name(name);
        if (!check_duplicate_group_name(name_id, name_start))
            return kNoNode;
        auto group = make_node(RegExpNodeKind::CaptureGroup, start);
        node(group).m_b = ++m_capture_count;
        node(group).m_c = name_id;
        m_tree.m_capture_names.push_back(name_id);
        return parse_group_body(group);
    }

    // RegularExpressionModifiers, with the early errors of 22.2.1.1: no modifier twice on one
    // side, none on both sides, and not both sides empty.
    m_position += 2;
    auto parse_modifiers = [&](uint8_t& set) {
        while (true) {
            uint8_t bit = peek() == 'i' ? kModifierIgnoreCase : peek() == 'm' ? kModifierMultiline : peek() == 's' ? kModifierDotAll : 0;
            if (!bit)
                return true;
            if (set & bit) {
                fail(RegExpError::RepeatedModifier, m_position);
                return false;
            }
            set |= bit;
            ++m_position;
        }
    };
    uint8_t added = 0;
    uint8_t removed = 0;
    if (!parse_modifiers(added))
        return kNoNode;
    bool has_dash = eat('-');
    if (has_dash && !parse_modifiers(removed))
        return kNoNode;
    if (!eat(':'))
        return fail(RegExpError::InvalidGroup, start);
    if (!has_dash && !added)
        return fail(RegExpError::InvalidGroup, start);
    if (has_dash && !added && !removed)
        return fail(RegExpError::EmptyModifiers, start);
    if (added & removed)
        return fail(RegExpError::RepeatedModifier, start);
    auto group = make_node(RegExpNodeKind::ModifierGroup, start);
    node(group).m_b = added;
    node(group).m_c = removed;
    return parse_group_body(group);
}

RegExpNodeIndex RegExpParser::parse_group_body(RegExpNodeIndex group)
{
    auto body = parse_disjunction();
    if (body == kNoNode)
        return kNoNode;
    if (!eat(')'))
        return fail(RegExpError::UnterminatedGroup, m_position);
    leave_nesting();
    node(group).m_a = body;
    return group;
}

// 22.2.1.1 Static Semantics: Early Errors, Pattern :: Disjunction — two GroupSpecifiers with the
// same CapturingGroupName are an error unless MightBothParticipate is false, that is, unless
// some Disjunction has them in different alternatives
// (https://tc39.es/ecma262/#sec-mightbothparticipate).
//
// Comparing with the latest earlier group of the same name is enough. Say g1 < g2 < g3 in
// source order, all named alike, no earlier pair in conflict, g3 separated from g2 by a
// Disjunction D (g2 in an earlier alternative of D), and g3 not separated from g1. Then g1 is
// outside D (inside D it would sit in an alternative no later than g2's, so D would separate
// it from g3) and D is in the same alternative as g1 of every disjunction enclosing both: so
// g1 and g2 were already in conflict. Hence the check stays linear in the pattern.
bool RegExpParser::check_duplicate_group_name(uint32_t name, size_t offset)
{
    auto& latest = m_latest_group_path[name];
    if (latest) {
        auto const& other = *latest;
        bool might_both_participate = true;
        size_t common = std::min(other.size(), m_disjunction_path.size());
        for (size_t i = 0; i < common; ++i) {
            // The paths leave one alternative through different disjunctions (different groups
            // of one sequence): both can participate.
            if (other[i].disjunction != m_disjunction_path[i].disjunction)
                break;
            if (other[i].alternative != m_disjunction_path[i].alternative) {
                might_both_participate = false;
                break;
            }
        }
        if (might_both_participate) {
            fail(RegExpError::DuplicateCaptureGroupName, offset);
            return false;
        }
    }
    latest = m_disjunction_path;
    return true;
}

// GroupName :: `<` RegExpIdentifierName `>`, after the `<`. RegExpIdentifierStart and
// RegExpIdentifierPart allow `\` RegExpUnicodeEscapeSequence[+UnicodeMode] in every mode, and a
// surrogate pair written as itself.
bool RegExpParser::parse_group_name(std::u16string& name)
{
    name.clear();
    while (true) {
        size_t char_start = m_position;
        if (at_end()) {
            fail(RegExpError::InvalidCaptureGroupName, char_start);
            return false;
        }
        if (peek() == '>') {
            if (name.empty()) {
                fail(RegExpError::InvalidCaptureGroupName, char_start);
                return false;
            }
            ++m_position;
            return true;
        }
        char32_t c;
        if (peek() == '\\') {
            ++m_position;
            std::optional<char32_t> escaped;
            if (peek() == 'u')
                escaped = parse_regexp_unicode_escape(true);
            if (!escaped) {
                fail(RegExpError::InvalidCaptureGroupName, char_start);
                return false;
            }
            c = *escaped;
        } else {
            c = peek();
            if (is_lead_surrogate(c) && is_trail_surrogate(peek(1))) {
                c = combine_surrogates(c, peek(1));
                m_position += 2;
            } else {
                ++m_position;
            }
        }
        // Early errors: the code point must be an IdentifierStartChar / IdentifierPartChar.
        bool valid = name.empty() ? is_identifier_start_char(c) : is_identifier_part_char(c);
        if (!valid) {
            fail(RegExpError::InvalidCaptureGroupName, char_start);
            return false;
        }
        append_utf16(name, c);
    }
}

// `\` AtomEscape, with the cursor on the `\`. `\b` and `\B` are assertions, handled by parse_term.
// AtomEscape :: DecimalEscape | CharacterClassEscape | CharacterEscape | [+NamedCaptureGroups] `k` GroupName
RegExpNodeIndex RegExpParser::parse_atom_escape()
{
    size_t start = m_position;
    ++m_position;
    if (at_end())
        return fail(RegExpError::EscapeAtEndOfPattern, start);
    char32_t c = peek();

    if (c >= '1' && c <= '9') {
        // DecimalEscape :: NonZeroDigit DecimalDigits? [lookahead ∉ DecimalDigit]
        size_t digits_start = m_position;
        while (is_decimal_digit(peek()))
            ++m_position;
        uint32_t number = saturating_decimal(m_pattern.substr(digits_start, m_position - digits_start));
        // Early error: CapturingGroupNumber must not exceed CountLeftCapturingParensWithin(Pattern).
        // B.1.2: in a BMP pattern a larger number is not a DecimalEscape at all but a legacy
        // octal escape or an identity escape (`\8`).
        if (number <= m_total_captures) {
            auto reference = make_node(RegExpNodeKind::Backreference, start);
            node(reference).m_a = number;
            return reference;
        }
        if (m_unicode_mode)
            return fail(RegExpError::InvalidBackreference, start);
        m_position = digits_start;
    } else if (is_class_escape_letter(c)) {
        ++m_position;
        return make_class_escape(c, start);
    } else if ((c == 'p' || c == 'P') && m_unicode_mode) {
        return parse_property_escape(start);
    } else if (c == 'k' && m_named_capture_groups) {
        // AtomEscape :: [+NamedCaptureGroups] `k` GroupName
        ++m_position;
        if (!eat('<'))
            return fail(RegExpError::InvalidNamedReference, start);
        std::u16string name;
        if (!parse_group_name(name))
            return kNoNode;
        uint32_t name_id = intern_name(name);
        m_named_references.push_back({ name_id, uint32_t(start) });
        auto reference = make_node(RegExpNodeKind::Backreference, start);
        node(reference).m_a = name_id;
        node(reference).m_flag = true;
        return reference;
    }

    auto value = parse_character_escape(false);
    if (!value)
        return kNoNode;
    return make_character(*value, start);
}

RegExpNodeIndex RegExpParser::make_class_escape(char32_t letter, size_t start)
{
    ClassEscapeKind kind = ClassEscapeKind::Digit;
    switch (letter) {
    case 'd': kind = ClassEscapeKind::Digit; break;
    case 'D': kind = ClassEscapeKind::NotDigit; break;
    case 's': kind = ClassEscapeKind::Space; break;
    case 'S': kind = ClassEscapeKind::NotSpace; break;
    case 'w': kind = ClassEscapeKind::Word; break;
    case 'W': kind = ClassEscapeKind::NotWord; break;
    }
    auto escape = make_node(RegExpNodeKind::ClassEscape, start);
    node(escape).m_sub = uint8_t(kind);
    return escape;
}

// CharacterEscape, with the cursor just past the `\` (22.2.2.8 CharacterValue,
// B.1.2.4 CharacterValue). `in_class` selects the ClassEscape variants of B.1.2.
std::optional<char32_t> RegExpParser::parse_character_escape(bool in_class)
{
    size_t escape_start = m_position - 1;
    char32_t c = peek();
    switch (c) {
    // ControlEscape
    case 'f':
        ++m_position;
        return 0x0C;
    case 'n':
        ++m_position;
        return 0x0A;
    case 'r':
        ++m_position;
        return 0x0D;
    case 't':
        ++m_position;
        return 0x09;
    case 'v':
        ++m_position;
        return 0x0B;
    case 'c': {
        // `c` AsciiLetter: the letter's value modulo 32.
        char32_t letter = peek(1);
        if (is_ascii_letter(letter)) {
            m_position += 2;
            return letter % 32;
        }
        if (m_unicode_mode)
            return fail_value(RegExpError::InvalidEscape, escape_start);
        // B.1.2 ClassEscape :: [~UnicodeMode] `c` ClassControlLetter (a digit or `_`).
        if (in_class && (is_decimal_digit(letter) || letter == '_')) {
            m_position += 2;
            return letter % 32;
        }
        // B.1.2 ExtendedAtom / ClassAtomNoDash :: `\` [lookahead = `c`]: the backslash is a
        // character of its own and the `c` is read again as the next one.
        return U'\\';
    }
    case '0':
        // `0` [lookahead ∉ DecimalDigit]
        if (!is_decimal_digit(peek(1))) {
            ++m_position;
            return 0;
        }
        if (m_unicode_mode)
            return fail_value(in_class ? RegExpError::InvalidClassEscape : RegExpError::InvalidDecimalEscape, escape_start);
        return parse_legacy_octal_escape();
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
        if (m_unicode_mode)
            return fail_value(in_class ? RegExpError::InvalidClassEscape : RegExpError::InvalidDecimalEscape, escape_start);
        // B.1.2 CharacterEscape :: [~UnicodeMode] LegacyOctalEscapeSequence
        return parse_legacy_octal_escape();
    case 'x': {
        // HexEscapeSequence :: `x` HexDigit HexDigit
        int high = hex_value(peek(1));
        int low = high >= 0 ? hex_value(peek(2)) : -1;
        if (low >= 0) {
            m_position += 3;
            return char32_t(high * 16 + low);
        }
        if (m_unicode_mode)
            return fail_value(RegExpError::InvalidEscape, escape_start);
        ++m_position;
        return U'x';
    }
    case 'u': {
        if (auto value = parse_regexp_unicode_escape(m_unicode_mode))
            return value;
        if (m_unicode_mode)
            return fail_value(RegExpError::InvalidUnicodeEscape, escape_start);
        ++m_position;
        return U'u';
    }
    default:
        break;
    }

    // IdentityEscape[UnicodeMode] :: [+UnicodeMode] SyntaxCharacter | [+UnicodeMode] `/`
    if (m_unicode_mode) {
        if (is_syntax_character(c) || c == '/') {
            ++m_position;
            return c;
        }
        return fail_value(in_class ? RegExpError::InvalidClassEscape : RegExpError::InvalidEscape, escape_start);
    }
    // B.1.2 IdentityEscape :: [~UnicodeMode] SourceCharacterIdentityEscape — any character but
    // `c`, and but `k` when the pattern has named groups.
    if (c == 'k' && m_named_capture_groups)
        return fail_value(RegExpError::InvalidEscape, escape_start);
    return consume_character();
}

// RegExpUnicodeEscapeSequence, with the cursor on the `u`. Returns nothing, without moving or
// failing, when the text is not one; the caller decides whether that is an error.
//   [+UnicodeMode] `u` HexLeadSurrogate `\u` HexTrailSurrogate  (one code point)
//   [+UnicodeMode] `u{` CodePoint `}`
//   `u` Hex4Digits
std::optional<char32_t> RegExpParser::parse_regexp_unicode_escape(bool unicode_mode)
{
    size_t position = m_position + 1;
    if (unicode_mode && unit_at(position) == '{') {
        ++position;
        uint32_t value = 0;
        size_t digits = 0;
        while (hex_value(unit_at(position)) >= 0) {
            value = value * 16 + uint32_t(hex_value(unit_at(position)));
            // CodePoint :: HexDigits but only if MV of HexDigits ≤ 0x10FFFF
            if (value > 0x10FFFF)
                return std::nullopt;
            ++position;
            ++digits;
        }
        if (digits == 0 || unit_at(position) != '}')
            return std::nullopt;
        m_position = position + 1;
        return value;
    }

    auto hex4 = [&](size_t at) -> std::optional<char32_t> {
        char32_t value = 0;
        for (size_t i = 0; i < 4; ++i) {
            int digit = hex_value(unit_at(at + i));
            if (digit < 0)
                return std::nullopt;
            value = value * 16 + char32_t(digit);
        }
        return value;
    };
    auto first = hex4(position);
    if (!first)
        return std::nullopt;
    position += 4;
    // A `\u` HexTrailSurrogate after a HexLeadSurrogate belongs to it.
    if (unicode_mode && is_lead_surrogate(*first) && unit_at(position) == '\\' && unit_at(position + 1) == 'u') {
        auto second = hex4(position + 2);
        if (second && is_trail_surrogate(*second)) {
            m_position = position + 6;
            return combine_surrogates(*first, *second);
        }
    }
    m_position = position;
    return first;
}

// B.1.2 LegacyOctalEscapeSequence (12.9.4): `0` [lookahead ∈ {8, 9}], NonZeroOctalDigit
// [lookahead ∉ OctalDigit], ZeroToThree OctalDigit [lookahead ∉ OctalDigit], FourToSeven
// OctalDigit, ZeroToThree OctalDigit OctalDigit — that is, up to three octal digits not
// exceeding \377. The cursor is on the first digit.
char32_t RegExpParser::parse_legacy_octal_escape()
{
    char32_t first = peek() - '0';
    ++m_position;
    char32_t value = first;
    if (is_octal_digit(peek())) {
        value = value * 8 + (peek() - '0');
        ++m_position;
        if (first <= 3 && is_octal_digit(peek())) {
            value = value * 8 + (peek() - '0');
            ++m_position;
        }
    }
    return value;
}

// CharacterClassEscape :: [+UnicodeMode] `p{` UnicodePropertyValueExpression `}` | `P{` ... `}`,
// with the cursor on the `p` or `P`; `start` is the `\`.
RegExpNodeIndex RegExpParser::parse_property_escape(size_t start)
{
    bool negated = peek() == 'P';
    ++m_position;
    if (!eat('{'))
        return fail(RegExpError::InvalidPropertyName, start);

    // UnicodePropertyName is AsciiLetters and `_`; UnicodePropertyValue and
    // LoneUnicodePropertyNameOrValue may also have DecimalDigits.
    auto is_value_character = [](char32_t c) { return is_ascii_letter(c) || is_decimal_digit(c) || c == '_'; };
    auto read_ascii = [&](size_t from) {
        std::string text;
        for (size_t i = from; i < m_position; ++i)
            text += char(m_pattern[i]);
        return text;
    };

    size_t name_start = m_position;
    while (is_value_character(peek()))
        ++m_position;
    std::string name = read_ascii(name_start);
    std::optional<std::string> value;
    if (eat('=')) {
        if (std::any_of(name.begin(), name.end(), [](char c) { return is_decimal_digit(char32_t(c)); }))
            return fail(RegExpError::InvalidPropertyName, start);
        size_t value_start = m_position;
        while (is_value_character(peek()))
            ++m_position;
        value = read_ascii(value_start);
        if (value->empty())
            return fail(RegExpError::InvalidPropertyName, start);
    }
    if (name.empty() || !eat('}'))
        return fail(RegExpError::InvalidPropertyName, start);

    auto resolved = resolve_unicode_property(name, value);
    if (!resolved)
        return fail(RegExpError::InvalidPropertyName, start);
    if (resolved->is_property_of_strings) {
        // Early errors: a binary property of strings needs [UnicodeSetsMode], and
        // `P{` requires MayContainStrings to be false.
        if (!m_unicode_sets_mode)
            return fail(RegExpError::PropertyOfStringsNeedsUnicodeSets, start);
        if (negated)
            return fail(RegExpError::NegatedPropertyOfStrings, start);
    }
    auto property = make_node(RegExpNodeKind::UnicodeProperty, start);
    auto& p = node(property);
    p.m_sub = uint8_t(resolved->kind);
    p.m_a = uint32_t(resolved->property);
    p.m_b = uint32_t(resolved->value);
    p.m_flag = negated;
    p.m_flag2 = resolved->is_property_of_strings;
    return property;
}

RegExpParseResult parse_regexp(std::u16string_view pattern, RegExpFlags flags)
{
    RegExpParser parser(pattern, flags);
    return parser.parse();
}

namespace {

// The index of the first character that makes `flags` invalid, or nothing when they are valid.
std::optional<size_t> find_invalid_flag(std::u16string_view flags, RegExpFlags& parsed)
{
    parsed = RegExpFlags {};
    for (size_t i = 0; i < flags.size(); ++i) {
        RegExpFlag flag;
        switch (flags[i]) {
        case 'd': flag = RegExpFlag::HasIndices; break;
        case 'g': flag = RegExpFlag::Global; break;
        case 'i': flag = RegExpFlag::IgnoreCase; break;
        case 'm': flag = RegExpFlag::Multiline; break;
        case 's': flag = RegExpFlag::DotAll; break;
        case 'u': flag = RegExpFlag::Unicode; break;
        case 'v': flag = RegExpFlag::UnicodeSets; break;
        case 'y': flag = RegExpFlag::Sticky; break;
        default: return i;
        }
        if (parsed.has(flag))
            return i;
        parsed.set(flag);
        if (parsed.unicode() && parsed.unicode_sets())
            return i;
    }
    return std::nullopt;
}

}

// 22.2.3.1 RegExpInitialize steps 5-6 and 13.2.7.2 Static Semantics: Early Errors for
// RegularExpressionLiteral: the flags are some of "dgimsuvy", none twice, not `u` with `v`.
std::optional<RegExpFlags> parse_regexp_flags(std::u16string_view flags)
{
    RegExpFlags parsed;
    if (find_invalid_flag(flags, parsed))
        return std::nullopt;
    return parsed;
}

// 13.2.7.2 Static Semantics: Early Errors — https://tc39.es/ecma262/#sec-primary-expression-regular-expression-literals-static-semantics-early-errors
std::optional<RegExpSyntaxError> validate_regexp_literal(std::u16string_view pattern, std::u16string_view flags)
{
    RegExpFlags parsed;
    if (auto bad = find_invalid_flag(flags, parsed)) {
        std::string message = "Invalid regular expression flags";
        return RegExpSyntaxError { std::move(message), uint32_t(pattern.size() + 1 + *bad) };
    }
    auto result = parse_regexp(pattern, parsed);
    return std::move(result.error);
}

}
