#include "runtime/scope_descriptor.h"

#include "gc/heap.h"
#include "runtime/string.h"

#include <algorithm>

namespace sable::runtime {

ScopeDescriptor::ScopeDescriptor(Kind kind, std::span<Binding const> bindings)
    : gc::Cell(kKind)
    , m_kind(kind)
{
    m_cell_data = uint32_t(bindings.size());
    std::copy(bindings.begin(), bindings.end(), this->bindings());
}

ScopeDescriptor* ScopeDescriptor::create(gc::Heap& heap, Kind kind, std::span<Binding const> bindings)
{
    size_t size = sizeof(ScopeDescriptor) + bindings.size() * sizeof(Binding);
    return heap.allocate_with_size<ScopeDescriptor>(size, kind, bindings);
}

std::optional<uint32_t> ScopeDescriptor::find(String const* atom) const
{
    for (uint32_t slot = 0, count = slot_count(); slot < count; ++slot) {
        if (bindings()[slot].name == atom)
            return slot;
    }
    return std::nullopt;
}

void ScopeDescriptor::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* descriptor = static_cast<ScopeDescriptor*>(cell);
    for (uint32_t slot = 0, count = descriptor->slot_count(); slot < count; ++slot)
        visitor.visit(descriptor->bindings()[slot].name);
}

}
