#pragma once
// The recursive-descent parser shared by parser/parse_*.cpp. Not part of the public API:
// use parse_program() from parser/parser.h.
//
// Errors: the first error is recorded and the lexer then returns only EndOfSource, so every
// loop ends and every function still returns a node; callers never check for null.

#include "parser/lexer.h"
#include "parser/parser.h"
#include "parser/small_vector.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace sable::parser {

// A list of AST nodes being collected before it is copied into the arena.
template<typename T>
using NodeList = SmallVector<T, 8>;

// Errors that make an expression invalid unless it turns out to be a pattern (or an arrow's
// parameters), recorded while parsing a cover grammar and raised once its meaning is known.
struct CoverErrors {
    // `{ a = 1 }` in an object literal: only valid as a pattern (CoverInitializedName).
    std::optional<SourcePosition> shorthand_initializer;
    // `({a}) = 1`, `[(a = 1)] = x`: parentheses around something only valid as an expression.
    std::optional<SourcePosition> invalid_pattern;
    // A trailing comma after a rest element, `...` in a parenthesised expression, `()`.
    std::optional<SourcePosition> invalid_expression;
    // `{ __proto__: a, __proto__: b }`: a duplicate only valid as a pattern.
    std::optional<SourcePosition> duplicate_proto;
};

// What the current function (or the program) allows; one per nested function while parsing.
struct FunctionContext {
    FunctionContext* parent { nullptr };
    FunctionNode* node { nullptr }; // nullptr for the program
    bool is_async { false };
    bool is_generator { false };
    bool is_arrow { false };
    bool strict { false };
    bool allow_return { false };
    bool allow_new_target { false };
    bool allow_super_property { false };
    bool allow_super_call { false };
    bool allow_arguments { true };    // false in class field initializers and static blocks
    bool in_static_block { false };   // `await` is reserved
    bool in_class_field_initializer { false };
    // Statement context:
    struct Label {
        Atom name;
        bool is_loop;
    };
    std::vector<Label> labels;
    uint32_t breakable_depth { 0 }; // loops and switches
    uint32_t loop_depth { 0 };
};

class Parser {
public:
    Parser(SourceFile const&, Arena&, AtomTable&, ParseOptions const&);

    Program* parse_program();
    std::optional<SyntaxError> const& error() const { return m_error; }

private:
    friend struct FunctionContextScope;
    // --- Tokens
    void advance();
    Token const& peek();
    bool at(TokenKind kind) const { return m_token.kind == kind; }
    bool eat(TokenKind kind);
    void expect(TokenKind kind);
    void consume_semicolon(); // with automatic semicolon insertion (12.10)
    bool at_contextual(Atom atom) const
    {
        return m_token.kind == TokenKind::Identifier && m_token.atom == atom && !m_token.has_escape;
    }
    bool at_identifier_name() const; // any IdentifierName, keywords included
    SourcePosition position() const { return m_token.start; }
    uint32_t previous_end() const { return m_previous_end; }
    template<typename T>
    T* make(NodeKind kind, SourcePosition start)
    {
        return make_node<T>(m_arena, kind, start);
    }
    template<typename T>
    T* finish(T* node)
    {
        node->end = m_previous_end;
        return node;
    }

    // Full parser position, for lookahead beyond one token.
    struct SavedState {
        Lexer::State lexer;
        Token token;
        uint32_t previous_end;
        bool has_peeked;
        Token peeked;
        Lexer::State after_peeked;
    };
    SavedState save_state() const { return { m_lexer.save(), m_token, m_previous_end, m_has_peeked, m_peeked, m_after_peeked }; }
    void restore_state(SavedState const&);

    // --- Errors
    void fail(std::string message, SourcePosition);
    void fail_unexpected();
    bool is_strict_reserved_token() const;
    bool is_strict_reserved_word(Atom) const;
    bool failed() const { return m_error.has_value(); }
    Node* error_node();
    // Guards against deep nesting exhausting the native stack.
    bool check_stack();

    // --- Context
    FunctionContext& context() { return *m_context; }
    bool strict() const { return m_context->strict; }
    bool await_is_keyword() const; // [Await]: async functions, module top level, static blocks
    bool yield_is_keyword() const { return m_context->is_generator; }

