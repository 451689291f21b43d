#include "runtime/regexp/regexp_char_set.h"

#include "runtime/regexp/regexp_canonicalize.h"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/uscript.h>
#include <unicode/usetiter.h>

#include <algorithm>

namespace sable::regexp {

void CharSet::add_range(char32_t from, char32_t to)
{
    m_ranges.emplace_back(from, to);
    m_normalized = false;
}

void CharSet::add_string(std::u32string string)
{
    if (string.size() == 1) {
        add(string[0]);
        return;
    }
    if (std::find(m_strings.begin(), m_strings.end(), string) == m_strings.end())
        m_strings.push_back(std::move(string));
}

void CharSet::normalize()
{
    if (m_normalized)
        return;
    std::sort(m_ranges.begin(), m_ranges.end());
    std::vector<std::pair<char32_t, char32_t>> merged;
    for (auto range : m_ranges) {
        if (!merged.empty() && range.first <= merged.back().second + 1)
            merged.back().second = std::max(merged.back().second, range.second);
        else
            merged.push_back(range);
    }
    m_ranges = std::move(merged);
    m_normalized = true;
}

bool CharSet::contains(char32_t c) const
{
    auto it = std::upper_bound(m_ranges.begin(), m_ranges.end(), std::pair<char32_t, char32_t>(c, kMaxCodePoint + 1));
    return it != m_ranges.begin() && std::prev(it)->second >= c;
}

void CharSet::unite(CharSet const& other)
{
    m_ranges.insert(m_ranges.end(), other.m_ranges.begin(), other.m_ranges.end());
    m_normalized = false;
    normalize();
    for (auto const& string : other.m_strings)
        add_string(string);
}

void CharSet::complement()
{
    normalize();
    std::vector<std::pair<char32_t, char32_t>> result;
    char32_t next = 0;
    for (auto range : m_ranges) {
        if (range.first > next)
            result.emplace_back(next, range.first - 1);
        next = range.second + 1;
    }
    if (next <= kMaxCodePoint)
        result.emplace_back(next, kMaxCodePoint);
    m_ranges = std::move(result);
    m_strings.clear();
}

void CharSet::intersect(CharSet const& other)
{
    // A ∩ B = ¬(¬A ∪ ¬B) for the characters; strings in both.
    std::vector<std::u32string> strings;
    for (auto const& string : m_strings) {
        if (std::find(other.m_strings.begin(), other.m_strings.end(), string) != other.m_strings.end())
            strings.push_back(string);
    }
    CharSet not_other = other;
    not_other.complement();
    complement();
    unite(not_other);
    complement();
    m_strings = std::move(strings);
}

void CharSet::subtract(CharSet const& other)
{
    std::vector<std::u32string> strings;
    for (auto const& string : m_strings) {
        if (std::find(other.m_strings.begin(), other.m_strings.end(), string) == other.m_strings.end())
            strings.push_back(string);
    }
    CharSet not_other = other;
    not_other.complement();
    m_strings.clear();
    intersect(not_other);
    m_strings = std::move(strings);
}

void CharSet::fold(bool unicode)
{
    // Matching compares Canonicalize(input character) with the members, and a canonical form
    // is a fixed point, so the set only needs the canonical forms of its members: its own
    // members plus the forms of those Canonicalize changes (the changed ones stay, unmatched).
    normalize();
    std::vector<std::pair<char32_t, char32_t>> added;
    for (auto [from, to] : canonicalize_changes(unicode)) {
        if (contains(from))
            added.emplace_back(to, to);
    }
    m_ranges.insert(m_ranges.end(), added.begin(), added.end());
    m_normalized = false;
    normalize();
    std::vector<std::u32string> strings = std::move(m_strings);
    m_strings.clear();
    for (auto& string : strings) {
        for (char32_t& c : string)
            c = canonicalize(c, unicode);
        add_string(std::move(string));
    }
}

bool is_word_character(char32_t c, bool unicode_ignore_case)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')
        return true;
    return unicode_ignore_case && (c == 0x017F || c == 0x212A);
}

CharSet CharSet::from_class_escape(ClassEscapeKind kind, bool unicode_ignore_case)
{
    CharSet set;
    switch (kind) {
    case ClassEscapeKind::Digit:
    case ClassEscapeKind::NotDigit:
        set.add_range('0', '9');
        break;
    case ClassEscapeKind::Space:
    case ClassEscapeKind::NotSpace:
        // WhiteSpace and LineTerminator code points.
        for (char32_t c : { 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF })
            set.add(c);
        set.add_range(0x2000, 0x200A);
        break;
    case ClassEscapeKind::Word:
    case ClassEscapeKind::NotWord:
        set.add_range('a', 'z');
        set.add_range('A', 'Z');
        set.add_range('0', '9');
        set.add('_');
        if (unicode_ignore_case) {
            set.add(0x017F);
            set.add(0x212A);
        }
        break;
    }
    set.normalize();
    if (kind == ClassEscapeKind::NotDigit || kind == ClassEscapeKind::NotSpace || kind == ClassEscapeKind::NotWord)
        set.complement();
    return set;
}

CharSet CharSet::from_unicode_property(UnicodePropertyKind kind, int32_t property, int32_t value, bool negated)
{
    CharSet set;
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeSet unicode_set;
    switch (kind) {
    case UnicodePropertyKind::Any:
        unicode_set.add(0, 0x10FFFF);
        break;
    case UnicodePropertyKind::Ascii:
        unicode_set.add(0, 0x7F);
        break;
    case UnicodePropertyKind::Assigned:
        unicode_set.applyIntPropertyValue(UCHAR_GENERAL_CATEGORY_MASK, U_GC_CN_MASK, status);
        unicode_set.complement();
        break;
    case UnicodePropertyKind::GeneralCategory:
    case UnicodePropertyKind::Script:
    case UnicodePropertyKind::ScriptExtensions:
    case UnicodePropertyKind::Binary:
    case UnicodePropertyKind::BinaryOfStrings:
        unicode_set.applyIntPropertyValue(UProperty(property), value, status);
        break;
    }
    for (int32_t i = 0; i < unicode_set.getRangeCount(); ++i)
        set.add_range(char32_t(unicode_set.getRangeStart(i)), char32_t(unicode_set.getRangeEnd(i)));
    if (kind == UnicodePropertyKind::BinaryOfStrings) {
        icu::UnicodeSetIterator iterator(unicode_set);
        iterator.skipToStrings();
        while (iterator.next()) {
            if (!iterator.isString())
                continue;
            icu::UnicodeString const& string = iterator.getString();
            std::u32string code_points;
            for (int32_t i = 0; i < string.length();) {
                UChar32 c = string.char32At(i);
                code_points += char32_t(c);
                i += U16_LENGTH(c);
            }
            set.add_string(std::move(code_points));
        }
    }
    set.normalize();
    if (negated)
        set.complement();
    return set;
}

RegExpClass CharSet::to_class() const
{
    CharSet normalized = *this;
    normalized.normalize();
    RegExpClass result;
    result.ranges = normalized.m_ranges;
    for (auto [from, to] : result.ranges) {
        for (char32_t c = from; c <= to && c < 256; ++c)
            result.latin1[c >> 6] |= uint64_t(1) << (c & 63);
    }
    return result;
}

}
