#pragma once
// Helpers shared by the parser unit tests: parsing a snippet, checking that it fails with a
// SyntaxError at a given place, reaching into the AST, and printing an AST as a compact
// S-expression so a test can state the expected tree in one line.

#include "parser/lexer.h"
#include "parser/parser.h"
#include "parser/scope_analysis.h"

#include <gtest/gtest.h>

#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace sable::parser::test {

// A parse result together with the source it came from (kept alive for the whole test).
struct Parsed {
    std::unique_ptr<SourceFile> source;
    ParsedProgram result;

    bool ok() const { return result.ok(); }
    Program& program() const;
    // Formats the error (if any) for a failure message.
    std::string describe_error() const;
};

Parsed parse(std::string_view text, ParseOptions const& options);
Parsed parse(std::string_view text, Goal goal = Goal::Script);

// EXPECT_TRUE(parses("...")) reports the SyntaxError when parsing fails.
::testing::AssertionResult parses(std::string_view text, Goal goal = Goal::Script);
::testing::AssertionResult parses_with(std::string_view text, ParseOptions const& options);
// EXPECT_TRUE(fails("...")) reports when the text parses although it should not.
::testing::AssertionResult fails(std::string_view text, Goal goal = Goal::Script);
::testing::AssertionResult fails_with(std::string_view text, ParseOptions const& options);
// EXPECT_TRUE(fails_at("...", line, column)): a SyntaxError reported at exactly that place.
::testing::AssertionResult fails_at(std::string_view text, uint32_t line, uint32_t column, Goal goal = Goal::Script);

// The SyntaxError of a text that must not parse. Throws (failing the test) if it parses.
SyntaxError parse_error(std::string_view text, Goal goal = Goal::Script);

// The AST of a text that must parse. Throws (failing the test) if it does not.
// The returned Parsed owns the tree.
Parsed parse_ok(std::string_view text, Goal goal = Goal::Script);

// The whole program as an S-expression (see ast_printer.cpp for the notation), or
// "SyntaxError: <message> at line:column".
std::string sexpr(std::string_view text, Goal goal = Goal::Script);
std::string sexpr(Node const*);

// The name of a node kind, from ast_nodes.def.
char const* kind_name(NodeKind);

// Checks a node's kind and casts it; throws (failing the test with a description) otherwise.
template<typename T>
T& node_as(Node* node, NodeKind kind)
{
    if (!node)
        throw std::runtime_error(std::string("expected ") + kind_name(kind) + ", got a null node");
    if (node->kind != kind)
        throw std::runtime_error(std::string("expected ") + kind_name(kind) + ", got " + kind_name(node->kind));
    return node->as<T>();
}

// The program's only statement (throws if there are several or none).
Statement* only_statement(Parsed const&);
// The expression of the program's only statement, which must be an ExpressionStatement.
Expression* only_expression(Parsed const&);

std::string to_utf8(std::u16string_view);

// Every Identifier node that is a reference or a binding (not a property name), in source order.
std::vector<Identifier*> identifiers(Parsed const&);
// The `occurrence`-th (0-based, in source order) Identifier node spelling `name` that is a
// reference or a binding, not a property name. Throws if there is none.
Identifier& find_identifier(Parsed const&, std::string_view name, uint32_t occurrence = 0);
// The first function node (declaration, expression, method) named `name`. Throws if none.
FunctionNode& find_function(Parsed const&, std::string_view name);

}
