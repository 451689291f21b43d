#include "stdlib/cli_commands.h"

#include "bytecode/generator.h"
#include "bytecode/template_printer.h"
#include "interpreter/modules.h"
#include "interpreter/script_evaluation.h"
#include "parser/ast_printer.h"
#include "parser/parser.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/module_record.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/exit_codes.h"
#include "stdlib/host_globals.h"
#include "stdlib/module_loader.h"
#include "stdlib/read_source.h"
#include "stdlib/uncaught_exception.h"
#include "stdlib/value_printer.h"

#include <cstdio>
#include <memory>
#include <optional>

namespace sable::stdlib {

namespace {

// The name -e and -p code goes by in messages, as in Node.
constexpr char const* kEvalName = "[eval]";

// The source text the options name; prints why and returns nothing when a file is unreadable.
std::optional<parser::SourceFile> load_source(CliOptions const& options)
{
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

// `.mjs` files are modules; `.js` and `.cjs` files (and -e code) are scripts unless --module.
// (package.json "type" comes with the module loader.)
parser::Goal goal_for(CliOptions const& options)
{
    if (options.script)
        return parser::Goal::Script;
    if (options.module)
        return parser::Goal::Module;
    if (options.input == CliInput::File && options.file.ends_with(".mjs"))
        return parser::Goal::Module;
    return parser::Goal::Script;
}

void report_uncaught(runtime::VM& vm, runtime::Value error)
{
    std::fflush(stdout);
    std::fputs(format_uncaught_exception(vm, error).c_str(), stderr);
}

// Compiles and runs one script in `realm`; reports a syntax error or an uncaught exception on
// stderr and returns false.
bool run_script_file(runtime::VM& vm, runtime::Realm& realm, std::shared_ptr<parser::SourceFile const> source,
    runtime::Value* completion)
{
    auto compiled = interpreter::compile_script(vm, source);
    if (auto* error = std::get_if<parser::SyntaxError>(&compiled)) {
        std::fputs(parser::format_syntax_error(*source, *error).c_str(), stderr);
        return false;
    }
    auto result = interpreter::run_script(vm, realm, std::get<bytecode::FunctionTemplate*>(compiled));
    // Then the promise jobs the script queued (a job that throws is an uncaught exception).
    if (!result.is_throw() && completion)
        *completion = result.value();
    if (result.is_throw() || vm.run_jobs().is_throw()) {
        report_uncaught(vm, vm.take_pending_exception());
        return false;
    }
    return true;
}

// Runs the main module's graph: loads, links and evaluates it, then the jobs it queued.
int run_main_module(runtime::VM& vm, runtime::Realm& realm, std::shared_ptr<parser::SourceFile const> source)
{
    ModuleLoader loader(vm);
    auto loaded = loader.load_main_module(realm, source);
    if (loaded.is_throw()) {
        report_uncaught(vm, vm.take_pending_exception());
        return kExitFailure;
    }
    runtime::ModuleRecord& module = *loaded.value();
    if (interpreter::load_requested_modules(vm, module).is_throw() || interpreter::link_module(vm, module).is_throw()) {
        report_uncaught(vm, vm.take_pending_exception());
        return kExitFailure;
    }
    runtime::Promise* evaluated = interpreter::evaluate_module(vm, module);
    if (vm.run_jobs().is_throw()) {
        report_uncaught(vm, vm.take_pending_exception());
        return kExitFailure;
    }
    switch (evaluated->state()) {
    case runtime::Promise::State::Fulfilled:
        return kExitSuccess;
    case runtime::Promise::State::Rejected:
        report_uncaught(vm, evaluated->result());
        return kExitFailure;
    case runtime::Promise::State::Pending:
        // Nothing is left to settle the top-level await (Node: exit code 13).
        std::fflush(stdout);
        std::fprintf(stderr, "Warning: Detected unsettled top-level await in %s\n", source->name().c_str());
        return kExitUnsettledTopLevelAwait;
    }
    return kExitFailure;
}

// Runs the program: the --include scripts, then the main one, in one realm.
int run_program(CliOptions const& options, std::shared_ptr<parser::SourceFile const> main_source, bool module)
{
    runtime::VM vm(options.heap);
    runtime::Realm* realm = runtime::Realm::create(vm);
    HostOptions host;
    host.expose_test262 = options.expose_test262;
    install_host_globals(vm, *realm, host);

    for (auto const& include : options.includes) {
        auto source = read_script_file(include);
        if (!source || !run_script_file(vm, *realm, source, nullptr))
            return kExitFailure;
    }
    if (module)
        return run_main_module(vm, *realm, main_source);
    runtime::Value completion;
    if (!run_script_file(vm, *realm, main_source, &completion))
        return kExitFailure;
    if (options.input == CliInput::Print) {
        std::string text = print_value(vm, completion) + "\n";
        std::fwrite(text.data(), 1, text.size(), stdout);
    }
    return kExitSuccess;
}

}

int run_program_action(CliOptions const& options)
{
    auto source = load_source(options);
    if (!source)
        return kExitFailure;

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
        return run_program(options, std::make_shared<parser::SourceFile const>(std::move(*source)),
            parse_options.goal == parser::Goal::Module);
    case CliAction::Version:
    case CliAction::Help:
        break; // handled by main
    }
    return kExitInvalidArgument;
}

}
