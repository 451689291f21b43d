#pragma once

#include "parser/atom_table.h"
#include "parser/source.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace sable::parser {

enum class TokenKind : uint8_t {
#define TOKEN(name) name,
#include "parser/tokens.def"
};

char const* token_kind_name(TokenKind);
// The keyword `text` spells, or TokenKind::Identifier.
TokenKind keyword_kind(std::string_view text);

inline bool is_keyword(TokenKind kind) { return kind >= TokenKind::Await; }

struct Token {
    TokenKind kind { TokenKind::EndOfSource };
    // A line terminator (or a multi-line comment holding one) precedes this token.
    bool newline_before { false };
    // The source spelling used escapes (`\u0061`): an escaped keyword is never a keyword.
    bool has_escape { false };
    // Strings: a legacy octal or \8 \9 escape appeared (an error in strict code).
    bool has_octal_escape { false };
    // Numbers: a legacy octal literal (010) or a decimal with a leading zero (08).
    bool is_legacy_octal { false };
    // Templates: the cooked value is undefined (an invalid escape, allowed only when tagged).
    bool invalid_template_escape { false };
    SourcePosition start;
    uint32_t end { 0 }; // byte offset one past the token
    // Identifier, PrivateName, or keyword spelled with escapes: its interned name.
    Atom atom { nullptr };
    double number { 0 };
    // StringLiteral and templates' cooked value (UTF-16); BigInt digits (as written, ASCII).
    std::u16string_view string_value;
    // Template raw value (UTF-16, line terminators normalised to LF).
    std::u16string_view raw_value;
    // Position of the offending escape when has_octal_escape or invalid_template_escape.
    SourcePosition escape_position;
};

}
