#include "interpreter/stack_trace.h"

#include "bytecode/function_template.h"
#include "interpreter/frame.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/environment.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::interpreter {

using namespace runtime;

bool is_top_level_code(bytecode::FunctionTemplate const& function_template)
{
    // (A module resumed after a top-level await runs in a Call frame.)
    auto kind = function_template.kind();
    return kind == bytecode::FunctionTemplateKind::Script || kind == bytecode::FunctionTemplateKind::Module
        || kind == bytecode::FunctionTemplateKind::Eval;
}

std::optional<uint32_t> stack_trace_limit(VM& vm)
{
    auto property = vm.current_realm().error_constructor()->find_own_property(
        PropertyKey::from_atom(vm.atoms().intern_latin1("stackTraceLimit")));
    if (!property || !property->attributes.is_data() || !property->value.is_number())
        return std::nullopt;
    double limit = property->value.as_number();
    if (!(limit > 0))
        return 0;
    return limit >= double(UINT32_MAX) ? UINT32_MAX : uint32_t(limit);
}

ValueArray* capture_call_sites(VM& vm, uint32_t limit, Object* skip_until)
{
    Frame* top = vm.interpreter_stack().top();
    if (skip_until) {
        for (Frame* frame = top; frame; frame = frame->caller) {
            if (frame->callee == skip_until) {
                top = frame->caller;
                break;
            }
        }
    }
    uint32_t count = 0;
    for (Frame* frame = top; frame && count < limit; frame = frame->caller)
        ++count;
    ValueArray* sites = ValueArray::create(vm.heap(), count * kCallSiteSize + 1, Value::undefined());
    uint32_t index = 0;
    for (Frame* frame = top; frame && index < count; frame = frame->caller, ++index) {
        uint32_t base = index * kCallSiteSize;
        if (frame->callee)
            sites->set(vm.heap(), base + kCallSiteFunction, Value::object(frame->callee));
        if (frame->register_count > 0)
            sites->set(vm.heap(), base + kCallSiteThis, frame->registers()[0]);
        sites->set(vm.heap(), base + kCallSiteTemplate, Value::internal_cell(frame->function_template));
        sites->set_non_cell(base + kCallSiteOffset, Value::int32(int32_t(frame->bytecode_offset())));
        sites->set_non_cell(base + kCallSiteKind, Value::int32(int32_t(frame->kind)));
    }
    sites->set_size(count * kCallSiteSize);
    return sites;
}

std::optional<std::string> receiver_type_name(VM& vm, bytecode::FunctionTemplate const& function_template, Value this_value)
{
    if (is_top_level_code(function_template) || !this_value.is_object())
        return std::nullopt;
    auto kind = function_template.kind();
    if (kind != bytecode::FunctionTemplateKind::Normal && kind != bytecode::FunctionTemplateKind::Method)
        return std::nullopt;
    Object* receiver = this_value.as_object();
    if (receiver == vm.current_realm().global_environment()->global_this())
        return std::nullopt;
    // The name of the receiver's constructor: the nearest "constructor" data property up its
    // prototype chain (read without running code), else "Object".
    for (Object* object = receiver; object; object = object->prototype()) {
        auto constructor = object->find_own_property(PropertyKey::from_atom(vm.atoms().constructor));
        if (!constructor)
            continue;
        if (!constructor->attributes.is_data() || !constructor->value.is_object())
            break;
        auto name = constructor->value.as_object()->find_own_property(PropertyKey::from_atom(vm.atoms().name));
        if (name && name->attributes.is_data() && name->value.is_string() && !name->value.as_string()->is_empty())
            return name->value.as_string()->to_utf8(vm.heap());
        break;
    }
    return "Object";
}

// The function's name: its template's, else (methods, whose templates are unnamed) the
// function object's own "name" data property; empty for anonymous functions.
std::string function_name_of(VM& vm, bytecode::FunctionTemplate const& function_template, Value callee)
{
    String* name = function_template.name();
    if (name && !name->is_empty())
        return name->to_utf8(vm.heap());
    if (!callee.is_object())
        return {};
    auto property = callee.as_object()->find_own_property(PropertyKey::from_atom(vm.atoms().name));
    if (property && property->attributes.is_data() && property->value.is_string())
        return property->value.as_string()->to_utf8(vm.heap());
    return {};
}

std::string format_call_site(VM& vm, ValueArray const& sites, uint32_t index)
{
    uint32_t base = index * kCallSiteSize;
    auto* function_template = static_cast<bytecode::FunctionTemplate*>(sites.at(base + kCallSiteTemplate).as_internal_cell());
    auto position = function_template->position_at(uint32_t(sites.at(base + kCallSiteOffset).as_int32()));
    auto const* source = function_template->source();
    std::string location = (source ? source->name() : std::string("<anonymous>")) + ":" + std::to_string(position.line) + ":"
        + std::to_string(position.column);
    auto kind = FrameKind(sites.at(base + kCallSiteKind).as_int32());
    if (is_top_level_code(*function_template))
        return location;
    std::string function_name = function_name_of(vm, *function_template, sites.at(base + kCallSiteFunction));
    if (kind == FrameKind::Construct) {
        function_name = "new " + (function_name.empty() ? "<anonymous>" : function_name);
    } else if (auto type_name = receiver_type_name(vm, *function_template, sites.at(base + kCallSiteThis))) {
        // A method call, as V8 shows it: the receiver's type, then the function.
        function_name = *type_name + "." + (function_name.empty() ? "<anonymous>" : function_name);
    } else if (function_name.empty()) {
        // An anonymous function called without a receiver: the location alone, as in V8.
        return location;
    }
    return function_name + " (" + location + ")";
}

std::string format_call_sites(VM& vm, ValueArray const& sites)
{
    std::string lines;
    for (uint32_t i = 0; i < sites.size() / kCallSiteSize; ++i)
        lines += "\n    at " + format_call_site(vm, sites, i);
    return lines;
}

void attach_stack_trace(VM& vm, Object& error, Object* skip_until)
{
    auto limit = stack_trace_limit(vm);
    if (!limit)
        return;
    ValueArray* sites = capture_call_sites(vm, *limit, skip_until);
    create_non_enumerable_data_property_or_throw(vm, error, PropertyKey::from_symbol(vm.symbols().error_stack), Value::internal_cell(sites));
}

std::string error_stack_text(VM& vm, Object& error)
{
    auto own = error.find_own_property(PropertyKey::from_atom(vm.atoms().stack));
    if (own && own->attributes.is_data() && own->value.is_string())
        return own->value.as_string()->to_utf8(vm.heap());
    auto slot = error.find_own_property(PropertyKey::from_symbol(vm.symbols().error_stack));
    if (!slot)
        return {};
    if (slot->value.is_string())
        return slot->value.as_string()->to_utf8(vm.heap());
    if (!slot->value.is_internal_cell())
        return {};
    std::string name = inherited_string_text(vm, error, vm.atoms().name);
    std::string message = inherited_string_text(vm, error, vm.atoms().message);
    std::string header = name.empty() ? "Error" : name;
    if (!message.empty())
        header += ": " + message;
    return header + format_call_sites(vm, *static_cast<ValueArray*>(slot->value.as_internal_cell()));
}

}
