#include "runtime/bigint.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/number_conversion.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <gmp.h>

#include <cmath>
#include <cstring>
#include <string>

namespace sable::runtime {

static_assert(sizeof(mp_limb_t) == sizeof(uint64_t), "BigInt limbs are GMP's 64-bit limbs");

namespace {

// A GMP integer for results (freed on scope exit).
struct Mpz {
    Mpz() { mpz_init(value); }
    ~Mpz() { mpz_clear(value); }
    Mpz(Mpz const&) = delete;
    Mpz& operator=(Mpz const&) = delete;
    mpz_t value;
};

// A read-only GMP view of a BigInt's limbs, valid while the cell is (cells never move).
struct View {
    explicit View(BigInt const& bigint)
    {
        auto count = mp_size_t(bigint.limb_count());
        pointer = mpz_roinit_n(storage, reinterpret_cast<mp_limb_t const*>(bigint.limbs()), bigint.is_negative() ? -count : count);
    }
    mpz_t storage;
    mpz_srcptr pointer;
};

uint64_t bit_length(mpz_srcptr value) { return mpz_sgn(value) == 0 ? 0 : mpz_sizeinbase(value, 2); }

ThrowCompletion throw_too_big(VM& vm) { return vm.throw_range_error(ErrorType::BigIntTooBig); }

}

// Makes cells from GMP results (a friend of BigInt).
class BigIntBuilder {
public:
    static BigInt* make(gc::Heap& heap, mpz_srcptr value)
    {
        size_t count = mpz_size(value);
        auto* bigint = heap.allocate_with_size<BigInt>(sizeof(BigInt) + count * sizeof(uint64_t), uint32_t(count), mpz_sgn(value) < 0);
        if (count)
            std::memcpy(bigint->mutable_limbs(), mpz_limbs_read(value), count * sizeof(uint64_t));
        return bigint;
    }
};

namespace {

ThrowCompletionOr<BigInt*> make_checked(VM& vm, mpz_srcptr value)
{
    if (bit_length(value) > BigInt::kMaxBits)
        return throw_too_big(vm);
    return BigIntBuilder::make(vm.heap(), value);
}

}

BigInt* BigInt::from_int64(gc::Heap& heap, int64_t value)
{
    Mpz result;
    // Through the magnitude, so INT64_MIN is exact.
    uint64_t magnitude = value < 0 ? uint64_t(0) - uint64_t(value) : uint64_t(value);
    mpz_import(result.value, 1, -1, sizeof(uint64_t), 0, 0, &magnitude);
    if (value < 0)
        mpz_neg(result.value, result.value);
    return BigIntBuilder::make(heap, result.value);
}

BigInt* BigInt::from_uint64(gc::Heap& heap, uint64_t value)
{
    Mpz result;
    mpz_import(result.value, 1, -1, sizeof(uint64_t), 0, 0, &value);
    return BigIntBuilder::make(heap, result.value);
}

BigInt* BigInt::from_literal(gc::Heap& heap, std::u16string_view digits)
{
    int base = 10;
    if (digits.size() > 2 && digits[0] == u'0') {
        char16_t prefix = char16_t(digits[1] | 0x20);
        base = prefix == u'x' ? 16 : prefix == u'o' ? 8 : prefix == u'b' ? 2 : 10;
        if (base != 10)
            digits.remove_prefix(2);
    }
    std::string ascii(digits.begin(), digits.end());
    Mpz result;
    mpz_set_str(result.value, ascii.c_str(), base);
    return BigIntBuilder::make(heap, result.value);
}

uint32_t BigInt::hash() const
{
    // FNV-1a over the sign and the limbs.
    uint64_t hash = 0xcbf29ce484222325ull ^ uint64_t(m_negative);
    for (uint32_t i = 0; i < limb_count(); ++i) {
        hash ^= limbs()[i];
        hash *= 0x100000001b3ull;
    }
    return uint32_t(hash ^ (hash >> 32));
}

bool bigint_equals(BigInt const& x, BigInt const& y)
{
    return x.is_negative() == y.is_negative() && x.limb_count() == y.limb_count()
        && std::memcmp(x.limbs(), y.limbs(), x.limb_count() * sizeof(uint64_t)) == 0;
}

std::strong_ordering bigint_compare(BigInt const& x, BigInt const& y)
{
    View a(x);
    View b(y);
    return mpz_cmp(a.pointer, b.pointer) <=> 0;
}

std::partial_ordering bigint_compare_number(BigInt const& x, double y)
{
    if (std::isnan(y))
        return std::partial_ordering::unordered;
    // mpz_cmp_d is exact, infinities included.
    View a(x);
    return mpz_cmp_d(a.pointer, y) <=> 0;
}

// BigInt::toString ( x, radix ) — https://tc39.es/ecma262/#sec-numeric-types-bigint-tostring
std::string bigint_to_text(BigInt const& x, int radix)
{
    View a(x);
    std::string text(mpz_sizeinbase(a.pointer, radix) + 2, '\0');
    mpz_get_str(text.data(), radix, a.pointer);
    text.resize(std::strlen(text.c_str()));
    return text;
}

String* bigint_to_string(VM& vm, BigInt const& x, int radix)
{
    return String::from_latin1(vm.heap(), bigint_to_text(x, radix));
}

double bigint_to_double(BigInt const& x)
{
    View a(x);
    uint64_t bits = bit_length(a.pointer);
    if (bits <= 53)
        return mpz_get_d(a.pointer); // exact
    // Keep 54 bits (53 and a rounding bit) and whether anything below them is set, then round
    // to nearest, ties to even.
    Mpz top;
    uint64_t shift = bits - 54;
    mpz_abs(top.value, a.pointer);
    bool sticky = mpz_scan1(top.value, 0) < shift;
    mpz_tdiv_q_2exp(top.value, top.value, shift);
    uint64_t mantissa = mpz_get_ui(top.value);
    bool round_up = (mantissa & 1) && (sticky || (mantissa & 2));
    mantissa = (mantissa >> 1) + (round_up ? 1 : 0);
    double magnitude = std::ldexp(double(mantissa), int(std::min<uint64_t>(shift + 1, 4096)));
    return x.is_negative() ? -magnitude : magnitude;
}

uint64_t bigint_to_uint64(BigInt const& x)
{
    uint64_t low = x.is_zero() ? 0 : x.limbs()[0];
    return x.is_negative() ? uint64_t(0) - low : low;
}

int64_t bigint_to_int64(BigInt const& x) { return int64_t(bigint_to_uint64(x)); }

// StringToBigInt ( str ) — https://tc39.es/ecma262/#sec-stringtobigint
std::optional<BigInt*> string_to_bigint(VM& vm, String* string)
{
    std::u16string text = string->to_utf16(vm.heap());
    // 1-2. StringIntegerLiteral: white space around an optional literal.
    size_t begin = 0;
    size_t end = text.size();
    while (begin < end && is_str_white_space_char(text[begin]))
        ++begin;
    while (end > begin && is_str_white_space_char(text[end - 1]))
        --end;
    std::u16string_view literal(text.data() + begin, end - begin);
    if (literal.empty())
        return BigInt::from_int64(vm.heap(), 0);
    int base = 10;
    bool negative = false;
    if (literal.size() > 2 && literal[0] == u'0' && std::u16string_view(u"xXoObB").find(literal[1]) != std::u16string_view::npos) {
        char16_t prefix = char16_t(literal[1] | 0x20);
        base = prefix == u'x' ? 16 : prefix == u'o' ? 8 : 2;
        literal.remove_prefix(2);
    } else if (literal[0] == u'+' || literal[0] == u'-') {
        // A sign only before decimal digits.
        negative = literal[0] == u'-';
        literal.remove_prefix(1);
    }
    if (literal.empty())
        return std::nullopt;
    std::string ascii;
    ascii.reserve(literal.size());
    for (char16_t c : literal) {
        int digit = c >= u'0' && c <= u'9' ? c - u'0' : (c | 0x20) >= u'a' && (c | 0x20) <= u'z' ? (c | 0x20) - u'a' + 10 : 99;
        if (digit >= base)
            return std::nullopt;
        ascii += char(c);
    }
    Mpz result;
    mpz_set_str(result.value, ascii.c_str(), base);
    if (negative)
        mpz_neg(result.value, result.value);
    return BigIntBuilder::make(vm.heap(), result.value);
}

// NumberToBigInt ( number ) — https://tc39.es/ecma262/#sec-numbertobigint
ThrowCompletionOr<BigInt*> number_to_bigint(VM& vm, double number)
{
    // 1. If number is not an integral Number, throw a RangeError exception.
    if (!std::isfinite(number) || std::trunc(number) != number)
        return vm.throw_range_error(ErrorType::NumberNotIntegerForBigInt, { primitive_to_string(vm, Value::number(number))->to_utf8(vm.heap()) });
    // 2. Return ℤ(ℝ(number)).
    Mpz result;
    mpz_set_d(result.value, number);
    return BigIntBuilder::make(vm.heap(), result.value);
}

// ToBigInt ( argument ) — https://tc39.es/ecma262/#sec-tobigint
ThrowCompletionOr<BigInt*> to_bigint(VM& vm, Value argument)
{
    // 1. Let prim be ? ToPrimitive(argument, number).
    Value primitive = TRY(to_primitive(vm, argument, PreferredType::Number));
    // 2. The table of 7.1.13.
    if (primitive.is_bigint())
        return primitive.as_bigint();
    if (primitive.is_boolean())
        return BigInt::from_int64(vm.heap(), primitive.as_bool() ? 1 : 0);
    if (primitive.is_string()) {
        auto parsed = string_to_bigint(vm, primitive.as_string());
        if (!parsed)
            return vm.throw_syntax_error(ErrorType::CannotConvertToBigInt, { primitive.as_string()->to_utf8(vm.heap()) });
        return *parsed;
    }
    if (primitive.is_symbol())
        return vm.throw_type_error(ErrorType::CannotConvertToBigInt, { "a Symbol value" });
    return vm.throw_type_error(ErrorType::CannotConvertToBigInt, { primitive_to_string(vm, primitive)->to_utf8(vm.heap()) });
}

namespace {

// BigInt::leftShift ( x, y ) for a shift count `count` (negative: a right shift, rounding
// towards -∞).
ThrowCompletionOr<BigInt*> shift_left(VM& vm, mpz_srcptr x, mpz_srcptr count)
{
    Mpz result;
    if (mpz_sgn(x) == 0)
        return BigIntBuilder::make(vm.heap(), result.value);
    if (mpz_sgn(count) >= 0) {
        if (!mpz_fits_ulong_p(count) || bit_length(x) + mpz_get_ui(count) > BigInt::kMaxBits)
            return throw_too_big(vm);
        mpz_mul_2exp(result.value, x, mpz_get_ui(count));
        return BigIntBuilder::make(vm.heap(), result.value);
    }
    Mpz magnitude;
    mpz_neg(magnitude.value, count);
    if (!mpz_fits_ulong_p(magnitude.value) || mpz_get_ui(magnitude.value) >= bit_length(x)) {
        // Every bit shifted out: 0, or -1 for a negative x.
        mpz_set_si(result.value, mpz_sgn(x) < 0 ? -1 : 0);
        return BigIntBuilder::make(vm.heap(), result.value);
    }
    mpz_fdiv_q_2exp(result.value, x, mpz_get_ui(magnitude.value));
    return BigIntBuilder::make(vm.heap(), result.value);
}

}

ThrowCompletionOr<BigInt*> bigint_binary_operation(VM& vm, BinaryOperator op, BigInt const& left, BigInt const& right)
{
    View x(left);
    View y(right);
    Mpz result;
    switch (op) {
    case BinaryOperator::Add:
        mpz_add(result.value, x.pointer, y.pointer);
        break;
    case BinaryOperator::Subtract:
        mpz_sub(result.value, x.pointer, y.pointer);
        break;
    case BinaryOperator::Multiply:
        if (bit_length(x.pointer) + bit_length(y.pointer) > BigInt::kMaxBits + 1)
            return throw_too_big(vm);
        mpz_mul(result.value, x.pointer, y.pointer);
        break;
    case BinaryOperator::Divide:
        // BigInt::divide: a RangeError for 0n; the quotient rounds towards zero.
        if (right.is_zero())
            return vm.throw_range_error(ErrorType::BigIntDivisionByZero);
        mpz_tdiv_q(result.value, x.pointer, y.pointer);
        break;
    case BinaryOperator::Remainder:
        // BigInt::remainder: the sign of the dividend.
        if (right.is_zero())
            return vm.throw_range_error(ErrorType::BigIntDivisionByZero);
        mpz_tdiv_r(result.value, x.pointer, y.pointer);
        break;
    case BinaryOperator::Exponentiate: {
        // BigInt::exponentiate ( base, exponent )
        if (right.is_negative())
            return vm.throw_range_error(ErrorType::BigIntNegativeExponent);
        // Bases 0, 1 and -1 stay small whatever the exponent.
        if (bit_length(x.pointer) <= 1) {
            if (mpz_sgn(x.pointer) == 0 && !right.is_zero())
                break; // 0
            if (mpz_sgn(x.pointer) < 0 && mpz_odd_p(y.pointer))
                mpz_set_si(result.value, -1);
            else
                mpz_set_ui(result.value, 1);
            break;
        }
        if (!mpz_fits_ulong_p(y.pointer) || (bit_length(x.pointer) - 1) * mpz_get_ui(y.pointer) > BigInt::kMaxBits)
            return throw_too_big(vm);
        mpz_pow_ui(result.value, x.pointer, mpz_get_ui(y.pointer));
        break;
    }
    case BinaryOperator::LeftShift:
        return shift_left(vm, x.pointer, y.pointer);
    case BinaryOperator::SignedRightShift: {
        // BigInt::signedRightShift ( x, y ): BigInt::leftShift(x, -y).
        Mpz negated;
        mpz_neg(negated.value, y.pointer);
        return shift_left(vm, x.pointer, negated.value);
    }
    case BinaryOperator::UnsignedRightShift:
        return vm.throw_type_error(ErrorType::BigIntUnsignedRightShift);
    case BinaryOperator::BitwiseAnd:
        mpz_and(result.value, x.pointer, y.pointer);
        break;
    case BinaryOperator::BitwiseOr:
        mpz_ior(result.value, x.pointer, y.pointer);
        break;
    case BinaryOperator::BitwiseXor:
        mpz_xor(result.value, x.pointer, y.pointer);
        break;
    }
    return make_checked(vm, result.value);
}

BigInt* bigint_unary_minus(VM& vm, BigInt const& x)
{
    View a(x);
    Mpz result;
    mpz_neg(result.value, a.pointer);
    return BigIntBuilder::make(vm.heap(), result.value);
}

BigInt* bigint_bitwise_not(VM& vm, BigInt const& x)
{
    // BigInt::bitwiseNOT ( x ): -x - 1.
    View a(x);
    Mpz result;
    mpz_com(result.value, a.pointer);
    return BigIntBuilder::make(vm.heap(), result.value);
}

BigInt* bigint_add_small(VM& vm, BigInt const& x, int64_t delta)
{
    View a(x);
    Mpz result;
    if (delta >= 0)
        mpz_add_ui(result.value, a.pointer, uint64_t(delta));
    else
        mpz_sub_ui(result.value, a.pointer, uint64_t(-delta));
    return BigIntBuilder::make(vm.heap(), result.value);
}

// BigInt.asUintN ( bits, bigint ), steps 3-4: ℝ(bigint) modulo 2^bits.
ThrowCompletionOr<BigInt*> bigint_as_uint_n(VM& vm, uint64_t bits, BigInt const& x)
{
    View a(x);
    // A non-negative value below 2^bits is itself.
    if (!x.is_negative() && bit_length(a.pointer) <= bits)
        return const_cast<BigInt*>(&x);
    if (bits > BigInt::kMaxBits)
        return throw_too_big(vm);
    Mpz result;
    mpz_fdiv_r_2exp(result.value, a.pointer, bits);
    return BigIntBuilder::make(vm.heap(), result.value);
}

// BigInt.asIntN ( bits, bigint ), steps 3-4: mod = ℝ(bigint) modulo 2^bits; mod - 2^bits if
// mod ≥ 2^(bits - 1).
ThrowCompletionOr<BigInt*> bigint_as_int_n(VM& vm, uint64_t bits, BigInt const& x)
{
    View a(x);
    if (bits == 0)
        return BigInt::from_int64(vm.heap(), 0);
    // A value that fits in bits - 1 bits (and a sign) is itself.
    if (bit_length(a.pointer) < bits)
        return const_cast<BigInt*>(&x);
    Mpz result;
    mpz_fdiv_r_2exp(result.value, a.pointer, bits);
    if (mpz_tstbit(result.value, bits - 1)) {
        Mpz power;
        mpz_setbit(power.value, bits);
        mpz_sub(result.value, result.value, power.value);
    }
    return BigIntBuilder::make(vm.heap(), result.value);
}

}
