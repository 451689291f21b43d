#include "test262/run_scheduler.h"

#include "test262/crash_reporter.h"
#include "test262/read_file.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <pthread.h>

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

// The stack of each worker thread. std::thread takes RLIMIT_STACK (8 MB by default) or, when
// `ulimit -s` is unlimited, glibc's 2 MB: less than the parser's 3 MB nesting budget, so deeply
// nested tests crashed the runner. The size is fixed here instead, the same on every machine
// whatever `ulimit -s` says.
constexpr size_t kWorkerStackSize = 16 * 1024 * 1024;

class WorkerThread {
public:
    explicit WorkerThread(std::function<void()> body)
        : m_body(std::move(body))
    {
        pthread_attr_t attributes;
        pthread_attr_init(&attributes);
        pthread_attr_setstacksize(&attributes, kWorkerStackSize);
        int status = pthread_create(&m_thread, &attributes, &WorkerThread::run, this);
        pthread_attr_destroy(&attributes);
        if (status != 0) {
            std::fprintf(stderr, "sable-test262: cannot start a worker thread (error %d)\n", status);
            std::abort();
        }
    }
    WorkerThread(WorkerThread const&) = delete;
    WorkerThread& operator=(WorkerThread const&) = delete;
    ~WorkerThread() { pthread_join(m_thread, nullptr); }

private:
    static void* run(void* self)
    {
        static_cast<WorkerThread*>(self)->m_body();
        return nullptr;
    }

    std::function<void()> m_body;
    pthread_t m_thread {};
};

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

    {
        // Every worker has a thread of its own, even with --jobs 1, so that the main thread's
        // stack (`ulimit -s`) does not matter either; the destructors join them.
        std::vector<std::unique_ptr<WorkerThread>> threads;
        threads.reserve(jobs);
        for (unsigned i = 0; i < jobs; ++i)
            threads.push_back(std::make_unique<WorkerThread>([&work, i] { work(i); }));
    }
    return results;
}

}
