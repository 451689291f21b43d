#pragma once
// TypedArray element types and the conversions between Numbers and raw bytes
// (ECMA-262 25.1.3.15 RawBytesToNumeric, 25.1.3.18 NumericToRawBytes, and the conversion
// operations of table "The TypedArray Constructors"). Byte order is the host's (little-endian
// on every target Sable builds for); DataView swaps bytes itself when asked for the other.
// BigInt64/BigUint64 elements convert through runtime/bigint.h.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <string_view>

namespace sable::runtime {

class VM;

enum class TypedArrayType : uint8_t {
#define TYPED_ARRAY_TYPE(type, snake_name, name, size) type,
#include "runtime/builtins/typed_array/typed_array_types.def"
};

inline constexpr uint32_t kTypedArrayTypeCount = 12;

// The Element Size column.
uint32_t element_size(TypedArrayType);
// The constructor's name ("Int8Array"): [[TypedArrayName]].
std::string_view typed_array_name(TypedArrayType);
// [[ContentType]] is BigInt.
inline bool is_bigint_type(TypedArrayType type) { return type == TypedArrayType::BigInt64 || type == TypedArrayType::BigUint64; }

// The conversion before a store: ToNumber (ToBigInt for the BigInt types, which throws).
ThrowCompletionOr<Value> to_element_numeric(VM&, TypedArrayType, Value);
// NumericToRawBytes ( type, value, isLittleEndian ) with the host's byte order, written to
// `bytes`; `numeric` is what to_element_numeric returned.
void store_element(TypedArrayType, uint8_t* bytes, Value numeric);
// RawBytesToNumeric ( type, rawBytes, isLittleEndian ) with the host's byte order.
ThrowCompletionOr<Value> load_element(VM&, TypedArrayType, uint8_t const* bytes);

// IEEE 754 binary16 conversions (roundTiesToEven), for Float16 elements and Math.f16round.
uint16_t double_to_float16_bits(double);
double float16_bits_to_double(uint16_t);

}
