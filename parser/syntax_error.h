#pragma once

#include "parser/source.h"

#include <string>

namespace sable::parser {

// The first early or grammar error found in a source text.
struct SyntaxError {
    std::string message;
    SourcePosition position;
};

// Formats an error the way the `sable` CLI prints it:
//   file:line:col
//   <source line>
//   <caret under the column>
//
//   SyntaxError: <message>
std::string format_syntax_error(SourceFile const&, SyntaxError const&);

}
