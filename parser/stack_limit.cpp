#include "parser/stack_limit.h"

#include <algorithm>
#include <cstdint>
#include <pthread.h>

namespace sable::parser {

namespace {

// The lowest usable address of this thread's stack, plus a reserve for the frames that run
// after a depth check passes (library calls, signal handlers, sanitizer bookkeeping).
char const* thread_stack_floor()
{
    thread_local char const* floor = [] {
        pthread_attr_t attributes;
        void* low = nullptr;
        size_t size = 0;
        if (pthread_getattr_np(pthread_self(), &attributes) != 0)
            return static_cast<char const*>(nullptr);
        pthread_attr_getstack(&attributes, &low, &size);
        pthread_attr_destroy(&attributes);
        size_t reserve = std::min<size_t>(256 * 1024, size / 4);
        return static_cast<char const*>(low) + reserve;
    }();
    return floor;
}

}

char const* native_stack_limit(size_t max_use)
{
    char const* position = native_stack_position();
    char const* by_budget = reinterpret_cast<uintptr_t>(position) > max_use ? position - max_use : nullptr;
    char const* floor = thread_stack_floor();
    return std::max(by_budget, floor);
}

}
