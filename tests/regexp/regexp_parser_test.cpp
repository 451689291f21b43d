// Tests of the regular-expression pattern parser: tree shapes, and the early errors of each of
// the three grammars (BMP patterns with Annex B, `u`, `v`).

#include "runtime/regexp/regexp_parser.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

using namespace sable::regexp;

namespace {

std::u16string utf16(std::string_view utf8)
{
    std::u16string out;
    for (size_t i = 0; i < utf8.size();) {
        unsigned char lead = utf8[i];
        char32_t c;
        size_t length;
        if (lead < 0x80) {
            c = lead;
            length = 1;
        } else if (lead < 0xE0) {
            c = lead & 0x1F;
            length = 2;
        } else if (lead < 0xF0) {
            c = lead & 0x0F;
            length = 3;
        } else {
            c = lead & 0x07;
            length = 4;
        }
        for (size_t k = 1; k < length; ++k)
            c = (c << 6) | (utf8[i + k] & 0x3F);
        i += length;
        if (c >= 0x10000) {
            out += char16_t(0xD800 + ((c - 0x10000) >> 10));
            out += char16_t(0xDC00 + ((c - 0x10000) & 0x3FF));
        } else {
            out += char16_t(c);
        }
    }
    return out;
}

RegExpFlags flags_of(std::string_view flags)
{
    auto parsed = parse_regexp_flags(utf16(flags));
    EXPECT_TRUE(parsed.has_value()) << flags;
    return parsed.value_or(RegExpFlags {});
}

RegExpParseResult parse(std::u16string_view pattern, std::string_view flags)
{
    return parse_regexp(pattern, flags_of(flags));
}

// The tree's dump, or "error: <reason>" (the message without its standard prefix, which is
// checked here too).
std::string tree_of(std::u16string_view pattern, std::string_view flags = "")
{
    auto result = parse(pattern, flags);
    if (result.ok())
        return result.tree.dump();
    std::string const& message = result.error->message;
    std::string const prefix = "Invalid regular expression: /";
    EXPECT_EQ(message.compare(0, prefix.size(), prefix), 0) << message;
    std::string const separator = "/" + std::string(flags) + ": ";
    auto at = message.rfind(separator);
    EXPECT_NE(at, std::string::npos) << message;
    return "error: " + message.substr(at + separator.size());
}

std::string tree_of(std::string_view pattern, std::string_view flags = "")
{
    return tree_of(std::u16string_view(utf16(pattern)), flags);
}

std::string error_of(std::string_view pattern, std::string_view flags = "")
{
    auto tree = tree_of(pattern, flags);
    if (tree.rfind("error: ", 0) != 0)
        return "ok";
    return tree.substr(7);
}

bool valid(std::string_view pattern, std::string_view flags = "")
{
    return parse(utf16(pattern), flags).ok();
}

// Checks one pattern in the three modes.
void expect_validity(std::string_view pattern, bool bmp, bool unicode, bool unicode_sets)
{
    EXPECT_EQ(valid(pattern, ""), bmp) << "/" << pattern << "/ " << error_of(pattern, "");
    EXPECT_EQ(valid(pattern, "u"), unicode) << "/" << pattern << "/u " << error_of(pattern, "u");
    EXPECT_EQ(valid(pattern, "v"), unicode_sets) << "/" << pattern << "/v " << error_of(pattern, "v");
}

}

// ---------------------------------------------------------------------------------------------
// Flags

TEST(RegExpFlags, ParsesEachFlagOnce)
{
    auto all = parse_regexp_flags(u"yusmigd");
    ASSERT_TRUE(all);
    EXPECT_EQ(all->to_string(), "dgimsuy");
    EXPECT_TRUE(all->sticky() && all->unicode() && all->has_indices() && !all->unicode_sets());
    EXPECT_TRUE(parse_regexp_flags(u""));
    EXPECT_TRUE(parse_regexp_flags(u"v")->unicode_sets());
    EXPECT_FALSE(parse_regexp_flags(u"gg"));
    EXPECT_FALSE(parse_regexp_flags(u"uv"));
    EXPECT_FALSE(parse_regexp_flags(u"vu"));
    EXPECT_FALSE(parse_regexp_flags(u"G"));
    EXPECT_FALSE(parse_regexp_flags(u"x"));
    EXPECT_FALSE(parse_regexp_flags(u"g "));
}

TEST(RegExpFlags, LiteralFlagErrorsPointIntoTheFlags)
{
    // Offsets count from just past the opening `/`: in `/ab/gig` the second `g` is at 2 + 1 + 2.
    auto error = validate_regexp_literal(u"ab", u"gig");
    ASSERT_TRUE(error);
    EXPECT_EQ(error->message, "Invalid regular expression flags");
    EXPECT_EQ(error->offset, 5u);
    EXPECT_FALSE(validate_regexp_literal(u"ab", u"gi"));
}

TEST(RegExpFlags, UnicodeAndUnicodeSetsTogetherAreAnError)
{
    RegExpFlags both;
    both.set(RegExpFlag::Unicode);
    both.set(RegExpFlag::UnicodeSets);
    auto result = parse_regexp(u"a", both);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->message, "Invalid regular expression: /a/uv: Invalid regular expression flags");
}

// ---------------------------------------------------------------------------------------------
// Structure

TEST(RegExpTree, DisjunctionsAndAlternatives)
{
    EXPECT_EQ(tree_of(""), "(seq)");
    EXPECT_EQ(tree_of("a"), "(seq 'a')");
    EXPECT_EQ(tree_of("ab|c"), "(| (seq 'a' 'b') (seq 'c'))");
    EXPECT_EQ(tree_of("|"), "(| (seq) (seq))");
    EXPECT_EQ(tree_of("a|b|"), "(| (seq 'a') (seq 'b') (seq))");
    EXPECT_EQ(tree_of("."), "(seq .)");
}

