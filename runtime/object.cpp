#include "runtime/object.h"

#include "gc/heap.h"
#include "runtime/array.h"
#include "runtime/bound_function.h"
#include "runtime/contextified_global.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/function_object.h"
#include "runtime/immutable_prototype_object.h"
#include "runtime/mapped_arguments.h"
#include "runtime/module_namespace.h"
#include "runtime/proxy_object.h"
#include "runtime/native_function.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_key_list.h"
#include "runtime/shape_transitions.h"
#include "runtime/symbol.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cassert>

namespace sable::runtime {

ObjectInternalMethods const* const kObjectInternalMethods[size_t(ObjectKind::Count)] = {
#define OBJECT_KIND(name, table) &table,
#include "runtime/object_kinds.def"
};

Object::Object(Shape* shape, uint32_t inline_slots)
    : Object(kKind, sizeof(Object), shape, inline_slots)
{
}

Object::Object(gc::CellKind cell_kind, size_t object_size, Shape* shape, uint32_t inline_slots)
    : gc::Cell(cell_kind)
    , m_shape(shape)
{
    assert(inline_slots <= kMaxInlineSlots);
    assert(object_size >= sizeof(Object) && object_size % sizeof(Value) == 0);
    uint32_t extra_words = uint32_t((object_size - sizeof(Object)) / sizeof(Value));
    assert(extra_words < 256);
    m_cell_data = inline_slots | (uint32_t(shape->object_kind()) << 8) | (uint32_t(ElementsKind::Packed) << 16)
        | (extra_words << 24);
    std::fill_n(inline_slots_storage(), inline_slots, Value::undefined());
}

// OrdinaryObjectCreate ( proto [ , additionalInternalSlotsList ] ) —
// https://tc39.es/ecma262/#sec-ordinaryobjectcreate
Object* Object::create(VM& vm, Object* prototype, uint32_t inline_slots)
{
    // 1-4. MakeBasicObject with [[Prototype]] and [[Extensible]], [[Prototype]] set to proto.
    return create_with_kind(vm, ObjectKind::Ordinary, prototype, inline_slots);
}

// MakeBasicObject ( internalSlotsList ) — https://tc39.es/ecma262/#sec-makebasicobject, with
// [[Prototype]] set: the internal methods are the kind's; [[Extensible]] is true (root shapes are
// extensible).
Object* Object::create_with_kind(VM& vm, ObjectKind kind, Object* prototype, uint32_t inline_slots)
{
    return create_with_shape(vm, vm.shapes().root(prototype, kind), inline_slots);
}

Object* Object::create_with_shape(VM& vm, Shape* shape, uint32_t inline_slots)
{
    return vm.heap().allocate_with_size<Object>(allocation_size(inline_slots), shape, inline_slots);
}

void Object::set_shape(gc::Heap& heap, Shape* shape)
{
    if (is_watched_prototype())
        s_prototype_chain_epoch.fetch_add(1, std::memory_order_relaxed);
    m_shape = shape;
    heap.write_barrier(this, shape);
}

void Object::ensure_slot_capacity(gc::Heap& heap, uint32_t slot_count)
{
    uint32_t inline_count = inline_slot_count();
    if (slot_count <= inline_count)
        return;
    uint32_t needed = slot_count - inline_count;
    uint32_t capacity = m_slots ? m_slots->capacity() : 0;
    if (needed <= capacity)
        return;
    uint32_t new_capacity = std::max(needed, std::max(4u, capacity * 2));
    ValueArray* slots = ValueArray::copy(heap, m_slots, capacity, new_capacity, Value::undefined());
    m_slots = slots;
    heap.write_barrier(this, slots);
}

void Object::set_prototype(VM& vm, Object* prototype)
{
    if (m_shape->is_dictionary())
        m_shape->dictionary_set_prototype(vm.heap(), prototype);
    else
        set_shape(vm.heap(), vm.shapes().set_prototype(m_shape, prototype));
}

void Object::set_non_extensible(VM& vm)
{
    if (!m_shape->is_extensible())
        return;
    if (m_shape->is_dictionary())
        m_shape->dictionary_prevent_extensions();
    else
        set_shape(vm.heap(), vm.shapes().prevent_extensions(m_shape));
}

std::optional<Object::OwnProperty> Object::find_own_property(PropertyKey key) const
{
    if (key.is_index())
        return find_own_element(key.as_index());
    auto property = m_shape->lookup(key);
    if (!property)
        return std::nullopt;
    return OwnProperty { slot(property->slot), property->attributes };
}

void Object::store_own_property(VM& vm, PropertyKey key, Value value, PropertyAttributes attributes)
{
    assert(attributes.is_data() || value.is_internal_cell());
    if (key.is_index()) {
        store_own_element(vm, key.as_index(), value, attributes);
        return;
    }
    gc::Heap& heap = vm.heap();
    if (auto existing = m_shape->lookup(key)) {
        if (existing->attributes != attributes) {
            if (m_shape->is_dictionary())
                m_shape->dictionary_set_attributes(existing->position, attributes);
            else
                set_shape(heap, vm.shapes().change_attributes(m_shape, key, attributes));
        }
        // Changing attributes keeps the slot.
        set_slot(heap, existing->slot, value);
        return;
    }
    if (!m_shape->is_dictionary() && m_shape->property_count() >= Shape::kMaxSharedProperties)
        convert_to_dictionary(vm);
    uint32_t slot;
    if (m_shape->is_dictionary()) {
        slot = dictionary_add(vm, key, attributes);
    } else {
        Shape* shape = vm.shapes().add_property(m_shape, key, attributes);
        // In a shared shape the newest property has the last slot.
        slot = shape->slot_count() - 1;
        // Slots first (this may collect; the object stays consistent with its old shape).
        ensure_slot_capacity(heap, shape->slot_count());
        set_shape(heap, shape);
    }
    set_slot(heap, slot, value);
}

void Object::add_property_by_transition(gc::Heap& heap, Shape* shape, Value value)
{
    assert(shape->parent() == m_shape && !shape->is_dictionary());
    uint32_t slot = shape->slot_count() - 1;
    ensure_slot_capacity(heap, shape->slot_count());
    set_shape(heap, shape);
    set_slot(heap, slot, value);
}

void Object::store_own_data_value(VM& vm, PropertyKey key, Value value)
{
    if (key.is_index()) {
        auto existing = find_own_element(key.as_index());
        assert(existing && existing->attributes.is_data());
        store_own_element(vm, key.as_index(), value, existing->attributes);
        return;
    }
    auto existing = m_shape->lookup(key);
    assert(existing && existing->attributes.is_data());
    set_slot(vm.heap(), existing->slot, value);
}

void Object::remove_own_property(VM& vm, PropertyKey key)
{
    if (key.is_index()) {
        remove_own_element(key.as_index());
        return;
    }
    // Deleting makes an object a dictionary: a shared shape cannot lose a property (and objects
    // that delete tend to keep churning).
    if (!m_shape->is_dictionary())
        convert_to_dictionary(vm);
    auto existing = m_shape->lookup(key);
    assert(existing);
    // Drop the value so the slot keeps nothing alive.
    set_slot(vm.heap(), existing->slot, Value::undefined());
    m_shape->dictionary_remove(existing->position);
}

void Object::convert_to_dictionary(VM& vm)
{
    assert(!m_shape->is_dictionary());
    // The slots stay where they are: a dictionary copy keeps every property's slot.
    set_shape(vm.heap(), Shape::create_dictionary(vm.heap(), m_shape, 1));
}

uint32_t Object::dictionary_add(VM& vm, PropertyKey key, PropertyAttributes attributes)
{
    gc::Heap& heap = vm.heap();
    PropertyTable* table = m_shape->table();
    if (table->is_full()) {
        // Rebuild with room for as many properties again, dropping removed entries and
        // renumbering the slots (live slots increase with position, so every value moves down
        // or stays).
        uint32_t capacity = std::max(8u, table->live_count() * 2);
        PropertyTable* compacted = PropertyTable::compact(heap, *table, capacity);
        uint32_t next = 0;
        for (uint32_t i = 0; i < table->length(); ++i) {
            auto const& entry = table->entry(i);
            if (entry.removed)
                continue;
            if (entry.slot != next)
                set_slot(heap, next, slot(entry.slot));
            ++next;
        }
        for (uint32_t s = next; s < table->slot_count(); ++s)
            set_slot(heap, s, Value::undefined());
        m_shape->dictionary_replace_table(heap, compacted);
    }
    ensure_slot_capacity(heap, m_shape->table()->slot_count() + 1);
    return m_shape->dictionary_add(heap, key, attributes);
}

uint32_t Object::own_property_count() const { return m_shape->property_count() + own_element_count(); }

PropertyKeyList* Object::own_keys_in_order(VM& vm) const
{
    gc::Heap& heap = vm.heap();
    std::vector<uint32_t> indices = own_element_indices();
    // Private elements (keyed by private symbols) are not property keys of the object.
    uint32_t private_count = 0;
    m_shape->for_each_property([&](PropertyKey key, uint32_t, PropertyAttributes) {
        private_count += key.is_symbol() && key.as_symbol()->is_private();
    });
    PropertyKeyList* list = PropertyKeyList::create(heap, uint32_t(indices.size()) + m_shape->property_count() - private_count);
    uint32_t position = 0;
    for (uint32_t index : indices)
        list->set(heap, position++, PropertyKey::from_index(index));
    m_shape->for_each_property([&](PropertyKey key, uint32_t, PropertyAttributes) {
        if (!key.is_symbol())
            list->set(heap, position++, key);
    });
    m_shape->for_each_property([&](PropertyKey key, uint32_t, PropertyAttributes) {
        if (key.is_symbol() && !key.as_symbol()->is_private())
            list->set(heap, position++, key);
    });
    assert(position == list->size());
    return list;
}

void Object::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* object = static_cast<Object*>(cell);
    visitor.visit(object->m_shape);
    visitor.visit(object->m_slots);
    visitor.visit(object->m_elements);
    Value const* slots = object->inline_slots_storage();
    for (uint32_t i = 0, count = object->inline_slot_count(); i < count; ++i)
        visitor.visit_value_bits(slots[i].bits());
}

}
