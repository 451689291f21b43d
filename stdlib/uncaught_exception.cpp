#include "stdlib/uncaught_exception.h"

#include "bytecode/function_template.h"
#include "interpreter/stack_trace.h"
#include "parser/source.h"
#include "runtime/atom_table.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/value_printer.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

bool is_error(Value value) { return value.is_object() && value.as_object()->kind() == ObjectKind::Error; }

std::string describe(VM& vm, Value exception)
{
    if (!is_error(exception))
        return print_value(vm, exception);
    Object& error = *exception.as_object();
    std::string stack = interpreter::error_stack_text(vm, error);
    if (!stack.empty())
        return stack;
    std::string name = inherited_string_text(vm, error, vm.atoms().name);
    std::string message = inherited_string_text(vm, error, vm.atoms().message);
    return message.empty() ? name : name + ": " + message;
}

}

std::string format_node_excerpt(parser::SourceFile const& source, uint32_t line, uint32_t column)
{
    std::string excerpt = parser::format_source_excerpt(source, line, column);
    size_t newline = excerpt.find('\n');
    size_t colon = excerpt.rfind(':', newline);
    return excerpt.erase(colon, newline - colon);
}

std::string format_uncaught_exception(VM& vm, Value exception, bool with_site)
{
    std::string report;
    auto const& site = vm.throw_site();
    if (with_site && site.function_template && site.function_template->source()) {
        auto position = site.function_template->position_at(site.bytecode_offset);
        report = format_node_excerpt(*site.function_template->source(), position.line, position.column);
        if (is_error(exception))
            report += "\n";
    }
    return report + describe(vm, exception) + "\n";
}

}
