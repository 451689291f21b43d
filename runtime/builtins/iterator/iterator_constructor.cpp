#include "runtime/builtins/iterator/iterator_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/iterator/iterator_helpers.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime::builtins::iterator_constructor {

// Iterator ( ) — https://tc39.es/ecma262/#sec-iterator-constructor
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is either undefined or the active function object, throw a TypeError exception.
    if (!arguments.new_target || arguments.new_target == arguments.callee)
        return vm.throw_type_error(ErrorType::NotAConstructor, { "Iterator (an abstract class)" });
    // 2. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Iterator.prototype%").
    return Value::object(TRY(ordinary_create_from_constructor(vm, *arguments.new_target, &Realm::iterator_prototype)));
}

// Iterator.from ( O ) — https://tc39.es/ecma262/#sec-iterator.from
ThrowCompletionOr<Value> from(VM& vm, Arguments const& arguments)
{
    // 1. Let iteratorRecord be ? GetIteratorFlattenable(O, iterate-string-primitives).
    IteratorRecord record = TRY(get_iterator_flattenable(vm, arguments.at(0), PrimitiveHandling::IterateStrings));
    // 2. Let hasInstance be ? OrdinaryHasInstance(%Iterator%, iteratorRecord.[[Iterator]]).
    bool has_instance = TRY(ordinary_has_instance(vm, Value::object(vm.current_realm().iterator_constructor()), Value::object(record.iterator)));
    // 3. If hasInstance is true, then return iteratorRecord.[[Iterator]].
    if (has_instance)
        return Value::object(record.iterator);
    // 4. Let wrapper be OrdinaryObjectCreate(%WrapForValidIteratorPrototype%, « [[Iterated]] »).
    // 5. Set wrapper.[[Iterated]] to iteratorRecord.
    ValueArray* iterated = ValueArray::create(vm.heap(), 2, Value::undefined());
    iterated->set(vm.heap(), 0, Value::object(record.iterator));
    iterated->set(vm.heap(), 1, record.next_method);
    iterated->set_size(2);
    // 6. Return wrapper.
    return Value::object(BuiltinIterator::create(vm, ObjectKind::WrapForValidIterator,
        vm.current_realm().wrap_for_valid_iterator_prototype(), Value::internal_cell(iterated), IterationKind::Value));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/iterator_constructor.def"
}

}

