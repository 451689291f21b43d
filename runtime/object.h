#pragma once
// Object: the cell of every JavaScript object (DESIGN.md decision 4).
//
//   header     gc::Cell; m_cell_data = inline slot count | kind << 8 | elements kind << 16
//              | watched-prototype flag << 18 | extra words << 24
//   m_shape    the hidden class: [[Prototype]], kind, extensibility, named property -> slot
//   m_slots    out-of-line slots (a ValueArray), for slots past the inline ones; may be null
//   m_elements indexed properties (array indices): a ValueArray (dense) or SparseElements
//   fields     a subclass's own fields (`extra words` 8-byte words; none for plain objects)
//   inline     `inline slot count` Values, fixed when the object is allocated
//
// Objects with internal slots the shape does not describe (functions, environments' binding
// objects, generators...) are C++ subclasses with a cell kind of their own: they pass their
// size to the protected constructor, which places the inline slots after their fields, and
// their visit_children traces their fields and then calls Object::visit_children.
//
// A named property's value lives in the slot its shape gives it; an accessor property's slot
// holds its Accessor cell. Indexed properties are kept apart from the shape, in one of three
// element kinds:
//   Packed  a ValueArray whose first `size` entries are all present
//   Holey   the same, with holes (the empty Value) among them
//   Sparse  a SparseElements hash table (index -> value and attributes)
// Dense elements are always data properties that are writable, enumerable and configurable;
// defining an element with other attributes, or far past the end, makes them sparse.
//
// The internal methods dispatch through the table of the object's kind
// (object_internal_methods.h). The storage functions below (find_own_property,
// store_own_property, remove_own_property...) are what the ordinary internal methods are built
// from: they never run user code and never throw. Every store of a Value into an object goes
// through them or set_slot, which record the store for the collector (the write barrier).

#include "gc/cell.h"
#include "runtime/completion.h"
#include "runtime/object_internal_methods.h"
#include "runtime/property_attributes.h"
#include "runtime/property_key.h"
#include "runtime/shape.h"
#include "runtime/value.h"
#include "runtime/value_array.h"

#include <atomic>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class SparseElements;
class ValueArray;
class VM;

enum class ElementsKind : uint8_t {
    Packed,
    Holey,
    Sparse,
};

