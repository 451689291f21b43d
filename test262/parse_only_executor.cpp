#include "test262/parse_only_executor.h"

#include "parser/parser.h"

namespace sable::test262 {

namespace {

std::string describe(parser::SyntaxError const& error, Variant variant)
{
    // The strict variant's prefix is one line; report lines of the file as written.
    uint32_t line = error.position.line;
    if (variant == Variant::Strict && line > 1)
        --line;
    return "SyntaxError: " + error.message + " (line " + std::to_string(line) + ", column "
        + std::to_string(error.position.column) + ")";
}

}

RunOutcome ParseOnlyExecutor::run(RunInput const& input) const
{
    parser::ParseOptions options;
    options.goal = input.variant == Variant::Module ? parser::Goal::Module : parser::Goal::Script;
    parser::SourceFile file(std::string(input.path), variant_source(input.source, input.variant));
    auto parsed = parser::parse_program(file, options);

    // Resolution and runtime negatives must parse; only parse-phase ones must not.
    auto const& negative = input.meta.negative;
    if (negative && negative->phase == NegativePhase::Parse) {
        if (parsed.ok())
            return { false, "expected a parse-time " + negative->type + ", but the source parsed" };
        if (negative->type != "SyntaxError")
            return { false, "expected a parse-time " + negative->type + ", got " + describe(*parsed.error, input.variant) };
        return { true, {} };
    }
    if (!parsed.ok())
        return { false, describe(*parsed.error, input.variant) };
    return { true, {} };
}

}
