// RegExpTree queries and its S-expression dump. Notation:
//   (| a b)                  Disjunction          (seq t1 t2)          Alternative
//   ^ $ \b \B                Assertion            .                    AnyCharacter
//   'a' U+1F600              Character (printable ASCII quoted, anything else as U+XXXX)
//   (?= x) (?! x) (?<= x) (?<! x)                 Lookaround
//   (greedy 0 inf x) (lazy 1 3 x)                 Quantifier
//   (class union ...) (class^ intersection ...)   CharacterClass (^ when negated)
//   'a'-'z'                  ClassRange           \d \W                ClassEscape
//   \p{Script=Greek} \P{L}   UnicodeProperty      (q "ab" "")          ClassStringDisjunction
//   \1 \k<name>              Backreference
//   (capture 1 x) (capture 2 <name> x) (group x) (modifiers i-s x)

#include "runtime/regexp/regexp_ast.h"

#include "runtime/regexp/regexp_unicode_properties.h"

#include <cstdio>

namespace sable::regexp {

namespace {

void append_code_point(std::string& out, char32_t c)
{
    if (c >= 0x20 && c < 0x7F && c != '\'' && c != '"' && c != '\\') {
        out += '\'';
        out += char(c);
        out += '\'';
        return;
    }
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", unsigned(c));
    out += buffer;
}

void append_name(std::string& out, std::u16string_view name)
{
    // Names are shown as ASCII where they are ASCII, with \u escapes otherwise.
    for (char16_t unit : name) {
        if (unit < 0x80) {
            out += char(unit);
        } else {
            char buffer[16];
            std::snprintf(buffer, sizeof buffer, "\\u%04X", unsigned(unit));
            out += buffer;
        }
    }
}

char const* set_operation_name(ClassSetOperation operation)
{
    switch (operation) {
    case ClassSetOperation::Union:
        return "union";
    case ClassSetOperation::Intersection:
        return "intersection";
    case ClassSetOperation::Subtraction:
        return "subtraction";
    }
    return "?";
}

}

std::vector<uint32_t> RegExpTree::captures_with_name(uint32_t name_id) const
{
    std::vector<uint32_t> captures;
    for (size_t i = 0; i < m_capture_names.size(); ++i) {
        if (m_capture_names[i] == name_id)
            captures.push_back(uint32_t(i + 1));
    }
    return captures;
}

std::string RegExpTree::dump() const
{
    if (m_root == kNoNode)
        return "<empty>";
    return dump(m_root);
}

std::string RegExpTree::dump(RegExpNodeIndex index) const
{
    std::string out;
    dump_into(out, index);
    return out;
}

void RegExpTree::dump_into(std::string& out, RegExpNodeIndex index) const
{
    auto const& n = node(index);
    auto list = [&](char const* head) {
        out += '(';
        out += head;
        for (auto child : children(n)) {
            out += ' ';
            dump_into(out, child);
        }
        out += ')';
    };
    auto wrap = [&](std::string const& head) {
        out += '(';
        out += head;
        out += ' ';
        dump_into(out, n.body());
        out += ')';
    };

    switch (n.kind()) {
    case RegExpNodeKind::Disjunction:
        list("|");
        return;
    case RegExpNodeKind::Alternative:
        list("seq");
        return;
    case RegExpNodeKind::Assertion:
        switch (n.assertion_kind()) {
        case AssertionKind::StartOfInput: out += '^'; break;
        case AssertionKind::EndOfInput: out += '$'; break;
        case AssertionKind::WordBoundary: out += "\\b"; break;
        case AssertionKind::NotWordBoundary: out += "\\B"; break;
        }
        return;
    case RegExpNodeKind::Lookaround: {
        static char const* const kHeads[] = { "?=", "?!", "?<=", "?<!" };
        wrap(kHeads[size_t(n.lookaround_kind())]);
        return;
    }
    case RegExpNodeKind::Quantifier: {
        std::string head = n.greedy() ? "greedy " : "lazy ";
        head += std::to_string(n.min());
        head += ' ';
        head += n.max() == kInfinity ? "inf" : std::to_string(n.max());
        wrap(head);
        return;
    }
    case RegExpNodeKind::Character:
        append_code_point(out, n.code_point());
        return;
    case RegExpNodeKind::AnyCharacter:
        out += '.';
        return;
    case RegExpNodeKind::CharacterClass: {
        std::string head = n.negated() ? "class^ " : "class ";
        head += set_operation_name(n.set_operation());
        list(head.c_str());
        return;
    }
    case RegExpNodeKind::ClassRange:
        append_code_point(out, n.range_from());
        out += '-';
        append_code_point(out, n.range_to());
        return;
    case RegExpNodeKind::ClassEscape: {
        static char const kLetters[] = { 'd', 'D', 's', 'S', 'w', 'W' };
        out += '\\';
        out += kLetters[size_t(n.class_escape_kind())];
        return;
    }
    case RegExpNodeKind::UnicodeProperty:
        out += n.negated() ? "\\P{" : "\\p{";
        out += unicode_property_display_name(n.property_kind(), n.property(), n.property_value());
        out += '}';
        return;
    case RegExpNodeKind::ClassStringDisjunction:
        list("q");
        return;
    case RegExpNodeKind::ClassString: {
        out += '"';
        for (char32_t c : class_string(n)) {
            if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                out += char(c);
            } else {
                char buffer[16];
                std::snprintf(buffer, sizeof buffer, "\\u{%X}", unsigned(c));
                out += buffer;
            }
        }
        out += '"';
        return;
    }
    case RegExpNodeKind::Backreference:
        if (n.is_named_backreference()) {
            out += "\\k<";
            append_name(out, name(n.backreference_name()));
            out += '>';
        } else {
            out += '\\';
            out += std::to_string(n.backreference_number());
        }
        return;
    case RegExpNodeKind::CaptureGroup: {
        std::string head = "capture " + std::to_string(n.capture_index());
        if (n.capture_name() != kNoName) {
            head += " <";
            append_name(head, name(n.capture_name()));
            head += '>';
        }
        wrap(head);
        return;
    }
    case RegExpNodeKind::NonCapturingGroup:
        wrap("group");
        return;
    case RegExpNodeKind::ModifierGroup: {
        std::string head = "modifiers ";
        auto add_letters = [&](uint8_t bits) {
            if (bits & kModifierIgnoreCase)
                head += 'i';
            if (bits & kModifierMultiline)
                head += 'm';
            if (bits & kModifierDotAll)
                head += 's';
        };
        add_letters(n.modifiers_added());
        if (n.modifiers_removed()) {
            head += '-';
            add_letters(n.modifiers_removed());
        }
        wrap(head);
        return;
    }
    }
}

}