    // --- Identifiers (13.1)
    bool at_identifier_reference() const;
    Identifier* parse_identifier_reference();
    Identifier* parse_binding_identifier();
    Atom parse_label_identifier();
    Identifier* make_identifier(Token const&);
    // Early errors of 13.1.1 for a name used as an IdentifierReference or BindingIdentifier.
    void check_identifier(Atom name, SourcePosition, bool has_escape, bool is_binding);
    void check_strict_binding_name(Atom name, SourcePosition);

    // --- Statements (14)
    // Parses a directive prologue into `body`; returns where a "use strict" directive is.
    std::optional<SourcePosition> parse_directives(NodeList<Statement*>& body);
    Statement* parse_module_or_script_item();
    Statement* parse_statement_list_item();
    Statement* parse_statement(bool allow_function_declaration = false);
    struct BlockStatement* parse_block();
    void parse_statement_list(NodeList<Statement*>& out, TokenKind end);
    bool at_lexical_declaration();
    bool at_using_declaration(bool in_for_head);
    VariableDeclaration* parse_variable_declaration(DeclarationKind, bool in_for_head, bool require_semicolon);
    Statement* parse_if();
    Statement* parse_do_while();
    Statement* parse_while();
    Statement* parse_for();
    Statement* parse_for_in_of(SourcePosition start, Node* left, bool is_await, bool left_is_declaration);
    Statement* parse_jump(NodeKind);
    Statement* parse_return();
    Statement* parse_with();
    Statement* parse_switch();
    Statement* parse_throw();
    Statement* parse_try();
    // `continues_label_set`: this label directly labels another labelled statement's body.
    Statement* parse_labelled_statement(Identifier* label, SourcePosition start, bool continues_label_set);
    Statement* parse_expression_statement(SourcePosition start, Expression*);
    Statement* parse_loop_body();
    void check_not_labelled_function(Statement*);

    // --- Expressions (13)
    Expression* parse_expression(bool allow_in = true, CoverErrors* = nullptr);
    Expression* parse_assignment(bool allow_in = true, CoverErrors* = nullptr);
    Expression* parse_yield(bool allow_in);
    Expression* parse_conditional(bool allow_in, CoverErrors*);
    Expression* parse_binary(int min_precedence, bool allow_in, CoverErrors*);
    Expression* parse_unary(CoverErrors*);
    Expression* parse_update(CoverErrors*);
    Expression* parse_left_hand_side(CoverErrors*);
    Expression* parse_call_tail(Expression* callee, SourcePosition start, bool allow_calls, bool& in_optional_chain);
    Expression* parse_new();
    Expression* parse_primary(CoverErrors*);
    Expression* parse_parenthesized_or_arrow(CoverErrors*);
    Expression* parse_array_literal(CoverErrors*);
    Expression* parse_object_literal(CoverErrors*);
    Property* parse_object_property(CoverErrors*, bool& saw_proto);
    Expression* parse_property_key(bool& computed, bool allow_private = false);
    TemplateLiteral* parse_template_literal(bool tagged);
    std::span<Expression*> parse_arguments();
    Expression* parse_import_expression(SourcePosition start);
    Expression* parse_super();
    Expression* parse_async_arrow_or_call(CoverErrors*);
    Expression* parse_regexp_literal();
    PrivateIdentifier* parse_private_identifier();
    bool is_simple_assignment_target(Expression*, bool allow_web_compat_call = false) const;
    // At `async`, followed by an identifier: is it `async x =>`?
    bool async_arrow_follows();
    // Validates `expr` as the operand of ++/-- or a compound assignment.
    void check_simple_assignment_target(Expression*, SourcePosition, char const* message);
    void raise_cover_errors(CoverErrors const&);

    // --- Patterns (13.15.5, 8.6.2)
    // Reinterprets an expression parsed by a cover grammar as an assignment or binding pattern.
    Pattern* to_assignment_pattern(Expression*, bool is_binding);
    Pattern* to_binding_from_assignment_target(Pattern*);
    Pattern* parse_binding_target(); // BindingIdentifier or BindingPattern
    Pattern* parse_binding_element(); // with an optional initializer
    Pattern* parse_object_binding_pattern();
    Pattern* parse_array_binding_pattern();
    void collect_bound_names(Pattern*, std::vector<Identifier*>& out) const;

