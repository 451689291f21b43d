#include "test262/run_scheduler.h"

#include "test262/crash_reporter.h"
#include "test262/read_file.h"

#include <atomic>
#include <thread>

namespace sable::test262 {

namespace {

bool is_selected(FrontMatter const& meta, ScheduleOptions const& options)
{
    for (auto const& feature : options.excluded_features) {
        if (meta.has_feature(feature))
            return false;
    }
    if (options.features.empty())
        return true;
    for (auto const& feature : options.features) {
        if (meta.has_feature(feature))
            return true;
    }
    return false;
}

// A file that cannot be read or whose metadata is malformed fails as a single sloppy run.
void fail_to_load(TestResult& result, std::string message)
{
    result.run_count = 1;
    result.runs[0] = { Variant::Sloppy, false, std::move(message) };
}

void run_one(size_t worker, std::string const& path, Executor const& executor, ScheduleOptions const& options,
    std::string& source, TestResult& result)
{
    std::string error;
    if (!read_file(options.test_dir + "/" + path, source, error))
        return fail_to_load(result, "cannot read: " + error);
    FrontMatter meta;
    if (!parse_front_matter(source, meta, error))
        return fail_to_load(result, "bad front matter: " + error);
    if (!is_selected(meta, options)) {
        result.skipped = true;
        return;
    }
    Variant variants[2];
    result.run_count = static_cast<uint8_t>(variants_for(meta, variants));
    for (size_t i = 0; i < result.run_count; ++i) {
        set_current_run(worker, path.c_str(), variants[i]);
        auto outcome = executor.run({ path, source, meta, variants[i] });
        result.runs[i] = { variants[i], outcome.passed, std::move(outcome.message) };
    }
    set_current_run(worker, nullptr, Variant::Sloppy);
}

}

std::vector<TestResult> run_tests(std::vector<std::string> const& paths, Executor const& executor, ScheduleOptions const& options)
{
    std::vector<TestResult> results(paths.size());
    unsigned jobs = std::max(1u, options.jobs);
    install_crash_reporter(jobs);

    // Workers take small batches of consecutive tests (neighbours tend to cost alike).
    constexpr size_t kBatch = 16;
    std::atomic<size_t> next { 0 };
    auto work = [&](size_t worker) {
        AlternateSignalStack signal_stack;
        std::string source; // reused: one buffer per worker
        for (;;) {
            size_t begin = next.fetch_add(kBatch, std::memory_order_relaxed);
            if (begin >= paths.size())
                return;
            size_t end = std::min(paths.size(), begin + kBatch);
            for (size_t i = begin; i < end; ++i)
                run_one(worker, paths[i], executor, options, source, results[i]);
        }
    };

    std::vector<std::thread> threads;
    threads.reserve(jobs - 1);
    for (unsigned i = 1; i < jobs; ++i)
        threads.emplace_back(work, i);
    work(0);
    for (auto& thread : threads)
        thread.join();
    return results;
}

}
