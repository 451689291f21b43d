#pragma once
// ValueList: a growable list of Values for C++ code (the spec's Lists: arguments being
// collected, IteratorToList, the values of Promise.all). The Values live in a ValueArray cell;
// the ValueList itself is meant to be a local, so the conservative stack scan finds the cell
// pointer and the cell traces its Values. (A std::vector<Value> would hide them in malloc'd
// memory the collector never scans.)

#include "gc/heap.h"
#include "runtime/value.h"
#include "runtime/value_array.h"

#include <cstdint>
#include <span>

namespace sable::runtime {

class ValueList {
public:
    explicit ValueList(gc::Heap& heap, uint32_t initial_capacity = 8)
        : m_heap(heap)
        , m_array(ValueArray::create(heap, initial_capacity ? initial_capacity : 1, Value::undefined()))
    {
    }

    uint32_t size() const { return m_array->size(); }
    bool is_empty() const { return size() == 0; }
    Value at(uint32_t index) const { return m_array->at(index); }
    void set(uint32_t index, Value value) { m_array->set(m_heap, index, value); }
    void append(Value value)
    {
        uint32_t size = m_array->size();
        if (size == m_array->capacity())
            m_array = ValueArray::copy(m_heap, m_array, size, size * 2, Value::undefined());
        m_array->set(m_heap, size, value);
        m_array->set_size(size + 1);
    }
    std::span<Value const> span() const { return m_array->used(); }
    // The cell holding the values (size() entries in use).
    ValueArray* array() const { return m_array; }

private:
    gc::Heap& m_heap;
    ValueArray* m_array;
};

}
