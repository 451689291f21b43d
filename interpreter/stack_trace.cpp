#include "interpreter/stack_trace.h"

#include "bytecode/function_template.h"
#include "interpreter/frame.h"
#include "parser/source.h"
#include "runtime/atom_table.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;


std::string capture_stack_frames(VM& vm)
{
    std::string lines;
    unsigned count = 0;
    for (Frame* frame = vm.interpreter_stack().top(); frame && count < kStackTraceLimit; frame = frame->caller, ++count) {
        auto* function_template = frame->function_template;
        auto position = function_template->position_at(frame->bytecode_offset());
        auto const* source = function_template->source();
        std::string location = (source ? source->name() : std::string("<anonymous>")) + ":" + std::to_string(position.line) + ":"
            + std::to_string(position.column);
        bool top_level = function_template->kind() == bytecode::FunctionTemplateKind::Script
            || function_template->kind() == bytecode::FunctionTemplateKind::Module
            || function_template->kind() == bytecode::FunctionTemplateKind::Eval;
        if (top_level) {
            lines += "\n    at " + location;
            continue;
        }
        String* name = function_template->name();
        std::string function_name = name && !name->is_empty() ? name->to_utf8(vm.heap()) : "<anonymous>";
        if (frame->kind == FrameKind::Construct)
            function_name = "new " + function_name;
        lines += "\n    at " + function_name + " (" + location + ")";
    }
    return lines;
}

void attach_stack_trace(VM& vm, Object& error)
{
    std::string name = inherited_string_text(vm, error, vm.atoms().name);
    std::string message = inherited_string_text(vm, error, vm.atoms().message);
    std::string header = name.empty() ? "Error" : name;
    if (!message.empty())
        header += ": " + message;
    String* stack = String::from_utf8(vm.heap(), header + capture_stack_frames(vm));
    create_non_enumerable_data_property_or_throw(vm, error, PropertyKey::from_atom(vm.atoms().stack), Value::string(stack));
}

}
