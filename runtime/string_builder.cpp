#include "runtime/string_builder.h"

#include "runtime/string.h"

namespace sable::runtime {

void StringBuilder::append_slow(CodeUnitView units)
{
    if (!m_wide && !units.fits_in_one_byte()) {
        // The first unit above 0xFF: the text so far moves to two-byte storage.
        m_two_byte.reserve(m_one_byte.capacity());
        for (char unit : m_one_byte)
            m_two_byte.push_back(char16_t(uint8_t(unit)));
        m_one_byte = {};
        m_wide = true;
    }
    size_t start = length();
    if (m_wide) {
        m_two_byte.resize(start + units.length());
        units.copy_to(m_two_byte.data() + start);
    } else {
        m_one_byte.resize(start + units.length());
        units.copy_to(reinterpret_cast<uint8_t*>(m_one_byte.data() + start));
    }
}

String* StringBuilder::build(gc::Heap& heap) const
{
    if (m_wide)
        return String::from_utf16(heap, m_two_byte);
    return String::from_latin1(heap, std::string_view(m_one_byte));
}

}