TEST(RegExpTree, Quantifiers)
{
    EXPECT_EQ(tree_of("a*b+?c?"), "(seq (greedy 0 inf 'a') (lazy 1 inf 'b') (greedy 0 1 'c'))");
    EXPECT_EQ(tree_of("a{2}b{2,}c{2,5}?d{0}"), "(seq (greedy 2 2 'a') (greedy 2 inf 'b') (lazy 2 5 'c') (greedy 0 0 'd'))");
    EXPECT_EQ(tree_of("a{001,1}"), "(seq (greedy 1 1 'a'))");
    // Bounds no input can reach saturate.
    auto result = parse(u"a{99999999999,}", "");
    ASSERT_TRUE(result.ok());
    auto const& quantifier = result.tree.node(result.tree.children(result.tree.root())[0]);
    EXPECT_EQ(quantifier.min(), kMaxFiniteRepetition);
    EXPECT_EQ(quantifier.max(), kInfinity);
    // ... but the out-of-order check compares the exact values.
    EXPECT_EQ(error_of("a{99999999999,99999999998}"), "numbers out of order in {} quantifier");
    EXPECT_EQ(error_of("a{99999999998,99999999999}"), "ok");
    EXPECT_EQ(error_of("a{2,1}"), "numbers out of order in {} quantifier");
    EXPECT_EQ(error_of("a{2,1}", "u"), "numbers out of order in {} quantifier");
}

TEST(RegExpTree, QuantifierCaptureRange)
{
    // RepeatMatcher clears the captures inside the quantified atom: parenIndex and parenCount.
    auto result = parse(u"x(a)(b(c)|(d))+", "");
    ASSERT_TRUE(result.ok());
    auto const& tree = result.tree;
    auto terms = tree.children(tree.root());
    ASSERT_EQ(terms.size(), 3u);
    auto const& quantifier = tree.node(terms[2]);
    ASSERT_EQ(quantifier.kind(), RegExpNodeKind::Quantifier);
    EXPECT_EQ(quantifier.first_capture(), 1u);
    EXPECT_EQ(quantifier.capture_count(), 3u);
    EXPECT_EQ(tree.capture_count(), 4u);
}

TEST(RegExpTree, AssertionsAndLookarounds)
{
    EXPECT_EQ(tree_of("^$\\b\\B"), "(seq ^ $ \\b \\B)");
    EXPECT_EQ(tree_of("(?=a)(?!b)(?<=c)(?<!d)"), "(seq (?= (seq 'a')) (?! (seq 'b')) (?<= (seq 'c')) (?<! (seq 'd')))");
    EXPECT_EQ(tree_of("(?=a|b)"), "(seq (?= (| (seq 'a') (seq 'b'))))");
}

TEST(RegExpTree, Groups)
{
    EXPECT_EQ(tree_of("(a)(?:b)(?<n>c)"), "(seq (capture 1 (seq 'a')) (group (seq 'b')) (capture 2 <n> (seq 'c')))");
    EXPECT_EQ(tree_of("((a)(b))"), "(seq (capture 1 (seq (capture 2 (seq 'a')) (capture 3 (seq 'b')))))");
    EXPECT_EQ(tree_of("(?i:a)(?-m:b)(?s-im:c)"), "(seq (modifiers i (seq 'a')) (modifiers -m (seq 'b')) (modifiers s-im (seq 'c')))");

    auto result = parse(u"(a)(?<x>b)(?<y>c)", "");
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result.tree.capture_count(), 3u);
    EXPECT_EQ(result.tree.capture_name(1), kNoName);
    EXPECT_EQ(result.tree.name(result.tree.capture_name(2)), u"x");
    EXPECT_EQ(result.tree.name(result.tree.capture_name(3)), u"y");
    EXPECT_TRUE(result.tree.has_named_groups());
}

TEST(RegExpTree, Backreferences)
{
    EXPECT_EQ(tree_of("(a)\\1"), "(seq (capture 1 (seq 'a')) \\1)");
    // Forward references are allowed.
    EXPECT_EQ(tree_of("\\1(a)"), "(seq \\1 (capture 1 (seq 'a')))");
    EXPECT_EQ(tree_of("\\1(a)", "u"), "(seq \\1 (capture 1 (seq 'a')))");
    EXPECT_EQ(tree_of("(?<a>x)\\k<a>"), "(seq (capture 1 <a> (seq 'x')) \\k<a>)");
    EXPECT_EQ(tree_of("\\k<a>(?<a>x)", "u"), "(seq \\k<a> (capture 1 <a> (seq 'x')))");
}

TEST(RegExpTree, Offsets)
{
    auto result = parse(u"ab(c)", "");
    ASSERT_TRUE(result.ok());
    auto terms = result.tree.children(result.tree.root());
    EXPECT_EQ(result.tree.node(terms[1]).offset(), 1u);
    EXPECT_EQ(result.tree.node(terms[2]).offset(), 2u);
}

// ---------------------------------------------------------------------------------------------
// Characters and escapes

TEST(RegExpEscapes, CharacterEscapes)
{
    EXPECT_EQ(tree_of("\\f\\n\\r\\t\\v\\0"), "(seq U+000C U+000A U+000D U+0009 U+000B U+0000)");
    EXPECT_EQ(tree_of("\\cA\\cz"), "(seq U+0001 U+001A)");
    EXPECT_EQ(tree_of("\\x41\\u0042"), "(seq 'A' 'B')");
    EXPECT_EQ(tree_of("\\^\\$\\\\\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\/", "u"),
        "(seq '^' '$' U+005C '.' '*' '+' '?' '(' ')' '[' ']' '{' '}' '|' '/')");
    EXPECT_EQ(tree_of("\\d\\D\\s\\S\\w\\W"), "(seq \\d \\D \\s \\S \\w \\W)");
}

