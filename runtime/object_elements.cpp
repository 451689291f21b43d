// Object: indexed elements (array indices), kept apart from the shape. See object.h for the
// three element kinds.
#include "runtime/object.h"

#include "gc/heap.h"
#include "runtime/sparse_elements.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cassert>

namespace sable::runtime {

ValueArray* Object::dense_elements() const
{
    assert(elements_kind() != ElementsKind::Sparse);
    return static_cast<ValueArray*>(m_elements);
}

SparseElements* Object::sparse_elements() const
{
    assert(elements_kind() == ElementsKind::Sparse);
    return static_cast<SparseElements*>(m_elements);
}

uint32_t Object::dense_elements_size() const
{
    if (!m_elements || elements_kind() == ElementsKind::Sparse)
        return 0;
    return dense_elements()->size();
}

std::optional<Object::OwnProperty> Object::find_own_element(uint32_t index) const
{
    if (!m_elements)
        return std::nullopt;
    if (elements_kind() == ElementsKind::Sparse) {
        auto const* entry = sparse_elements()->find(index);
        if (!entry)
            return std::nullopt;
        return OwnProperty { entry->value, entry->attributes };
    }
    ValueArray const* array = dense_elements();
    if (index >= array->size())
        return std::nullopt;
    Value value = array->at(index);
    if (value.is_empty())
        return std::nullopt;
    return OwnProperty { value, PropertyAttributes::default_data() };
}

bool Object::store_dense_element(gc::Heap& heap, uint32_t index, Value value)
{
    ValueArray* array = dense_elements();
    uint32_t size = array ? array->size() : 0;
    if (index < size) {
        // Filling a hole leaves a holey store holey (other holes may remain).
        array->set(heap, index, value);
        return true;
    }
    // Dense storage only grows by a bounded gap: a[1e9] = 1 goes sparse.
    if (index - size > kMaxDenseGap || index >= ValueArray::kMaxCapacity)
        return false;
    uint32_t capacity = array ? array->capacity() : 0;
    if (index >= capacity) {
        uint32_t new_capacity = std::max(index + 1, capacity + capacity / 2 + 4);
        new_capacity = std::min(new_capacity, ValueArray::kMaxCapacity);
        array = ValueArray::copy(heap, array, size, new_capacity, Value::empty());
        m_elements = array;
        heap.write_barrier(this, array);
    }
    if (index > size)
        set_elements_kind(ElementsKind::Holey);
    array->set(heap, index, value);
    array->set_size(index + 1);
    return true;
}

void Object::convert_to_sparse_elements(gc::Heap& heap)
{
    ValueArray* array = dense_elements();
    SparseElements* sparse = SparseElements::create(heap, own_element_count() + 8);
    if (array) {
        for (uint32_t i = 0; i < array->size(); ++i) {
            Value value = array->at(i);
            if (!value.is_empty())
                sparse->insert(heap, i, value, PropertyAttributes::default_data());
        }
    }
    m_elements = sparse;
    heap.write_barrier(this, sparse);
    set_elements_kind(ElementsKind::Sparse);
}

void Object::store_own_element(VM& vm, uint32_t index, Value value, PropertyAttributes attributes)
{
    assert(attributes.is_data() || value.is_internal_cell());
    gc::Heap& heap = vm.heap();
    if (elements_kind() != ElementsKind::Sparse) {
        // Fast path: dense elements are all writable, enumerable, configurable data properties.
        if (attributes == PropertyAttributes::default_data() && store_dense_element(heap, index, value))
            return;
        convert_to_sparse_elements(heap);
    }
    SparseElements* sparse = sparse_elements();
    if (auto* entry = sparse->find(index)) {
        sparse->set(heap, entry, value, attributes);
        return;
    }
    if (sparse->is_full()) {
        sparse = SparseElements::grow(heap, *sparse);
        m_elements = sparse;
        heap.write_barrier(this, sparse);
    }
    sparse->insert(heap, index, value, attributes);
}

void Object::remove_own_element(uint32_t index)
{
    if (!m_elements)
        return;
    if (elements_kind() == ElementsKind::Sparse) {
        SparseElements* sparse = sparse_elements();
        if (auto* entry = sparse->find(index))
            sparse->remove(entry);
        return;
    }
    ValueArray* array = dense_elements();
    uint32_t size = array->size();
    if (index >= size)
        return;
    array->set_non_cell(index, Value::empty());
    if (index + 1 == size) {
        // Trailing holes are not kept: entries at and past `size` are always holes.
        while (size > 0 && array->at(size - 1).is_empty())
            --size;
        array->set_size(size);
        if (size == 0)
            set_elements_kind(ElementsKind::Packed);
    } else {
        set_elements_kind(ElementsKind::Holey);
    }
}

uint32_t Object::own_element_count() const
{
    if (!m_elements)
        return 0;
    if (elements_kind() == ElementsKind::Sparse)
        return sparse_elements()->count();
    ValueArray const* array = dense_elements();
    if (elements_kind() == ElementsKind::Packed)
        return array->size();
    uint32_t count = 0;
    for (uint32_t i = 0; i < array->size(); ++i)
        count += !array->at(i).is_empty();
    return count;
}

std::vector<uint32_t> Object::own_element_indices() const
{
    std::vector<uint32_t> indices;
    if (!m_elements)
        return indices;
    if (elements_kind() == ElementsKind::Sparse) {
        indices.reserve(sparse_elements()->count());
        sparse_elements()->for_each([&](SparseElements::Entry const& entry) { indices.push_back(entry.index); });
        std::sort(indices.begin(), indices.end());
        return indices;
    }
    ValueArray const* array = dense_elements();
    indices.reserve(array->size());
    for (uint32_t i = 0; i < array->size(); ++i) {
        if (!array->at(i).is_empty())
            indices.push_back(i);
    }
    return indices;
}

std::optional<uint32_t> Object::truncate_elements(uint32_t length)
{
    if (!m_elements)
        return std::nullopt;
    if (elements_kind() != ElementsKind::Sparse) {
        // Dense elements are all configurable: every one at or past `length` goes.
        ValueArray* array = dense_elements();
        uint32_t size = array->size();
        if (length >= size)
            return std::nullopt;
        for (uint32_t i = length; i < size; ++i)
            array->set_non_cell(i, Value::empty());
        while (length > 0 && array->at(length - 1).is_empty())
            --length;
        array->set_size(length);
        if (length == 0)
            set_elements_kind(ElementsKind::Packed);
        return std::nullopt;
    }
    // Deleting in descending order stops at the highest non-configurable element at or past
    // `length`: everything above it goes, it and everything below it stays.
    SparseElements* sparse = sparse_elements();
    std::optional<uint32_t> blocker;
    sparse->for_each([&](SparseElements::Entry const& entry) {
        if (entry.index >= length && !entry.attributes.is_configurable() && (!blocker || entry.index > *blocker))
            blocker = entry.index;
    });
    uint64_t first_removed = blocker ? uint64_t(*blocker) + 1 : length;
    std::vector<uint32_t> doomed;
    sparse->for_each([&](SparseElements::Entry const& entry) {
        if (entry.index >= first_removed)
            doomed.push_back(entry.index);
    });
    for (uint32_t index : doomed)
        sparse->remove(sparse->find(index));
    return blocker;
}

}
