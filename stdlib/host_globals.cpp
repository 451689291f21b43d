#include "stdlib/host_globals.h"

#include "gc/heap.h"
#include "interpreter/script_evaluation.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/test262_agent_object.h"
#include "stdlib/value_printer.h"

#include <cstdio>
#include <memory>

namespace sable::stdlib {

using namespace runtime;

namespace {

HostOptions const& host_options(VM& vm) { return *static_cast<HostOptions const*>(vm.embedder_data()); }

Realm& callee_realm(Arguments const& arguments) { return static_cast<NativeFunction*>(arguments.callee)->realm(); }

// Defines a built-in method on `object` (writable, not enumerable, configurable).
void define_method(VM& vm, Realm& realm, Object& object, std::string_view name, NativeFunctionPointer function, uint32_t length)
{
    String* atom = vm.atoms().intern_latin1(name);
    NativeFunction* native = NativeFunction::create(vm, realm, function, atom, length);
    MUST(define_property_or_throw(vm, object, PropertyKey::from_atom(atom), PropertyDescriptor::data(Value::object(native), true, false, true)));
}

void define_value(VM& vm, Object& object, std::string_view name, Value value)
{
    MUST(define_property_or_throw(vm, object, PropertyKey::from_atom(vm.atoms().intern_latin1(name)),
        PropertyDescriptor::data(value, true, false, true)));
}

// console.log and friends: the arguments printed like util.inspect, separated by spaces.
std::string format_arguments(VM& vm, Arguments const& arguments)
{
    std::string line;
    for (size_t i = 0; i < arguments.size(); ++i) {
        if (i)
            line += ' ';
        line += print_value(vm, arguments.values[i]);
    }
    return line;
}

ThrowCompletionOr<Value> console_stdout(VM& vm, Arguments const& arguments)
{
    std::string line = format_arguments(vm, arguments) + "\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
    return Value::undefined();
}

ThrowCompletionOr<Value> console_stderr(VM& vm, Arguments const& arguments)
{
    std::fflush(stdout);
    std::string line = format_arguments(vm, arguments) + "\n";
    std::fwrite(line.data(), 1, line.size(), stderr);
    return Value::undefined();
}

// print ( ...args ): the arguments' ToString, separated by spaces, as one line.
ThrowCompletionOr<Value> print(VM& vm, Arguments const& arguments)
{
    std::string line;
    for (size_t i = 0; i < arguments.size(); ++i) {
        if (i)
            line += ' ';
        line += TRY(to_string(vm, arguments.values[i]))->to_utf8(vm.heap());
    }
    auto const& options = host_options(vm);
    if (options.print_sink) {
        options.print_sink(line);
    } else {
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
    }
    return Value::undefined();
}

Object* install_test262_object(VM&, Realm&, HostOptions const&);

// $262.createRealm ( ): a new realm with the host globals; returns its $262.
ThrowCompletionOr<Value> create_realm(VM& vm, Arguments const&)
{
    Realm* realm = Realm::create(vm);
    install_host_globals(vm, *realm, host_options(vm));
    auto dollar = MUST(get(vm, *realm->global_object(), PropertyKey::from_atom(vm.atoms().intern_latin1("$262"))));
    return dollar;
}

// $262.evalScript ( sourceText ): runs a Script in the callee's realm; early errors throw.
ThrowCompletionOr<Value> eval_script(VM& vm, Arguments const& arguments)
{
    String* source = TRY(to_string(vm, arguments.at(0)));
    auto file = std::make_shared<parser::SourceFile>("evalScript", source->to_utf8(vm.heap()));
    return interpreter::evaluate_script(vm, callee_realm(arguments), std::move(file));
}

// $262.IsHTMLDDA: returns null when called with no arguments or with "" (test262's INTERPRETING.md).
ThrowCompletionOr<Value> html_dda_call(VM&, Arguments const& arguments)
{
    Value first = arguments.at(0);
    if (arguments.size() == 0 || (first.is_string() && first.as_string()->is_empty()))
        return Value::null();
    return Value::undefined();
}

ThrowCompletionOr<Value> collect_garbage(VM& vm, Arguments const&)
{
    vm.heap().collect(gc::CollectionKind::Full);
    return Value::undefined();
}

// $262.detachArrayBuffer ( buffer ): DetachArrayBuffer(buffer) (a TypeError for anything that is
// not an ArrayBuffer, and for a SharedArrayBuffer).
ThrowCompletionOr<Value> detach_array_buffer(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = as_any_array_buffer(arguments.at(0));
    if (!buffer)
        return vm.throw_type_error(ErrorType::NotA, { "$262.detachArrayBuffer", "ArrayBuffer" });
    TRY(runtime::detach_array_buffer(vm, *buffer));
    return Value::null();
}

void install_console(VM& vm, Realm& realm, Object& global)
{
    Object* console = Object::create(vm, realm.object_prototype());
    define_method(vm, realm, *console, "log", console_stdout, 0);
    define_method(vm, realm, *console, "info", console_stdout, 0);
    define_method(vm, realm, *console, "debug", console_stdout, 0);
    define_method(vm, realm, *console, "warn", console_stderr, 0);
    define_method(vm, realm, *console, "error", console_stderr, 0);
    define_value(vm, global, "console", Value::object(console));
}

Object* install_test262_object(VM& vm, Realm& realm, HostOptions const& options)
{
    Object* dollar = Object::create(vm, realm.object_prototype());
    define_method(vm, realm, *dollar, "createRealm", create_realm, 0);
    define_method(vm, realm, *dollar, "evalScript", eval_script, 1);
    define_method(vm, realm, *dollar, "gc", collect_garbage, 0);
    define_method(vm, realm, *dollar, "detachArrayBuffer", detach_array_buffer, 1);
    define_value(vm, *dollar, "global", Value::object(realm.global_object()));
    define_value(vm, *dollar, "IsHTMLDDA", Value::object(NativeFunction::create_is_html_dda(vm, realm, html_dda_call)));
    if (options.agents)
        define_value(vm, *dollar, "agent", Value::object(create_test262_agent_object(vm, realm, options)));
    return dollar;
}

}

void install_host_globals(VM& vm, Realm& realm, HostOptions const& options)
{
    vm.set_embedder_data(const_cast<HostOptions*>(&options));
    Object& global = *realm.global_object();
    if (!options.node)
        install_console(vm, realm, global);

    if (options.expose_test262) {
        define_method(vm, realm, global, "print", print, 0);
        define_value(vm, global, "$262", Value::object(install_test262_object(vm, realm, options)));
    }
}

}
