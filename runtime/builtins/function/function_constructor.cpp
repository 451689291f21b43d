#include "runtime/builtins/function/function_constructor.h"

#include "interpreter/dynamic_function.h"
#include "runtime/error_types.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::function_constructor {

// Function ( ...parameterArgs, bodyArg ) — https://tc39.es/ecma262/#sec-function-p1-p2-pn-body
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1-3. CreateDynamicFunction(C, NewTarget, normal, parameterArgs, bodyArg); a missing
    //      bodyArg is the empty String.
    return interpreter::create_dynamic_function(vm, *arguments.callee, arguments.new_target, arguments.values);
}

}
