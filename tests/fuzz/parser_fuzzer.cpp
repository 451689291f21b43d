// libFuzzer target for the JavaScript parser (lexer, parser, early errors, scope analysis).
//
// Input: UTF-8 source text (invalid UTF-8 included: the lexer must cope). Each input is parsed
// twice, as a Script and as a Module. When the first byte is NUL (never valid at the start of a
// source text) the second byte picks the ParseOptions (bits below) and the source starts at the
// third byte; otherwise the options are the defaults and the whole input is the source, so that
// real JavaScript files (test262, the seed corpus) work as they are.
//
//   bit 0  strict                       bit 3  allow_super_call
//   bit 1  skip_scope_analysis          bit 4  in_class_field_initializer
//   bit 2  allow_new_target             bit 5  allow_private_names_without_class
//          + allow_super_property
//
// The parser must never crash, hang, or exhaust the stack; a failed parse must carry a message
// and a position inside the source, and format_syntax_error must accept it.

#include "parser/parser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using namespace sable::parser;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void parse_and_check(SourceFile const& file, ParseOptions const& options)
{
    ParsedProgram parsed = parse_program(file, options);
    if (parsed.ok()) {
        check(parsed.program != nullptr);
        check(parsed.program->is_module == (options.goal == Goal::Module));
        return;
    }
    SyntaxError const& error = *parsed.error;
    check(!error.message.empty());
    check(error.position.offset <= file.text().size());
    check(error.position.line >= 1 && error.position.column >= 1);
    std::string formatted = format_syntax_error(file, error);
    check(formatted.find("SyntaxError: ") != std::string::npos);
}

}

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size)
{
    ParseOptions options;
    if (size >= 2 && data[0] == 0) {
        uint8_t bits = data[1];
        options.strict = bits & 1;
        options.skip_scope_analysis = bits & 2;
        options.allow_new_target = options.allow_super_property = bits & 4;
        options.allow_super_call = bits & 8;
        options.in_class_field_initializer = bits & 16;
        options.allow_private_names_without_class = bits & 32;
        data += 2;
        size -= 2;
    }
    SourceFile file("fuzz.js", std::string(reinterpret_cast<char const*>(data), size));

    options.goal = Goal::Script;
    parse_and_check(file, options);
    options.goal = Goal::Module;
    parse_and_check(file, options);
    return 0;
}
