// sable-test262: runs the tc39/test262 conformance suite in-process across all cores, compares
// the results with the known-failures file, and ends with `N passed, M failed`.

#include "test262/expectations.h"
#include "test262/options.h"
#include "test262/execution_executor.h"
#include "test262/parse_only_executor.h"
#include "test262/read_file.h"
#include "test262/report.h"
#include "test262/run_scheduler.h"
#include "test262/test_discovery.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <thread>

using namespace sable::test262;

namespace {

constexpr int kExitUnexpectedFailures = 1;
constexpr int kExitSetupError = 2;

int setup_error(std::string const& message)
{
    std::fprintf(stderr, "sable-test262: %s\n", message.c_str());
    return kExitSetupError;
}

// The executor for the chosen mode; nullptr (with `error`) when the mode is not available.
std::unique_ptr<Executor> make_executor(Options const& options, std::string& error)
{
    if (options.parse_only)
        return std::make_unique<ParseOnlyExecutor>();
    auto executor = std::make_unique<ExecutionExecutor>(options.root + "/harness", options.heap);
    if (!executor->load(error))
        return nullptr;
    return executor;
}

bool load_expectations(Options const& options, std::string const& test_dir, Expectations& out, std::string& error)
{
    std::string text;
    if (!read_file(options.expectations, text, error)) {
        if (options.expectations_given)
            return false;
        std::fprintf(stderr, "sable-test262: warning: no expectations file (%s); every failure counts as new\n",
            error.c_str());
        return true;
    }
    if (!out.parse(text, options.expectations, error))
        return false;
    // Entries for tests that no longer exist (after a test262 update) should be deleted.
    std::error_code ec;
    for (auto const& entry : out.entries()) {
        if (!std::filesystem::is_regular_file(test_dir + "/" + entry.path, ec))
            std::fprintf(stderr, "sable-test262: warning: %s:%zu: no such test: %s\n", options.expectations.c_str(),
                entry.line, entry.path.c_str());
    }
    return true;
}

}

int main(int argc, char** argv)
{
    Options options;
    std::string error;
    if (!parse_options(argc, argv, options, error)) {
        std::fprintf(stderr, "sable-test262: %s\n\n%s", error.c_str(), usage_text());
        return kExitSetupError;
    }
    if (options.help) {
        std::fputs(usage_text(), stdout);
        return 0;
    }

    auto executor = make_executor(options, error);
    if (!executor)
        return setup_error(error);

    options.root = std::filesystem::path(options.root).lexically_normal().string();
    std::string test_dir = options.root + "/test";
    std::error_code ec;
    if (!std::filesystem::is_directory(test_dir, ec))
        return setup_error("no test262 suite at " + options.root + " (no test/ folder there); pass --root DIR");

    Expectations expectations;
    if (!load_expectations(options, test_dir, expectations, error))
        return setup_error(error);

    std::vector<std::string> paths;
    if (!discover_tests(test_dir, options.prefixes, paths, error))
        return setup_error(error);

    ScheduleOptions schedule;
    schedule.test_dir = test_dir;
    schedule.jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
    schedule.features = options.features;
    schedule.excluded_features = options.excluded_features;

    auto start = std::chrono::steady_clock::now();
    auto results = run_tests(paths, *executor, schedule);
    std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;

    Report report(paths, results, expectations);
    if (!options.json.empty() && !report.write_json(options.json, options.parse_only ? "parse-only" : "execute", error))
        return setup_error(error);

    ReportOptions report_options;
    report_options.verbose = options.verbose;
    report_options.print_failures = options.print_failures;
    report_options.seconds = elapsed.count();
    report_options.jobs = schedule.jobs;
    report.print(stdout, report_options);
    return report.unexpected_failures() ? kExitUnexpectedFailures : 0;
}
