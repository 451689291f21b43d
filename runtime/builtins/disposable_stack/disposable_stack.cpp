#include "runtime/builtins/disposable_stack/disposable_stack.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/disposable_stack/disposable_stack_object.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/disposable_resources.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins {

namespace {

// What tells a DisposableStack from an AsyncDisposableStack.
struct Flavour {
    ObjectKind kind;
    std::string_view name;
    DisposeHint hint;
    Object* (Realm::*prototype)() const;
};

constexpr Flavour kSync { ObjectKind::DisposableStack, "DisposableStack", DisposeHint::Sync, &Realm::disposable_stack_prototype };
constexpr Flavour kAsync { ObjectKind::AsyncDisposableStack, "AsyncDisposableStack", DisposeHint::Async,
    &Realm::async_disposable_stack_prototype };

std::string method_name(Flavour const& flavour, std::string_view method)
{
    return std::string(flavour.name) + ".prototype." + std::string(method);
}

// DisposableStack ( ) and AsyncDisposableStack ( )
ThrowCompletionOr<Value> construct_stack(VM& vm, Arguments const& arguments, Flavour const& flavour)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { flavour.name });
    // 2. Let stack be ? OrdinaryCreateFromConstructor(NewTarget, "%<flavour>.prototype%", « [[DisposableState]],
    //    [[DisposeCapability]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, flavour.prototype));
    // 3. Set stack's state to pending. 4. Set stack.[[DisposeCapability]] to NewDisposeCapability().
    // 5. Return stack.
    return Value::object(DisposableStackObject::create(vm, flavour.kind, prototype, new_dispose_capability(vm)));
}

// 1-2. Let stack be the this value; perform ? RequireInternalSlot(stack, [[DisposableState]]).
ThrowCompletionOr<DisposableStackObject*> this_stack(VM& vm, Arguments const& arguments, Flavour const& flavour, std::string_view method)
{
    DisposableStackObject* stack = as_disposable_stack(arguments.this_value, flavour.kind);
    if (!stack)
        return vm.throw_type_error(ErrorType::NotA, { method_name(flavour, method), flavour.name });
    return stack;
}

// 1-3 of adopt, defer, move and use: the this value, which must still be pending ("If the
// state is disposed, throw a ReferenceError exception").
ThrowCompletionOr<DisposableStackObject*> this_pending_stack(VM& vm, Arguments const& arguments, Flavour const& flavour,
    std::string_view method)
{
    DisposableStackObject* stack = TRY(this_stack(vm, arguments, flavour, method));
    if (stack->is_disposed())
        return vm.throw_reference_error(ErrorType::DisposableStackDisposed, { method_name(flavour, method) });
    return stack;
}

// adopt ( value, onDispose ) — 27.3.3.1, 27.4.3.1
ThrowCompletionOr<Value> adopt_resource(VM& vm, Arguments const& arguments, Flavour const& flavour)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, flavour, "adopt"));
    Value value = arguments.at(0);
    Value on_dispose = arguments.at(1);
    // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if (!is_callable(on_dispose))
        return vm.throw_type_error(ErrorType::NotAFunction, { method_name(flavour, "adopt") + "'s onDispose" });
    // 5-6. Let F be a built-in function that performs ? Call(onDispose, undefined, « value »).
    // 7. Perform ? AddDisposableResource(stack.[[DisposeCapability]], undefined, hint, F).
    //    (F is stored as onDispose with its argument: runtime/disposable_resources.h.)
    stack->set_capability(vm.heap(), add_disposable_resource_with_method(vm, *stack->capability(), on_dispose, value, flavour.hint));
    // 8. Return value.
    return value;
}

