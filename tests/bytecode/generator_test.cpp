// Unit tests of the bytecode generator: the properties golden files do not show well (eval
// code, jump widening, source positions, GC safety).

#include "bytecode/function_template.h"
#include "bytecode/generator.h"
#include "bytecode/instruction.h"
#include "bytecode/verifier.h"
#include "parser/parser.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <string>
#include <vector>

using namespace sable;

namespace {

struct Compiled {
    std::shared_ptr<parser::SourceFile const> source;
    parser::ParsedProgram parsed;
    bytecode::FunctionTemplate* function { nullptr };
};

Compiled compile(runtime::VM& vm, std::string text, bytecode::FunctionTemplateKind kind = bytecode::FunctionTemplateKind::Script)
{
    Compiled compiled;
    compiled.source = std::make_shared<parser::SourceFile const>("test.js", std::move(text));
    compiled.parsed = parser::parse_program(*compiled.source);
    EXPECT_TRUE(compiled.parsed.ok());
    auto result = bytecode::generate_program(vm, compiled.parsed, compiled.source, kind);
    EXPECT_TRUE(std::holds_alternative<bytecode::FunctionTemplate*>(result));
    if (auto* function = std::get_if<bytecode::FunctionTemplate*>(&result))
        compiled.function = *function;
    return compiled;
}

// Every template of the tree, depth first.
void for_each_template(bytecode::FunctionTemplate const& function, std::function<void(bytecode::FunctionTemplate const&)> const& visit)
{
    visit(function);
    for (uint32_t i = 0; i < function.constant_count(); ++i) {
        runtime::Value value = function.constant(i);
        if (!value.is_internal_cell())
            continue;
        gc::Cell* cell = value.as_internal_cell();
        if (cell->cell_kind() == gc::CellKind::FunctionTemplate)
            for_each_template(*static_cast<bytecode::FunctionTemplate const*>(cell), visit);
        if (cell->cell_kind() == gc::CellKind::ValueArray) {
            auto* array = static_cast<runtime::ValueArray const*>(cell);
            for (uint32_t k = 0; k < array->size(); ++k) {
                if (array->at(k).is_internal_cell() && array->at(k).as_internal_cell()->cell_kind() == gc::CellKind::FunctionTemplate)
                    for_each_template(*static_cast<bytecode::FunctionTemplate const*>(array->at(k).as_internal_cell()), visit);
            }
        }
    }
}

std::vector<bytecode::Instruction> instructions(bytecode::FunctionTemplate const& function)
{
    std::vector<bytecode::Instruction> out;
    for (size_t offset = 0; offset < function.code().size();) {
        out.push_back(bytecode::Instruction::decode(function.code(), offset));
        offset = out.back().next_offset();
    }
    return out;
}

size_t count_opcode(bytecode::FunctionTemplate const& root, bytecode::Opcode opcode)
{
    size_t count = 0;
    for_each_template(root, [&](bytecode::FunctionTemplate const& function) {
        for (auto const& instruction : instructions(function))
            count += instruction.opcode() == opcode;
    });
    return count;
}

}

TEST(Generator, ScriptUsesGlobalOperations)
{
    runtime::VM vm;
    auto compiled = compile(vm, "var a = 1; let b = a; function f() { return a + b; }");
    ASSERT_TRUE(compiled.function);
    EXPECT_FALSE(bytecode::verify_function_template(*compiled.function).has_value());
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::DeclareGlobals), 1u);
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::InitGlobalLexical), 1u);
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::LdaGlobal), 3u);
}

TEST(Generator, EvalCodeLooksNamesUp)
{
    runtime::VM vm;
    auto compiled = compile(vm, "var a = 1; let b = a; function f() { return a + b; } b", bytecode::FunctionTemplateKind::Eval);
    ASSERT_TRUE(compiled.function);
    EXPECT_EQ(compiled.function->kind(), bytecode::FunctionTemplateKind::Eval);
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::LdaGlobal), 0u);
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::StaGlobal), 0u);
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::InitLookup), 1u);
    EXPECT_GE(count_opcode(*compiled.function, bytecode::Opcode::LdaLookup), 3u);
}

TEST(Generator, LongJumpsAreWidened)
{
    runtime::VM vm;
    std::string body;
    for (int i = 0; i < 200; ++i)
        body += "x = x + " + std::to_string(i) + ";\n";
    auto compiled = compile(vm, "var x = 0; if (x) {\n" + body + "}\n");
    ASSERT_TRUE(compiled.function);
    EXPECT_FALSE(bytecode::verify_function_template(*compiled.function).has_value());
    bool wide_jump = false;
    for (auto const& instruction : instructions(*compiled.function))
        wide_jump = wide_jump || (instruction.opcode() == bytecode::Opcode::JumpIfFalse && instruction.scale() != bytecode::OperandScale::Single);
    EXPECT_TRUE(wide_jump);
}

TEST(Generator, ThrowingInstructionsHaveSourcePositions)
{
    runtime::VM vm;
    auto compiled = compile(vm, "function f(o) {\n  let y = 1;\n  return   o.missing.deeper;\n}");
    ASSERT_TRUE(compiled.function);
    bytecode::FunctionTemplate const* inner = nullptr;
    for_each_template(*compiled.function, [&](bytecode::FunctionTemplate const& function) {
        if (&function != compiled.function)
            inner = &function;
    });
    ASSERT_TRUE(inner);
    std::vector<uint32_t> columns;
    for (auto const& instruction : instructions(*inner)) {
        if (instruction.opcode() == bytecode::Opcode::GetNamed) {
            auto position = inner->position_at(uint32_t(instruction.offset()));
            EXPECT_EQ(position.line, 3u);
            columns.push_back(position.column);
        }
    }
    ASSERT_EQ(columns.size(), 2u);
    EXPECT_EQ(columns[0], 12u); // o.missing starts at `o`
}

TEST(Generator, ArrowsReadThisThroughTheHiddenEnvironment)
{
    runtime::VM vm;
    auto compiled = compile(vm, "function f() { return () => this; }");
    ASSERT_TRUE(compiled.function);
    // f pushes the hidden environment; the arrow reads slot 0 one environment up.
    size_t pushes = count_opcode(*compiled.function, bytecode::Opcode::PushBlockEnv);
    EXPECT_EQ(pushes, 1u);
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::LdaEnv), 1u);
}

TEST(Generator, SurvivesCollectionsAtEveryAllocation)
{
    gc::HeapOptions options;
    options.stress_interval = 1;
    runtime::VM vm(options);
    auto compiled = compile(vm, R"(
        class A { #x = 1; static s = 2; m() { return this.#x; } get g() { return 1; } }
        function* gen(a, { b } = {}, ...rest) { for (const v of rest) yield v; try { yield* a; } finally { } }
        async function f(x) { for await (const y of x) await y; return `t${x}`; }
        const o = { a: [1, , ...[2]], [Symbol.iterator]: () => 1, s: /re/g, n: 10n };
    )");
    ASSERT_TRUE(compiled.function);
    vm.heap().collect(gc::CollectionKind::Full);
    EXPECT_FALSE(bytecode::verify_function_template(*compiled.function).has_value());
}

TEST(Generator, UnsupportedConstructsThrowWhenReached)
{
    runtime::VM vm;
    auto compiled = compile(vm, "function f() { class C { @logged m() {} } }");
    ASSERT_TRUE(compiled.function);
    EXPECT_EQ(count_opcode(*compiled.function, bytecode::Opcode::ThrowTypeError), 1u);
}
