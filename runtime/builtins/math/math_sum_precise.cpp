// Math.sumPrecise ( items ) — https://tc39.es/proposal-math-sum/#sec-math.sumprecise
//
// The exact sum of finite doubles is kept in a fixed-point two's-complement integer whose bit 0 is
// 2^-1074 (the smallest subnormal): every double is an integer multiple of it, and 2^53 addends
// of at most 2^1024 fit in kLimbs limbs. The result is that integer rounded once to a double.

#include "runtime/builtins/math/math.h"

#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/vm.h"

#include <bit>
#include <cmath>
#include <cstdint>

namespace sable::runtime::builtins::math {

namespace {

class ExactSum {
public:
    // sum + ℝ(n) for a finite n.
    void add(double n)
    {
        uint64_t bits = std::bit_cast<uint64_t>(n);
        uint64_t exponent = (bits >> 52) & 0x7FF;
        uint64_t mantissa = bits & ((uint64_t(1) << 52) - 1);
        // n = ±mantissa × 2^(shift - 1074).
        uint32_t shift = 0;
        if (exponent != 0) {
            mantissa |= uint64_t(1) << 52;
            shift = uint32_t(exponent - 1);
        }
        uint32_t limb = shift / 64;
        uint32_t offset = shift % 64;
        uint64_t low = mantissa << offset;
        uint64_t high = offset ? mantissa >> (64 - offset) : 0;
        add_at(limb, low, high, std::signbit(n));
    }

    // 𝔽(sum): rounded to nearest, ties to even; ±∞ beyond the largest double.
    double to_double() const
    {
        uint64_t magnitude[kLimbs];
        bool negative = m_limbs[kLimbs - 1] >> 63;
        uint64_t borrow = 1;
        for (uint32_t i = 0; i < kLimbs; ++i) {
            // Two's complement negation: invert, then add one.
            uint64_t limb = negative ? ~m_limbs[i] : m_limbs[i];
            if (negative) {
                uint64_t sum = limb + borrow;
                borrow = sum < limb;
                limb = sum;
            }
            magnitude[i] = limb;
        }
        int top = -1;
        for (int i = kLimbs - 1; i >= 0 && top < 0; --i) {
            if (magnitude[i])
                top = i * 64 + 63 - std::countl_zero(magnitude[i]);
        }
        if (top < 0)
            return 0.0;
        auto bit = [&](int index) { return index >= 0 && ((magnitude[index / 64] >> (index % 64)) & 1); };
        // Below 2^53 units the value is a subnormal or small normal: exact.
        double result;
        if (top < 53) {
            result = std::ldexp(double(magnitude[0]), -1074);
        } else {
            // The 53 bits from `top` down, then round on the next bit and the ones below it.
            uint64_t significand = 0;
            for (int index = top; index > top - 53; --index)
                significand = (significand << 1) | uint64_t(bit(index));
            bool round = bit(top - 53);
            bool sticky = false;
            for (int index = top - 54; index >= 0 && !sticky; --index)
                sticky = bit(index);
            if (round && (sticky || (significand & 1)))
                ++significand;
            result = std::ldexp(double(significand), top - 52 - 1074);
        }
        return negative ? -result : result;
    }

private:
    // 2^-1074 to 2^1024, times up to 2^53 addends, and a sign bit: 2152 bits.
    static constexpr uint32_t kLimbs = 34;

    // Adds (or subtracts) the 128-bit value high:low at limb `limb`, carrying (or borrowing)
    // upwards; the two's complement wraps around at the top.
    void add_at(uint32_t limb, uint64_t low, uint64_t high, bool subtract)
    {
        uint64_t carry = 0;
        for (uint32_t i = limb; i < kLimbs; ++i) {
            uint64_t operand = i == limb ? low : i == limb + 1 ? high : 0;
            if (operand == 0 && carry == 0 && i > limb + 1)
                break;
            uint64_t before = m_limbs[i];
            uint64_t result = subtract ? before - operand - carry : before + operand + carry;
            carry = subtract ? (before < operand || (before == operand && carry)) : (result < before || (result == before && (operand | carry)));
            m_limbs[i] = result;
        }
    }

    uint64_t m_limbs[kLimbs] {};
};

enum class SumState : uint8_t { MinusZero, Finite, PlusInfinity, MinusInfinity, NotANumber };

}

// Math.sumPrecise ( items ) — https://tc39.es/proposal-math-sum/#sec-math.sumprecise
ThrowCompletionOr<Value> sum_precise(VM& vm, Arguments const& arguments)
{
    // 1. Perform ? RequireObjectCoercible(items).
    TRY(require_object_coercible(vm, arguments.at(0)));
    // 2. Let iteratorRecord be ? GetIterator(items, sync).
    IteratorRecord record = TRY(get_iterator(vm, arguments.at(0)));
    // 3. Let state be minus-zero. 4. Let sum be 0. 5. Let count be 0.
    SumState state = SumState::MinusZero;
    ExactSum sum;
    // 7. Repeat, while next is not done,
    for (double count = 1;; ++count) {
        // a. Set next to ? IteratorStepValue(iteratorRecord).
        auto next = TRY(iterator_step_value(vm, record));
        if (!next)
            break;
        // b.i-ii. Set count to count + 1; if count ≥ 2^53, close iteratorRecord with a RangeError.
        if (count >= 9007199254740992.0) {
            (void)vm.throw_range_error(ErrorType::InvalidCount, { "Math.sumPrecise: too many values" });
            return iterator_close_with_throw(vm, record);
        }
        // iv. If next is not a Number, close iteratorRecord with a TypeError.
        if (!next->is_number()) {
            (void)vm.throw_type_error(ErrorType::ValueNotANumber, { "A value of Math.sumPrecise's items" });
            return iterator_close_with_throw(vm, record);
        }
        // v. Let n be next.
        double n = next->as_number();
        // vi. If state is not not-a-number, then
        if (state == SumState::NotANumber)
            continue;
        if (std::isnan(n))
            // 1. If n is NaN, set state to not-a-number.
            state = SumState::NotANumber;
        else if (n == INFINITY)
            // 2. Else if n is +∞: not-a-number after -∞, else plus-infinity.
            state = state == SumState::MinusInfinity ? SumState::NotANumber : SumState::PlusInfinity;
        else if (n == -INFINITY)
            // 3. Else if n is -∞: not-a-number after +∞, else minus-infinity.
            state = state == SumState::PlusInfinity ? SumState::NotANumber : SumState::MinusInfinity;
        else if (!(n == 0 && std::signbit(n)) && (state == SumState::MinusZero || state == SumState::Finite)) {
            // 4. Else if n is not -0 and state is minus-zero or finite: state is finite, sum + ℝ(n).
            state = SumState::Finite;
            sum.add(n);
        }
    }
    // 8-12. NaN, ±∞, -0, or 𝔽(sum).
    switch (state) {
    case SumState::NotANumber:
        return Value::raw_double(std::nan(""));
    case SumState::PlusInfinity:
        return Value::number(INFINITY);
    case SumState::MinusInfinity:
        return Value::number(-INFINITY);
    case SumState::MinusZero:
        return Value::number(-0.0);
    case SumState::Finite:
        break;
    }
    return Value::number(sum.to_double());
}

}
