#include "runtime/symbol.h"

#include "gc/heap.h"
#include "runtime/string.h"

#include <cstring>

namespace sable::runtime {

Symbol* Symbol::create(gc::Heap& heap, Value description)
{
    assert(description.is_undefined() || description.is_string());
    return heap.allocate<Symbol>(description, 0u);
}

Symbol* Symbol::create_private(gc::Heap& heap, Value description)
{
    return heap.allocate<Symbol>(description, kPrivateFlag);
}

// SymbolDescriptiveString ( sym ) — https://tc39.es/ecma262/#sec-symboldescriptivestring
std::optional<String*> Symbol::descriptive_string(gc::Heap& heap)
{
    static constexpr std::string_view kPrefix = "Symbol(";
    // 1. Let desc be sym's [[Description]] value.
    // 2. If desc is undefined, set desc to the empty String.
    String* description = m_description.is_string() ? m_description.as_string() : nullptr;
    uint32_t description_length = description ? description->length() : 0;
    // 3. Assert: desc is a String.
    // 4. Return the string-concatenation of "Symbol(", desc, and ")".
    uint64_t length = kPrefix.size() + uint64_t(description_length) + 1;
    if (!String::is_valid_length(length))
        return std::nullopt;
    if (description)
        description->flatten(heap);
    bool one_byte = !description || description->flat_view().fits_in_one_byte();
    auto write = [&](auto* chars) {
        std::copy(kPrefix.begin(), kPrefix.end(), chars);
        if (description)
            description->flat_view().copy_to(chars + kPrefix.size());
        chars[length - 1] = ')';
    };
    if (one_byte) {
        uint8_t* chars;
        String* result = String::create_uninitialized_one_byte(heap, static_cast<uint32_t>(length), chars);
        write(chars);
        return result;
    }
    char16_t* chars;
    String* result = String::create_uninitialized_two_byte(heap, static_cast<uint32_t>(length), chars);
    write(chars);
    return result;
}

void Symbol::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    visitor.visit_value_bits(static_cast<Symbol*>(cell)->m_description.bits());
}

}
