#include "test262/report.h"

#include <gtest/gtest.h>

#include <cstdio>

using namespace sable::test262;

namespace {

TestResult result_of(std::initializer_list<RunRecord> runs)
{
    TestResult result;
    for (auto const& run : runs)
        result.runs[result.run_count++] = run;
    return result;
}

std::string print_to_string(Report const& report, ReportOptions const& options)
{
    char* buffer = nullptr;
    size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    report.print(out, options);
    std::fclose(out);
    std::string text(buffer, size);
    free(buffer);
    return text;
}

}

TEST(Report, GroupsByTwoPathComponents)
{
    EXPECT_EQ(group_of("language/expressions/void/a.js"), "language/expressions");
    EXPECT_EQ(group_of("built-ins/Array/a.js"), "built-ins/Array");
    EXPECT_EQ(group_of("staging/a.js"), "staging");
}

TEST(Report, CountsRunsAgainstExpectations)
{
    std::vector<std::string> paths { "built-ins/Array/a.js", "language/x/b.js", "language/x/c.js", "staging/d.js" };
    std::vector<TestResult> results {
        result_of({ { Variant::Sloppy, true, "" }, { Variant::Strict, false, "SyntaxError: no" } }),
        result_of({ { Variant::Module, false, "listed" } }),
        result_of({ { Variant::Sloppy, true, "" } }),
        TestResult {},
    };
    results[3].skipped = true;
    Expectations expectations;
    std::string error;
    ASSERT_TRUE(expectations.parse("language/x/b.js module # known\nlanguage/x/c.js sloppy # fixed now\n", "e", error));

    Report report(paths, results, expectations);
    EXPECT_EQ(report.passed(), 2u);
    EXPECT_EQ(report.failed(), 2u);
    EXPECT_EQ(report.unexpected_failures(), 1u);

    auto text = print_to_string(report, {});
    EXPECT_NE(text.find("built-ins/Array: 1/2\n"), std::string::npos);
    EXPECT_NE(text.find("language/x: 1/2\n"), std::string::npos);
    EXPECT_EQ(text.find("staging"), std::string::npos);
    EXPECT_NE(text.find("FAIL built-ins/Array/a.js (strict): SyntaxError: no"), std::string::npos);
    EXPECT_NE(text.find("unexpected pass: language/x/c.js sloppy"), std::string::npos);
    EXPECT_TRUE(text.ends_with("\n2 passed, 2 failed\n"));

    ReportOptions options;
    options.print_failures = true;
    auto failures = print_to_string(report, options);
    EXPECT_NE(failures.find("\nbuilt-ins/Array/a.js strict # SyntaxError: no\n"), std::string::npos);
    EXPECT_NE(failures.find("\nlanguage/x/b.js module # listed\n"), std::string::npos);
}
