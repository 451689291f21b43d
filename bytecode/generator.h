#pragma once
// The bytecode generator: from a parsed, scope-analysed program to FunctionTemplates
// (DESIGN.md, pipeline). It walks the AST once per function, allocating registers above the
// locals that scope analysis placed, one feedback slot per property access, call and
// arithmetic site, constants in the template's pool, and nested functions as nested templates
// (compiled eagerly). Generation itself never runs JavaScript.

#include "bytecode/function_template.h"
#include "parser/parser.h"

#include <memory>
#include <string>
#include <variant>

namespace sable::runtime {
class VM;
}

namespace sable::bytecode {

// A limit the bytecode cannot express (too many registers or constants in one function...):
// reported like a SyntaxError at the offending node.
struct GeneratorError {
    std::string message;
    parser::SourcePosition position;
};

using GeneratorResult = std::variant<FunctionTemplate*, GeneratorError>;

// Compiles a Script, Module or eval Program parsed from `source` (kept alive by the templates
// for error positions and Function.prototype.toString). The top-level template's kind is
// Script, Module or Eval accordingly.
GeneratorResult generate_program(runtime::VM&, parser::ParsedProgram const&, std::shared_ptr<parser::SourceFile const> source,
    FunctionTemplateKind top_level_kind);

}
