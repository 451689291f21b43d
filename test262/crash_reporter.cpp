#include "test262/crash_reporter.h"

#include <atomic>
#include <csignal>
#include <cstring>
#include <memory>
#include <unistd.h>

namespace sable::test262 {

namespace {

struct Slot {
    std::atomic<char const*> path { nullptr };
    std::atomic<uint8_t> variant { 0 };
};

// The one process-wide state of the runner: a signal handler can reach nothing else.
std::unique_ptr<Slot[]> g_slots;
size_t g_slot_count = 0;

constexpr size_t kAlternateStackSize = 64 * 1024;

void write_text(char const* text) { (void)!::write(STDERR_FILENO, text, std::strlen(text)); }

void on_fatal_signal(int signal)
{
    // Only async-signal-safe calls from here on.
    write_text("\nsable-test262: fatal signal ");
    write_text(signal == SIGSEGV ? "SIGSEGV" : signal == SIGBUS ? "SIGBUS" : signal == SIGILL ? "SIGILL"
            : signal == SIGFPE ? "SIGFPE" : "SIGABRT");
    write_text(" while running:\n");
    for (size_t i = 0; i < g_slot_count; ++i) {
        char const* path = g_slots[i].path.load(std::memory_order_relaxed);
        if (!path)
            continue;
        write_text("  ");
        write_text(path);
        write_text(" ");
        write_text(variant_name(static_cast<Variant>(g_slots[i].variant.load(std::memory_order_relaxed))).data());
        write_text("\n");
    }
    // SA_RESETHAND restored the default action; raising again ends the process with it.
    ::raise(signal);
}

}

void install_crash_reporter(size_t worker_count)
{
    g_slots = std::make_unique<Slot[]>(worker_count);
    g_slot_count = worker_count;
    struct sigaction action {};
    action.sa_handler = on_fatal_signal;
    action.sa_flags = SA_RESETHAND | SA_ONSTACK | SA_NODEFER;
    sigemptyset(&action.sa_mask);
    for (int signal : { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT })
        ::sigaction(signal, &action, nullptr);
}

void set_current_run(size_t worker, char const* path, Variant variant)
{
    if (worker >= g_slot_count)
        return;
    g_slots[worker].variant.store(static_cast<uint8_t>(variant), std::memory_order_relaxed);
    g_slots[worker].path.store(path, std::memory_order_relaxed);
}

AlternateSignalStack::AlternateSignalStack()
    : m_stack(kAlternateStackSize)
{
    stack_t stack {};
    stack.ss_sp = m_stack.data();
    stack.ss_size = m_stack.size();
    ::sigaltstack(&stack, nullptr);
}

AlternateSignalStack::~AlternateSignalStack()
{
    stack_t stack {};
    stack.ss_flags = SS_DISABLE;
    ::sigaltstack(&stack, nullptr);
}

}
