#pragma once
// BigInt values (ECMA-262 6.1.6.2): immutable cells holding a sign and a magnitude of 64-bit
// limbs, normalised (no high zero limb; zero has no limbs and is never negative). Arithmetic is
// GMP's: the operations below view their operands as read-only mpz values over the cells'
// limbs (no copy), compute into a temporary, and copy the result's limbs into a new cell, so
// every BigInt lives in the GC heap and nothing needs finalising.
//
// Sizes are limited to kMaxBits bits (as V8's are); exceeding it is a RangeError
// "Maximum BigInt size exceeded", never an allocation failure.

#include "gc/cell.h"
#include "runtime/completion.h"
#include "runtime/value.h"

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class String;
class VM;

class BigInt final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::BigInt;
    static constexpr uint64_t kMaxBits = uint64_t(1) << 30;

    static BigInt* from_int64(gc::Heap&, int64_t);
    static BigInt* from_uint64(gc::Heap&, uint64_t);
    // A NumericLiteral's BigInt (digits as written, decimal or 0x/0o/0b prefixed, no `n`).
    static BigInt* from_literal(gc::Heap&, std::u16string_view digits);

    uint32_t limb_count() const { return m_cell_data; }
    uint64_t const* limbs() const { return reinterpret_cast<uint64_t const*>(this + 1); }
    bool is_negative() const { return m_negative; }
    bool is_zero() const { return limb_count() == 0; }
    // A hash of the value (equal BigInts hash alike).
    uint32_t hash() const;

    // CellTraits: BigInts reference no cells.
    static void visit_children(gc::Cell*, gc::Visitor&) { }

private:
    friend class gc::Heap;
    friend class BigIntBuilder;
    BigInt(uint32_t limb_count, bool negative)
        : gc::Cell(kKind)
        , m_negative(negative)
    {
        m_cell_data = limb_count;
    }
    uint64_t* mutable_limbs() { return reinterpret_cast<uint64_t*>(this + 1); }

    bool m_negative;
    uint8_t m_padding[7] {};
};

// BigInt::equal, and the order of two BigInts.
bool bigint_equals(BigInt const&, BigInt const&);
std::strong_ordering bigint_compare(BigInt const&, BigInt const&);
// The order of a BigInt and a Number (unordered when the Number is NaN).
std::partial_ordering bigint_compare_number(BigInt const&, double);

// BigInt::toString ( x, radix ), as a String and as ASCII text (for printers).
String* bigint_to_string(VM&, BigInt const&, int radix = 10);
std::string bigint_to_text(BigInt const&, int radix = 10);
// 𝔽(ℝ(x)): the Number nearest the BigInt (ties to even), ±∞ beyond the Number range.
double bigint_to_double(BigInt const&);
// The BigInt modulo 2^64 (BigInt::toBigInt64/toBigUint64 take it from here).
uint64_t bigint_to_uint64(BigInt const&);
int64_t bigint_to_int64(BigInt const&);

// StringToBigInt ( str ): std::nullopt for the spec's undefined.
std::optional<BigInt*> string_to_bigint(VM&, String*);
// NumberToBigInt ( number ): a RangeError unless integral.
ThrowCompletionOr<BigInt*> number_to_bigint(VM&, double);
// ToBigInt ( argument )
ThrowCompletionOr<BigInt*> to_bigint(VM&, Value);

// The BigInt operations of 6.1.6.2 (BigInt::add, ::subtract...): RangeErrors for division by
// zero, a negative exponent and results beyond kMaxBits; UnsignedRightShift is a TypeError.
enum class BinaryOperator : uint8_t;
ThrowCompletionOr<BigInt*> bigint_binary_operation(VM&, BinaryOperator, BigInt const&, BigInt const&);
BigInt* bigint_unary_minus(VM&, BigInt const&);
BigInt* bigint_bitwise_not(VM&, BigInt const&);
// x + delta for the increment and decrement operators (delta is 1 or -1).
BigInt* bigint_add_small(VM&, BigInt const&, int64_t delta);
// BigInt.asIntN / asUintN ( bits, bigint )
ThrowCompletionOr<BigInt*> bigint_as_int_n(VM&, uint64_t bits, BigInt const&);
ThrowCompletionOr<BigInt*> bigint_as_uint_n(VM&, uint64_t bits, BigInt const&);

}
