#pragma once
// A source text with its name, and line lookup for diagnostics.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sable::parser {

// A position in a source text: byte offset into the UTF-8 text, 1-based line, 1-based column
// counted in UTF-16 code units (as JavaScript engines and Node report them).
struct SourcePosition {
    uint32_t offset { 0 };
    uint32_t line { 1 };
    uint32_t column { 1 };
};

class SourceFile {
public:
    SourceFile(std::string name, std::string text);
    // Code made at run time (eval, the Function constructor) from code of the script or module
    // named `origin`.
    SourceFile(std::string name, std::string text, std::string origin);

    std::string const& name() const { return m_name; }
    // The file of the script or module the code belongs to (ECMA-262's active ScriptOrModule,
    // which import() resolves against): its own name unless it was made at run time.
    std::string const& origin() const { return m_origin.empty() ? m_name : m_origin; }
    std::string_view text() const { return m_text; }

    // Host code put before the program's own text (a CommonJS module's wrapper function head,
    // on the program's first line): positions are counted as if it were not there.
    uint32_t hidden_prefix() const { return m_hidden_prefix; }
    void set_hidden_prefix(uint32_t length) { m_hidden_prefix = length; }

    // Where the text starts, for code that is part of a larger document (Node's vm lineOffset
    // and columnOffset): positions count lines from 1 + line_offset, and the first line's
    // columns from 1 + column_offset. (Negative offsets are allowed: positions before 1 wrap.)
    int32_t line_offset() const { return m_line_offset; }
    int32_t column_offset() const { return m_column_offset; }
    void set_position_offsets(int32_t line_offset, int32_t column_offset)
    {
        m_line_offset = line_offset;
        m_column_offset = column_offset;
    }

    // The text of line `line` (1-based, counted from 1 + line_offset), without its terminator.
    std::string_view line_text(uint32_t line) const;

private:
    std::string m_name;
    std::string m_text;
    std::string m_origin;
    uint32_t m_hidden_prefix { 0 };
    int32_t m_line_offset { 0 };
    int32_t m_column_offset { 0 };
    mutable std::vector<uint32_t> m_line_starts;
};

// A position as hosts print it, three lines: `name:line:column`, the source line, and a caret
// under the column (tabs kept so it lines up in a terminal).
std::string format_source_excerpt(SourceFile const&, uint32_t line, uint32_t column);

}