TEST(RegExpEscapes, SurrogatesInEachMode)
{
    // A BMP pattern is a list of code units; a Unicode pattern a list of code points.
    EXPECT_EQ(tree_of("😀"), "(seq U+D83D U+DE00)");
    EXPECT_EQ(tree_of("😀", "u"), "(seq U+1F600)");
    EXPECT_EQ(tree_of("\\ud83d\\ude00"), "(seq U+D83D U+DE00)");
    EXPECT_EQ(tree_of("\\ud83d\\ude00", "u"), "(seq U+1F600)");
    EXPECT_EQ(tree_of("\\ud83d\\ude00", "v"), "(seq U+1F600)");
    EXPECT_EQ(tree_of("\\ud83d", "u"), "(seq U+D83D)");
    EXPECT_EQ(tree_of("\\ude00\\ud83d", "u"), "(seq U+DE00 U+D83D)");
    EXPECT_EQ(tree_of("\\ud83d\\u{de00}", "u"), "(seq U+D83D U+DE00)");
    EXPECT_EQ(tree_of("\\u{1F600}\\u{0000000041}", "u"), "(seq U+1F600 'A')");
    EXPECT_EQ(error_of("\\u{110000}", "u"), "Invalid Unicode escape");
    EXPECT_EQ(error_of("\\u{}", "u"), "Invalid Unicode escape");
    EXPECT_EQ(error_of("\\u{1F600", "u"), "Invalid Unicode escape");
    EXPECT_EQ(error_of("\\u12", "u"), "Invalid Unicode escape");
    // A lone surrogate written as itself is a character in every mode.
    std::u16string lone = u"a";
    lone += char16_t(0xD800);
    EXPECT_EQ(tree_of(std::u16string_view(lone), "u"), "(seq 'a' U+D800)");
    // Ranges: code points with `u`, code units (and so out of order) without.
    EXPECT_EQ(tree_of("[😀-😂]", "u"), "(seq (class union U+1F600-U+1F602))");
    EXPECT_EQ(error_of("[😀-😂]"), "Range out of order in character class");
}

TEST(RegExpEscapes, AnnexBEscapesInBmpPatterns)
{
    // Identity escapes of any character but `c` (and `k` with named groups).
    EXPECT_EQ(tree_of("\\a\\e\\-\\ \\_"), "(seq 'a' 'e' '-' ' ' '_')");
    EXPECT_EQ(tree_of("\\p{L}"), "(seq 'p' '{' 'L' '}')");
    EXPECT_EQ(tree_of("\\x4g"), "(seq 'x' '4' 'g')");
    EXPECT_EQ(tree_of("\\u004"), "(seq 'u' '0' '0' '4')");
    // `\u{41}` is `u` repeated 41 times without the `u` flag.
    EXPECT_EQ(tree_of("\\u{41}"), "(seq (greedy 41 41 'u'))");
    // `\c` without a letter: the backslash is a character and `c` is read again.
    EXPECT_EQ(tree_of("\\c"), "(seq U+005C 'c')");
    EXPECT_EQ(tree_of("\\c1"), "(seq U+005C 'c' '1')");
    EXPECT_EQ(tree_of("\\c*"), "(seq U+005C (greedy 0 inf 'c'))");
    EXPECT_EQ(tree_of("[\\c1\\c_]"), "(seq (class union U+0011 U+001F))");
    EXPECT_EQ(tree_of("[\\c]"), "(seq (class union U+005C 'c'))");
    EXPECT_EQ(tree_of("[\\c*]"), "(seq (class union U+005C 'c' '*'))");
    EXPECT_EQ(error_of("[\\c-a]"), "Range out of order in character class");
}

TEST(RegExpEscapes, LegacyOctalAndDecimalEscapes)
{
    EXPECT_EQ(tree_of("\\1"), "(seq U+0001)");
    EXPECT_EQ(tree_of("\\8\\9"), "(seq '8' '9')");
    EXPECT_EQ(tree_of("\\07\\08"), "(seq U+0007 U+0000 '8')");
    EXPECT_EQ(tree_of("\\377\\400\\777"), "(seq U+00FF ' ' '0' '?' '7')");
    EXPECT_EQ(tree_of("\\0123"), "(seq U+000A '3')");
    // `\N` is a backreference only when there are at least N groups (forward ones included).
    EXPECT_EQ(tree_of("\\2(a)"), "(seq U+0002 (capture 1 (seq 'a')))");
    EXPECT_EQ(tree_of("(a)\\18"), "(seq (capture 1 (seq 'a')) U+0001 '8')");
    EXPECT_EQ(tree_of("(a)\\81"), "(seq (capture 1 (seq 'a')) '8' '1')");
    EXPECT_EQ(tree_of("((((((((((a))))))))))\\10"), "(seq (capture 1 (seq (capture 2 (seq (capture 3 (seq (capture 4 (seq (capture 5 (seq (capture 6 (seq (capture 7 (seq (capture 8 (seq (capture 9 (seq (capture 10 (seq 'a')))))))))))))))))))) \\10)");
    EXPECT_EQ(tree_of("[\\1\\12\\8]"), "(seq (class union U+0001 U+000A '8'))");
    // Unicode mode has no octal escapes.
    EXPECT_EQ(error_of("\\1", "u"), "Backreference to a capture group that does not exist");
    EXPECT_EQ(error_of("\\2(a)", "u"), "Backreference to a capture group that does not exist");
    EXPECT_EQ(error_of("\\8", "u"), "Backreference to a capture group that does not exist");
    EXPECT_EQ(error_of("\\01", "u"), "Invalid decimal escape");
    EXPECT_EQ(error_of("\\00", "v"), "Invalid decimal escape");
    EXPECT_EQ(error_of("[\\1]", "u"), "Invalid class escape");
    EXPECT_EQ(error_of("[\\01]", "u"), "Invalid class escape");
    EXPECT_EQ(tree_of("\\0", "u"), "(seq U+0000)");
}

