#include "runtime/atom_table.h"

#include "gc/heap.h"
#include "runtime/property_key.h"
#include "runtime/string.h"
#include "runtime/utf8.h"

#include <algorithm>

namespace sable::runtime {

AtomTable::AtomTable(gc::Heap& heap)
    : m_heap(heap)
    , m_slots(1024, Slot { nullptr, 0 })
{
    // Registered first: creating the well-known atoms below may collect.
    m_root_provider_id = heap.add_root_provider([this](gc::Visitor& visitor) {
#define ATOM(member, text) \
    if (member)            \
        visitor.visit(member);
#include "runtime/well_known_atoms.def"
        for (String* atom : m_single_characters) {
            if (atom)
                visitor.visit(atom);
        }
    });
    m_weak_callback_id = heap.add_weak_callback([this](gc::Heap& heap) {
        remove_dead_atoms([&heap](String const* atom) { return heap.is_marked(atom); });
    });
#define ATOM(member, text) member = intern_latin1(text);
#include "runtime/well_known_atoms.def"
}

AtomTable::~AtomTable()
{
    m_heap.remove_weak_callback(m_weak_callback_id);
    m_heap.remove_root_provider(m_root_provider_id);
}

String* AtomTable::intern_single_character(uint8_t unit)
{
    return intern(CodeUnitView(&unit, 1));
}

size_t AtomTable::find_slot(CodeUnitView units, uint32_t hash) const
{
    size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Slot const& slot = m_slots[i];
        if (!slot.atom)
            return SIZE_MAX;
        if (slot.atom != tombstone() && slot.hash == hash && slot.atom->flat_view().equals(units))
            return i;
    }
}

String* AtomTable::find(CodeUnitView units) const
{
    size_t index = find_slot(units, String::hash_code_units(units));
    return index == SIZE_MAX ? nullptr : m_slots[index].atom;
}

void AtomTable::insert(String* atom, uint32_t hash)
{
    // Keep at least half the slots empty (tombstones count as full for probing).
    if ((m_count + m_tombstones + 1) * 2 > m_slots.size())
        rehash(m_count * 4 > m_slots.size() ? m_slots.size() * 2 : m_slots.size());
    size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (is_occupied(m_slots[i]))
        i = (i + 1) & mask;
    if (m_slots[i].atom == tombstone())
        --m_tombstones;
    m_slots[i] = { atom, hash };
    ++m_count;
}

void AtomTable::rehash(size_t capacity)
{
    std::vector<Slot> old = std::move(m_slots);
    m_slots.assign(capacity, Slot { nullptr, 0 });
    m_count = 0;
    m_tombstones = 0;
    size_t mask = capacity - 1;
    for (Slot const& slot : old) {
        if (!is_occupied(slot))
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].atom)
            i = (i + 1) & mask;
        m_slots[i] = slot;
        ++m_count;
    }
}

void AtomTable::adopt(String* atom, uint32_t hash)
{
    atom->set_cached_hash(hash);
    atom->mark_as_atom();
    // Settled once here, so that to_property_key never parses an atom again.
    if (!parse_array_index(atom->flat_view()))
        atom->set_known_not_array_index();
    insert(atom, hash);
}

String* AtomTable::intern(String* string)
{
    // Fast path: already the atom.
    if (string->is_atom())
        return string;
    uint32_t hash = string->hash(m_heap); // flattens
    size_t index = find_slot(string->flat_view(), hash);
    if (index != SIZE_MAX)
        return m_slots[index].atom;

    String* atom = nullptr;
    switch (string->representation()) {
    case String::Representation::Inline:
        atom = string;
        break;
    case String::Representation::Indirect:
        // The flat string behind a flattened rope becomes the atom; the rope cell stays a
        // non-atom Indirect pointing at it.
        atom = static_cast<RopeString*>(string)->flattened();
        break;
    case String::Representation::Slice: {
        // A copy, so that the atom does not keep the slice's parent alive.
        bool one_byte = string->flat_view().fits_in_one_byte();
        if (one_byte) {
            uint8_t* chars;
            atom = String::create_uninitialized_one_byte(m_heap, string->length(), chars);
            string->flat_view().copy_to(chars);
        } else {
            char16_t* chars;
            atom = String::create_uninitialized_two_byte(m_heap, string->length(), chars);
            string->flat_view().copy_to(chars);
        }
        break;
    }
    case String::Representation::Rope:
        assert(false && "hash() flattened the rope");
        return nullptr;
    }
    adopt(atom, hash);
    return atom;
}

String* AtomTable::intern(CodeUnitView units)
{
    uint32_t hash = String::hash_code_units(units);
    size_t index = find_slot(units, hash);
    if (index != SIZE_MAX)
        return m_slots[index].atom;
    String* atom = String::from_code_units(m_heap, units);
    adopt(atom, hash);
    return atom;
}

String* AtomTable::intern_utf8(std::string_view utf8)
{
    // Fast path: ASCII is its own Latin-1.
    if (std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<uint8_t>(c) < 0x80; }))
        return intern_latin1(utf8);
    Utf8Measure measure = measure_utf8(utf8);
    std::u16string units(measure.utf16_length, u'\0');
    decode_utf8(utf8, units.data());
    return intern(std::u16string_view(units));
}

void AtomTable::remove_dead_atoms(std::function<bool(String const*)> const& is_live)
{
    for (Slot& slot : m_slots) {
        if (is_occupied(slot) && !is_live(slot.atom)) {
            slot.atom = tombstone();
            --m_count;
            ++m_tombstones;
        }
    }
}

}
