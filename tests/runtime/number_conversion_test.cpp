// Number <-> string: Number::toString for radix 10 and others, StringToNumber,
// CanonicalNumericIndexString, and toFixed / toExponential / toPrecision formatting. Expected
// strings are what Node 20 (V8) prints.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/number_conversion.h"

#include <bit>
#include <cmath>
#include <limits>

namespace sable::runtime::test {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInfinity = std::numeric_limits<double>::infinity();

std::string to_string(double x)
{
    NumberToStringBuffer buffer;
    return std::string(number_to_string(x, buffer));
}

double to_number(std::u16string_view text) { return string_to_number(CodeUnitView(text)); }

bool same_value(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || std::bit_cast<uint64_t>(a) == std::bit_cast<uint64_t>(b);
}

// --- Number::toString ( x, 10 ) ---

TEST(NumberToString, SpecialValues)
{
    EXPECT_EQ(to_string(0), "0");
    EXPECT_EQ(to_string(-0.0), "0");
    EXPECT_EQ(to_string(kNaN), "NaN");
    EXPECT_EQ(to_string(kInfinity), "Infinity");
    EXPECT_EQ(to_string(-kInfinity), "-Infinity");
}

TEST(NumberToString, PlainAndExponentialForms)
{
    struct Case {
        double x;
        char const* text;
    };
    for (auto [x, text] : std::initializer_list<Case> {
             { 1e21, "1e+21" },
             { 1e20, "100000000000000000000" },
             { 999999999999999900000.0, "999999999999999900000" },
             { 1e-7, "1e-7" },
             { -1e-7, "-1e-7" },
             { 0.000001, "0.000001" },
             { 0.000001234, "0.000001234" },
             { 123.456, "123.456" },
             { 9007199254740992.0, "9007199254740992" }, // 2^53
             { 1152921504606846976.0, "1152921504606847000" }, // 2^60: shortest digits, then zeros
             { 5e-324, "5e-324" },
             { 1.7976931348623157e308, "1.7976931348623157e+308" },
             { -1.5, "-1.5" },
             { 0.1, "0.1" },
             { 1.0 / 3.0, "0.3333333333333333" },
             { 123e-20, "1.23e-18" },
             { 1e100, "1e+100" },
             { 1.5e300, "1.5e+300" },
             { 100, "100" },
             { -42, "-42" },
             { 4.35, "4.35" },
         }) {
        EXPECT_EQ(to_string(x), text) << text;
    }
}

TEST(NumberToString, JsStringHelper)
{
    gc::Heap heap { cell_traits(), gc::HeapOptions {} };
    EXPECT_EQ(number_to_js_string(heap, 1e21)->to_utf16(heap), u"1e+21");
    EXPECT_EQ(number_to_js_string(heap, 255, 16)->to_utf16(heap), u"ff");
}

// --- Number::toString ( x, radix ) ---

TEST(NumberToStringRadix, MatchesV8)
{
    struct Case {
        double x;
        int radix;
        char const* text;
    };
    for (auto [x, radix, text] : std::initializer_list<Case> {
             { 0.5, 2, "0.1" },
             { 0.1, 2, "0.0001100110011001100110011001100110011001100110011001101" },
             { -255.5, 16, "-ff.8" },
             { 0.1, 3, "0.0022002200220022002200220022002201" },
             { 4.35, 2, "100.0101100110011001100110011001100110011001100110011" },
             { 1.0 / 3.0, 36, "0.c" },
             { 123.456, 36, "3f.gez4w97ry" },
             { 255, 16, "ff" },
             { 9007199254740992.0, 36, "2gosa7pa2gw" },
             { 1e21, 36, "5v1j4f4ds7c000" },
             { 1152921504606847232.0, 7, "2031000661631341064600" },
             { 3.14159, 8, "3.11037476006703156" },
             { 0.7, 32, "0.mcpj6cpj6co" },
             { 1e-7, 16, "0.000001ad7f29abcaf48" },
             { 99.99, 36, "2r.zn1fu8n1f" },
             { 0.000001, 7, "0.00000005523220033662416625" },
             { 35.99999999, 36, "z.zzzzze8cw" },
             { -0.0, 2, "0" },
             { kNaN, 16, "NaN" },
             { -kInfinity, 2, "-Infinity" },
             { 123.456, 10, "123.456" },
         }) {
        EXPECT_EQ(number_to_string(x, radix), text) << x << " radix " << radix;
    }
}

TEST(NumberToStringRadix, SmallestDenormalInBinary)
{
    // 2^-1074: "0.", 1073 zeros, "1".
    EXPECT_EQ(number_to_string(5e-324, 2), "0." + std::string(1073, '0') + "1");
}

TEST(NumberToStringRadix, LargestDoubleInBinary)
{
    // 53 ones followed by 971 zeros.
    EXPECT_EQ(number_to_string(1.7976931348623157e308, 2), std::string(53, '1') + std::string(971, '0'));
    EXPECT_EQ(number_to_string(1.7976931348623157e308, 36).substr(0, 14), "1a1e4vngaiqo00");
}

// --- StringToNumber ---

TEST(StringToNumber, FromTheBrief)
{
    EXPECT_EQ(to_number(u"  0x1F "), 31);
    EXPECT_EQ(to_number(u"1e1000"), kInfinity);
    EXPECT_EQ(to_number(u"-Infinity"), -kInfinity);
    EXPECT_EQ(to_number(u".5"), 0.5);
    EXPECT_EQ(to_number(u"5."), 5);
    EXPECT_TRUE(std::isnan(to_number(u"0b2")));
    EXPECT_EQ(to_number(u" \u00A0 12 \n"), 12);
}

TEST(StringToNumber, WhiteSpaceAndEmpty)
{
    EXPECT_TRUE(same_value(to_number(u""), 0));
    EXPECT_TRUE(same_value(to_number(u" \t\n\r\v\f"), 0));
    EXPECT_EQ(to_number(u"\u2003 7 \u3000"), 7);
    EXPECT_EQ(to_number(u"\uFEFF8\u2028\u2029"), 8);
    EXPECT_EQ(to_number(u"\u16809\u202F\u205F"), 9);
    // U+180E and U+200B are not white space (any more).
    EXPECT_TRUE(std::isnan(to_number(u"\u180E1")));
    EXPECT_TRUE(std::isnan(to_number(u"1\u200B")));
}

TEST(StringToNumber, DecimalLiterals)
{
    EXPECT_EQ(to_number(u"123"), 123);
    EXPECT_EQ(to_number(u"00012"), 12);
    EXPECT_EQ(to_number(u"+.5e1"), 5);
    EXPECT_EQ(to_number(u"-.5"), -0.5);
    EXPECT_EQ(to_number(u"1.e5"), 100000);
    EXPECT_EQ(to_number(u"1E+5"), 100000);
    EXPECT_EQ(to_number(u"+Infinity"), kInfinity);
    EXPECT_TRUE(same_value(to_number(u"-0"), -0.0));
    EXPECT_TRUE(same_value(to_number(u"0.1e-400"), 0));
    EXPECT_EQ(to_number(u"9007199254740993"), 9007199254740992.0);
    EXPECT_EQ(to_number(u"123456789012345678901234567890"), 1.2345678901234568e+29);
    EXPECT_EQ(to_number(u"0.1"), 0.1);
    // One-byte input takes the same path.
    EXPECT_EQ(string_to_number(std::string_view("  -2.5e-3  ")), -2.5e-3);
}

TEST(StringToNumber, NotNumbers)
{
    for (std::u16string_view text : { u"abc", u"1_000", u".", u"+", u"-", u"e5", u".e5", u"1e", u"1e+", u"infinity",
             u"Infinityx", u"NaN", u"- 1", u"1 2", u"0x", u"-0x10", u"+0x10", u"0x1g", u"0o8", u"0b", u"0x1.8",
             u"\u0661", u"12px" }) {
        EXPECT_TRUE(std::isnan(to_number(text))) << std::string(text.begin(), text.end());
    }
}

TEST(StringToNumber, NonDecimalLiterals)
{
    EXPECT_EQ(to_number(u"0x10"), 16);
    EXPECT_EQ(to_number(u"0XfF"), 255);
    EXPECT_EQ(to_number(u"0o17"), 15);
    EXPECT_EQ(to_number(u"0O777"), 511);
    EXPECT_EQ(to_number(u"0B101"), 5);
    EXPECT_EQ(to_number(u"0b0000"), 0);
    // Rounded to nearest, ties to even.
    EXPECT_EQ(to_number(u"0x20000000000001"), 9007199254740992.0);
    EXPECT_EQ(to_number(u"0x20000000000003"), 9007199254740996.0);
    EXPECT_EQ(to_number(u"0x20000000000001000000001"), 6.189700196426903e+26);
    EXPECT_EQ(to_number(u"0b111111111111111111111111111111111111111111111111111111111111"), 1152921504606846976.0);
    EXPECT_EQ(to_number(u"0o777777777777777777777"), 9223372036854775808.0);
    EXPECT_EQ(to_number(std::u16string(u"0x") + std::u16string(260, u'f')), kInfinity);
    EXPECT_EQ(to_number(std::u16string(u"0x") + std::u16string(255, u'f')), std::ldexp(1.0, 1020));
}

// --- CanonicalNumericIndexString ---

TEST(CanonicalNumericIndexString, Cases)
{
    auto canonical = [](std::string_view text) { return canonical_numeric_index_string(CodeUnitView(text)); };
    EXPECT_TRUE(same_value(canonical("-0").value(), -0.0));
    EXPECT_EQ(canonical("0"), 0.0);
    EXPECT_EQ(canonical("1"), 1.0);
    EXPECT_EQ(canonical("1.5"), 1.5);
    EXPECT_EQ(canonical("-7"), -7.0);
    EXPECT_EQ(canonical("1e+21"), 1e21);
    EXPECT_EQ(canonical("Infinity"), kInfinity);
    EXPECT_TRUE(std::isnan(canonical("NaN").value()));
    EXPECT_EQ(canonical("1e21"), std::nullopt);
    EXPECT_EQ(canonical("01"), std::nullopt);
    EXPECT_EQ(canonical("+1"), std::nullopt);
    EXPECT_EQ(canonical("1.50"), std::nullopt);
    EXPECT_EQ(canonical(""), std::nullopt);
    EXPECT_EQ(canonical("foo"), std::nullopt);
}

// --- toFixed, toExponential, toPrecision ---

TEST(NumberFormatting, ToFixed)
{
    EXPECT_EQ(number_to_fixed(1.005, 2), "1.00");
    EXPECT_EQ(number_to_fixed(0.5, 0), "1");
    EXPECT_EQ(number_to_fixed(2.5, 0), "3");
    EXPECT_EQ(number_to_fixed(1.45, 1), "1.4");
    EXPECT_EQ(number_to_fixed(-0.0000001, 2), "-0.00");
    EXPECT_EQ(number_to_fixed(-0.0, 2), "0.00");
    EXPECT_EQ(number_to_fixed(123.456, 10), "123.4560000000");
    EXPECT_EQ(number_to_fixed(1e21, 2), "1e+21");
    EXPECT_EQ(number_to_fixed(0.000001, 7), "0.0000010");
    EXPECT_EQ(number_to_fixed(1.23e20, 2), "123000000000000000000.00");
    EXPECT_EQ(number_to_fixed(kNaN, 2), "NaN");
    EXPECT_EQ(number_to_fixed(0.1, 100).size(), 102u);
}

TEST(NumberFormatting, ToExponential)
{
    EXPECT_EQ(number_to_exponential(123456, 2), "1.23e+5");
    EXPECT_EQ(number_to_exponential(0, std::nullopt), "0e+0");
    EXPECT_EQ(number_to_exponential(0, 3), "0.000e+0");
    EXPECT_EQ(number_to_exponential(1.5e-10, std::nullopt), "1.5e-10");
    EXPECT_EQ(number_to_exponential(-123.456, 0), "-1e+2");
    EXPECT_EQ(number_to_exponential(1e21, std::nullopt), "1e+21");
    EXPECT_EQ(number_to_exponential(5e-324, 1), "4.9e-324");
    EXPECT_EQ(number_to_exponential(-kInfinity, 2), "-Infinity");
}

TEST(NumberFormatting, ToPrecision)
{
    EXPECT_EQ(number_to_precision(123.456, 2), "1.2e+2");
    EXPECT_EQ(number_to_precision(0.000001, 2), "0.0000010");
    EXPECT_EQ(number_to_precision(1e-7, 2), "1.0e-7");
    EXPECT_EQ(number_to_precision(123456, 6), "123456");
    EXPECT_EQ(number_to_precision(123456, 5), "1.2346e+5");
    EXPECT_EQ(number_to_precision(0, 3), "0.00");
    EXPECT_EQ(number_to_precision(-1.5, 1), "-2");
    EXPECT_EQ(number_to_precision(1e21, 3), "1.00e+21");
    EXPECT_EQ(number_to_precision(0.00001234, 1), "0.00001");
    EXPECT_EQ(number_to_precision(kNaN, 3), "NaN");
}

// --- Round trips ---

TEST(NumberConversion, ShortestDigitsReadBackExactly)
{
    uint64_t bits = 0x3FF0000000000000ull;
    for (int i = 0; i < 20000; ++i) {
        bits = bits * 6364136223846793005ull + 1442695040888963407ull;
        double x = std::bit_cast<double>(bits);
        if (!std::isfinite(x))
            continue;
        std::string text = to_string(x);
        double back = string_to_number(std::string_view(text));
        ASSERT_TRUE(same_value(back, x == 0 ? 0.0 : x)) << text;
    }
}

}
}
