// The shape of the tree the parser builds: precedence, the places where the grammar is
// ambiguous token by token (regex vs division, ASI, arrows vs parentheses), literal values and
// source positions. Trees are compared as S-expressions (see parser_test_support.cpp).
#include "tests/parser/parser_test_support.h"

#include <cmath>

namespace sable::parser::test {
namespace {

// --- Operators

TEST(ParserExpressions, BinaryPrecedenceAndAssociativity)
{
    EXPECT_EQ(sexpr("a + b * c - d / e % f"), "(- (+ a (* b c)) (% (/ d e) f))");
    EXPECT_EQ(sexpr("a | b ^ c & d"), "(| a (^ b (& c d)))");
    EXPECT_EQ(sexpr("a << b >> c >>> d"), "(>>> (>> (<< a b) c) d)");
    EXPECT_EQ(sexpr("a in b instanceof c"), "(instanceof (in a b) c)");
    EXPECT_EQ(sexpr("a == b != c === d !== e"), "(!== (=== (!= (== a b) c) d) e)");
    EXPECT_EQ(sexpr("!a && b || c"), "(|| (&& (! a) b) c)");
    EXPECT_EQ(sexpr("a || b && c"), "(|| a (&& b c))");
    EXPECT_EQ(sexpr("a ?? b ?? c"), "(?? (?? a b) c)");
}

TEST(ParserExpressions, ExponentiationIsRightAssociativeAndRejectsUnaryBase)
{
    EXPECT_EQ(sexpr("2 ** 3 ** 2"), "(** 2 (** 3 2))");
    EXPECT_EQ(sexpr("a ** -b"), "(** a (- b))");
    EXPECT_EQ(sexpr("(-a) ** 2"), "(** (paren (- a)) 2)");
    // 13.6: UpdateExpression ** ExponentiationExpression only; a unary operand needs parentheses.
    for (char const* text : { "-a ** 2", "typeof a ** 2", "delete a.b ** 2", "!a ** 2", "void a ** 2" })
        EXPECT_TRUE(fails(text)) << text;
    EXPECT_EQ(sexpr("a++ ** 2"), "(** (post++ a) 2)");
    EXPECT_TRUE(parses("async function f() { (await a) ** 2 }"));
    EXPECT_TRUE(fails("async function f() { await a ** 2 }"));
}

TEST(ParserExpressions, NullishCoalescingDoesNotMixWithLogicalOperators)
{
    EXPECT_TRUE(fails("a ?? b || c"));
    EXPECT_TRUE(fails("a || b ?? c"));
    EXPECT_TRUE(fails("a && b ?? c"));
    EXPECT_TRUE(fails("a ?? b && c"));
    EXPECT_EQ(sexpr("(a ?? b) || c"), "(|| (paren (?? a b)) c)");
    EXPECT_EQ(sexpr("a ?? (b || c)"), "(?? a (paren (|| b c)))");
}

TEST(ParserExpressions, UnaryAndUpdate)
{
    EXPECT_EQ(sexpr("void typeof delete a.b"), "(void (typeof (delete (. a b))))");
    EXPECT_EQ(sexpr("- - a"), "(- (- a))");
    EXPECT_EQ(sexpr("+-a"), "(+ (- a))");
    EXPECT_EQ(sexpr("a+++b"), "(+ (post++ a) b)");
    EXPECT_EQ(sexpr("a---b"), "(- (post-- a) b)");
    EXPECT_EQ(sexpr("- --a"), "(- (pre-- a))");
}

TEST(ParserExpressions, AssignmentAndConditionalAreRightAssociative)
{
    EXPECT_EQ(sexpr("a = b = c"), "(= a (= b c))");
    EXPECT_EQ(sexpr("a += b -= c"), "(+= a (-= b c))");
    EXPECT_EQ(sexpr("a &&= b ||= c ?\?= d"), "(&&= a (||= b (?\?= c d)))");
    EXPECT_EQ(sexpr("a ? b : c ? d : e"), "(? a b (? c d e))");
    EXPECT_EQ(sexpr("a ? b ? c : d : e"), "(? a (? b c d) e)");
    EXPECT_EQ(sexpr("a = b ? c : d = e"), "(= a (? b c (= d e)))");
    EXPECT_EQ(sexpr("a ? b = c : d = e"), "(? a (= b c) (= d e))");
    EXPECT_EQ(sexpr("a, b = c, d"), "(, a (= b c) d)");
}

TEST(ParserExpressions, AssignmentTargets)
{
    EXPECT_EQ(sexpr("(a) = 1"), "(= (paren a) 1)");
    EXPECT_EQ(sexpr("((a)) = 1"), "(= (paren (paren a)) 1)");
    EXPECT_EQ(sexpr("(a.b) = 1"), "(= (paren (. a b)) 1)");
    for (char const* text : { "({a}) = 1", "([a]) = 1", "(a, b) = 1", "a + b = c", "1 = 2", "this = 1", "(a = b) = c",
             "a?.b = 1", "a?.b++", "++a++", "function f() { new.target = 1 }", "`a` = 1", "a + b = 1", "'use strict'; --a.b()", "a.b() &&= 1" }) {
        EXPECT_TRUE(fails(text)) << text;
    }
    EXPECT_TRUE(fails("import.meta = 1", Goal::Module));
    // An arrow's concise body takes the assignment: `a => (a = 1)`.
    EXPECT_EQ(sexpr("a => a = 1"), "(arrow (a) (= a 1))");
}

TEST(ParserExpressions, MemberCallAndNew)
{
    EXPECT_EQ(sexpr("a.b.c.d"), "(. (. (. a b) c) d)");
    EXPECT_EQ(sexpr("a[b][c]"), "([] ([] a b) c)");
    EXPECT_EQ(sexpr("a.if.class"), "(. (. a if) class)");
    EXPECT_EQ(sexpr("a().b().c"), "(. (call (. (call a) b)) c)");
    EXPECT_EQ(sexpr("new a.b.c()"), "(new (. (. a b) c))");
    EXPECT_EQ(sexpr("new a().b"), "(. (new a) b)");
    EXPECT_EQ(sexpr("new new a()()"), "(new (new a))");
    EXPECT_EQ(sexpr("new a"), "(new a)");
    EXPECT_EQ(sexpr("new (a())()"), "(new (paren (call a)))");
    EXPECT_EQ(sexpr("new f(...a)"), "(new f (... a))");
    EXPECT_EQ(sexpr("f(...a, b, ...c)"), "(call f (... a) b (... c))");
    EXPECT_EQ(sexpr("f(a,)"), "(call f a)");
    EXPECT_TRUE(fails("f(,)"));
    EXPECT_TRUE(fails("f(a,,)"));
}

TEST(ParserExpressions, NewOfAnIdentifierNamedAsync)
{
    // `new async(1)` constructs `async` with one argument, like `new foo(1)`.
    EXPECT_EQ(sexpr("new foo(1)"), "(new foo 1)");
    EXPECT_EQ(sexpr("new async(1)"), "(new async 1)");
    EXPECT_EQ(sexpr("new async()"), "(new async)");
}

TEST(ParserExpressions, OptionalChains)
{
    EXPECT_EQ(sexpr("a?.b.c"), "(chain (. (?. a b) c))");
    EXPECT_EQ(sexpr("a?.b.c()"), "(chain (call (. (?. a b) c)))");
    EXPECT_EQ(sexpr("(a?.b).c"), "(. (paren (chain (?. a b))) c)");
    EXPECT_EQ(sexpr("a?.[b]?.(c)"), "(chain (call?. (?.[] a b) c))");
    EXPECT_EQ(sexpr("a?.()"), "(chain (call?. a))");
    EXPECT_EQ(sexpr("a ?.b"), "(chain (?. a b))");
    // A ternary whose consequent is a number, not an optional chain.
    EXPECT_EQ(sexpr("a?.5:1"), "(? a 0.5 1)");
    EXPECT_TRUE(fails("new a?.b"));
    EXPECT_TRUE(fails("a?.b`c`"));
    EXPECT_TRUE(fails("a?.b\n`c`"));
    EXPECT_TRUE(fails("super?.x"));
}

TEST(ParserExpressions, ArrayAndObjectLiterals)
{
    EXPECT_EQ(sexpr("[a, , b, ...c]"), "(array a _ b (... c))");
    EXPECT_EQ(sexpr("[a, , ]"), "(array a _)");
    EXPECT_EQ(sexpr("[,]"), "(array _)");
    EXPECT_EQ(sexpr("({a, b: c, [d]: e, f() {}, get g() {}, set h(v) {}, ...i, 1: m, \"n\": o, 2n: p})"),
        "(paren (object (shorthand a) (: b c) (: [d] e) (method f) (get g) (set h) (... i) (: 1 m) (: \"n\" o) (: 2n p)))");
    EXPECT_EQ(sexpr("({get: 1, set: 2, async: 3, static: 4, await: 5, if: 6})"),
        "(paren (object (: get 1) (: set 2) (: async 3) (: static 4) (: await 5) (: if 6)))");
    EXPECT_EQ(sexpr("({get, set, async})"), "(paren (object (shorthand get) (shorthand set) (shorthand async)))");
    EXPECT_EQ(sexpr("({get() {}, async *gen() {}})"), "(paren (object (method get) (method gen)))");
    EXPECT_TRUE(fails("({if})"));
    EXPECT_TRUE(fails("({a b})"));
    EXPECT_TRUE(fails("({get a(x) {}})"));
    EXPECT_TRUE(fails("({set a() {}})"));
    EXPECT_TRUE(fails("({set a(x, y) {}})"));
    EXPECT_TRUE(fails("({set a(...x) {}})"));
}

TEST(ParserExpressions, ObjectLiteralMethodKinds)
{
    Parsed parsed = parse_ok("({ async *m() {}, get g() {}, async() {} })");
    auto& object = node_as<ObjectExpression>(node_as<ParenthesizedExpression>(only_expression(parsed), NodeKind::ParenthesizedExpression).expression,
        NodeKind::ObjectExpression);
    ASSERT_EQ(object.properties.size(), 3u);
    auto& m = node_as<FunctionNode>(object.properties[0]->value, NodeKind::FunctionExpression);
    EXPECT_TRUE(m.is_async);
    EXPECT_TRUE(m.is_generator);
    EXPECT_EQ(m.function_kind, FunctionKind::Method);
    EXPECT_EQ(node_as<FunctionNode>(object.properties[1]->value, NodeKind::FunctionExpression).function_kind, FunctionKind::Getter);
    // `async() {}` is a plain method named async.
    auto& async_method = node_as<FunctionNode>(object.properties[2]->value, NodeKind::FunctionExpression);
    EXPECT_FALSE(async_method.is_async);
    EXPECT_EQ(node_as<Identifier>(object.properties[2]->key, NodeKind::Identifier).name->text, "async");
}

TEST(ParserExpressions, AccessorParameterLists)
{
    EXPECT_TRUE(parses("({ get x() {}, set x(v) {} })"));
    EXPECT_TRUE(parses("({ set x([a, b] = []) {} })"));
    EXPECT_TRUE(parses("class C { set x(a = 1) {} static get y() {} }"));
    EXPECT_EQ(parse_error("class C { get x(a) {} }").message, "Getter must not have any formal parameters.");
    EXPECT_EQ(parse_error("class C { set x() {} }").message, "Setter must have exactly one formal parameter.");
    EXPECT_EQ(parse_error("({ set x(...a) {} })").message, "Setter function argument must not be a rest parameter");
    EXPECT_TRUE(fails("({ get x(,) {} })"));
    EXPECT_TRUE(fails("({ async get x() {} })"));
    EXPECT_TRUE(fails("({ get async x() {} })"));
    EXPECT_TRUE(fails("({ *get x() {} })"));
    EXPECT_TRUE(fails("class C { get *x() {} }"));
    EXPECT_TRUE(fails("({ async\nm() {} })")); // async [no LineTerminator here]
    EXPECT_EQ(sexpr("({ get\nm() {} })"), "(paren (object (get m)))");
}

TEST(ParserExpressions, ObjectLiteralAccessorsAreNeverGenerators)
{
    // MethodDefinition : get ClassElementName ( ) { FunctionBody } — there is no `get *`.
    EXPECT_TRUE(fails("({ get *x() {} })"));
    EXPECT_TRUE(fails("({ set *x(v) {} })"));
}

TEST(ParserExpressions, SetterParameterListHasNoTrailingComma)
{
    // PropertySetParameterList : FormalParameter — unlike FormalParameters, no trailing comma.
    EXPECT_TRUE(fails("({ set x(a,) {} })"));
    EXPECT_TRUE(fails("class C { set x(a,) {} }"));
    EXPECT_TRUE(fails("class C { static set #x(a,) {} }"));
}

TEST(ParserExpressions, ProtoSetterAndDuplicates)
{
    // B.3.1: one `__proto__: value` sets the prototype; two are an error, unless it is a pattern.
    EXPECT_EQ(sexpr("({__proto__: a, [\"__proto__\"]: b})"), "(paren (object (__proto__ a) (: [\"__proto__\"] b)))");
    EXPECT_EQ(sexpr("({__proto__, __proto__})"), "(paren (object (shorthand __proto__) (shorthand __proto__)))");
    EXPECT_TRUE(fails("({__proto__: a, __proto__: b})"));
    EXPECT_TRUE(fails("({__proto__: a, \"__proto__\": b})"));
    EXPECT_TRUE(fails("({'__proto__': a, __proto__: b})"));
    EXPECT_EQ(sexpr("({__proto__: a, __proto__: b} = c)"), "(paren (= (object-pattern (: __proto__ a) (: __proto__ b)) c))");
}

TEST(ParserExpressions, ShorthandInitializerOnlyInPatterns)
{
    EXPECT_TRUE(fails("({a = 1})"));
    EXPECT_TRUE(fails("f({a = 1})"));
    EXPECT_TRUE(fails("({a = 1}).b = 2"));
    EXPECT_EQ(sexpr("({a = 1} = {})"), "(paren (= (object-pattern (shorthand (default a 1))) (object)))");
    EXPECT_EQ(sexpr("({a = 1}) => 1"), "(arrow ((object-pattern (shorthand (default a 1)))) 1)");
    EXPECT_EQ(sexpr("[{a = 1}] = b"), "(= (array-pattern (object-pattern (shorthand (default a 1)))) b)");
    EXPECT_TRUE(parses("for ({a = 1} of b) ;"));
}

TEST(ParserExpressions, DestructuringAssignment)
{
    EXPECT_EQ(sexpr("[a, b] = [b, a]"), "(= (array-pattern a b) (array b a))");
    EXPECT_EQ(sexpr("[a.b, c[0], ...d.e] = f"), "(= (array-pattern (. a b) ([] c 0) (rest (. d e))) f)");
    EXPECT_EQ(sexpr("[(a), (b.c)] = d"), "(= (array-pattern a (. b c)) d)");
    EXPECT_EQ(sexpr("[...[a]] = b"), "(= (array-pattern (rest (array-pattern a))) b)");
    EXPECT_EQ(sexpr("({a: (b)} = c)"), "(paren (= (object-pattern (: a b)) c))");
    EXPECT_EQ(sexpr("({a: b.c} = d)"), "(paren (= (object-pattern (: a (. b c))) d))");
    EXPECT_TRUE(fails("[(a = 1)] = b"));
    EXPECT_TRUE(fails("({a: (b = 1)} = c)"));
    EXPECT_TRUE(fails("[...a,] = b"));
    EXPECT_TRUE(fails("[...a, b] = c"));
    EXPECT_TRUE(fails("[...a = 1] = b"));
    EXPECT_TRUE(fails("({...{a}} = b)"));
    EXPECT_TRUE(fails("({...a, b} = c)"));
    EXPECT_TRUE(fails("({(a)} = b)"));
    EXPECT_TRUE(fails("({a: 1} = b)"));
    EXPECT_TRUE(fails("[a()] = b"));
    EXPECT_TRUE(fails("[a?.b] = c"));
}

TEST(ParserExpressions, ObjectRestElementMayNotHaveATrailingComma)
{
    // 13.15.5 ObjectAssignmentPattern: `{ AssignmentPropertyList , AssignmentRestProperty opt }` —
    // nothing may follow the rest property, not even a comma (test262 obj-rest-before-comma-invalid).
    EXPECT_TRUE(fails("({...a,} = b)"));
    EXPECT_TRUE(fails("for ({...a,} of b) ;"));
    EXPECT_TRUE(fails("({...a,}) => 1"));
    EXPECT_TRUE(fails("let {...a,} = b"));
}

// --- Regular expression or division (12: InputElementDiv vs InputElementRegExp)

TEST(ParserRegExpOrDivision, DivisionAfterAnOperand)
{
    EXPECT_EQ(sexpr("a / b / c"), "(/ (/ a b) c)");
    EXPECT_EQ(sexpr("x = y / z / 2"), "(= x (/ (/ y z) 2))");
    EXPECT_EQ(sexpr("(a) / b"), "(/ (paren a) b)");
    EXPECT_EQ(sexpr("a[0] / b"), "(/ ([] a 0) b)");
    EXPECT_EQ(sexpr("this / 1"), "(/ this 1)");
    EXPECT_EQ(sexpr("a++ / 2"), "(/ (post++ a) 2)");
    EXPECT_EQ(sexpr("`${a}` / 1"), "(/ (template \"\" a \"\") 1)");
    EXPECT_EQ(sexpr("x = {} / 1"), "(= x (/ (object) 1))");
    EXPECT_EQ(sexpr("x = function f() {} / 1"), "(= x (/ (function f () {}) 1))");
    EXPECT_EQ(sexpr("x = class {} / 1"), "(= x (/ (class) 1))");
    EXPECT_EQ(sexpr("a /= 2"), "(/= a 2)");
}

TEST(ParserRegExpOrDivision, RegExpWhereAnExpressionStarts)
{
    EXPECT_EQ(sexpr("x = /re/g"), "(= x /re/g)");
    EXPECT_EQ(sexpr("x = /=/"), "(= x /=/)");
    EXPECT_EQ(sexpr("x = a ? /b/ : /c/"), "(= x (? a /b/ /c/))");
    EXPECT_EQ(sexpr("[/a/, /b/]"), "(array /a/ /b/)");
    EXPECT_EQ(sexpr("typeof /x/"), "(typeof /x/)");
    EXPECT_EQ(sexpr("if (a) /re/.test(b)"), "(if a (call (. /re/ test) b))");
    EXPECT_EQ(sexpr("function f() { return /re/ }"), "(function f () {(return /re/)})");
    EXPECT_EQ(sexpr("++/x/.lastIndex"), "(pre++ (. /x/ lastIndex))");
    EXPECT_EQ(sexpr("x = /[/]\\//"), "(= x /[/]\\//)");
    EXPECT_TRUE(fails("++/x/")); // a literal is not an assignment target
}

TEST(ParserRegExpOrDivision, ANewlineDoesNotMakeARegExp)
{
    // No ASI before `/`: the next line continues the expression as a division.
    EXPECT_EQ(sexpr("a\n/re/g"), "(/ (/ a re) g)");
    EXPECT_EQ(sexpr("a = b\n/hi/g.exec(c)"), "(= a (/ (/ b hi) (call (. g exec) c)))");
    EXPECT_TRUE(fails_at("a\n/re/", 2, 5)); // `a / re /` then nothing
    EXPECT_EQ(sexpr("a = {}\n/foo/g"), "(= a (/ (/ (object) foo) g))");
}

TEST(ParserRegExpOrDivision, AfterCloseParenOrBrace)
{
    // `)` ends an operand: division. `}` of a block or declaration: a new statement, so a regexp.
    EXPECT_EQ(sexpr("(a) / 2"), "(/ (paren a) 2)");
    EXPECT_EQ(sexpr("{} /re/.test(b)"), "{}; (call (. /re/ test) b)");
    EXPECT_EQ(sexpr("if (a) {} /re/"), "(if a {}); /re/");
    EXPECT_EQ(sexpr("function f() {} /re/g"), "(function f () {}); /re/g");
    EXPECT_EQ(sexpr("class C {} /re/"), "(class C); /re/");
    // An object literal's `}` ends an operand.
    EXPECT_EQ(sexpr("({}) / 1"), "(/ (paren (object)) 1)");
    EXPECT_EQ(sexpr("+{} / 1"), "(/ (+ (object)) 1)");
    EXPECT_TRUE(fails("({}) /re/"));
    // `yield` and `await` are operators in their functions and operands elsewhere.
    EXPECT_EQ(sexpr("function* g() { yield /re/ }"), "(function* g () {(yield /re/)})");
    EXPECT_EQ(sexpr("yield / 1"), "(/ yield 1)");
    EXPECT_EQ(sexpr("async function f() { await /x/ }"), "(function async f () {(await /x/)})");
    EXPECT_EQ(sexpr("await / 1"), "(/ await 1)");
    EXPECT_EQ(sexpr("let / 1"), "(/ let 1)");
}

TEST(ParserRegExpOrDivision, AfterKeywordsAnExpressionStarts)
{
    EXPECT_EQ(sexpr("while (a) /re/.test(b)"), "(while a (call (. /re/ test) b))");
    EXPECT_EQ(sexpr("for (;;) /re/"), "(for _ _ _ /re/)");
    EXPECT_EQ(sexpr("switch (a) { case /re/: }"), "(switch a (case /re/))");
    EXPECT_EQ(sexpr("do /re/; while (0)"), "(do /re/ 0)");
    EXPECT_EQ(sexpr("if (a) ; else /re/"), "(if a (empty) /re/)");
    EXPECT_EQ(sexpr("throw /re/"), "(throw /re/)");
    EXPECT_EQ(sexpr("x = a in /re/"), "(= x (in a /re/))");
    EXPECT_EQ(sexpr("x = a instanceof /re/"), "(= x (instanceof a /re/))");
    EXPECT_EQ(sexpr("x = void /re/"), "(= x (void /re/))");
    EXPECT_EQ(sexpr("x = y => /re/"), "(= x (arrow (y) /re/))");
    EXPECT_EQ(sexpr("x = a ?? /re/"), "(= x (?? a /re/))");
    EXPECT_EQ(sexpr("label: /re/"), "(label: /re/)");
    EXPECT_EQ(sexpr("x = /a/ / /b/"), "(= x (/ /a/ /b/))");
    // After a literal or a keyword that is an operand, `/` divides.
    for (char const* operand : { "this", "null", "true", "1", "\"s\"", "1n", "a[0]", "a.b", "super_" }) {
        std::string text = std::string("x = ") + operand + " /re/ 1";
        Parsed parsed = parse_ok(text);
        auto& assignment = node_as<AssignmentExpression>(only_expression(parsed), NodeKind::AssignmentExpression);
        EXPECT_TRUE(assignment.value->is(NodeKind::BinaryExpression)) << text;
    }
}

TEST(ParserRegExpOrDivision, InvalidRegExpsAreEarlyErrors)
{
    EXPECT_TRUE(fails("/(/"));
    EXPECT_TRUE(fails("/a/gg"));
    EXPECT_TRUE(fails("/a/x"));
    EXPECT_TRUE(fails("/a/\\u0067"));
    EXPECT_TRUE(fails("/unterminated"));
    EXPECT_TRUE(fails("/a\n/"));
    EXPECT_TRUE(fails("/\\u{110000}/u"));
    EXPECT_TRUE(parses("/\\u{10FFFF}/u"));
    EXPECT_TRUE(parses("/[/]/"));
    EXPECT_TRUE(parses("/a/dgimsuy"));
    EXPECT_TRUE(parses("/[\\p{L}--\\p{Lu}]/v"));
}

TEST(ParserRegExpOrDivision, RegExpLiteralFields)
{
    Parsed parsed = parse_ok("/a\\/b[/]/gi");
    auto& regexp = node_as<RegExpLiteral>(only_expression(parsed), NodeKind::RegExpLiteral);
    EXPECT_EQ(regexp.pattern, u"a\\/b[/]");
    EXPECT_EQ(regexp.flags, u"gi");
    EXPECT_EQ(regexp.start.column, 1u);
    EXPECT_EQ(regexp.end, 11u);
}

// --- Automatic semicolon insertion (12.10)

TEST(ParserAsi, RestrictedProductions)
{
    EXPECT_EQ(sexpr("function f() { return\nx }"), "(function f () {(return); x})");
    EXPECT_EQ(sexpr("function f() { return /* \n */ x }"), "(function f () {(return); x})");
    EXPECT_EQ(sexpr("function f() { return /* */ x }"), "(function f () {(return x)})");
    EXPECT_EQ(sexpr("for (;;) { break\na }"), "(for _ _ _ {(break); a})");
    EXPECT_EQ(sexpr("a: for (;;) { continue\na }"), "(a: (for _ _ _ {(continue); a}))");
    EXPECT_EQ(sexpr("a\n++b"), "a; (pre++ b)");
    EXPECT_EQ(sexpr("a\n--b"), "a; (pre-- b)");
    EXPECT_EQ(sexpr("a++\nb"), "(post++ a); b");
    EXPECT_EQ(sexpr("x\n++\ny"), "x; (pre++ y)");
    EXPECT_EQ(sexpr("function* g() { yield\n1 }"), "(function* g () {(yield); 1})");
    EXPECT_EQ(sexpr("function* g() { yield\n/re/ }"), "(function* g () {(yield); /re/})");
    // `throw` must have its expression on the same line: no ASI, an error.
    EXPECT_TRUE(fails_at("throw\nx", 2, 1));
    // `a\n++\n` : no operand for the ++ on its own line.
    EXPECT_TRUE(fails("a\n++"));
}

TEST(ParserAsi, YieldStarMayNotFollowANewline)
{
    // 15.5 YieldExpression : yield [no LineTerminator here] * AssignmentExpression
    // (test262 statements/generators/yield-star-after-newline.js).
    EXPECT_TRUE(fails("function* g() { yield\n* 1 }"));
}

TEST(ParserAsi, NoAsiWithoutANewlineOrBrace)
{
    EXPECT_TRUE(fails_at("var a = 1 b", 1, 11));
    EXPECT_TRUE(fails("if (a) b else c"));
    EXPECT_TRUE(fails("a b"));
    EXPECT_EQ(sexpr("{ a } b"), "{a}; b");
    EXPECT_EQ(sexpr("a\nb"), "a; b");
    EXPECT_EQ(sexpr("a /* multi-line\n comment */ b"), "a; b");
    // ASI never produces an empty statement or a for header semicolon.
    EXPECT_TRUE(fails("if (a)\n"));
    EXPECT_TRUE(fails("for (a\n b\n) {}"));
}

TEST(ParserAsi, NextLineContinuesTheExpression)
{
    EXPECT_EQ(sexpr("var a = b\n(c)"), "(var a=(call b c))");
    EXPECT_EQ(sexpr("a = b\n[c]"), "(= a ([] b c))");
    EXPECT_EQ(sexpr("a = b\n`c`"), "(= a (tag b (template \"c\")))");
    EXPECT_EQ(sexpr("a\n.b"), "(. a b)");
    EXPECT_EQ(sexpr("a\n?.b"), "(chain (?. a b))");
    EXPECT_EQ(sexpr("var x = y => y\n(z)"), "(var x=(arrow (y) (call y z)))");
    // A block-bodied arrow cannot be called or indexed, so the next line starts a statement.
    EXPECT_EQ(sexpr("let x = () => {}\n[1]"), "(let x=(arrow () {})); (array 1)");
}

TEST(ParserAsi, DoWhileSemicolonIsOptional)
{
    // 12.10: a semicolon is inserted after do-while's `)` even without a newline.
    EXPECT_EQ(sexpr("do x; while (0) y"), "(do x 0); y");
    EXPECT_EQ(sexpr("do {} while (false) foo()"), "(do {} false); (call foo)");
    EXPECT_EQ(sexpr("do x\nwhile (0)"), "(do x 0)");
    EXPECT_EQ(sexpr("do ; while (0) y"), "(do (empty) 0); y");
    EXPECT_TRUE(fails("do x while (0)"));
}

TEST(ParserAsi, LetAcrossLines)
{
    // `let` followed by a newline still begins a declaration when an identifier, `[` or `{` follows.
    EXPECT_EQ(sexpr("let \n x = 1"), "(let x=1)");
    EXPECT_EQ(sexpr("let\n[a] = [1]"), "(let (array-pattern a)=(array 1))");
    EXPECT_EQ(sexpr("let\n{a} = b"), "(let (object-pattern (shorthand a))=b)");
    // As a single statement body, `let` is an identifier: ASI after it.
    EXPECT_EQ(sexpr("if (a) let\nx = 1"), "(if a let); (= x 1)");
    EXPECT_EQ(sexpr("do let\nwhile (0)"), "(do let 0)");
    EXPECT_EQ(sexpr("l: let\nx"), "(l: let); x");
    // ...but `let [` is never an ExpressionStatement.
    EXPECT_TRUE(fails("if (1) let\n[a] = b"));
    EXPECT_TRUE(fails("while (0) let\n[a] = b"));
    EXPECT_EQ(sexpr("let.x = 1"), "(= (. let x) 1)");
    EXPECT_EQ(sexpr("let()"), "(call let)");
}

TEST(ParserAsi, AsyncAcrossLines)
{
    // `async [no LineTerminator here] function` and `async [no LineTerminator here] x =>`.
    EXPECT_EQ(sexpr("a = async\nfunction f() {}"), "(= a async); (function f () {})");
    EXPECT_EQ(sexpr("async function\nf() {}"), "(function async f () {})");
    EXPECT_EQ(sexpr("async\nx => x"), "async; (arrow (x) x)");
    EXPECT_EQ(sexpr("async\n(a)"), "(call async a)");
    EXPECT_TRUE(fails("async\n() => {}"));
    EXPECT_TRUE(fails("async (x)\n=> x"));
}

// --- Arrow functions and parenthesised expressions (15.3 cover grammar)

TEST(ParserArrows, ParameterListsAndBodies)
{
    EXPECT_EQ(sexpr("(a, b) => a"), "(arrow (a b) a)");
    EXPECT_EQ(sexpr("() => 1"), "(arrow () 1)");
    EXPECT_EQ(sexpr("(a,) => 1"), "(arrow (a) 1)");
    EXPECT_EQ(sexpr("(...a) => 1"), "(arrow ((rest a)) 1)");
    EXPECT_EQ(sexpr("(a = 1, {b}, [c]) => 0"), "(arrow ((default a 1) (object-pattern (shorthand b)) (array-pattern c)) 0)");
    EXPECT_EQ(sexpr("({a: [b, {c}]}) => 1"), "(arrow ((object-pattern (: a (array-pattern b (object-pattern (shorthand c)))))) 1)");
    EXPECT_EQ(sexpr("(...[a, b]) => 1"), "(arrow ((rest (array-pattern a b))) 1)");
    EXPECT_EQ(sexpr("(a, b) => { return a }"), "(arrow (a b) {(return a)})");
    EXPECT_EQ(sexpr("a => ({})"), "(arrow (a) (paren (object)))");
    EXPECT_EQ(sexpr("a => {}"), "(arrow (a) {})");
    EXPECT_EQ(sexpr("(a, b) => (c, d)"), "(arrow (a b) (paren (, c d)))");
    EXPECT_EQ(sexpr("x = a => b => c"), "(= x (arrow (a) (arrow (b) c)))");
    EXPECT_EQ(sexpr("(a = b => c) => d"), "(arrow ((default a (arrow (b) c))) d)");
}

TEST(ParserArrows, ParenthesisedExpressionsThatAreNotParameters)
{
    EXPECT_EQ(sexpr("(a, b)"), "(paren (, a b))");
    EXPECT_EQ(sexpr("(a)"), "(paren a)");
    for (char const* text : { "()", "(a,)", "(...a)", "(a, ...b)", "() + 1" })
        EXPECT_TRUE(fails(text)) << text;
}

TEST(ParserArrows, InvalidParameters)
{
    for (char const* text : { "((a)) => 1", "(a.b) => 1", "({a: b.c}) => 1", "(1) => 1", "(\"a\") => 1", "(a + b) => 1",
             "(a()) => 1", "([a.b]) => 1", "(...a,) => 1", "(a, ...b = 1) => 1", "(...a, b) => 1", "(a, b)\n=> 1", "(a)\n=> 1",
             "() => {}()", "() => {}.x", "() => {} ? a : b", "() => {} + 1", "x = () => {} / 1" }) {
        EXPECT_TRUE(fails(text)) << text;
    }
    EXPECT_TRUE(fails_at("(...a,) => 1", 1, 6));
    EXPECT_TRUE(fails_at("(a, ...b = 1) => 1", 1, 10));
}

TEST(ParserArrows, ArrowsInsideLargerExpressions)
{
    EXPECT_EQ(sexpr("x = (a) => b, c"), "(, (= x (arrow (a) b)) c)");
    EXPECT_EQ(sexpr("x => x, y"), "(, (arrow (x) x) y)");
    EXPECT_EQ(sexpr("a ? b => c : d"), "(? a (arrow (b) c) d)");
    EXPECT_EQ(sexpr("a ? (b) => c : d => e"), "(? a (arrow (b) c) (arrow (d) e))");
    EXPECT_EQ(sexpr("a ? (b) : c => d"), "(? a (paren b) (arrow (c) d))");
    EXPECT_EQ(sexpr("f(a => b, c => d)"), "(call f (arrow (a) b) (arrow (c) d))");
    EXPECT_EQ(sexpr("(() => {})()"), "(call (paren (arrow () {})))");
    EXPECT_EQ(sexpr("x = () => ({}) / 1"), "(= x (arrow () (/ (paren (object)) 1)))");
}

TEST(ParserArrows, AsyncArrowsAndCallsOfAsync)
{
    EXPECT_EQ(sexpr("async (x) => x"), "(arrow async (x) x)");
    EXPECT_EQ(sexpr("async x => x"), "(arrow async (x) x)");
    EXPECT_EQ(sexpr("async () => {}"), "(arrow async () {})");
    EXPECT_EQ(sexpr("async (a, ...b) => 1"), "(arrow async (a (rest b)) 1)");
    EXPECT_EQ(sexpr("async a => await a"), "(arrow async (a) (await a))");
    EXPECT_EQ(sexpr("async(x)"), "(call async x)");
    EXPECT_EQ(sexpr("async ()"), "(call async)");
    EXPECT_EQ(sexpr("async (...a)"), "(call async (... a))");
    EXPECT_EQ(sexpr("async(...a, b)"), "(call async (... a) b)");
    EXPECT_EQ(sexpr("(async)"), "(paren async)");
    EXPECT_EQ(sexpr("async.x"), "(. async x)");
    EXPECT_EQ(sexpr("async => async"), "(arrow (async) async)");
    EXPECT_EQ(sexpr("async async => 1"), "(arrow async (async) 1)");
    EXPECT_EQ(sexpr("async(await)"), "(call async await)");
    EXPECT_TRUE(fails("async (...a,) => 1"));
    EXPECT_TRUE(fails("async (...a, b) => 1"));
    EXPECT_TRUE(fails("\\u0061sync (x) => x"));
}

TEST(ParserArrows, ArrowFunctionNodeFields)
{
    Parsed parsed = parse_ok("(a, b = 1, ...c) => a");
    auto& arrow = node_as<FunctionNode>(only_expression(parsed), NodeKind::ArrowFunction);
    EXPECT_EQ(arrow.function_kind, FunctionKind::Arrow);
    EXPECT_TRUE(arrow.is_expression_body);
    EXPECT_FALSE(arrow.has_simple_parameter_list);
    // 10.2.9 ExpectedArgumentCount: parameters before the first default or rest.
    EXPECT_EQ(arrow.expected_argument_count, 1u);
    ASSERT_EQ(arrow.body.size(), 1u);
    EXPECT_TRUE(arrow.body[0]->is(NodeKind::ReturnStatement));

    Parsed block = parse_ok("x => { return x }");
    auto& block_arrow = node_as<FunctionNode>(only_expression(block), NodeKind::ArrowFunction);
    EXPECT_FALSE(block_arrow.is_expression_body);
    EXPECT_TRUE(block_arrow.has_simple_parameter_list);
    EXPECT_EQ(block_arrow.expected_argument_count, 1u);
}

// --- Statements

TEST(ParserStatements, ControlFlow)
{
    EXPECT_EQ(sexpr("if (a) b\nelse c"), "(if a b c)");
    EXPECT_EQ(sexpr("if (a) {} else if (b) {} else {}"), "(if a {} (if b {} {}))");
    EXPECT_EQ(sexpr("if (a) if (b) c; else d"), "(if a (if b c d))"); // dangling else binds inward
    EXPECT_EQ(sexpr("while (a) b"), "(while a b)");
    EXPECT_EQ(sexpr("for (var i = 0, j; i < 1; i++) ;"), "(for (var i=0 j) (< i 1) (post++ i) (empty))");
    EXPECT_EQ(sexpr("for (;;) ;"), "(for _ _ _ (empty))");
    EXPECT_EQ(sexpr("for (x in y) ;"), "(for-in x y (empty))");
    EXPECT_EQ(sexpr("for (var x in y) ;"), "(for-in (var x) y (empty))");
    EXPECT_EQ(sexpr("for (let [a, b] of c) ;"), "(for-of (let (array-pattern a b)) c (empty))");
    EXPECT_EQ(sexpr("for (a in b, c) ;"), "(for-in a (, b c) (empty))");
    EXPECT_EQ(sexpr("async function f() { for await (const x of y) ; }"),
        "(function async f () {(for-await-of (const x) y (empty))})");
    EXPECT_EQ(sexpr("with (a) b"), "(with a b)");
    EXPECT_EQ(sexpr("debugger"), "(debugger)");
    EXPECT_EQ(sexpr(";;"), "(empty); (empty)");
    EXPECT_EQ(sexpr("l: m: x"), "(l: (m: x))");
}

TEST(ParserStatements, SwitchAndTry)
{
    EXPECT_EQ(sexpr("switch (a) { case 1: b; case 2: default: c }"), "(switch a (case 1 b) (case 2) (default c))");
    EXPECT_EQ(sexpr("switch (a) {}"), "(switch a)");
    EXPECT_TRUE(fails("switch (a) { default: default: }"));
    EXPECT_EQ(sexpr("try {} catch {} finally {}"), "(try {} (catch _ {}) (finally {}))");
    EXPECT_EQ(sexpr("try {} catch ([a, b]) {}"), "(try {} (catch (array-pattern a b) {}))");
    EXPECT_EQ(sexpr("try {} finally {}"), "(try {} (finally {}))");
    EXPECT_TRUE(fails("try {}"));
    EXPECT_TRUE(fails("try {} catch (a = 1) {}"));
    EXPECT_TRUE(fails("try x; catch (e) {}"));
}

TEST(ParserStatements, VariableDeclarations)
{
    EXPECT_EQ(sexpr("var a, b = 1, [c] = d, {e} = f"), "(var a b=1 (array-pattern c)=d (object-pattern (shorthand e))=f)");
    EXPECT_EQ(sexpr("let a, b"), "(let a b)");
    EXPECT_EQ(sexpr("const a = 1, b = 2"), "(const a=1 b=2)");
    EXPECT_EQ(sexpr("var {a: [b = 1], ...c} = d"), "(var (object-pattern (: a (array-pattern (default b 1))) (... (rest c)))=d)");
    EXPECT_TRUE(fails("var [a]"));
    EXPECT_TRUE(fails("var {a}"));
    EXPECT_TRUE(fails("let [a]"));
    EXPECT_TRUE(fails("const a"));
    EXPECT_TRUE(fails("for (const a;;) ;"));
    EXPECT_TRUE(fails("var a.b = 1"));
    EXPECT_TRUE(fails("let {...[a]} = b"));
    EXPECT_TRUE(fails("let [...a,] = b"));
}

TEST(ParserStatements, UsingDeclarations)
{
    EXPECT_EQ(sexpr("{ using x = a; }"), "{(using x=a)}");
    EXPECT_EQ(sexpr("{ using x = a, y = b; }"), "{(using x=a y=b)}");
    EXPECT_EQ(sexpr("using x = a;", Goal::Module), "(using x=a)");
    EXPECT_EQ(sexpr("async function f() { await using x = a; }"), "(function async f () {(await-using x=a)})");
    EXPECT_EQ(sexpr("for (using x of y) ;"), "(for-of (using x) y (empty))");
    EXPECT_EQ(sexpr("async function f() { for (await using x of y) ; }"), "(function async f () {(for-of (await-using x) y (empty))})");
    // Not declarations: `using` as an identifier.
    EXPECT_EQ(sexpr("{ using[x] = a; }"), "{(= ([] using x) a)}");
    EXPECT_EQ(sexpr("{ using\nx = a; }"), "{using; (= x a)}");
    EXPECT_EQ(sexpr("{ using in x; }"), "{(in using x)}");
    EXPECT_EQ(sexpr("for (using of y) ;"), "(for-of using y (empty))");
    // test262 using-for-using-of-of.js: `for (using of of [0])` iterates over `of[0]`.
    EXPECT_EQ(sexpr("for (using of of [0]) ;"), "(for-of using ([] of 0) (empty))");
    EXPECT_EQ(sexpr("for (using of = null;;) break;"), "(for (using of=null) _ _ (break))");
    EXPECT_EQ(sexpr("using = 1"), "(= using 1)");
}

TEST(ParserStatements, FunctionDeclarationShapes)
{
    EXPECT_EQ(sexpr("function f(a, b = 1, ...c) {}"), "(function f (a (default b 1) (rest c)) {})");
    EXPECT_EQ(sexpr("function* f() { yield* a; yield; yield a }"), "(function* f () {(yield* a); (yield); (yield a)})");
    EXPECT_EQ(sexpr("async function* f() { yield* a; await b; for await (c of d); }"),
        "(function async* f () {(yield* a); (await b); (for-await-of c d (empty))})");
    EXPECT_EQ(sexpr("(function*() { yield\na })"), "(paren (function* () {(yield); a}))");
    EXPECT_EQ(sexpr("(async function*() {})"), "(paren (function async* () {}))");
    EXPECT_TRUE(fails("function () {}"));
    EXPECT_TRUE(fails("function f(a, ...b,) {}"));
    EXPECT_TRUE(fails("function f(...a = 1) {}"));
    EXPECT_TRUE(parses("function f(a, b,) {}"));
}

TEST(ParserStatements, YieldExpressions)
{
    EXPECT_EQ(sexpr("x = function*() { yield yield a }"), "(= x (function* () {(yield (yield a))}))");
    EXPECT_EQ(sexpr("x = function*() { yield a, b }"), "(= x (function* () {(, (yield a) b)}))");
    EXPECT_EQ(sexpr("x = function*() { (yield) ? a : b }"), "(= x (function* () {(? (paren (yield)) a b)}))");
    EXPECT_EQ(sexpr("x = function*() { a = yield }"), "(= x (function* () {(= a (yield))}))");
    EXPECT_EQ(sexpr("x = function*() { [yield] }"), "(= x (function* () {(array (yield))}))");
    EXPECT_EQ(sexpr("x = function*() { f(yield, yield a) }"), "(= x (function* () {(call f (yield) (yield a))}))");
    EXPECT_EQ(sexpr("x = function*() { yield * a }"), "(= x (function* () {(yield* a)}))");
    EXPECT_EQ(sexpr("x = function*() { ({ yield: 1 }) }"), "(= x (function* () {(paren (object (: yield 1)))}))");
    EXPECT_TRUE(fails("x = function*() { yield ? a : b }"));
    EXPECT_TRUE(fails("x = function*() { yield => 1 }"));
    EXPECT_TRUE(fails("x = function*() { a + yield }"));
}

// --- Classes

TEST(ParserClasses, ElementKinds)
{
    EXPECT_EQ(sexpr("class C extends B { constructor() { super() } static m() {} get x() {} set x(v) {} #p = 1; static { a } }"),
        "(class C extends B (method constructor () {(call super)}) (static method m () {}) (get x () {}) (set x (v) {}) "
        "(field #p 1) (static block {a}))");
    EXPECT_EQ(sexpr("(class { [a] = 1; 'b'; 2 })"), "(paren (class (field [a] 1) (field \"b\") (field 2)))");
    EXPECT_EQ(sexpr("class C extends (a, b) {}"), "(class C extends (paren (, a b)))");
    EXPECT_TRUE(fails("class C extends a = b {}"));
    EXPECT_TRUE(fails("class C { x y }"));
    EXPECT_TRUE(fails("class {}"));
}

TEST(ParserClasses, ModifiersOnTheirOwnLine)
{
    // `get`/`set`/`static` may be followed by a newline; `async` may not (it is then a field).
    EXPECT_EQ(sexpr("class C { get\nx() {} }"), "(class C (get x () {}))");
    EXPECT_EQ(sexpr("class C { static\nx }"), "(class C (static field x))");
    EXPECT_EQ(sexpr("class C { async\nx() {} }"), "(class C (field async) (method x () {}))");
    EXPECT_EQ(sexpr("class C { x\ny }"), "(class C (field x) (field y))");
    EXPECT_EQ(sexpr("class C { static; get; set; async }"), "(class C (field static) (field get) (field set) (field async))");
    EXPECT_EQ(sexpr("class C { static() {} get() {} }"), "(class C (method static () {}) (method get () {}))");
    EXPECT_EQ(sexpr("class C { static static() {} }"), "(class C (static method static () {}))");
}

TEST(ParserClasses, GetOrSetFollowedByAGeneratorOnTheNextLineIsAField)
{
    // `get *a` is no accessor, so ASI ends a field named `get` (test262 class/elements/syntax/
    // valid/grammar-field-named-get-followed-by-generator-asi.js and the `set` variant).
    EXPECT_EQ(sexpr("class C { get\n*a() {} }"), "(class C (field get) (method a () {}))");
    EXPECT_EQ(sexpr("class C { set\n*a() {} }"), "(class C (field set) (method a () {}))");
}

TEST(ParserClasses, AsiBetweenFieldsAndMethods)
{
    EXPECT_EQ(sexpr("class C { x = 1\ny = 2 }"), "(class C (field x 1) (field y 2))");
    EXPECT_EQ(sexpr("class C { x\n= 1 }"), "(class C (field x 1))");
    EXPECT_EQ(sexpr("class C { x\n*y() {} }"), "(class C (field x) (method y () {}))");
    EXPECT_EQ(sexpr("class C { x\n['y']() {} }"), "(class C (field x) (method [\"y\"] () {}))");
    EXPECT_EQ(sexpr("class C { static\n*a() {} }"), "(class C (static method a () {}))");
    EXPECT_EQ(sexpr("class C { async\n*a() {} }"), "(class C (field async) (method a () {}))");
    EXPECT_EQ(sexpr("class C { 'a'\nb }"), "(class C (field \"a\") (field b))");
    EXPECT_EQ(sexpr("class C { in\nx }"), "(class C (field in) (field x))");
    // An initializer continues onto the next line like any expression: `1['y']()` then `{`.
    EXPECT_TRUE(fails("class C { x = 1\n['y']() {} }"));
    EXPECT_TRUE(fails("class C { x = 1 y = 2 }"));
}

TEST(ParserClasses, HeritageIsALeftHandSideExpression)
{
    EXPECT_EQ(sexpr("class C extends a?.b {}"), "(class C extends (chain (?. a b)))");
    EXPECT_EQ(sexpr("class C extends A() {}"), "(class C extends (call A))");
    EXPECT_EQ(sexpr("class C extends new A() {}"), "(class C extends (new A))");
    EXPECT_EQ(sexpr("class C extends function() {} {}"), "(class C extends (function () {}))");
    EXPECT_EQ(sexpr("function* g() { class C extends (yield) {} }"), "(function* g () {(class C extends (paren (yield)))})");
    for (char const* text : { "class C extends a, b {}", "class C extends a = b {}", "class C extends a ? b : c {}",
             "function* g() { class C extends yield {} }" })
        EXPECT_TRUE(fails(text)) << text;
}

TEST(ParserClasses, HeritageMayNotBeAnArrowFunction)
{
    // ClassHeritage : extends LeftHandSideExpression (test262 class/elements/syntax/early-errors/
    // class-heritage-array-literal-arrow-heritage.js and -async-arrow-heritage.js).
    EXPECT_TRUE(fails("class C extends () => {} {}"));
    EXPECT_TRUE(fails("var C = class extends async () => {} {}"));
    EXPECT_TRUE(fails("class C extends x => x {}"));
}

TEST(ParserClasses, ConstructorAndFieldFunctions)
{
    Parsed parsed = parse_ok("class C extends B { x = 1; constructor(a) { super(a) } static y = 2 }");
    auto& class_node = node_as<ClassNode>(only_statement(parsed), NodeKind::ClassDeclaration);
    ASSERT_NE(class_node.constructor, nullptr);
    EXPECT_EQ(class_node.constructor->function_kind, FunctionKind::DerivedClassConstructor);
    EXPECT_TRUE(class_node.constructor->is_strict);
    ASSERT_EQ(class_node.elements.size(), 3u);
    // Each field initializer is a synthetic function so `this` and scopes work as in a method.
    FunctionNode* initializer = class_node.elements[0]->function;
    ASSERT_NE(initializer, nullptr);
    EXPECT_EQ(initializer->function_kind, FunctionKind::ClassFieldInitializer);
    EXPECT_TRUE(class_node.elements[2]->is_static);

    Parsed base = parse_ok("(class { constructor() {} })");
    auto& base_class = node_as<ClassNode>(node_as<ParenthesizedExpression>(only_expression(base), NodeKind::ParenthesizedExpression).expression,
        NodeKind::ClassExpression);
    ASSERT_NE(base_class.constructor, nullptr);
    EXPECT_EQ(base_class.constructor->function_kind, FunctionKind::ClassConstructor);
    // Without a constructor the default one is implied.
    EXPECT_EQ(node_as<ClassNode>(only_statement(parse_ok("class D {}")), NodeKind::ClassDeclaration).constructor, nullptr);
}

// --- Literals

TEST(ParserLiterals, NumericValues)
{
    EXPECT_EQ(sexpr("0x10 + 0b10 + 0o10 + 1e3 + .5"), "(+ (+ (+ (+ 16 2) 8) 1000) 0.5)");
    EXPECT_EQ(sexpr("1..toString()"), "(call (. 1 toString))");
    EXPECT_EQ(sexpr("010 + 08 + 1_0"), "(+ (+ 8 8) 10)");
    Parsed parsed = parse_ok("1_000_000.000_001");
    EXPECT_EQ(node_as<NumericLiteral>(only_expression(parsed), NodeKind::NumericLiteral).value, 1000000.000001);
    EXPECT_TRUE(std::isinf(node_as<NumericLiteral>(only_expression(parse_ok("1e999")), NodeKind::NumericLiteral).value));
}

TEST(ParserLiterals, BigIntDigitsAreKeptAsWritten)
{
    EXPECT_EQ(sexpr("123n"), "123n");
    EXPECT_EQ(sexpr("0xFFn"), "0xFFn");
    EXPECT_EQ(sexpr("1_000n"), "1000n");
    EXPECT_EQ(sexpr("({1n: a})"), "(paren (object (: 1n a)))");
    EXPECT_TRUE(fails("1.5n"));
    EXPECT_TRUE(fails("01n"));
}

TEST(ParserLiterals, StringValues)
{
    EXPECT_EQ(sexpr("\"\\u{1F600}\""), "\"\\uD83D\\uDE00\"");
    EXPECT_EQ(sexpr("'\\''"), "\"'\"");
    EXPECT_EQ(sexpr("'a\\x20b\\u0020c'"), "\"a b c\"");
    EXPECT_EQ(sexpr("'line\\\ncontinued'"), "\"linecontinued\"");
    EXPECT_EQ(sexpr("'\\101'"), "\"A\"");
    EXPECT_TRUE(fails("\"a\" \"b\""));

    Parsed plain = parse_ok("'abc'");
    EXPECT_TRUE(node_as<StringLiteral>(only_expression(plain), NodeKind::StringLiteral).is_plain);
    Parsed escaped = parse_ok("'a\\x62c'");
    auto& literal = node_as<StringLiteral>(only_expression(escaped), NodeKind::StringLiteral);
    EXPECT_FALSE(literal.is_plain);
    EXPECT_EQ(literal.value, u"abc");
}

TEST(ParserLiterals, TemplateCookedAndRawValues)
{
    Parsed parsed = parse_ok("`a\\n${b}\\u0041${c}\\\nz`");
    auto& literal = node_as<TemplateLiteral>(only_expression(parsed), NodeKind::TemplateLiteral);
    ASSERT_EQ(literal.quasis.size(), 3u);
    ASSERT_EQ(literal.expressions.size(), 2u);
    EXPECT_EQ(literal.quasis[0].cooked, u"a\n");
    EXPECT_EQ(literal.quasis[0].raw, u"a\\n");
    EXPECT_EQ(literal.quasis[1].cooked, u"A");
    EXPECT_EQ(literal.quasis[1].raw, u"\\u0041");
    // A line continuation: nothing cooked, backslash and LF raw.
    EXPECT_EQ(literal.quasis[2].cooked, u"z");
    EXPECT_EQ(literal.quasis[2].raw, u"\\\nz");
    for (TemplateElement const& element : literal.quasis)
        EXPECT_FALSE(element.cooked_is_undefined);
    EXPECT_EQ(sexpr("`$`"), "(template \"$\")");
    EXPECT_EQ(sexpr("`$${a}`"), "(template \"$\" a \"\")");
    EXPECT_EQ(sexpr("`\\${a}`"), "(template \"${a}\")");
    EXPECT_EQ(sexpr("`\\``"), "(template \"`\")");
    EXPECT_EQ(sexpr("`a${`b${c}`}d`"), "(template \"a\" (template \"b\" c \"\") \"d\")");
    EXPECT_EQ(sexpr("`a${{}}b`"), "(template \"a\" (object) \"b\")");
}

TEST(ParserLiterals, TemplateLineTerminatorsNormalise)
{
    Parsed parsed = parse_ok("`a\r\nb\rc`");
    auto& literal = node_as<TemplateLiteral>(only_expression(parsed), NodeKind::TemplateLiteral);
    ASSERT_EQ(literal.quasis.size(), 1u);
    EXPECT_EQ(literal.quasis[0].cooked, u"a\nb\nc");
    EXPECT_EQ(literal.quasis[0].raw, u"a\nb\nc");
}

TEST(ParserLiterals, InvalidTemplateEscapesOnlyWhenTagged)
{
    // 13.2.8.1: NotEscapeSequence is allowed in tagged templates (cooked value undefined).
    for (char const* text : { "`\\unicode`", "`\\07`", "`\\xg`", "`${a}\\u`", "`\\u{110000}`" })
        EXPECT_TRUE(fails(text)) << text;
    EXPECT_EQ(sexpr("tag`\\u`"), "(tag tag (template undefined))");
    EXPECT_EQ(sexpr("tag`${a}\\u`"), "(tag tag (template \"\" a undefined))");
    EXPECT_EQ(sexpr("`\\0`"), "(template \"\\u0000\")");

    Parsed parsed = parse_ok("tag`ok\\u{41}${x}\\unicode and \\xg`");
    auto& tagged = node_as<TaggedTemplate>(only_expression(parsed), NodeKind::TaggedTemplate);
    ASSERT_EQ(tagged.quasi->quasis.size(), 2u);
    EXPECT_FALSE(tagged.quasi->quasis[0].cooked_is_undefined);
    EXPECT_EQ(tagged.quasi->quasis[0].cooked, u"okA");
    EXPECT_TRUE(tagged.quasi->quasis[1].cooked_is_undefined);
    // The raw value is kept exactly, escapes and all.
    EXPECT_EQ(tagged.quasi->quasis[1].raw, u"\\unicode and \\xg");
}

TEST(ParserLiterals, TaggedTemplateForms)
{
    EXPECT_EQ(sexpr("tag`a${b}c`"), "(tag tag (template \"a\" b \"c\"))");
    EXPECT_EQ(sexpr("a.b`c`"), "(tag (. a b) (template \"c\"))");
    EXPECT_EQ(sexpr("new a`b`"), "(new (tag a (template \"b\")))");
    EXPECT_EQ(sexpr("a`b``c`"), "(tag (tag a (template \"b\")) (template \"c\"))");
    EXPECT_TRUE(parses("tag`a`.b`\\u`"));
    EXPECT_TRUE(fails("`a${b}c"));
    EXPECT_TRUE(fails("`a${b"));
}

// --- Directives and strictness

TEST(ParserDirectives, UseStrictMakesProgramAndFunctionsStrict)
{
    EXPECT_TRUE(parse_ok("'use strict'; x").program().is_strict);
    EXPECT_TRUE(parse_ok("\"a\"; \"use strict\"; x").program().is_strict);
    EXPECT_TRUE(fails("\"use strict\"\n010")); // ASI ends the directive, so 010 is strict code
    EXPECT_FALSE(parse_ok("x; 'use strict'").program().is_strict);
    EXPECT_FALSE(parse_ok("('use strict')").program().is_strict);
    EXPECT_FALSE(parse_ok("'use\\x20strict'").program().is_strict); // escapes disqualify it
    EXPECT_FALSE(parse_ok("'use strict' + 1").program().is_strict);
    EXPECT_FALSE(parse_ok("`use strict`; with (a) {}").program().is_strict);
    EXPECT_TRUE(parse_ok("x", Goal::Module).program().is_strict);

    Parsed parsed = parse_ok("function f() { 'use strict' } function g() { return function h() {} }");
    EXPECT_TRUE(find_function(parsed, "f").is_strict);
    EXPECT_TRUE(find_function(parsed, "f").has_use_strict_directive);
    EXPECT_FALSE(find_function(parsed, "g").is_strict);
    Parsed nested = parse_ok("'use strict'; function g() { return function h() {} }");
    EXPECT_TRUE(find_function(nested, "h").is_strict);
    EXPECT_FALSE(find_function(nested, "h").has_use_strict_directive);
}

TEST(ParserDirectives, ClassBodiesAreStrict)
{
    Parsed parsed = parse_ok("class C { m() {} } function f() {}");
    EXPECT_TRUE(find_function(parsed, "m").is_strict);
    EXPECT_FALSE(find_function(parsed, "f").is_strict);
    EXPECT_TRUE(fails("class C { m() { with (a) {} } }"));
    EXPECT_TRUE(fails("class C extends (function() { with (a) {} }) {}"));
}

TEST(ParserDirectives, StrictOption)
{
    ParseOptions options;
    options.strict = true;
    EXPECT_TRUE(fails_with("with (a) {}", options));
    EXPECT_TRUE(fails_with("var let", options));
    EXPECT_TRUE(parse("x", options).program().is_strict);
}

// --- Modules

TEST(ParserModules, ImportForms)
{
    EXPECT_EQ(sexpr("import a from 'm'", Goal::Module), "(import (default a) from \"m\")");
    EXPECT_EQ(sexpr("import * as ns from 'm'", Goal::Module), "(import (* ns) from \"m\")");
    EXPECT_EQ(sexpr("import a, * as ns from 'm'", Goal::Module), "(import (default a) (* ns) from \"m\")");
    EXPECT_EQ(sexpr("import a, { b, c as d } from 'm'", Goal::Module), "(import (default a) (b b) (c d) from \"m\")");
    EXPECT_EQ(sexpr("import { 'string name' as e, default as f } from 'm'", Goal::Module),
        "(import (\"string name\" e) (default f) from \"m\")");
    EXPECT_EQ(sexpr("import {} from 'm'", Goal::Module), "(import from \"m\")");
    EXPECT_EQ(sexpr("import 'm'", Goal::Module), "(import from \"m\")");
    EXPECT_TRUE(fails("import { 'string name' } from 'm'", Goal::Module));
    EXPECT_TRUE(fails("import { default } from 'm'", Goal::Module));
    EXPECT_TRUE(fails("import a, b from 'm'", Goal::Module));
    EXPECT_TRUE(fails("import * from 'm'", Goal::Module));
    EXPECT_TRUE(fails("import a from m", Goal::Module));
    EXPECT_TRUE(fails("import a from 'm'", Goal::Script));
}

TEST(ParserModules, ImportAttributes)
{
    EXPECT_EQ(sexpr("import a from 'm' with { type: 'json' }", Goal::Module), "(import (default a) from \"m\" (with type \"json\"))");
    EXPECT_EQ(sexpr("import a from 'm' with { 'type': 'json', }", Goal::Module), "(import (default a) from \"m\" (with type \"json\"))");
    EXPECT_EQ(sexpr("import a from 'm' with {}", Goal::Module), "(import (default a) from \"m\")");
    EXPECT_EQ(sexpr("export * from 'm' with { type: 'json' }", Goal::Module), "(export * from \"m\" (with type \"json\"))");
    EXPECT_EQ(sexpr("export { a } from 'm' with { type: 'json' }", Goal::Module), "(export (a a) from \"m\" (with type \"json\"))");
    EXPECT_TRUE(fails("import a from 'm' with { type: 'json', type: 'css' }", Goal::Module));
    EXPECT_TRUE(fails("import a from 'm' with { type: 'json', 'type': 'css' }", Goal::Module));
    EXPECT_TRUE(fails("import a from 'm' with { type: json }", Goal::Module));
    EXPECT_TRUE(fails("import a from 'm' assert { type: 'json' }", Goal::Module));
    EXPECT_TRUE(fails("export { a } with { type: 'json' }; let a", Goal::Module));
}

TEST(ParserModules, ExportForms)
{
    EXPECT_EQ(sexpr("export var a = 1", Goal::Module), "(export (var a=1))");
    EXPECT_EQ(sexpr("export function f() {}", Goal::Module), "(export (function f () {}))");
    EXPECT_EQ(sexpr("export default function () {}", Goal::Module), "(export default (function () {}))");
    EXPECT_EQ(sexpr("export default class {}", Goal::Module), "(export default (class))");
    EXPECT_EQ(sexpr("export default x = 1", Goal::Module), "(export default (= x 1))");
    EXPECT_EQ(sexpr("export default async () => 1", Goal::Module), "(export default (arrow async () 1))");
    EXPECT_EQ(sexpr("let a; export { a as default, a as 'a b' }", Goal::Module), "(let a); (export (a default) (a \"a b\"))");
    EXPECT_EQ(sexpr("export * as ns from 'm'", Goal::Module), "(export (* ns) from \"m\")");
    EXPECT_EQ(sexpr("export * as 'string' from 'm'", Goal::Module), "(export (* \"string\") from \"m\")");
    EXPECT_EQ(sexpr("export { default, 'a' as b } from 'm'", Goal::Module), "(export (default default) (\"a\" b) from \"m\")");
    for (char const* text : { "export default 1, 2", "export default var a = 1", "export default let a = 1", "export { default }",
             "export { 'a' }", "export async\nfunction f() {}", "export let", "export *", "export { a as b c }" })
        EXPECT_TRUE(fails(text, Goal::Module)) << text;
}

TEST(ParserModules, ExportDefaultFunctionIsADeclaration)
{
    // `export default function f() {}` is a declaration, so `f()` after it is a new statement.
    EXPECT_EQ(sexpr("export default function f() {} f()", Goal::Module), "(export default (function f () {})); (call f)");
    Parsed parsed = parse_ok("export default function f() {}", Goal::Module);
    auto& declaration = node_as<ExportDeclaration>(only_statement(parsed), NodeKind::ExportDeclaration);
    EXPECT_EQ(declaration.export_kind, ExportKind::DefaultDeclaration);
    EXPECT_TRUE(declaration.declaration->is(NodeKind::FunctionDeclaration));
    Parsed expression = parse_ok("export default (function f() {})", Goal::Module);
    EXPECT_EQ(node_as<ExportDeclaration>(only_statement(expression), NodeKind::ExportDeclaration).export_kind, ExportKind::DefaultExpression);
}

TEST(ParserModules, ExportDefaultEdgeCases)
{
    // `async [no LineTerminator here] function`: on two lines, `async` is the default expression.
    EXPECT_EQ(sexpr("export default async\nfunction f() {}", Goal::Module), "(export default async); (function f () {})");
    EXPECT_EQ(sexpr("export default async function\nf() {}", Goal::Module), "(export default (function async f () {}))");
    EXPECT_EQ(sexpr("export default class C {} new C", Goal::Module), "(export default (class C)); (new C)");
    EXPECT_EQ(sexpr("export default function () {} (1)", Goal::Module), "(export default (function () {})); (paren 1)");
    EXPECT_EQ(sexpr("export default await x", Goal::Module), "(export default (await x))");
    EXPECT_EQ(sexpr("export {}", Goal::Module), "(export)");
    EXPECT_EQ(sexpr("export\n{ x }; var x", Goal::Module), "(export (x x)); (var x)");
}

TEST(ParserModules, ContextualWordsInImports)
{
    EXPECT_EQ(sexpr("import from from 'm'", Goal::Module), "(import (default from) from \"m\")");
    EXPECT_EQ(sexpr("import { as as as } from 'm'", Goal::Module), "(import (as as) from \"m\")");
    EXPECT_EQ(sexpr("import source from 'm'", Goal::Module), "(import (default source) from \"m\")");
    EXPECT_EQ(sexpr("import defer, {x} from 'm'", Goal::Module), "(import (default defer) (x x) from \"m\")");
    EXPECT_EQ(sexpr("import source source from 'm'", Goal::Module), "(import-source (default source) from \"m\")");
    EXPECT_EQ(sexpr("import defer * as ns from 'm'", Goal::Module), "(import-defer (* ns) from \"m\")");
    EXPECT_EQ(sexpr("import.source('x')"), "(import.source \"x\")");
    EXPECT_EQ(sexpr("import.defer('x')"), "(import.defer \"x\")");
    EXPECT_TRUE(fails("import defer x from 'm'", Goal::Module));
    EXPECT_TRUE(fails("import source * as x from 'm'", Goal::Module));
    // Escaped contextual words are not the keywords.
    EXPECT_TRUE(fails("import { a \\u0061s b } from 'm'", Goal::Module));
    EXPECT_TRUE(fails("import a fr\\u006fm 'm'", Goal::Module));
}

TEST(ParserModules, ImportMetaIsAMemberExpression)
{
    // NewExpression: new MemberExpression Arguments, and import.meta is a MemberExpression
    // (test262 expressions/import.meta/import-meta-is-an-ordinary-object.js).
    EXPECT_EQ(sexpr("new import.meta()", Goal::Module), "(new import.meta)");
    EXPECT_EQ(sexpr("new import.meta.x()", Goal::Module), "(new (. import.meta x))");
}

TEST(ParserModules, ImportExportOnlyAtTopLevel)
{
    for (char const* text : { "if (1) import 'm'", "{ import 'm' }", "{ export var a }", "function f() { export var a }" })
        EXPECT_TRUE(fails(text, Goal::Module)) << text;
    EXPECT_TRUE(fails("export var a", Goal::Script));
}

TEST(ParserModules, ImportCallsAndImportMeta)
{
    EXPECT_EQ(sexpr("import('m')"), "(import \"m\")");
    EXPECT_EQ(sexpr("import('m', { with: { type: 'json' } })"), "(import \"m\" (object (: with (object (: type \"json\")))))");
    EXPECT_EQ(sexpr("import('m',)"), "(import \"m\")");
    EXPECT_EQ(sexpr("import.meta.url", Goal::Module), "(. import.meta url)");
    EXPECT_EQ(sexpr("function f() { return import.meta }", Goal::Module), "(function f () {(return import.meta)})");
    EXPECT_TRUE(fails("import.meta"));
    EXPECT_TRUE(fails("function f() { import.meta }"));
    EXPECT_TRUE(fails("import.m\\u0065ta", Goal::Module));
    EXPECT_TRUE(fails("import()"));
    EXPECT_TRUE(fails("import(...a)"));
    EXPECT_TRUE(fails("import('m', a, b)"));
    EXPECT_TRUE(fails("new import('m')"));
    EXPECT_TRUE(fails("import"));
}

TEST(ParserModules, TopLevelAwait)
{
    EXPECT_TRUE(parse_ok("await 1", Goal::Module).program().has_top_level_await);
    EXPECT_TRUE(parse_ok("if (a) { await b }", Goal::Module).program().has_top_level_await);
    EXPECT_TRUE(parse_ok("for await (x of y) ;", Goal::Module).program().has_top_level_await);
    EXPECT_FALSE(parse_ok("async function f() { await 1 }", Goal::Module).program().has_top_level_await);
    EXPECT_FALSE(parse_ok("x", Goal::Module).program().has_top_level_await);
    EXPECT_FALSE(parse_ok("async () => await 1", Goal::Module).program().has_top_level_await);
    // In a script `await` is an identifier, and top-level await does not exist.
    EXPECT_EQ(sexpr("await / 1"), "(/ await 1)");
    EXPECT_TRUE(fails("await 1"));
    EXPECT_TRUE(fails("for await (x of y) ;"));
    EXPECT_TRUE(fails("() => await 1", Goal::Module));
    EXPECT_TRUE(fails("function f() { await 1 }", Goal::Module));
    EXPECT_TRUE(fails("await", Goal::Module));
}

TEST(ParserModules, TopLevelAwaitUsingMakesTheModuleAsync)
{
    // An `await using` declaration awaits the disposal at the end of the module body, so the
    // module must evaluate asynchronously (test262 await-using/initializer-Symbol.asyncDispose-
    // disposed-at-end-of-imported-module.js).
    Parsed parsed = parse_ok("await using x = a;", Goal::Module);
    EXPECT_EQ(sexpr(&parsed.program()), "(await-using x=a)");
    EXPECT_TRUE(parsed.program().has_top_level_await);
}

// --- Source positions

TEST(ParserPositions, NodeStartAndEnd)
{
    Parsed parsed = parse_ok("let x = 1;\n  foo(bar, 'baz');");
    Program& program = parsed.program();
    ASSERT_EQ(program.body.size(), 2u);
    Statement* second = program.body[1];
    EXPECT_EQ(second->start.line, 2u);
    EXPECT_EQ(second->start.column, 3u);
    EXPECT_EQ(second->start.offset, 13u);
    EXPECT_EQ(second->end, 29u); // after the semicolon
    auto& call = node_as<CallExpression>(node_as<ExpressionStatement>(second, NodeKind::ExpressionStatement).expression, NodeKind::CallExpression);
    EXPECT_EQ(call.end, 28u);
    ASSERT_EQ(call.arguments.size(), 2u);
    EXPECT_EQ(call.arguments[1]->start.column, 12u);
    EXPECT_EQ(call.arguments[1]->end, 27u);
    Identifier& bar = find_identifier(parsed, "bar");
    EXPECT_EQ(bar.start.line, 2u);
    EXPECT_EQ(bar.start.column, 7u);
    EXPECT_EQ(bar.end, bar.start.offset + 3);
}

TEST(ParserPositions, ColumnsCountUtf16UnitsAfterNonAscii)
{
    Parsed parsed = parse_ok("s = '😀é'; x");
    Identifier& x = find_identifier(parsed, "x");
    // s(1) space(2) =(3) space(4) '(5) 😀(6,7) é(8) '(9) ;(10) space(11) x(12)
    EXPECT_EQ(x.start.column, 12u);
    EXPECT_EQ(x.start.offset, std::string_view("s = '😀é'; ").size());

    Parsed second_line = parse_ok("a\n/* 日本 */ b");
    EXPECT_EQ(find_identifier(second_line, "b").start.column, 10u);
}

TEST(ParserPositions, LineTerminatorsCountAsLines)
{
    Parsed parsed = parse_ok("a\r\nb\rc\u2028d\u2029e\n`x\ny` + f");
    EXPECT_EQ(find_identifier(parsed, "b").start.line, 2u);
    EXPECT_EQ(find_identifier(parsed, "c").start.line, 3u);
    EXPECT_EQ(find_identifier(parsed, "d").start.line, 4u);
    EXPECT_EQ(find_identifier(parsed, "e").start.line, 5u);
    EXPECT_EQ(find_identifier(parsed, "f").start.line, 7u);
    EXPECT_EQ(find_identifier(parsed, "f").start.column, 6u);
}

TEST(ParserPositions, FunctionSourceRange)
{
    std::string_view text = "x = function f(a) { return a; };";
    Parsed parsed = parse_ok(text);
    FunctionNode& f = find_function(parsed, "f");
    // Function.prototype.toString returns exactly the source text of the function.
    EXPECT_EQ(text.substr(f.source_start, f.source_end - f.source_start), "function f(a) { return a; }");

    std::string_view method_text = "({ get x() { return 1 } })";
    Parsed method = parse_ok(method_text);
    FunctionNode& getter = find_function(method, "x");
    EXPECT_EQ(method_text.substr(getter.source_start, getter.source_end - getter.source_start), "get x() { return 1 }");

    std::string_view arrow_text = "f(async (a) => a * 2)";
    Parsed arrow = parse_ok(arrow_text);
    auto& call = node_as<CallExpression>(only_expression(arrow), NodeKind::CallExpression);
    auto& arrow_function = node_as<FunctionNode>(call.arguments[0], NodeKind::ArrowFunction);
    EXPECT_EQ(arrow_text.substr(arrow_function.source_start, arrow_function.source_end - arrow_function.source_start), "async (a) => a * 2");
}

TEST(ParserPositions, ClassSourceRange)
{
    std::string_view text = "let C = class extends B { m() {} };";
    Parsed parsed = parse_ok(text);
    auto& declaration = node_as<VariableDeclaration>(only_statement(parsed), NodeKind::VariableDeclaration);
    auto& class_node = node_as<ClassNode>(declaration.declarations[0]->init, NodeKind::ClassExpression);
    EXPECT_EQ(text.substr(class_node.source_start, class_node.source_end - class_node.source_start), "class extends B { m() {} }");
}

// --- Robustness

TEST(ParserRobustness, DeepNestingIsASyntaxErrorNotACrash)
{
    std::string deep(100000, '(');
    deep += "a";
    deep += std::string(100000, ')');
    Parsed parsed = parse(deep);
    ASSERT_FALSE(parsed.ok());
    EXPECT_NE(parsed.result.error->message.find("nested too deeply"), std::string::npos);

    std::string arrays(100000, '[');
    EXPECT_FALSE(parse(arrays).ok());
}

TEST(ParserRobustness, EmptyAndWhitespaceOnlySources)
{
    EXPECT_EQ(parse_ok("").program().body.size(), 0u);
    EXPECT_EQ(parse_ok("  \n\t// comment\n/* c */").program().body.size(), 0u);
    EXPECT_EQ(parse_ok("#!/usr/bin/env sable\n").program().body.size(), 0u);
    EXPECT_EQ(parse_ok("", Goal::Module).program().body.size(), 0u);
}

TEST(ParserRobustness, EveryTruncationOfAValidProgramIsHandled)
{
    // Cutting a program anywhere must give a clean result (parse or SyntaxError), never a crash,
    // and the error position must lie inside the text.
    std::string text = "class A extends B { #x = 1; static { let y = `t${1}`; } async *m(a = /r/g, ...b) { for await (const [k, v] of this.#x) yield k ?? v?.w; } }";
    for (size_t length = 0; length < text.size(); ++length) {
        std::string prefix = text.substr(0, length);
        Parsed parsed = parse(prefix);
        if (!parsed.ok()) {
            EXPECT_LE(parsed.result.error->position.offset, prefix.size()) << prefix;
        }
    }
    EXPECT_TRUE(parses(text));
}

TEST(ParserExpressions, SloppyCallTargetsAreRuntimeErrors)
{
    // Runtime Errors for Function Call Assignment Targets: sloppy code parses these; they throw
    // a ReferenceError when evaluated. Logical assignment and strict code reject them early.
    for (char const* text : { "f() = 1", "f() += 1", "f()++", "--f()", "for (f() in x) ;", "for (f() of x) ;", "async() = 1" })
        EXPECT_TRUE(parses(text)) << text;
    for (char const* text : { "'use strict'; f() = 1", "f() ||= 1", "[f()] = x", "({ a: f() } = x)" })
        EXPECT_TRUE(fails(text)) << text;
}

TEST(ParserErrors, FormatSyntaxErrorPointsAtTheColumn)
{
    SourceFile file("dir/file.js", "let a = 1;\nlet b = 'é' );\n");
    ParsedProgram parsed = parse_program(file);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(format_syntax_error(file, *parsed.error),
        "dir/file.js:2:13\n"
        "let b = 'é' );\n"
        "            ^\n"
        "\n"
        "SyntaxError: Unexpected token ')'\n");
}

TEST(ParserErrors, SkippingScopeAnalysisSkipsDeclarationErrorsOnly)
{
    ParseOptions options;
    options.skip_scope_analysis = true;
    EXPECT_TRUE(parses_with("let a; let a;", options));
    EXPECT_TRUE(fails_with("let a = ;", options));
    EXPECT_TRUE(fails("let a; let a;"));
}

}
}