TEST(RegExpEscapes, UnicodeModeRejectsIdentityEscapesOfNonSyntaxCharacters)
{
    for (char const* pattern : { "\\a", "\\-", "\\ ", "\\_", "\\c", "\\c1", "\\x4", "\\u004", "\\k", "\\q", "\\e", "\\z", "\\%" }) {
        EXPECT_FALSE(valid(pattern, "u")) << pattern;
        EXPECT_FALSE(valid(pattern, "v")) << pattern;
        EXPECT_TRUE(valid(pattern, "")) << pattern;
    }
    EXPECT_EQ(error_of("\\", ""), "\\ at end of pattern");
    EXPECT_EQ(error_of("a\\", "u"), "\\ at end of pattern");
}

// ---------------------------------------------------------------------------------------------
// Annex B syntax of BMP patterns, and what Unicode mode forbids

TEST(RegExpAnnexB, BracesAndBrackets)
{
    expect_validity("]", true, false, false);
    expect_validity("}", true, false, false);
    expect_validity("{", true, false, false);
    expect_validity("a{", true, false, false);
    expect_validity("a{1", true, false, false);
    expect_validity("a{1,", true, false, false);
    expect_validity("a{,5}", true, false, false);
    expect_validity("a{a}", true, false, false);
    expect_validity("{1}", false, false, false);
    expect_validity("{1,}", false, false, false);
    expect_validity("x{1}{1,}", false, false, false);
    expect_validity("a{1}?", true, true, true);
    EXPECT_EQ(tree_of("a{,5}"), "(seq 'a' '{' ',' '5' '}')");
    EXPECT_EQ(tree_of("]}"), "(seq ']' '}')");
    EXPECT_EQ(error_of("{1}"), "Nothing to repeat");
    EXPECT_EQ(error_of("]", "u"), "Lone quantifier brackets");
    EXPECT_EQ(error_of("a{", "u"), "Incomplete quantifier");
}

TEST(RegExpAnnexB, NothingToRepeat)
{
    for (char const* pattern : { "*", "+a", "?", "a**", "a+*", "a???", "(*)", "a|*", "^*", "$+", "\\b*", "\\B{1}", "(?<=a)*", "(?<!a)+", "a{1}*" }) {
        EXPECT_FALSE(valid(pattern, "")) << pattern;
        EXPECT_FALSE(valid(pattern, "u")) << pattern;
    }
    EXPECT_EQ(error_of("a**"), "Nothing to repeat");
    EXPECT_EQ(error_of("^*"), "Nothing to repeat");
}

TEST(RegExpAnnexB, QuantifiableLookahead)
{
    expect_validity("(?=a)*", true, false, false);
    expect_validity("(?!a){2}", true, false, false);
    expect_validity("(?=a)?", true, false, false);
    expect_validity("(?<=a)?", false, false, false);
    EXPECT_EQ(tree_of("(?=(a))+"), "(seq (greedy 1 inf (?= (seq (capture 1 (seq 'a'))))))");
}

TEST(RegExpAnnexB, ParenthesesMustBalance)
{
    EXPECT_EQ(error_of(")"), "Unmatched ')'");
    EXPECT_EQ(error_of("a)b"), "Unmatched ')'");
    EXPECT_EQ(error_of("(a"), "Unterminated group");
    EXPECT_EQ(error_of("(?:a"), "Unterminated group");
    EXPECT_EQ(error_of("(?=a"), "Unterminated group");
    EXPECT_EQ(error_of("(?"), "Invalid group");
    EXPECT_EQ(error_of("(?a)"), "Invalid group");
    EXPECT_EQ(error_of("(?<"), "Invalid capture group name");
}

// ---------------------------------------------------------------------------------------------
// Character classes without `v`

TEST(RegExpClass, RangesAndAtoms)
{
    EXPECT_EQ(tree_of("[]"), "(seq (class union))");
    EXPECT_EQ(tree_of("[^]"), "(seq (class^ union))");
    EXPECT_EQ(tree_of("[a-z0]"), "(seq (class union 'a'-'z' '0'))");
    EXPECT_EQ(tree_of("[-a]"), "(seq (class union '-' 'a'))");
    EXPECT_EQ(tree_of("[a-]"), "(seq (class union 'a' '-'))");
    EXPECT_EQ(tree_of("[a-b-c]"), "(seq (class union 'a'-'b' '-' 'c'))");
    EXPECT_EQ(tree_of("[--/]"), "(seq (class union '-'-'/'))");
    EXPECT_EQ(tree_of("[\\b\\B\\-]"), "(seq (class union U+0008 'B' '-'))");
    EXPECT_EQ(tree_of("[\\b\\-]", "u"), "(seq (class union U+0008 '-'))");
    EXPECT_EQ(tree_of("[[]"), "(seq (class union '['))");
    EXPECT_EQ(tree_of("[]]"), "(seq (class union) ']')");
    EXPECT_EQ(error_of("[]]", "u"), "Lone quantifier brackets");
    EXPECT_EQ(error_of("[a"), "Unterminated character class");
    EXPECT_EQ(error_of("[a-"), "Unterminated character class");
    EXPECT_EQ(error_of("[\\"), "\\ at end of pattern");
    EXPECT_EQ(error_of("[z-a]"), "Range out of order in character class");
    EXPECT_EQ(error_of("[\\B]", "u"), "Invalid class escape");
}

