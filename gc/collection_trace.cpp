#include "gc/collection_trace.h"

#include <cstdio>
#include <cstdlib>

namespace sable::gc {

std::string CollectionTrace::format_bytes(size_t bytes)
{
    char buffer[32];
    if (bytes < 1024) {
        std::snprintf(buffer, sizeof buffer, "%zu B", bytes);
        return buffer;
    }
    static char const* const units[] = { "KB", "MB", "GB", "TB" };
    double value = double(bytes) / 1024;
    size_t unit = 0;
    while (value >= 1024 && unit + 1 < std::size(units)) {
        value /= 1024;
        ++unit;
    }
    std::snprintf(buffer, sizeof buffer, "%.1f %s", value, units[unit]);
    return buffer;
}

std::string CollectionTrace::format(CollectionRecord const& record)
{
    char buffer[160];
    std::snprintf(buffer, sizeof buffer, "[gc] %s  pause %.2f ms  live %s -> %s  heap %s  external %s",
        record.kind == CollectionKind::Young ? "young" : "full", record.pause_ms,
        format_bytes(record.live_bytes_before).c_str(), format_bytes(record.live_bytes_after).c_str(),
        format_bytes(record.heap_bytes).c_str(), format_bytes(record.external_bytes).c_str());
    return buffer;
}

void CollectionTrace::record(CollectionRecord const& record)
{
    std::string line = format(record);
    if (m_print)
        std::fprintf(stderr, "%s\n", line.c_str());
    m_recent[m_recorded % kKept] = std::move(line);
    ++m_recorded;
}

void CollectionTrace::fatal_out_of_memory() const
{
    std::fputs("\n<--- Last few GCs --->\n\n", stderr);
    size_t first = m_recorded > kKept ? m_recorded - kKept : 0;
    for (size_t i = first; i < m_recorded; ++i)
        std::fprintf(stderr, "%s\n", m_recent[i % kKept].c_str());
    std::fputs("\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n", stderr);
    std::fflush(stderr);
    std::abort();
}

}