class Object : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::Object;
    static constexpr uint32_t kDefaultInlineSlots = 4;
    static constexpr uint32_t kMaxInlineSlots = 64;
    // A dense store grows to cover an index at most this far past its end; further indices
    // switch the object to sparse elements.
    static constexpr uint32_t kMaxDenseGap = 1024;

    // OrdinaryObjectCreate ( proto [ , additionalInternalSlotsList ] ): a new ordinary object
    // with this [[Prototype]] (nullptr for null).
    static Object* create(VM&, Object* prototype, uint32_t inline_slots = kDefaultInlineSlots);
    // MakeBasicObject plus [[Prototype]]: a new object of `kind` without properties.
    static Object* create_with_kind(VM&, ObjectKind, Object* prototype, uint32_t inline_slots = kDefaultInlineSlots);
    // The same with its root shape given (an inline cache's).
    static Object* create_with_shape(VM&, Shape*, uint32_t inline_slots = kDefaultInlineSlots);

    ObjectKind kind() const { return ObjectKind((m_cell_data >> 8) & 0xFF); }
    ObjectInternalMethods const& internal_methods() const { return *kObjectInternalMethods[size_t(kind())]; }
    Shape* shape() const { return m_shape; }

    // The internal methods, dispatched through the kind's table.
    ThrowCompletionOr<Object*> internal_get_prototype_of(VM& vm) { return internal_methods().get_prototype_of(vm, *this); }
    ThrowCompletionOr<bool> internal_set_prototype_of(VM& vm, Object* prototype)
    {
        return internal_methods().set_prototype_of(vm, *this, prototype);
    }
    ThrowCompletionOr<bool> internal_is_extensible(VM& vm) { return internal_methods().is_extensible(vm, *this); }
    ThrowCompletionOr<bool> internal_prevent_extensions(VM& vm) { return internal_methods().prevent_extensions(vm, *this); }
    ThrowCompletionOr<std::optional<PropertyDescriptor>> internal_get_own_property(VM& vm, PropertyKey key)
    {
        return internal_methods().get_own_property(vm, *this, key);
    }
    ThrowCompletionOr<bool> internal_define_own_property(VM& vm, PropertyKey key, PropertyDescriptor const& descriptor)
    {
        return internal_methods().define_own_property(vm, *this, key, descriptor);
    }
    ThrowCompletionOr<bool> internal_has_property(VM& vm, PropertyKey key) { return internal_methods().has_property(vm, *this, key); }
    ThrowCompletionOr<Value> internal_get(VM& vm, PropertyKey key, Value receiver)
    {
        return internal_methods().get(vm, *this, key, receiver);
    }
    ThrowCompletionOr<bool> internal_set(VM& vm, PropertyKey key, Value value, Value receiver)
    {
        return internal_methods().set(vm, *this, key, value, receiver);
    }
    ThrowCompletionOr<bool> internal_delete(VM& vm, PropertyKey key) { return internal_methods().delete_(vm, *this, key); }
    ThrowCompletionOr<PropertyKeyList*> internal_own_property_keys(VM& vm) { return internal_methods().own_property_keys(vm, *this); }
    // Whether the object has a [[Call]] / [[Construct]] internal method.
    bool is_callable() const { return internal_methods().call != nullptr; }
    bool is_constructor() const { return internal_methods().construct != nullptr; }

    // ---- Storage (no user code, no exceptions) ----

    // [[Prototype]] and [[Extensible]] as stored (both live in the shape).
    Object* prototype() const { return m_shape->prototype(); }
    bool is_extensible() const { return m_shape->is_extensible(); }
    void set_prototype(VM&, Object* prototype);
    void set_non_extensible(VM&);

    // An own property as stored: `value` is the slot's content (the property's [[Value]], or for
    // an accessor property its Accessor cell, see accessor.h).
    struct OwnProperty {
        Value value;
        PropertyAttributes attributes;
    };
    std::optional<OwnProperty> find_own_property(PropertyKey) const;
    // Creates the property, or replaces its value and attributes. For an accessor property,
    // `value` is an Accessor cell's slot value. Extensibility is the caller's business.
    void store_own_property(VM&, PropertyKey, Value value, PropertyAttributes);
    // Adds a named property through a transition found before (an inline cache): `shape` must
    // be the shared shape that the object's current shape transitions to when adding one
    // property; the property takes the new shape's last slot.
    void add_property_by_transition(gc::Heap&, Shape* shape, Value value);
    // Replaces the [[Value]] of an existing own data property, keeping its attributes.
    void store_own_data_value(VM&, PropertyKey, Value value);
    // Removes an own property (which must exist).
    void remove_own_property(VM&, PropertyKey);
    // Own property count (indexed and named).
    uint32_t own_property_count() const;
    // Own keys in OrdinaryOwnPropertyKeys order: array indices ascending, then strings in
    // creation order, then symbols in creation order. Allocates the list.
    PropertyKeyList* own_keys_in_order(VM&) const;

    // Inline caches of properties found on a prototype chain (or missing from it) rely on the
    // shapes of the prototypes they looked through: those are watched, and any shape change of a
    // watched object advances prototype_chain_epoch(), which invalidates such cache entries.
    bool is_watched_prototype() const { return m_cell_data & kWatchedPrototypeFlag; }
    void watch_as_prototype() { m_cell_data |= kWatchedPrototypeFlag; }
    static uint32_t prototype_chain_epoch() { return s_prototype_chain_epoch.load(std::memory_order_relaxed); }

    // Named property slots.
    uint32_t inline_slot_count() const { return m_cell_data & 0xFF; }
    Value slot(uint32_t index) const
    {
        uint32_t inline_count = inline_slot_count();
        if (index < inline_count)
            return inline_slots_storage()[index];
        return m_slots->at(index - inline_count);
    }
    void set_slot(gc::Heap& heap, uint32_t index, Value value)
    {
        uint32_t inline_count = inline_slot_count();
        if (index < inline_count) {
            inline_slots_storage()[index] = value;
            heap.write_barrier_value(this, value.bits());
            return;
        }
        m_slots->set(heap, index - inline_count, value);
    }

    // ---- Indexed elements ----
    ElementsKind elements_kind() const { return ElementsKind((m_cell_data >> 16) & 0x3); }
    std::optional<OwnProperty> find_own_element(uint32_t index) const;
    void store_own_element(VM&, uint32_t index, Value value, PropertyAttributes);
    void remove_own_element(uint32_t index);
    uint32_t own_element_count() const;
    // The indices of the own elements, ascending.
    std::vector<uint32_t> own_element_indices() const;
    // Removes every element at or above `length`, highest first, stopping at the first one that is
    // not configurable; returns that element's index, or std::nullopt if all were removed.
    // (ArraySetLength's deletion loop: deleting configurable elements runs no user code.)
    std::optional<uint32_t> truncate_elements(uint32_t length);
    // Dense storage (for fast paths and tests): the first `size` entries, holes included.
    uint32_t dense_elements_size() const;
    // For the interpreter's fast paths: the own element at `index` when it is in dense storage,
    // else the empty Value (a hole, past the end, sparse elements or none).
    Value dense_element(uint32_t index) const
    {
        if (!m_elements || elements_kind() == ElementsKind::Sparse)
            return Value::empty();
        auto const* array = static_cast<ValueArray const*>(m_elements);
        return index < array->size() ? array->at(index) : Value::empty();
    }
    // Replaces the own element at `index` when it is in dense storage (a writable data property:
    // the store is what [[Set]] would do on an object with the ordinary [[Set]]); false when
    // there is none there.
    bool replace_dense_element(gc::Heap& heap, uint32_t index, Value value)
    {
        if (dense_element(index).is_empty())
            return false;
        static_cast<ValueArray*>(m_elements)->set(heap, index, value);
        return true;
    }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

