#include "parser/parser_internals.h"
#include "parser/scope_analysis.h"
#include "parser/stack_limit.h"

#include <cstdio>

namespace sable::parser {

namespace {

// How much native stack the parser may use before it reports nesting as too deep.
constexpr size_t kMaxStackUse = 3 * 1024 * 1024;

}

Parser::Parser(SourceFile const& source, Arena& arena, AtomTable& atoms, ParseOptions const& options)
    : m_source(source)
    , m_arena(arena)
    , m_atoms(atoms)
    , m_options(options)
    , m_lexer(source, arena, atoms, options.goal == Goal::Module)
    , m_is_module(options.goal == Goal::Module)
{
    m_stack_limit = native_stack_limit(kMaxStackUse);
}

// --- Tokens

void Parser::advance()
{
    m_previous_end = m_token.end;
    if (m_has_peeked) {
        m_token = m_peeked;
        m_lexer.restore(m_after_peeked);
        m_has_peeked = false;
    } else {
        m_token = m_lexer.next();
    }
    if (m_token.kind == TokenKind::Invalid || (m_lexer.error() && !m_error)) {
        if (!m_error)
            m_error = *m_lexer.error();
        m_token.kind = TokenKind::EndOfSource;
    }
}

Token const& Parser::peek()
{
    if (!m_has_peeked) {
        auto state = m_lexer.save();
        m_peeked = m_lexer.next();
        m_after_peeked = m_lexer.save();
        m_lexer.restore(state);
        m_has_peeked = true;
    }
    return m_peeked;
}

void Parser::restore_state(SavedState const& state)
{
    m_lexer.restore(state.lexer);
    m_token = state.token;
    m_previous_end = state.previous_end;
    m_has_peeked = state.has_peeked;
    m_peeked = state.peeked;
    m_after_peeked = state.after_peeked;
}

bool Parser::eat(TokenKind kind)
{
    if (m_token.kind != kind)
        return false;
    advance();
    return true;
}

void Parser::expect(TokenKind kind)
{
    if (!eat(kind))
        fail_unexpected();
}

// 12.10.1 Rules of Automatic Semicolon Insertion
void Parser::consume_semicolon()
{
    if (eat(TokenKind::Semicolon))
        return;
    if (at(TokenKind::RightBrace) || at(TokenKind::EndOfSource) || m_token.newline_before)
        return;
    fail_unexpected();
}

bool Parser::at_identifier_name() const
{
    return m_token.kind == TokenKind::Identifier || is_keyword(m_token.kind);
}

// --- Errors

void Parser::fail(std::string message, SourcePosition position)
{
    if (!m_error)
        m_error = SyntaxError { std::move(message), position };
    m_lexer.fail("", position);
    m_has_peeked = false;
    m_token.kind = TokenKind::EndOfSource;
}

void Parser::fail_unexpected()
{
    if (failed())
        return;
    switch (m_token.kind) {
    case TokenKind::EndOfSource:
        fail("Unexpected end of input", m_token.start);
        return;
    case TokenKind::Identifier:
        fail("Unexpected identifier '" + std::string(m_token.atom->text) + "'", m_token.start);
        return;
    case TokenKind::NumericLiteral:
    case TokenKind::BigIntLiteral:
        fail("Unexpected number", m_token.start);
        return;
    case TokenKind::StringLiteral:
        fail("Unexpected string", m_token.start);
        return;
    case TokenKind::TemplateString:
    case TokenKind::TemplateHead:
        fail("Unexpected template string", m_token.start);
        return;
    case TokenKind::PrivateName:
        fail("Unexpected private name #" + std::string(m_token.atom->text), m_token.start);
        return;
    default:
        break;
    }
    if (is_strict_reserved_token())
        fail("Unexpected strict mode reserved word", m_token.start);
    else
        fail(std::string("Unexpected token '") + token_kind_name(m_token.kind) + "'", m_token.start);
}

bool Parser::is_strict_reserved_token() const
{
    return strict() && m_token.kind == TokenKind::Identifier && is_strict_reserved_word(m_token.atom);
}

bool Parser::is_strict_reserved_word(Atom name) const
{
    return name == m_atoms.implements || name == m_atoms.interface || name == m_atoms.let
        || name == m_atoms.package || name == m_atoms.private_ || name == m_atoms.protected_
        || name == m_atoms.public_ || name == m_atoms.static_ || name->keyword == TokenKind::Yield;
}

Node* Parser::error_node()
{
    return make<Node>(NodeKind::NullLiteral, m_token.start);
}

bool Parser::check_stack()
{
    if (native_stack_position() >= m_stack_limit)
        return true;
    fail("Maximum call stack size exceeded (the source is nested too deeply)", m_token.start);
    return false;
}

bool Parser::await_is_keyword() const
{
    // [+Await]: async function bodies and parameters, module code, class static blocks.
    if (m_context->is_async || m_context->in_static_block)
        return true;
    // Arrow functions and field initializers inherit module top level's [Await] only
    // where the grammar passes it down; module code reserves `await` everywhere.
    return m_is_module;
}

// --- Identifiers

Identifier* Parser::make_identifier(Token const& token)
{
    auto* identifier = make<Identifier>(NodeKind::Identifier, token.start);
    identifier->name = token.atom ? token.atom : m_atoms.intern(token_kind_name(token.kind));
    identifier->end = token.end;
    return identifier;
}

bool Parser::at_identifier_reference() const
{
    switch (m_token.kind) {
    case TokenKind::Identifier:
    case TokenKind::Yield:
    case TokenKind::Await:
        return true;
    default:
        return false;
    }
}

// 13.1.1 Static Semantics: Early Errors (Identifiers)
void Parser::check_identifier(Atom name, SourcePosition position, bool has_escape, bool is_binding)
{
    TokenKind keyword = name->keyword;
    if (keyword == TokenKind::Await) {
        if (await_is_keyword() || m_context->in_static_block) {
            fail(m_is_module && !m_context->is_async ? "Unexpected reserved word 'await' in module code"
                                                     : "Unexpected reserved word 'await'",
                position);
            return;
        }
        if (!m_await_identifier_position)
            m_await_identifier_position = position;
        return;
    }
    if (keyword == TokenKind::Yield) {
        if (yield_is_keyword()) {
            fail("Unexpected reserved word 'yield' in a generator", position);
            return;
        }
        if (strict()) {
            fail("Unexpected strict mode reserved word 'yield'", position);
            return;
        }
        return;
    }
    if (keyword != TokenKind::Identifier) {
        fail(has_escape ? "Keyword must not contain escaped characters" : "Unexpected reserved word", position);
        return;
    }
    if (strict() && is_strict_reserved_word(name)) {
        fail("Unexpected strict mode reserved word '" + std::string(name->text) + "'", position);
        return;
    }
    if (is_binding && strict() && (name == m_atoms.eval || name == m_atoms.arguments)) {
        fail("Unexpected eval or arguments in strict mode", position);
        return;
    }
    if (!is_binding && name == m_atoms.arguments && !m_context->allow_arguments)
        fail("'arguments' is not allowed in class field initializer or static initialization block", position);
}

void Parser::check_strict_binding_name(Atom name, SourcePosition position)
{
    if (name == m_atoms.eval || name == m_atoms.arguments)
        fail("Unexpected eval or arguments in strict mode", position);
    else if (is_strict_reserved_word(name))
        fail("Unexpected strict mode reserved word '" + std::string(name->text) + "'", position);
}

Identifier* Parser::parse_identifier_reference()
{
    if (!at_identifier_reference()) {
        fail_unexpected();
        return make_identifier(m_token);
    }
    Token token = m_token;
    check_identifier(token.atom, token.start, token.has_escape, false);
    advance();
    return make_identifier(token);
}

Identifier* Parser::parse_binding_identifier()
{
    if (!at_identifier_reference()) {
        fail_unexpected();
        return make_identifier(m_token);
    }
    Token token = m_token;
    check_identifier(token.atom, token.start, token.has_escape, true);
    advance();
    return make_identifier(token);
}

Atom Parser::parse_label_identifier()
{
    Identifier* identifier = parse_identifier_reference();
    return identifier->name;
}

// --- Private names

void Parser::declare_private_name(Atom name, ClassElementKind kind, bool is_static, SourcePosition position)
{
    auto& scope = m_private_names.back();
    if (name == m_atoms.constructor) {
        fail("Classes may not have a private field named '#constructor'", position);
        return;
    }
    for (auto const& declared : scope.declared) {
        if (declared.name != name)
            continue;
        // 15.7.1: a getter and a setter with the same static-ness may share a name.
        bool accessor_pair = ((declared.kind == ClassElementKind::Getter && kind == ClassElementKind::Setter)
                                 || (declared.kind == ClassElementKind::Setter && kind == ClassElementKind::Getter))
            && declared.is_static == is_static;
        if (!accessor_pair) {
            fail("Identifier '#" + std::string(name->text) + "' has already been declared", position);
            return;
        }
    }
    scope.declared.push_back({ name, kind, is_static });
}

void Parser::reference_private_name(Atom name, SourcePosition position)
{
    if (m_private_names.empty()) {
        if (m_options.allow_private_names_without_class)
            return;
        fail("Private field '#" + std::string(name->text) + "' must be declared in an enclosing class", position);
        return;
    }
    m_private_names.back().referenced.push_back({ name, position });
}

// --- Program

// 11.2.1 Directive Prologues and the Use Strict Directive
std::optional<SourcePosition> Parser::parse_directives(NodeList<Statement*>& body)
{
    std::optional<SourcePosition> use_strict;
    std::optional<SourcePosition> octal_escape;
    while (at(TokenKind::StringLiteral)) {
        Token token = m_token;
        Statement* statement = parse_statement_list_item();
        body.push_back(statement);
        if (failed())
            break;
        // A directive is an ExpressionStatement made of a string literal alone.
        if (!statement->is(NodeKind::ExpressionStatement))
            break;
        Expression* expression = statement->as<ExpressionStatement>().expression;
        if (!expression->is(NodeKind::StringLiteral) || expression->end != token.end)
            break;
        if (token.has_octal_escape && !octal_escape)
            octal_escape = token.escape_position;
        // "use strict" must be written exactly, without escapes or line continuations.
        bool is_use_strict = !token.has_escape && token.end - token.start.offset == 12
            && m_source.text().substr(token.start.offset + 1, 10) == "use strict";
        if (is_use_strict) {
            if (!use_strict)
                use_strict = token.start;
            m_context->strict = true;
        }
        // An earlier directive's octal escape becomes an error once the prologue turns strict.
        if (use_strict && octal_escape) {
            fail("Octal escape sequences are not allowed in strict mode", *octal_escape);
            break;
        }
    }
    return use_strict;
}

Program* Parser::parse_program()
{
    FunctionContext program_context;
    program_context.strict = m_options.strict || m_is_module;
    program_context.allow_return = false;
    program_context.allow_new_target = m_options.allow_new_target;
    program_context.allow_super_property = m_options.allow_super_property;
    program_context.allow_super_call = m_options.allow_super_call;
    program_context.allow_arguments = !m_options.in_class_field_initializer;
    program_context.in_class_field_initializer = m_options.in_class_field_initializer;
    FunctionContextScope context_scope(*this, program_context);

    auto* program = make<Program>(NodeKind::Program, SourcePosition {});
    program->is_module = m_is_module;
    advance();
    NodeList<Statement*> body;
    parse_directives(body);
    m_using_allowed = m_is_module;
    while (!at(TokenKind::EndOfSource))
        body.push_back(parse_module_or_script_item());
    if (!failed() && m_lexer.error() && !m_error)
        m_error = *m_lexer.error();
    program->body = m_arena.copy(body);
    program->is_strict = m_context->strict;
    program->has_top_level_await = m_has_top_level_await;
    program->end = uint32_t(m_source.text().size());
    return program;
}

// 16.1 Scripts and 16.2 Modules: ModuleItem adds import and export declarations.
Statement* Parser::parse_module_or_script_item()
{
    if (m_is_module) {
        if (at(TokenKind::Import)) {
            Token const& next = peek();
            if (next.kind != TokenKind::LeftParen && next.kind != TokenKind::Dot)
                return parse_import_declaration();
        }
        if (at(TokenKind::Export))
            return parse_export_declaration();
    }
    return parse_statement_list_item();
}

// --- Entry point

ParsedProgram::ParsedProgram() = default;
ParsedProgram::ParsedProgram(ParsedProgram&&) noexcept = default;
ParsedProgram& ParsedProgram::operator=(ParsedProgram&&) noexcept = default;
ParsedProgram::~ParsedProgram() = default;

ParsedProgram parse_program(SourceFile const& source, ParseOptions const& options)
{
    ParsedProgram result;
    result.arena = std::make_unique<Arena>();
    result.atoms = std::make_unique<AtomTable>();
    result.scopes = std::make_unique<ScopeTree>();
    Parser parser(source, *result.arena, *result.atoms, options);
    Program* program = parser.parse_program();
    if (parser.error()) {
        result.error = parser.error();
        return result;
    }
    result.program = program;
    if (!options.skip_scope_analysis) {
        if (auto error = analyze_scopes(*program, *result.scopes, *result.atoms, options)) {
            result.error = std::move(error);
            result.program = nullptr;
        }
    }
    return result;
}

std::string format_syntax_error(SourceFile const& source, SyntaxError const& error)
{
    return format_source_excerpt(source, error.position.line, error.position.column) + "\nSyntaxError: " + error.message + "\n";
}

}
