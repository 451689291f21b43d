#include "runtime/property_key.h"

#include "gc/heap.h"
#include "runtime/atom_table.h"
#include "runtime/number_conversion.h"
#include "runtime/string.h"

namespace sable::runtime {

bool PropertyKey::is_named_atom(String* atom)
{
    return atom && atom->is_atom() && !parse_array_index(atom->flat_view());
}

uint32_t PropertyKey::hash() const
{
    if (is_atom()) {
        // Atoms always carry their hash.
        return as_atom()->cached_hash();
    }
    // Index and symbol: mix the word (Fibonacci hashing keeps the high bits).
    return static_cast<uint32_t>((m_bits * 0x9E3779B97F4A7C15ull) >> 32);
}

// An array index is an integer index whose numeric value i is in the range +0 <= i < 2^32 - 1
// (6.1.7 The Object Type); as a property name it is written CanonicalNumericString-style:
// ToString(ToUint32(P)) is P.
std::optional<uint32_t> parse_array_index(CodeUnitView units)
{
    uint32_t length = units.length();
    // "4294967294" is the longest array index.
    if (length == 0 || length > 10)
        return std::nullopt;
    char16_t first = units[0];
    if (first < '0' || first > '9')
        return std::nullopt;
    // A leading zero is only canonical for "0" itself.
    if (first == '0')
        return length == 1 ? std::optional<uint32_t>(0) : std::nullopt;
    uint64_t value = 0;
    for (uint32_t i = 0; i < length; ++i) {
        char16_t unit = units[i];
        if (unit < '0' || unit > '9')
            return std::nullopt;
        value = value * 10 + (unit - '0');
    }
    if (value > PropertyKey::kMaxArrayIndex)
        return std::nullopt;
    return static_cast<uint32_t>(value);
}

// ToPropertyKey ( argument ) — https://tc39.es/ecma262/#sec-topropertykey, for a String.
PropertyKey to_property_key(AtomTable& atoms, String* string)
{
    // Only short digit strings can be indices (ropes are longer, so this never flattens one).
    if (!string->is_atom() && string->length() <= 10) {
        if (auto index = parse_array_index(string->flat_view()))
            return PropertyKey::from_index(*index);
    }
    String* atom = atoms.intern(string);
    // The atom table settles this when it makes an atom.
    if (!atom->is_known_not_array_index())
        return PropertyKey::from_index(*parse_array_index(atom->flat_view()));
    return PropertyKey::from_atom(atom);
}

PropertyKey to_property_key(AtomTable& atoms, CodeUnitView units)
{
    if (auto index = parse_array_index(units))
        return PropertyKey::from_index(*index);
    return PropertyKey::from_atom(atoms.intern(units));
}

// ToPropertyKey ( argument ) — https://tc39.es/ecma262/#sec-topropertykey, for a Number.
PropertyKey to_property_key(AtomTable& atoms, gc::Heap& heap, double number)
{
    // Fast path: an integral number in the index range is the index (ToString of it would
    // spell it canonically). -0 is included: ToString(-0) is "0".
    if (number >= 0 && number <= PropertyKey::kMaxArrayIndex) {
        auto index = static_cast<uint32_t>(number);
        if (double(index) == number)
            return PropertyKey::from_index(index);
    }
    NumberToStringBuffer buffer;
    std::string_view text = number_to_string(number, buffer);
    return to_property_key(atoms, CodeUnitView(text));
}

}
