#include "bytecode/disassembler.h"
#include "bytecode/instruction.h"

#include <cstdio>

namespace sable::bytecode {

std::string disassemble(std::span<uint8_t const> code, ConstantDescriber const& describe_constant)
{
    std::string out;
    char buffer[64];
    for (size_t offset = 0; offset < code.size();) {
        Instruction instruction = Instruction::decode(code, offset);
        OpcodeInfo const& info = bytecode::info(instruction.opcode());
        std::snprintf(buffer, sizeof buffer, "%5zu  ", offset);
        out += buffer;
        if (instruction.scale() == OperandScale::Double)
            out += "Wide.";
        else if (instruction.scale() == OperandScale::Quadruple)
            out += "ExtraWide.";
        out += info.name;
        size_t field = 0;
        for (size_t i = 0; i < info.operand_count; ++i) {
            out += i == 0 ? " " : ", ";
            switch (info.operands[i]) {
            case OperandKind::Reg:
                out += "r" + std::to_string(instruction.field(field++));
                break;
            case OperandKind::RegList: {
                uint32_t first = instruction.field(field++);
                uint32_t count = instruction.field(field++);
                out += count == 0 ? "r" + std::to_string(first) + "-[]" : "r" + std::to_string(first) + "-r" + std::to_string(first + count - 1);
                break;
            }
            case OperandKind::Imm:
                out += "#" + std::to_string(instruction.signed_field(field++));
                break;
            case OperandKind::Const:
            case OperandKind::Atom: {
                uint32_t index = instruction.field(field++);
                out += "[" + std::to_string(index) + "]";
                if (describe_constant)
                    out += " " + describe_constant(index);
                break;
            }
            case OperandKind::Slot:
                out += "slot" + std::to_string(instruction.field(field++));
                break;
            case OperandKind::Label:
                out += "@" + std::to_string(int64_t(offset) + instruction.signed_field(field++));
                break;
            case OperandKind::Count:
            case OperandKind::Flag:
                out += std::to_string(instruction.field(field++));
                break;
            }
        }
        out += "\n";
        offset = instruction.next_offset();
    }
    return out;
}

}
