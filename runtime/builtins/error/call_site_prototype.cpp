#include "runtime/builtins/error/call_site_prototype.h"

#include "bytecode/function_template.h"
#include "interpreter/frame.h"
#include "interpreter/stack_trace.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/environment.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::call_site_prototype {

using interpreter::FrameKind;

namespace {

// The call site record of a CallSite object (its this value), or a TypeError.
ThrowCompletionOr<ValueArray*> this_call_site(VM& vm, Value this_value, std::string_view method)
{
    if (this_value.is_object()) {
        auto slot = this_value.as_object()->find_own_property(PropertyKey::from_symbol(vm.symbols().error_stack));
        if (slot && slot->value.is_internal_cell())
            return static_cast<ValueArray*>(slot->value.as_internal_cell());
    }
    return vm.throw_type_error(ErrorType::NotA, { method, "CallSite" });
}

bytecode::FunctionTemplate& template_of(ValueArray const& site)
{
    return *static_cast<bytecode::FunctionTemplate*>(site.at(interpreter::kCallSiteTemplate).as_internal_cell());
}

FrameKind kind_of(ValueArray const& site) { return FrameKind(site.at(interpreter::kCallSiteKind).as_int32()); }

bool is_strict(ValueArray const& site) { return template_of(site).is_strict(); }

bytecode::SourcePositionEntry position_of(ValueArray const& site)
{
    return template_of(site).position_at(uint32_t(site.at(interpreter::kCallSiteOffset).as_int32()));
}

Value file_name(VM& vm, ValueArray const& site)
{
    auto const* source = template_of(site).source();
    if (!source)
        return Value::undefined();
    return Value::string(String::from_utf8(vm.heap(), source->name()));
}

}

Object* create_call_site_array(VM& vm, ValueArray const& sites)
{
    uint32_t count = sites.size() / interpreter::kCallSiteSize;
    Object* array = MUST(array_create(vm, 0));
    for (uint32_t i = 0; i < count; ++i) {
        ValueArray* site = ValueArray::create(vm.heap(), interpreter::kCallSiteSize, Value::undefined());
        for (uint32_t field = 0; field < interpreter::kCallSiteSize; ++field)
            site->set(vm.heap(), field, sites.at(i * interpreter::kCallSiteSize + field));
        site->set_size(interpreter::kCallSiteSize);
        Object* call_site = Object::create(vm, vm.current_realm().call_site_prototype());
        create_non_enumerable_data_property_or_throw(vm, *call_site, PropertyKey::from_symbol(vm.symbols().error_stack),
            Value::internal_cell(site));
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(i), Value::object(call_site)));
    }
    return array;
}

// CallSite.prototype.getColumnNumber ( ): the 1-based column.
ThrowCompletionOr<Value> get_column_number(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getColumnNumber"));
    return Value::number(position_of(*site).column);
}

// CallSite.prototype.getEvalOrigin ( ): not tracked (undefined).
ThrowCompletionOr<Value> get_eval_origin(VM& vm, Arguments const& arguments)
{
    TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getEvalOrigin"));
    return Value::undefined();
}

// CallSite.prototype.getFileName ( ): the script's name, or undefined.
ThrowCompletionOr<Value> get_file_name(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getFileName"));
    return file_name(vm, *site);
}

// CallSite.prototype.getFunction ( ): the function, undefined for strict code (as in V8).
ThrowCompletionOr<Value> get_function(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getFunction"));
    return is_strict(*site) ? Value::undefined() : site->at(interpreter::kCallSiteFunction);
}

// CallSite.prototype.getFunctionName ( ): the function's name, or null.
ThrowCompletionOr<Value> get_function_name(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getFunctionName"));
    String* name = template_of(*site).name();
    if (interpreter::is_top_level_code(template_of(*site)) || !name || name->is_empty())
        return Value::null();
    return Value::string(name);
}

// CallSite.prototype.getLineNumber ( ): the 1-based line.
ThrowCompletionOr<Value> get_line_number(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getLineNumber"));
    return Value::number(position_of(*site).line);
}

// CallSite.prototype.getMethodName ( ): not tracked (null).
ThrowCompletionOr<Value> get_method_name(VM& vm, Arguments const& arguments)
{
    TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getMethodName"));
    return Value::null();
}

// CallSite.prototype.getPromiseIndex ( ): null (no Promise.all frames).
ThrowCompletionOr<Value> get_promise_index(VM& vm, Arguments const& arguments)
{
    TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getPromiseIndex"));
    return Value::null();
}

// CallSite.prototype.getScriptNameOrSourceURL ( ): the script's name.
ThrowCompletionOr<Value> get_script_name_or_source_url(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getScriptNameOrSourceURL"));
    return file_name(vm, *site);
}

// CallSite.prototype.getThis ( ): the this value, undefined for strict code (as in V8).
ThrowCompletionOr<Value> get_this(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getThis"));
    return is_strict(*site) ? Value::undefined() : site->at(interpreter::kCallSiteThis);
}

// CallSite.prototype.getTypeName ( ): null for top-level code and nullish this values, else
// the receiver's constructor's name ("Object" when it has none; for arrow functions too).
ThrowCompletionOr<Value> get_type_name(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.getTypeName"));
    Value this_value = site->at(interpreter::kCallSiteThis);
    if (interpreter::is_top_level_code(template_of(*site)) || this_value.is_nullish())
        return Value::null();
    auto name = interpreter::receiver_type_name(vm, template_of(*site), this_value);
    return Value::string(String::from_utf8(vm.heap(), name.value_or("Object")));
}

// CallSite.prototype.isAsync ( ), isNative ( ), isPromiseAll ( ): false (no such frames).
ThrowCompletionOr<Value> is_async(VM& vm, Arguments const& arguments)
{
    TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.isAsync"));
    return Value::boolean(false);
}

ThrowCompletionOr<Value> is_native(VM& vm, Arguments const& arguments)
{
    TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.isNative"));
    return Value::boolean(false);
}

ThrowCompletionOr<Value> is_promise_all(VM& vm, Arguments const& arguments)
{
    TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.isPromiseAll"));
    return Value::boolean(false);
}

// CallSite.prototype.isConstructor ( ): a [[Construct]] frame.
ThrowCompletionOr<Value> is_constructor(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.isConstructor"));
    return Value::boolean(kind_of(*site) == FrameKind::Construct);
}

// CallSite.prototype.isEval ( ): eval code.
ThrowCompletionOr<Value> is_eval(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.isEval"));
    return Value::boolean(template_of(*site).kind() == bytecode::FunctionTemplateKind::Eval);
}

// CallSite.prototype.isToplevel ( ): top-level code, or a function called with a nullish or the
// global this value.
ThrowCompletionOr<Value> is_toplevel(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.isToplevel"));
    Value this_value = site->at(interpreter::kCallSiteThis);
    return Value::boolean(interpreter::is_top_level_code(template_of(*site)) || this_value.is_nullish()
        || (this_value.is_object() && this_value.as_object() == vm.current_realm().global_environment()->global_this()));
}

// CallSite.prototype.toString ( ): the frame as a stack trace line shows it.
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    ValueArray* site = TRY(this_call_site(vm, arguments.this_value, "CallSite.prototype.toString"));
    return Value::string(String::from_utf8(vm.heap(), interpreter::format_call_site(vm, *site, 0)));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/error/call_site_prototype.def"
}

}
