#pragma once
// The regular-expression pattern parser: 22.2.1 Patterns with every early error, in the three
// grammars ParsePattern picks between (https://tc39.es/ecma262/#sec-parsepattern):
//   - no `u`/`v`: Pattern[~UnicodeMode, ~UnicodeSetsMode] with the Annex B.1.2 extensions
//     (legacy octal and identity escapes, `a{`, `]` and `}` as characters, quantifiable
//     lookahead, `\c` quirks, `\k` as an identity escape when the pattern has no named group);
//   - `u`: Pattern[+UnicodeMode, ~UnicodeSetsMode];
//   - `v`: Pattern[+UnicodeMode, +UnicodeSetsMode] (class set operations, \q{...}, properties
//     of strings).
// The JS parser uses it to report early errors of regular expression literals; the RegExp
// constructor and the regex compiler use the tree it returns.

#include "runtime/regexp/regexp_ast.h"
#include "runtime/regexp/regexp_flags.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sable::regexp {

struct RegExpSyntaxError {
    // The whole message, e.g.
    //   "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name"
    std::string message;
    // Where the problem is, in UTF-16 code units from the start of the pattern. For a literal,
    // the position in the source is one past the opening `/` plus this offset (flag errors
    // point into the flags, which follow the pattern and its closing `/`).
    uint32_t offset { 0 };
};

struct RegExpParseResult {
    RegExpTree tree;
    std::optional<RegExpSyntaxError> error;

    bool ok() const { return !error.has_value(); }
};

// Patterns nested deeper than this (groups, lookarounds and nested classes together) are
// rejected, so that neither the parser nor the passes over the tree can exhaust the C++ stack.
inline constexpr uint32_t kMaxRegExpNestingDepth = 500;

// Parses `pattern` under `flags`; on success the result holds the tree, otherwise the first
// syntax error. Flags with both `u` and `v` are an error (ParsePattern step 1).
RegExpParseResult parse_regexp(std::u16string_view pattern, RegExpFlags flags);

// The flags of a literal or of the RegExp constructor: any of `dgimsuvy`, each at most once,
// not both `u` and `v`. Returns nothing when the text is not valid flags.
std::optional<RegExpFlags> parse_regexp_flags(std::u16string_view flags);

// The early errors of a RegularExpressionLiteral (13.2.7.2): the flags, then the pattern.
std::optional<RegExpSyntaxError> validate_regexp_literal(std::u16string_view pattern, std::u16string_view flags);

}
