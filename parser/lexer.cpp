#include "parser/lexer.h"
#include "runtime/regexp/regexp_parser.h"

#include <array>
#include <charconv>
#include <cmath>
#include <unicode/uchar.h>

namespace sable::parser {

namespace {

constexpr char32_t kReplacementCharacter = 0xFFFD;
constexpr char32_t kLineSeparator = 0x2028;
constexpr char32_t kParagraphSeparator = 0x2029;
constexpr char32_t kZWNJ = 0x200C;
constexpr char32_t kZWJ = 0x200D;

// ASCII character classes, one table lookup per character on the hot paths.
enum AsciiClass : uint8_t {
    kIdentifierStart = 1,
    kIdentifierPart = 2,
};

constexpr std::array<uint8_t, 256> make_ascii_classes()
{
    std::array<uint8_t, 256> classes {};
    for (int c = 0; c < 128; ++c) {
        bool start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
        bool digit = c >= '0' && c <= '9';
        classes[c] = (start ? kIdentifierStart | kIdentifierPart : 0) | (digit ? kIdentifierPart : 0);
    }
    return classes;
}

constexpr std::array<uint8_t, 256> kAsciiClasses = make_ascii_classes();

bool is_ascii_identifier_start(char c) { return kAsciiClasses[static_cast<unsigned char>(c)] & kIdentifierStart; }

bool is_ascii_identifier_part(char c) { return kAsciiClasses[static_cast<unsigned char>(c)] & kIdentifierPart; }

bool is_decimal_digit(char c) { return c >= '0' && c <= '9'; }

int hex_value(char32_t c)
{
    if (c >= '0' && c <= '9')
        return int(c - '0');
    if (c >= 'a' && c <= 'f')
        return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return int(c - 'A' + 10);
    return -1;
}

int digit_value(char c, int radix)
{
    int value = hex_value(static_cast<unsigned char>(c));
    return value >= 0 && value < radix ? value : -1;
}

// 12.2 White Space
bool is_whitespace(char32_t cp)
{
    if (cp == 0x9 || cp == 0xB || cp == 0xC || cp == 0x20 || cp == 0xA0 || cp == 0xFEFF)
        return true;
    return cp > 0x7F && u_charType(cp) == U_SPACE_SEPARATOR;
}

void append_utf16(std::u16string& out, char32_t cp)
{
    if (cp > 0xFFFF) {
        cp -= 0x10000;
        out.push_back(char16_t(0xD800 + (cp >> 10)));
        out.push_back(char16_t(0xDC00 + (cp & 0x3FF)));
    } else {
        out.push_back(char16_t(cp));
    }
}

// Decodes one UTF-8 sequence; invalid bytes decode as U+FFFD of length 1.
char32_t decode_utf8(std::string_view text, uint32_t offset, uint32_t& length)
{
    auto byte = [&](uint32_t i) -> unsigned char { return offset + i < text.size() ? text[offset + i] : 0; };
    unsigned char lead = byte(0);
    length = 1;
    if (lead < 0x80)
        return lead;
    auto continuation = [&](uint32_t i) { return (byte(i) & 0xC0) == 0x80; };
    if (lead >= 0xC2 && lead <= 0xDF && continuation(1)) {
        length = 2;
        return ((lead & 0x1F) << 6) | (byte(1) & 0x3F);
    }
    if (lead >= 0xE0 && lead <= 0xEF && continuation(1) && continuation(2)) {
        char32_t cp = ((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        if (cp >= 0x800) {
            length = 3;
            return cp; // encoded surrogates (CESU-8) decode as themselves, like lone surrogates
        }
    }
    if (lead >= 0xF0 && lead <= 0xF4 && continuation(1) && continuation(2) && continuation(3)) {
        char32_t cp = ((lead & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
        if (cp >= 0x10000 && cp <= 0x10FFFF) {
            length = 4;
            return cp;
        }
    }
    return kReplacementCharacter;
}

}

// 12.7 Names and Keywords: ID_Start / ID_Continue plus $, _, ZWNJ and ZWJ.
bool is_identifier_start(char32_t cp)
{
    if (cp < 0x80)
        return is_ascii_identifier_start(char(cp));
    return u_hasBinaryProperty(cp, UCHAR_ID_START);
}

bool is_identifier_part(char32_t cp)
{
    if (cp < 0x80)
        return is_ascii_identifier_part(char(cp));
    return cp == kZWNJ || cp == kZWJ || u_hasBinaryProperty(cp, UCHAR_ID_CONTINUE);
}

void append_utf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out.push_back(char(cp));
    } else if (cp < 0x800) {
        out.push_back(char(0xC0 | (cp >> 6)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(char(0xE0 | (cp >> 12)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (cp >> 18)));
        out.push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(char(0x80 | (cp & 0x3F)));
    }
}

Lexer::Lexer(SourceFile const& source, Arena& arena, AtomTable& atoms, bool module_goal)
    : m_source(source)
    , m_text(source.text())
    , m_arena(arena)
    , m_atoms(atoms)
    , m_module_goal(module_goal)
{
    // A UTF-8 byte order mark is not part of the source text; a hidden prefix is not counted.
    if (m_text.starts_with("\xEF\xBB\xBF"))
        m_offset = m_line_start = 3;
    m_line_start += source.hidden_prefix();
    // Offsets of the whole text (modular arithmetic: the columns of the first line grow by the
    // column offset through the adjustment subtracted from them).
    m_line = 1 + uint32_t(source.line_offset());
    m_column_adjust = -uint32_t(source.column_offset());
}

void Lexer::restore(State const& state)
{
    m_offset = state.offset;
    m_line = state.line;
    m_line_start = state.line_start;
    m_column_adjust = state.column_adjust;
}

SourcePosition Lexer::position_at(uint32_t offset) const
{
    return { offset, m_line, offset - m_line_start - m_column_adjust + 1 };
}

void Lexer::fail(std::string message, SourcePosition position)
{
    if (!m_error)
        m_error = SyntaxError { std::move(message), position };
    m_offset = uint32_t(m_text.size());
}

Token Lexer::fail_token(std::string message, SourcePosition position)
{
    fail(std::move(message), position);
    Token token;
    token.kind = TokenKind::Invalid;
    token.start = position;
    token.end = position.offset;
    return token;
}

Token Lexer::make(TokenKind kind, SourcePosition start)
{
    Token token;
    token.kind = kind;
    token.start = start;
    token.end = m_offset;
    return token;
}

std::u16string_view Lexer::to_utf16(std::string_view utf8)
{
    auto* out = static_cast<char16_t*>(m_arena.allocate(utf8.size() * sizeof(char16_t) + 1, alignof(char16_t)));
    size_t length = 0;
    for (uint32_t i = 0; i < utf8.size();) {
        uint32_t n;
        char32_t cp = decode_utf8(utf8, i, n);
        i += n;
        if (cp > 0xFFFF) {
            cp -= 0x10000;
            out[length++] = char16_t(0xD800 + (cp >> 10));
            out[length++] = char16_t(0xDC00 + (cp & 0x3FF));
        } else {
            out[length++] = char16_t(cp);
        }
    }
    return { out, length };
}

char32_t Lexer::peek_code_point(uint32_t& length) const { return decode_utf8(m_text, m_offset, length); }

void Lexer::advance_code_point(char32_t cp, uint32_t length)
{
    m_offset += length;
    m_column_adjust += length - (cp > 0xFFFF ? 2 : 1);
}

void Lexer::new_line(uint32_t next_line_start)
{
    ++m_line;
    m_line_start = next_line_start;
    m_column_adjust = 0;
}

bool Lexer::at_line_terminator() const
{
    char c = peek();
    if (c == '\n' || c == '\r')
        return true;
    return c == '\xE2' && peek(1) == '\x80' && (peek(2) == '\xA8' || peek(2) == '\xA9');
}

// 12.4 Comments
void Lexer::skip_single_line_comment()
{
    while (m_offset < m_text.size()) {
        char c = m_text[m_offset];
        if (c == '\n' || c == '\r')
            return;
        if (static_cast<unsigned char>(c) >= 0x80) {
            uint32_t length;
            char32_t cp = peek_code_point(length);
            if (cp == kLineSeparator || cp == kParagraphSeparator)
                return;
            advance_code_point(cp, length);
        } else {
            ++m_offset;
        }
    }
}

bool Lexer::skip_multi_line_comment()
{
    SourcePosition start = current_position();
    m_offset += 2;
    bool crossed_line = false;
    while (m_offset < m_text.size()) {
        char c = m_text[m_offset];
        if (c == '*' && peek(1) == '/') {
            m_offset += 2;
            return crossed_line;
        }
        if (c == '\n') {
            new_line(++m_offset);
            crossed_line = true;
        } else if (c == '\r') {
            m_offset += peek(1) == '\n' ? 2 : 1;
            new_line(m_offset);
            crossed_line = true;
        } else if (static_cast<unsigned char>(c) >= 0x80) {
            uint32_t length;
            char32_t cp = peek_code_point(length);
            if (cp == kLineSeparator || cp == kParagraphSeparator) {
                m_offset += length;
                new_line(m_offset);
                crossed_line = true;
            } else {
                advance_code_point(cp, length);
            }
        } else {
            ++m_offset;
        }
    }
    fail("Unterminated comment", start);
    return crossed_line;
}

bool Lexer::skip_whitespace_and_comments()
{
    bool crossed_line = false;
    // B.1.1 HTML-like Comments: `-->` may start a comment at the start of a line (or of the input).
    bool at_line_start = m_offset == 0 || (m_offset == 3 && m_text.starts_with("\xEF\xBB\xBF"));
    while (m_offset < m_text.size()) {
        char c = m_text[m_offset];
        switch (c) {
        case ' ':
        case '\t':
        case '\v':
        case '\f':
            // Indentation comes in runs.
            do
                ++m_offset;
            while (m_offset < m_text.size() && (m_text[m_offset] == ' ' || m_text[m_offset] == '\t'));
            continue;
        case '\n':
            new_line(++m_offset);
            crossed_line = at_line_start = true;
            continue;
        case '\r':
            m_offset += peek(1) == '\n' ? 2 : 1;
            new_line(m_offset);
            crossed_line = at_line_start = true;
            continue;
        case '/':
            if (peek(1) == '/') {
                skip_single_line_comment();
                continue;
            }
            if (peek(1) == '*') {
                if (skip_multi_line_comment())
                    crossed_line = at_line_start = true;
                continue;
            }
            return crossed_line;
        case '<':
            if (!m_module_goal && peek(1) == '!' && peek(2) == '-' && peek(3) == '-') {
                skip_single_line_comment();
                continue;
            }
            return crossed_line;
        case '-':
            if (!m_module_goal && at_line_start && peek(1) == '-' && peek(2) == '>') {
                skip_single_line_comment();
                continue;
            }
            return crossed_line;
        case '#':
            // 12.5 Hashbang Comments, only at the very start of the source.
            if ((m_offset == 0 || (m_offset == 3 && m_text.starts_with("\xEF\xBB\xBF"))) && peek(1) == '!') {
                skip_single_line_comment();
                continue;
            }
            return crossed_line;
        default:
            if (static_cast<unsigned char>(c) < 0x80)
                return crossed_line;
            uint32_t length;
            char32_t cp = peek_code_point(length);
            if (cp == kLineSeparator || cp == kParagraphSeparator) {
                m_offset += length;
                new_line(m_offset);
                crossed_line = at_line_start = true;
                continue;
            }
            if (is_whitespace(cp)) {
                advance_code_point(cp, length);
                continue;
            }
            return crossed_line;
        }
    }
    return crossed_line;
}

Token Lexer::next()
{
    bool newline = skip_whitespace_and_comments();
    Token token = scan_token(current_position());
    token.newline_before = newline;
    return token;
}

Token Lexer::scan_token(SourcePosition start)
{
    if (at_end())
        return make(TokenKind::EndOfSource, start);
    char c = m_text[m_offset];
    if (is_ascii_identifier_start(c) || c == '\\' || static_cast<unsigned char>(c) >= 0x80)
        return scan_identifier_or_keyword(start, false);
    if (is_decimal_digit(c) || (c == '.' && is_decimal_digit(peek(1))))
        return scan_number(start);
    if (c == '"' || c == '\'')
        return scan_string(start, c);
    if (c == '`')
        return scan_template(start, false);
    if (c == '#') {
        ++m_offset;
        return scan_identifier_or_keyword(start, true);
    }
    return scan_punctuator(start);
}

std::optional<char32_t> Lexer::scan_unicode_escape()
{
    // m_offset is at the `u` of `\u`.
    ++m_offset;
    if (peek() == '{') {
        ++m_offset;
        char32_t value = 0;
        bool any = false;
        while (hex_value(static_cast<unsigned char>(peek())) >= 0) {
            value = value * 16 + hex_value(static_cast<unsigned char>(peek()));
            if (value > 0x10FFFF)
                return std::nullopt;
            any = true;
            ++m_offset;
        }
        if (!any || peek() != '}')
            return std::nullopt;
        ++m_offset;
        return value;
    }
    char32_t value = 0;
    for (int i = 0; i < 4; ++i) {
        int digit = hex_value(static_cast<unsigned char>(peek()));
        if (digit < 0)
            return std::nullopt;
        value = value * 16 + digit;
        ++m_offset;
    }
    return value;
}

// 12.7 Names and Keywords
Token Lexer::scan_identifier_or_keyword(SourcePosition start, bool private_name)
{
    uint32_t name_start = m_offset;
    // Fast path: plain ASCII names, hashed while scanning (AtomTable::hash, FNV-1a).
    uint32_t hash = 2166136261u;
    {
        char const* cursor = m_text.data() + m_offset;
        char const* end = m_text.data() + m_text.size();
        while (cursor < end && is_ascii_identifier_part(*cursor)) {
            hash = (hash ^ static_cast<unsigned char>(*cursor)) * 16777619u;
            ++cursor;
        }
        m_offset = uint32_t(cursor - m_text.data());
    }
    char next = peek();
    bool has_escape = false;
    std::string_view name;
    bool hashed = false;
    if (next != '\\' && static_cast<unsigned char>(next) < 0x80) {
        name = m_text.substr(name_start, m_offset - name_start);
        if (name.empty() || is_decimal_digit(name[0]))
            return fail_token(private_name ? "Invalid character after '#'" : "Invalid or unexpected token", start);
        hashed = true;
    } else {
        m_utf8_buffer.assign(m_text.substr(name_start, m_offset - name_start));
        while (!at_end()) {
            char c = peek();
            if (is_ascii_identifier_part(c)) {
                m_utf8_buffer.push_back(c);
                ++m_offset;
                continue;
            }
            char32_t cp;
            if (c == '\\') {
                SourcePosition escape_start = current_position();
                if (peek(1) != 'u')
                    return fail_token("Invalid Unicode escape sequence", escape_start);
                ++m_offset;
                auto escaped = scan_unicode_escape();
                if (!escaped)
                    return fail_token("Invalid Unicode escape sequence", escape_start);
                cp = *escaped;
                bool valid = m_utf8_buffer.empty() ? is_identifier_start(cp) : is_identifier_part(cp);
                if (!valid)
                    return fail_token("Invalid Unicode escape sequence", escape_start);
                has_escape = true;
            } else if (static_cast<unsigned char>(c) >= 0x80) {
                uint32_t length;
                cp = peek_code_point(length);
                bool valid = m_utf8_buffer.empty() ? is_identifier_start(cp) : is_identifier_part(cp);
                if (!valid)
                    break;
                advance_code_point(cp, length);
            } else {
                break;
            }
            append_utf8(m_utf8_buffer, cp);
        }
        if (m_utf8_buffer.empty() || is_decimal_digit(m_utf8_buffer[0])) {
            return fail_token(private_name ? "Invalid character after '#'" : "Invalid or unexpected token", start);
        }
        name = m_utf8_buffer;
    }
    Atom atom = hashed ? m_atoms.intern(name, hash) : m_atoms.intern(name);
    Token token = make(private_name ? TokenKind::PrivateName : TokenKind::Identifier, start);
    token.atom = atom;
    token.has_escape = has_escape;
    if (!private_name && !has_escape && atom->keyword != TokenKind::Identifier)
        token.kind = atom->keyword;
    return token;
}

// 12.9.3 Numeric Literals
Token Lexer::scan_number(SourcePosition start)
{
    uint32_t begin = m_offset;
    auto fail_number = [&](char const* message) { return fail_token(message, current_position()); };

    // Scans digits of `radix` with numeric separators; returns false on a misplaced `_`.
    auto scan_digits = [&](int radix, bool allow_separators) -> bool {
        bool previous_digit = false;
        while (!at_end()) {
            char c = peek();
            if (c == '_') {
                if (!allow_separators || !previous_digit || digit_value(peek(1), radix) < 0)
                    return false;
                previous_digit = false;
                ++m_offset;
                continue;
            }
            if (digit_value(c, radix) < 0)
                break;
            previous_digit = true;
            ++m_offset;
        }
        return true;
    };
    auto finish = [&](Token token) -> Token {
        // The SourceCharacter after a NumericLiteral must not be an IdentifierStart or DecimalDigit.
        uint32_t length;
        char32_t cp = peek_code_point(length);
        if (!at_end() && (is_identifier_start(cp) || is_decimal_digit(peek()) || cp == '\\'))
            return fail_number("Invalid or unexpected token");
        token.end = m_offset;
        return token;
    };
    auto text_without_separators = [&](uint32_t from, uint32_t to) {
        m_utf8_buffer.clear();
        for (uint32_t i = from; i < to; ++i) {
            if (m_text[i] != '_')
                m_utf8_buffer.push_back(m_text[i]);
        }
        return std::string_view(m_utf8_buffer);
    };

    if (peek() == '0') {
        char prefix = peek(1) | 0x20;
        int radix = prefix == 'x' ? 16 : prefix == 'o' ? 8 : prefix == 'b' ? 2 : 0;
        if (radix) {
            m_offset += 2;
            uint32_t digits_start = m_offset;
            if (digit_value(peek(), radix) < 0)
                return fail_number("Invalid or unexpected token");
            if (!scan_digits(radix, true))
                return fail_number("Numeric separators are not allowed here");
            std::string_view digits = text_without_separators(digits_start, m_offset);
            Token token = make(TokenKind::NumericLiteral, start);
            if (peek() == 'n') {
                ++m_offset;
                token.kind = TokenKind::BigIntLiteral;
                token.string_value = to_utf16(text_without_separators(begin, m_offset - 1));
                return finish(token);
            }
            double value = 0;
            uint64_t exact = 0;
            bool fits = true;
            for (char d : digits) {
                int digit = digit_value(d, radix);
                if (fits && exact <= (UINT64_MAX - digit) / radix) {
                    exact = exact * radix + digit;
                } else {
                    if (fits)
                        value = double(exact);
                    fits = false;
                    value = value * radix + digit;
                }
            }
            token.number = fits ? double(exact) : value;
            return finish(token);
        }
        if (is_decimal_digit(peek(1)) || peek(1) == '_') {
            // B.1.1 LegacyOctalIntegerLiteral (017) and NonOctalDecimalIntegerLiteral (089).
            ++m_offset;
            bool octal = true;
            while (is_decimal_digit(peek())) {
                if (peek() >= '8')
                    octal = false;
                ++m_offset;
            }
            if (peek() == '_')
                return fail_number("Numeric separators are not allowed here");
            Token token = make(TokenKind::NumericLiteral, start);
            token.is_legacy_octal = true;
            if (octal) {
                double value = 0;
                for (uint32_t i = begin; i < m_offset; ++i)
                    value = value * 8 + (m_text[i] - '0');
                token.number = value;
                if (peek() == 'n')
                    return fail_number("Invalid BigInt literal");
                return finish(token);
            }
            // A NonOctalDecimalIntegerLiteral continues like a decimal literal.
            if (peek() == 'n')
                return fail_number("Invalid BigInt literal");
            goto fraction;
        }
    }
    {
        if (peek() != '.') {
            if (!scan_digits(10, true))
                return fail_number("Numeric separators are not allowed here");
            if (peek() == 'n') {
                Token token = make(TokenKind::BigIntLiteral, start);
                token.string_value = to_utf16(text_without_separators(begin, m_offset));
                ++m_offset;
                return finish(token);
            }
        }
        // Fast path: short integers are exact in a double.
        if (peek() != '.' && (peek() | 0x20) != 'e' && m_offset - begin <= 15) {
            double value = 0;
            for (uint32_t i = begin; i < m_offset; ++i) {
                if (m_text[i] != '_')
                    value = value * 10 + (m_text[i] - '0');
            }
            Token token = make(TokenKind::NumericLiteral, start);
            token.number = value;
            return finish(token);
        }
    }
fraction:
    if (peek() == '.') {
        ++m_offset;
        if (peek() == '_')
            return fail_number("Numeric separators are not allowed here");
        if (!scan_digits(10, true))
            return fail_number("Numeric separators are not allowed here");
    }
    if ((peek() | 0x20) == 'e') {
        ++m_offset;
        if (peek() == '+' || peek() == '-')
            ++m_offset;
        if (!is_decimal_digit(peek()))
            return fail_number("Invalid or unexpected token");
        if (!scan_digits(10, true))
            return fail_number("Numeric separators are not allowed here");
    }
    if (peek() == 'n')
        return fail_number("Invalid BigInt literal");
    bool leading_zero = m_text[begin] == '0' && m_offset > begin + 1 && is_decimal_digit(m_text[begin + 1]);
    std::string_view text = text_without_separators(begin, m_offset);
    double value = 0;
    auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec == std::errc::result_out_of_range) {
        // from_chars reports overflow and underflow without a value: restore them.
        bool tiny = false;
        if (auto e = text.find_first_of("eE"); e != std::string_view::npos)
            tiny = text[e + 1] == '-';
        value = tiny ? 0.0 : HUGE_VAL;
    }
    Token token = make(TokenKind::NumericLiteral, start);
    token.number = value;
    token.is_legacy_octal = leading_zero; // NonOctalDecimalIntegerLiteral (08, 09.5)
    return finish(token);
}

// 12.9.4 String Literals
Token Lexer::scan_string(SourcePosition start, char quote)
{
    ++m_offset;
    // Fast path: ASCII with no escapes.
    uint32_t body = m_offset;
    while (m_offset < m_text.size()) {
        char c = m_text[m_offset];
        if (c == quote) {
            size_t length = m_offset - body;
            auto* chars = static_cast<char16_t*>(m_arena.allocate(length * 2 + 1, alignof(char16_t)));
            for (size_t i = 0; i < length; ++i)
                chars[i] = char16_t(static_cast<unsigned char>(m_text[body + i]));
            ++m_offset;
            Token token = make(TokenKind::StringLiteral, start);
            token.string_value = { chars, length };
            return token;
        }
        if (c == '\\' || c == '\n' || c == '\r' || static_cast<unsigned char>(c) >= 0x80)
            break;
        ++m_offset;
    }
    m_buffer.clear();
    for (uint32_t i = body; i < m_offset; ++i)
        m_buffer.push_back(char16_t(m_text[i]));
    Token token;
    while (true) {
        if (at_end() || peek() == '\n' || peek() == '\r')
            return fail_token("Invalid or unexpected token", start);
        char c = peek();
        if (c == quote) {
            ++m_offset;
            break;
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            uint32_t length;
            char32_t cp = peek_code_point(length);
            if (cp == kLineSeparator || cp == kParagraphSeparator) {
                m_offset += length;
                new_line(m_offset);
            } else {
                advance_code_point(cp, length);
            }
            append_utf16(m_buffer, cp);
            continue;
        }
        if (c != '\\') {
            m_buffer.push_back(char16_t(c));
            ++m_offset;
            continue;
        }
        // 12.9.4 EscapeSequence
        SourcePosition escape_start = current_position();
        ++m_offset;
        char e = peek();
        switch (e) {
        case 'b': m_buffer.push_back(u'\b'); ++m_offset; break;
        case 'f': m_buffer.push_back(u'\f'); ++m_offset; break;
        case 'n': m_buffer.push_back(u'\n'); ++m_offset; break;
        case 'r': m_buffer.push_back(u'\r'); ++m_offset; break;
        case 't': m_buffer.push_back(u'\t'); ++m_offset; break;
        case 'v': m_buffer.push_back(u'\v'); ++m_offset; break;
        case '\n':
            new_line(++m_offset);
            break;
        case '\r':
            m_offset += peek(1) == '\n' ? 2 : 1;
            new_line(m_offset);
            break;
        case 'x': {
            int high = hex_value(static_cast<unsigned char>(peek(1)));
            int low = hex_value(static_cast<unsigned char>(peek(2)));
            if (high < 0 || low < 0)
                return fail_token("Invalid hexadecimal escape sequence", escape_start);
            m_buffer.push_back(char16_t(high * 16 + low));
            m_offset += 3;
            break;
        }
        case 'u': {
            auto cp = scan_unicode_escape();
            if (!cp)
                return fail_token("Invalid Unicode escape sequence", escape_start);
            append_utf16(m_buffer, *cp);
            break;
        }
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
            // B.1.2 LegacyOctalEscapeSequence; `\0` alone is the NUL character.
            if (e == '0' && !is_decimal_digit(peek(1))) {
                m_buffer.push_back(0);
                ++m_offset;
                break;
            }
            int value = e - '0';
            ++m_offset;
            int max_digits = e <= '3' ? 2 : 1;
            for (int i = 0; i < max_digits && peek() >= '0' && peek() <= '7'; ++i) {
                value = value * 8 + (peek() - '0');
                ++m_offset;
            }
            m_buffer.push_back(char16_t(value));
            if (!token.has_octal_escape) {
                token.has_octal_escape = true;
                token.escape_position = escape_start;
            }
            break;
        }
        case '8':
        case '9':
            // NonOctalDecimalEscapeSequence: the digit itself, an error in strict code.
            m_buffer.push_back(char16_t(e));
            ++m_offset;
            if (!token.has_octal_escape) {
                token.has_octal_escape = true;
                token.escape_position = escape_start;
            }
            break;
        default: {
            if (at_end())
                return fail_token("Invalid or unexpected token", start);
            uint32_t length;
            char32_t cp = peek_code_point(length);
            if (cp == kLineSeparator || cp == kParagraphSeparator) {
                m_offset += length;
                new_line(m_offset); // LineContinuation
                break;
            }
            advance_code_point(cp, length);
            append_utf16(m_buffer, cp);
            break;
        }
        }
        token.has_escape = true;
    }
    auto* chars = static_cast<char16_t*>(m_arena.allocate(m_buffer.size() * 2 + 1, alignof(char16_t)));
    std::copy(m_buffer.begin(), m_buffer.end(), chars);
    Token result = make(TokenKind::StringLiteral, start);
    result.has_escape = true;
    result.has_octal_escape = token.has_octal_escape;
    result.escape_position = token.escape_position;
    result.string_value = { chars, m_buffer.size() };
    return result;
}

// 12.9.6 Template Literal Lexical Components
Token Lexer::scan_template(SourcePosition start, bool continuation)
{
    ++m_offset; // ` or }
    m_buffer.clear();
    std::u16string raw;
    bool invalid = false;
    SourcePosition invalid_position;
    auto mark_invalid = [&](SourcePosition position) {
        if (!invalid) {
            invalid = true;
            invalid_position = position;
        }
    };
    TokenKind kind;
    while (true) {
        if (at_end())
            return fail_token("Unterminated template literal", start);
        char c = peek();
        if (c == '`') {
            ++m_offset;
            kind = continuation ? TokenKind::TemplateTail : TokenKind::TemplateString;
            break;
        }
        if (c == '$' && peek(1) == '{') {
            m_offset += 2;
            kind = continuation ? TokenKind::TemplateMiddle : TokenKind::TemplateHead;
            break;
        }
        if (c == '\r' || c == '\n') {
            // TRV/TV of a LineTerminatorSequence: CR and CRLF become LF.
            m_offset += (c == '\r' && peek(1) == '\n') ? 2 : 1;
            new_line(m_offset);
            m_buffer.push_back(u'\n');
            raw.push_back(u'\n');
            continue;
        }
        if (static_cast<unsigned char>(c) >= 0x80) {
            uint32_t length;
            char32_t cp = peek_code_point(length);
            if (cp == kLineSeparator || cp == kParagraphSeparator) {
                m_offset += length;
                new_line(m_offset);
            } else {
                advance_code_point(cp, length);
            }
            append_utf16(m_buffer, cp);
            append_utf16(raw, cp);
            continue;
        }
        if (c != '\\') {
            m_buffer.push_back(char16_t(c));
            raw.push_back(char16_t(c));
            ++m_offset;
            continue;
        }
        SourcePosition escape_start = current_position();
        uint32_t escape_offset = m_offset;
        ++m_offset;
        raw.push_back(u'\\');
        char e = peek();
        auto raw_since_escape = [&] {
            for (uint32_t i = escape_offset + 1; i < m_offset; ++i)
                raw.push_back(char16_t(static_cast<unsigned char>(m_text[i])));
        };
        switch (e) {
        case 'b': m_buffer.push_back(u'\b'); ++m_offset; raw.push_back(u'b'); break;
        case 'f': m_buffer.push_back(u'\f'); ++m_offset; raw.push_back(u'f'); break;
        case 'n': m_buffer.push_back(u'\n'); ++m_offset; raw.push_back(u'n'); break;
        case 'r': m_buffer.push_back(u'\r'); ++m_offset; raw.push_back(u'r'); break;
        case 't': m_buffer.push_back(u'\t'); ++m_offset; raw.push_back(u't'); break;
        case 'v': m_buffer.push_back(u'\v'); ++m_offset; raw.push_back(u'v'); break;
        case '\n':
        case '\r':
            m_offset += (e == '\r' && peek(1) == '\n') ? 2 : 1;
            new_line(m_offset);
            raw.push_back(u'\n');
            break;
        case 'x': {
            int high = hex_value(static_cast<unsigned char>(peek(1)));
            int low = high >= 0 ? hex_value(static_cast<unsigned char>(peek(2))) : -1;
            if (high < 0 || low < 0) {
                mark_invalid(escape_start);
                ++m_offset;
                raw.push_back(u'x');
                break;
            }
            m_buffer.push_back(char16_t(high * 16 + low));
            m_offset += 3;
            raw_since_escape();
            break;
        }
        case 'u': {
            auto state = save();
            auto cp = scan_unicode_escape();
            if (!cp) {
                // NotEscapeSequence: the raw text continues after `\u`; keep scanning from there.
                restore(state);
                ++m_offset;
                raw.push_back(u'u');
                mark_invalid(escape_start);
                break;
            }
            append_utf16(m_buffer, *cp);
            raw_since_escape();
            break;
        }
        case '0':
            if (!is_decimal_digit(peek(1))) {
                m_buffer.push_back(0);
                ++m_offset;
                raw.push_back(u'0');
                break;
            }
            [[fallthrough]];
        case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
            mark_invalid(escape_start);
            ++m_offset;
            raw.push_back(char16_t(e));
            break;
        default: {
            if (at_end())
                return fail_token("Unterminated template literal", start);
            uint32_t length;
            char32_t cp = peek_code_point(length);
            if (cp == kLineSeparator || cp == kParagraphSeparator) {
                m_offset += length;
                new_line(m_offset);
                append_utf16(raw, cp);
                break;
            }
            advance_code_point(cp, length);
            append_utf16(m_buffer, cp);
            append_utf16(raw, cp);
            break;
        }
        }
    }
    Token token = make(kind, start);
    auto store = [&](std::u16string const& s) -> std::u16string_view {
        auto* chars = static_cast<char16_t*>(m_arena.allocate(s.size() * 2 + 1, alignof(char16_t)));
        std::copy(s.begin(), s.end(), chars);
        return { chars, s.size() };
    };
    token.invalid_template_escape = invalid;
    token.escape_position = invalid_position;
    if (!invalid)
        token.string_value = store(m_buffer);
    token.raw_value = store(raw);
    return token;
}

// Positions only need line_start + column_adjust to match at the token's start, so a token's
// position is enough to resume scanning there.
void Lexer::resume_at(SourcePosition const& position)
{
    m_offset = position.offset;
    m_line = position.line;
    m_line_start = position.offset - (position.column - 1);
    m_column_adjust = 0;
}

Token Lexer::rescan_as_template_continuation(Token const& right_brace)
{
    resume_at(right_brace.start);
    Token token = scan_template(right_brace.start, true);
    token.newline_before = right_brace.newline_before;
    return token;
}

// 12.9.5 Regular Expression Literals
Token Lexer::rescan_as_regexp(Token const& slash)
{
    resume_at(slash.start);
    ++m_offset;
    SourcePosition start = slash.start;
    uint32_t body_start = m_offset;
    bool in_class = false;
    while (true) {
        if (at_end() || at_line_terminator())
            return fail_token("Invalid regular expression: missing /", start);
        char c = peek();
        if (c == '\\') {
            ++m_offset;
            if (at_end() || at_line_terminator())
                return fail_token("Invalid regular expression: missing /", start);
        } else if (c == '[') {
            in_class = true;
        } else if (c == ']') {
            in_class = false;
        } else if (c == '/' && !in_class) {
            break;
        }
        uint32_t length;
        char32_t cp = peek_code_point(length);
        advance_code_point(cp, length);
    }
    std::string_view body = m_text.substr(body_start, m_offset - body_start);
    ++m_offset;
    uint32_t flags_start = m_offset;
    while (!at_end()) {
        if (peek() == '\\')
            return fail_token("Invalid regular expression flags", current_position());
        uint32_t length;
        char32_t cp = peek_code_point(length);
        if (!is_identifier_part(cp))
            break;
        advance_code_point(cp, length);
    }
    std::string_view flags = m_text.substr(flags_start, m_offset - flags_start);
    Token token = make(TokenKind::RegExpLiteral, start);
    token.string_value = to_utf16(body);
    token.raw_value = to_utf16(flags);
    // 13.2.7.2 Static Semantics: Early Errors — the pattern and flags must be valid.
    if (auto error = regexp::validate_regexp_literal(token.string_value, token.raw_value))
        return fail_token(error->message, start);
    return token;
}

// 12.8 Punctuators: the longest punctuator starting at m_offset.
Token Lexer::scan_punctuator(SourcePosition start)
{
    using K = TokenKind;
    char c = peek();
    char c1 = peek(1);
    char c2 = peek(2);
    auto take = [&](uint32_t length, TokenKind kind) {
        m_offset += length;
        return make(kind, start);
    };
    switch (c) {
    case '{': return take(1, K::LeftBrace);
    case '}': return take(1, K::RightBrace);
    case '(': return take(1, K::LeftParen);
    case ')': return take(1, K::RightParen);
    case '[': return take(1, K::LeftBracket);
    case ']': return take(1, K::RightBracket);
    case ';': return take(1, K::Semicolon);
    case ',': return take(1, K::Comma);
    case ':': return take(1, K::Colon);
    case '~': return take(1, K::Tilde);
    case '@': return take(1, K::At);
    case '.':
        if (c1 == '.' && c2 == '.')
            return take(3, K::Ellipsis);
        return take(1, K::Dot);
    case '<':
        if (c1 == '<')
            return c2 == '=' ? take(3, K::ShiftLeftAssign) : take(2, K::ShiftLeft);
        return c1 == '=' ? take(2, K::LessEqual) : take(1, K::Less);
    case '>':
        if (c1 == '>') {
            if (c2 == '>')
                return peek(3) == '=' ? take(4, K::UnsignedShiftRightAssign) : take(3, K::UnsignedShiftRight);
            return c2 == '=' ? take(3, K::ShiftRightAssign) : take(2, K::ShiftRight);
        }
        return c1 == '=' ? take(2, K::GreaterEqual) : take(1, K::Greater);
    case '=':
        if (c1 == '=')
            return c2 == '=' ? take(3, K::StrictEqual) : take(2, K::Equal);
        return c1 == '>' ? take(2, K::Arrow) : take(1, K::Assign);
    case '!':
        if (c1 == '=')
            return c2 == '=' ? take(3, K::StrictNotEqual) : take(2, K::NotEqual);
        return take(1, K::Bang);
    case '+':
        return c1 == '+' ? take(2, K::PlusPlus) : c1 == '=' ? take(2, K::PlusAssign) : take(1, K::Plus);
    case '-':
        return c1 == '-' ? take(2, K::MinusMinus) : c1 == '=' ? take(2, K::MinusAssign) : take(1, K::Minus);
    case '*':
        if (c1 == '*')
            return c2 == '=' ? take(3, K::StarStarAssign) : take(2, K::StarStar);
        return c1 == '=' ? take(2, K::StarAssign) : take(1, K::Star);
    case '/':
        return c1 == '=' ? take(2, K::SlashAssign) : take(1, K::Slash);
    case '%':
        return c1 == '=' ? take(2, K::PercentAssign) : take(1, K::Percent);
    case '&':
        if (c1 == '&')
            return c2 == '=' ? take(3, K::AmpersandAmpersandAssign) : take(2, K::AmpersandAmpersand);
        return c1 == '=' ? take(2, K::AmpersandAssign) : take(1, K::Ampersand);
    case '|':
        if (c1 == '|')
            return c2 == '=' ? take(3, K::PipePipeAssign) : take(2, K::PipePipe);
        return c1 == '=' ? take(2, K::PipeAssign) : take(1, K::Pipe);
    case '^':
        return c1 == '=' ? take(2, K::CaretAssign) : take(1, K::Caret);
    case '?':
        // `?.` is OptionalChainingPunctuator only when not followed by a decimal digit.
        if (c1 == '.' && !is_decimal_digit(c2))
            return take(2, K::QuestionDot);
        if (c1 == '?')
            return c2 == '=' ? take(3, K::QuestionQuestionAssign) : take(2, K::QuestionQuestion);
        return take(1, K::Question);
    default:
        return fail_token("Invalid or unexpected token", start);
    }
}

char const* token_kind_name(TokenKind kind)
{
    switch (kind) {
#define TOKEN(name) case TokenKind::name: return #name;
#define PUNCTUATOR(name, text) case TokenKind::name: return text;
#define KEYWORD(name, text) case TokenKind::name: return text;
#include "parser/tokens.def"
    }
    return "?";
}

TokenKind keyword_kind(std::string_view text)
{
#define KEYWORD(name, spelling) if (text == spelling) return TokenKind::name;
#include "parser/tokens.def"
    return TokenKind::Identifier;
}

}
