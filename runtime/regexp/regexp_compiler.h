#pragma once
// The regular-expression compiler: a parsed pattern (RegExpTree) to the matcher's instructions
// (RegExpProgram), following 22.2.2 Pattern Semantics
// (https://tc39.es/ecma262/#sec-pattern-semantics): each CompileSubpattern case becomes a run
// of instructions instead of a closure, and lookbehind bodies are compiled to match backwards.

#include "runtime/regexp/regexp_ast.h"
#include "runtime/regexp/regexp_program.h"

#include <memory>

namespace sable::regexp {

std::unique_ptr<RegExpProgram> compile_regexp(RegExpTree const&);

}
