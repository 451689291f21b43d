#pragma once
// Emits instructions into a byte vector, choosing the narrowest operand scale that fits each
// instruction, and resolves jump labels.
//
// Forward jumps are emitted before their target is known, so their width is fixed when they
// are written: `jump_scale` (Single by default). finish() reports a jump whose offset does not
// fit; the generator then regenerates the function with a wider jump scale.

#include "bytecode/opcode.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace sable::bytecode {

class Label {
public:
    bool is_bound() const { return m_offset >= 0; }
    int64_t offset() const { return m_offset; }

private:
    friend class BytecodeWriter;
    int64_t m_offset { -1 };
    std::vector<size_t> m_uses; // instruction offsets of jumps waiting for this label
};

// One operand value as the generator gives it (a RegList is given as two values).
using OperandValue = int64_t;

class BytecodeWriter {
public:
    explicit BytecodeWriter(OperandScale jump_scale = OperandScale::Single)
        : m_jump_scale(jump_scale)
    {
    }

    // Emits `opcode` with its operand fields (RegList operands as two values: first, count).
    void emit(Opcode opcode, std::initializer_list<OperandValue> fields);
    // Emits a jump-like instruction whose Label operand refers to `label`; other fields as in emit().
    void emit_jump(Opcode opcode, Label& label, std::initializer_list<OperandValue> other_fields = {});
    void bind(Label& label);

    size_t offset() const { return m_code.size(); }
    // Whether every jump was resolved (labels patch their jumps when bound) and fits the width it
    // was written with; false otherwise.
    [[nodiscard]] bool finish();
    std::vector<uint8_t> take_code() { return std::move(m_code); }
    OperandScale jump_scale() const { return m_jump_scale; }

private:
    static OperandScale scale_for(Opcode, std::span<OperandValue const> fields);
    void write_instruction(Opcode, OperandScale, std::span<OperandValue const> fields);
    void patch_jump(size_t instruction_offset, int64_t target);

    OperandScale m_jump_scale;
    std::vector<uint8_t> m_code;
    size_t m_unresolved { 0 }; // jumps to labels not bound yet
    bool m_overflow { false };
};

}
