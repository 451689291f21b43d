#include "runtime/builtins/boolean/boolean_prototype.h"

#include "runtime/atom_table.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::boolean_prototype {

// Boolean.prototype.toString ( ) — https://tc39.es/ecma262/#sec-boolean.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1. Let b be ? ThisBooleanValue(this value).
    Value b = TRY(this_boolean_value(vm, arguments.this_value, "Boolean.prototype.toString"));
    // 2. If b is true, return "true"; else return "false".
    return Value::string(b.as_bool() ? vm.atoms().true_ : vm.atoms().false_);
}

// Boolean.prototype.valueOf ( ) — https://tc39.es/ecma262/#sec-boolean.prototype.valueof
ThrowCompletionOr<Value> value_of(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ThisBooleanValue(this value).
    return this_boolean_value(vm, arguments.this_value, "Boolean.prototype.valueOf");
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/boolean/boolean_prototype.def"
}

}
