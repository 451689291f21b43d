#include "parser/source.h"

namespace sable::parser {

SourceFile::SourceFile(std::string name, std::string text)
    : m_name(std::move(name))
    , m_text(std::move(text))
{
}

SourceFile::SourceFile(std::string name, std::string text, std::string origin)
    : m_name(std::move(name))
    , m_text(std::move(text))
    , m_origin(std::move(origin))
{
}

// Line terminators are LF, CR, CRLF, U+2028 and U+2029 (12.3 Line Terminators).
std::string_view SourceFile::line_text(uint32_t numbered_line) const
{
    uint32_t line = numbered_line - uint32_t(m_line_offset);
    if (m_line_starts.empty()) {
        m_line_starts.push_back(m_hidden_prefix);
        for (size_t i = m_hidden_prefix; i < m_text.size(); ++i) {
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

std::string format_source_excerpt(SourceFile const& source, uint32_t line_number, uint32_t column_number)
{
    std::string out = source.name() + ":" + std::to_string(line_number) + ":" + std::to_string(column_number) + "\n";
    std::string_view line = source.line_text(line_number);
    out += line;
    out += "\n";
    // The first line's columns start after the column offset.
    uint32_t caret_column = column_number;
    if (line_number == 1 + uint32_t(source.line_offset()))
        caret_column -= uint32_t(source.column_offset());
    // Columns count UTF-16 code units: a 4-byte UTF-8 sequence is two of them.
    uint32_t column = 1;
    for (size_t i = 0; i < line.size() && column < caret_column;) {
        unsigned char c = line[i];
        out += c == '\t' ? '\t' : ' ';
        size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        column += length == 4 ? 2 : 1;
        i += length;
    }
    return out + "^\n";
}

}
