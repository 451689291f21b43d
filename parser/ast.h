#pragma once
// The abstract syntax tree. Nodes live in an Arena and are never destroyed one by one; lists are
// arena spans. Every node carries its start (offset, line, column) and end offset.
// Scope analysis (scope_analysis.h) fills the `scope` and `resolution` fields.

#include "parser/atom_table.h"
#include "parser/source.h"
#include "parser/token.h"

#include <cstdint>
#include <span>
#include <string_view>

namespace sable::parser {

enum class NodeKind : uint8_t {
#define NODE(kind, type) kind,
#include "parser/ast_nodes.def"
};

char const* node_kind_name(NodeKind);

struct Scope;
struct Variable;

struct Node {
    NodeKind kind;
    SourcePosition start;
    uint32_t end { 0 };

    template<typename T>
    T& as() { return static_cast<T&>(*this); }
    template<typename T>
    T const& as() const { return static_cast<T const&>(*this); }
    bool is(NodeKind k) const { return kind == k; }
};

using Expression = Node;
using Statement = Node;
// A BindingPattern, AssignmentPattern or simple target (Identifier, MemberExpression).
using Pattern = Node;

// Where an identifier reference finds its binding, decided by scope analysis.
enum class ResolutionKind : uint8_t {
    Unresolved, // not analysed yet
    Register,   // an uncaptured local of the enclosing function: frame register `index`
    Environment, // a captured variable: `hops` environments up, slot `index`
    Global,     // not declared in any enclosing function: a global property or global lexical
    Dynamic,    // may be shadowed by `with` or sloppy direct eval: looked up by name at run time
};

struct Resolution {
    ResolutionKind kind { ResolutionKind::Unresolved };
    uint32_t hops { 0 };
    uint32_t index { 0 };
    Variable* variable { nullptr };
};

struct Identifier : Node {
    Atom name;
    Resolution resolution;
};

struct PrivateIdentifier : Node {
    Atom name; // without the `#`
};

struct NumericLiteral : Node {
    double value;
};

struct BigIntLiteral : Node {
    std::u16string_view digits; // as written without separators and `n`, e.g. "0x1F"
};

struct StringLiteral : Node {
    std::u16string_view value;
    // No escapes or line continuations: required of the "use strict" directive.
    bool is_plain { true };
};

struct TemplateElement {
    std::u16string_view cooked;
    std::u16string_view raw;
    bool cooked_is_undefined; // an invalid escape in a tagged template
};

struct TemplateLiteral : Node {
    std::span<TemplateElement> quasis;
    std::span<Expression*> expressions;
};

struct TaggedTemplate : Node {
    Expression* tag;
    TemplateLiteral* quasi;
};

struct RegExpLiteral : Node {
    std::u16string_view pattern;
    std::u16string_view flags;
};

struct BooleanLiteral : Node {
    bool value;
};

struct ArrayExpression : Node {
    std::span<Expression*> elements; // nullptr for a hole
    // A spread element is followed by a comma: invalid if this becomes an ArrayAssignmentPattern.
    bool spread_followed_by_comma { false };
};

enum class PropertyKind : uint8_t {
    Init,      // key: value
    Shorthand, // key
    Method,    // key() {}
    Getter,
    Setter,
    Spread,    // ...value
    ProtoSetter, // __proto__: value (B.3.1), sets [[Prototype]]
};

struct Property : Node {
    PropertyKind property_kind;
    bool computed;
    // Identifier (a name), StringLiteral, NumericLiteral, BigIntLiteral or any expression if computed.
    Expression* key;
    Expression* value; // FunctionNode for methods and accessors; a pattern inside ObjectPattern
};

struct ObjectExpression : Node {
    std::span<Property*> properties;
    // A spread property is followed by a comma: invalid if this becomes an ObjectAssignmentPattern.
    bool spread_followed_by_comma { false };
};

enum class FunctionKind : uint8_t {
    Normal,
    Arrow,
    Method,
    Getter,
    Setter,
    ClassConstructor,
    DerivedClassConstructor,
    ClassFieldInitializer, // the synthetic function that evaluates a class's field initializers
    ClassStaticBlock,
};

struct FunctionNode : Node {
    Identifier* name { nullptr };
    std::span<Pattern*> parameters;
    std::span<Statement*> body;
    FunctionKind function_kind { FunctionKind::Normal };
    bool is_async { false };
    bool is_generator { false };
    bool is_strict { false };
    bool has_use_strict_directive { false };
    bool has_simple_parameter_list { true };
    bool is_expression_body { false }; // a concise arrow body: body is one ReturnStatement
    // Filled by scope analysis:
    bool uses_arguments { false };
    bool uses_this { false };
    bool has_direct_eval { false };
    bool contains_super_call { false };
    bool contains_super_property { false };
    bool sets_annex_b_var { false }; // B.3.3: evaluating this block declaration sets the var of its name
    uint32_t expected_argument_count { 0 }; // the `length` property: 10.2.9 ExpectedArgumentCount
    uint32_t source_start { 0 };            // Function.prototype.toString source text range
    uint32_t source_end { 0 };
    Scope* scope { nullptr };      // parameters (and body, unless body_scope is set)
    Scope* body_scope { nullptr }; // 10.2.11 step 28: a separate var scope when params have expressions
};

enum class ClassElementKind : uint8_t {
    Method,
    Getter,
    Setter,
    Field,
    AutoAccessor,
    StaticBlock,
};

struct ClassElement : Node {
    std::span<Expression*> decorators; // decorators proposal: `@dec` before the element
    ClassElementKind element_kind;
    bool is_static;
    bool computed;
    // Identifier (a name), StringLiteral, NumericLiteral, BigIntLiteral, PrivateIdentifier, or an
    // expression if computed; nullptr for a static block.
    Expression* key;
    FunctionNode* function; // methods, accessors, static blocks
    Expression* value;      // field initializer or nullptr
};

struct ClassNode : Node {
    std::span<Expression*> decorators; // decorators proposal: `@dec` before `class`
    Identifier* name { nullptr };
    Expression* super_class { nullptr };
    std::span<ClassElement*> elements;
    FunctionNode* constructor { nullptr }; // nullptr: the default constructor
    uint32_t source_start { 0 };
    uint32_t source_end { 0 };
    Scope* scope { nullptr }; // the class scope: binding of the name, private names
    // The synthetic functions evaluating instance/static field initializers, if any.
    FunctionNode* instance_fields_initializer { nullptr };
};

struct UnaryExpression : Node {
    TokenKind op; // - + ! ~ typeof void delete
    Expression* operand;
};

struct UpdateExpression : Node {
    TokenKind op; // ++ --
    bool prefix;
    Expression* operand;
};

struct BinaryExpression : Node {
    TokenKind op; // LogicalExpression: && || ??
    Expression* left;
    Expression* right;
};

struct AssignmentExpression : Node {
    TokenKind op;   // = += ... &&= ||= ??=
    Pattern* target;
    Expression* value;
};

struct ConditionalExpression : Node {
    Expression* test;
    Expression* consequent;
    Expression* alternate;
};

struct CallExpression : Node {
    Expression* callee; // a Super node for super(...)
    std::span<Expression*> arguments;
    bool optional { false }; // f?.()
};

struct MemberExpression : Node {
    Expression* object; // a Super node for super.x
    // Identifier (used as a name) when !computed, PrivateIdentifier for a.#x, any expression if computed
    Expression* property;
    bool computed;
    bool optional; // a?.b
};

// The extent of an optional chain: `a?.b.c` short-circuits to undefined up to here.
struct OptionalChain : Node {
    Expression* expression;
};

struct SequenceExpression : Node {
    std::span<Expression*> expressions;
};

struct SpreadElement : Node {
    Expression* argument;
};

struct YieldExpression : Node {
    Expression* argument; // may be nullptr
    bool delegate;
};

struct AwaitExpression : Node {
    Expression* argument;
};

enum class ImportPhase : uint8_t { Evaluation, Source, Defer };

struct ImportCall : Node {
    Expression* specifier;
    Expression* options; // nullptr when absent
    ImportPhase phase;
};

// Kept only where it changes meaning: `(a) = 1` is fine but `({a}) = 1` is not, `(a?.b)`
// and parenthesised patterns. Scope analysis and code generation see through it.
struct ParenthesizedExpression : Node {
    Expression* expression;
};

struct ObjectPattern : Node {
    std::span<Property*> properties; // Init/Shorthand with a pattern value; a RestElement as Spread
};

struct ArrayPattern : Node {
    std::span<Pattern*> elements; // nullptr for an elision
};

struct AssignmentPattern : Node {
    Pattern* target;
    Expression* default_value;
};

struct RestElement : Node {
    Pattern* argument;
};

// Statements

struct Program : Node {
    std::span<Statement*> body;
    bool is_module;
    bool is_strict;
    bool has_top_level_await { false };
    Scope* scope { nullptr };
};

struct BlockStatement : Node {
    std::span<Statement*> body;
    Scope* scope { nullptr }; // always set; costs nothing at run time unless it needs_environment
};

struct ExpressionStatement : Node {
    Expression* expression;
};

struct IfStatement : Node {
    Expression* test;
    Statement* consequent;
    Statement* alternate;
};

struct LoopStatement : Node {
    Expression* test;
    Statement* body;
};

struct ForStatement : Node {
    Node* init; // VariableDeclaration, Expression or nullptr
    Expression* test;
    Expression* update;
    Statement* body;
    Scope* scope { nullptr }; // lexical declarations of the head (per-iteration copies)
};

struct ForInOfStatement : Node {
    Node* left; // VariableDeclaration (one declarator, no initializer but B.3.5) or a pattern
    Expression* right;
    Statement* body;
    bool is_await { false };
    Scope* scope { nullptr };
};

struct JumpStatement : Node {
    Atom label; // nullptr without a label
};

struct ReturnStatement : Node {
    Expression* argument;
};

struct WithStatement : Node {
    Expression* object;
    Statement* body;
    Scope* scope { nullptr };
};

struct SwitchCase : Node {
    Expression* test; // nullptr for `default`
    std::span<Statement*> consequent;
};

struct SwitchStatement : Node {
    Expression* discriminant;
    std::span<SwitchCase*> cases;
    Scope* scope { nullptr };
};

struct LabelledStatement : Node {
    Atom label;
    Statement* body;
};

struct ThrowStatement : Node {
    Expression* argument;
};

struct CatchClause : Node {
    Pattern* parameter; // nullptr for `catch {`
    struct BlockStatement* body;
    Scope* scope { nullptr };
};

struct TryStatement : Node {
    struct BlockStatement* block;
    CatchClause* handler;
    struct BlockStatement* finalizer;
};

enum class DeclarationKind : uint8_t { Var, Let, Const, Using, AwaitUsing };

struct VariableDeclarator : Node {
    Pattern* target;
    Expression* init;
};

struct VariableDeclaration : Node {
    DeclarationKind declaration_kind;
    std::span<VariableDeclarator*> declarations;
};

// A ModuleExportName: an IdentifierName or a string literal (kept as written, UTF-16).
struct ModuleExportName {
    Atom name { nullptr };            // when written as an IdentifierName
    std::u16string_view string_value; // when written as a string
    bool is_string { false };
};

struct ImportAttribute {
    std::u16string_view key;
    std::u16string_view value;
};

struct ImportSpecifier {
    enum class Kind : uint8_t { Default, Namespace, Named } kind;
    ModuleExportName imported;
    Identifier* local;
};

struct ImportDeclaration : Node {
    std::span<ImportSpecifier> specifiers;
    StringLiteral* source;
    std::span<ImportAttribute> attributes;
    ImportPhase phase { ImportPhase::Evaluation };
};

struct ExportSpecifier {
    ModuleExportName local; // in `export {a as b} from`, the imported name
    ModuleExportName exported;
    Identifier* local_reference { nullptr }; // for local exports: the reference to resolve
};

enum class ExportKind : uint8_t {
    Named,              // export { a, b as c }  /  export { a } from "m"
    All,                // export * from "m"
    AllAs,              // export * as ns from "m"
    Declaration,        // export var/let/const/function/class
    DefaultDeclaration, // export default function/class (possibly anonymous)
    DefaultExpression,  // export default expression;
};

struct ExportDeclaration : Node {
    ExportKind export_kind;
    std::span<ExportSpecifier> specifiers;
    ModuleExportName namespace_name; // for AllAs
    StringLiteral* source { nullptr };
    std::span<ImportAttribute> attributes;
    Node* declaration { nullptr }; // a declaration, or the default expression
};

template<typename T>
T* make_node(Arena& arena, NodeKind kind, SourcePosition start)
{
    T* node = arena.make<T>();
    node->kind = kind;
    node->start = start;
    return node;
}

}
