// 12 ECMAScript Language: Lexical Grammar — the Lexer on its own, driven token by token.
#include "tests/parser/parser_test_support.h"

#include <cmath>
#include <vector>

namespace sable::parser::test {
namespace {

using K = TokenKind;

// Lexes a whole text; keeps the arena and atoms alive so token strings stay valid.
struct Lexed {
    std::unique_ptr<SourceFile> source;
    std::unique_ptr<Arena> arena;
    std::unique_ptr<AtomTable> atoms;
    std::vector<Token> tokens; // without the final EndOfSource
    std::optional<SyntaxError> error;

    std::vector<K> kinds() const
    {
        std::vector<K> out;
        for (Token const& token : tokens)
            out.push_back(token.kind);
        return out;
    }
    Token const& only() const
    {
        if (tokens.size() != 1)
            throw std::runtime_error("expected one token, got " + std::to_string(tokens.size()));
        return tokens[0];
    }
};

Lexed lex(std::string_view text, bool module_goal = false)
{
    Lexed lexed;
    lexed.source = std::make_unique<SourceFile>("test.js", std::string(text));
    lexed.arena = std::make_unique<Arena>();
    lexed.atoms = std::make_unique<AtomTable>();
    Lexer lexer(*lexed.source, *lexed.arena, *lexed.atoms, module_goal);
    while (true) {
        Token token = lexer.next();
        if (token.kind == K::EndOfSource || token.kind == K::Invalid)
            break;
        lexed.tokens.push_back(token);
    }
    lexed.error = lexer.error();
    return lexed;
}

// The error of a text that the lexer must reject.
SyntaxError lex_error(std::string_view text)
{
    Lexed lexed = lex(text);
    if (!lexed.error)
        throw std::runtime_error("`" + std::string(text) + "` should not lex");
    return *lexed.error;
}

double number_value(std::string_view text)
{
    Lexed lexed = lex(text);
    if (lexed.error)
        throw std::runtime_error("`" + std::string(text) + "` did not lex: " + lexed.error->message);
    Token const& token = lexed.only();
    if (token.kind != K::NumericLiteral)
        throw std::runtime_error("`" + std::string(text) + "` is not a NumericLiteral token");
    return token.number;
}

std::u16string string_value(std::string_view text)
{
    Lexed lexed = lex(text);
    if (lexed.error)
        throw std::runtime_error("`" + std::string(text) + "` did not lex: " + lexed.error->message);
    Token const& token = lexed.only();
    if (token.kind != K::StringLiteral)
        throw std::runtime_error("`" + std::string(text) + "` is not a StringLiteral token");
    return std::u16string(token.string_value);
}

// --- Punctuators and names

TEST(Lexer, PunctuatorsTakeTheLongestMatch)
{
    EXPECT_EQ(lex(">>>= >>> >>= >> >= >").kinds(),
        (std::vector<K> { K::UnsignedShiftRightAssign, K::UnsignedShiftRight, K::ShiftRightAssign, K::ShiftRight, K::GreaterEqual, K::Greater }));
    EXPECT_EQ(lex("a===b").kinds(), (std::vector<K> { K::Identifier, K::StrictEqual, K::Identifier }));
    EXPECT_EQ(lex("**= ** *= *").kinds(), (std::vector<K> { K::StarStarAssign, K::StarStar, K::StarAssign, K::Star }));
    EXPECT_EQ(lex("&&= ||= ?\?= ?? ?").kinds(),
        (std::vector<K> { K::AmpersandAmpersandAssign, K::PipePipeAssign, K::QuestionQuestionAssign, K::QuestionQuestion, K::Question }));
    EXPECT_EQ(lex("... . =>").kinds(), (std::vector<K> { K::Ellipsis, K::Dot, K::Arrow }));
    // `a+++b` is `a ++ + b`, never `a + ++b`.
    EXPECT_EQ(lex("a+++b").kinds(), (std::vector<K> { K::Identifier, K::PlusPlus, K::Plus, K::Identifier }));
}

TEST(Lexer, QuestionDotBeforeADigitIsAConditional)
{
    // 12.8 OptionalChainingPunctuator :: ?. [lookahead ∉ DecimalDigit]
    EXPECT_EQ(lex("a?.5:1").kinds(), (std::vector<K> { K::Identifier, K::Question, K::NumericLiteral, K::Colon, K::NumericLiteral }));
    EXPECT_EQ(lex("a?.b").kinds(), (std::vector<K> { K::Identifier, K::QuestionDot, K::Identifier }));
    EXPECT_EQ(lex("a?.[0]").kinds(), (std::vector<K> { K::Identifier, K::QuestionDot, K::LeftBracket, K::NumericLiteral, K::RightBracket }));
}

TEST(Lexer, KeywordsAndContextualWords)
{
    Lexed lexed = lex("if let yield await async of instanceof");
    EXPECT_EQ(lexed.kinds(), (std::vector<K> { K::If, K::Identifier, K::Yield, K::Await, K::Identifier, K::Identifier, K::Instanceof }));
    EXPECT_EQ(lexed.tokens[1].atom->text, "let");
    EXPECT_EQ(lexed.tokens[4].atom->text, "async");
}

TEST(Lexer, EscapedKeywordIsAnIdentifierTokenMarkedAsEscaped)
{
    Lexed lexed = lex("\\u0069f i\\u{66}");
    ASSERT_EQ(lexed.tokens.size(), 2u);
    for (Token const& token : lexed.tokens) {
        EXPECT_EQ(token.kind, K::Identifier);
        EXPECT_TRUE(token.has_escape);
        EXPECT_EQ(token.atom->text, "if");
        // The atom still knows which keyword it spells, for the parser's early errors.
        EXPECT_EQ(token.atom->keyword, K::If);
    }
}

TEST(Lexer, IdentifiersWithUnicodeAndEscapesIntern)
{
    Lexed lexed = lex("caf\\u00e9 café $_ \\u{1D465}x 𝑥x");
    ASSERT_EQ(lexed.tokens.size(), 5u);
    // The escaped and literal spellings intern to the same atom.
    EXPECT_EQ(lexed.tokens[0].atom, lexed.tokens[1].atom);
    EXPECT_FALSE(lexed.tokens[1].has_escape);
    EXPECT_EQ(lexed.tokens[2].atom->text, "$_");
    EXPECT_EQ(lexed.tokens[3].atom, lexed.tokens[4].atom);
    EXPECT_EQ(lexed.tokens[4].atom->text, "𝑥x");
}

TEST(Lexer, InvalidIdentifierEscapes)
{
    EXPECT_EQ(lex_error("a\\u0020b").message, "Invalid Unicode escape sequence");   // space is no IdentifierPart
    EXPECT_EQ(lex_error("\\u0031a").message, "Invalid Unicode escape sequence");    // a digit cannot start a name
    EXPECT_EQ(lex_error("a\\x41").message, "Invalid Unicode escape sequence");      // only \u escapes
    EXPECT_EQ(lex_error("\\u{110000}").message, "Invalid Unicode escape sequence"); // beyond U+10FFFF
}

TEST(Lexer, PrivateNames)
{
    Lexed lexed = lex("#x #\\u{61}b");
    ASSERT_EQ(lexed.tokens.size(), 2u);
    EXPECT_EQ(lexed.tokens[0].kind, K::PrivateName);
    EXPECT_EQ(lexed.tokens[0].atom->text, "x");
    EXPECT_EQ(lexed.tokens[1].atom->text, "ab");
    EXPECT_EQ(lex_error("# x").message, "Invalid character after '#'");
}

// --- Numeric literals (12.9.3)

TEST(Lexer, NumericLiteralValues)
{
    EXPECT_EQ(number_value("0"), 0.0);
    EXPECT_EQ(number_value("42"), 42.0);
    EXPECT_EQ(number_value("0x1F"), 31.0);
    EXPECT_EQ(number_value("0XfF"), 255.0);
    EXPECT_EQ(number_value("0o17"), 15.0);
    EXPECT_EQ(number_value("0B101"), 5.0);
    EXPECT_EQ(number_value(".5"), 0.5);
    EXPECT_EQ(number_value("5."), 5.0);
    EXPECT_EQ(number_value("1.5e3"), 1500.0);
    EXPECT_EQ(number_value("1E-2"), 0.01);
    EXPECT_EQ(number_value("2e+2"), 200.0);
    EXPECT_EQ(number_value("1e400"), HUGE_VAL);
    EXPECT_EQ(number_value("1e-400"), 0.0);
    EXPECT_EQ(number_value("0.1"), 0.1);
    // Beyond 2^53 the value is the nearest double, rounded once.
    EXPECT_EQ(number_value("9007199254740993"), 9007199254740992.0);
    EXPECT_EQ(number_value("0x20000000000001"), 9007199254740992.0);
    EXPECT_EQ(number_value("0xFFFFFFFFFFFFFFFFFF"), 4722366482869645213696.0);
    EXPECT_EQ(number_value("123456789012345678901234567890"), 1.2345678901234568e29);
}

TEST(Lexer, NumericSeparators)
{
    EXPECT_EQ(number_value("1_000_000"), 1000000.0);
    EXPECT_EQ(number_value("0xF_F"), 255.0);
    EXPECT_EQ(number_value("0b1_0"), 2.0);
    EXPECT_EQ(number_value("0o7_7"), 63.0);
    EXPECT_EQ(number_value("1_0.2_5e1_0"), 10.25e10);
    for (char const* bad : { "1__0", "1_", "0_1", "1_.5", "1._5", "1e_1", "0x_1", "1_e1", "08_1", "0_0" })
        EXPECT_TRUE(lex(bad).error.has_value()) << bad;
}

TEST(Lexer, LegacyOctalAndLeadingZeroLiterals)
{
    // B.1.1 LegacyOctalIntegerLiteral
    Lexed octal = lex("017");
    EXPECT_EQ(octal.only().number, 15.0);
    EXPECT_TRUE(octal.only().is_legacy_octal);
    // NonOctalDecimalIntegerLiteral: decimal, but still not allowed in strict code.
    Lexed decimal = lex("019");
    EXPECT_EQ(decimal.only().number, 19.0);
    EXPECT_EQ(number_value("08.5"), 8.5);
    // A plain zero, a fraction and prefixed literals are not legacy.
    EXPECT_FALSE(lex("0").only().is_legacy_octal);
    EXPECT_FALSE(lex("0.5").only().is_legacy_octal);
    EXPECT_FALSE(lex("0o17").only().is_legacy_octal);
}

TEST(Lexer, NonOctalDecimalIntegerIsMarkedForTheStrictModeCheck)
{
    // 12.9.3.1: DecimalIntegerLiteral :: NonOctalDecimalIntegerLiteral is an error in strict code,
    // so the token must carry the flag like LegacyOctalIntegerLiteral does.
    EXPECT_TRUE(lex("08").only().is_legacy_octal);
    EXPECT_TRUE(lex("019").only().is_legacy_octal);
    EXPECT_TRUE(lex("08.5").only().is_legacy_octal);
}

TEST(Lexer, BigIntLiterals)
{
    Lexed lexed = lex("123n 0x1Fn 1_000n 0n 0b11n");
    ASSERT_EQ(lexed.tokens.size(), 5u);
    for (Token const& token : lexed.tokens)
        EXPECT_EQ(token.kind, K::BigIntLiteral);
    EXPECT_EQ(lexed.tokens[0].string_value, u"123");
    EXPECT_EQ(lexed.tokens[1].string_value, u"0x1F");
    EXPECT_EQ(lexed.tokens[2].string_value, u"1000");
    EXPECT_EQ(lexed.tokens[3].string_value, u"0");
    EXPECT_EQ(lexed.tokens[4].string_value, u"0b11");
    for (char const* bad : { "1.5n", "1e3n", "01n", "08n", ".5n" })
        EXPECT_EQ(lex_error(bad).message, "Invalid BigInt literal") << bad;
}

TEST(Lexer, NumberMustNotRunIntoAnIdentifier)
{
    EXPECT_TRUE(lex("3in x").error.has_value());
    EXPECT_TRUE(lex("1x").error.has_value());
    EXPECT_TRUE(lex("0b12").error.has_value());
    EXPECT_TRUE(lex("0o8").error.has_value());
    EXPECT_TRUE(lex("0x").error.has_value());
    EXPECT_TRUE(lex("1e").error.has_value());
    EXPECT_TRUE(lex("1e+").error.has_value());
    EXPECT_EQ(lex("3 in x").kinds(), (std::vector<K> { K::NumericLiteral, K::In, K::Identifier }));
    // `5..toString` is 5. followed by .toString; `5.toString` is a malformed number.
    EXPECT_EQ(lex("5..a").kinds(), (std::vector<K> { K::NumericLiteral, K::Dot, K::Identifier }));
    EXPECT_TRUE(lex("5.a").error.has_value());
}

// --- String literals (12.9.4)

TEST(Lexer, StringEscapeValues)
{
    EXPECT_EQ(string_value(R"("a\nb")"), u"a\nb");
    EXPECT_EQ(string_value(R"('\b\f\n\r\t\v')"), u"\b\f\n\r\t\v");
    EXPECT_EQ(string_value(R"("\x41\x7a")"), u"Az");
    EXPECT_EQ(string_value(R"("\u0041\u{42}\u{000043}")"), u"ABC");
    EXPECT_EQ(string_value(R"("\u{1F600}")"), u"\U0001F600");
    EXPECT_EQ(string_value(R"("\uD83D\uDE00")"), u"\U0001F600");
    EXPECT_EQ(string_value(R"("\c\d\'\"\\")"), u"cd'\"\\");
    EXPECT_EQ(string_value("\"\\0\""), std::u16string(1, u'\0'));
    // A lone surrogate escape survives as one code unit.
    EXPECT_EQ(string_value(R"("\uD800")"), std::u16string(1, char16_t(0xD800)));
}

TEST(Lexer, StringLineContinuationsAndSeparators)
{
    EXPECT_EQ(string_value("\"a\\\nb\""), u"ab");
    EXPECT_EQ(string_value("\"a\\\r\nb\""), u"ab");
    EXPECT_EQ(string_value("\"a\\\u2028b\""), u"ab");
    // U+2028 and U+2029 may appear unescaped in strings (ES2019) and are kept.
    EXPECT_EQ(string_value("\"a\u2028b\u2029c\""), u"a\u2028b\u2029c");
    // A raw LF or CR ends the line, so the string is unterminated.
    EXPECT_TRUE(lex("\"a\nb\"").error.has_value());
    EXPECT_TRUE(lex("'a\rb'").error.has_value());
}

TEST(Lexer, StringNonAsciiIsConvertedToUtf16)
{
    EXPECT_EQ(string_value("'é日😀'"), u"é日😀");
    EXPECT_EQ(string_value("'😀'").size(), 2u);
}

TEST(Lexer, LegacyOctalEscapes)
{
    Lexed lexed = lex(R"("a\101\7\08\9")");
    Token const& token = lexed.only();
    EXPECT_EQ(std::u16string(token.string_value), std::u16string(u"aA\a") + char16_t(0) + u"89");
    EXPECT_TRUE(token.has_octal_escape);
    // The position points at the first offending escape, for the strict-mode error.
    EXPECT_EQ(token.escape_position.column, 3u);
    // Three octal digits only while the value fits a byte: \400 is \40 then "0".
    EXPECT_EQ(string_value(R"("\400")"), u" 0");
    EXPECT_EQ(string_value(R"("\377")"), u"\u00FF");
    EXPECT_FALSE(lex(R"("\0")").only().has_octal_escape);
    EXPECT_TRUE(lex(R"("\00")").only().has_octal_escape);
}

TEST(Lexer, MalformedStringEscapes)
{
    EXPECT_EQ(lex_error(R"("\x4")").message, "Invalid hexadecimal escape sequence");
    EXPECT_EQ(lex_error(R"("\u00G0")").message, "Invalid Unicode escape sequence");
    EXPECT_EQ(lex_error(R"("\u{110000}")").message, "Invalid Unicode escape sequence");
    EXPECT_EQ(lex_error(R"("\u{}")").message, "Invalid Unicode escape sequence");
    SyntaxError unterminated = lex_error("x = 'abc");
    EXPECT_EQ(unterminated.position.column, 5u);
}

// --- Templates (12.9.6)

TEST(Lexer, TemplateWithoutSubstitutions)
{
    Lexed lexed = lex("`a\\n${'$'}`");
    ASSERT_GE(lexed.tokens.size(), 1u);
    EXPECT_EQ(lexed.tokens[0].kind, K::TemplateHead);
    EXPECT_EQ(lexed.tokens[0].string_value, u"a\n");
    EXPECT_EQ(lexed.tokens[0].raw_value, u"a\\n");

    Lexed lexed_whole = lex("`x\r\ny\rz`");
    Token const& whole = lexed_whole.only();
    EXPECT_EQ(whole.kind, K::TemplateString);
    // CR and CRLF become LF in both the cooked and the raw value.
    EXPECT_EQ(whole.string_value, u"x\ny\nz");
    EXPECT_EQ(whole.raw_value, u"x\ny\nz");
}

TEST(Lexer, TemplateInvalidEscapeLeavesCookedUndefined)
{
    Lexed lexed = lex("`a\\unicode`");
    Token const& token = lexed.only();
    EXPECT_TRUE(token.invalid_template_escape);
    EXPECT_EQ(token.raw_value, u"a\\unicode");
    EXPECT_EQ(token.escape_position.column, 3u);
    for (char const* text : { "`\\01`", "`\\1`", "`\\xG`", "`\\u{110000}`", "`\\u{`", "`\\9`" })
        EXPECT_TRUE(lex(text).only().invalid_template_escape) << text;
    EXPECT_FALSE(lex("`\\0`").only().invalid_template_escape);
}

TEST(Lexer, TemplateContinuationIsRescannedByTheParser)
{
    auto source = std::make_unique<SourceFile>("t.js", "`a${x}b${y}c`");
    Arena arena;
    AtomTable atoms;
    Lexer lexer(*source, arena, atoms, false);
    EXPECT_EQ(lexer.next().kind, K::TemplateHead);
    EXPECT_EQ(lexer.next().kind, K::Identifier);
    Token brace = lexer.next();
    ASSERT_EQ(brace.kind, K::RightBrace);
    Token middle = lexer.rescan_as_template_continuation(brace);
    EXPECT_EQ(middle.kind, K::TemplateMiddle);
    EXPECT_EQ(middle.string_value, u"b");
    EXPECT_EQ(lexer.next().kind, K::Identifier);
    Token tail = lexer.rescan_as_template_continuation(lexer.next());
    EXPECT_EQ(tail.kind, K::TemplateTail);
    EXPECT_EQ(tail.string_value, u"c");
    EXPECT_EQ(lexer.next().kind, K::EndOfSource);
}

// --- Regular expressions (12.9.5)

TEST(Lexer, SlashIsRescannedAsARegExp)
{
    auto source = std::make_unique<SourceFile>("t.js", "/[/]\\//gu.x");
    Arena arena;
    AtomTable atoms;
    Lexer lexer(*source, arena, atoms, false);
    Token slash = lexer.next();
    ASSERT_EQ(slash.kind, K::Slash);
    Token regexp = lexer.rescan_as_regexp(slash);
    ASSERT_EQ(regexp.kind, K::RegExpLiteral);
    // A `/` inside a class or escaped does not end the body.
    EXPECT_EQ(regexp.string_value, u"[/]\\/");
    EXPECT_EQ(regexp.raw_value, u"gu");
    EXPECT_EQ(lexer.next().kind, K::Dot);
}

TEST(Lexer, SlashAssignIsRescannedToo)
{
    auto source = std::make_unique<SourceFile>("t.js", "/=a/");
    Arena arena;
    AtomTable atoms;
    Lexer lexer(*source, arena, atoms, false);
    Token slash = lexer.next();
    ASSERT_EQ(slash.kind, K::SlashAssign);
    Token regexp = lexer.rescan_as_regexp(slash);
    ASSERT_EQ(regexp.kind, K::RegExpLiteral);
    EXPECT_EQ(regexp.string_value, u"=a");
}

// --- Whitespace, line terminators and comments

TEST(Lexer, NewlineBeforeIsTracked)
{
    Lexed lexed = lex("a\nb /*\n*/ c /* */ d // x\ne\u2028f\u2029g\r\nh");
    ASSERT_EQ(lexed.tokens.size(), 8u);
    std::vector<bool> newline;
    for (Token const& token : lexed.tokens)
        newline.push_back(token.newline_before);
    EXPECT_EQ(newline, (std::vector<bool> { false, true, true, false, true, true, true, true }));
}

TEST(Lexer, UnicodeWhitespaceSeparatesTokens)
{
    // NBSP, BOM (ZWNBSP), an ideographic space and other Zs characters.
    EXPECT_EQ(lex("a\u00A0b\uFEFFc\u3000d\u2003e").tokens.size(), 5u);
    // U+180E is no longer a space (Unicode 6.3+).
    EXPECT_TRUE(lex("a\u180Eb").error.has_value());
}

TEST(Lexer, HtmlLikeCommentsInScripts)
{
    // B.1.1: `<!--` starts a comment anywhere, `-->` only at the start of a line.
    EXPECT_EQ(lex("a <!-- b").kinds(), (std::vector<K> { K::Identifier }));
    EXPECT_EQ(lex("--> a\nb").kinds(), (std::vector<K> { K::Identifier }));
    EXPECT_EQ(lex("a\n --> b\nc").kinds(), (std::vector<K> { K::Identifier, K::Identifier }));
    EXPECT_EQ(lex("a /*\n*/ --> b").kinds(), (std::vector<K> { K::Identifier }));
    // Not at the start of a line: `x-- > y`.
    EXPECT_EQ(lex("x --> y").kinds(), (std::vector<K> { K::Identifier, K::MinusMinus, K::Greater, K::Identifier }));
}

TEST(Lexer, HtmlLikeCommentsAreNotCommentsInModules)
{
    EXPECT_EQ(lex("a <!-- b", true).kinds(), (std::vector<K> { K::Identifier, K::Less, K::Bang, K::MinusMinus, K::Identifier }));
    EXPECT_EQ(lex("--> a", true).kinds(), (std::vector<K> { K::MinusMinus, K::Greater, K::Identifier }));
}

TEST(Lexer, HashbangOnlyAtTheStart)
{
    EXPECT_EQ(lex("#!/usr/bin/env node\nx").kinds(), (std::vector<K> { K::Identifier }));
    EXPECT_EQ(lex("\xEF\xBB\xBF#!shebang\nx").kinds(), (std::vector<K> { K::Identifier }));
    EXPECT_TRUE(lex(" #!/usr/bin/env node").error.has_value());
    EXPECT_TRUE(lex("x\n#!/usr/bin/env node").error.has_value());
}

TEST(Lexer, UnterminatedCommentReportsItsStart)
{
    SyntaxError error = lex_error("a\n  /* never closed");
    EXPECT_EQ(error.message, "Unterminated comment");
    EXPECT_EQ(error.position.line, 2u);
    EXPECT_EQ(error.position.column, 3u);
}

// --- Positions

TEST(Lexer, TokenPositionsAreLineAndUtf16Column)
{
    Lexed lexed = lex("ab\n  cd\r\nx 'é😀' y\u2028z");
    ASSERT_EQ(lexed.tokens.size(), 6u);
    auto at = [&](size_t i) { return std::pair { lexed.tokens[i].start.line, lexed.tokens[i].start.column }; };
    EXPECT_EQ(at(0), std::pair(1u, 1u));
    EXPECT_EQ(at(1), std::pair(2u, 3u));
    EXPECT_EQ(at(2), std::pair(3u, 1u));
    EXPECT_EQ(at(3), std::pair(3u, 3u));
    // 'é😀' is 1 + 1 + 2 + 1 UTF-16 units, so y is at column 3 + 5 + 1.
    EXPECT_EQ(at(4), std::pair(3u, 9u));
    // U+2028 is a line terminator.
    EXPECT_EQ(at(5), std::pair(4u, 1u));
    // Offsets are UTF-8 byte offsets.
    EXPECT_EQ(lexed.tokens[4].start.offset, std::string_view("ab\n  cd\r\nx 'é😀' ").size());
    EXPECT_EQ(lexed.tokens[3].end, lexed.tokens[3].start.offset + std::string_view("'é😀'").size());
}

TEST(Lexer, ByteOrderMarkIsSkipped)
{
    Lexed lexed = lex("\xEF\xBB\xBFx");
    EXPECT_EQ(lexed.only().start.column, 1u);
    EXPECT_EQ(lexed.only().start.offset, 3u);
}

TEST(Lexer, UnknownCharacters)
{
    for (char const* text : { "\x7f", "a # b", "\\", "\x01" }) {
        Lexed lexed = lex(text);
        EXPECT_TRUE(lexed.error.has_value()) << text;
    }
    EXPECT_EQ(lex_error("ab \x7f").position.column, 4u);
}

}
}
