// internalBinding('contextify'): what the vm module needs of the engine: checking and running
// script source text in the main realm or in a context (a realm whose global object is backed
// by a sandbox object), and compiling a function from a body.

#include "interpreter/script_evaluation.h"
#include "parser/source.h"
#include "parser/syntax_error.h"
#include "runtime/contextified_global.h"
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

// makeContext ( sandbox ): a new realm (its own built-ins, none of the host's globals) whose
// global object is backed by `sandbox`; returns that global object, the context's handle.
ThrowCompletionOr<Value> make_context(VM& vm, Arguments const& arguments)
{
    if (!arguments.at(0).is_object())
        return vm.throw_type_error(vm.current_realm(), "makeContext: the sandbox must be an object");
    Realm* realm = Realm::create(vm, Realm::GlobalObjectKind::Contextified);
    auto& global = static_cast<ContextifiedGlobal&>(*realm->global_object());
    global.attach_sandbox(vm.heap(), *arguments.at(0).as_object());
    return Value::object(&global);
}

// runScriptInContext ( context, code, filename ): the completion value of the script, run in
// the context's realm.
ThrowCompletionOr<Value> run_script_in_context(VM& vm, Arguments const& arguments)
{
    Value context = arguments.at(0);
    if (!context.is_object() || context.as_object()->kind() != ObjectKind::ContextifiedGlobal)
        return vm.throw_type_error(vm.current_realm(), "runScriptInContext: not a context");
    std::string code = TRY(utf8_argument(vm, arguments.at(1)));
    std::string filename = TRY(utf8_argument(vm, arguments.at(2)));
    Realm& realm = static_cast<ContextifiedGlobal*>(context.as_object())->realm();
    return interpreter::evaluate_script(vm, realm, script_source(std::move(filename), std::move(code)));
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
    define_native_method(vm, host.realm(), *binding, "makeContext", make_context, 1);
    define_native_method(vm, host.realm(), *binding, "runScriptInContext", run_script_in_context, 3);
    return binding;
}

}
