#pragma once
// The parser's entry point: source text in, AST with resolved scopes (or the first SyntaxError) out.

#include "parser/arena.h"
#include "parser/ast.h"
#include "parser/atom_table.h"
#include "parser/source.h"
#include "parser/syntax_error.h"

#include <memory>
#include <optional>

namespace sable::parser {

enum class Goal : uint8_t {
    Script, // 16.1 Scripts
    Module, // 16.2 Modules
};

struct ParseOptions {
    Goal goal { Goal::Script };
    // Parse as if the code were nested in strict code (for strict eval and `--use-strict`).
    bool strict { false };
    // Skip scope analysis (early errors about declarations are then not reported).
    bool skip_scope_analysis { false };

    // Direct eval (19.2.1.1 PerformEval): what the code around the call allows.
    bool allow_new_target { false };
    bool allow_super_property { false };
    bool allow_super_call { false };
    bool in_class_field_initializer { false };
    // Inside a class body, private names are validated against the enclosing classes at run time.
    bool allow_private_names_without_class { false };
};

// Owns everything the AST points into. Movable, never copied.
struct ScopeTree;

struct ParsedProgram {
    ParsedProgram();
    ParsedProgram(ParsedProgram&&) noexcept;
    ParsedProgram& operator=(ParsedProgram&&) noexcept;
    ~ParsedProgram();

    std::unique_ptr<Arena> arena;
    std::unique_ptr<AtomTable> atoms;
    std::unique_ptr<ScopeTree> scopes;
    Program* program { nullptr };
    std::optional<SyntaxError> error;

    bool ok() const { return !error.has_value(); }
};

// Parses `source` as a Script or Module, runs scope analysis, and reports every early error
// of the specification as a SyntaxError (the first one found).
ParsedProgram parse_program(SourceFile const& source, ParseOptions const& options = {});

}
