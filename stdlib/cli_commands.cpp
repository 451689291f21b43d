#include "stdlib/cli_commands.h"

#include "bytecode/generator.h"
#include "bytecode/template_printer.h"
#include "parser/ast_printer.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "parser/parser.h"
#include "stdlib/exit_codes.h"
#include "stdlib/read_source.h"

#include <cstdio>
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

// `.mjs` files are modules; `.js` and `.cjs` files (and -e code) are scripts unless --module.
// (package.json "type" comes with the module loader.)
parser::Goal goal_for(CliOptions const& options)
{
    if (options.module)
        return parser::Goal::Module;
    if (options.input == CliInput::File && options.file.ends_with(".mjs"))
        return parser::Goal::Module;
    return parser::Goal::Script;
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
        // Never pretend: the program parsed, but nothing can run it yet.
        std::fputs("sable: executing JavaScript is not implemented yet (the interpreter arrives with the "
                   "core VM); use --check or --print-ast\n",
            stderr);
        return kExitNotImplemented;
    case CliAction::Version:
    case CliAction::Help:
        break; // handled by main
    }
    return kExitInvalidArgument;
}

}
