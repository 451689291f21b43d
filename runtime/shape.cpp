#include "runtime/shape.h"

#include "gc/heap.h"
#include "runtime/object.h"

#include <algorithm>

namespace sable::runtime {

namespace {

// Room for a shared table that is about to receive its (count + 1)th entry.
uint32_t grown_capacity(uint32_t count) { return std::max(4u, count * 2); }

}

Shape* Shape::create_root(gc::Heap& heap, Object* prototype, ObjectKind kind)
{
    return heap.allocate<Shape>(nullptr, prototype, nullptr, 0u, uint32_t(kind));
}

Shape* Shape::create_with_added_property(gc::Heap& heap, Shape* from, PropertyKey key, PropertyAttributes attributes)
{
    assert(!from->is_dictionary());
    assert(!from->lookup(key));
    uint32_t count = from->m_cell_data;
    PropertyTable* table = from->m_table;
    // Append in place when `from` reads the whole table (nothing has been added after it yet) and
    // there is room; otherwise this is a branch of the transition tree, or the table is full.
    if (!table)
        table = PropertyTable::create(heap, grown_capacity(0));
    else if (table->length() != count || table->is_full())
        table = PropertyTable::copy(heap, *table, count, grown_capacity(count));
    // In a shared table entry i uses slot i.
    table->append(heap, key, count, attributes);
    return heap.allocate<Shape>(from, from->m_prototype, table, count + 1, from->m_flags);
}

Shape* Shape::create_with_changed_attributes(gc::Heap& heap, Shape* from, uint32_t position, PropertyAttributes attributes)
{
    assert(!from->is_dictionary());
    uint32_t count = from->m_cell_data;
    assert(position < count);
    // Entries never change in a shared table: copy it (with a little room to grow).
    PropertyTable* table = PropertyTable::copy(heap, *from->m_table, count, count + 4);
    table->set_attributes(position, attributes);
    return heap.allocate<Shape>(from, from->m_prototype, table, count, from->m_flags);
}

Shape* Shape::create_with_prototype(gc::Heap& heap, Shape* from, Object* prototype)
{
    assert(!from->is_dictionary());
    return heap.allocate<Shape>(from, prototype, from->m_table, from->m_cell_data, from->m_flags);
}

Shape* Shape::create_non_extensible(gc::Heap& heap, Shape* from)
{
    assert(!from->is_dictionary());
    return heap.allocate<Shape>(from, from->m_prototype, from->m_table, from->m_cell_data, from->m_flags | kNonExtensibleFlag);
}

Shape* Shape::create_dictionary(gc::Heap& heap, Shape* from, uint32_t extra_capacity)
{
    uint32_t count = from->property_count();
    uint32_t capacity = std::max(8u, (count + extra_capacity) * 2);
    PropertyTable* table;
    if (from->m_table)
        table = PropertyTable::copy(heap, *from->m_table, from->is_dictionary() ? from->m_table->length() : count, capacity);
    else
        table = PropertyTable::create(heap, capacity);
    return heap.allocate<Shape>(nullptr, from->m_prototype, table, 0u, from->m_flags | kDictionaryFlag);
}

uint32_t Shape::dictionary_add(gc::Heap& heap, PropertyKey key, PropertyAttributes attributes)
{
    assert(is_dictionary() && !m_table->is_full());
    uint32_t slot = m_table->slot_count();
    m_table->append(heap, key, slot, attributes);
    return slot;
}

void Shape::dictionary_remove(uint32_t position)
{
    assert(is_dictionary());
    m_table->remove(position);
}

void Shape::dictionary_set_attributes(uint32_t position, PropertyAttributes attributes)
{
    assert(is_dictionary());
    m_table->set_attributes(position, attributes);
}

void Shape::dictionary_set_prototype(gc::Heap& heap, Object* prototype)
{
    assert(is_dictionary());
    m_prototype = prototype;
    heap.write_barrier(this, prototype);
}

void Shape::dictionary_prevent_extensions()
{
    assert(is_dictionary());
    m_flags |= kNonExtensibleFlag;
}

void Shape::dictionary_replace_table(gc::Heap& heap, PropertyTable* table)
{
    assert(is_dictionary());
    m_table = table;
    heap.write_barrier(this, table);
}

void Shape::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* shape = static_cast<Shape*>(cell);
    visitor.visit(shape->m_parent);
    visitor.visit(shape->m_prototype);
    visitor.visit(shape->m_table);
}

}
