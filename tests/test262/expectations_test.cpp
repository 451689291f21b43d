#include "test262/expectations.h"

#include <gtest/gtest.h>

using namespace sable::test262;

TEST(Expectations, ParsesEntriesCommentsAndBlankLines)
{
    Expectations expectations;
    std::string error;
    ASSERT_TRUE(expectations.parse("# header\n\nlanguage/a.js strict # needs X\r\n"
                                   "  language/a.js   sloppy   # needs X too\nbuilt-ins/b.js module # Y\n",
                    "exp.txt", error))
        << error;
    EXPECT_EQ(expectations.entries().size(), 3u);
    EXPECT_TRUE(expectations.is_expected_failure("language/a.js", Variant::Strict));
    EXPECT_TRUE(expectations.is_expected_failure("language/a.js", Variant::Sloppy));
    EXPECT_FALSE(expectations.is_expected_failure("language/a.js", Variant::Module));
    EXPECT_TRUE(expectations.is_expected_failure("built-ins/b.js", Variant::Module));
    EXPECT_FALSE(expectations.is_expected_failure("built-ins/c.js", Variant::Module));
    EXPECT_EQ(expectations.entries()[1].reason, "needs X too");
    EXPECT_EQ(expectations.entries()[2].line, 5u);
}

TEST(Expectations, RejectsMalformedLines)
{
    auto error_of = [](std::string_view text) {
        Expectations expectations;
        std::string error;
        EXPECT_FALSE(expectations.parse(text, "exp.txt", error));
        return error;
    };
    EXPECT_EQ(error_of("\na.js\n"), "exp.txt:2: expected `<path> <sloppy|strict|module> # reason`");
    EXPECT_NE(error_of("a.js lenient # r\n").find("unknown variant"), std::string::npos);
    EXPECT_NE(error_of("a.js strict\n").find("reason"), std::string::npos);
    EXPECT_NE(error_of("a.js strict # r\na.js strict # r\n").find("duplicate"), std::string::npos);
}

TEST(Expectations, FormatsLinesForReview)
{
    EXPECT_EQ(format_expectation_line("a/b.js", Variant::Strict, "SyntaxError: x\n  at y"),
        "a/b.js strict # SyntaxError: x at y");
    EXPECT_EQ(format_expectation_line("a/b.js", Variant::Sloppy, ""), "a/b.js sloppy # fails");

    // What --print-failures prints parses back.
    Expectations expectations;
    std::string error;
    EXPECT_TRUE(expectations.parse(format_expectation_line("a/b.js", Variant::Module, "boom") + "\n", "f", error));
    EXPECT_TRUE(expectations.is_expected_failure("a/b.js", Variant::Module));
}