    // --- Functions and classes (15)
    enum class FunctionSyntax { Declaration, Expression, ExportDefaultDeclaration };
    FunctionNode* parse_function(SourcePosition start, bool is_async, FunctionSyntax, bool allow_generator = true);
    FunctionNode* parse_method(SourcePosition start, FunctionKind, bool is_async, bool is_generator, bool is_static_class_member, bool in_class, bool derived_class);
    void parse_function_rest(FunctionNode*, FunctionContext&);
    void parse_formal_parameters(FunctionNode*, FunctionContext&);
    void parse_function_body(FunctionNode*, FunctionContext&, std::optional<SourcePosition> name_position);
    void check_parameters(FunctionNode*, bool strict, bool allow_duplicates);
    Expression* parse_arrow_function(SourcePosition start, std::span<Pattern*> parameters, bool is_async, bool simple, std::optional<SourcePosition> await_in_parameters);
    std::span<Pattern*> arrow_parameters_from(Expression*, bool is_async);
    ClassNode* parse_class(SourcePosition start, bool is_declaration, bool name_optional, std::span<Expression*> decorators = {});
    std::span<Expression*> parse_decorators();
    ClassElement* parse_class_element(ClassNode*, bool derived);
    static FunctionContext class_body_function_context(FunctionNode*);
    void check_class_element_name(ClassElement*);

    // --- Modules (16.2)
    Statement* parse_import_declaration();
    Statement* parse_export_declaration();
    ModuleExportName parse_module_export_name();
    std::span<ImportAttribute> parse_import_attributes_clause();
    StringLiteral* parse_module_specifier();

    // --- Private names (15.7.1, AllPrivateNamesValid)
    struct PrivateNameScope {
        struct Declared {
            Atom name;
            ClassElementKind kind;
            bool is_static;
        };
        std::vector<Declared> declared;
        std::vector<std::pair<Atom, SourcePosition>> referenced;
    };
    void declare_private_name(Atom, ClassElementKind, bool is_static, SourcePosition);
    void reference_private_name(Atom, SourcePosition);

    SourceFile const& m_source;
    Arena& m_arena;
    AtomTable& m_atoms;
    ParseOptions m_options;
    Lexer m_lexer;
    Token m_token;
    uint32_t m_previous_end { 0 };
    bool m_has_peeked { false };
    Token m_peeked;
    Lexer::State m_after_peeked {};
    std::optional<SyntaxError> m_error;
    FunctionContext* m_context { nullptr };
    std::vector<PrivateNameScope> m_private_names;
    // Positions of `yield`/`await` expressions (or `await` identifiers) since the start of the
    // innermost enclosing parenthesised expression, to reject them in arrow parameters.
    std::optional<SourcePosition> m_yield_position;
    std::optional<SourcePosition> m_await_position;
    std::optional<SourcePosition> m_await_identifier_position;
    char const* m_stack_limit { nullptr };
    bool m_is_module;
    bool m_has_top_level_await { false };
    // Label sets (14.13): labels from m_label_set_begin label the statement being parsed.
    bool m_in_formal_parameters { false };
    bool m_parameters_had_trailing_comma { false }; // of the last FormalParameters parsed
    // The [In] parameter of the AssignmentExpression being parsed, for a concise arrow body.
    bool m_arrow_allows_in { true };
    std::unordered_set<std::u16string_view> m_exported_names; // 16.2.1.1: no duplicate exports
    bool m_in_label_set { false };
    size_t m_label_set_begin { 0 };
    // `using` declarations are not allowed directly in a Script's statement list or a case clause.
    bool m_using_allowed { false };
};

// Makes `context` the current FunctionContext for its lifetime.
struct FunctionContextScope {
    FunctionContextScope(Parser& parser, FunctionContext& context)
        : m_parser(parser)
        , m_saved(parser.m_context)
    {
        context.parent = m_saved;
        parser.m_context = &context;
    }
    ~FunctionContextScope() { m_parser.m_context = m_saved; }
    Parser& m_parser;
    FunctionContext* m_saved;
};

}