TEST(RegExpClass, ClassEscapesAsRangeBounds)
{
    // B.1.2: a BMP pattern takes the union of both bounds and `-`; Unicode mode forbids it.
    EXPECT_EQ(tree_of("[\\d-z]"), "(seq (class union \\d '-' 'z'))");
    EXPECT_EQ(tree_of("[a-\\s]"), "(seq (class union 'a' '-' \\s))");
    EXPECT_EQ(tree_of("[\\w-\\W]"), "(seq (class union \\w '-' \\W))");
    EXPECT_EQ(error_of("[\\d-z]", "u"), "Invalid character class range: a bound is a class escape");
    EXPECT_EQ(error_of("[a-\\p{L}]", "u"), "Invalid character class range: a bound is a class escape");
    EXPECT_TRUE(valid("[\\p{L}-]", "u"));
}

TEST(RegExpClass, NamedGroupsForbidEscapedKInClasses)
{
    EXPECT_TRUE(valid("[\\k]"));
    EXPECT_TRUE(valid("\\k<a>"));
    EXPECT_FALSE(valid("(?<a>.)[\\k]"));
    EXPECT_FALSE(valid("[\\k]", "u"));
}

// ---------------------------------------------------------------------------------------------
// Character classes with `v`

TEST(RegExpUnicodeSets, SetOperations)
{
    EXPECT_EQ(tree_of("[[a-z]&&[aeiou]]", "v"), "(seq (class intersection (class union 'a'-'z') (class union 'a' 'e' 'i' 'o' 'u')))");
    EXPECT_EQ(tree_of("[\\w--\\d--_]", "v"), "(seq (class subtraction \\w \\d '_'))");
    EXPECT_EQ(tree_of("[a&&b&&c]", "v"), "(seq (class intersection 'a' 'b' 'c'))");
    EXPECT_EQ(tree_of("[a-cx\\d]", "v"), "(seq (class union 'a'-'c' 'x' \\d))");
    EXPECT_EQ(tree_of("[[[a]]]", "v"), "(seq (class union (class union (class union 'a'))))");
    EXPECT_EQ(tree_of("[^[^a]]", "v"), "(seq (class^ union (class^ union 'a')))");
    EXPECT_EQ(tree_of("[]", "v"), "(seq (class union))");
    EXPECT_EQ(tree_of("[^]", "v"), "(seq (class^ union))");
    EXPECT_EQ(tree_of("[a^]", "v"), "(seq (class union 'a' '^'))");

    EXPECT_EQ(error_of("[a&&b--c]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[a--b&&c]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[ab&&c]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[ab--c]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[a&&bc]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[a-c&&b]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[a&&b-c]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[a&&&b]", "v"), "Invalid set operation in character class");
    EXPECT_EQ(error_of("[&&a]", "v"), "Invalid set operation in character class");
    EXPECT_FALSE(valid("[a&&]", "v"));
    EXPECT_FALSE(valid("[a--]", "v"));
    EXPECT_FALSE(valid("[--a]", "v"));
    EXPECT_EQ(error_of("[a&&b", "v"), "Unterminated character class");
    EXPECT_EQ(error_of("[[a]", "v"), "Unterminated character class");
    // Without `v` these are plain characters (and `b--` a range out of order).
    EXPECT_EQ(tree_of("[a&&b]"), "(seq (class union 'a' '&' '&' 'b'))");
    EXPECT_EQ(error_of("[a&&b--c]"), "Range out of order in character class");
}

TEST(RegExpUnicodeSets, RangesNeedSingleCharacters)
{
    EXPECT_EQ(tree_of("[\\x41-\\u{5A}]", "v"), "(seq (class union 'A'-'Z'))");
    EXPECT_EQ(error_of("[z-a]", "v"), "Range out of order in character class");
    EXPECT_FALSE(valid("[\\d-z]", "v"));
    EXPECT_FALSE(valid("[a-\\d]", "v"));
    EXPECT_FALSE(valid("[a-[b]]", "v"));
    EXPECT_FALSE(valid("[a-b-c]", "v"));
    EXPECT_FALSE(valid("[a-]", "v"));
    EXPECT_FALSE(valid("[-a]", "v"));
}

TEST(RegExpUnicodeSets, SyntaxCharactersAndReservedPunctuators)
{
    // ClassSetSyntaxCharacter must be escaped.
    for (char const* pattern : { "[(]", "[)]", "[[]", "[{]", "[}]", "[/]", "[-]", "[|]", "[a\\]" })
        EXPECT_FALSE(valid(pattern, "v")) << pattern;
    EXPECT_TRUE(valid("[\\(\\)\\[\\]\\{\\}\\/\\-\\|\\\\]", "v"));
    // ClassSetReservedDoublePunctuator is reserved, single punctuators are fine.
    for (char const* pattern : { "[&&]", "[!!]", "[##]", "[$$]", "[%%]", "[**]", "[++]", "[,,]", "[..]", "[::]", "[;;]", "[<<]", "[==]", "[>>]", "[??]", "[@@]", "[a^^]", "[``]", "[~~]" }) {
        EXPECT_FALSE(valid(pattern, "v")) << pattern;
        EXPECT_TRUE(valid(pattern, "u")) << pattern;
    }
    EXPECT_TRUE(valid("[&!#$%*+,.:;<=>?@^`~]", "v"));
    EXPECT_TRUE(valid("[!\\!]", "v"));
    // `\` ClassSetReservedPunctuator.
    EXPECT_EQ(tree_of("[\\&\\-\\!\\#\\%\\,\\:\\;\\<\\=\\>\\@\\`\\~]", "v"),
        "(seq (class union '&' '-' '!' '#' '%' ',' ':' ';' '<' '=' '>' '@' '`' '~'))");
    EXPECT_FALSE(valid("[\\&]", "u"));
    EXPECT_TRUE(valid("[\\$$]", "v")); // `\$`, then `$` alone
    EXPECT_FALSE(valid("[\\k]", "v"));
    EXPECT_FALSE(valid("[\\B]", "v"));
    EXPECT_TRUE(valid("[\\b]", "v"));
}

