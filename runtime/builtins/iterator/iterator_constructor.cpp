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
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <algorithm>
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

// Iterator.concat ( ...items ) — https://tc39.es/proposal-iterator-sequencing/#sec-iterator.concat
ThrowCompletionOr<Value> concat(VM& vm, Arguments const& arguments)
{
    // 1. Let iterables be a new empty List (here « [[OpenMethod]], [[Iterable]] » pairs).
    ValueArray* iterables = ValueArray::create(vm.heap(), uint32_t(arguments.size() * 2 + 1), Value::undefined());
    // 2. For each element item of items, do
    for (uint32_t i = 0; i < arguments.size(); ++i) {
        Value item = arguments.at(i);
        // a. If item is not an Object, throw a TypeError exception.
        if (!item.is_object())
            return vm.throw_type_error(ErrorType::NotAnObject, { "Iterator.concat's argument" });
        // b. Let method be ? GetMethod(item, %Symbol.iterator%).
        Value method = TRY(get_method(vm, *item.as_object(), PropertyKey::from_symbol(vm.symbols().iterator)));
        // c. If method is undefined, throw a TypeError exception.
        if (method.is_undefined())
            return vm.throw_type_error(ErrorType::NotIterable, { "Iterator.concat's argument" });
        // d. Append the Record { [[OpenMethod]]: method, [[Iterable]]: item } to iterables.
        iterables->set(vm.heap(), i * 2, method);
        iterables->set(vm.heap(), i * 2 + 1, item);
    }
    iterables->set_size(uint32_t(arguments.size() * 2));
    // 3-6. The closure (concat_step) in an Iterator Helper whose [[UnderlyingIterators]] is empty.
    BuiltinIterator* helper = create_iterator_helper(vm, IteratorRecord {}, IteratorHelperKind::Concat, Value::undefined(), 0);
    iterator_helper_state(*helper).set(vm.heap(), kIterators, Value::internal_cell(iterables));
    return Value::object(helper);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/iterator_constructor.def"
}

}

