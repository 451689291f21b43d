#include "runtime/property_key_list.h"

#include "gc/heap.h"

#include <algorithm>

namespace sable::runtime {

PropertyKeyList::PropertyKeyList(uint32_t size)
    : gc::Cell(kKind)
{
    m_cell_data = size;
    std::fill_n(keys(), size, PropertyKey::from_index(0));
}

PropertyKeyList* PropertyKeyList::create(gc::Heap& heap, uint32_t size)
{
    return heap.allocate_with_size<PropertyKeyList>(sizeof(PropertyKeyList) + size_t(size) * sizeof(PropertyKey), size);
}

void PropertyKeyList::set(gc::Heap& heap, uint32_t index, PropertyKey key)
{
    assert(index < size());
    keys()[index] = key;
    heap.write_barrier(this, key.as_cell());
}

void PropertyKeyList::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* list = static_cast<PropertyKeyList*>(cell);
    for (PropertyKey key : *list)
        visitor.visit(key.as_cell());
}

}