protected:
    Object(Shape*, uint32_t inline_slots);
    // For subclasses: `cell_kind` is the subclass's, `object_size` its sizeof (a multiple of 8).
    Object(gc::CellKind cell_kind, size_t object_size, Shape*, uint32_t inline_slots);
    static size_t allocation_size(uint32_t inline_slots) { return sizeof(Object) + size_t(inline_slots) * sizeof(Value); }
    // The allocation size of a subclass of size `object_size` with `inline_slots` inline slots.
    static size_t allocation_size(size_t object_size, uint32_t inline_slots)
    {
        return object_size + size_t(inline_slots) * sizeof(Value);
    }

private:
    friend class gc::Heap;

    static constexpr uint32_t kWatchedPrototypeFlag = 1u << 18;
    // One counter for every VM of the process: a change in one only costs the others cache misses.
    static inline std::atomic<uint32_t> s_prototype_chain_epoch { 0 };

    uint32_t extra_words() const { return m_cell_data >> 24; }
    Value* inline_slots_storage() { return reinterpret_cast<Value*>(this + 1) + extra_words(); }
    Value const* inline_slots_storage() const { return reinterpret_cast<Value const*>(this + 1) + extra_words(); }
    void set_shape(gc::Heap&, Shape*);
    void set_elements_kind(ElementsKind kind) { m_cell_data = (m_cell_data & ~(0x3u << 16)) | (uint32_t(kind) << 16); }
    void ensure_slot_capacity(gc::Heap&, uint32_t slot_count);
    // Dictionary mode.
    void convert_to_dictionary(VM&);
    uint32_t dictionary_add(VM&, PropertyKey, PropertyAttributes);
    // Elements.
    ValueArray* dense_elements() const;
    SparseElements* sparse_elements() const;
    void convert_to_sparse_elements(gc::Heap&);
    bool store_dense_element(gc::Heap&, uint32_t index, Value value);

    Shape* m_shape;
    ValueArray* m_slots { nullptr };
    gc::Cell* m_elements { nullptr };
};
static_assert(sizeof(Object) == 32);

}