namespace sable::runtime::builtins::iterator_helper_prototype {

namespace {

ValueArray* state_of(Object& helper)
{
    return reinterpret_cast<ValueArray*>(static_cast<BuiltinIterator&>(helper).iterated().as_internal_cell());
}

IteratorRecord record_at(ValueArray& state, uint32_t iterator_slot)
{
    return IteratorRecord { state.at(iterator_slot).as_object(), state.at(iterator_slot + 1), false };
}

void set_state(ValueArray& state, IteratorHelperState value) { state.set_non_cell(kState, Value::int32(int32_t(value))); }

ThrowCompletionOr<Object*> this_helper(VM& vm, Value this_value)
{
    // RequireInternalSlot(O, [[UnderlyingIterator]]).
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::IteratorHelper)
        return vm.throw_type_error(ErrorType::NotA, { "%IteratorHelperPrototype% method", "Iterator Helper" });
    return this_value.as_object();
}

// One resumption of the helper's closure (the bodies of 27.1.4.2, .5, .8, .9, .11 up to their
// next Yield): the value it yields, or std::nullopt when it completes.
ThrowCompletionOr<std::optional<Value>> step(VM& vm, ValueArray& state)
{
    IteratorRecord iterated = record_at(state, kUnderlyingIterator);
    auto kind = IteratorHelperKind(state.at(kKind).as_int32());
    Value function = state.at(kFunction);
    double counter = state.at(kCounter).as_number();
    auto bump_counter = [&] { state.set_non_cell(kCounter, Value::number(++counter)); };
    auto call_function = [&](Value value) {
        Value call_arguments[] = { value, Value::number(counter) };
        return call(vm, function, Value::undefined(), call_arguments);
    };
    switch (kind) {
    case IteratorHelperKind::Map: {
        // a. Let value be ? IteratorStepValue(iterated). b. If value is done, return ReturnCompletion(undefined).
        auto value = TRY(iterator_step_value(vm, iterated));
        if (!value)
            return std::optional<Value>();
        // c. Let mapped be Completion(Call(mapper, undefined, « value, 𝔽(counter) »)).
        // d. IfAbruptCloseIterator(mapped, iterated).
        auto mapped = call_function(*value);
        if (mapped.is_throw())
            return iterator_close_with_throw(vm, iterated);
        // e-g. Yield mapped; set counter to counter + 1.
        bump_counter();
        return std::optional<Value>(mapped.release_value());
    }
    case IteratorHelperKind::Filter:
        while (true) {
            auto value = TRY(iterator_step_value(vm, iterated));
            if (!value)
                return std::optional<Value>();
            // c. Let selected be Completion(Call(predicate, undefined, « value, 𝔽(counter) »)).
            auto selected = call_function(*value);
            if (selected.is_throw())
                return iterator_close_with_throw(vm, iterated);
            bump_counter();
            // e. If ToBoolean(selected) is true, then yield value.
            if (to_boolean(selected.value()))
                return std::optional<Value>(*value);
        }
    case IteratorHelperKind::Take: {
        double remaining = state.at(kRemaining).as_number();
        // a. If remaining = 0, then return ? IteratorClose(iterated, ReturnCompletion(undefined)).
        if (remaining == 0) {
            TRY(iterator_close(vm, iterated));
            return std::optional<Value>();
        }
        // b. If remaining ≠ +∞, set remaining to remaining - 1.
        if (remaining != INFINITY)
            state.set_non_cell(kRemaining, Value::number(remaining - 1));
        // c-d. Let value be ? IteratorStepValue(iterated); if done, return.
        auto value = TRY(iterator_step_value(vm, iterated));
        if (!value)
            return std::optional<Value>();
        // e. Yield value.
        return std::optional<Value>(*value);
    }
    case IteratorHelperKind::Drop: {
        // a. Repeat, while remaining > 0: skip values.
        double remaining = state.at(kRemaining).as_number();
        while (remaining > 0) {
            if (remaining != INFINITY)
                --remaining;
            state.set_non_cell(kRemaining, Value::number(remaining));
            Object* next = TRY(iterator_step(vm, iterated));
            if (!next)
                return std::optional<Value>();
        }
        // b. Repeat: yield each remaining value.
        auto value = TRY(iterator_step_value(vm, iterated));
        if (!value)
            return std::optional<Value>();
        return std::optional<Value>(*value);
    }
    case IteratorHelperKind::FlatMap:
        while (true) {
            // v. Repeat, while innerAlive is true: the current inner iterator's next value.
            if (!state.at(kInnerIterator).is_undefined()) {
                IteratorRecord inner = record_at(state, kInnerIterator);
                auto inner_value = iterator_step_value(vm, inner);
                // 1-2. IfAbruptCloseIterator(innerValue, iterated).
                if (inner_value.is_throw())
                    return iterator_close_with_throw(vm, iterated);
                // 3. If innerValue is done, set innerAlive to false.
                if (!inner_value.value()) {
                    state.set(vm.heap(), kInnerIterator, Value::undefined());
                    continue;
                }
                // 4. Else, yield innerValue.
                return std::optional<Value>(*inner_value.value());
            }
            // a-b. Let value be ? IteratorStepValue(iterated); if done, return.
            auto value = TRY(iterator_step_value(vm, iterated));
            if (!value)
                return std::optional<Value>();
            // c-d. Let mapped be Completion(Call(mapper, undefined, « value, 𝔽(counter) »)); IfAbruptCloseIterator.
            auto mapped = call_function(*value);
            if (mapped.is_throw())
                return iterator_close_with_throw(vm, iterated);
            // e-f. Let innerIterator be Completion(GetIteratorFlattenable(mapped, reject-primitives)); IfAbruptCloseIterator.
            auto inner = get_iterator_flattenable(vm, mapped.value(), PrimitiveHandling::Reject);
            if (inner.is_throw())
                return iterator_close_with_throw(vm, iterated);
            state.set(vm.heap(), kInnerIterator, Value::object(inner.value().iterator));
            state.set(vm.heap(), kInnerNext, inner.value().next_method);
            // vi. Set counter to counter + 1.
            bump_counter();
        }
    }
    return std::optional<Value>();
}

}

