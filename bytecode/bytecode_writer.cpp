#include "bytecode/bytecode_writer.h"
#include "bytecode/instruction.h"

#include <algorithm>
#include <array>
#include <cassert>
#include <cstring>
#include <limits>

namespace sable::bytecode {

namespace {

bool fits(OperandValue value, OperandScale scale, bool is_signed)
{
    switch (scale) {
    case OperandScale::Single:
        return is_signed ? value >= INT8_MIN && value <= INT8_MAX : value >= 0 && value <= UINT8_MAX;
    case OperandScale::Double:
        return is_signed ? value >= INT16_MIN && value <= INT16_MAX : value >= 0 && value <= UINT16_MAX;
    case OperandScale::Quadruple:
        return is_signed ? value >= INT32_MIN && value <= INT32_MAX : value >= 0 && value <= UINT32_MAX;
    }
    return false;
}

// The operand kind of encoded field `index` (a RegList covers two fields).
OperandKind field_kind(OpcodeInfo const& info, size_t index)
{
    size_t field = 0;
    for (size_t i = 0; i < info.operand_count; ++i) {
        size_t width = info.operands[i] == OperandKind::RegList ? 2 : 1;
        if (index < field + width)
            return info.operands[i] == OperandKind::RegList && index == field + 1 ? OperandKind::Count : info.operands[i];
        field += width;
    }
    return OperandKind::Count;
}

}

// The narrowest scale whose fields hold every value: signed fields (Imm, Label) as int8/16/32,
// the others as uint8/16/32.
OperandScale BytecodeWriter::scale_for(Opcode opcode, std::span<OperandValue const> fields)
{
    uint8_t signed_fields = bytecode::info(opcode).signed_fields;
    OperandScale scale = OperandScale::Single;
    for (size_t index = 0; index < fields.size(); ++index) {
        OperandValue value = fields[index];
        bool is_signed = (signed_fields >> index) & 1;
        if (fits(value, OperandScale::Single, is_signed))
            continue;
        if (!fits(value, OperandScale::Double, is_signed))
            return OperandScale::Quadruple;
        scale = OperandScale::Double;
    }
    return scale;
}

// Writes the prefix for `scale`, the opcode and its fields (little-endian, `scale` bytes each).
void BytecodeWriter::write_instruction(Opcode opcode, OperandScale scale, std::span<OperandValue const> fields)
{
    uint8_t bytes[2 + 2 * kMaxOperands * 4];
    uint8_t* out = bytes;
    if (scale != OperandScale::Single)
        *out++ = uint8_t(scale == OperandScale::Double ? Opcode::Wide : Opcode::ExtraWide);
    *out++ = uint8_t(opcode);
    for (OperandValue value : fields) {
        auto raw = static_cast<uint32_t>(value);
        if (scale == OperandScale::Single) {
            *out++ = uint8_t(raw);
            continue;
        }
        std::memcpy(out, &raw, size_t(scale));
        out += size_t(scale);
    }
    m_code.insert(m_code.end(), bytes, out);
}

void BytecodeWriter::emit(Opcode opcode, std::initializer_list<OperandValue> fields)
{
    assert(fields.size() == info(opcode).field_count);
    std::span<OperandValue const> values(fields.begin(), fields.size());
    write_instruction(opcode, scale_for(opcode, values), values);
}

void BytecodeWriter::emit_jump(Opcode opcode, Label& label, std::initializer_list<OperandValue> other_fields)
{
    OpcodeInfo const& info = bytecode::info(opcode);
    assert(has_flag(opcode, opcode_flags::Jumps) && other_fields.size() + 1 == info.field_count);
    size_t instruction_offset = m_code.size();
    // Backward jumps know their offset; forward ones get the writer's jump scale, or wider if
    // another operand needs it.
    OperandValue placeholder = label.is_bound() ? label.offset() - int64_t(instruction_offset) : 0;
    std::array<OperandValue, 2 * kMaxOperands> storage;
    std::span<OperandValue> fields(storage.data(), info.field_count);
    for (size_t i = 0, other = 0; i < fields.size(); ++i)
        fields[i] = field_kind(info, i) == OperandKind::Label ? placeholder : other_fields.begin()[other++];
    OperandScale scale = std::max(label.is_bound() ? OperandScale::Single : m_jump_scale, scale_for(opcode, fields));
    // Offsets count from the instruction's first byte (its prefix), so a backward offset does not
    // change with the scale chosen above.
    write_instruction(opcode, scale, fields);
    if (!label.is_bound()) {
        label.m_uses.push_back(instruction_offset);
        ++m_unresolved;
    }
}

// Patches the jumps waiting for the label now, so a label only has to live until it is bound.
void BytecodeWriter::bind(Label& label)
{
    assert(!label.is_bound());
    label.m_offset = int64_t(m_code.size());
    for (size_t use : label.m_uses)
        patch_jump(use, label.m_offset);
    m_unresolved -= label.m_uses.size();
    label.m_uses.clear();
}

void BytecodeWriter::patch_jump(size_t instruction_offset, int64_t target)
{
    Instruction instruction = Instruction::decode(m_code, instruction_offset);
    OpcodeInfo const& info = bytecode::info(instruction.opcode());
    int64_t offset = target - int64_t(instruction_offset);
    for (size_t i = 0; i < info.field_count; ++i) {
        if (field_kind(info, i) != OperandKind::Label)
            continue;
        if (!fits(offset, instruction.scale(), true)) {
            m_overflow = true;
            return;
        }
        size_t prefix = instruction.scale() == OperandScale::Single ? 0 : 1;
        size_t position = instruction_offset + prefix + 1 + i * size_t(instruction.scale());
        auto raw = static_cast<uint32_t>(offset);
        std::memcpy(&m_code[position], &raw, size_t(instruction.scale()));
    }
}

bool BytecodeWriter::finish()
{
    assert(m_unresolved == 0 && "a jump targets a label that was never bound");
    return !m_overflow && m_unresolved == 0;
}

}