// defer ( onDispose ) — 27.3.3.2, 27.4.3.2
ThrowCompletionOr<Value> defer_callback(VM& vm, Arguments const& arguments, Flavour const& flavour)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, flavour, "defer"));
    Value on_dispose = arguments.at(0);
    // 4. If IsCallable(onDispose) is false, throw a TypeError exception.
    if (!is_callable(on_dispose))
        return vm.throw_type_error(ErrorType::NotAFunction, { method_name(flavour, "defer") + "'s onDispose" });
    // 5. Perform ? AddDisposableResource(stack.[[DisposeCapability]], undefined, hint, onDispose).
    stack->set_capability(vm.heap(), add_disposable_resource_with_method(vm, *stack->capability(), on_dispose, Value::empty(), flavour.hint));
    // 6. Return undefined.
    return Value::undefined();
}

// get disposed — 27.3.3.4, 27.4.3.4
ThrowCompletionOr<Value> is_disposed(VM& vm, Arguments const& arguments, Flavour const& flavour)
{
    DisposableStackObject* stack = TRY(this_stack(vm, arguments, flavour, "disposed"));
    // 3. If the state is disposed, return true. 4. Otherwise, return false.
    return Value::boolean(stack->is_disposed());
}

// move ( ) — 27.3.3.5, 27.4.3.5
ThrowCompletionOr<Value> move_resources(VM& vm, Arguments const& arguments, Flavour const& flavour)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, flavour, "move"));
    // 4. Let newStack be ? OrdinaryCreateFromConstructor(%<flavour>%, "%<flavour>.prototype%", ...).
    // 5. Set newStack's state to pending.
    // 6. Set newStack.[[DisposeCapability]] to stack.[[DisposeCapability]].
    auto* moved = DisposableStackObject::create(vm, flavour.kind, (vm.current_realm().*flavour.prototype)(), stack->capability());
    // 7. Set stack.[[DisposeCapability]] to NewDisposeCapability().
    // 8. Set stack's state to disposed. (A disposed stack keeps no capability, so 7 is folded
    //    into 8.)
    stack->set_capability(vm.heap(), nullptr);
    // 9. Return newStack.
    return Value::object(moved);
}

// use ( value ) — 27.3.3.6, 27.4.3.6
ThrowCompletionOr<Value> use_resource(VM& vm, Arguments const& arguments, Flavour const& flavour)
{
    DisposableStackObject* stack = TRY(this_pending_stack(vm, arguments, flavour, "use"));
    Value value = arguments.at(0);
    // 4. Perform ? AddDisposableResource(stack.[[DisposeCapability]], value, hint).
    stack->set_capability(vm.heap(), TRY(add_disposable_resource(vm, *stack->capability(), value, flavour.hint)));
    // 5. Return value.
    return value;
}

// The prototype's @@dispose / @@asyncDispose (the function named `method`) and @@toStringTag.
void define_symbol_properties(VM& vm, Object& prototype, Flavour const& flavour, std::string_view method, Symbol* dispose_symbol)
{
    Value dispose_function = MUST(runtime::get(vm, prototype, to_property_key(vm.atoms(), CodeUnitView(method))));
    MUST(define_property_or_throw(vm, prototype, PropertyKey::from_symbol(dispose_symbol), PropertyDescriptor::data(dispose_function, kMethod)));
    MUST(define_property_or_throw(vm, prototype, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1(flavour.name)), kConfigurableOnly)));
}

}

namespace disposable_stack_constructor {

// DisposableStack ( ) — https://tc39.es/ecma262/#sec-disposablestack
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments) { return construct_stack(vm, arguments, kSync); }

}

namespace disposable_stack_prototype {

ThrowCompletionOr<Value> adopt(VM& vm, Arguments const& arguments) { return adopt_resource(vm, arguments, kSync); }
ThrowCompletionOr<Value> defer(VM& vm, Arguments const& arguments) { return defer_callback(vm, arguments, kSync); }
ThrowCompletionOr<Value> disposed(VM& vm, Arguments const& arguments) { return is_disposed(vm, arguments, kSync); }
ThrowCompletionOr<Value> move(VM& vm, Arguments const& arguments) { return move_resources(vm, arguments, kSync); }
ThrowCompletionOr<Value> use(VM& vm, Arguments const& arguments) { return use_resource(vm, arguments, kSync); }

// DisposableStack.prototype.dispose ( ) — https://tc39.es/ecma262/#sec-disposablestack.prototype.dispose
ThrowCompletionOr<Value> dispose(VM& vm, Arguments const& arguments)
{
    DisposableStackObject* stack = TRY(this_stack(vm, arguments, kSync, "dispose"));
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

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/disposable_stack/disposable_stack_prototype.def"
    // 27.3.3.7 DisposableStack.prototype [ %Symbol.dispose% ] is %DisposableStack.prototype.dispose%.
    // 27.3.3.8 DisposableStack.prototype [ %Symbol.toStringTag% ]: "DisposableStack".
    define_symbol_properties(vm, target, kSync, "dispose", vm.symbols().dispose);
}

}

