#include "runtime/code_unit_view.h"

#include <algorithm>
#include <cstring>

namespace sable::runtime {

bool CodeUnitView::fits_in_one_byte() const
{
    if (m_is_one_byte)
        return true;
    char16_t const* chars = two_byte_chars();
    return std::all_of(chars, chars + m_length, [](char16_t c) { return c < 0x100; });
}

bool CodeUnitView::is_ascii() const
{
    if (m_is_one_byte) {
        uint8_t const* chars = one_byte_chars();
        return std::all_of(chars, chars + m_length, [](uint8_t c) { return c < 0x80; });
    }
    char16_t const* chars = two_byte_chars();
    return std::all_of(chars, chars + m_length, [](char16_t c) { return c < 0x80; });
}

void CodeUnitView::copy_to(uint8_t* out) const
{
    if (m_is_one_byte) {
        if (m_length)
            std::memcpy(out, one_byte_chars(), m_length);
        return;
    }
    char16_t const* chars = two_byte_chars();
    for (uint32_t i = 0; i < m_length; ++i) {
        assert(chars[i] < 0x100);
        out[i] = static_cast<uint8_t>(chars[i]);
    }
}

void CodeUnitView::copy_to(char16_t* out) const
{
    if (!m_is_one_byte) {
        if (m_length)
            std::memcpy(out, two_byte_chars(), m_length * sizeof(char16_t));
        return;
    }
    std::copy(one_byte_chars(), one_byte_chars() + m_length, out);
}

bool CodeUnitView::equals(CodeUnitView other) const
{
    if (m_length != other.m_length)
        return false;
    if (m_chars == other.m_chars && m_is_one_byte == other.m_is_one_byte)
        return true;
    // Fast path: same width compares memory.
    if (m_is_one_byte && other.m_is_one_byte)
        return m_length == 0 || std::memcmp(m_chars, other.m_chars, m_length) == 0;
    if (!m_is_one_byte && !other.m_is_one_byte)
        return m_length == 0 || std::memcmp(m_chars, other.m_chars, m_length * sizeof(char16_t)) == 0;
    CodeUnitView narrow = m_is_one_byte ? *this : other;
    CodeUnitView wide = m_is_one_byte ? other : *this;
    return std::equal(narrow.one_byte_chars(), narrow.one_byte_chars() + m_length, wide.two_byte_chars(),
        [](uint8_t a, char16_t b) { return char16_t(a) == b; });
}

namespace {

template<typename A, typename B>
int compare_units(A const* a, uint32_t a_length, B const* b, uint32_t b_length)
{
    uint32_t common = std::min(a_length, b_length);
    for (uint32_t i = 0; i < common; ++i) {
        if (a[i] != b[i])
            return char16_t(a[i]) < char16_t(b[i]) ? -1 : 1;
    }
    if (a_length == b_length)
        return 0;
    return a_length < b_length ? -1 : 1;
}

}

int CodeUnitView::compare(CodeUnitView other) const
{
    if (m_is_one_byte && other.m_is_one_byte) {
        // Fast path: Latin-1 bytes order like their code units, so memcmp decides.
        int result = std::memcmp(m_chars, other.m_chars, std::min(m_length, other.m_length));
        if (result != 0 || m_length == other.m_length)
            return result < 0 ? -1 : (result > 0 ? 1 : 0);
        return m_length < other.m_length ? -1 : 1;
    }
    if (m_is_one_byte)
        return compare_units(one_byte_chars(), m_length, other.two_byte_chars(), other.m_length);
    if (other.m_is_one_byte)
        return compare_units(two_byte_chars(), m_length, other.one_byte_chars(), other.m_length);
    return compare_units(two_byte_chars(), m_length, other.two_byte_chars(), other.m_length);
}

// CodePointAt ( string, position ) — https://tc39.es/ecma262/#sec-codepointat
CodePointAtResult code_point_at(CodeUnitView string, uint32_t position)
{
    // 1. Let size be the length of string.
    uint32_t size = string.length();
    // 2. Assert: position >= 0 and position < size.
    assert(position < size);
    // 3. Let first be the code unit at index position within string.
    char16_t first = string.code_unit_at(position);
    // 4. Let cp be the code point whose numeric value is the numeric value of first.
    // 5. If first is neither a leading surrogate nor a trailing surrogate, then
    //    a. Return the Record { [[CodePoint]]: cp, [[CodeUnitCount]]: 1, [[IsUnpairedSurrogate]]: false }.
    if (!is_surrogate(first))
        return { first, 1, false };
    // 6. If first is a trailing surrogate or position + 1 = size, then
    //    a. Return the Record { [[CodePoint]]: cp, [[CodeUnitCount]]: 1, [[IsUnpairedSurrogate]]: true }.
    if (is_trailing_surrogate(first) || position + 1 == size)
        return { first, 1, true };
    // 7. Let second be the code unit at index position + 1 within string.
    char16_t second = string.code_unit_at(position + 1);
    // 8. If second is not a trailing surrogate, then
    //    a. Return the Record { [[CodePoint]]: cp, [[CodeUnitCount]]: 1, [[IsUnpairedSurrogate]]: true }.
    if (!is_trailing_surrogate(second))
        return { first, 1, true };
    // 9. Set cp to UTF16SurrogatePairToCodePoint(first, second).
    // 10. Return the Record { [[CodePoint]]: cp, [[CodeUnitCount]]: 2, [[IsUnpairedSurrogate]]: false }.
    return { utf16_surrogate_pair_to_code_point(first, second), 2, false };
}

}
