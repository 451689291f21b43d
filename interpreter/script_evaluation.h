#pragma once
// Scripts (ECMA-262 16.1): ParseScript compiles source text to a template (early errors come
// back as a parser::SyntaxError with its position, for hosts that report them), and
// ScriptEvaluation runs it in a realm's global environment.

#include "parser/syntax_error.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <memory>
#include <variant>

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::parser {
class SourceFile;
}

namespace sable::runtime {
class Realm;
class VM;
}

namespace sable::interpreter {

struct ScriptOptions {
    bool strict { false }; // as if the source began with "use strict"
};

// ParseScript ( sourceText, realm, hostDefined ) plus compilation to bytecode.
std::variant<bytecode::FunctionTemplate*, parser::SyntaxError> compile_script(runtime::VM&,
    std::shared_ptr<parser::SourceFile const>, ScriptOptions const& = {});

// ScriptEvaluation ( scriptRecord ): the script's completion value.
runtime::ThrowCompletionOr<runtime::Value> run_script(runtime::VM&, runtime::Realm&, bytecode::FunctionTemplate*);

// Both, an early error being thrown as a SyntaxError from `realm` ($262.evalScript, hosts).
runtime::ThrowCompletionOr<runtime::Value> evaluate_script(runtime::VM&, runtime::Realm&,
    std::shared_ptr<parser::SourceFile const>, ScriptOptions const& = {});

}
