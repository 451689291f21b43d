#pragma once
// 12 ECMAScript Language: Lexical Grammar. The parser drives the lexer one token at a time and
// tells it where the goal symbol differs: a `/` that starts a RegularExpressionLiteral, and a `}`
// that continues a template (InputElementRegExp / InputElementTemplateTail).

#include "parser/arena.h"
#include "parser/atom_table.h"
#include "parser/source.h"
#include "parser/syntax_error.h"
#include "parser/token.h"

#include <optional>
#include <string>

namespace sable::parser {

class Lexer {
public:
    Lexer(SourceFile const&, Arena&, AtomTable&, bool module_goal);

    // Scans the next token after the current one.
    Token next();
    // The parser saw `/` or `/=` where an expression starts: rescan it as a RegularExpressionLiteral.
    Token rescan_as_regexp(Token const& slash);
    // The parser saw the `}` that ends a template substitution: rescan it as TemplateMiddle/Tail.
    Token rescan_as_template_continuation(Token const& right_brace);

    // Saves and restores the scanning position, for the parser's bounded lookahead.
    struct State {
        uint32_t offset;
        uint32_t line;
        uint32_t line_start;
        uint32_t column_adjust;
    };
    State save() const { return { m_offset, m_line, m_line_start, m_column_adjust }; }
    void restore(State const& state);

    std::optional<SyntaxError> const& error() const { return m_error; }
    // After an error the lexer only returns EndOfSource, so every parsing loop ends.
    void fail(std::string message, SourcePosition);

    SourcePosition position_at(uint32_t offset) const;
    SourcePosition current_position() const { return position_at(m_offset); }

    // Converts UTF-8 to UTF-16 into the arena.
    std::u16string_view to_utf16(std::string_view utf8);

private:
    Token make(TokenKind, SourcePosition start);
    Token fail_token(std::string message, SourcePosition);
    bool skip_whitespace_and_comments(); // returns whether a line terminator was crossed
    bool skip_multi_line_comment();
    void skip_single_line_comment();
    void new_line(uint32_t next_line_start);

    Token scan_token(SourcePosition start);
    Token scan_identifier_or_keyword(SourcePosition start, bool private_name);
    Token scan_number(SourcePosition start);
    Token scan_string(SourcePosition start, char quote);
    Token scan_template(SourcePosition start, bool continuation);
    Token scan_punctuator(SourcePosition start);

    // Decodes the code point at m_offset (UTF-8), setting `length` to its byte count.
    char32_t peek_code_point(uint32_t& length) const;
    void advance_code_point(char32_t cp, uint32_t length);
    // Scans `\u` escapes: `\uXXXX` or `\u{X...}` (m_offset at the `u`); nullopt if malformed.
    std::optional<char32_t> scan_unicode_escape();
    bool at_line_terminator() const;
    void resume_at(SourcePosition const&);

    char peek(uint32_t ahead = 0) const
    {
        return m_offset + ahead < m_text.size() ? m_text[m_offset + ahead] : '\0';
    }
    bool at_end() const { return m_offset >= m_text.size(); }

    SourceFile const& m_source;
    std::string_view m_text;
    Arena& m_arena;
    AtomTable& m_atoms;
    bool m_module_goal;
    uint32_t m_offset { 0 };
    uint32_t m_line { 1 };
    uint32_t m_line_start { 0 };
    // UTF-8 bytes minus UTF-16 units seen on the current line before m_offset, for columns.
    uint32_t m_column_adjust { 0 };
    std::optional<SyntaxError> m_error;
    std::u16string m_buffer;
    std::string m_utf8_buffer;
};

bool is_identifier_start(char32_t);
bool is_identifier_part(char32_t);
// Appends `cp` to `out` as UTF-8.
void append_utf8(std::string& out, char32_t cp);

}
