#pragma once
// Shared fixture of the runtime unit tests: a heap built with the runtime's cell table, and
// helpers to make and read strings.

#include "gc/heap.h"
#include "runtime/cell_traits.h"
#include "runtime/string.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace sable::runtime::test {

// SABLE_GC_STRESS=N in the environment collects every N allocations.
inline gc::HeapOptions heap_options()
{
    gc::HeapOptions options;
    if (char const* stress = std::getenv("SABLE_GC_STRESS"))
        options.stress_interval = static_cast<uint32_t>(std::strtoul(stress, nullptr, 10));
    return options;
}

class HeapTest : public ::testing::Test {
protected:
    HeapTest()
    {
        m_root_provider_id = heap.add_root_provider([this](gc::Visitor& visitor) {
            for (gc::Cell* cell : m_rooted)
                visitor.visit(cell);
        });
    }
    ~HeapTest() override { heap.remove_root_provider(m_root_provider_id); }

    gc::Heap heap { cell_traits(), heap_options() };

    // Keeps a cell alive for the rest of the test. Cells held only in C++ containers (which the
    // collector does not scan, unlike the native stack) must be rooted this way.
    template<typename T>
    T* root(T* cell)
    {
        m_rooted.push_back(cell);
        return cell;
    }

    String* latin1(std::string_view text) { return String::from_latin1(heap, text); }
    String* utf16(std::u16string_view text) { return String::from_utf16(heap, text); }
    String* concat(String* a, String* b) { return String::concat(heap, a, b).value(); }
    std::u16string units(String* string) { return string->to_utf16(heap); }
    std::string utf8(String* string) { return string->to_utf8(heap); }

private:
    std::vector<gc::Cell*> m_rooted;
    uint64_t m_root_provider_id { 0 };
};

}
