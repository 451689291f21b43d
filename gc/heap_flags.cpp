#include "gc/heap_flags.h"

#include <charconv>

namespace sable::gc {

// The positive integer after `prefix` in `argument`, or 0 if there is none.
static uint64_t flag_value(std::string_view argument, std::string_view prefix)
{
    std::string_view digits = argument.substr(prefix.size());
    uint64_t value = 0;
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (error != std::errc {} || end != digits.data() + digits.size())
        return 0;
    return value;
}

HeapFlagResult apply_heap_flag(std::string_view argument, HeapOptions& options)
{
    if (argument == "--trace-gc") {
        options.trace = true;
        return HeapFlagResult::Applied;
    }
    // --gc-stress alone: a collection every kDefaultStressInterval allocations.
    if (argument == "--gc-stress") {
        options.stress_interval = kDefaultStressInterval;
        return HeapFlagResult::Applied;
    }
    if (argument.starts_with("--gc-stress=")) {
        uint64_t interval = flag_value(argument, "--gc-stress=");
        if (interval == 0 || interval > UINT32_MAX)
            return HeapFlagResult::Invalid;
        options.stress_interval = uint32_t(interval);
        return HeapFlagResult::Applied;
    }
    for (std::string_view prefix : { std::string_view("--max-old-space-size="), std::string_view("--max-heap-size=") }) {
        if (!argument.starts_with(prefix))
            continue;
        uint64_t megabytes = flag_value(argument, prefix);
        if (megabytes == 0 || megabytes > (uint64_t(1) << 40))
            return HeapFlagResult::Invalid;
        options.max_heap_bytes = size_t(megabytes) << 20;
        return HeapFlagResult::Applied;
    }
    return HeapFlagResult::NotAHeapFlag;
}

}
