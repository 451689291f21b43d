#pragma once
// StringBuilder: builds a String's code units outside the heap, one byte per unit until the
// first unit above 0xFF arrives (then two), so that Latin-1 text costs half the memory and the
// String is made from it without a conversion pass.

#include "runtime/code_unit_view.h"

#include <string>
#include <string_view>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class String;

class StringBuilder {
public:
    void append(char16_t unit)
    {
        if (m_wide)
            m_two_byte.push_back(unit);
        else if (unit <= 0xFF)
            m_one_byte.push_back(char(unit));
        else
            append_slow(CodeUnitView(&unit, 1));
    }
    // ASCII or Latin-1 text.
    void append_latin1(std::string_view text)
    {
        if (m_wide)
            m_two_byte.append(text.begin(), text.end());
        else
            m_one_byte.append(text);
    }
    void append(CodeUnitView units)
    {
        if (!m_wide && units.is_one_byte())
            m_one_byte.append(reinterpret_cast<char const*>(units.one_byte_chars()), units.length());
        else
            append_slow(units);
    }

    size_t length() const { return m_wide ? m_two_byte.size() : m_one_byte.size(); }
    // Cuts the text back to its first `length` code units.
    void truncate(size_t length)
    {
        if (m_wide)
            m_two_byte.resize(length);
        else
            m_one_byte.resize(length);
    }
    CodeUnitView view() const
    {
        if (m_wide)
            return CodeUnitView(std::u16string_view(m_two_byte));
        return CodeUnitView(std::string_view(m_one_byte));
    }

    // The String of the text (the caller checks String::kMaxLength first).
    String* build(gc::Heap&) const;

private:
    void append_slow(CodeUnitView);

    bool m_wide { false };
    std::string m_one_byte;
    std::u16string m_two_byte;
};

}
