#pragma once
// How gc/ reads a NaN-boxed runtime::Value from its bits, without depending on runtime/
// (runtime/value.h is the definition; tests/gc checks that the two agree). Tags from
// kFirstCellTag up hold a Cell pointer in the low kPayloadBits bits.

#include <cstdint>

namespace sable::gc {

inline constexpr int kValueTagShift = 47;
inline constexpr uint64_t kValuePayloadMask = (uint64_t(1) << kValueTagShift) - 1;
inline constexpr uint64_t kFirstCellTag = 0x1FFF6;

inline bool value_bits_hold_cell(uint64_t bits) { return (bits >> kValueTagShift) >= kFirstCellTag; }
inline uintptr_t value_bits_payload(uint64_t bits) { return uintptr_t(bits & kValuePayloadMask); }

}
