#include "runtime/builtins/typed_array/typed_array_element.h"

#include "runtime/abstract_operations.h"
#include "runtime/bigint.h"
#include "runtime/error_types.h"
#include "runtime/vm.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace sable::runtime {

uint32_t element_size(TypedArrayType type)
{
    switch (type) {
#define TYPED_ARRAY_TYPE(type, snake_name, name, size) \
    case TypedArrayType::type:                         \
        return size;
#include "runtime/builtins/typed_array/typed_array_types.def"
    }
    return 1;
}

std::string_view typed_array_name(TypedArrayType type)
{
    switch (type) {
#define TYPED_ARRAY_TYPE(type, snake_name, name, size) \
    case TypedArrayType::type:                         \
        return name;
#include "runtime/builtins/typed_array/typed_array_types.def"
    }
    return {};
}

uint16_t double_to_float16_bits(double value)
{
    // roundTiesToEven straight from the double (going through float would round twice).
    uint16_t sign = std::signbit(value) ? 0x8000 : 0;
    if (std::isnan(value))
        return 0x7E00;
    double magnitude = std::fabs(value);
    // 65520 is halfway between the largest finite half (65504) and 2^16: ties go to the even
    // neighbour, which is infinity.
    if (magnitude >= 65520.0)
        return sign | 0x7C00;
    if (magnitude < 0x1p-14) {
        // Subnormal (or zero): units of 2^-24; the scaling is exact, nearbyint rounds to even
        // (the default rounding mode). 1024 units is the smallest normal, encoded the same way.
        return sign | uint16_t(std::nearbyint(magnitude * 0x1p24));
    }
    int exponent = std::ilogb(magnitude);
    double mantissa = std::nearbyint(std::ldexp(magnitude, 10 - exponent));
    if (mantissa == 2048.0) {
        mantissa = 1024.0;
        ++exponent;
    }
    if (exponent > 15)
        return sign | 0x7C00;
    return sign | uint16_t((exponent + 15) << 10) | uint16_t(int(mantissa) - 1024);
}

double float16_bits_to_double(uint16_t bits)
{
    double sign = (bits & 0x8000) ? -1.0 : 1.0;
    int exponent = (bits >> 10) & 0x1F;
    int mantissa = bits & 0x3FF;
    if (exponent == 0x1F)
        return mantissa ? std::nan("") : sign * INFINITY;
    if (exponent == 0)
        return sign * std::ldexp(double(mantissa), -24);
    return sign * std::ldexp(double(mantissa + 1024), exponent - 25);
}

ThrowCompletionOr<Value> to_element_numeric(VM& vm, TypedArrayType type, Value value)
{
    // If type is BigInt64 or BigUint64: ? ToBigInt(value).
    if (is_bigint_type(type))
        return Value::bigint(TRY(to_bigint(vm, value)));
    // Otherwise ? ToNumber(value).
    if (value.is_number())
        return value;
    return Value::number(TRY(to_number(vm, value)));
}

namespace {

template<typename T>
void store(uint8_t* bytes, T value)
{
    std::memcpy(bytes, &value, sizeof(T));
}

template<typename T>
T load(uint8_t const* bytes)
{
    T value;
    std::memcpy(&value, bytes, sizeof(T));
    return value;
}

// ToUint8Clamp on a Number.
uint8_t number_to_uint8_clamp(double number)
{
    // 2. If number is NaN, return +0𝔽. 3. If ℝ(number) ≤ 0, return +0𝔽.
    if (!(number > 0))
        return 0;
    // 4. If ℝ(number) ≥ 255, return 255𝔽.
    if (number >= 255)
        return 255;
    // 5-10. Round to nearest, ties to even.
    return uint8_t(std::nearbyint(number));
}

}

