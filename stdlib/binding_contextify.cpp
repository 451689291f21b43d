// internalBinding('contextify'): what the vm module needs of the engine: checking and running
// script source text in the main realm, and compiling a function from a body.

#include "interpreter/script_evaluation.h"
#include "parser/source.h"
#include "parser/syntax_error.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

std::shared_ptr<parser::SourceFile const> script_source(std::string filename, std::string code)
{
    return std::make_shared<parser::SourceFile const>(std::move(filename), std::move(code));
}

// checkScript ( code, filename ): throws the SyntaxError of source text that is not a Script.
ThrowCompletionOr<Value> check_script(VM& vm, Arguments const& arguments)
{
    std::string code = TRY(utf8_argument(vm, arguments.at(0)));
    std::string filename = TRY(utf8_argument(vm, arguments.at(1)));
    auto compiled = interpreter::compile_script(vm, script_source(std::move(filename), std::move(code)));
    if (auto* error = std::get_if<parser::SyntaxError>(&compiled))
        return vm.throw_syntax_error(NodeHost::from(vm).realm(), error->message);
    return Value::undefined();
}

// runScriptInThisContext ( code, filename ): the completion value of the script.
ThrowCompletionOr<Value> run_script_in_this_context(VM& vm, Arguments const& arguments)
{
    std::string code = TRY(utf8_argument(vm, arguments.at(0)));
    std::string filename = TRY(utf8_argument(vm, arguments.at(1)));
    return interpreter::evaluate_script(vm, NodeHost::from(vm).realm(), script_source(std::move(filename), std::move(code)));
}

// compileFunction ( body, filename, parameters ): a function of `parameters` (comma-separated).
ThrowCompletionOr<Value> compile_function(VM& vm, Arguments const& arguments)
{
    std::string body = TRY(utf8_argument(vm, arguments.at(0)));
    std::string filename = TRY(utf8_argument(vm, arguments.at(1)));
    std::string parameters = TRY(utf8_argument(vm, arguments.at(2)));
    return NodeHost::from(vm).compile_function(filename, parameters, std::move(body));
}

}

Object* create_contextify_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Object* binding = Object::create(vm, host.realm().object_prototype());
    define_native_method(vm, host.realm(), *binding, "checkScript", check_script, 2);
    define_native_method(vm, host.realm(), *binding, "runScriptInThisContext", run_script_in_this_context, 2);
    define_native_method(vm, host.realm(), *binding, "compileFunction", compile_function, 3);
    return binding;
}

}
