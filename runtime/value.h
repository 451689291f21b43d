#pragma once
// Value: every JavaScript value in one 64-bit word (DESIGN.md decision 1).
//
// NaN-boxing. A double is stored as its own bits; NaNs are canonicalised to one quiet NaN, so
// the rest of the NaN space is free for tags. The top 17 bits (bits 47..63) select the type:
//
//   bits >> 47      meaning                 payload (low 47 bits)
//   <= 0x1FFF0      a double (itself)       -
//   0x1FFF1         int32                   low 32 bits
//   0x1FFF2         undefined               0
//   0x1FFF3         null                    0
//   0x1FFF4         boolean                 0 or 1
//   0x1FFF5         empty (hole, TDZ, "no value" inside the engine; never seen by JS)
//   0x1FFF6         String*                 pointer
//   0x1FFF7         Symbol*                 pointer
//   0x1FFF8         BigInt*                 pointer
//   0x1FFF9         Object*                 pointer
//   0x1FFFA         internal cell           pointer (an Accessor pair in a property slot; never
//                                           seen by JS, never passed where a language value goes)
//
// Cell pointers fit in 47 bits: user-space addresses on x86-64 and (by default) on ARM64 Linux.
// Keeping strings, symbols, BigInts and objects apart in the tag makes typeof and the common
// type checks a compare on the word, without touching the cell.

#include <bit>
#include <cmath>
#include <cstdint>
#include <limits>

namespace sable::gc {
class Cell;
}

namespace sable::runtime {

class Cell;
class String;
class Symbol;
class BigInt;
class Object;

class Value {
public:
    static constexpr int kTagShift = 47;
    static constexpr uint64_t kPayloadMask = (uint64_t(1) << kTagShift) - 1;
    enum class Tag : uint32_t {
        MaxDouble = 0x1FFF0,
        Int32 = 0x1FFF1,
        Undefined = 0x1FFF2,
        Null = 0x1FFF3,
        Boolean = 0x1FFF4,
        Empty = 0x1FFF5,
        String = 0x1FFF6,
        Symbol = 0x1FFF7,
        BigInt = 0x1FFF8,
        Object = 0x1FFF9,
        Internal = 0x1FFFA,
    };
    static constexpr uint64_t kCanonicalNaN = 0x7FF8000000000000ull;

    constexpr Value()
        : m_bits(tagged(Tag::Undefined, 0))
    {
    }

    static constexpr Value undefined() { return from_bits(tagged(Tag::Undefined, 0)); }
    static constexpr Value null() { return from_bits(tagged(Tag::Null, 0)); }
    static constexpr Value empty() { return from_bits(tagged(Tag::Empty, 0)); }
    static constexpr Value boolean(bool b) { return from_bits(tagged(Tag::Boolean, b ? 1 : 0)); }
    static constexpr Value int32(int32_t i) { return from_bits(tagged(Tag::Int32, uint32_t(i))); }
    // A Number: int32 when the double is an integer in range (and not -0), else a double.
    static Value number(double d)
    {
        if (d >= std::numeric_limits<int32_t>::min() && d <= std::numeric_limits<int32_t>::max()) {
            auto i = static_cast<int32_t>(d);
            if (double(i) == d && !(i == 0 && std::signbit(d)))
                return int32(i);
        }
        return raw_double(d);
    }
    // A Number kept as a double (NaNs canonicalised).
    static Value raw_double(double d)
    {
        if (d != d)
            return from_bits(kCanonicalNaN);
        return from_bits(std::bit_cast<uint64_t>(d));
    }
    static Value string(String* s) { return cell_value(Tag::String, s); }
    static Value symbol(Symbol* s) { return cell_value(Tag::Symbol, s); }
    static Value bigint(BigInt* b) { return cell_value(Tag::BigInt, b); }
    static Value object(Object* o) { return cell_value(Tag::Object, o); }
    // A runtime-internal cell kept where Values are stored (property slots), so the collector
    // traces it like any other Value. Never a language value.
    static Value internal_cell(gc::Cell* c) { return cell_value(Tag::Internal, c); }

    static constexpr Value from_bits(uint64_t bits)
    {
        Value v;
        v.m_bits = bits;
        return v;
    }
    constexpr uint64_t bits() const { return m_bits; }

    constexpr Tag tag() const { return Tag(m_bits >> kTagShift); }
    constexpr bool is_double() const { return (m_bits >> kTagShift) <= uint32_t(Tag::MaxDouble); }
    constexpr bool is_int32() const { return tag() == Tag::Int32; }
    constexpr bool is_number() const { return is_double() || is_int32(); }
    constexpr bool is_undefined() const { return tag() == Tag::Undefined; }
    constexpr bool is_null() const { return tag() == Tag::Null; }
    constexpr bool is_nullish() const { return is_undefined() || is_null(); }
    constexpr bool is_boolean() const { return tag() == Tag::Boolean; }
    constexpr bool is_empty() const { return tag() == Tag::Empty; }
    constexpr bool is_string() const { return tag() == Tag::String; }
    constexpr bool is_symbol() const { return tag() == Tag::Symbol; }
    constexpr bool is_bigint() const { return tag() == Tag::BigInt; }
    constexpr bool is_object() const { return tag() == Tag::Object; }
    constexpr bool is_internal_cell() const { return tag() == Tag::Internal; }
    constexpr bool is_cell() const { return uint32_t(tag()) >= uint32_t(Tag::String); }

    int32_t as_int32() const { return static_cast<int32_t>(static_cast<uint32_t>(m_bits)); }
    double as_double() const { return std::bit_cast<double>(m_bits); }
    double as_number() const { return is_int32() ? double(as_int32()) : as_double(); }
    bool as_bool() const { return (m_bits & 1) != 0; }
    Cell* as_cell() const { return reinterpret_cast<Cell*>(m_bits & kPayloadMask); }
    String* as_string() const { return reinterpret_cast<String*>(m_bits & kPayloadMask); }
    Symbol* as_symbol() const { return reinterpret_cast<Symbol*>(m_bits & kPayloadMask); }
    BigInt* as_bigint() const { return reinterpret_cast<BigInt*>(m_bits & kPayloadMask); }
    Object* as_object() const { return reinterpret_cast<Object*>(m_bits & kPayloadMask); }
    gc::Cell* as_internal_cell() const { return reinterpret_cast<gc::Cell*>(m_bits & kPayloadMask); }

    // SameValue identity of the representation (not of the number: 1 and 1.0 may differ).
    constexpr bool operator==(Value const&) const = default;

private:
    static constexpr uint64_t tagged(Tag tag, uint64_t payload) { return (uint64_t(tag) << kTagShift) | payload; }
    static Value cell_value(Tag tag, void const* pointer)
    {
        return from_bits(tagged(tag, reinterpret_cast<uint64_t>(pointer)));
    }

    uint64_t m_bits;
};

static_assert(sizeof(Value) == 8);

}
