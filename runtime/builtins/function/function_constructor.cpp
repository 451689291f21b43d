#include "runtime/builtins/function/function_constructor.h"

#include "runtime/error_types.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::function_constructor {

// Function ( ...parameterArgs, bodyArg ) — https://tc39.es/ecma262/#sec-function-p1-p2-pn-body
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const&)
{
    // 1. Let C be the active function object.
    // 2. If bodyArg is not present, set bodyArg to the empty String.
    // 3. Return ? CreateDynamicFunction(C, NewTarget, normal, parameterArgs, bodyArg).
    //    (CreateDynamicFunction needs the parser and bytecode generator wired to function
    //    objects; until then this throws.)
    return vm.throw_type_error(ErrorType::FunctionConstructorNotImplemented);
}

}