TEST(RegExpUnicodeSets, StringDisjunctions)
{
    EXPECT_EQ(tree_of("[\\q{abc|d|}]", "v"), "(seq (class union (q \"abc\" \"d\" \"\")))");
    EXPECT_EQ(tree_of("[\\q{\\u{1F600}\\x41|\\}}]", "v"), "(seq (class union (q \"\\u{1F600}A\" \"}\")))");
    EXPECT_EQ(tree_of("[^\\q{a|b}]", "v"), "(seq (class^ union (q \"a\" \"b\")))");
    EXPECT_EQ(error_of("[^\\q{ab}]", "v"), "Negated character class may contain strings");
    EXPECT_EQ(error_of("[^\\q{}]", "v"), "Negated character class may contain strings");
    EXPECT_EQ(error_of("[^[\\q{ab}]]", "v"), "Negated character class may contain strings");
    EXPECT_EQ(error_of("[[^\\q{ab}]]", "v"), "Negated character class may contain strings");
    // A ClassString's length is counted in code points.
    EXPECT_TRUE(valid("[^\\q{😀}]", "v"));
    EXPECT_TRUE(valid("[^\\q{\\ud83d\\ude00|\\u{1F601}}]", "v"));
    EXPECT_FALSE(valid("[^\\q{😀😀}]", "v"));
    EXPECT_TRUE(valid("[^\\q{ab}&&a]", "v"));
    EXPECT_FALSE(valid("[^\\q{ab}--a]", "v"));
    EXPECT_TRUE(valid("[^a--\\q{ab}]", "v"));
    EXPECT_FALSE(valid("[\\q{a-b}]", "v"));
    EXPECT_FALSE(valid("[\\q{a&&b}]", "v"));
    EXPECT_FALSE(valid("[\\q{\\d}]", "v"));
    EXPECT_FALSE(valid("[\\q{a]", "v"));
    EXPECT_FALSE(valid("\\q{a}", "v"));
    EXPECT_FALSE(valid("[\\q{a}]", "u"));
    EXPECT_TRUE(valid("[\\q{a}]", ""));

    auto result = parse(u"[\\q{ab}]", "v");
    ASSERT_TRUE(result.ok());
    auto const& tree = result.tree;
    auto const& character_class = tree.node(tree.children(tree.root())[0]);
    EXPECT_TRUE(character_class.may_contain_strings());
    auto const& disjunction = tree.node(tree.children(character_class)[0]);
    EXPECT_EQ(disjunction.kind(), RegExpNodeKind::ClassStringDisjunction);
    EXPECT_EQ(tree.class_string(tree.node(tree.children(disjunction)[0])), U"ab");
}

TEST(RegExpUnicodeSets, PropertiesOfStrings)
{
    for (char const* name : { "Basic_Emoji", "Emoji_Keycap_Sequence", "RGI_Emoji_Modifier_Sequence", "RGI_Emoji_Flag_Sequence", "RGI_Emoji_Tag_Sequence", "RGI_Emoji_ZWJ_Sequence", "RGI_Emoji" }) {
        std::string p = std::string("\\p{") + name + "}";
        EXPECT_TRUE(valid(p, "v")) << p;
        EXPECT_EQ(error_of(p, "u"), "Properties of strings are only allowed with the v flag") << p;
        EXPECT_TRUE(valid(p, "")) << p; // just letters without `u`
        EXPECT_EQ(error_of("\\P{" + std::string(name) + "}", "v"), "Negated property of strings");
        EXPECT_EQ(error_of("[^" + p + "]", "v"), "Negated character class may contain strings");
        EXPECT_TRUE(valid("[" + p + "]", "v"));
        EXPECT_FALSE(valid(std::string("\\p{") + name + "=Yes}", "v"));
    }
    EXPECT_TRUE(valid("[^\\p{RGI_Emoji}&&\\p{Emoji}]", "v"));
    EXPECT_FALSE(valid("[^\\p{RGI_Emoji}--\\p{Emoji}]", "v"));
    EXPECT_EQ(tree_of("\\p{RGI_Emoji}", "v"), "(seq \\p{RGI_Emoji})");
}

// ---------------------------------------------------------------------------------------------
// Unicode property escapes

TEST(RegExpProperties, AcceptsTheSpecNamesExactly)
{
    for (char const* expression : {
             "L", "Letter", "Lu", "Uppercase_Letter", "LC", "Cased_Letter", "digit", "punct", "cntrl", "Combining_Mark", "Cn", "Other",
             "gc=L", "General_Category=Letter", "gc=Decimal_Number", "General_Category=digit",
             "sc=Grek", "Script=Greek", "scx=Latn", "Script_Extensions=Latin", "sc=Zyyy", "sc=Common", "sc=Qaai", "sc=Inherited", "sc=Zzzz",
             "sc=Unknown", "sc=Katakana_Or_Hiragana", "sc=Hrkt", "sc=Coptic", "sc=Qaac", "scx=Old_Persian", "scx=Xpeo",
             "ASCII", "Any", "Assigned", "ASCII_Hex_Digit", "AHex", "White_Space", "space", "Alphabetic", "Alpha", "ID_Start", "IDS",
             "Emoji", "Emoji_Component", "EComp", "Extended_Pictographic", "ExtPict", "Sentence_Terminal", "STerm", "Lowercase", "Lower", "Math" }) {
        std::string p = std::string("\\p{") + expression + "}";
        EXPECT_TRUE(valid(p, "u")) << p << " " << error_of(p, "u");
        EXPECT_TRUE(valid(p, "v")) << p;
        EXPECT_TRUE(valid("[\\P{" + std::string(expression) + "}]", "u")) << p;
    }
}

