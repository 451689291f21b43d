// internalBinding('contextify'): what the vm module needs of the engine: checking and running
// script source text in the main realm or in a context (a realm whose global object is backed
// by a sandbox object), within a time limit if asked, and compiling a function from a body.

#include "interpreter/script_evaluation.h"
#include "parser/source.h"
#include "parser/syntax_error.h"
#include "runtime/contextified_global.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/execution_watchdog.h"
#include "stdlib/node_host.h"
#include "stdlib/uncaught_exception.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// The script source of arguments[first...]: code, filename, lineOffset, columnOffset (numbers,
// or undefined for 0).
ThrowCompletionOr<std::shared_ptr<parser::SourceFile const>> script_source(VM& vm, Arguments const& arguments, size_t first)
{
    std::string code = TRY(utf8_argument(vm, arguments.at(first)));
    std::string filename = TRY(utf8_argument(vm, arguments.at(first + 1)));
    auto source = std::make_shared<parser::SourceFile>(std::move(filename), std::move(code));
    double line_offset = arguments.at(first + 2).is_number() ? arguments.at(first + 2).as_number() : 0;
    double column_offset = arguments.at(first + 3).is_number() ? arguments.at(first + 3).as_number() : 0;
    source->set_position_offsets(int32_t(line_offset), int32_t(column_offset));
    return std::shared_ptr<parser::SourceFile const>(std::move(source));
}

// checkScript ( code, filename, lineOffset, columnOffset ): throws the SyntaxError of source
// text that is not a Script.
ThrowCompletionOr<Value> check_script(VM& vm, Arguments const& arguments)
{
    auto source = TRY(script_source(vm, arguments, 0));
    auto compiled = interpreter::compile_script(vm, source);
    auto* error = std::get_if<parser::SyntaxError>(&compiled);
    if (!error)
        return Value::undefined();
    // As in Node, the error's stack starts with where the code is wrong ("file:line", the line,
    // a caret), then a blank line.
    (void)vm.throw_syntax_error(NodeHost::from(vm).realm(), error->message);
    Value thrown = vm.take_pending_exception();
    Object& object = *thrown.as_object();
    Value stack = TRY(get(vm, object, key(vm, "stack")));
    if (stack.is_string()) {
        std::string excerpt = format_node_excerpt(*source, error->position.line, error->position.column);
        TRY(set(vm, object, key(vm, "stack"), string_value(vm, excerpt + "\n" + stack.as_string()->to_utf8(vm.heap())), true));
    }
    return vm.throw_value(thrown);
}

// Runs the script in `realm` within `timeout_ms` (0: no limit).
ThrowCompletionOr<Value> run_script(VM& vm, Realm& realm, std::shared_ptr<parser::SourceFile const> source, Value timeout_ms)
{
    ExecutionWatchdog watchdog(vm, timeout_ms.is_number() ? uint32_t(timeout_ms.as_number()) : 0);
    auto result = interpreter::evaluate_script(vm, realm, std::move(source));
    if (!watchdog.timed_out())
        return result;
    // Timed out, even if the script caught the error and returned.
    if (result.is_throw())
        vm.take_pending_exception();
    return watchdog.throw_timeout();
}

// runScriptInThisContext ( code, filename, lineOffset, columnOffset, timeout ): the completion
// value of the script.
ThrowCompletionOr<Value> run_script_in_this_context(VM& vm, Arguments const& arguments)
{
    return run_script(vm, NodeHost::from(vm).realm(), TRY(script_source(vm, arguments, 0)), arguments.at(4));
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

// runScriptInContext ( context, code, filename, lineOffset, columnOffset, timeout ): the
// completion value of the script, run in the context's realm.
ThrowCompletionOr<Value> run_script_in_context(VM& vm, Arguments const& arguments)
{
    Value context = arguments.at(0);
    if (!context.is_object() || context.as_object()->kind() != ObjectKind::ContextifiedGlobal)
        return vm.throw_type_error(vm.current_realm(), "runScriptInContext: not a context");
    Realm& realm = static_cast<ContextifiedGlobal*>(context.as_object())->realm();
    return run_script(vm, realm, TRY(script_source(vm, arguments, 1)), arguments.at(5));
}

// compileFunction ( body, filename, parameters, lineOffset, columnOffset ): a function of
// `parameters` (comma-separated).
ThrowCompletionOr<Value> compile_function(VM& vm, Arguments const& arguments)
{
    std::string body = TRY(utf8_argument(vm, arguments.at(0)));
    std::string filename = TRY(utf8_argument(vm, arguments.at(1)));
    std::string parameters = TRY(utf8_argument(vm, arguments.at(2)));
    int32_t line_offset = arguments.at(3).is_number() ? int32_t(arguments.at(3).as_number()) : 0;
    int32_t column_offset = arguments.at(4).is_number() ? int32_t(arguments.at(4).as_number()) : 0;
    return NodeHost::from(vm).compile_function(filename, parameters, std::move(body), line_offset, column_offset);
}

}

Object* create_contextify_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Object* binding = Object::create(vm, host.realm().object_prototype());
    define_native_method(vm, host.realm(), *binding, "checkScript", check_script, 4);
    define_native_method(vm, host.realm(), *binding, "runScriptInThisContext", run_script_in_this_context, 5);
    define_native_method(vm, host.realm(), *binding, "compileFunction", compile_function, 5);
    define_native_method(vm, host.realm(), *binding, "makeContext", make_context, 1);
    define_native_method(vm, host.realm(), *binding, "runScriptInContext", run_script_in_context, 6);
    return binding;
}

}