// %IteratorHelperPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    // 1. Return ? GeneratorResume(this value, undefined, "Iterator Helper").
    Object* helper = TRY(this_helper(vm, arguments.this_value));
    ValueArray* state = state_of(*helper);
    auto current = IteratorHelperState(state->at(kState).as_int32());
    // GeneratorValidate: a running helper cannot be resumed.
    if (current == IteratorHelperState::Executing)
        return vm.throw_type_error(ErrorType::NotA, { "Iterator Helper", "suspended generator (it is running)" });
    if (current == IteratorHelperState::Completed)
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    set_state(*state, IteratorHelperState::Executing);
    auto result = step(vm, *state);
    if (result.is_throw() || !result.value()) {
        set_state(*state, IteratorHelperState::Completed);
        if (result.is_throw())
            return ThrowCompletion {};
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    }
    set_state(*state, IteratorHelperState::SuspendedYield);
    return Value::object(create_iter_result_object(vm, *result.value(), false));
}

// %IteratorHelperPrototype%.return ( ) — https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.return
ThrowCompletionOr<Value> return_(VM& vm, Arguments const& arguments)
{
    // 1. Let O be this value. 2. Perform ? RequireInternalSlot(O, [[UnderlyingIterator]]).
    Object* helper = TRY(this_helper(vm, arguments.this_value));
    ValueArray* state = state_of(*helper);
    auto current = IteratorHelperState(state->at(kState).as_int32());
    if (current == IteratorHelperState::Executing)
        return vm.throw_type_error(ErrorType::NotA, { "Iterator Helper", "suspended generator (it is running)" });
    // 4-5. Completed: nothing to close.
    if (current == IteratorHelperState::Completed)
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    // 4. If O.[[GeneratorState]] is suspended-start, then
    //    a. Set O.[[GeneratorState]] to completed.
    //    b-c. Perform ? IteratorClose(O.[[UnderlyingIterator]], NormalCompletion(unused)).
    //    d. Return CreateIteratorResultObject(undefined, true).
    // (Suspended at a yield, the return completion makes flatMap close its inner iterator and
    // then every helper close the underlying one.)
    set_state(*state, IteratorHelperState::Completed);
    if (!state->at(kInnerIterator).is_undefined()) {
        IteratorRecord inner = record_at(*state, kInnerIterator);
        auto closed = iterator_close(vm, inner);
        if (closed.is_throw())
            return iterator_close_with_throw(vm, record_at(*state, kUnderlyingIterator));
    }
    TRY(iterator_close(vm, record_at(*state, kUnderlyingIterator)));
    return Value::object(create_iter_result_object(vm, Value::undefined(), true));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/iterator_helper_prototype.def"
    // 27.1.2.1.3 %IteratorHelperPrototype% [ %Symbol.toStringTag% ]: "Iterator Helper".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Iterator Helper")), kConfigurableOnly)));
}

}

namespace sable::runtime::builtins::wrap_for_valid_iterator_prototype {

namespace {

ThrowCompletionOr<ValueArray*> iterated_of(VM& vm, Value this_value)
{
    // RequireInternalSlot(O, [[Iterated]]).
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::WrapForValidIterator)
        return vm.throw_type_error(ErrorType::NotA, { "%WrapForValidIteratorPrototype% method", "wrapped iterator" });
    return reinterpret_cast<ValueArray*>(static_cast<BuiltinIterator*>(this_value.as_object())->iterated().as_internal_cell());
}

}

// %WrapForValidIteratorPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%wrapforvaliditeratorprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    // 1-3. Let iteratorRecord be O.[[Iterated]].
    ValueArray* iterated = TRY(iterated_of(vm, arguments.this_value));
    // 4. Return ? Call(iteratorRecord.[[NextMethod]], iteratorRecord.[[Iterator]]).
    return call(vm, iterated->at(1), iterated->at(0), {});
}

// %WrapForValidIteratorPrototype%.return ( ) — https://tc39.es/ecma262/#sec-%wrapforvaliditeratorprototype%.return
ThrowCompletionOr<Value> return_(VM& vm, Arguments const& arguments)
{
    ValueArray* iterated = TRY(iterated_of(vm, arguments.this_value));
    // 3. Let iterator be O.[[Iterated]].[[Iterator]].
    Object& iterator = *iterated->at(0).as_object();
    // 5. Let returnMethod be ? GetMethod(iterator, "return").
    Value return_method = TRY(get_method(vm, iterator, PropertyKey::from_atom(vm.atoms().return_)));
    // 6. If returnMethod is undefined, return CreateIteratorResultObject(undefined, true).
    if (return_method.is_undefined())
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    // 7. Return ? Call(returnMethod, iterator).
    return call(vm, return_method, Value::object(&iterator), {});
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/wrap_for_valid_iterator_prototype.def"
}

}
