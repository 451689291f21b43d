#include "interpreter/script_evaluation.h"

#include "bytecode/generator.h"
#include "interpreter/interpreter.h"
#include "parser/parser.h"
#include "runtime/environment.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;

std::variant<bytecode::FunctionTemplate*, parser::SyntaxError> compile_script(VM& vm,
    std::shared_ptr<parser::SourceFile const> source, ScriptOptions const& options)
{
    parser::ParseOptions parse_options;
    parse_options.goal = parser::Goal::Script;
    parse_options.strict = options.strict;
    parser::ParsedProgram parsed = parser::parse_program(*source, parse_options);
    if (!parsed.ok())
        return *parsed.error;
    auto generated = bytecode::generate_program(vm, parsed, source, bytecode::FunctionTemplateKind::Script);
    if (auto* error = std::get_if<bytecode::GeneratorError>(&generated))
        return parser::SyntaxError { error->message, error->position };
    return std::get<bytecode::FunctionTemplate*>(generated);
}

// ScriptEvaluation ( scriptRecord ) — https://tc39.es/ecma262/#sec-runtime-semantics-scriptevaluation
ThrowCompletionOr<Value> run_script(VM& vm, Realm& realm, bytecode::FunctionTemplate* script)
{
    // 1-12. The script runs in the realm's global environment with the global this; its
    // first instruction performs GlobalDeclarationInstantiation.
    GlobalEnvironment* global = realm.global_environment();
    Realm* caller_realm = vm.has_current_realm() ? &vm.current_realm() : nullptr;
    vm.set_current_realm(&realm);
    auto result = run_top_level(vm, realm, script, global, Value::object(global->global_this()));
    if (caller_realm)
        vm.set_current_realm(caller_realm);
    return result;
}

ThrowCompletionOr<Value> evaluate_script(VM& vm, Realm& realm, std::shared_ptr<parser::SourceFile const> source,
    ScriptOptions const& options)
{
    auto compiled = compile_script(vm, std::move(source), options);
    if (auto* error = std::get_if<parser::SyntaxError>(&compiled))
        return vm.throw_syntax_error(realm, error->message);
    return run_script(vm, realm, std::get<bytecode::FunctionTemplate*>(compiled));
}

}
