#include "bytecode/bytecode_writer.h"
#include "bytecode/disassembler.h"
#include "bytecode/instruction.h"

#include <gtest/gtest.h>

using namespace sable::bytecode;

namespace {

std::string disassemble_writer(BytecodeWriter& writer)
{
    EXPECT_TRUE(writer.finish());
    std::vector<uint8_t> code = writer.take_code();
    return disassemble(code, [](uint32_t index) { return "k" + std::to_string(index); });
}

}

TEST(Opcodes, TablesComeFromTheDefList)
{
    EXPECT_STREQ(name(Opcode::Add), "Add");
    EXPECT_EQ(info(Opcode::Add).operand_count, 2u);
    EXPECT_EQ(info(Opcode::Add).operands[0], OperandKind::Reg);
    EXPECT_EQ(info(Opcode::Add).operands[1], OperandKind::Slot);
    EXPECT_TRUE(has_flag(Opcode::Add, opcode_flags::Throws));
    EXPECT_FALSE(has_flag(Opcode::Ldar, opcode_flags::Throws));
    EXPECT_TRUE(has_flag(Opcode::JumpIfFalse, opcode_flags::Jumps));
    EXPECT_TRUE(has_flag(Opcode::Return, opcode_flags::Ends));
    // A RegList operand takes two encoded fields.
    EXPECT_EQ(info(Opcode::Call).operand_count, 3u);
    EXPECT_EQ(info(Opcode::Call).field_count, 4u);
    EXPECT_EQ(instruction_length(Opcode::Call, OperandScale::Double), 9u);
}

TEST(BytecodeWriter, ChoosesTheNarrowestScalePerInstruction)
{
    BytecodeWriter writer;
    writer.emit(Opcode::LdaSmi, { 5 });
    writer.emit(Opcode::LdaSmi, { -200 });
    writer.emit(Opcode::LdaSmi, { 100000 });
    writer.emit(Opcode::Star, { 300 });
    writer.emit(Opcode::Return, {});
    EXPECT_EQ(disassemble_writer(writer),
        "    0  LdaSmi #5\n"
        "    2  Wide.LdaSmi #-200\n"
        "    6  ExtraWide.LdaSmi #100000\n"
        "   12  Wide.Star r300\n"
        "   16  Return\n");
}

TEST(BytecodeWriter, ResolvesForwardAndBackwardJumps)
{
    BytecodeWriter writer;
    Label loop_start;
    Label done;
    writer.bind(loop_start);
    writer.emit(Opcode::Ldar, { 1 });
    writer.emit_jump(Opcode::JumpIfFalse, done);
    writer.emit(Opcode::Inc, { 0 });
    writer.emit_jump(Opcode::Loop, loop_start, { 3 });
    writer.bind(done);
    writer.emit(Opcode::Return, {});
    EXPECT_EQ(disassemble_writer(writer),
        "    0  Ldar r1\n"
        "    2  JumpIfFalse @9\n"
        "    4  Inc slot0\n"
        "    6  Loop @0, slot3\n"
        "    9  Return\n");
}

TEST(BytecodeWriter, ReportsForwardJumpsThatOutgrowTheirWidth)
{
    for (OperandScale scale : { OperandScale::Single, OperandScale::Double }) {
        BytecodeWriter writer(scale);
        Label done;
        writer.emit_jump(Opcode::Jump, done);
        for (int i = 0; i < 100; ++i)
            writer.emit(Opcode::Ldar, { 1 });
        writer.bind(done);
        writer.emit(Opcode::Return, {});
        // 200 bytes of Ldar: too far for an 8-bit offset, fine for a 16-bit one.
        EXPECT_EQ(writer.finish(), scale == OperandScale::Double);
        if (scale == OperandScale::Double) {
            std::vector<uint8_t> code = writer.take_code();
            Instruction jump = Instruction::decode(code, 0);
            EXPECT_EQ(jump.opcode(), Opcode::Jump);
            EXPECT_EQ(jump.signed_field(0), 204);
        }
    }
}

TEST(BytecodeWriter, BackwardJumpsWidenWhenFar)
{
    BytecodeWriter writer;
    Label start;
    writer.bind(start);
    for (int i = 0; i < 100; ++i)
        writer.emit(Opcode::Ldar, { 1 });
    writer.emit_jump(Opcode::Jump, start);
    ASSERT_TRUE(writer.finish());
    std::vector<uint8_t> code = writer.take_code();
    Instruction jump = Instruction::decode(code, 200);
    EXPECT_EQ(jump.scale(), OperandScale::Double);
    EXPECT_EQ(int64_t(jump.offset()) + jump.signed_field(0), 0);
}

TEST(Instruction, DecodesRegisterListsAndPrefixes)
{
    BytecodeWriter writer;
    writer.emit(Opcode::Call, { 4, 5, 3, 7 });
    writer.emit(Opcode::Call, { 4, 500, 3, 7 });
    ASSERT_TRUE(writer.finish());
    std::vector<uint8_t> code = writer.take_code();
    EXPECT_EQ(disassemble(code), "    0  Call r4, r5-r7, slot7\n    5  Wide.Call r4, r500-r502, slot7\n");
}
