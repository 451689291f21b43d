#include "runtime/builtins/promise/promise_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/error_types.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::promise_prototype {

namespace {

Value data_at(Arguments const& arguments, uint32_t index)
{
    auto* data = reinterpret_cast<ValueArray*>(static_cast<NativeFunction*>(arguments.callee)->data().as_internal_cell());
    return data->at(index);
}

NativeFunction* closure(VM& vm, NativeFunctionPointer behaviour, uint32_t length, std::initializer_list<Value> values)
{
    ValueArray* data = ValueArray::create(vm.heap(), uint32_t(values.size()), Value::undefined());
    uint32_t i = 0;
    for (Value value : values)
        data->set(vm.heap(), i++, value);
    data->set_size(uint32_t(values.size()));
    NativeFunction* function = NativeFunction::create(vm, vm.current_realm(), behaviour, vm.atoms().empty, length);
    function->set_data(vm.heap(), Value::internal_cell(data));
    return function;
}

// finally's returnValue closure: returns the captured value.
ThrowCompletionOr<Value> return_value(VM&, Arguments const& arguments) { return data_at(arguments, 0); }

// finally's throwReason closure: throws the captured reason.
ThrowCompletionOr<Value> throw_reason(VM& vm, Arguments const& arguments) { return vm.throw_value(data_at(arguments, 0)); }

// thenFinallyClosure / catchFinallyClosure (27.2.5.3 steps 6.a and 6.c); data: [onFinally, C].
ThrowCompletionOr<Value> finally_closure(VM& vm, Arguments const& arguments, bool is_catch)
{
    Value on_finally = data_at(arguments, 0);
    Object& constructor = *data_at(arguments, 1).as_object();
    // i. Let result be ? Call(onFinally, undefined).
    Value result = TRY(call(vm, on_finally, Value::undefined(), {}));
    // ii. Let p be ? PromiseResolve(C, result).
    Object* p = TRY(promise_resolve(vm, constructor, result));
    // iii-iv. returnValue / throwReason closures over value / reason.
    NativeFunction* thunk = closure(vm, is_catch ? throw_reason : return_value, 0, { arguments.at(0) });
    // v. Return ? Invoke(p, "then", « valueThunk » / « thrower »).
    Value then_arguments[] = { Value::object(thunk) };
    return invoke(vm, Value::object(p), PropertyKey::from_atom(vm.atoms().then), then_arguments);
}

ThrowCompletionOr<Value> then_finally(VM& vm, Arguments const& arguments) { return finally_closure(vm, arguments, false); }
ThrowCompletionOr<Value> catch_finally(VM& vm, Arguments const& arguments) { return finally_closure(vm, arguments, true); }

}

// Promise.prototype.catch ( onRejected ) — https://tc39.es/ecma262/#sec-promise.prototype.catch
ThrowCompletionOr<Value> catch_(VM& vm, Arguments const& arguments)
{
    // 1. Let promise be the this value.
    // 2. Return ? Invoke(promise, "then", « undefined, onRejected »).
    Value then_arguments[] = { Value::undefined(), arguments.at(0) };
    return invoke(vm, arguments.this_value, PropertyKey::from_atom(vm.atoms().then), then_arguments);
}

// Promise.prototype.finally ( onFinally ) — https://tc39.es/ecma262/#sec-promise.prototype.finally
ThrowCompletionOr<Value> finally(VM& vm, Arguments const& arguments)
{
    // 1. Let promise be the this value.
    Value promise = arguments.this_value;
    // 2. If promise is not an Object, throw a TypeError exception.
    if (!promise.is_object())
        return vm.throw_type_error(ErrorType::NotA, { "Promise.prototype.finally", "Object" });
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    Object* constructor = TRY(species_constructor(vm, *promise.as_object(), *vm.current_realm().promise_constructor()));
    // 4. Assert: IsConstructor(C) is true.
    Value on_finally = arguments.at(0);
    Value then_finally_function = on_finally;
    Value catch_finally_function = on_finally;
    // 5. If IsCallable(onFinally) is false, then thenFinally and catchFinally are onFinally.
    // 6. Else, make the two closures.
    if (is_callable(on_finally)) {
        then_finally_function = Value::object(closure(vm, then_finally, 1, { on_finally, Value::object(constructor) }));
        catch_finally_function = Value::object(closure(vm, catch_finally, 1, { on_finally, Value::object(constructor) }));
    }
    // 7. Return ? Invoke(promise, "then", « thenFinally, catchFinally »).
    Value then_arguments[] = { then_finally_function, catch_finally_function };
    return invoke(vm, promise, PropertyKey::from_atom(vm.atoms().then), then_arguments);
}

// Promise.prototype.then ( onFulfilled, onRejected ) — https://tc39.es/ecma262/#sec-promise.prototype.then
ThrowCompletionOr<Value> then(VM& vm, Arguments const& arguments)
{
    // 1. Let promise be the this value.
    Value promise = arguments.this_value;
    // 2. If IsPromise(promise) is false, throw a TypeError exception.
    if (!is_promise(promise))
        return vm.throw_type_error(ErrorType::NotA, { "Promise.prototype.then", "Promise" });
    // 3. Let C be ? SpeciesConstructor(promise, %Promise%).
    Object* constructor = TRY(species_constructor(vm, *promise.as_object(), *vm.current_realm().promise_constructor()));
    // 4. Let resultCapability be ? NewPromiseCapability(C).
    PromiseCapability capability = TRY(new_promise_capability(vm, Value::object(constructor)));
    // 5. Return PerformPromiseThen(promise, onFulfilled, onRejected, resultCapability).
    return perform_promise_then(vm, static_cast<Promise&>(*promise.as_object()), arguments.at(0), arguments.at(1), capability);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/promise/promise_prototype.def"
    // 27.2.5.5 Promise.prototype [ %Symbol.toStringTag% ]: "Promise".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Promise")), kConfigurableOnly)));
}

}
