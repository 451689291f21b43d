#pragma once
// Opcodes, operand kinds and per-opcode tables, all generated from bytecode/opcodes.def.
//
// Encoding: an instruction is its opcode byte followed by its operand fields. Each field is
// one byte, or two / four bytes after a Wide / ExtraWide prefix (the prefix widens every field
// of the one instruction that follows). A RegList operand takes two fields: first register,
// then count.

#include <array>
#include <cstdint>
#include <span>

namespace sable::bytecode {

enum class Opcode : uint8_t {
#define OPCODE(name, flags, ...) name,
#include "bytecode/opcodes.def"
};

constexpr size_t kOpcodeCount = 0
#define OPCODE(name, flags, ...) +1
#include "bytecode/opcodes.def"
    ;

enum class OperandKind : uint8_t {
    Reg,     // a frame register
    RegList, // first register and count (two fields)
    Imm,     // signed immediate
    Const,   // constant-pool index
    Atom,    // constant-pool index of a property name
    Slot,    // feedback-vector slot
    Label,   // signed jump offset, relative to the start of the instruction (prefix included)
    Count,   // unsigned small number
    Flag,    // small enumeration, meaning given by the opcode
};

// Opcode flags (combined with `|` in opcodes.def).
namespace opcode_flags {
constexpr uint8_t None = 0;
constexpr uint8_t Throws = 1 << 0;   // may throw
constexpr uint8_t Jumps = 1 << 1;    // has a Label operand
constexpr uint8_t Ends = 1 << 2;     // control does not fall through
constexpr uint8_t Suspends = 1 << 3; // a generator/async suspension point
}

constexpr size_t kMaxOperands = 4;

struct OpcodeInfo {
    char const* name;
    uint8_t flags;
    uint8_t operand_count; // logical operands (a RegList counts once)
    std::array<OperandKind, kMaxOperands> operands;
    uint8_t field_count;   // encoded fields (a RegList counts twice)
    uint8_t signed_fields; // bit i: encoded field i is signed (an Imm or a Label)
};

namespace detail {
template<typename... Kinds>
constexpr OpcodeInfo make_info(char const* name, uint8_t flags, Kinds... kinds)
{
    OpcodeInfo info { name, flags, uint8_t(sizeof...(kinds)), { kinds... }, 0, 0 };
    for (size_t i = 0; i < info.operand_count; ++i) {
        if (info.operands[i] == OperandKind::Imm || info.operands[i] == OperandKind::Label)
            info.signed_fields |= uint8_t(1u << info.field_count);
        info.field_count += info.operands[i] == OperandKind::RegList ? 2 : 1;
    }
    return info;
}
}

inline constexpr std::array<OpcodeInfo, kOpcodeCount> kOpcodeInfo = {
#define OPCODE(name, flags, ...)                                                      \
    [] {                                                                              \
        using enum OperandKind;                                                       \
        using namespace opcode_flags;                                                 \
        return detail::make_info(#name, uint8_t(flags) __VA_OPT__(, ) __VA_ARGS__);   \
    }(),
#include "bytecode/opcodes.def"
};

constexpr OpcodeInfo const& info(Opcode opcode) { return kOpcodeInfo[size_t(opcode)]; }
constexpr char const* name(Opcode opcode) { return info(opcode).name; }
constexpr bool has_flag(Opcode opcode, uint8_t flag) { return (info(opcode).flags & flag) != 0; }

// Bytes per operand field for a prefix: 1, 2 (Wide) or 4 (ExtraWide).
enum class OperandScale : uint8_t { Single = 1, Double = 2, Quadruple = 4 };

// Length of an instruction without its prefix.
constexpr size_t instruction_length(Opcode opcode, OperandScale scale)
{
    return 1 + size_t(info(opcode).field_count) * size_t(scale);
}

}
