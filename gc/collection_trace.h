#pragma once
// CollectionTrace: the --trace-gc line of each collection, and the last few of them for the
// out-of-memory report, which follows Node's:
//
//   [gc] young  pause 0.42 ms  live 1.2 MB -> 0.8 MB  heap 4.0 MB  external 0 B
//
//   <--- Last few GCs --->
//   ...
//   FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory

#include "gc/heap.h"

#include <array>
#include <cstddef>
#include <string>

namespace sable::gc {

struct CollectionRecord {
    CollectionKind kind { CollectionKind::Young };
    double pause_ms { 0 };
    size_t live_bytes_before { 0 };
    size_t live_bytes_after { 0 };
    size_t heap_bytes { 0 };
    size_t external_bytes { 0 };
};

class CollectionTrace {
public:
    explicit CollectionTrace(bool print)
        : m_print(print)
    {
    }

    // Prints the record's line on stderr when tracing, and keeps it for the fatal report.
    void record(CollectionRecord const&);
    // Prints Node's heap-limit report on stderr and aborts.
    [[noreturn]] void fatal_out_of_memory() const;

    static std::string format(CollectionRecord const&);
    // "0 B", "512 B", "1.5 KB", "12.0 MB", "4.0 GB" (binary units).
    static std::string format_bytes(size_t bytes);

private:
    static constexpr size_t kKept = 4;
    bool m_print;
    std::array<std::string, kKept> m_recent;
    size_t m_recorded { 0 };
};

}