TEST(RegExpProperties, RejectsLooseAndUnlistedNames)
{
    for (char const* expression : {
             "ascii", "any", "lu", "uppercaseletter", "Uppercase Letter", " L", "L ", "IsLu", "Is_Lu", "isLu", "InGreek", "Block=Basic_Latin",
             "Line_Break", "Line_Break=Alphabetic", "WSpace", "Hyphen", "Other_Alphabetic", "Full_Composition_Exclusion", "Composition_Exclusion",
             "Prepended_Concatenation_Mark", "Emoji_Presentation=Yes", "ASCII=Y", "ASCII=Yes", "General_Category", "gc", "Script", "sc",
             "Script_Extensions", "scx", "Script=Lu", "gc=Greek", "sc=greek", "Script=Latn_", "sc=Hans", "sc=Hant", "sc=Zsye", "sc=Zmth", "sc=Blis",
             "sc=Jpan", "script=Greek", "Sc=Greek", "General_Category=", "=L", "gc==L", "gc=L=L", "g1=L", "FooBar", "", "Script_Extensions=Unknown_" }) {
        std::string p = std::string("\\p{") + expression + "}";
        EXPECT_FALSE(valid(p, "u")) << p;
        EXPECT_FALSE(valid(p, "v")) << p;
    }
    EXPECT_EQ(error_of("\\p{ascii}", "u"), "Invalid property name");
    EXPECT_EQ(error_of("\\p", "u"), "Invalid property name");
    EXPECT_EQ(error_of("\\pL", "u"), "Invalid property name");
    EXPECT_EQ(error_of("\\p{L", "u"), "Invalid property name");
    EXPECT_EQ(error_of("\\p{^L}", "u"), "Invalid property name");
}

TEST(RegExpProperties, ResolvesToIcuValues)
{
    EXPECT_EQ(tree_of("\\p{Lu}\\P{gc=Letter}\\p{sc=Grek}\\p{scx=Latin}\\p{AHex}\\p{space}\\p{Any}", "u"),
        "(seq \\p{General_Category=Lu} \\P{General_Category=L} \\p{Script=Greek} \\p{Script_Extensions=Latin} \\p{ASCII_Hex_Digit} "
        "\\p{White_Space} \\p{Any})");
    auto result = parse(u"\\p{Script=Greek}", "u");
    ASSERT_TRUE(result.ok());
    auto const& property = result.tree.node(result.tree.children(result.tree.root())[0]);
    EXPECT_EQ(property.property_kind(), UnicodePropertyKind::Script);
    EXPECT_EQ(property.property_value(), 14); // USCRIPT_GREEK
    EXPECT_FALSE(property.negated());
}

// ---------------------------------------------------------------------------------------------
// Named groups

TEST(RegExpNamedGroups, Names)
{
    EXPECT_EQ(tree_of("(?<$_a1>x)"), "(seq (capture 1 <$_a1> (seq 'x')))");
    EXPECT_EQ(tree_of("(?<\\u0041b>x)"), "(seq (capture 1 <Ab> (seq 'x')))");
    // Group names take Unicode-mode escapes (and surrogate pairs) in every mode.
    EXPECT_EQ(tree_of("(?<\\u{1d4d1}>x)"), "(seq (capture 1 <\\uD835\\uDCD1> (seq 'x')))");
    EXPECT_EQ(tree_of("(?<\\ud835\\udcd1>x)"), "(seq (capture 1 <\\uD835\\uDCD1> (seq 'x')))");
    EXPECT_EQ(tree_of("(?<𝑓>x)"), "(seq (capture 1 <\\uD835\\uDC53> (seq 'x')))");
    EXPECT_EQ(tree_of("(?<𝑓>x)", "u"), "(seq (capture 1 <\\uD835\\uDC53> (seq 'x')))");
    EXPECT_EQ(tree_of("(?<a\\u200cb\\u200D>x)"), "(seq (capture 1 <a\\u200Cb\\u200D> (seq 'x')))");
    EXPECT_TRUE(valid("(?<π>x)\\k<\\u03C0>", "u"));

    for (char const* pattern : { "(?<>x)", "(?<1a>x)", "(?<a-b>x)", "(?<a", "(?<a\\>x)", "(?<\\u{110000}>x)", "(?<\\ud835>x)",
             "(?<a\\uD801>.)", "(?<\\u200c>x)", "(?<a b>x)", "(?< a>x)", "(?<a\\u{}>x)", "(?<a\\x41>x)" }) {
        EXPECT_EQ(error_of(pattern), "Invalid capture group name") << pattern;
        EXPECT_EQ(error_of(pattern, "u"), "Invalid capture group name") << pattern;
    }
    std::u16string lone_surrogate_name = u"(?<a";
    lone_surrogate_name += char16_t(0xD801);
    lone_surrogate_name += u">.)";
    EXPECT_FALSE(parse(lone_surrogate_name, "").ok());
    EXPECT_FALSE(parse(lone_surrogate_name, "u").ok());
}

TEST(RegExpNamedGroups, References)
{
    EXPECT_EQ(error_of("(?<a>x)\\k<b>"), "Invalid named capture referenced");
    EXPECT_EQ(error_of("\\k<a>", "u"), "Invalid named capture referenced");
    EXPECT_EQ(error_of("(?<a>x)\\k"), "Invalid named reference");
    EXPECT_EQ(error_of("(?<a>x)\\k<a"), "Invalid capture group name");
    EXPECT_EQ(error_of("\\k", "u"), "Invalid named reference");
    EXPECT_EQ(error_of("\\k<a", "u"), "Invalid capture group name");
    // Without named groups and `u`, `\k` is an identity escape.
    EXPECT_EQ(tree_of("\\k<a>"), "(seq 'k' '<' 'a' '>')");
    EXPECT_EQ(tree_of("\\k"), "(seq 'k')");
    EXPECT_EQ(tree_of("(?<a>x)|\\k<a>"), "(| (seq (capture 1 <a> (seq 'x'))) (seq \\k<a>))");
}