namespace sable::runtime::builtins::iterator_helper_prototype {

namespace {

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

// The closure of Iterator.prototype.chunks (step 6), up to its next Yield.
ThrowCompletionOr<std::optional<Value>> chunks_step(VM& vm, ValueArray& state, IteratorRecord& iterated)
{
    // (After the last, partial chunk the closure returns.)
    if (state.at(kUnderlyingDone).as_bool())
        return std::optional<Value>();
    auto chunk_size = uint32_t(state.at(kRemaining).as_number());
    // a. Let buffer be a new empty List. b. Repeat,
    ValueList buffer(vm.heap());
    while (true) {
        // i. Let value be ? IteratorStepValue(iterated).
        auto value = TRY(iterator_step_value(vm, iterated));
        // ii. If value is done, then
        if (!value) {
            state.set_non_cell(kUnderlyingDone, Value::boolean(true));
            // 1. If buffer is not empty, perform ? Yield(CreateArrayFromList(buffer)).
            // 2. Return ReturnCompletion(undefined).
            if (buffer.is_empty())
                return std::optional<Value>();
            return std::optional<Value>(Value::object(create_array_from_list(vm, buffer.span())));
        }
        // iii. Append value to buffer.
        buffer.append(*value);
        // iv. If the number of elements in buffer is chunkSize, then yield
        //     CreateArrayFromList(buffer) (an abrupt completion closes iterated: see return()).
        if (buffer.size() == chunk_size)
            return std::optional<Value>(Value::object(create_array_from_list(vm, buffer.span())));
    }
}

// The closure of Iterator.prototype.windows (step 8), up to its next Yield. The window lives in
// the state (kBuffer) between resumptions.
ThrowCompletionOr<std::optional<Value>> windows_step(VM& vm, ValueArray& state, IteratorRecord& iterated)
{
    if (state.at(kUnderlyingDone).as_bool())
        return std::optional<Value>();
    auto window_size = uint32_t(state.at(kRemaining).as_number());
    // a. Let buffer be a new empty List. b. Repeat,
    if (state.at(kBuffer).is_undefined()) {
        ValueArray* initial = ValueArray::create(vm.heap(), std::min<uint32_t>(window_size, 8), Value::undefined());
        state.set(vm.heap(), kBuffer, Value::internal_cell(initial));
    }
    while (true) {
        auto* buffer = reinterpret_cast<ValueArray*>(state.at(kBuffer).as_internal_cell());
        // i. Let value be ? IteratorStepValue(iterated).
        auto value = TRY(iterator_step_value(vm, iterated));
        // ii. If value is done, then
        if (!value) {
            state.set_non_cell(kUnderlyingDone, Value::boolean(true));
            // 1. If undersized is "allow-partial", buffer is not empty and has fewer than
            //    windowSize elements, perform ? Yield(CreateArrayFromList(buffer)).
            // 2. Return ReturnCompletion(undefined).
            if (state.at(kAllowPartial).as_bool() && buffer->size() > 0 && buffer->size() < window_size)
                return std::optional<Value>(Value::object(create_array_from_list(vm, buffer->used())));
            return std::optional<Value>();
        }
        uint32_t size = buffer->size();
        // iii. If the number of elements in buffer is windowSize, remove the first element.
        if (size == window_size) {
            for (uint32_t i = 1; i < size; ++i)
                buffer->set(vm.heap(), i - 1, buffer->at(i));
            --size;
        } else if (size == buffer->capacity()) {
            buffer = ValueArray::copy(vm.heap(), buffer, size, uint32_t(std::min<uint64_t>(uint64_t(size) * 2, window_size)), Value::undefined());
            state.set(vm.heap(), kBuffer, Value::internal_cell(buffer));
        }
        // iv. Append value to buffer.
        buffer->set(vm.heap(), size, *value);
        buffer->set_size(size + 1);
        // v. If the number of elements in buffer is windowSize, yield CreateArrayFromList(buffer)
        //    (an abrupt completion closes iterated: see return()).
        if (size + 1 == window_size)
            return std::optional<Value>(Value::object(create_array_from_list(vm, buffer->used())));
    }
}

// The closure of Iterator.concat (step 3), up to its next Yield: kCounter is the index of the
// next iterable to open, kInnerIterator the one being drained.
ThrowCompletionOr<std::optional<Value>> concat_step(VM& vm, ValueArray& state)
{
    auto* iterables = reinterpret_cast<ValueArray*>(state.at(kIterators).as_internal_cell());
    while (true) {
        if (!state.at(kInnerIterator).is_undefined()) {
            IteratorRecord inner = record_at(state, kInnerIterator);
            // v. Repeat, while innerAlive is true,
            //    1. Let innerValue be ? IteratorStepValue(iteratorRecord).
            auto inner_value = TRY(iterator_step_value(vm, inner));
            //    3. Else, yield innerValue (an abrupt completion closes iteratorRecord: see return()).
            if (inner_value)
                return inner_value;
            //    2. If innerValue is done, set innerAlive to false.
            state.set(vm.heap(), kInnerIterator, Value::undefined());
            state.set(vm.heap(), kInnerNext, Value::undefined());
        }
        // a. For each Record iterable of iterables, do
        auto index = uint32_t(state.at(kCounter).as_number());
        // b. Return ReturnCompletion(undefined).
        if (index * 2 >= iterables->size())
            return std::optional<Value>();
        state.set_non_cell(kCounter, Value::number(index + 1));
        // i. Let iter be ? Call(iterable.[[OpenMethod]], iterable.[[Iterable]]).
        Value iterator = TRY(call(vm, iterables->at(index * 2), iterables->at(index * 2 + 1), {}));
        // ii. If iter is not an Object, throw a TypeError exception.
        if (!iterator.is_object())
            return vm.throw_type_error(ErrorType::IteratorNotObject);
        // iii. Let iteratorRecord be ? GetIteratorDirect(iter). iv. Let innerAlive be true.
        IteratorRecord record = TRY(get_iterator_direct(vm, *iterator.as_object()));
        state.set(vm.heap(), kInnerIterator, Value::object(record.iterator));
        state.set(vm.heap(), kInnerNext, record.next_method);
    }
}

// What a return completion closes, at the start or at a Yield: flatMap and concat close their
// inner iterator, zip its open iterators, and every other helper its underlying iterator (but
// chunks and windows yield their last partial array with ? Yield, which closes nothing).
ThrowCompletionOr<void> close_underlying(VM& vm, ValueArray& state)
{
    if (IteratorHelperKind(state.at(kKind).as_int32()) == IteratorHelperKind::Zip)
        return iterator_close_all(vm, *reinterpret_cast<ValueArray*>(state.at(kIterators).as_internal_cell()), false);
    bool has_underlying = !state.at(kUnderlyingIterator).is_undefined() && !state.at(kUnderlyingDone).as_bool();
    if (!state.at(kInnerIterator).is_undefined()) {
        IteratorRecord inner = record_at(state, kInnerIterator);
        if (iterator_close(vm, inner).is_throw()) {
            if (has_underlying)
                return iterator_close_with_throw(vm, record_at(state, kUnderlyingIterator));
            return ThrowCompletion {};
        }
    }
    if (has_underlying)
        return iterator_close(vm, record_at(state, kUnderlyingIterator));
    return {};
}

// One resumption of the helper's closure (the bodies of 27.1.4.2, .5, .8, .9, .11 up to their
// next Yield): the value it yields, or std::nullopt when it completes.
ThrowCompletionOr<std::optional<Value>> step(VM& vm, ValueArray& state)
{
    // (concat and zip have no underlying iterator.)
    IteratorRecord iterated = state.at(kUnderlyingIterator).is_undefined() ? IteratorRecord {} : record_at(state, kUnderlyingIterator);
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
    case IteratorHelperKind::Chunks:
        return chunks_step(vm, state, iterated);
    case IteratorHelperKind::Windows:
        return windows_step(vm, state, iterated);
    case IteratorHelperKind::Concat:
        return concat_step(vm, state);
    case IteratorHelperKind::Zip:
        return iterator_zip_step(vm, state);
    }
    return std::optional<Value>();
}

}

