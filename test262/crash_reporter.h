#pragma once
// Tests run in-process, so a parser crash takes the whole runner down. This names the runs
// that were in flight when a fatal signal arrived, then lets the signal kill the process.

#include "test262/test_run.h"

#include <cstddef>
#include <vector>

namespace sable::test262 {

// Installs handlers for SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGABRT; `worker_count` slots.
void install_crash_reporter(size_t worker_count);

// Records what worker `worker` is running; `path` must outlive the run (nullptr: idle).
void set_current_run(size_t worker, char const* path, Variant);

// Gives the calling thread its own signal stack, so a stack overflow can still be reported.
class AlternateSignalStack {
public:
    AlternateSignalStack();
    ~AlternateSignalStack();
    AlternateSignalStack(AlternateSignalStack const&) = delete;
    AlternateSignalStack& operator=(AlternateSignalStack const&) = delete;

private:
    std::vector<char> m_stack;
};

}
