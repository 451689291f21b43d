#pragma once
// CharSet (22.2.2 "CharSet"): the characters, and in `v` mode the strings, a character class
// stands for. The compiler builds one per class from the tree's leaves with the set operations
// of CompileToCharSet, then turns its characters into a RegExpClass and its strings into
// alternatives.

#include "runtime/regexp/regexp_ast.h"
#include "runtime/regexp/regexp_program.h"

#include <string>
#include <utility>
#include <vector>

namespace sable::regexp {

inline constexpr char32_t kMaxCodePoint = 0x10FFFF;

class CharSet {
public:
    void add(char32_t c) { add_range(c, c); }
    void add_range(char32_t from, char32_t to);
    // A string of one character is that character; others (the empty one too) are kept apart.
    void add_string(std::u32string);

    void unite(CharSet const&);
    void intersect(CharSet const&);
    void subtract(CharSet const&);
    // CharacterComplement: every character not in the set (strings never take part).
    void complement();
    // MaybeSimpleCaseFolding for ignoreCase: every member replaced by its canonical form.
    void fold(bool unicode);

    bool contains(char32_t) const;
    std::vector<std::pair<char32_t, char32_t>> const& ranges() const { return m_ranges; }
    std::vector<std::u32string> const& strings() const { return m_strings; }

    // \d \D \s \S \w \W (CharacterClassEscape). `unicode_ignore_case`: \w also holds the
    // characters whose canonical form is a basic word character (WordCharacters).
    static CharSet from_class_escape(ClassEscapeKind, bool unicode_ignore_case);
    // \p{...} and \P{...} (through ICU).
    static CharSet from_unicode_property(UnicodePropertyKind, int32_t property, int32_t value, bool negated);

    RegExpClass to_class() const;

private:
    void normalize();

    std::vector<std::pair<char32_t, char32_t>> m_ranges; // sorted and merged after normalize()
    std::vector<std::u32string> m_strings;
    bool m_normalized { true };
};

// IsWordChar's characters: [A-Za-z0-9_], plus U+017F and U+212A when `unicode_ignore_case`.
bool is_word_character(char32_t, bool unicode_ignore_case);
// LineTerminator: LF, CR, LS, PS.
inline bool is_line_terminator(char32_t c) { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029; }

}
