// Character classes: ClassContents without `v` (NonemptyClassRanges, with the B.1.2 extensions
// for BMP patterns) and with `v` (ClassSetExpression: unions, ranges, nested classes,
// intersections, subtractions, \q{...} string disjunctions) — 22.2.1 Patterns,
// https://tc39.es/ecma262/#sec-patterns.

#include "runtime/regexp/regexp_parser_internal.h"

namespace sable::regexp {

namespace {

// ClassSetSyntaxCharacter :: one of ( ) [ ] { } / - \ |
bool is_class_set_syntax_character(char32_t c)
{
    switch (c) {
    case '(': case ')': case '[': case ']': case '{': case '}': case '/': case '-': case '\\': case '|':
        return true;
    default:
        return false;
    }
}

// ClassSetReservedPunctuator :: one of & - ! # % , : ; < = > @ ` ~
bool is_class_set_reserved_punctuator(char32_t c)
{
    switch (c) {
    case '&': case '-': case '!': case '#': case '%': case ',': case ':': case ';':
    case '<': case '=': case '>': case '@': case '`': case '~':
        return true;
    default:
        return false;
    }
}

// ClassSetReservedDoublePunctuator :: one of && !! ## $$ %% ** ++ ,, .. :: ;; << == >> ?? @@ ^^ `` ~~
bool is_class_set_reserved_double_punctuator(char32_t first, char32_t second)
{
    if (first != second)
        return false;
    switch (first) {
    case '&': case '!': case '#': case '$': case '%': case '*': case '+': case ',': case '.':
    case ':': case ';': case '<': case '=': case '>': case '?': case '@': case '^': case '`': case '~':
        return true;
    default:
        return false;
    }
}

}

// CharacterClass :: `[` [lookahead ≠ `^`] ClassContents `]` | `[^` ClassContents `]`
RegExpNodeIndex RegExpParser::parse_character_class()
{
    size_t start = m_position;
    ++m_position;
    bool negated = eat('^');
    if (!m_unicode_sets_mode)
        return parse_class_ranges(start, negated);

    if (!enter_nesting(start))
        return kNoNode;
    bool may_contain_strings = false;
    auto result = parse_class_set_expression(start, negated, may_contain_strings);
    if (result != kNoNode)
        leave_nesting();
    return result;
}

// ClassContents[~UnicodeSetsMode] :: [empty] | NonemptyClassRanges, up to and including the `]`.
//   NonemptyClassRanges :: ClassAtom | ClassAtom NonemptyClassRangesNoDash
//                        | ClassAtom `-` ClassAtom ClassContents
// Early errors (22.2.1.1, as amended by B.1.2.1): a range bound that is a class escape is an
// error only in Unicode mode (a BMP pattern takes the union of both sides and `-`), and a range
// must not be out of order.
RegExpNodeIndex RegExpParser::parse_class_ranges(size_t start, bool negated)
{
    size_t base = m_scratch.size();
    auto atom_node = [&](ClassAtom const& atom) {
        return atom.escape != kNoNode ? atom.escape : make_character(atom.value, atom.offset);
    };
    while (true) {
        if (at_end())
            return fail(RegExpError::UnterminatedCharacterClass, start);
        if (eat(']'))
            break;
        auto first = parse_class_atom();
        if (!first)
            return kNoNode;
        // A `-` right before the `]` is a character, not a range.
        if (peek() != '-' || peek(1) == ']' || peek(1) == kEndOfInput) {
            m_scratch.push_back(atom_node(*first));
            continue;
        }
        size_t dash = m_position;
        ++m_position;
        auto second = parse_class_atom();
        if (!second)
            return kNoNode;
        if (first->escape != kNoNode || second->escape != kNoNode) {
            if (m_unicode_mode)
                return fail(RegExpError::ClassEscapeInRange, first->offset);
            // B.1.2.6 CharacterRangeOrUnion.
            m_scratch.push_back(atom_node(*first));
            m_scratch.push_back(make_character('-', dash));
            m_scratch.push_back(atom_node(*second));
            continue;
        }
        if (first->value > second->value)
            return fail(RegExpError::RangeOutOfOrder, first->offset);
        auto range = make_node(RegExpNodeKind::ClassRange, first->offset);
        node(range).m_a = first->value;
        node(range).m_b = second->value;
        m_scratch.push_back(range);
    }
    auto character_class = make_node(RegExpNodeKind::CharacterClass, start);
    node(character_class).m_sub = uint8_t(ClassSetOperation::Union);
    node(character_class).m_flag = negated;
    finish_list(character_class, base);
    return character_class;
}

// ClassAtom :: `-` | ClassAtomNoDash
// ClassAtomNoDash :: SourceCharacter but not one of `\` `]` `-` | `\` ClassEscape
//                  | B.1.2 `\` [lookahead = `c`]
// ClassEscape :: `b` | [+UnicodeMode] `-` | B.1.2 [~UnicodeMode] `c` ClassControlLetter
//              | CharacterClassEscape | CharacterEscape
std::optional<RegExpParser::ClassAtom> RegExpParser::parse_class_atom()
{
    size_t start = m_position;
    if (peek() != '\\')
        return ClassAtom { kNoNode, consume_character(), uint32_t(start) };

    ++m_position;
    if (at_end())
        return fail_value(RegExpError::EscapeAtEndOfPattern, start);
    char32_t c = peek();
    if (c == 'b') {
        ++m_position;
        return ClassAtom { kNoNode, 0x08, uint32_t(start) };
    }
    if (c == '-' && m_unicode_mode) {
        ++m_position;
        return ClassAtom { kNoNode, '-', uint32_t(start) };
    }
    if (is_class_escape_letter(c)) {
        ++m_position;
        return ClassAtom { make_class_escape(c, start), 0, uint32_t(start) };
    }
    if ((c == 'p' || c == 'P') && m_unicode_mode) {
        auto property = parse_property_escape(start);
        if (property == kNoNode)
            return std::nullopt;
        return ClassAtom { property, 0, uint32_t(start) };
    }
    // A DecimalEscape is no ClassEscape: in Unicode mode `[\1]` is an error; a BMP pattern reads
    // it as a legacy octal escape (or `\8`, `\9` as identity escapes).
    if (m_unicode_mode && c >= '1' && c <= '9')
        return fail_value(RegExpError::InvalidClassEscape, start);
    auto value = parse_character_escape(true);
    if (!value)
        return std::nullopt;
    return ClassAtom { kNoNode, *value, uint32_t(start) };
}

// ClassContents[+UnicodeSetsMode] :: [empty] | ClassSetExpression, up to and including the `]`.
//   ClassSetExpression :: ClassUnion | ClassIntersection | ClassSubtraction
//   ClassUnion :: ClassSetRange ClassUnion? | ClassSetOperand ClassUnion?
//   ClassIntersection :: ClassSetOperand `&&` [lookahead ≠ `&`] ClassSetOperand | ClassIntersection `&&` ...
//   ClassSubtraction :: ClassSetOperand `--` ClassSetOperand | ClassSubtraction `--` ClassSetOperand
// One class uses one operator: mixing `&&`, `--` and plain union needs nested classes.
// Also computes MayContainStrings (22.2.1.6) and applies its early error to `[^...]`.
RegExpNodeIndex RegExpParser::parse_class_set_expression(size_t start, bool negated, bool& may_contain_strings)
{
    size_t base = m_scratch.size();
    auto operation = ClassSetOperation::Union;
    may_contain_strings = false;

    if (!eat(']')) {
        if (at_end())
            return fail(RegExpError::UnterminatedCharacterClass, start);
        auto first = parse_class_set_operand();
        if (!first)
            return kNoNode;
        if (looking_at_pair('&', '&'))
            operation = ClassSetOperation::Intersection;
        else if (looking_at_pair('-', '-'))
            operation = ClassSetOperation::Subtraction;

        if (operation != ClassSetOperation::Union) {
            char16_t op = operation == ClassSetOperation::Intersection ? '&' : '-';
            m_scratch.push_back(materialize(*first));
            may_contain_strings = first->may_contain_strings;
            while (!eat(']')) {
                if (at_end())
                    return fail(RegExpError::UnterminatedCharacterClass, start);
                if (!looking_at_pair(op, op))
                    return fail(RegExpError::InvalidSetOperation, m_position);
                m_position += 2;
                // `&&` [lookahead ≠ `&`]
                if (op == '&' && peek() == '&')
                    return fail(RegExpError::InvalidSetOperation, m_position);
                auto operand = parse_class_set_operand();
                if (!operand)
                    return kNoNode;
                m_scratch.push_back(materialize(*operand));
                // Intersection may contain strings only if every operand may; a subtraction
                // only if its first operand may.
                if (operation == ClassSetOperation::Intersection)
                    may_contain_strings = may_contain_strings && operand->may_contain_strings;
            }
        } else {
            auto current = *first;
            while (true) {
                if (current.is_character && peek() == '-' && peek(1) != '-') {
                    // ClassSetRange :: ClassSetCharacter `-` ClassSetCharacter, with the early
                    // error that the first is not greater than the second.
                    ++m_position;
                    auto to = parse_class_set_character();
                    if (!to)
                        return kNoNode;
                    if (current.value > *to)
                        return fail(RegExpError::RangeOutOfOrder, current.offset);
                    auto range = make_node(RegExpNodeKind::ClassRange, current.offset);
                    node(range).m_a = current.value;
                    node(range).m_b = *to;
                    m_scratch.push_back(range);
                } else {
                    m_scratch.push_back(materialize(current));
                    may_contain_strings = may_contain_strings || current.may_contain_strings;
                }
                if (eat(']'))
                    break;
                if (at_end())
                    return fail(RegExpError::UnterminatedCharacterClass, start);
                if (looking_at_pair('&', '&') || looking_at_pair('-', '-'))
                    return fail(RegExpError::InvalidSetOperation, m_position);
                auto next = parse_class_set_operand();
                if (!next)
                    return kNoNode;
                current = *next;
            }
        }
    }

    // CharacterClass / NestedClass :: `[^` ClassContents `]` — early error if MayContainStrings.
    if (negated && may_contain_strings)
        return fail(RegExpError::NegatedClassMayContainStrings, start);
    auto character_class = make_node(RegExpNodeKind::CharacterClass, start);
    auto& c = node(character_class);
    c.m_sub = uint8_t(operation);
    c.m_flag = negated;
    c.m_flag2 = may_contain_strings;
    finish_list(character_class, base);
    return character_class;
}

// ClassSetOperand :: NestedClass | ClassStringDisjunction | ClassSetCharacter
// NestedClass :: `[` [lookahead ≠ `^`] ClassContents `]` | `[^` ClassContents `]`
//              | `\` CharacterClassEscape[+UnicodeMode]
std::optional<RegExpParser::ClassSetOperand> RegExpParser::parse_class_set_operand()
{
    size_t start = m_position;
    ClassSetOperand operand;
    operand.offset = uint32_t(start);

    if (peek() == '[') {
        ++m_position;
        bool negated = eat('^');
        if (!enter_nesting(start))
            return std::nullopt;
        operand.node = parse_class_set_expression(start, negated, operand.may_contain_strings);
        if (operand.node == kNoNode)
            return std::nullopt;
        leave_nesting();
        return operand;
    }
    if (peek() == '\\') {
        char32_t c = peek(1);
        if (c == 'q' && peek(2) == '{') {
            operand.node = parse_class_string_disjunction(operand.may_contain_strings);
            if (operand.node == kNoNode)
                return std::nullopt;
            return operand;
        }
        if (is_class_escape_letter(c)) {
            m_position += 2;
            operand.node = make_class_escape(c, start);
            return operand;
        }
        if (c == 'p' || c == 'P') {
            ++m_position;
            operand.node = parse_property_escape(start);
            if (operand.node == kNoNode)
                return std::nullopt;
            operand.may_contain_strings = node(operand.node).may_contain_strings();
            return operand;
        }
    }
    auto value = parse_class_set_character();
    if (!value)
        return std::nullopt;
    operand.value = *value;
    operand.is_character = true;
    return operand;
}

RegExpNodeIndex RegExpParser::materialize(ClassSetOperand const& operand)
{
    if (operand.is_character)
        return make_character(operand.value, operand.offset);
    return operand.node;
}

// ClassSetCharacter :: [lookahead ∉ ClassSetReservedDoublePunctuator] SourceCharacter but not
//                      ClassSetSyntaxCharacter
//                    | `\` CharacterEscape[+UnicodeMode] | `\` ClassSetReservedPunctuator | `\b`
std::optional<char32_t> RegExpParser::parse_class_set_character()
{
    size_t start = m_position;
    if (at_end())
        return fail_value(RegExpError::UnterminatedCharacterClass, start);
    char32_t c = peek();
    if (c == '\\') {
        ++m_position;
        if (at_end())
            return fail_value(RegExpError::EscapeAtEndOfPattern, start);
        char32_t escaped = peek();
        if (escaped == 'b') {
            ++m_position;
            return 0x08;
        }
        if (is_class_set_reserved_punctuator(escaped)) {
            ++m_position;
            return escaped;
        }
        if (escaped >= '1' && escaped <= '9')
            return fail_value(RegExpError::InvalidClassEscape, start);
        return parse_character_escape(true);
    }
    if (is_class_set_reserved_double_punctuator(c, peek(1)))
        return fail_value(RegExpError::InvalidSetOperation, start);
    if (is_class_set_syntax_character(c))
        return fail_value(RegExpError::InvalidClassSetCharacter, start);
    return consume_character();
}

// ClassStringDisjunction :: `\q{` ClassStringDisjunctionContents `}`
// ClassStringDisjunctionContents :: ClassString | ClassString `|` ClassStringDisjunctionContents
// ClassString :: [empty] | NonEmptyClassString
// MayContainStrings is true when some ClassString is empty or longer than one character.
RegExpNodeIndex RegExpParser::parse_class_string_disjunction(bool& may_contain_strings)
{
    size_t start = m_position;
    m_position += 3;
    size_t base = m_scratch.size();
    may_contain_strings = false;
    size_t string_start = m_tree.m_strings.size();
    size_t string_offset = m_position;
    while (true) {
        if (at_end())
            return fail(RegExpError::UnterminatedCharacterClass, start);
        if (peek() == '|' || peek() == '}') {
            size_t length = m_tree.m_strings.size() - string_start;
            auto string = make_node(RegExpNodeKind::ClassString, string_offset);
            node(string).m_a = uint32_t(string_start);
            node(string).m_b = uint32_t(length);
            m_scratch.push_back(string);
            if (length != 1)
                may_contain_strings = true;
            bool done = peek() == '}';
            ++m_position;
            if (done)
                break;
            string_start = m_tree.m_strings.size();
            string_offset = m_position;
            continue;
        }
        auto c = parse_class_set_character();
        if (!c)
            return kNoNode;
        m_tree.m_strings.push_back(*c);
    }
    auto disjunction = make_node(RegExpNodeKind::ClassStringDisjunction, start);
    node(disjunction).m_flag2 = may_contain_strings;
    finish_list(disjunction, base);
    return disjunction;
}

}
