// Early errors (the "Static Semantics: Early Errors" sections of the specification) and the
// context-dependent reserved words. Each group checks both sides of a rule: what it rejects and
// the nearby forms it must still accept.
#include "tests/parser/parser_test_support.h"

namespace sable::parser::test {
namespace {

constexpr Goal kModule = Goal::Module;

void expect_all_parse(std::initializer_list<char const*> texts, Goal goal = Goal::Script)
{
    for (char const* text : texts)
        EXPECT_TRUE(parses(text, goal));
}

void expect_all_fail(std::initializer_list<char const*> texts, Goal goal = Goal::Script)
{
    for (char const* text : texts)
        EXPECT_TRUE(fails(text, goal));
}

// --- `let` (13.1.1, 14.3.1.1)

TEST(EarlyErrorsReservedWords, LetIsAnIdentifierOnlyInSloppyCode)
{
    expect_all_parse({ "var let = 1", "let = 1", "let.x = 1", "let()", "let: 1", "for (let in x) ;", "for (let.x in y) ;", "for (let.x;;) ;" });
    expect_all_fail({ "'use strict'; var let = 1", "'use strict'; let = 1", "'use strict'; let: 1", "'use strict'; l\\u0065t = 1" });
    expect_all_fail({ "let = 1", "var let" }, kModule);
}

TEST(EarlyErrorsReservedWords, LetMayNotNameALexicalBinding)
{
    // 14.3.1.1: "It is a Syntax Error if the BoundNames of BindingList contains "let"."
    expect_all_fail({ "let let = 1", "const let = 1", "let [let] = x", "let\nlet = 1", "for (let let of x) ;", "class let {}",
        "{ using let = a; }" });
    EXPECT_EQ(parse_error("let let = 1").message, "let is disallowed as a lexically bound name");
}

TEST(EarlyErrorsReservedWords, LetInForOfHead)
{
    // for ( [lookahead ∉ { let, async of }] LeftHandSideExpression of ...
    expect_all_fail({ "for (let of x) ;", "for (let.x of y) ;" });
    expect_all_parse({ "for (let of of x) ;", "for ((let) of x) ;", "for (let[x] in y) ;" });
}

// --- `yield` (13.1.1, 15.5.1)

TEST(EarlyErrorsReservedWords, YieldOutsideGenerators)
{
    expect_all_parse({ "var yield = 1", "yield: 1", "function yield() {}", "yield / 1", "function* yield() {}",
        "function* g() { function f(yield) {} }", "function* g() { function f(a = yield) {} }" });
    expect_all_fail({ "'use strict'; var yield", "'use strict'; yield = 1", "function yield() { 'use strict' }",
        "function f(yield) { 'use strict' }" });
    expect_all_fail({ "var yield" }, kModule);
}

TEST(EarlyErrorsReservedWords, YieldInsideGenerators)
{
    expect_all_fail({ "function* g() { var yield }", "function* g() { yield: 1 }", "function* g() { function yield() {} }",
        "var g = function* yield() {}", "function* g() { ({ yield }) }", "function* g() { yi\\u0065ld }",
        "function* g() { class yield {} }", "function* g(yield) {}" });
    EXPECT_EQ(parse_error("function* g() { var yield }").message, "Unexpected reserved word 'yield' in a generator");
}

TEST(EarlyErrorsReservedWords, YieldInGeneratorParameters)
{
    // 15.5.1: "It is a Syntax Error if FormalParameters Contains YieldExpression".
    expect_all_fail({ "function* g(a = yield) {}", "function* g() { (a = yield) => 1 }", "function* g() { (yield) => 1 }",
        "function* g() { async (a = yield) => 1 }", "function* g() { async (yield) => 1 }" });
    EXPECT_TRUE(parses("function* g() { async(yield) }")); // a call, not parameters
    EXPECT_TRUE(fails_at("function* g() { (a = yield) => 1 }", 1, 22));
    // Outside a generator `yield` is just a name, also as an arrow's default.
    expect_all_parse({ "(a = yield) => 1", "function *g() { (x = yield) }" });
}

// --- `await` (13.1.1, 15.8.1)

TEST(EarlyErrorsReservedWords, AwaitIsAnIdentifierInSloppyAndStrictScripts)
{
    expect_all_parse({ "var await = 1", "await: 1", "function await() {}", "await / 1", "'use strict'; var await",
        "function f(await) {}", "function f() { (await) => 1 }", "async function await() {}" });
}

TEST(EarlyErrorsReservedWords, AwaitIsReservedInModules)
{
    expect_all_fail({ "var await", "await: 1", "function f(await) {}", "function f() { await x }", "(await) => 1", "() => await 1",
        "import { await } from 'm'", "import { x as await } from 'm'", "class await {}" }, kModule);
    EXPECT_EQ(parse_error("var await = 1", kModule).message, "Unexpected reserved word 'await' in module code");
    EXPECT_TRUE(parses("export { x as await } from 'm'", kModule)); // an export name is not a binding
}

TEST(EarlyErrorsReservedWords, AwaitInsideAsyncFunctions)
{
    expect_all_fail({ "async function f() { var await }", "async function f(await) {}", "var f = async function await() {}",
        "async function f() { await: 1 }", "async function f() { aw\\u0061it x }", "async function f() { (await) => 1 }",
        "async function f() { await => 1 }", "async (await) => 1", "async await => 1", "async function f() { function await() {} }" });
    // Inside a nested ordinary function, `await` is a name again.
    expect_all_parse({ "async function f() { function g() { var await } }", "async function f() { function g(await) {} }" });
}

TEST(EarlyErrorsReservedWords, AwaitInAsyncParameters)
{
    // 15.8.1: "It is a Syntax Error if FormalParameters Contains AwaitExpression".
    expect_all_fail({ "async function f(a = await 1) {}", "async function f() { (a = await 1) => 1 }",
        "async function f() { async (x = await 1) => 1 }", "async (a = await) => 1", "async function f() { function g(a = await 1) {} }" });
    EXPECT_TRUE(fails_at("async function f(a = await 1) {}", 1, 22));
    EXPECT_EQ(parse_error("async function f() { (a = await 1) => 1 }").message,
        "Illegal await-expression in formal parameters of async function");
}

TEST(EarlyErrorsReservedWords, AwaitInClassStaticBlocks)
{
    // 15.7.1: ClassStaticBlockStatementList is [+Await] but may not contain an AwaitExpression.
    expect_all_fail({ "class C { static { var await } }", "class C { static { await } }", "class C { static { await 0 } }",
        "async function f() { class C { static { await 0 } } }", "class C { static { await: 1 } }" });
    expect_all_parse({ "class C { static { function f() { var await } } }", "class C { static { (() => { class await {} }) } }" });
}

TEST(EarlyErrorsReservedWords, AsyncIsNeverReserved)
{
    expect_all_parse({ "var async = 1; async = 2", "'use strict'; var async", "async: 1", "function async() {}",
        "class async {}", "({ async: 1, async() {} })" });
    expect_all_parse({ "let async = 1; async++" }, kModule);
}

TEST(EarlyErrorsReservedWords, StrictModeReservedWords)
{
    for (char const* word : { "implements", "interface", "package", "private", "protected", "public", "static" }) {
        std::string declaration = std::string("var ") + word;
        EXPECT_TRUE(parses(declaration)) << declaration;
        EXPECT_TRUE(fails("'use strict'; " + declaration)) << declaration;
        EXPECT_TRUE(fails(declaration, kModule)) << declaration;
        // Property names are fine everywhere.
        std::string property = std::string("'use strict'; ({ ") + word + ": 1 })." + word;
        EXPECT_TRUE(parses(property)) << property;
    }
    expect_all_fail({ "'use strict'; class implements {}", "'use strict'; function static() {}", "function static() { 'use strict' }" });
}

TEST(EarlyErrorsReservedWords, KeywordsAndEscapes)
{
    expect_all_fail({ "var enum", "var if", "var class", "var null", "var true", "enum = 1", "({ if })" });
    // 12.7.2: an escaped reserved word is not a keyword but still may not be an identifier.
    expect_all_fail({ "v\\u0061r x", "var v\\u0061r", "\\u0069f (1) ;", "n\\u0075ll" });
    EXPECT_EQ(parse_error("v\\u0061r x").message, "Keyword must not contain escaped characters");
    // As property names, escaped keywords are fine.
    expect_all_parse({ "({ v\\u0061r: 1 }).v\\u0061r", "x = { \\u0069f() {} }" });
}

TEST(EarlyErrorsReservedWords, EvalAndArgumentsInStrictCode)
{
    expect_all_fail({ "'use strict'; var eval", "'use strict'; eval = 1", "'use strict'; eval++", "'use strict'; arguments--",
        "'use strict'; [arguments] = x", "'use strict'; ({eval} = {})", "'use strict'; function f(arguments) {}",
        "'use strict'; try {} catch (eval) {}", "'use strict'; (eval) => 1", "'use strict'; arguments => 1",
        "eval => { 'use strict' }", "class C { m(eval) {} }", "class C { m() { var arguments } }",
        "function eval() { 'use strict' }", "(function arguments() { 'use strict' })", "function f() { 'use strict'; arguments = 1 }" });
    expect_all_parse({ "var eval; eval = 1", "'use strict'; ({eval: 1})", "'use strict'; obj.eval = 1", "'use strict'; var x = { eval }",
        "'use strict'; eval(x)", "'use strict'; arguments[0]" });
    expect_all_fail({ "import { eval } from 'm'", "import arguments from 'm'" }, kModule);
}

// --- `in` inside for-loop heads (14.7.4, B.3.5)

TEST(EarlyErrorsForIn, InitializersInForInHeads)
{
    // B.3.5: sloppy `for (var x = init in obj)` is allowed for web compatibility, nothing else is.
    EXPECT_TRUE(parses("for (var i = 0 in x) ;"));
    expect_all_fail({ "'use strict'; for (var i = 0 in x) ;", "for (let i = 0 in x) ;", "for (const i = 0 in x) ;",
        "for (var [a] = 0 in x) ;", "for (var {a} = 0 in x) ;", "for (var x = 1 of y) ;", "for (let x = 1 of y) ;" });
    EXPECT_TRUE(fails("for (var i = 0 in x) ;", kModule));
    EXPECT_EQ(parse_error("for (let i = 0 in x) ;").message, "for-in loop variable declaration may not have an initializer.");
}

TEST(EarlyErrorsForIn, InOperatorInForInit)
{
    // In a for(;;) initializer the `in` operator is only allowed where it cannot start a for-in.
    expect_all_fail({ "for (var i = 0 in x;;) ;", "for (a in b;;) ;", "for (x => x in y;;) ;", "for (x = 1 in y;;) ;" });
    expect_all_parse({ "for ((a in b);;) ;", "for (x => (x in y);;) ;", "for (var a = (b in c);;) ;", "for (var a = [b in c];;) ;",
        "for (var a = b ? c in d : e;;) ;", "for (a ? b in c : d;;) ;", "for (var a = function() { return b in c };;) ;",
        "for (let [a] = [b in c];;) ;", "for (var a = { b: c in d };;) ;", "for (var a = `${b in c}`;;) ;" });
}

TEST(EarlyErrorsForIn, ForInOfHeads)
{
    expect_all_fail({ "for (var a, b in c) ;", "for (let a, b of c) ;", "for (let a of b, c) ;", "for (a of b, c) ;",
        "for (a + b in c) ;", "for ([a] = 1 of b) ;", "for (x of y of z) ;", "for (const x;;) ;", "for (a?.b of c) ;",
        "for ((a, b) of c) ;", "for ({a: 1} of c) ;" });
    expect_all_parse({ "for (a in b, c) ;", "for ([a] of b) ;", "for ({a} in b) ;", "for (a.b of c) ;", "for ((a) of b) ;",
        "for (const x in y) ;", "for (let x = 1, y;;) ;" });
    EXPECT_EQ(parse_error("for (var a, b in c) ;").message, "Invalid left-hand side in for-in loop: Must have a single binding.");
}

TEST(EarlyErrorsForIn, AsyncOfInForOfHeads)
{
    // for ( [lookahead ∉ { let, async of }] LeftHandSideExpression of ...
    expect_all_fail({ "for (async of x) ;" });
    expect_all_parse({ "for ((async) of x) ;", "for (async of => 1;;) ;", "for (async.x of y) ;", "for (async in x) ;" });
}

TEST(EarlyErrorsForIn, ForAwaitAllowsAsyncOf)
{
    // for await ( [lookahead ≠ let] LeftHandSideExpression of ...: only `let` is excluded
    // (test262 statements/for-await-of/head-lhs-async.js).
    EXPECT_TRUE(parses("async function f() { for await (async of x) ; }"));
}

TEST(EarlyErrorsForIn, ForAwaitOnlyInAsyncCode)
{
    expect_all_fail({ "for await (x of y) ;", "function f() { for await (x of y) ; }", "async function f() { for await (x in y) ; }",
        "async function f() { for await (;;) ; }", "class C { static { for await (x of y) ; } }" });
    expect_all_parse({ "async function f() { for await (x of y) ; }", "async () => { for await (const x of y) ; }" });
    EXPECT_TRUE(parses("for await (x of y) ;", kModule));
}

// --- Private names (15.7.1 AllPrivateNamesValid, 13.5.1.1, 13.3.1.1)

TEST(EarlyErrorsPrivateNames, MustBeDeclaredInAnEnclosingClass)
{
    expect_all_fail({ "class C { m() { this.#x } }", "this.#x", "class C { m() { class D { #y; n() { this.#x } } } }",
        "class C { m() { return #x in this } }", "function f() { this.#x }" });
    expect_all_parse({ "class C { #x; m() { this.#x } }", "class C { m() { obj.#x } #x }", "class C { #x; m() { class D { n() { this.#x } } } }",
        "class C { #x; m() { function f() { this.#x } } }", "class C { #x; static m() { obj.#x } }", "class C { #\\u{61}; m() { this.#a } }",
        "class C { #x; m() { this?.#x } }", "class C { #x; m() { this.#x++ } }" });
    EXPECT_TRUE(fails_at("class C { m() { this.#x } }", 1, 22));
    EXPECT_EQ(parse_error("class C { m() { this.#x } }").message, "Private field '#x' must be declared in an enclosing class");
}

TEST(EarlyErrorsPrivateNames, PrivateInOperator)
{
    // RelationalExpression : PrivateIdentifier in ShiftExpression
    EXPECT_TRUE(parses("class C { #x; m() { return #x in this } }"));
    EXPECT_EQ(sexpr("class C { #x; m(o) { return #x in o && 1 } }"), "(class C (field #x) (method m (o) {(return (&& (in #x o) 1))}))");
    expect_all_fail({ "class C { #x; m() { return #x } }", "class C { #x; m() { return #x + 1 } }", "class C { #x; m() { return (#x) in this } }",
        "class C { #x; m() { return 1 + #x in this } }", "class C { #x; m() { return a < #x in this } }", "class C { #x; m() { #x in #x in this } }" });
}

TEST(EarlyErrorsPrivateNames, DuplicatesAndAccessorPairs)
{
    expect_all_fail({ "class C { #x; #x }", "class C { #x; static #x }", "class C { get #x() {} get #x() {} }",
        "class C { #x; get #x() {} }", "class C { #x() {} #x() {} }", "class C { static get #x() {} set #x(v) {} }",
        "class C { get #x() {} static set #x(v) {} }", "class C { get #x() {} set #x(v) {} #x }" });
    // A getter and a setter with the same static-ness form one private accessor.
    expect_all_parse({ "class C { get #x() {} set #x(v) {} }", "class C { set #x(v) {} get #x() {} }",
        "class C { static get #x() {} static set #x(v) {} }", "class C { #x; m() { class D { #x } } }" });
    EXPECT_TRUE(fails_at("class C { #x; #x }", 1, 15));
}

TEST(EarlyErrorsPrivateNames, ConstructorDeleteAndSuper)
{
    expect_all_fail({ "class C { #constructor }", "class C { #constructor() {} }", "class C { static #constructor }" });
    expect_all_fail({ "class C { #x; m() { delete this.#x } }", "class C { #x; m() { delete (this.#x) } }",
        "class C { #x; m() { delete this?.#x } }", "class C { #x; m() { delete ((this.#x)) } }" });
    EXPECT_TRUE(parses("class C { #x; m() { delete this.#x.y } }"));
    EXPECT_EQ(parse_error("class C { #x; m() { delete this.#x } }").message, "Private fields can not be deleted");
    EXPECT_TRUE(fails("class C extends B { #x; m() { super.#x } }"));
    EXPECT_TRUE(fails("class C { # x }"));
}

TEST(EarlyErrorsPrivateNames, AllowedWithoutClassForEvalInsideClasses)
{
    ParseOptions options;
    options.allow_private_names_without_class = true;
    EXPECT_TRUE(parses_with("this.#x", options));
    EXPECT_TRUE(fails("this.#x"));
}

// --- Declarations (14.2.1, 14.12.1, 14.15.1, 15.2.1, 16.1.1, B.3.2)

TEST(EarlyErrorsDeclarations, LexicalConflicts)
{
    expect_all_fail({ "let a; let a;", "let a; var a;", "var a; let a;", "const a = 1; let a;", "let a; { var a; }",
        "{ var a; } let a;", "{ let a; var a; }", "{ let a; { var a; } }", "class A {} var A", "let a; class a {}",
        "function f() { var f; let f; }" });
    expect_all_parse({ "{ let a; } var a;", "var a; var a;", "let a; { let a; }", "const a = 1; a = 2;", "let a; function f() { var a; }" });
    EXPECT_TRUE(fails_at("let a; let a;", 1, 12));
    EXPECT_TRUE(fails_at("var a;\nlet a;", 2, 5));
    EXPECT_EQ(parse_error("let a; let a;").message, "Identifier 'a' has already been declared");
}

TEST(EarlyErrorsDeclarations, CatchParameters)
{
    // B.3.4: a var may redeclare a simple catch parameter, except in a for-of head.
    expect_all_parse({ "try {} catch (e) { var e; }", "try {} catch (e) { for (var e in []) ; }", "try {} catch (e) { for (var e;;) ; }", "try {} catch (e) { for (var e of []) ; }",
        "try {} catch (e) { { let e; } }", "try {} catch (e) { function f() { let e; } }" });
    expect_all_fail({ "try {} catch (e) { let e; }", "try {} catch ([e]) { var e; }", "try {} catch ({e}) { var e; }",
        "try {} catch (e) { function e() {} }", "try {} catch ([e, e]) {}",
        "try {} catch (e) { class e {} }" });
    EXPECT_TRUE(fails_at("try {} catch ([e]) { var e; }", 1, 26));
}

TEST(EarlyErrorsDeclarations, FunctionDeclarations)
{
    // Script and function top levels treat function declarations like var.
    expect_all_parse({ "function f() {} var f;", "function f() {} function f() {}", "'use strict'; function f() {} function f() {}",
        "function g() { function f() {} var f; }" });
    expect_all_fail({ "function f() {} let f;", "let f; function f() {}", "function g() { let f; function f() {} }" });
    // In blocks they are lexical; B.3.2.4 lets sloppy blocks repeat plain functions only.
    EXPECT_TRUE(parses("{ function f() {} function f() {} }"));
    expect_all_fail({ "'use strict'; { function f() {} function f() {} }", "{ function f() {} function* f() {} }",
        "{ async function f() {} function f() {} }", "{ function f() {} var f; }", "{ function f() {} let f; }" });
    EXPECT_TRUE(fails("{ function f() {} function f() {} }", kModule));
    EXPECT_TRUE(parses("{ function f() {} } var f;"));
    EXPECT_TRUE(parses("switch (x) { case 1: function a() {} case 2: function a() {} }"));
    expect_all_fail({ "switch (x) { case 1: let a; case 2: let a; }", "switch (x) { case 1: let a; default: var a; }" });
}

TEST(EarlyErrorsDeclarations, ModuleTopLevelFunctionsAreLexical)
{
    expect_all_fail({ "function f() {} function f() {}", "function f() {} let f", "let f; function f() {}", "function f() {} async function f() {}" },
        kModule);
    EXPECT_TRUE(parses("function f() {} function g() {}", kModule));
}

TEST(EarlyErrorsDeclarations, ModuleTopLevelFunctionConflictsWithVar)
{
    // 16.2.1.1: LexicallyDeclaredNames of a ModuleItemList include its functions and may not
    // occur in its VarDeclaredNames (test262 module-code/parse-err-hoist-lex-fun.js).
    EXPECT_TRUE(fails("var f; function f() {}", kModule));
    EXPECT_TRUE(fails("function f() {} var f;", kModule));
}

TEST(EarlyErrorsDeclarations, DuplicateParameters)
{
    // Sloppy functions with simple parameter lists may repeat names; nothing else may.
    expect_all_parse({ "function f(a, a) {}", "(function(a, a) {})", "function* g(a, a) {}", "async function f(a, a) {}" });
    expect_all_fail({ "'use strict'; function f(a, a) {}", "function f(a, a) { 'use strict' }", "function f(a, [a]) {}",
        "function f(a, a = 1) {}", "function f(a, ...a) {}", "function f({a}, {a}) {}", "(a, a) => 1", "async (a, a) => 1",
        "({ m(a, a) {} })", "class C { m(a, a) {} }", "({ set x([a, a]) {} })" });
    EXPECT_TRUE(fails_at("function f(a, a) { 'use strict' }", 1, 15));
    EXPECT_TRUE(fails_at("(x, x) => 1", 1, 5));
    EXPECT_EQ(parse_error("(x, x) => 1").message, "Duplicate parameter name not allowed in this context");
}

TEST(EarlyErrorsDeclarations, ParametersAndBodyDeclarations)
{
    expect_all_parse({ "function f(a) { var a; }", "function f(a) { { let a; } }", "function f(a = 1) { var a; }", "function f(f) {}",
        "function f() { let arguments; }", "(a) => { var a; }" });
    expect_all_fail({ "function f(a) { let a; }", "function f(a = 1) { let a; }", "function f([a]) { let a; }", "(a) => { let a; }",
        "function f(a) { const a = 1; }", "function f(a) { class a {} }" });
}

TEST(EarlyErrorsDeclarations, LexicalDeclarationsNeedABlock)
{
    expect_all_fail({ "if (1) let x = 1;", "while (0) const x = 1;", "label: let x;", "if (1) class C {}", "do let [x] = 1; while (0)",
        "for (;;) let x;", "if (1) { } else let x;" });
    EXPECT_EQ(parse_error("if (1) let x = 1;").message, "Lexical declaration cannot appear in a single-statement context");
}

TEST(EarlyErrorsDeclarations, FunctionDeclarationsInStatementPositions)
{
    // B.3.3/B.3.4: sloppy `if (x) function f() {}` and labelled functions are allowed; nothing more.
    expect_all_parse({ "if (1) function f() {}", "if (1) function f() {} else function g() {}", "a: function f() {}", "a: b: function f() {}" });
    expect_all_fail({ "'use strict'; if (1) function f() {}", "'use strict'; a: function f() {}", "if (1) function* f() {}",
        "if (1) async function f() {}", "while (1) function f() {}", "while (1) a: function f() {}", "for (;;) function f() {}",
        "a: function* f() {}", "a: async function f() {}", "do function f() {} while (0)", "with (a) function f() {}" });
    EXPECT_TRUE(fails("a: function f() {}", kModule));
}

// --- Strict mode, including the retroactive effect of "use strict" (11.2.2)

TEST(EarlyErrorsStrictMode, UseStrictAppliesToEarlierOctalEscapes)
{
    // A directive prologue's earlier directives become strict code too.
    expect_all_fail({ "'\\07'; 'use strict';", "function f() { '\\07'; 'use strict'; }", "'\\8'; 'use strict'", "'\\08'; 'use strict'" });
    EXPECT_TRUE(fails_at("function f() { '\\1'; 'use strict' }", 1, 17));
    expect_all_parse({ "'\\0'; 'use strict'", "'\\1'; function f() { 'use strict' }", "function f() { return '\\1' } 'use strict'",
        "'\\07'; 'use\\x20strict'" });
}

TEST(EarlyErrorsStrictMode, LegacyOctalLiteralsAndEscapes)
{
    expect_all_fail({ "'use strict'; 010", "'use strict'; '\\1'", "'use strict'; '\\8'", "'use strict'; ({ '\\1': 1 })",
        "'use strict'; ({ 010: 1 })", "class C { m() { return 010 } }", "class C { '\\1'() {} }", "function f() { 'use strict'; return '\\1' }" });
    expect_all_fail({ "010", "'\\1'" }, kModule);
    expect_all_parse({ "010", "'\\1'", "'use strict'; 0o10", "'use strict'; '\\0'", "'use strict'; 0.8", "'use strict'; 1e08", "'use strict'; 0" });
    EXPECT_TRUE(fails_at("'use strict'; x = '\\x41\\1'", 1, 24));
    // Template literals never allow octal escapes (cooked), strict or not.
    EXPECT_TRUE(fails("`\\07`"));
}

TEST(EarlyErrorsStrictMode, NonOctalDecimalLiteralsAreLegacyToo)
{
    // 12.9.3.1: DecimalIntegerLiteral :: NonOctalDecimalIntegerLiteral is a Syntax Error in strict code
    // (test262 literals/numeric/non-octal-decimal-integer-strict.js).
    expect_all_fail({ "'use strict'; 08", "'use strict'; 09", "'use strict'; 019", "'use strict'; 08.5", "class C { m() { return 09 } }" });
    EXPECT_TRUE(fails("08", kModule));
}

TEST(EarlyErrorsStrictMode, NonSimpleParametersWithUseStrict)
{
    // 15.2.1: "It is a Syntax Error if FunctionBodyContainsUseStrict is true and IsSimpleParameterList is false."
    expect_all_fail({ "function f(a = 1) { 'use strict' }", "function f({a}) { 'use strict' }", "function f(...a) { 'use strict' }",
        "function f(a, [b]) { 'use strict' }", "({ m(a = 1) { 'use strict' } })", "(a = 1) => { 'use strict' }",
        "async (a = 1) => { 'use strict' }", "class C { constructor(a = 1) { 'use strict' } }", "function f(a = 1) { 'other'; 'use strict' }" });
    expect_all_parse({ "function f(a, b) { 'use strict' }", "({ m(a) { 'use strict' } })", "function f(a = 1) { 'use\\x20strict' }",
        "'use strict'; function f(a = 1) {}" });
    EXPECT_EQ(parse_error("function f(a = 1) { 'use strict' }").message,
        "Illegal 'use strict' directive in function with non-simple parameter list");
}

TEST(EarlyErrorsStrictMode, StrictOnlyRestrictions)
{
    expect_all_fail({ "'use strict'; with (a) {}", "'use strict'; function f() { with (a) {} }", "'use strict'; delete x",
        "'use strict'; delete (x)", "'use strict'; delete ((x))", "function f() { 'use strict'; delete x }" });
    expect_all_parse({ "with (a) {}", "delete x", "'use strict'; delete x.y", "'use strict'; delete x[0]", "function f() { 'use strict' } with (a) {}" });
    EXPECT_EQ(parse_error("'use strict'; with (a) {}").message, "Strict mode code may not include a with statement");
    expect_all_fail({ "with (a) {}", "delete x" }, kModule);
}

// --- Labels and jumps (14.8.1, 14.9.1, 14.13.1)

TEST(EarlyErrorsLabels, UndefinedAndDuplicateLabels)
{
    expect_all_fail({ "a: while (1) { continue b; }", "break a;", "a: { } break a;", "label: label: ;", "label: { label: ; }",
        "a: while(1) { (() => { break a; })() }", "a: while (1) { function f() { break a; } }", "a: while(1) { x = { m() { continue a; } } }" });
    expect_all_parse({ "label: { } label: ;", "a: { b: 1 } a: 1", "a: function f() { a: 1 }", "a: { break a; }", "a: if (x) break a;" });
    EXPECT_EQ(parse_error("a: while (1) { continue b; }").message, "Undefined label 'b'");
    EXPECT_TRUE(fails_at("label: { label: ; }", 1, 10));
}

TEST(EarlyErrorsLabels, ContinueNeedsAnIterationLabel)
{
    expect_all_fail({ "a: { continue a; }", "a: { b: while (1) continue a; }", "a: b: { for(;;) continue a; }", "a: if (1) continue a;" });
    expect_all_parse({ "a: while (1) { continue a; }", "a: while (1) { b: continue a; }", "a: for (;;) { { continue a; } }",
        "a: b: while (1) continue b;", "a: do { continue a; } while (0)" });
    EXPECT_EQ(parse_error("a: { continue a; }").message, "Illegal continue statement: 'a' does not denote an iteration statement");
}

TEST(EarlyErrorsLabels, EveryLabelOfALoopIsAnIterationLabel)
{
    // 14.13 LabelledEvaluation / ContainsUndefinedContinueTarget: directly nested labels all
    // belong to the loop's label set.
    expect_all_parse({ "a: b: while (1) continue a;", "a: b: c: for (;;) continue a;", "a: b: do { continue a; } while (0)",
        "a: b: for (;;) { c: { continue a; } }" });
}

TEST(EarlyErrorsLabels, BreakAndContinueOutsideLoops)
{
    expect_all_fail({ "break;", "continue;", "switch (x) { case 1: continue; }", "while (1) { (function () { break; }) }",
        "switch (1) { case 1: (() => { break; }) }", "function f() { break; }", "class C { static { break; } }" });
    expect_all_parse({ "while (1) { break; }", "switch (x) { case 1: break; }", "for (;;) { switch (x) { default: continue; } }",
        "do { break; } while (0)" });
    EXPECT_EQ(parse_error("break;").message, "Illegal break statement");
}

TEST(EarlyErrorsLabels, LabelIdentifiersFollowReservedWordRules)
{
    expect_all_parse({ "await: 1", "yield: 1", "let: 1", "async: 1" });
    expect_all_fail({ "function* g() { yield: 1 }", "async function f() { await: 1 }", "'use strict'; yield: 1", "if: 1" });
    EXPECT_TRUE(fails("await: 1", kModule));
}

// --- Other context rules: return, super, new.target, arguments

TEST(EarlyErrorsContext, ReturnOnlyInFunctions)
{
    EXPECT_TRUE(fails_at("return", 1, 1));
    expect_all_fail({ "{ return }", "class C { static { return } }", "class C { static { if (1) return } }" });
    EXPECT_TRUE(fails("return", kModule));
    expect_all_parse({ "function f() { return }", "() => { return 1 }", "class C { static { () => { return } } }" });
}

TEST(EarlyErrorsContext, SuperCallsAndProperties)
{
    expect_all_parse({ "class C extends B { constructor() { super() } }", "class C extends B { constructor() { () => super() } }",
        "class C { m() { super.x } }", "({ m() { super.x } })", "class C { static { super.x } }", "class C { x = super.y }",
        "class C extends B { constructor() { super.x } }", "({ get x() { return super.x } })" });
    expect_all_fail({ "class C { constructor() { super() } }", "class C extends B { m() { super() } }", "({ m() { super() } })",
        "class C { static { super() } }", "class C extends B { x = super() }", "function f() { super.x }", "super.x",
        "({ m: function() { super.x } })", "class C extends B { constructor() { function f() { super() } } }", "super()" });
    EXPECT_EQ(parse_error("function f() { super.x }").message, "'super' keyword unexpected here");
}

TEST(EarlyErrorsContext, NewTarget)
{
    expect_all_parse({ "function f() { new.target }", "function f() { () => new.target }", "class C { x = new.target }",
        "class C { static { new.target } }", "({ m() { new.target } })" });
    expect_all_fail({ "new.target", "() => new.target", "x = { m: () => new.target }", "function f() { new.tar\\u0067et }",
        "function f() { new.foo }" });
    EXPECT_TRUE(fails("new.target", kModule));
}

TEST(EarlyErrorsContext, EvalOptionsRelaxContextRules)
{
    // Code for a direct eval inside a method or constructor may use what its surroundings allow.
    ParseOptions options;
    options.allow_new_target = true;
    options.allow_super_property = true;
    EXPECT_TRUE(parses_with("new.target; super.x", options));
    EXPECT_TRUE(fails_with("super()", options));
    options.allow_super_call = true;
    EXPECT_TRUE(parses_with("super()", options));

    ParseOptions field;
    field.in_class_field_initializer = true;
    EXPECT_TRUE(fails_with("arguments", field));
    EXPECT_TRUE(parses_with("function f() { arguments }", field));
}

TEST(EarlyErrorsContext, ArgumentsInClassFieldsAndStaticBlocks)
{
    expect_all_fail({ "class C { x = arguments }", "class C { x = () => arguments }", "class C { static { arguments } }",
        "class C { [x] = arguments[0] }", "class C { static { () => arguments } }" });
    expect_all_parse({ "class C { x = function() { arguments } }", "class C { m() { arguments } }", "class C { [arguments] = 1 }",
        "class C { static { function f() { arguments } } }" });
}

TEST(EarlyErrorsContext, ClassElementRules)
{
    expect_all_fail({ "class C { constructor() {} constructor() {} }", "class C { get constructor() {} }", "class C { *constructor() {} }",
        "class C { async constructor() {} }", "class C { static prototype() {} }", "class C { static prototype }",
        "class C { constructor }", "class C { 'constructor' }", "class C { static get prototype() {} }", "class C { static 'prototype' = 1 }" });
    expect_all_parse({ "class C { static constructor() {} }", "class C { prototype }", "class C { ['constructor'] }",
        "class C { static ['prototype'] = 1 }", "class C { 'constructor'() {} }", "class C { static async *#m() {} }",
        "class C { constructor() {} ['constructor']() {} }" });
    EXPECT_EQ(parse_error("class C { constructor() {} constructor() {} }").message, "A class may only have one constructor");
}

TEST(EarlyErrorsContext, HtmlCommentsAreNotCommentsInModules)
{
    EXPECT_TRUE(parses("x = 1 <!-- comment"));
    EXPECT_TRUE(parses("--> comment at start"));
    EXPECT_TRUE(fails("<!-- x", kModule));
    EXPECT_TRUE(fails("x\n--> y", kModule));
}

// --- Modules (16.2.1.1, 16.2.2.1, 16.2.3.1)

TEST(EarlyErrorsModules, DuplicateExports)
{
    expect_all_fail({ "export default 1; export default 2", "export default 1; let a; export { a as default }", "let a; export { a }; export { a }",
        "let a, b; export { a as c, b as c }", "export var a; export let b; export { b as a }", "export * as ns from 'm'; export * as ns from 'n'",
        "export function f() {} export function f() {}", "export { a } from 'm'; export { b as a } from 'n'",
        "export default function f() {} export { f as default }", "let a; export { a as 'x' }; export { a as x }" }, kModule);
    expect_all_parse({ "export * from 'm'; export * from 'n'", "let a; export { a, a as b }", "export { a } from 'm'; export { a as b } from 'm'",
        "export * as default from 'm'" }, kModule);
    EXPECT_EQ(parse_error("export default 1; export default 2", kModule).message, "Duplicate export of 'default'");
    EXPECT_TRUE(fails_at("let a; export { a }; export { a }", 1, 31, kModule));
}

TEST(EarlyErrorsModules, ExportedNamesMustBeDeclared)
{
    expect_all_fail({ "export { x }", "export { x as y }", "{ let x; } export { x }", "function f() { var x } export { x }",
        "export { undefined }", "export { globalThis }" }, kModule);
    expect_all_parse({ "export { x }; var x", "export { x }; function x() {}", "export { x }; class x {}", "import x from 'm'; export { x }",
        "export { x } from 'm'", "export { f as g }; export default function f() {}", "export { x }; let x" }, kModule);
    EXPECT_EQ(parse_error("export { x }", kModule).message, "Export 'x' is not defined in module");
    EXPECT_TRUE(fails_at("let y;\nexport { y, x }", 2, 13, kModule));
}

TEST(EarlyErrorsModules, ImportBindingsAreLexical)
{
    expect_all_fail({ "import { a, a } from 'm'", "import { a as b, c as b } from 'm'", "import a, { a } from 'm'", "import a from 'm'; let a",
        "import a from 'm'; var a", "import a from 'm'; function a() {}", "import a from 'm'; class a {}", "export let a; import { a } from 'm'",
        "import * as a from 'm'; import a from 'n'" }, kModule);
    expect_all_parse({ "export { a as b }; import { a } from 'm'", "import a from 'm'; { let a; }", "import a from 'm'; function f(a) {}" }, kModule);
    EXPECT_TRUE(fails_at("import { a, a } from 'm'", 1, 13, kModule));
}

TEST(EarlyErrorsModules, ExportNamesMustBeWellFormedUnicode)
{
    expect_all_fail({ "export { '\\uD800' as x } from 'm'", "let x; export { x as '\\uD800' }", "export * as '\\uDC00' from 'm'",
        "import { '\\uD800' as x } from 'm'" }, kModule);
    expect_all_parse({ "export { '\\uD83D\\uDE00' as x } from 'm'", "let x; export { x as '😀' }" }, kModule);
    // "a" and a name the same: the same export.
    EXPECT_TRUE(fails("let a; export { a }; export { a as 'a' }", kModule));
}

TEST(EarlyErrorsModules, ModuleCodeIsStrict)
{
    expect_all_fail({ "with (a) {}", "a = 010", "delete x", "var eval", "function f(a, a) {}", "label: function f() {}", "var let" }, kModule);
}

// --- using declarations (explicit resource management)

TEST(EarlyErrorsUsing, WhereUsingDeclarationsAreAllowed)
{
    expect_all_parse({ "{ using x = a; }", "function f() { using x = a; }", "for (using x of y) ;", "for (using x = a;;) ;",
        "switch (a) { case 1: { using x = b; } }", "class C { static { using x = a; } }", "async function f() { await using x = a; }",
        "async function f() { for (await using x of y) ; }", "{ using x = null, y = undefined; }" });
    expect_all_parse({ "using x = a;", "await using x = a;" }, kModule);
    expect_all_fail({ "using x = a;", "switch (a) { case 1: using x = b; }", "if (a) using x = b;", "label: using x = a;",
        "function f() { await using x = a; }", "{ await using x = a; }" });
    EXPECT_EQ(parse_error("using x = a;").message,
        "Using declarations are only allowed inside blocks, functions and modules, not directly in a script or a case clause");
}

TEST(EarlyErrorsUsing, UsingBindingsAreSimpleAndInitialised)
{
    expect_all_fail({ "{ using {x} = a; }", "{ using x; }", "async function f() { await using x; }", "for (using x in y) ;",
        "{ using x = a; using x = b; }", "{ using x = a; let x; }", "{ using x = a; var x; }" });
    EXPECT_EQ(parse_error("{ using x; }").message, "Missing initializer in using declaration");
    // `await using[x]` is an assignment to a member of `await using`.
    EXPECT_TRUE(fails("async function f() { await using[x] = 1 }"));
    EXPECT_TRUE(fails("async function f() { await\nusing x = a; }"));
}

// --- Error positions

TEST(EarlyErrorsPositions, ErrorsPointAtTheOffendingToken)
{
    EXPECT_TRUE(fails_at("a +", 1, 4));
    EXPECT_TRUE(fails_at("x = {\n  a: 1,\n  b 2\n}", 3, 5));
    EXPECT_TRUE(fails_at("function f() {\n  let a;\n  {\n    var a;\n  }\n}", 4, 9));
    EXPECT_TRUE(fails_at("'use strict';\n\n  with (a) {}", 3, 3));
    EXPECT_TRUE(fails_at("class C {\n  m() { return this.#nope }\n}", 2, 21));
}

TEST(EarlyErrorsPositions, ColumnsAfterNonAsciiTextAreUtf16Units)
{
    // Each of é, 日, 本 is one UTF-16 unit; 😀 is two (a surrogate pair).
    EXPECT_TRUE(fails_at("x = 'é'; )", 1, 10));
    EXPECT_TRUE(fails_at("x = '日本'; )", 1, 11));
    EXPECT_TRUE(fails_at("x = '😀'; )", 1, 11));
    EXPECT_TRUE(fails_at("/*😀*/ )", 1, 8));
    EXPECT_TRUE(fails_at("// é\nx = 'é'; let let", 2, 14));
    EXPECT_TRUE(fails_at("'😀'; function f(a, a) { 'use strict' }", 1, 21));
    EXPECT_TRUE(fails_at("x = `😀\n😀`; )", 2, 6));
    EXPECT_TRUE(fails_at("x = `😀${1}😀`; )", 1, 17));
    EXPECT_TRUE(fails_at("x = /😀/u; )", 1, 12));
    EXPECT_TRUE(fails_at("x = \"😀\\\n😀\"; )", 2, 6));
    SyntaxError error = parse_error("é = 1; let a; let a;");
    EXPECT_EQ(error.position.column, 19u);
    EXPECT_EQ(error.position.offset, std::string_view("é = 1; let a; let ").size());
}

TEST(EarlyErrorsPositions, TabsAndLineEndingsInPositions)
{
    EXPECT_TRUE(fails_at("x\t= '😀'\n\ta b", 2, 4));
    EXPECT_TRUE(fails_at("a = 1;\r\nb c", 2, 3));
    EXPECT_TRUE(fails_at("a = 1;\rb c", 2, 3));
    EXPECT_TRUE(fails_at("a = 1;\u2028b c", 2, 3));
    EXPECT_TRUE(fails_at("a = \"x\\\r\ny\"; b c", 2, 7));
}

}
}
