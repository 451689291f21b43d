#include "bytecode/template_printer.h"

#include "bytecode/disassembler.h"
#include "bytecode/function_template.h"
#include "bytecode/global_declarations.h"
#include "runtime/bigint.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/value_array.h"

#include <cmath>
#include <cstdio>
#include <vector>

namespace sable::bytecode {

char const* function_template_kind_name(uint8_t kind)
{
    static constexpr char const* kNames[] = { "Script", "Module", "Eval", "Normal", "Arrow", "Method", "Getter", "Setter",
        "ClassConstructor", "DerivedClassConstructor", "ClassFieldInitializer", "ClassStaticBlock" };
    return kind < std::size(kNames) ? kNames[kind] : "?";
}

namespace {

std::string quoted(gc::Heap& heap, runtime::String* string)
{
    std::string text = string->to_utf8(heap);
    std::string out = "\"";
    for (char c : text) {
        if (c == '\n')
            out += "\\n";
        else if (c == '"' || c == '\\')
            out += std::string("\\") + c;
        else
            out += c;
    }
    return out + "\"";
}

std::string number_text(double number)
{
    if (std::isnan(number))
        return "NaN";
    if (std::isinf(number))
        return number < 0 ? "-Infinity" : "Infinity";
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.17g", number);
    // The shortest of %.15g..%.17g that reads back exactly.
    for (int precision = 1; precision <= 17; ++precision) {
        std::snprintf(buffer, sizeof buffer, "%.*g", precision, number);
        if (std::strtod(buffer, nullptr) == number)
            break;
    }
    return buffer;
}

char const* scope_kind_name(runtime::ScopeDescriptor::Kind kind)
{
    switch (kind) {
    case runtime::ScopeDescriptor::Kind::Function: return "function";
    case runtime::ScopeDescriptor::Kind::FunctionParameters: return "function-parameters";
    case runtime::ScopeDescriptor::Kind::FunctionBody: return "function-body";
    case runtime::ScopeDescriptor::Kind::Block: return "block";
    case runtime::ScopeDescriptor::Kind::Catch: return "catch";
    case runtime::ScopeDescriptor::Kind::Class: return "class";
    case runtime::ScopeDescriptor::Kind::Module: return "module";
    case runtime::ScopeDescriptor::Kind::Eval: return "eval";
    }
    return "?";
}

struct Printer {
    gc::Heap& heap;
    std::string out;
    std::vector<FunctionTemplate const*> nested;

    std::string describe_value(runtime::Value value)
    {
        if (value.is_number())
            return number_text(value.as_number());
        if (value.is_string())
            return quoted(heap, value.as_string());
        if (value.is_undefined())
            return "undefined";
        if (value.is_boolean())
            return value.as_bool() ? "true" : "false";
        if (value.is_null())
            return "null";
        if (value.is_bigint())
            return runtime::bigint_to_text(*value.as_bigint()) + "n";
        if (value.is_internal_cell()) {
            gc::Cell* cell = value.as_internal_cell();
            switch (cell->cell_kind()) {
            case gc::CellKind::FunctionTemplate: {
                auto* function = static_cast<FunctionTemplate const*>(cell);
                return std::string("<function ") + (function->name() ? function->name()->to_utf8(heap) : "(anonymous)") + ">";
            }
            case gc::CellKind::ScopeDescriptor: {
                auto* scope = static_cast<runtime::ScopeDescriptor const*>(cell);
                std::string text = std::string("<scope ") + scope_kind_name(scope->kind()) + " [";
                for (uint32_t i = 0; i < scope->slot_count(); ++i) {
                    auto const& binding = scope->binding(i);
                    text += (i ? ", " : "") + binding.name->to_utf8(heap);
                    if (binding.flags & runtime::ScopeDescriptor::kLexical)
                        text += (binding.flags & runtime::ScopeDescriptor::kMutable) ? "(let)" : "(const)";
                    if (binding.flags & runtime::ScopeDescriptor::kSloppyReadOnly)
                        text += "(readonly)";
                }
                return text + "]>";
            }
            case gc::CellKind::ValueArray: {
                auto* array = static_cast<runtime::ValueArray const*>(cell);
                std::string text = "<array [";
                for (uint32_t i = 0; i < array->size(); ++i) {
                    text += (i ? ", " : "");
                    text += describe_value(array->at(i));
                }
                return text + "]>";
            }
            default:
                return "<cell>";
            }
        }
        return "<value>";
    }

    void collect_templates(runtime::ValueArray const* array, int depth)
    {
        for (uint32_t k = 0; k < array->size() && depth < 4; ++k) {
            runtime::Value entry = array->at(k);
            if (!entry.is_internal_cell())
                continue;
            gc::Cell* cell = entry.as_internal_cell();
            if (cell->cell_kind() == gc::CellKind::FunctionTemplate)
                nested.push_back(static_cast<FunctionTemplate const*>(cell));
            else if (cell->cell_kind() == gc::CellKind::ValueArray)
                collect_templates(static_cast<runtime::ValueArray const*>(cell), depth + 1);
        }
    }

    void print(FunctionTemplate const& function)
    {
        FunctionTemplateInfo const& info = function.info();
        out += "== " + (function.name() ? function.name()->to_utf8(heap) : std::string("(anonymous)"));
        out += std::string(" [") + function_template_kind_name(uint8_t(info.kind)) + (info.is_strict ? ", strict" : "")
            + (info.is_generator ? ", generator" : "") + (info.is_async ? ", async" : "")
            + (info.uses_arguments ? ", arguments" : "") + "]\n";
        out += "   parameters " + std::to_string(info.parameter_count) + ", registers " + std::to_string(info.register_count)
            + ", slots " + std::to_string(info.feedback_slot_count) + ", length " + std::to_string(info.expected_argument_count)
            + ", line " + std::to_string(info.line) + ":" + std::to_string(info.column) + "\n";
        if (info.kind == FunctionTemplateKind::Module && function.constant_count())
            out += "   module declarations " + describe_value(function.constant(0)) + "\n";
        out += disassemble(function.code(), [&](uint32_t index) { return describe_value(function.constant(index)); });
        for (ExceptionHandler const& handler : function.handlers()) {
            out += "   handler [" + std::to_string(handler.start) + ", " + std::to_string(handler.end) + ") -> "
                + std::to_string(handler.handler) + " env r" + std::to_string(handler.environment_register) + "\n";
        }
        for (uint32_t i = 0; i < function.constant_count(); ++i) {
            runtime::Value value = function.constant(i);
            if (!value.is_internal_cell())
                continue;
            gc::Cell* cell = value.as_internal_cell();
            if (cell->cell_kind() == gc::CellKind::FunctionTemplate) {
                nested.push_back(static_cast<FunctionTemplate const*>(cell));
            } else if (cell->cell_kind() == gc::CellKind::ValueArray) {
                // Declarations descriptors (DeclareGlobals, modules) hold top-level function templates.
                collect_templates(static_cast<runtime::ValueArray const*>(cell), 0);
            }
        }
    }
};

}

std::string print_function_template(gc::Heap& heap, FunctionTemplate const& function)
{
    Printer printer { heap, {}, {} };
    std::vector<FunctionTemplate const*> pending { &function };
    while (!pending.empty()) {
        FunctionTemplate const* next = pending.front();
        pending.erase(pending.begin());
        printer.nested.clear();
        printer.print(*next);
        printer.out += "\n";
        pending.insert(pending.begin(), printer.nested.begin(), printer.nested.end());
    }
    return printer.out;
}

}
