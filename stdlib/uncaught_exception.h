#pragma once
// The report of an exception nothing caught, as Node prints it on stderr:
//   file:line              where it was thrown (the VM's throw site), when known
//   <source line>
//   <caret>
//                          (an empty line, for errors)
//   <the error's stack, or Name: message; or the thrown value>

#include "runtime/value.h"

#include <cstdint>
#include <string>

namespace sable::parser {
class SourceFile;
}

namespace sable::runtime {
class VM;
}

namespace sable::stdlib {

// `with_site`: start with the throw site's excerpt (not for rejected promises, whose throw site
// is long gone).
std::string format_uncaught_exception(runtime::VM&, runtime::Value exception, bool with_site = true);

// The excerpt of a position in Node's form: "file:line", the line, a caret.
std::string format_node_excerpt(parser::SourceFile const&, uint32_t line, uint32_t column);

}
