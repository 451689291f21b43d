#pragma once
// AtomTable: the interned strings (atoms) of one VM. An atom is the unique String with its
// contents, so two atoms are equal iff their pointers are; property keys hold atoms (see
// property_key.h). Interning accepts a String (which may become the atom itself), Latin-1,
// UTF-16 or UTF-8 text.
//
// The table holds atoms weakly. Property names come from user data (JSON keys, computed member
// names), so a strong table would keep every name a program ever used. After marking, the heap
// calls the table's weak callback, which drops the atoms that were not marked; the well-known
// atoms (runtime/well_known_atoms.def) are reported as roots and so never die. Anything that
// keeps an atom — shapes, bytecode constant pools — traces it like any other cell.
//
// Implementation: open addressing with linear probing over (hash, String*) slots; removed
// atoms leave tombstones, cleared on the next rehash.

#include "runtime/code_unit_view.h"

#include <cstddef>
#include <cstdint>
#include <array>
#include <functional>
#include <string_view>
#include <vector>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class String;

class AtomTable {
public:
    explicit AtomTable(gc::Heap&);
    ~AtomTable();
    AtomTable(AtomTable const&) = delete;
    AtomTable& operator=(AtomTable const&) = delete;

    // The atom with the contents of `string`: the existing one, else `string` itself when it
    // owns its characters (Inline, or a flattened rope's Inline string), else a copy.
    String* intern(String* string);
    // The atom with these contents, created if needed. The view's owner (if any) must be kept
    // alive by the caller: creating the atom allocates.
    String* intern(CodeUnitView units);
    String* intern_latin1(std::string_view latin1) { return intern(CodeUnitView(latin1)); }
    String* intern(std::u16string_view utf16) { return intern(CodeUnitView(utf16)); }
    String* intern_utf8(std::string_view utf8);

    // The existing atom with these contents, or nullptr.
    String* find(CodeUnitView units) const;
    // The atom of the one-code-unit string `unit` (below 0x100), made once: what charAt and
    // the other one-character substrings return, so that comparing one with a literal is a
    // comparison of pointers.
    String* single_character(uint8_t unit)
    {
        String*& atom = m_single_characters[unit];
        if (!atom)
            atom = intern_single_character(unit);
        return atom;
    }
    size_t size() const { return m_count; }

    // Weak processing: forgets every atom for which is_live returns false. The heap's weak
    // callback calls this with Heap::is_marked; tests call it directly.
    void remove_dead_atoms(std::function<bool(String const*)> const& is_live);

#define ATOM(member, text) String* member { nullptr };
#include "runtime/well_known_atoms.def"

private:
    struct Slot {
        String* atom;
        uint32_t hash;
    };
    static String* tombstone() { return reinterpret_cast<String*>(uintptr_t(1)); }
    static bool is_occupied(Slot const& slot) { return slot.atom && slot.atom != tombstone(); }

    String* intern_single_character(uint8_t unit);
    // Makes `atom` the atom for its contents.
    void adopt(String* atom, uint32_t hash);
    size_t find_slot(CodeUnitView units, uint32_t hash) const;
    void insert(String* atom, uint32_t hash);
    void rehash(size_t capacity);

    gc::Heap& m_heap;
    std::vector<Slot> m_slots;
    // Rooted: the single characters made so far.
    std::array<String*, 256> m_single_characters {};
    size_t m_count { 0 };
    size_t m_tombstones { 0 };
    uint64_t m_root_provider_id { 0 };
    uint64_t m_weak_callback_id { 0 };
};

}
