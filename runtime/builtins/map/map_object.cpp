#include "runtime/builtins/map/map_object.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/bigint.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <bit>
#include <cmath>

namespace sable::runtime {

namespace {

constexpr int32_t kEmptySlot = -1;
constexpr uint32_t kInitialIndexCapacity = 8;

uint32_t mix(uint64_t bits)
{
    bits ^= bits >> 33;
    bits *= 0xff51afd7ed558ccdull;
    bits ^= bits >> 33;
    return uint32_t(bits);
}

// -0 is stored as +0 (Map.prototype.set step 5, Set.prototype.add step 4).
Value normalize_key(Value key)
{
    if (key.is_double() && key.as_double() == 0)
        return Value::int32(0);
    if (key.is_double())
        return Value::number(key.as_double());
    return key;
}

}

MapObject* MapObject::create(VM& vm, ObjectKind kind, Object* prototype)
{
    Shape* shape = vm.shapes().root(prototype, kind);
    return vm.heap().allocate_with_size<MapObject>(allocation_size(sizeof(MapObject), kDefaultInlineSlots), shape);
}

MapObject* as_map_object(Value value, ObjectKind kind)
{
    if (!value.is_object() || value.as_object()->kind() != kind)
        return nullptr;
    return static_cast<MapObject*>(value.as_object());
}

uint32_t MapObject::hash_of(VM& vm, Value key) const
{
    // Keys equal under SameValueZero hash alike: numbers by their double value (keys are
    // normalised, so int32 and double forms of one number do not both occur), strings by
    // content, BigInts by value, everything else by identity (cells never move).
    if (key.is_number())
        return mix(std::bit_cast<uint64_t>(key.as_number()));
    if (key.is_string())
        return key.as_string()->hash(vm.heap());
    if (key.is_bigint())
        return key.as_bigint()->hash();
    return mix(key.bits());
}

bool MapObject::is_live_entry(uint32_t entry) const { return !m_entries->at(entry * 2).is_empty(); }
Value MapObject::key_at(uint32_t entry) const { return m_entries->at(entry * 2); }
Value MapObject::value_at(uint32_t entry) const { return m_entries->at(entry * 2 + 1); }

std::optional<uint32_t> MapObject::find(VM& vm, Value key) const
{
    if (!m_index)
        return std::nullopt;
    key = normalize_key(key);
    uint32_t mask = m_index->capacity() - 1;
    for (uint32_t slot = hash_of(vm, key) & mask;; slot = (slot + 1) & mask) {
        int32_t entry = m_index->at(slot).as_int32();
        if (entry == kEmptySlot)
            return std::nullopt;
        Value stored = m_entries->at(uint32_t(entry) * 2);
        // Deleted entries keep their index slot (their key is empty and matches nothing).
        if (!stored.is_empty() && same_value_zero(vm.heap(), stored, key))
            return uint32_t(entry);
    }
}

Value MapObject::get(VM& vm, Value key) const
{
    auto entry = find(vm, key);
    return entry ? value_at(*entry) : Value::undefined();
}

void MapObject::rebuild_index(VM& vm, uint32_t index_capacity)
{
    ValueArray* index = ValueArray::create(vm.heap(), index_capacity, Value::int32(kEmptySlot));
    uint32_t mask = index_capacity - 1;
    for (uint32_t entry = 0; entry < m_entry_count; ++entry) {
        if (!is_live_entry(entry))
            continue;
        uint32_t slot = hash_of(vm, key_at(entry)) & mask;
        while (index->at(slot).as_int32() != kEmptySlot)
            slot = (slot + 1) & mask;
        index->set_non_cell(slot, Value::int32(int32_t(entry)));
    }
    m_index = index;
    m_index_used = m_live_count;
    vm.heap().write_barrier(this, index);
}

void MapObject::set(VM& vm, Value key, Value value)
{
    key = normalize_key(key);
    if (auto entry = find(vm, key)) {
        m_entries->set(vm.heap(), *entry * 2 + 1, value);
        return;
    }
    // Grow the entry store (deleted entries stay: iterators index it).
    uint32_t capacity = m_entries ? m_entries->capacity() / 2 : 0;
    if (m_entry_count == capacity) {
        uint32_t new_capacity = capacity ? capacity * 2 : 4;
        ValueArray* entries = ValueArray::copy(vm.heap(), m_entries, m_entry_count * 2, new_capacity * 2, Value::undefined());
        m_entries = entries;
        vm.heap().write_barrier(this, entries);
    }
    uint32_t entry = m_entry_count++;
    m_entries->set(vm.heap(), entry * 2, key);
    m_entries->set(vm.heap(), entry * 2 + 1, value);
    m_entries->set_size(m_entry_count * 2);
    ++m_live_count;
    // Keep the index at most half full (deleted entries keep their slots until a rebuild).
    uint32_t index_capacity = m_index ? m_index->capacity() : 0;
    if ((m_index_used + 1) * 2 > index_capacity) {
        uint32_t wanted = kInitialIndexCapacity;
        while (wanted < m_live_count * 4)
            wanted *= 2;
        rebuild_index(vm, wanted);
        return;
    }
    ++m_index_used;
    uint32_t mask = index_capacity - 1;
    uint32_t slot = hash_of(vm, key) & mask;
    while (m_index->at(slot).as_int32() != kEmptySlot)
        slot = (slot + 1) & mask;
    m_index->set_non_cell(slot, Value::int32(int32_t(entry)));
}

bool MapObject::remove(VM& vm, Value key)
{
    auto entry = find(vm, key);
    if (!entry)
        return false;
    // Replace the element's key and value with empty.
    m_entries->set_non_cell(*entry * 2, Value::empty());
    m_entries->set_non_cell(*entry * 2 + 1, Value::empty());
    --m_live_count;
    return true;
}

void MapObject::clear(VM&)
{
    // Every entry's key and value become empty; iterators move past them.
    for (uint32_t entry = 0; entry < m_entry_count; ++entry) {
        m_entries->set_non_cell(entry * 2, Value::empty());
        m_entries->set_non_cell(entry * 2 + 1, Value::empty());
    }
    m_live_count = 0;
}

void MapObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* map = static_cast<MapObject*>(cell);
    visitor.visit(map->m_entries);
    visitor.visit(map->m_index);
    Object::visit_children(cell, visitor);
}

}
