#include "runtime/builtins/boolean/boolean_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::boolean_constructor {

// Boolean ( value ) — https://tc39.es/ecma262/#sec-boolean-constructor-boolean-value
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. Let b be ToBoolean(value).
    Value b = Value::boolean(to_boolean(arguments.at(0)));
    // 2. If NewTarget is undefined, return b.
    if (!arguments.new_target)
        return b;
    // 3. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Boolean.prototype%", « [[BooleanData]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::boolean_prototype));
    // 4. Set O.[[BooleanData]] to b.
    // 5. Return O.
    return Value::object(PrimitiveWrapper::create(vm, ObjectKind::BooleanObject, b, prototype));
}

}
