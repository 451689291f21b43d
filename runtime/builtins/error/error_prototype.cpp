#include "runtime/builtins/error/error_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/error/call_site_prototype.h"
#include "interpreter/stack_trace.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::error_prototype {

// Error.prototype.toString ( ) — https://tc39.es/ecma262/#sec-error.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    AtomTable& atoms = vm.atoms();
    // 1. Let O be the this value.
    // 2. If O is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotA, { "Error.prototype.toString", "Object" });
    Object& object = *arguments.this_value.as_object();
    // 3. Let name be ? Get(O, "name").
    Value name_value = TRY(get(vm, object, PropertyKey::from_atom(atoms.name)));
    // 4. If name is undefined, set name to "Error"; otherwise set name to ? ToString(name).
    String* name = name_value.is_undefined() ? atoms.intern_latin1("Error") : TRY(runtime::to_string(vm, name_value));
    // 5. Let msg be ? Get(O, "message").
    Value message_value = TRY(get(vm, object, PropertyKey::from_atom(atoms.message)));
    // 6. If msg is undefined, set msg to the empty String; otherwise set msg to ? ToString(msg).
    String* message = message_value.is_undefined() ? atoms.empty : TRY(runtime::to_string(vm, message_value));
    // 7. If name is the empty String, return msg.
    if (name->is_empty())
        return Value::string(message);
    // 8. If msg is the empty String, return name.
    if (message->is_empty())
        return Value::string(name);
    // 9. Return the string-concatenation of name, the code unit 0x003A (COLON), the code unit
    //    0x0020 (SPACE), and msg.
    auto with_colon = String::concat(vm.heap(), name, atoms.intern_latin1(": "));
    if (!with_colon)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    auto result = String::concat(vm.heap(), *with_colon, message);
    if (!result)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    return Value::string(*result);
}

ThrowCompletionOr<Value> format_stack(VM& vm, Object& error, ValueArray const& sites)
{
    // Error.prepareStackTrace ( error, callSites ), when it is a function.
    Object& constructor = *vm.current_realm().error_constructor();
    Value prepare = TRY(get(vm, constructor, PropertyKey::from_atom(vm.atoms().intern_latin1("prepareStackTrace"))));
    if (is_callable(prepare)) {
        Value call_arguments[] = { Value::object(&error), Value::object(call_site_prototype::create_call_site_array(vm, sites)) };
        return call(vm, prepare, Value::object(&constructor), call_arguments);
    }
    // Else Error.prototype.toString's text, then the frames.
    Value header = TRY(to_string(vm, Arguments { Value::object(&error), {} }));
    std::string text = header.as_string()->to_utf8(vm.heap()) + interpreter::format_call_sites(vm, sites);
    return Value::string(String::from_utf8(vm.heap(), text));
}

// get Error.prototype.stack — https://tc39.es/proposal-error-stack-accessor/#sec-get-error.prototype.stack
ThrowCompletionOr<Value> get_stack(VM& vm, Arguments const& arguments)
{
    // 1. Let E be the this value.
    // 2. If E is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Error.prototype.stack's receiver" });
    Object& error = *arguments.this_value.as_object();
    // 3. If E does not have an [[ErrorData]] internal slot, return undefined.
    if (error.kind() != ObjectKind::Error)
        return Value::undefined();
    // 4. Return an implementation-defined string that represents the stack trace of E: V8's,
    //    formatted on the first read from the call sites captured when E was made (undefined
    //    when Error.stackTraceLimit was not a Number then).
    PropertyKey slot_key = PropertyKey::from_symbol(vm.symbols().error_stack);
    auto slot = error.find_own_property(slot_key);
    if (!slot)
        return Value::undefined();
    if (!slot->value.is_internal_cell())
        return slot->value;
    auto* sites = static_cast<ValueArray*>(slot->value.as_internal_cell());
    // While Error.prepareStackTrace runs, reading the stack gives undefined.
    create_non_enumerable_data_property_or_throw(vm, error, slot_key, Value::undefined());
    auto stack = format_stack(vm, error, *sites);
    create_non_enumerable_data_property_or_throw(vm, error, slot_key, stack.is_throw() ? Value::internal_cell(sites) : stack.value());
    return stack;
}

// set Error.prototype.stack — https://tc39.es/proposal-error-stack-accessor/#sec-set-error.prototype.stack
ThrowCompletionOr<Value> set_stack(VM& vm, Arguments const& arguments)
{
    // 1. Let E be the this value.
    // 2. If E is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Error.prototype.stack's receiver" });
    // 3. If v is not a String, throw a TypeError exception.
    if (!arguments.at(0).is_string())
        return vm.throw_type_error(ErrorType::NotA, { "The stack", "string" });
    // 4. Perform ? SetterThatIgnoresPrototypeProperties(this value, %Error.prototype%, "stack", v).
    TRY(setter_that_ignores_prototype_properties(vm, arguments.this_value, *vm.current_realm().error_prototype(),
        PropertyKey::from_atom(vm.atoms().stack), arguments.at(0)));
    // 5. Return undefined.
    return Value::undefined();
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/error/error_prototype.def"
}

}
