#pragma once
// PropertyKey: the key of an object property (DESIGN.md decision 3) in one word:
//
//   an array index   an integer 0 <= i < 2^32 - 1 (ECMA-262 "array index"), kept as a number
//   an atom          an interned String that does not spell an array index
//   a symbol         a Symbol cell
//
// Because array-index strings are always turned into integers and every other string into its
// atom, two keys are the same property iff their bits are equal.
//
// Encoding: the low two bits tag the word. Cells are at least 8-byte aligned.
//   ...pointer 00   atom
//   ...pointer 10   symbol
//   index << 2 | 01 array index

#include "gc/cell.h"
#include "runtime/code_unit_view.h"

#include <cassert>
#include <cstdint>
#include <optional>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class AtomTable;
class String;
class Symbol;

class PropertyKey {
public:
    // The largest array index, 2^32 - 2.
    static constexpr uint32_t kMaxArrayIndex = 0xFFFFFFFEu;

    // Index 0; only so that PropertyKey can sit in ThrowCompletionOr and containers.
    constexpr PropertyKey()
        : m_bits(kIndexTag)
    {
    }

    static PropertyKey from_index(uint32_t index)
    {
        assert(index <= kMaxArrayIndex);
        return PropertyKey((uint64_t(index) << 2) | kIndexTag);
    }
    // `atom` must be an atom and must not spell an array index (use to_property_key).
    static PropertyKey from_atom(String* atom)
    {
        assert(is_named_atom(atom));
        return PropertyKey(reinterpret_cast<uint64_t>(atom) | kAtomTag);
    }
    static PropertyKey from_symbol(Symbol* symbol)
    {
        assert(symbol);
        return PropertyKey(reinterpret_cast<uint64_t>(symbol) | kSymbolTag);
    }

    bool is_index() const { return (m_bits & kTagMask) == kIndexTag; }
    bool is_atom() const { return (m_bits & kTagMask) == kAtomTag; }
    bool is_symbol() const { return (m_bits & kTagMask) == kSymbolTag; }

    uint32_t as_index() const
    {
        assert(is_index());
        return static_cast<uint32_t>(m_bits >> 2);
    }
    String* as_atom() const
    {
        assert(is_atom());
        return reinterpret_cast<String*>(m_bits);
    }
    Symbol* as_symbol() const
    {
        assert(is_symbol());
        return reinterpret_cast<Symbol*>(m_bits & ~kTagMask);
    }
    // The cell to trace (an atom or a symbol), nullptr for an index.
    gc::Cell* as_cell() const
    {
        return is_index() ? nullptr : reinterpret_cast<gc::Cell*>(m_bits & ~kTagMask);
    }

    uint64_t bits() const { return m_bits; }
    // For hash tables of keys: atoms use their content hash, symbols their (stable) address.
    uint32_t hash() const;

    bool operator==(PropertyKey const&) const = default;

private:
    static constexpr uint64_t kTagMask = 3;
    static constexpr uint64_t kAtomTag = 0;
    static constexpr uint64_t kIndexTag = 1;
    static constexpr uint64_t kSymbolTag = 2;

    explicit PropertyKey(uint64_t bits)
        : m_bits(bits)
    {
    }
    // For from_atom's assertion: an atom that is not an array index.
    static bool is_named_atom(String*);

    uint64_t m_bits;
};
static_assert(sizeof(PropertyKey) == 8);

// The array index a string spells, if any: the canonical decimal form (no sign, no leading
// zero unless the string is "0") of an integer below 2^32 - 1.
std::optional<uint32_t> parse_array_index(CodeUnitView);

// ToPropertyKey for a String: its array index, else its atom.
PropertyKey to_property_key(AtomTable&, String*);
// ToPropertyKey for a Number: an array index when the number is one, else the atom of
// Number::toString(number).
PropertyKey to_property_key(AtomTable&, gc::Heap&, double number);
// ToPropertyKey for text known to the engine (built-in names, parser identifiers).
PropertyKey to_property_key(AtomTable&, CodeUnitView);

}