TEST(RegExpNamedGroups, DuplicateNamesOnlyInDifferentAlternatives)
{
    auto result = parse(u"(?<a>x)(?<a>y)", "");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->message, "Invalid regular expression: /(?<a>x)(?<a>y)/: Duplicate capture group name");
    EXPECT_EQ(result.error->offset, 10u);

    for (char const* pattern : { "(?<a>x)|(?<a>y)", "((?<a>x)|(?<a>y))", "(?:(?<a>x)|(?<a>y))\\k<a>", "(?<a>a)|(?<a>b)|(?<a>c)",
             "((?<a>x)|b)|(?<a>y)", "(?<a>x)|((?<a>y)|(?<a>z))", "(?:(?<a>x)|(?<b>y))(?:(?<c>z)|(?<d>w))", "(?<a>x)|(?:(?<a>y))+" })
        expect_validity(pattern, true, true, true);
    for (char const* pattern : { "(?<a>x)(?<a>y)", "(?:(?<a>x)|y)(?<a>z)", "(?<a>(?<a>x)|y)", "(?<a>x)(?:|(?<a>y))",
             "((?<a>x)|(?<b>y))(?<b>z)", "(?<a>x)|(?<b>y)(?<b>z)", "(?:(?<a>x)|(?<a>y))(?<a>z)", "(?=(?<a>x))(?<a>y)" })
        expect_validity(pattern, false, false, false);

    auto duplicates = parse(u"(?<a>x)|(b)|(?<a>y)", "");
    ASSERT_TRUE(duplicates.ok());
    EXPECT_EQ(duplicates.tree.name_count(), 1u);
    EXPECT_EQ(duplicates.tree.captures_with_name(0), (std::vector<uint32_t> { 1, 3 }));
}

// ---------------------------------------------------------------------------------------------
// Modifiers

TEST(RegExpModifiers, EarlyErrors)
{
    for (char const* pattern : { "(?i:a)", "(?-i:a)", "(?i-s:a)", "(?ims:a)", "(?-ims:a)", "(?ms-i:a)", "(?i-:a)", "(?i:a)*", "(?m:(?-m:^))" })
        expect_validity(pattern, true, true, true);
    EXPECT_EQ(error_of("(?ii:a)"), "Repeated flag in modifiers group");
    EXPECT_EQ(error_of("(?-ss:a)"), "Repeated flag in modifiers group");
    EXPECT_EQ(error_of("(?i-i:a)"), "Repeated flag in modifiers group");
    EXPECT_EQ(error_of("(?im-si:a)"), "Repeated flag in modifiers group");
    EXPECT_EQ(error_of("(?-:a)"), "Modifiers group neither adds nor removes a flag");
    for (char const* pattern : { "(?i)", "(?i", "(?I:a)", "(?g:a)", "(?u:a)", "(?x:a)", "(?i-m-s:a)", "(?--i:a)", "(?i=:a)", "(?i\\u0073:a)" })
        expect_validity(pattern, false, false, false);
}

// ---------------------------------------------------------------------------------------------
// Limits and messages

TEST(RegExpLimits, DeepNestingIsAnErrorNotACrash)
{
    auto nested = [](char const* open, char const* close, size_t depth) {
        std::string pattern;
        for (size_t i = 0; i < depth; ++i)
            pattern += open;
        pattern += 'a';
        for (size_t i = 0; i < depth; ++i)
            pattern += close;
        return pattern;
    };
    EXPECT_TRUE(valid(nested("(", ")", kMaxRegExpNestingDepth)));
    EXPECT_EQ(error_of(nested("(", ")", kMaxRegExpNestingDepth + 1)), "Regular expression too large or too deeply nested");
    EXPECT_EQ(error_of(nested("(?:", ")", 100000)), "Regular expression too large or too deeply nested");
    EXPECT_EQ(error_of(nested("(?=", ")", 100000), "u"), "Regular expression too large or too deeply nested");
    EXPECT_EQ(error_of(nested("[", "]", 100000), "v"), "Regular expression too large or too deeply nested");
    EXPECT_TRUE(valid(nested("[", "]", 100), "v"));
    // Without `v`, `[` inside a class is a character: no nesting at all.
    EXPECT_TRUE(valid(nested("[", "]", 100000)));
}

TEST(RegExpLimits, LongFlatPatternsAreFine)
{
    std::string pattern;
    for (int i = 0; i < 20000; ++i)
        pattern += "(a)|";
    EXPECT_TRUE(valid(pattern));
    auto result = parse(utf16(pattern), "");
    EXPECT_EQ(result.tree.capture_count(), 20000u);
}

TEST(RegExpMessages, IncludePatternFlagsAndReason)
{
    auto result = parse(utf16("é(?<x>"), "gv");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error->message, "Invalid regular expression: /é(?<x>/gv: Unterminated group");
    EXPECT_EQ(result.error->offset, 6u);

    auto quantifier = parse(u"ab**", "");
    ASSERT_FALSE(quantifier.ok());
    EXPECT_EQ(quantifier.error->offset, 3u);

    auto literal = validate_regexp_literal(u"[z-a]", u"g");
    ASSERT_TRUE(literal);
    EXPECT_EQ(literal->message, "Invalid regular expression: /[z-a]/g: Range out of order in character class");
    EXPECT_EQ(literal->offset, 1u);
}