namespace async_disposable_stack_constructor {

// AsyncDisposableStack ( ) — https://tc39.es/ecma262/#sec-asyncdisposablestack
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments) { return construct_stack(vm, arguments, kAsync); }

}

namespace async_disposable_stack_prototype {

ThrowCompletionOr<Value> adopt(VM& vm, Arguments const& arguments) { return adopt_resource(vm, arguments, kAsync); }
ThrowCompletionOr<Value> defer(VM& vm, Arguments const& arguments) { return defer_callback(vm, arguments, kAsync); }
ThrowCompletionOr<Value> disposed(VM& vm, Arguments const& arguments) { return is_disposed(vm, arguments, kAsync); }
ThrowCompletionOr<Value> move(VM& vm, Arguments const& arguments) { return move_resources(vm, arguments, kAsync); }
ThrowCompletionOr<Value> use(VM& vm, Arguments const& arguments) { return use_resource(vm, arguments, kAsync); }

// AsyncDisposableStack.prototype.disposeAsync ( ) — https://tc39.es/ecma262/#sec-asyncdisposablestack.prototype.disposeAsync
ThrowCompletionOr<Value> dispose_async(VM& vm, Arguments const& arguments)
{
    // 2. Let promiseCapability be ! NewPromiseCapability(%Promise%).
    Promise* promise = Promise::create(vm);
    // 3. If asyncDisposableStack does not have an [[AsyncDisposableState]] internal slot, then
    //    a. Perform ! Call(promiseCapability.[[Reject]], undefined, « a newly created TypeError »).
    auto stack = this_stack(vm, arguments, kAsync, "disposeAsync");
    if (stack.is_throw()) {
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    // 4. If asyncDisposableStack.[[AsyncDisposableState]] is disposed, then
    //    a. Perform ! Call(promiseCapability.[[Resolve]], undefined, « undefined »).
    if (stack.value()->is_disposed()) {
        fulfill_promise(vm, *promise, Value::undefined());
        return Value::object(promise);
    }
    // 5. Set asyncDisposableStack.[[AsyncDisposableState]] to disposed.
    ValueArray* capability = stack.value()->capability();
    stack.value()->set_capability(vm.heap(), nullptr);
    // 6. Let result be Completion(DisposeResources(asyncDisposableStack.[[DisposeCapability]],
    //    NormalCompletion(undefined))).
    auto result = dispose_resources_async(vm, *capability, false, Value::undefined());
    // 7. IfAbruptRejectPromise(result, promiseCapability).
    if (result.is_throw()) {
        reject_promise(vm, *promise, vm.take_pending_exception());
        return Value::object(promise);
    }
    // 8. Perform ! Call(promiseCapability.[[Resolve]], undefined, « result »). (A disposal that
    //    awaited settles a promise of its own, which is the one to return.)
    if (result.value().is_object())
        return result.value();
    fulfill_promise(vm, *promise, Value::undefined());
    return Value::object(promise);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/disposable_stack/async_disposable_stack_prototype.def"
    // 27.4.3.7 AsyncDisposableStack.prototype [ %Symbol.asyncDispose% ] is
    // %AsyncDisposableStack.prototype.disposeAsync%.
    // 27.4.3.8 AsyncDisposableStack.prototype [ %Symbol.toStringTag% ]: "AsyncDisposableStack".
    define_symbol_properties(vm, target, kAsync, "disposeAsync", vm.symbols().async_dispose);
}

}

}
