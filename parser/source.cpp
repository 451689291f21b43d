#include "parser/source.h"

namespace sable::parser {

SourceFile::SourceFile(std::string name, std::string text)
    : m_name(std::move(name))
    , m_text(std::move(text))
{
}

// Line terminators are LF, CR, CRLF, U+2028 and U+2029 (12.3 Line Terminators).
std::string_view SourceFile::line_text(uint32_t line) const
{
    if (m_line_starts.empty()) {
        m_line_starts.push_back(0);
        for (size_t i = 0; i < m_text.size(); ++i) {
            unsigned char c = m_text[i];
            if (c == '\n') {
                m_line_starts.push_back(i + 1);
            } else if (c == '\r') {
                if (i + 1 < m_text.size() && m_text[i + 1] == '\n')
                    ++i;
                m_line_starts.push_back(i + 1);
            } else if (c == 0xE2 && i + 2 < m_text.size() && (unsigned char)m_text[i + 1] == 0x80
                && ((unsigned char)m_text[i + 2] == 0xA8 || (unsigned char)m_text[i + 2] == 0xA9)) {
                i += 2;
                m_line_starts.push_back(i + 1);
            }
        }
    }
    if (line == 0 || line > m_line_starts.size())
        return {};
    size_t start = m_line_starts[line - 1];
    size_t end = start;
    while (end < m_text.size()) {
        unsigned char c = m_text[end];
        if (c == '\n' || c == '\r')
            break;
        if (c == 0xE2 && end + 2 < m_text.size() && (unsigned char)m_text[end + 1] == 0x80
            && ((unsigned char)m_text[end + 2] == 0xA8 || (unsigned char)m_text[end + 2] == 0xA9))
            break;
        ++end;
    }
    return std::string_view(m_text).substr(start, end - start);
}

}
