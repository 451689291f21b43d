#include "runtime/value_array.h"

#include <algorithm>

namespace sable::runtime {

ValueArray::ValueArray(uint32_t capacity, Value fill)
    : gc::Cell(kKind)
{
    m_cell_data = capacity;
    std::fill_n(values(), capacity, fill);
}

ValueArray* ValueArray::create(gc::Heap& heap, uint32_t capacity, Value fill)
{
    assert(capacity <= kMaxCapacity);
    return heap.allocate_with_size<ValueArray>(sizeof(ValueArray) + size_t(capacity) * sizeof(Value), capacity, fill);
}

ValueArray* ValueArray::copy(gc::Heap& heap, ValueArray const* source, uint32_t count, uint32_t capacity, Value fill)
{
    assert(count <= capacity && (count == 0 || (source && count <= source->capacity())));
    ValueArray* result = create(heap, capacity, fill);
    // The new cell is young: storing into it needs no write barrier.
    if (count)
        std::copy_n(source->values(), count, result->values());
    result->m_size = source ? std::min(source->m_size, count) : 0;
    return result;
}

void ValueArray::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* array = static_cast<ValueArray*>(cell);
    Value const* values = array->values();
    for (uint32_t i = 0, capacity = array->capacity(); i < capacity; ++i)
        visitor.visit_value_bits(values[i].bits());
}

}
