#include "runtime/builtins/error/error_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
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

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/error/error_prototype.def"
}

}
