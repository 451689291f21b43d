#pragma once
// Tallies the runs against the expectations file and prints them: passes per folder, new
// failures, unexpected passes, and the last line `N passed, M failed`.

#include "test262/expectations.h"
#include "test262/run_scheduler.h"

#include <cstdio>
#include <string>
#include <vector>

namespace sable::test262 {

struct ReportOptions {
    bool verbose { false };        // list every failure, expected ones too
    bool print_failures { false }; // list every failure as an expectations line
    double seconds { 0 };          // wall time of the runs
    unsigned jobs { 1 };
};

class Report {
public:
    Report(std::vector<std::string> const& paths, std::vector<TestResult> const& results, Expectations const&);

    void print(std::FILE*, ReportOptions const&) const;
    bool write_json(std::string const& file, std::string_view mode, std::string& error) const;

    size_t passed() const { return m_passed; }
    size_t failed() const { return m_failed; }
    size_t unexpected_failures() const { return m_unexpected_failures.size(); }

private:
    struct RunRef {
        size_t test;
        size_t run;
    };
    struct Group {
        std::string name; // e.g. "language/expressions"
        size_t passed { 0 };
        size_t total { 0 };
    };

    std::vector<std::string> const& m_paths;
    std::vector<TestResult> const& m_results;
    Expectations const& m_expectations;

    std::vector<Group> m_groups;
    std::vector<RunRef> m_unexpected_failures;
    std::vector<RunRef> m_expected_failures;
    std::vector<RunRef> m_unexpected_passes;
    std::vector<std::string> m_mismatched_expectations; // listed variants the test does not run
    size_t m_passed { 0 };
    size_t m_failed { 0 };
    size_t m_tests_run { 0 };
    size_t m_tests_skipped { 0 };
};

// The folder a test is counted under: its first two path components ("built-ins/Array").
std::string_view group_of(std::string_view path);

}
