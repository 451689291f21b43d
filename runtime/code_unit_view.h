#pragma once
// CodeUnitView: a non-owning view of a flat run of string code units, either one-byte (Latin-1,
// each byte is the code unit) or two-byte (UTF-16). Every string algorithm that reads characters
// works on a view; String::flatten() produces one.
//
// A view borrows the characters of a heap cell. Cells never move, but they can die: keep the
// String* the view came from alive (in a local that is used after the view) while using it.

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace sable::runtime {

class CodeUnitView {
public:
    constexpr CodeUnitView() = default;
    constexpr CodeUnitView(uint8_t const* chars, uint32_t length)
        : m_chars(chars)
        , m_length(length)
        , m_is_one_byte(true)
    {
    }
    constexpr CodeUnitView(char16_t const* chars, uint32_t length)
        : m_chars(chars)
        , m_length(length)
        , m_is_one_byte(false)
    {
    }
    // Latin-1 text held in chars (ASCII literals included).
    explicit CodeUnitView(std::string_view latin1)
        : CodeUnitView(reinterpret_cast<uint8_t const*>(latin1.data()), static_cast<uint32_t>(latin1.size()))
    {
    }
    explicit constexpr CodeUnitView(std::u16string_view utf16)
        : CodeUnitView(utf16.data(), static_cast<uint32_t>(utf16.size()))
    {
    }

    constexpr uint32_t length() const { return m_length; }
    constexpr bool is_empty() const { return m_length == 0; }
    // The representation, not the contents: a two-byte view may hold only Latin-1 code units.
    constexpr bool is_one_byte() const { return m_is_one_byte; }

    uint8_t const* one_byte_chars() const
    {
        assert(m_is_one_byte);
        return static_cast<uint8_t const*>(m_chars);
    }
    char16_t const* two_byte_chars() const
    {
        assert(!m_is_one_byte);
        return static_cast<char16_t const*>(m_chars);
    }
    std::span<uint8_t const> latin1() const { return { one_byte_chars(), m_length }; }
    std::u16string_view utf16() const { return { two_byte_chars(), m_length }; }

    char16_t code_unit_at(uint32_t index) const
    {
        assert(index < m_length);
        return m_is_one_byte ? char16_t(one_byte_chars()[index]) : two_byte_chars()[index];
    }
    char16_t operator[](uint32_t index) const { return code_unit_at(index); }

    // The code units [start, end).
    CodeUnitView substring(uint32_t start, uint32_t end) const
    {
        assert(start <= end && end <= m_length);
        if (m_is_one_byte)
            return { one_byte_chars() + start, end - start };
        return { two_byte_chars() + start, end - start };
    }

    // True when every code unit is below 0x100, so the text fits one-byte storage.
    bool fits_in_one_byte() const;
    // True when every code unit is below 0x80.
    bool is_ascii() const;

    // Copies the code units to `out`, which has room for length() units. Narrowing to one byte
    // requires fits_in_one_byte().
    void copy_to(uint8_t* out) const;
    void copy_to(char16_t* out) const;

    // Code-unit equality, whatever the two representations.
    bool equals(CodeUnitView other) const;
    // Lexicographic order of code units (the order of IsLessThan on strings): negative, 0 or
    // positive.
    int compare(CodeUnitView other) const;

    class CodePointIterator;
    class CodePoints;
    // Iterates the text by code points: surrogate pairs are joined, lone surrogates come out as
    // themselves (the order of String.prototype[Symbol.iterator]).
    CodePoints code_points() const;

private:
    void const* m_chars { nullptr };
    uint32_t m_length { 0 };
    bool m_is_one_byte { true };
};

// CodePointAt ( string, position ) — https://tc39.es/ecma262/#sec-codepointat
struct CodePointAtResult {
    char32_t code_point;
    uint8_t code_unit_count;
    bool is_unpaired_surrogate;
};
CodePointAtResult code_point_at(CodeUnitView string, uint32_t position);

inline bool is_leading_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDBFF; }
inline bool is_trailing_surrogate(char32_t c) { return c >= 0xDC00 && c <= 0xDFFF; }
inline bool is_surrogate(char32_t c) { return c >= 0xD800 && c <= 0xDFFF; }
// UTF16SurrogatePairToCodePoint ( lead, trail ) — https://tc39.es/ecma262/#sec-utf16decodesurrogatepair
inline char32_t utf16_surrogate_pair_to_code_point(char16_t lead, char16_t trail)
{
    return (char32_t(lead) - 0xD800) * 0x400 + (char32_t(trail) - 0xDC00) + 0x10000;
}

class CodeUnitView::CodePointIterator {
public:
    using value_type = char32_t;
    using difference_type = std::ptrdiff_t;

    CodePointIterator() = default;
    CodePointIterator(CodeUnitView view, uint32_t position)
        : m_view(view)
        , m_position(position)
    {
    }

    char32_t operator*() const { return code_point_at(m_view, m_position).code_point; }
    CodePointIterator& operator++()
    {
        m_position += code_point_at(m_view, m_position).code_unit_count;
        return *this;
    }
    CodePointIterator operator++(int)
    {
        CodePointIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(CodePointIterator const& other) const { return m_position == other.m_position; }
    // The index of the current code point's first code unit.
    uint32_t position() const { return m_position; }

private:
    CodeUnitView m_view;
    uint32_t m_position { 0 };
};

class CodeUnitView::CodePoints {
public:
    explicit CodePoints(CodeUnitView view)
        : m_view(view)
    {
    }
    CodePointIterator begin() const { return { m_view, 0 }; }
    CodePointIterator end() const { return { m_view, m_view.length() }; }

private:
    CodeUnitView m_view;
};

inline CodeUnitView::CodePoints CodeUnitView::code_points() const { return CodePoints(*this); }

}
