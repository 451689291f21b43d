#include "bytecode/verifier.h"

#include "bytecode/function_template.h"
#include "bytecode/instruction.h"
#include "runtime/string.h"
#include "runtime/value_array.h"

#include <set>
#include <vector>

namespace sable::bytecode {

namespace {

// Array-index names are index keys, not atoms (generate_expressions.cpp, is_array_index_name).
bool is_index_name(runtime::String const& string)
{
    if (!string.is_flat())
        return false;
    auto view = string.flat_view();
    if (view.length() == 0 || view.length() > 10 || (view.length() > 1 && view.code_unit_at(0) == u'0'))
        return false;
    uint64_t value = 0;
    for (uint32_t i = 0; i < view.length(); ++i) {
        char16_t c = view.code_unit_at(i);
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + uint64_t(c - u'0');
    }
    return value < 0xFFFFFFFFull;
}

// Declarations descriptors (DeclareGlobals, modules) nest function templates in arrays.
void collect_templates(runtime::ValueArray const* array, std::vector<FunctionTemplate const*>& nested, int depth)
{
    for (uint32_t k = 0; k < array->size() && depth < 4; ++k) {
        runtime::Value entry = array->at(k);
        if (!entry.is_internal_cell())
            continue;
        gc::Cell* cell = entry.as_internal_cell();
        if (cell->cell_kind() == gc::CellKind::FunctionTemplate)
            nested.push_back(static_cast<FunctionTemplate const*>(cell));
        else if (cell->cell_kind() == gc::CellKind::ValueArray)
            collect_templates(static_cast<runtime::ValueArray const*>(cell), nested, depth + 1);
    }
}

std::optional<std::string> verify_one(FunctionTemplate const& function, std::vector<FunctionTemplate const*>& nested)
{
    auto code = function.code();
    FunctionTemplateInfo const& info = function.info();
    std::set<size_t> boundaries;
    std::vector<std::pair<size_t, int64_t>> jumps;
    auto problem = [&](size_t offset, std::string const& what) {
        return "at " + std::to_string(offset) + ": " + what;
    };
    if (code.empty())
        return std::string("empty code");
    size_t offset = 0;
    Opcode last = Opcode::Return;
    while (offset < code.size()) {
        boundaries.insert(offset);
        Opcode opcode = Opcode(code[offset]);
        size_t opcode_at = offset + ((opcode == Opcode::Wide || opcode == Opcode::ExtraWide) ? 1 : 0);
        if (opcode_at >= code.size() || size_t(code[opcode_at]) >= kOpcodeCount)
            return problem(offset, "bad opcode");
        Instruction instruction = Instruction::decode(code, offset);
        if (instruction.next_offset() > code.size())
            return problem(offset, "instruction runs past the end");
        OpcodeInfo const& op = bytecode::info(instruction.opcode());
        size_t field = 0;
        for (size_t i = 0; i < op.operand_count; ++i) {
            switch (op.operands[i]) {
            case OperandKind::Reg:
                if (instruction.field(field) >= info.register_count)
                    return problem(offset, std::string(op.name) + ": register out of range");
                ++field;
                break;
            case OperandKind::RegList: {
                uint32_t first = instruction.field(field++);
                uint32_t count = instruction.field(field++);
                if (count && uint64_t(first) + count > info.register_count)
                    return problem(offset, std::string(op.name) + ": register list out of range");
                break;
            }
            case OperandKind::Const:
            case OperandKind::Atom: {
                uint32_t index = instruction.field(field++);
                if (index >= function.constant_count())
                    return problem(offset, std::string(op.name) + ": constant out of range");
                if (op.operands[i] == OperandKind::Atom && !function.constant(index).is_string())
                    return problem(offset, std::string(op.name) + ": atom operand is not a string");
                if (op.operands[i] == OperandKind::Atom && is_index_name(*function.constant(index).as_string()))
                    return problem(offset, std::string(op.name) + ": atom operand names an array index");
                break;
            }
            case OperandKind::Slot:
                if (instruction.field(field++) >= info.feedback_slot_count)
                    return problem(offset, std::string(op.name) + ": slot out of range");
                break;
            case OperandKind::Label:
                jumps.push_back({ offset, int64_t(offset) + instruction.signed_field(field++) });
                break;
            default:
                ++field;
                break;
            }
        }
        last = instruction.opcode();
        offset = instruction.next_offset();
    }
    if (!has_flag(last, opcode_flags::Ends))
        return std::string("the code falls off its end");
    for (auto [from, target] : jumps) {
        if (target < 0 || !boundaries.count(size_t(target)))
            return problem(from, "jump target " + std::to_string(target) + " is not an instruction");
    }
    for (ExceptionHandler const& handler : function.handlers()) {
        if (handler.start > handler.end || !boundaries.count(handler.handler) || handler.environment_register >= info.register_count
            || (handler.start < code.size() && !boundaries.count(handler.start)))
            return std::string("bad exception handler");
    }
    uint32_t previous = 0;
    for (SourcePositionEntry const& entry : function.positions()) {
        if (entry.bytecode_offset < previous || entry.line == 0 || entry.column == 0)
            return std::string("bad source position table");
        previous = entry.bytecode_offset;
    }
    if (info.parameter_count + 1 > info.register_count)
        return std::string("fewer registers than parameters");
    for (uint32_t i = 0; i < function.constant_count(); ++i) {
        runtime::Value value = function.constant(i);
        if (!value.is_internal_cell())
            continue;
        gc::Cell* cell = value.as_internal_cell();
        if (cell->cell_kind() == gc::CellKind::FunctionTemplate) {
            nested.push_back(static_cast<FunctionTemplate const*>(cell));
        } else if (cell->cell_kind() == gc::CellKind::ValueArray) {
            collect_templates(static_cast<runtime::ValueArray const*>(cell), nested, 0);
        }
    }
    return std::nullopt;
}

}

std::optional<std::string> verify_function_template(FunctionTemplate const& function)
{
    std::vector<FunctionTemplate const*> pending { &function };
    while (!pending.empty()) {
        FunctionTemplate const* next = pending.back();
        pending.pop_back();
        if (auto error = verify_one(*next, pending)) {
            std::string name = next->name() ? "a named function" : "an anonymous function";
            return *error + " (in " + name + " at line " + std::to_string(next->info().line) + ")";
        }
    }
    return std::nullopt;
}

}
