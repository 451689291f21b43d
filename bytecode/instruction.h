#pragma once
// Decoding one instruction of a bytecode stream (prefix, opcode, operand fields).

#include "bytecode/opcode.h"

#include <cstring>
#include <span>

namespace sable::bytecode {

class Instruction {
public:
    // Decodes the instruction at `offset`, which must be an instruction boundary.
    static Instruction decode(std::span<uint8_t const> code, size_t offset)
    {
        Instruction instruction;
        instruction.m_offset = offset;
        size_t cursor = offset;
        Opcode opcode = Opcode(code[cursor]);
        if (opcode == Opcode::Wide || opcode == Opcode::ExtraWide) {
            instruction.m_scale = opcode == Opcode::Wide ? OperandScale::Double : OperandScale::Quadruple;
            opcode = Opcode(code[++cursor]);
        }
        instruction.m_opcode = opcode;
        instruction.m_operands = code.data() + cursor + 1;
        instruction.m_length = (cursor - offset) + instruction_length(opcode, instruction.m_scale);
        return instruction;
    }

    Opcode opcode() const { return m_opcode; }
    OperandScale scale() const { return m_scale; }
    size_t offset() const { return m_offset; }
    size_t length() const { return m_length; }
    size_t next_offset() const { return m_offset + m_length; }

    // The raw value of encoded field `index` (unsigned).
    uint32_t field(size_t index) const
    {
        uint8_t const* p = m_operands + index * size_t(m_scale);
        switch (m_scale) {
        case OperandScale::Single:
            return p[0];
        case OperandScale::Double: {
            uint16_t value;
            std::memcpy(&value, p, 2);
            return value;
        }
        case OperandScale::Quadruple: {
            uint32_t value;
            std::memcpy(&value, p, 4);
            return value;
        }
        }
        return 0;
    }
    // A signed field (Imm, Label), sign-extended from its width.
    int32_t signed_field(size_t index) const
    {
        uint32_t value = field(index);
        switch (m_scale) {
        case OperandScale::Single:
            return int8_t(value);
        case OperandScale::Double:
            return int16_t(value);
        case OperandScale::Quadruple:
            return int32_t(value);
        }
        return 0;
    }

private:
    Opcode m_opcode { Opcode::Wide };
    OperandScale m_scale { OperandScale::Single };
    size_t m_offset { 0 };
    size_t m_length { 0 };
    uint8_t const* m_operands { nullptr };
};

}
