#include "interpreter/dynamic_function.h"

#include "bytecode/function_template.h"
#include "bytecode/generator.h"
#include "bytecode/global_declarations.h"
#include "interpreter/frame.h"
#include "parser/parser.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/environment.h"
#include "runtime/function_object.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;

// CreateDynamicFunction — https://tc39.es/ecma262/#sec-createdynamicfunction
ThrowCompletionOr<Value> create_dynamic_function(VM& vm, Object& constructor, Object* new_target, DynamicFunctionKind kind,
    std::span<Value const> arguments)
{
    Realm& realm = vm.current_realm();
    // 5-10. P: the parameters joined with ","; bodyString: "\n" + body + "\n".
    std::string parameters;
    for (size_t i = 0; i + 1 < arguments.size(); ++i) {
        if (i)
            parameters += ',';
        parameters += TRY(to_string(vm, arguments[i]))->to_utf8(vm.heap());
    }
    std::string body = arguments.empty() ? std::string() : TRY(to_string(vm, arguments.back()))->to_utf8(vm.heap());
    // 3-4. The prefix ("function", "function*", "async function" or "async function*") and
    //      fallbackProto for the kind.
    std::string keyword = kind == DynamicFunctionKind::Generator ? "function*"
        : kind == DynamicFunctionKind::Async                     ? "async function"
        : kind == DynamicFunctionKind::AsyncGenerator            ? "async function*"
                                                                 : "function";
    IntrinsicGetter fallback_prototype = kind == DynamicFunctionKind::Generator ? &Realm::generator_function_prototype
        : kind == DynamicFunctionKind::Async                                    ? &Realm::async_function_prototype
        : kind == DynamicFunctionKind::AsyncGenerator                           ? &Realm::async_generator_function_prototype
                                                                                : &Realm::function_prototype;
    std::string prefix = keyword + " anonymous(";
    std::string source_text = prefix + parameters + "\n) {\n" + body + "\n}";
    // 11-18. The parameters and the body must each parse on their own, so neither can close
    // the other's part early ("/*", "*/){"); then the whole is parsed as one declaration.
    parser::ParseOptions options;
    for (std::string const& alone : { prefix + parameters + "\n) {}", keyword + " anonymous() {\n" + body + "\n}" }) {
        parser::SourceFile part("anonymous", alone);
        auto checked = parser::parse_program(part, options);
        if (!checked.ok())
            return vm.throw_syntax_error(realm, checked.error->message);
    }
    auto source = std::make_shared<parser::SourceFile const>("anonymous", source_text, vm.interpreter_stack().calling_code_origin());
    parser::ParsedProgram parsed = parser::parse_program(*source, options);
    if (!parsed.ok())
        return vm.throw_syntax_error(realm, parsed.error->message);
    auto const& statements = parsed.program->body;
    if (statements.size() != 1 || !statements[0]->is(parser::NodeKind::FunctionDeclaration))
        return vm.throw_syntax_error(realm, "Function arguments or body are malformed");
    auto const& function = statements[0]->as<parser::FunctionNode>();
    uint32_t parameters_end = uint32_t(prefix.size() + parameters.size());
    bool parameters_contained = true;
    for (auto* parameter : function.parameters)
        parameters_contained = parameters_contained && parameter->end <= parameters_end;
    bool body_contained = function.end == source_text.size()
        && (function.body.empty() || function.body.front()->start.offset > parameters_end);
    if (!parameters_contained || !body_contained)
        return vm.throw_syntax_error(realm, "Function arguments or body are malformed");
    auto generated = bytecode::generate_program(vm, parsed, source, bytecode::FunctionTemplateKind::Script);
    if (auto* error = std::get_if<bytecode::GeneratorError>(&generated))
        return vm.throw_syntax_error(realm, error->message);
    // The script's one declaration is the function: take its template.
    auto* script = std::get<bytecode::FunctionTemplate*>(generated);
    bytecode::FunctionTemplate* function_template = nullptr;
    for (uint32_t i = 0; i < script->constant_count() && !function_template; ++i) {
        Value constant = script->constant(i);
        if (!constant.is_internal_cell() || constant.as_internal_cell()->cell_kind() != gc::CellKind::ValueArray)
            continue;
        bytecode::GlobalDeclarations declarations(*static_cast<ValueArray*>(constant.as_internal_cell()));
        if (declarations.function_count() == 1)
            function_template = declarations.function(0).function;
    }
    if (!function_template)
        return vm.throw_syntax_error(realm, "Function arguments or body are malformed");
    // 19-20. [[Prototype]] from newTarget (fallbackProto by default); the global scope. (A
    //        generator's "prototype" object is made with the closure.)
    Object* target = new_target ? new_target : &constructor;
    Object* prototype = TRY(get_prototype_from_constructor(vm, *target, fallback_prototype));
    auto* closure = FunctionObject::create(vm, realm, function_template, realm.global_environment(), prototype);
    return Value::object(closure);
}

}
