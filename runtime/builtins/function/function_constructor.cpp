#include "runtime/builtins/function/function_constructor.h"

#include "interpreter/dynamic_function.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::function_constructor {

// Function ( ...parameterArgs, bodyArg ) — https://tc39.es/ecma262/#sec-function-p1-p2-pn-body
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1-3. CreateDynamicFunction(C, NewTarget, normal, parameterArgs, bodyArg); a missing
    //      bodyArg is the empty String.
    return interpreter::create_dynamic_function(vm, *arguments.callee, arguments.new_target, interpreter::DynamicFunctionKind::Normal,
        arguments.values);
}

// GeneratorFunction ( ...parameterArgs, bodyArg ) — https://tc39.es/ecma262/#sec-generatorfunction
ThrowCompletionOr<Value> generator_function_behaviour(VM& vm, Arguments const& arguments)
{
    // 1-3. Return ? CreateDynamicFunction(C, NewTarget, generator, parameterArgs, bodyArg).
    return interpreter::create_dynamic_function(vm, *arguments.callee, arguments.new_target, interpreter::DynamicFunctionKind::Generator,
        arguments.values);
}

// AsyncFunction ( ...parameterArgs, bodyArg ) — https://tc39.es/ecma262/#sec-async-function-constructor-arguments
ThrowCompletionOr<Value> async_function_behaviour(VM& vm, Arguments const& arguments)
{
    // 1-3. Return ? CreateDynamicFunction(C, NewTarget, async, parameterArgs, bodyArg).
    return interpreter::create_dynamic_function(vm, *arguments.callee, arguments.new_target, interpreter::DynamicFunctionKind::Async,
        arguments.values);
}

// AsyncGeneratorFunction ( ...parameterArgs, bodyArg ) — https://tc39.es/ecma262/#sec-asyncgeneratorfunction
ThrowCompletionOr<Value> async_generator_function_behaviour(VM& vm, Arguments const& arguments)
{
    // 1-3. Return ? CreateDynamicFunction(C, NewTarget, async-generator, parameterArgs, bodyArg).
    return interpreter::create_dynamic_function(vm, *arguments.callee, arguments.new_target,
        interpreter::DynamicFunctionKind::AsyncGenerator, arguments.values);
}

void initialize(VM& vm, Realm& realm)
{
    // %GeneratorFunction.prototype%.constructor and its kin: { [[Writable]]: false,
    // [[Configurable]]: true }.
    for (Object* prototype : { realm.generator_function_prototype(), realm.async_function_prototype(), realm.async_generator_function_prototype() }) {
        PropertyKey key = PropertyKey::from_atom(vm.atoms().constructor);
        Value constructor = MUST(get(vm, *prototype, key));
        MUST(define_property_or_throw(vm, *prototype, key, PropertyDescriptor::data(constructor, false, false, true)));
    }
}

}
