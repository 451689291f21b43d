#include "runtime/builtins/disposable_stack/disposable_stack.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/disposable_stack/disposable_stack_object.h"
#include "runtime/disposable_resources.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::disposable_stack_constructor {

// DisposableStack ( ) — https://tc39.es/ecma262/#sec-disposablestack
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "DisposableStack" });
    // 2. Let disposableStack be ? OrdinaryCreateFromConstructor(NewTarget,
    //    "%DisposableStack.prototype%", « [[DisposableState]], [[DisposeCapability]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::disposable_stack_prototype));
    // 3. Set disposableStack.[[DisposableState]] to pending.
    // 4. Set disposableStack.[[DisposeCapability]] to NewDisposeCapability().
    // 5. Return disposableStack.
    return Value::object(DisposableStackObject::create(vm, prototype, new_dispose_capability(vm)));
}

}

namespace sable::runtime::builtins::disposable_stack_prototype {

namespace {

// 1-2. Let disposableStack be the this value; perform ? RequireInternalSlot(disposableStack,
//      [[DisposableState]]).
ThrowCompletionOr<DisposableStackObject*> this_stack(VM& vm, Arguments const& arguments, std::string_view method)
{
    DisposableStackObject* stack = as_disposable_stack(arguments.this_value);
    if (!stack)
        return vm.throw_type_error(ErrorType::NotA, { method, "DisposableStack" });
    return stack;
}

// 1-3 of adopt, defer, move and use: the this value, which must still be pending ("If
// disposableStack.[[DisposableState]] is disposed, throw a ReferenceError exception").
ThrowCompletionOr<DisposableStackObject*> this_pending_stack(VM& vm, Arguments const& arguments, std::string_view method)
{
    DisposableStackObject* stack = TRY(this_stack(vm, arguments, method));
    if (stack->is_disposed())
        return vm.throw_reference_error(ErrorType::DisposableStackDisposed, { method });
    return stack;
}

}

// DisposableStack.prototype.adopt ( value, onDispose ) — https://tc39.es/ecma262/#sec-disposablestack.prototype.adopt
ThrowCompletionOr<Value> adopt(VM& vm, Arguments const& arguments)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, "DisposableStack.prototype.adopt"));
    Value value = arguments.at(0);
    Value on_dispose = arguments.at(1);
    // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if (!is_callable(on_dispose))
        return vm.throw_type_error(ErrorType::NotAFunction, { "DisposableStack.prototype.adopt's onDispose" });
    // 5-6. Let F be a built-in function that performs ? Call(onDispose, undefined, « value »).
    // 7. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], undefined,
    //    sync-dispose, F). (F is stored as onDispose with its argument: runtime/disposable_resources.h.)
    stack->set_capability(vm.heap(), add_disposable_resource_with_method(vm, *stack->capability(), on_dispose, value));
    // 8. Return value.
    return value;
}

// DisposableStack.prototype.defer ( onDispose ) — https://tc39.es/ecma262/#sec-disposablestack.prototype.defer
ThrowCompletionOr<Value> defer(VM& vm, Arguments const& arguments)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, "DisposableStack.prototype.defer"));
    Value on_dispose = arguments.at(0);
    // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if (!is_callable(on_dispose))
        return vm.throw_type_error(ErrorType::NotAFunction, { "DisposableStack.prototype.defer's onDispose" });
    // 5. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], undefined,
    //    sync-dispose, onDispose).
    stack->set_capability(vm.heap(), add_disposable_resource_with_method(vm, *stack->capability(), on_dispose, Value::empty()));
    // 6. Return undefined.
    return Value::undefined();
}

// DisposableStack.prototype.dispose ( ) — https://tc39.es/ecma262/#sec-disposablestack.prototype.dispose
ThrowCompletionOr<Value> dispose(VM& vm, Arguments const& arguments)
{
    DisposableStackObject* stack = TRY(this_stack(vm, arguments, "DisposableStack.prototype.dispose"));
    // 3. If disposableStack.[[DisposableState]] is disposed, return undefined.
    if (stack->is_disposed())
        return Value::undefined();
    // 4. Set disposableStack.[[DisposableState]] to disposed.
    ValueArray* capability = stack->capability();
    stack->set_capability(vm.heap(), nullptr);
    // 5. Return ? DisposeResources(disposableStack.[[DisposeCapability]], NormalCompletion(undefined)).
    TRY(dispose_resources(vm, *capability, false, Value::undefined()));
    return Value::undefined();
}

// get DisposableStack.prototype.disposed — https://tc39.es/ecma262/#sec-get-disposablestack.prototype.disposed
ThrowCompletionOr<Value> disposed(VM& vm, Arguments const& arguments)
{
    DisposableStackObject* stack = TRY(this_stack(vm, arguments, "get DisposableStack.prototype.disposed"));
    // 3. If disposableStack.[[DisposableState]] is disposed, return true. 4. Otherwise, return false.
    return Value::boolean(stack->is_disposed());
}

// DisposableStack.prototype.move ( ) — https://tc39.es/ecma262/#sec-disposablestack.prototype.move
ThrowCompletionOr<Value> move(VM& vm, Arguments const& arguments)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, "DisposableStack.prototype.move"));
    // 4. Let newDisposableStack be ? OrdinaryCreateFromConstructor(%DisposableStack%,
    //    "%DisposableStack.prototype%", « [[DisposableState]], [[DisposeCapability]] »).
    // 5. Set newDisposableStack.[[DisposableState]] to pending.
    // 6. Set newDisposableStack.[[DisposeCapability]] to disposableStack.[[DisposeCapability]].
    auto* moved = DisposableStackObject::create(vm, vm.current_realm().disposable_stack_prototype(), stack->capability());
    // 7. Set disposableStack.[[DisposeCapability]] to NewDisposeCapability().
    // 8. Set disposableStack.[[DisposableState]] to disposed. (A disposed stack keeps no
    //    capability, so 7 is folded into 8.)
    stack->set_capability(vm.heap(), nullptr);
    // 9. Return newDisposableStack.
    return Value::object(moved);
}

// DisposableStack.prototype.use ( value ) — https://tc39.es/ecma262/#sec-disposablestack.prototype.use
ThrowCompletionOr<Value> use(VM& vm, Arguments const& arguments)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, "DisposableStack.prototype.use"));
    Value value = arguments.at(0);
    // 4. Perform ? AddDisposableResource(disposableStack.[[DisposeCapability]], value, sync-dispose).
    stack->set_capability(vm.heap(), TRY(add_disposable_resource(vm, *stack->capability(), value)));
    // 5. Return value.
    return value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/disposable_stack/disposable_stack_prototype.def"
    // 27.3.3.7 DisposableStack.prototype [ %Symbol.dispose% ] is %DisposableStack.prototype.dispose%.
    Value dispose_function = MUST(runtime::get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("dispose")))));
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().dispose), PropertyDescriptor::data(dispose_function, kMethod)));
    // 27.3.3.8 DisposableStack.prototype [ %Symbol.toStringTag% ]: "DisposableStack".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("DisposableStack")), kConfigurableOnly)));
}

}
