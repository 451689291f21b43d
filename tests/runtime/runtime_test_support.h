#pragma once
// Shared fixture of the runtime unit tests: a heap built with the runtime's cell table, and
// helpers to make and read strings.

#include "gc/heap.h"
#include "runtime/cell_traits.h"
#include "runtime/string.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sable::runtime::test {

class HeapTest : public ::testing::Test {
protected:
    gc::Heap heap { cell_traits(), gc::HeapOptions {} };

    String* latin1(std::string_view text) { return String::from_latin1(heap, text); }
    String* utf16(std::u16string_view text) { return String::from_utf16(heap, text); }
    String* concat(String* a, String* b) { return String::concat(heap, a, b).value(); }
    std::u16string units(String* string) { return string->to_utf16(heap); }
    std::string utf8(String* string) { return string->to_utf8(heap); }
};

}
