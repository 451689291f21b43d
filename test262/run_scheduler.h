#pragma once
// Runs every test's variants on a pool of worker threads, in-process.

#include "test262/executor.h"

#include <string>
#include <vector>

namespace sable::test262 {

struct RunRecord {
    Variant variant { Variant::Sloppy };
    bool passed { false };
    std::string message;
};

struct TestResult {
    bool skipped { false }; // left out by --feature / --exclude-feature
    uint8_t run_count { 0 };
    RunRecord runs[2];
};

struct ScheduleOptions {
    std::string test_dir;            // test262's test/ folder
    unsigned jobs { 1 };             // worker threads
    std::vector<std::string> features;          // if not empty: only tests using one of these
    std::vector<std::string> excluded_features; // never tests using one of these
};

// Runs `paths` (relative to options.test_dir); result i belongs to paths[i].
std::vector<TestResult> run_tests(std::vector<std::string> const& paths, Executor const&, ScheduleOptions const&);

}