// %IteratorHelperPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%iteratorhelperprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    // 1. Return ? GeneratorResume(this value, undefined, "Iterator Helper").
    Object* helper = TRY(this_helper(vm, arguments.this_value));
    ValueArray* state = &iterator_helper_state(*helper);
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
    ValueArray* state = &iterator_helper_state(*helper);
    auto current = IteratorHelperState(state->at(kState).as_int32());
    if (current == IteratorHelperState::Executing)
        return vm.throw_type_error(ErrorType::NotA, { "Iterator Helper", "suspended generator (it is running)" });
    // 4-5. Completed: nothing to close.
    if (current == IteratorHelperState::Completed)
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    // 4. If O.[[GeneratorState]] is suspended-start, then
    //    a. Set O.[[GeneratorState]] to completed.
    //    b-c. Perform ? IteratorClose(O.[[UnderlyingIterator]], ReturnCompletion(undefined)) and
    //         ? IteratorCloseAll(O.[[UnderlyingIterators]], ReturnCompletion(undefined)).
    //    d. Return CreateIteratorResultObject(undefined, true).
    // 5-6. Else GeneratorResumeAbrupt with a return completion: the helper runs (a return() it
    //      causes throws) until the completion leaves its closure.
    set_state(*state, current == IteratorHelperState::SuspendedYield ? IteratorHelperState::Executing : IteratorHelperState::Completed);
    auto closed = close_underlying(vm, *state);
    set_state(*state, IteratorHelperState::Completed);
    TRY(closed);
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