// NumericToRawBytes ( type, value, isLittleEndian ) — https://tc39.es/ecma262/#sec-numerictorawbytes
void store_element(TypedArrayType type, uint8_t* bytes, Value numeric)
{
    // Fast path: an int32 needs no double conversion for the integer types.
    if (numeric.is_int32()) {
        int32_t integer = numeric.as_int32();
        switch (type) {
        case TypedArrayType::Int8:
        case TypedArrayType::Uint8:
            return store<uint8_t>(bytes, uint8_t(integer));
        case TypedArrayType::Int16:
        case TypedArrayType::Uint16:
            return store<uint16_t>(bytes, uint16_t(integer));
        case TypedArrayType::Int32:
        case TypedArrayType::Uint32:
            return store<uint32_t>(bytes, uint32_t(integer));
        default:
            break;
        }
    }
    // BigInt64 and BigUint64: ToBigInt64 / ToBigUint64, the value modulo 2^64.
    if (numeric.is_bigint())
        return store<uint64_t>(bytes, bigint_to_uint64(*numeric.as_bigint()));
    double number = numeric.as_number();
    switch (type) {
    // 1. If type is Float16: the binary16 encoding (roundTiesToEven).
    case TypedArrayType::Float16:
        return store<uint16_t>(bytes, double_to_float16_bits(number));
    // 2. If type is Float32: the binary32 encoding (roundTiesToEven).
    case TypedArrayType::Float32:
        return store<float>(bytes, float(number));
    // 3. If type is Float64: the binary64 encoding.
    case TypedArrayType::Float64:
        return store<double>(bytes, number);
    // 4. Otherwise: the type's conversion operation (ToInt8, ToUint8Clamp...), then its bytes.
    case TypedArrayType::Int8:
    case TypedArrayType::Uint8:
        return store<uint8_t>(bytes, uint8_t(number_to_int32(number)));
    case TypedArrayType::Uint8Clamped:
        return store<uint8_t>(bytes, number_to_uint8_clamp(number));
    case TypedArrayType::Int16:
    case TypedArrayType::Uint16:
        return store<uint16_t>(bytes, uint16_t(number_to_int32(number)));
    case TypedArrayType::Int32:
    case TypedArrayType::Uint32:
        return store<uint32_t>(bytes, number_to_uint32(number));
    case TypedArrayType::BigInt64:
    case TypedArrayType::BigUint64:
        break; // stored above

    }
}

// RawBytesToNumeric ( type, rawBytes, isLittleEndian ) — https://tc39.es/ecma262/#sec-rawbytestonumeric
ThrowCompletionOr<Value> load_element(VM& vm, TypedArrayType type, uint8_t const* bytes)
{
    switch (type) {
    case TypedArrayType::Int8:
        return Value::int32(load<int8_t>(bytes));
    case TypedArrayType::Uint8:
    case TypedArrayType::Uint8Clamped:
        return Value::int32(load<uint8_t>(bytes));
    case TypedArrayType::Int16:
        return Value::int32(load<int16_t>(bytes));
    case TypedArrayType::Uint16:
        return Value::int32(load<uint16_t>(bytes));
    case TypedArrayType::Int32:
        return Value::int32(load<int32_t>(bytes));
    case TypedArrayType::Uint32:
        return Value::number(double(load<uint32_t>(bytes)));
    // 3-5. Float16/Float32/Float64: the value the bytes encode (NaN for any NaN encoding).
    case TypedArrayType::Float16:
        return Value::number(float16_bits_to_double(load<uint16_t>(bytes)));
    case TypedArrayType::Float32:
        return Value::number(double(load<float>(bytes)));
    case TypedArrayType::Float64:
        return Value::number(load<double>(bytes));
    // 7. BigInt types: the BigInt the bytes encode.
    case TypedArrayType::BigInt64:
        return Value::bigint(BigInt::from_int64(vm.heap(), load<int64_t>(bytes)));
    case TypedArrayType::BigUint64:
        return Value::bigint(BigInt::from_uint64(vm.heap(), load<uint64_t>(bytes)));
    }
    return Value::undefined();
}

}
