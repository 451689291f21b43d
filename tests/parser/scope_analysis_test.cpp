// Scope analysis: where each identifier reference finds its binding (register, environment slot
// with hops, global, dynamic), which variables are captured, and the per-function flags the
// bytecode generator relies on (uses_arguments, uses_this, has_direct_eval).
#include "tests/parser/parser_test_support.h"

namespace sable::parser::test {
namespace {

// The resolution of the `occurrence`-th identifier `name` of a program that must parse.
struct Resolved {
    Parsed parsed;
    Identifier* identifier;
    Resolution const& resolution() const { return identifier->resolution; }
    ResolutionKind kind() const { return identifier->resolution.kind; }
};

Resolved resolve(std::string_view text, std::string_view name, uint32_t occurrence, Goal goal = Goal::Script)
{
    Resolved resolved { parse_ok(text, goal), nullptr };
    resolved.identifier = &find_identifier(resolved.parsed, name, occurrence);
    return resolved;
}

char const* kind_text(ResolutionKind kind)
{
    switch (kind) {
    case ResolutionKind::Unresolved: return "Unresolved";
    case ResolutionKind::Register: return "Register";
    case ResolutionKind::Environment: return "Environment";
    case ResolutionKind::Global: return "Global";
    case ResolutionKind::Dynamic: return "Dynamic";
    }
    return "?";
}

// "Register", "Environment(hops, index)", "Global", "Dynamic": one string to compare.
std::string describe(Resolution const& resolution)
{
    std::string out = kind_text(resolution.kind);
    if (resolution.kind == ResolutionKind::Environment)
        out += "(" + std::to_string(resolution.hops) + ", " + std::to_string(resolution.index) + ")";
    return out;
}

std::string resolution_of(std::string_view text, std::string_view name, uint32_t occurrence, Goal goal = Goal::Script)
{
    return describe(resolve(text, name, occurrence, goal).resolution());
}

Scope& scope_of(FunctionNode& function)
{
    if (!function.scope)
        throw std::runtime_error("function has no scope");
    return *function.scope;
}

// --- Resolution kinds

TEST(ScopeAnalysisResolution, UncapturedLocalsLiveInRegisters)
{
    Resolved resolved = resolve("function f(a, b) { var x = a; let y = b; return x + y; }", "x", 1);
    EXPECT_EQ(resolved.kind(), ResolutionKind::Register);
    Variable* x = resolved.resolution().variable;
    ASSERT_NE(x, nullptr);
    EXPECT_EQ(x->location, VariableLocation::Register);
    EXPECT_FALSE(x->captured);
    EXPECT_EQ(x->kind, VariableKind::Var);

    // Parameters and locals get distinct registers of the same frame.
    Parsed parsed = parse_ok("function f(a, b) { var x; let y; return a + b + x + y; }");
    std::vector<uint32_t> registers;
    for (char const* name : { "a", "b", "x", "y" }) {
        Identifier& use = find_identifier(parsed, name, 1);
        ASSERT_EQ(use.resolution.kind, ResolutionKind::Register) << name;
        registers.push_back(use.resolution.index);
    }
    std::sort(registers.begin(), registers.end());
    EXPECT_EQ(registers, (std::vector<uint32_t> { 0, 1, 2, 3 }));
    EXPECT_EQ(scope_of(find_function(parsed, "f")).register_count, 4u);
}

TEST(ScopeAnalysisResolution, EveryUseOfAVariableResolvesTheSame)
{
    Parsed parsed = parse_ok("function f() { let x = 1; x = x + 1; return x; }");
    Identifier& declaration = find_identifier(parsed, "x", 0);
    ASSERT_EQ(declaration.resolution.kind, ResolutionKind::Register);
    for (uint32_t i = 1; i < 4; ++i) {
        Identifier& use = find_identifier(parsed, "x", i);
        EXPECT_EQ(use.resolution.kind, ResolutionKind::Register);
        EXPECT_EQ(use.resolution.index, declaration.resolution.index);
        EXPECT_EQ(use.resolution.variable, declaration.resolution.variable);
    }
}

TEST(ScopeAnalysisResolution, CapturedVariablesLiveInTheEnvironment)
{
    Resolved inner = resolve("function f() { var x = 1; return () => x; }", "x", 1);
    EXPECT_EQ(describe(inner.resolution()), "Environment(0, 0)");
    Variable* x = inner.resolution().variable;
    ASSERT_NE(x, nullptr);
    EXPECT_TRUE(x->captured);
    EXPECT_EQ(x->location, VariableLocation::Environment);
    // The declaring function reaches it in its own environment too.
    EXPECT_EQ(resolution_of("function f() { var x = 1; return () => x; }", "x", 0), "Environment(0, 0)");
    Scope& f = scope_of(find_function(inner.parsed, "f"));
    EXPECT_TRUE(f.needs_environment);
    EXPECT_EQ(f.environment_size, 1u);
}

TEST(ScopeAnalysisResolution, HopsCountEnvironmentsBetweenUseAndDeclaration)
{
    // h allocates no environment, so from h `b` is in the closure's environment (g's, zero hops)
    // and `a` one further out (f's).
    std::string_view text = "function f() { let a; function g() { let b; function h() { return a + b; } } }";
    EXPECT_EQ(resolution_of(text, "a", 1), "Environment(1, 0)");
    EXPECT_EQ(resolution_of(text, "b", 1), "Environment(0, 0)");

    // A block with captured variables is an environment on the way out.
    std::string_view block = "function f() { let a; { let b; () => b; () => a; } }";
    EXPECT_EQ(resolution_of(block, "b", 1), "Environment(0, 0)");
    EXPECT_EQ(resolution_of(block, "a", 1), "Environment(1, 0)");

    // Functions without captured variables add no hop.
    EXPECT_EQ(resolution_of("function f() { let a; return function g() { return function h() { return a; }; }; }", "a", 1),
        "Environment(0, 0)");
}

TEST(ScopeAnalysisResolution, EnvironmentSlotsAreDistinct)
{
    Parsed parsed = parse_ok("function f() { let a, b, c; return () => a + b + c; }");
    std::vector<uint32_t> slots;
    for (char const* name : { "a", "b", "c" }) {
        Identifier& use = find_identifier(parsed, name, 1);
        ASSERT_EQ(use.resolution.kind, ResolutionKind::Environment) << name;
        slots.push_back(use.resolution.index);
    }
    std::sort(slots.begin(), slots.end());
    EXPECT_EQ(slots, (std::vector<uint32_t> { 0, 1, 2 }));
    EXPECT_EQ(scope_of(find_function(parsed, "f")).environment_size, 3u);
}

TEST(ScopeAnalysisResolution, ScriptTopLevelAndUndeclaredNamesAreGlobal)
{
    std::string_view text = "var a; let b; function f() { return a + b + c; } a; b; f;";
    for (char const* name : { "a", "b" }) {
        EXPECT_EQ(resolution_of(text, name, 1), "Global") << name;
        EXPECT_EQ(resolution_of(text, name, 2), "Global") << name;
    }
    EXPECT_EQ(resolution_of(text, "c", 0), "Global");
    EXPECT_EQ(resolution_of(text, "f", 1), "Global");
    Parsed parsed = parse_ok(text);
    Variable* a = find_identifier(parsed, "a", 1).resolution.variable;
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->location, VariableLocation::Global);
    EXPECT_EQ(parsed.program().scope->kind, ScopeKind::Script);
    // An undeclared name has no variable.
    EXPECT_EQ(find_identifier(parsed, "c").resolution.variable, nullptr);
    EXPECT_EQ(resolution_of("function f() { x = 1; }", "x", 0), "Global");
    EXPECT_EQ(resolution_of("function f() { typeof undeclared; }", "undeclared", 0), "Global");
}

TEST(ScopeAnalysisResolution, ModuleTopLevelBindingsLiveInTheModuleEnvironment)
{
    std::string_view text = "import x from 'm'; let a; function f() { return a + x; } a;";
    EXPECT_EQ(resolve(text, "a", 2, Goal::Module).kind(), ResolutionKind::Environment);
    EXPECT_EQ(resolve(text, "a", 1, Goal::Module).kind(), ResolutionKind::Environment);
    Resolved x = resolve(text, "x", 1, Goal::Module);
    EXPECT_EQ(x.kind(), ResolutionKind::Environment);
    ASSERT_NE(x.resolution().variable, nullptr);
    EXPECT_EQ(x.resolution().variable->kind, VariableKind::Import);
    EXPECT_EQ(x.parsed.program().scope->kind, ScopeKind::Module);
    // Undeclared names in a module are still global lookups.
    EXPECT_EQ(resolution_of("y + 1", "y", 0, Goal::Module), "Global");
}

TEST(ScopeAnalysisResolution, WithMakesEverythingInsideDynamic)
{
    std::string_view text = "function f() { var y; with (o) { y; z; } y; }";
    EXPECT_EQ(resolution_of(text, "y", 1), "Dynamic");
    EXPECT_EQ(resolution_of(text, "z", 0), "Dynamic");
    // Outside the with statement nothing changes, but `y` may be reached by name: not a register.
    EXPECT_EQ(resolve(text, "y", 2).kind(), ResolutionKind::Environment);
    // The object expression itself is evaluated outside.
    EXPECT_EQ(resolution_of(text, "o", 0), "Global");
    // Functions nested in a with statement look names up dynamically too.
    EXPECT_EQ(resolution_of("function f() { with (o) { function g() { return y; } } }", "y", 0), "Dynamic");
    // A lexical binding declared inside the with body is found before the object environment.
    EXPECT_EQ(resolution_of("function f() { with (o) { let y; y; } }", "y", 1), "Register");
}

TEST(ScopeAnalysisResolution, SloppyDirectEvalMakesLookupsDynamic)
{
    std::string_view text = "var g; function f() { eval(''); var x; x; g; }";
    Parsed parsed = parse_ok(text);
    // The function's own variables stay static but must live where eval can see them.
    EXPECT_EQ(describe(find_identifier(parsed, "x", 1).resolution), "Environment(0, 0)");
    // Anything beyond the function may be shadowed by a `var` the eval code declares.
    EXPECT_EQ(find_identifier(parsed, "g", 1).resolution.kind, ResolutionKind::Dynamic);
    FunctionNode& f = find_function(parsed, "f");
    EXPECT_TRUE(f.has_direct_eval);
    EXPECT_TRUE(scope_of(f).has_direct_eval);
    EXPECT_TRUE(scope_of(f).contains_direct_eval);
}

TEST(ScopeAnalysisResolution, DirectEvalForcesEnclosingVariablesIntoEnvironments)
{
    // eval code in g can name f's variables, so none of them can stay in registers.
    Parsed parsed = parse_ok("function f() { var a; let b; function g() { eval(''); } return a + b; }");
    FunctionNode& f = find_function(parsed, "f");
    EXPECT_TRUE(f.has_direct_eval); // contains one, through g
    EXPECT_TRUE(scope_of(f).contains_direct_eval);
    EXPECT_FALSE(scope_of(f).has_direct_eval);
    for (char const* name : { "a", "b" })
        EXPECT_EQ(find_identifier(parsed, name, 1).resolution.kind, ResolutionKind::Environment) << name;
    EXPECT_TRUE(parsed.program().scope->contains_direct_eval);
}

TEST(ScopeAnalysisResolution, OnlyAPlainEvalCallIsDirect)
{
    // Optional calls, indirect references, member calls and `new` are ordinary calls.
    for (char const* text : { "function f() { eval?.(''); var x; x; }", "function f() { (0, eval)(''); var x; x; }",
             "function f() { window.eval(''); var x; x; }", "function f() { new eval(''); var x; x; }" }) {
        Parsed parsed = parse_ok(text);
        EXPECT_FALSE(find_function(parsed, "f").has_direct_eval) << text;
        EXPECT_EQ(find_identifier(parsed, "x", 1).resolution.kind, ResolutionKind::Register) << text;
    }
}

TEST(ScopeAnalysisResolution, ParenthesisedEvalIsStillADirectEval)
{
    // 13.3.6.1: the callee `(eval)` evaluates to the same Reference as `eval`, so the call is a
    // direct eval (unlike `(0, eval)(x)`).
    Parsed parsed = parse_ok("function f() { (eval)(''); var x; x; }");
    EXPECT_TRUE(find_function(parsed, "f").has_direct_eval);
    EXPECT_EQ(find_identifier(parsed, "x", 1).resolution.kind, ResolutionKind::Environment);
}

TEST(ScopeAnalysisResolution, StrictDirectEvalCannotDeclareOuterVariables)
{
    // Strict eval code gets its own variable environment (19.2.1.1 step 17), so it can never
    // shadow a binding outside: `g` is still the global, as the header's "sloppy direct eval" says.
    Parsed parsed = parse_ok("function f() { 'use strict'; eval(''); g; }");
    EXPECT_EQ(find_identifier(parsed, "g").resolution.kind, ResolutionKind::Global);
}

TEST(ScopeAnalysisResolution, CatchParametersAndLoopBindings)
{
    EXPECT_EQ(resolution_of("function f() { try {} catch (e) { e; } }", "e", 1), "Register");
    EXPECT_EQ(resolution_of("function f() { var x; try {} catch (e) { () => x + e; } }", "e", 1), "Environment(0, 0)");
    EXPECT_EQ(resolution_of("function f() { var x; try {} catch (e) { () => x + e; } }", "x", 1), "Environment(1, 0)");
    // A closure capturing a per-iteration binding.
    Resolved loop = resolve("function f() { for (let i = 0; i < 1; i++) { () => i; } }", "i", 3);
    EXPECT_EQ(loop.kind(), ResolutionKind::Environment);
    ASSERT_NE(loop.resolution().variable, nullptr);
    EXPECT_EQ(loop.resolution().variable->scope->kind, ScopeKind::Block);
    EXPECT_EQ(resolution_of("function f() { for (let i of x) { g(() => i); } }", "i", 1), "Environment(0, 0)");
}

TEST(ScopeAnalysisResolution, ParameterExpressionsGetASeparateBodyScope)
{
    // 10.2.11 step 28: with parameter expressions, body vars live in a scope of their own.
    Parsed parsed = parse_ok("function f(a = () => b, b) { var c; return c; }");
    FunctionNode& f = find_function(parsed, "f");
    ASSERT_NE(f.body_scope, nullptr);
    EXPECT_EQ(f.body_scope->kind, ScopeKind::FunctionBody);
    EXPECT_EQ(f.body_scope->parent, f.scope);
    EXPECT_NE(f.body_scope->find(find_identifier(parsed, "c").name), nullptr);
    EXPECT_EQ(find_identifier(parsed, "b", 1).resolution.kind, ResolutionKind::Environment);
    EXPECT_EQ(find_identifier(parsed, "c", 1).resolution.kind, ResolutionKind::Register);

    // A var with a parameter's name is a second binding, initialised from the parameter.
    Parsed shadow = parse_ok("function f(a = 1) { var a; return a; }");
    Variable* parameter = find_identifier(shadow, "a", 0).resolution.variable;
    Variable* body = find_identifier(shadow, "a", 2).resolution.variable;
    ASSERT_NE(parameter, nullptr);
    ASSERT_NE(body, nullptr);
    EXPECT_NE(parameter, body);
    EXPECT_EQ(parameter->kind, VariableKind::Parameter);

    // Simple parameters share the function scope with the body.
    Parsed simple = parse_ok("function g(a) { var a; return a; }");
    EXPECT_EQ(find_function(simple, "g").body_scope, nullptr);
    EXPECT_EQ(find_identifier(simple, "a", 0).resolution.variable, find_identifier(simple, "a", 2).resolution.variable);
}

TEST(ScopeAnalysisResolution, FunctionAndClassNames)
{
    // A named function expression's name is visible inside it.
    Resolved self = resolve("var g = function h() { return h; };", "h", 1);
    EXPECT_EQ(self.kind(), ResolutionKind::Register);
    ASSERT_NE(self.resolution().variable, nullptr);
    EXPECT_EQ(self.resolution().variable->kind, VariableKind::FunctionName);
    // ...unless a declaration in the function shadows it.
    Resolved shadowed = resolve("var g = function h() { var h; return h; };", "h", 2);
    ASSERT_NE(shadowed.resolution().variable, nullptr);
    EXPECT_EQ(shadowed.resolution().variable->kind, VariableKind::Var);

    // A class sees its own name through an inner binding in the class scope.
    Resolved inner = resolve("let C = class D { m() { return D; } }", "D", 1);
    ASSERT_NE(inner.resolution().variable, nullptr);
    EXPECT_EQ(inner.resolution().variable->kind, VariableKind::ClassName);
    EXPECT_EQ(inner.resolution().variable->scope->kind, ScopeKind::Class);
    EXPECT_EQ(inner.kind(), ResolutionKind::Environment);
    EXPECT_EQ(resolve("class C { static x = C; }", "C", 1).resolution().variable->kind, VariableKind::ClassName);
}

TEST(ScopeAnalysisResolution, AnnexBBlockFunctionsAlsoGetAVarBinding)
{
    // B.3.2.1: in sloppy code `g` after the block is the var copy of the block function.
    Resolved sloppy = resolve("function f() { { function g() {} } return g; }", "g", 1);
    EXPECT_EQ(sloppy.kind(), ResolutionKind::Register);
    ASSERT_NE(sloppy.resolution().variable, nullptr);
    EXPECT_EQ(sloppy.resolution().variable->scope->kind, ScopeKind::Function);
    // Strict code has no such copy.
    EXPECT_EQ(resolution_of("'use strict'; function f() { { function g() {} } return g; }", "g", 1), "Global");
    // Nor when it would conflict with a lexical binding of the same name.
    Parsed conflict = parse_ok("function f() { let g; { function g() {} } return g; }");
    Variable* g = find_identifier(conflict, "g", 2).resolution.variable;
    ASSERT_NE(g, nullptr);
    EXPECT_EQ(g->kind, VariableKind::Let);
}

TEST(ScopeAnalysisResolution, EveryReferenceIsResolved)
{
    Parsed parsed = parse_ok("var a = 1; function f(b, {c, d: [e]} = {}, ...g) { let h = a + b + c + e + g.length; "
                             "for (const i of [h]) { try { throw i } catch ({ message }) { return () => message + i + arguments[0] } } "
                             "class K extends Object { #p = h; static s = K; m() { return this.#p + h } } }");
    for (Identifier* identifier : identifiers(parsed)) {
        // Declarations of function and class names are names, not references.
        bool is_name = identifier->name->text == "f" || identifier->name->text == "K";
        if (!is_name) {
            EXPECT_NE(identifier->resolution.kind, ResolutionKind::Unresolved)
                << identifier->name->text << " at column " << identifier->start.column;
        }
    }
}

// --- Per-function flags

TEST(ScopeAnalysisFlags, UsesArguments)
{
    Parsed parsed = parse_ok("function f() { return arguments[0]; } function g() { return 1; } function h() { return () => arguments; }");
    EXPECT_TRUE(find_function(parsed, "f").uses_arguments);
    EXPECT_FALSE(find_function(parsed, "g").uses_arguments);
    // An arrow uses its enclosing function's arguments object.
    EXPECT_TRUE(find_function(parsed, "h").uses_arguments);
    Resolved from_arrow = resolve("function h() { return () => arguments; }", "arguments", 0);
    EXPECT_EQ(from_arrow.kind(), ResolutionKind::Environment);
    ASSERT_NE(from_arrow.resolution().variable, nullptr);
    EXPECT_EQ(from_arrow.resolution().variable->kind, VariableKind::Arguments);
    EXPECT_TRUE(from_arrow.resolution().variable->captured);

    // A parameter or variable named `arguments` is just a variable.
    Parsed shadowed = parse_ok("function f(arguments) { return arguments; } function g() { var arguments; return arguments; }");
    EXPECT_FALSE(find_function(shadowed, "f").uses_arguments);
    EXPECT_FALSE(find_function(shadowed, "g").uses_arguments);
    EXPECT_EQ(find_identifier(shadowed, "arguments", 1).resolution.variable->kind, VariableKind::Parameter);

    // At the top level `arguments` is an ordinary global name.
    EXPECT_EQ(resolution_of("arguments", "arguments", 0), "Global");
    // Methods have an arguments object too.
    EXPECT_TRUE(find_function(parse_ok("({ m() { return arguments; } })"), "m").uses_arguments);
}

TEST(ScopeAnalysisFlags, UsesThis)
{
    Parsed parsed = parse_ok("function f() { return this; } function g() { return 1; } function h() { return () => this; } "
                             "function k() { return function() { return this; }; }");
    EXPECT_TRUE(find_function(parsed, "f").uses_this);
    EXPECT_FALSE(find_function(parsed, "g").uses_this);
    // An arrow's `this` is its enclosing function's.
    EXPECT_TRUE(find_function(parsed, "h").uses_this);
    // A nested ordinary function has its own `this`.
    EXPECT_FALSE(find_function(parsed, "k").uses_this);

    // super.x reads `this` as the receiver.
    Parsed super_property = parse_ok("class A extends B { m() { return super.m(); } }");
    FunctionNode& m = find_function(super_property, "m");
    EXPECT_TRUE(m.contains_super_property);
    EXPECT_TRUE(m.uses_this);
}

TEST(ScopeAnalysisFlags, SuperCallsAreRecordedOnTheConstructor)
{
    Parsed parsed = parse_ok("class A extends B { constructor() { super(); } }");
    auto& class_node = node_as<ClassNode>(only_statement(parsed), NodeKind::ClassDeclaration);
    ASSERT_NE(class_node.constructor, nullptr);
    EXPECT_TRUE(class_node.constructor->contains_super_call);
    Parsed arrow = parse_ok("class A extends B { constructor() { const f = () => super(); f(); } }");
    auto& arrow_class = node_as<ClassNode>(only_statement(arrow), NodeKind::ClassDeclaration);
    EXPECT_TRUE(arrow_class.constructor->contains_super_call);
}

TEST(ScopeAnalysisFlags, DirectEvalMarksEveryEnclosingFunction)
{
    Parsed parsed = parse_ok("function outer() { function middle() { return () => eval('x'); } function other() {} }");
    EXPECT_TRUE(find_function(parsed, "outer").has_direct_eval);
    EXPECT_TRUE(find_function(parsed, "middle").has_direct_eval);
    EXPECT_FALSE(find_function(parsed, "other").has_direct_eval);
    // eval code may use `this`, so the nearest non-arrow function must provide it.
    EXPECT_TRUE(find_function(parsed, "middle").uses_this);
}

TEST(ScopeAnalysisFlags, GeneratorAndAsyncLocalsSurviveSuspension)
{
    // A suspended generator's registers are not kept, so its locals live in its environment.
    EXPECT_EQ(resolve("function* g() { var x; yield x; }", "x", 1).kind(), ResolutionKind::Environment);
    EXPECT_EQ(resolve("async function f() { var x; await x; }", "x", 1).kind(), ResolutionKind::Environment);
    EXPECT_EQ(resolve("function f() { var x; return x; }", "x", 1).kind(), ResolutionKind::Register);
}

// --- Scope tree shape

TEST(ScopeAnalysisScopes, ScopesAreAttachedToTheirNodes)
{
    Parsed parsed = parse_ok("function f() { { let a; } for (let i;;) ; switch (x) { case 1: let c; } try {} catch (e) {} with (o) {} }");
    FunctionNode& f = find_function(parsed, "f");
    ASSERT_NE(f.scope, nullptr);
    EXPECT_EQ(f.scope->kind, ScopeKind::Function);
    EXPECT_EQ(f.scope->function, &f);
    EXPECT_EQ(f.scope->parent, parsed.program().scope);
    ASSERT_EQ(f.body.size(), 5u);
    auto& block = node_as<BlockStatement>(f.body[0], NodeKind::BlockStatement);
    ASSERT_NE(block.scope, nullptr);
    EXPECT_EQ(block.scope->kind, ScopeKind::Block);
    EXPECT_EQ(block.scope->parent, f.scope);
    auto& loop = node_as<ForStatement>(f.body[1], NodeKind::ForStatement);
    ASSERT_NE(loop.scope, nullptr);
    EXPECT_EQ(loop.scope->variables.size(), 1u);
    auto& switch_statement = node_as<SwitchStatement>(f.body[2], NodeKind::SwitchStatement);
    ASSERT_NE(switch_statement.scope, nullptr);
    EXPECT_EQ(switch_statement.scope->variables.size(), 1u);
    auto& try_statement = node_as<TryStatement>(f.body[3], NodeKind::TryStatement);
    ASSERT_NE(try_statement.handler->scope, nullptr);
    EXPECT_EQ(try_statement.handler->scope->kind, ScopeKind::Catch);
    auto& with = node_as<WithStatement>(f.body[4], NodeKind::WithStatement);
    ASSERT_NE(with.scope, nullptr);
    EXPECT_EQ(with.scope->kind, ScopeKind::With);
    EXPECT_TRUE(with.scope->needs_environment);
}

TEST(ScopeAnalysisScopes, VariableKindsAndLexicalFlag)
{
    Parsed parsed = parse_ok("function f(p) { var v; let l; const c = 1; class K {} function d() {} try {} catch (e) { e; } "
                             "return p + v + l + c + K + d; }");
    auto kind_of_use = [&](char const* name, uint32_t occurrence) {
        Variable* variable = find_identifier(parsed, name, occurrence).resolution.variable;
        if (!variable)
            throw std::runtime_error(std::string("no variable for ") + name);
        return std::pair { variable->kind, variable->is_lexical };
    };
    EXPECT_EQ(kind_of_use("p", 1), std::pair(VariableKind::Parameter, false));
    EXPECT_EQ(kind_of_use("v", 1), std::pair(VariableKind::Var, false));
    EXPECT_EQ(kind_of_use("l", 1), std::pair(VariableKind::Let, true));
    EXPECT_EQ(kind_of_use("c", 1), std::pair(VariableKind::Const, true));
    EXPECT_EQ(kind_of_use("K", 1), std::pair(VariableKind::Class, true));
    EXPECT_EQ(kind_of_use("d", 1), std::pair(VariableKind::Function, false));
    EXPECT_EQ(kind_of_use("e", 1), std::pair(VariableKind::CatchParameter, false));
}

TEST(ScopeAnalysisScopes, BlocksWithoutCapturesNeedNoEnvironment)
{
    Parsed parsed = parse_ok("function f() { { let a; a; } }");
    FunctionNode& f = find_function(parsed, "f");
    auto& block = node_as<BlockStatement>(f.body[0], NodeKind::BlockStatement);
    ASSERT_NE(block.scope, nullptr);
    EXPECT_FALSE(block.scope->needs_environment);
    EXPECT_EQ(block.scope->environment_size, 0u);
    EXPECT_FALSE(f.scope->needs_environment);
}

}
}
