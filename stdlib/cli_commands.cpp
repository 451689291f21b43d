#include "stdlib/cli_commands.h"

#include "bytecode/generator.h"
#include "bytecode/template_printer.h"
#include "interpreter/modules.h"
#include "interpreter/script_evaluation.h"
#include "parser/ast_printer.h"
#include "parser/parser.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/module_record.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/exit_codes.h"
#include "stdlib/host_globals.h"
#include "stdlib/module_loader.h"
#include "stdlib/read_source.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_globals.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>

namespace sable::stdlib {

namespace {

// The names -e and -p code, and a program read from standard input, go by in messages, as in Node.
constexpr char const* kEvalName = "[eval]";
constexpr char const* kStdinName = "[stdin]";

// Without a program, `sable` on a terminal starts the REPL.
bool starts_repl(CliOptions const& options)
{
    return options.input == CliInput::None && uv_guess_handle(0) == UV_TTY;
}

// The source text the options name (without a program, all of standard input); prints why and
// returns nothing when a file is unreadable.
std::optional<parser::SourceFile> load_source(CliOptions const& options)
{
    if (options.input == CliInput::None) {
        std::string text;
        char buffer[65536];
        while (size_t count = std::fread(buffer, 1, sizeof buffer, stdin))
            text.append(buffer, count);
        return parser::SourceFile(kStdinName, std::move(text));
    }
    if (options.input != CliInput::File)
        return parser::SourceFile(kEvalName, options.code);
    std::string text;
    std::string error;
    if (!read_source_file(options.file, text, error)) {
        std::fprintf(stderr, "sable: cannot open '%s': %s\n", options.file.c_str(), error.c_str());
        return std::nullopt;
    }
    return parser::SourceFile(options.file, std::move(text));
}

std::shared_ptr<parser::SourceFile const> read_script_file(std::string const& path)
{
    std::string text;
    std::string error;
    if (!read_source_file(path, text, error)) {
        std::fprintf(stderr, "sable: cannot open '%s': %s\n", path.c_str(), error.c_str());
        return nullptr;
    }
    return std::make_shared<parser::SourceFile>(path, std::move(text));
}

// How the main program runs: `.mjs` files (and --module) as ES modules; other files as
// CommonJS modules, as in Node; -e and -p code, standard input (and --script) as classic
// scripts; no program on a terminal, the REPL.
enum class ProgramKind : uint8_t { Script, Module, CommonJS, Repl };

ProgramKind program_kind(CliOptions const& options)
{
    if (starts_repl(options))
        return ProgramKind::Repl;
    if (options.script)
        return ProgramKind::Script;
    if (options.module || (options.input == CliInput::File && options.file.ends_with(".mjs")))
        return ProgramKind::Module;
    return options.input == CliInput::File ? ProgramKind::CommonJS : ProgramKind::Script;
}

parser::Goal goal_for(CliOptions const& options)
{
    return program_kind(options) == ProgramKind::Module ? parser::Goal::Module : parser::Goal::Script;
}

// Compiles and runs one classic script in `realm`, then drains the task queues; an uncaught
// exception goes to the host (which exits unless process 'uncaughtException' takes it). A
// syntax error is reported on stderr and returns false.
bool run_script_file(NodeHost& host, std::shared_ptr<parser::SourceFile const> source, runtime::Value* completion)
{
    runtime::VM& vm = host.vm();
    auto compiled = interpreter::compile_script(vm, source);
    if (auto* error = std::get_if<parser::SyntaxError>(&compiled)) {
        std::fputs(parser::format_syntax_error(*source, *error).c_str(), stderr);
        return false;
    }
    auto result = interpreter::run_script(vm, host.realm(), std::get<bytecode::FunctionTemplate*>(compiled));
    if (result.is_throw())
        host.trigger_uncaught_exception(vm.take_pending_exception(), false);
    else if (completion)
        *completion = result.value();
    host.drain_task_queues();
    return true;
}

// Runs the main module's graph: loads, links and evaluates it, then the jobs it queued and the
// loop. Returns the exit status.
int run_main_module(NodeHost& host, ModuleLoader& loader, std::shared_ptr<parser::SourceFile const> source)
{
    runtime::VM& vm = host.vm();
    auto loaded = loader.load_main_module(host.realm(), source);
    if (loaded.is_throw())
        host.trigger_uncaught_exception(vm.take_pending_exception(), false);
    runtime::ModuleRecord& module = *loaded.value();
    if (interpreter::load_requested_modules(vm, module).is_throw() || interpreter::link_module(vm, module).is_throw())
        host.trigger_uncaught_exception(vm.take_pending_exception(), false);
    runtime::Promise* evaluated = interpreter::evaluate_module(vm, module);
    host.drain_task_queues();
    if (evaluated->state() == runtime::Promise::State::Rejected)
        host.trigger_uncaught_exception(evaluated->result(), false);
    int status = host.run_to_completion();
    if (evaluated->state() == runtime::Promise::State::Rejected)
        host.trigger_uncaught_exception(evaluated->result(), false);
    if (evaluated->state() == runtime::Promise::State::Pending) {
        // Nothing is left to settle the top-level await (Node: exit code 13).
        std::fflush(stdout);
        std::fprintf(stderr, "Warning: Detected unsettled top-level await in %s\n", source->name().c_str());
        return kExitUnsettledTopLevelAwait;
    }
    return status;
}

// Calls the function `name` the library module `id` exports, from the loop (an exception is
// uncaught); false if it threw.
bool call_library_function(NodeHost& host, char const* id, char const* name, std::span<runtime::Value const> arguments)
{
    runtime::VM& vm = host.vm();
    auto library = host.require_builtin(id);
    if (library.is_throw()) {
        host.trigger_uncaught_exception(vm.take_pending_exception(), false);
        return false;
    }
    runtime::Value function = runtime::get(vm, *library.value().as_object(), key(vm, name)).value();
    return host.call_into_js(function, runtime::Value::undefined(), arguments);
}

// Runs the program in the Node runtime: the --include scripts, then the main one, then the
// event loop until nothing keeps it alive.
int run_program(CliOptions const& options, std::shared_ptr<parser::SourceFile const> main_source)
{
    // $262.agent's agents (with --expose-test262), joined at exit.
    AgentGroup agents(options.heap);
    runtime::VM vm(options.heap);
    runtime::Realm* realm = runtime::Realm::create(vm);
    NodeHost host(vm, *realm, options);
    HostOptions host_options;
    host_options.expose_test262 = options.expose_test262;
    host_options.node = &host;
    if (options.expose_test262)
        host_options.agents = &agents;
    install_host_globals(vm, *realm, host_options);
    install_node_globals(host);
    // import statements and import() of every kind of program.
    ModuleLoader loader(vm, &host);
    host.set_module_loader(&loader);

    for (auto const& include : options.includes) {
        auto source = read_script_file(include);
        if (!source || !run_script_file(host, source, nullptr))
            return kExitFailure;
    }
    // A child made by child_process.fork: its IPC channel to the parent, before the program runs.
    if (std::getenv("NODE_CHANNEL_FD") && !call_library_function(host, "internal/ipc_channel", "setupChildChannel", {}))
        return kExitFailure;
    switch (program_kind(options)) {
    case ProgramKind::Repl: {
        // The REPL's globals module, exports and require, as for -e code.
        runtime::Value name = string_value(vm, "<repl>");
        if (!call_library_function(host, "internal/modules/cjs/loader", "setupEvalGlobals", { &name, 1 }))
            return kExitFailure;
        auto repl = host.require_builtin("internal/repl");
        if (repl.is_throw())
            host.trigger_uncaught_exception(vm.take_pending_exception(), false);
        auto start = runtime::get(vm, *repl.value().as_object(), key(vm, "start"));
        host.call_into_js(start.value(), runtime::Value::undefined(), {});
        break;
    }
    case ProgramKind::Module:
        return run_main_module(host, loader, main_source);
    case ProgramKind::CommonJS: {
        // The CommonJS loader (lib/internal/modules/cjs/loader.js) runs the main module.
        runtime::Value path = string_value(vm, main_source->name());
        call_library_function(host, "internal/modules/cjs/loader", "runMain", { &path, 1 });
        break;
    }
    case ProgramKind::Script: {
        if (options.input != CliInput::File) {
            // -e, -p and standard input code: Node's module globals, named like the source.
            runtime::Value name = string_value(vm, main_source->name());
            if (!call_library_function(host, "internal/modules/cjs/loader", "setupEvalGlobals", { &name, 1 }))
                return kExitFailure;
        }
        runtime::Value completion;
        if (!run_script_file(host, main_source, &completion))
            return kExitFailure;
        if (options.input == CliInput::Print) {
            // Node prints -p's result with console.log.
            runtime::Value console = runtime::get(vm, *realm->global_object(), key(vm, "console")).value();
            runtime::Value log = runtime::get(vm, *console.as_object(), key(vm, "log")).value();
            host.call_into_js(log, console, { &completion, 1 });
        }
        break;
    }
    }
    return host.run_to_completion();
}

}

int run_program_action(CliOptions const& options)
{
    if (options.action == CliAction::Run && starts_repl(options))
        return run_program(options, nullptr);
    auto source = load_source(options);
    if (!source)
        return kExitFailure;
    // A CommonJS module is parsed as a function body by its loader (it may `return`).
    if (options.action == CliAction::Run && program_kind(options) == ProgramKind::CommonJS)
        return run_program(options, std::make_shared<parser::SourceFile const>(std::move(*source)));

    parser::ParseOptions parse_options;
    parse_options.goal = goal_for(options);
    parser::ParsedProgram parsed = parser::parse_program(*source, parse_options);
    if (!parsed.ok()) {
        std::fputs(parser::format_syntax_error(*source, *parsed.error).c_str(), stderr);
        return kExitFailure;
    }

    switch (options.action) {
    case CliAction::Check:
        return kExitSuccess;
    case CliAction::PrintAst:
        std::fputs(parser::print_ast(*parsed.program, *source).c_str(), stdout);
        return kExitSuccess;
    case CliAction::PrintBytecode: {
        runtime::VM vm;
        runtime::Realm::create(vm);
        auto shared_source = std::make_shared<parser::SourceFile const>(*source);
        bool module = parse_options.goal == parser::Goal::Module;
        auto result = bytecode::generate_program(vm, parsed, shared_source,
            module ? bytecode::FunctionTemplateKind::Module : bytecode::FunctionTemplateKind::Script);
        if (auto* error = std::get_if<bytecode::GeneratorError>(&result)) {
            std::fputs(parser::format_syntax_error(*source, parser::SyntaxError { error->message, error->position }).c_str(), stderr);
            return kExitFailure;
        }
        std::fputs(bytecode::print_function_template(vm.heap(), *std::get<bytecode::FunctionTemplate*>(result)).c_str(), stdout);
        return kExitSuccess;
    }
    case CliAction::Run:
        return run_program(options, std::make_shared<parser::SourceFile const>(std::move(*source)));
    case CliAction::Version:
    case CliAction::Help:
        break; // handled by main
    }
    return kExitInvalidArgument;
}

}
