#include "runtime/builtins/iterator/iterator_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/iterator/iterator_helpers.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime {

BuiltinIterator* create_iterator_helper(VM& vm, IteratorRecord const& underlying, IteratorHelperKind kind, Value function, double remaining)
{
    ValueArray* state = ValueArray::create(vm.heap(), kIteratorHelperSlotCount, Value::undefined());
    if (underlying.iterator) {
        state->set(vm.heap(), kUnderlyingIterator, Value::object(underlying.iterator));
        state->set(vm.heap(), kUnderlyingNext, underlying.next_method);
    }
    state->set(vm.heap(), kFunction, function);
    state->set_non_cell(kCounter, Value::int32(0));
    state->set_non_cell(kRemaining, Value::number(remaining));
    state->set_non_cell(kState, Value::int32(int32_t(IteratorHelperState::SuspendedStart)));
    state->set_non_cell(kKind, Value::int32(int32_t(kind)));
    state->set_non_cell(kUnderlyingDone, Value::boolean(false));
    state->set_size(kIteratorHelperSlotCount);
    return BuiltinIterator::create(vm, ObjectKind::IteratorHelper, vm.current_realm().iterator_helper_prototype(),
        Value::internal_cell(state), IterationKind::Value);
}

ValueArray& iterator_helper_state(Object& helper)
{
    return *reinterpret_cast<ValueArray*>(static_cast<BuiltinIterator&>(helper).iterated().as_internal_cell());
}

// GetIteratorFlattenable ( obj, primitiveHandling ) — https://tc39.es/ecma262/#sec-getiteratorflattenable
ThrowCompletionOr<IteratorRecord> get_iterator_flattenable(VM& vm, Value object, PrimitiveHandling handling)
{
    // 1. If obj is not an Object, then
    //    a. If primitiveHandling is reject-primitives, throw a TypeError exception.
    //    b. Assert: primitiveHandling is iterate-string-primitives.
    //    c. If obj is not a String, throw a TypeError exception.
    if (!object.is_object() && (handling == PrimitiveHandling::Reject || !object.is_string()))
        return vm.throw_type_error(ErrorType::NotAnObject, { "The value to flatten" });
    // 2. Let method be ? GetMethod(obj, %Symbol.iterator%).
    Value method = TRY(get_method_of_value(vm, object, PropertyKey::from_symbol(vm.symbols().iterator)));
    Value iterator;
    // 3. If method is undefined, then let iterator be obj.
    if (method.is_undefined())
        iterator = object;
    else
        // 4. Else, let iterator be ? Call(method, obj).
        iterator = TRY(call(vm, method, object, {}));
    // 5. If iterator is not an Object, throw a TypeError exception.
    if (!iterator.is_object())
        return vm.throw_type_error(ErrorType::IteratorNotObject);
    // 6. Return ? GetIteratorDirect(iterator).
    return get_iterator_direct(vm, *iterator.as_object());
}

}

namespace sable::runtime::builtins::iterator_prototype {

namespace {

// Steps 1-4 of map/filter/flatMap/forEach/some/every/find/reduce: O is an Object; the callback is
// callable, else the underlying iterator is closed and a TypeError thrown; then GetIteratorDirect.
ThrowCompletionOr<IteratorRecord> this_iterator_with_callback(VM& vm, Arguments const& arguments, std::string_view method)
{
    // 1. Let O be the this value. 2. If O is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { method });
    Object& object = *arguments.this_value.as_object();
    // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
    IteratorRecord iterated { &object, Value::undefined(), false };
    // 4. If IsCallable(callback) is false, then close iterated with a TypeError.
    if (!is_callable(arguments.at(0))) {
        (void)vm.throw_type_error(ErrorType::NotAFunction, { "The callback" });
        return iterator_close_with_throw(vm, iterated);
    }
    // 5. Set iterated to ? GetIteratorDirect(O).
    return get_iterator_direct(vm, object);
}

// The limit of take and drop (27.1.4.2 / 27.1.4.11 steps 3-8).
ThrowCompletionOr<double> limit_argument(VM& vm, Arguments const& arguments, std::string_view method)
{
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { method });
    IteratorRecord iterated { arguments.this_value.as_object(), Value::undefined(), false };
    // Let numLimit be Completion(ToNumber(limit)); IfAbruptCloseIterator(numLimit, iterated).
    auto number_limit = to_number(vm, arguments.at(0));
    if (number_limit.is_throw())
        return iterator_close_with_throw(vm, iterated);
    // If numLimit is NaN, close with a RangeError.
    if (std::isnan(number_limit.value())) {
        (void)vm.throw_range_error(ErrorType::InvalidIndex, { "NaN" });
        return iterator_close_with_throw(vm, iterated);
    }
    // Let integerLimit be ! ToIntegerOrInfinity(numLimit); if negative (or finite and past
    // 2^53 - 1), close with a RangeError.
    double integer_limit = number_to_integer_or_infinity(number_limit.value());
    if (integer_limit < 0 || (integer_limit != INFINITY && integer_limit > 9007199254740991.0)) {
        (void)vm.throw_range_error(ErrorType::InvalidIndex, { primitive_to_string(vm, Value::number(integer_limit))->to_utf8(vm.heap()) });
        return iterator_close_with_throw(vm, iterated);
    }
    return integer_limit;
}

ThrowCompletionOr<Value> make_helper(VM& vm, Arguments const& arguments, IteratorHelperKind kind, std::string_view method)
{
    IteratorRecord iterated = TRY(this_iterator_with_callback(vm, arguments, method));
    return Value::object(create_iterator_helper(vm, iterated, kind, arguments.at(0), 0));
}

ThrowCompletionOr<Value> make_limited_helper(VM& vm, Arguments const& arguments, IteratorHelperKind kind, std::string_view method)
{
    double limit = TRY(limit_argument(vm, arguments, method));
    IteratorRecord iterated = TRY(get_iterator_direct(vm, *arguments.this_value.as_object()));
    return Value::object(create_iterator_helper(vm, iterated, kind, Value::undefined(), limit));
}

// The size argument of chunks and windows (step 4 of both): an integral Number from 1 to
// 2^32 - 1, else the iterator is closed with a TypeError (not an integral Number) or a RangeError.
ThrowCompletionOr<double> size_argument(VM& vm, IteratorRecord const& iterated, Value size, std::string_view name)
{
    if (!is_integral_number(size)) {
        (void)vm.throw_type_error(ErrorType::ArgumentNotIntegral, { name });
        return iterator_close_with_throw(vm, iterated);
    }
    double value = size.as_number();
    if (value < 1 || value > 4294967295.0) {
        (void)vm.throw_range_error(ErrorType::ArgumentOutOfRange, { name, "1", "2^32 - 1" });
        return iterator_close_with_throw(vm, iterated);
    }
    return value;
}

ThrowCompletionOr<IteratorRecord> this_iterator_record(VM& vm, Arguments const& arguments, std::string_view method)
{
    // 1. Let O be the this value. 2. If O is not an Object, throw a TypeError exception.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { method });
    // 3. Let iterated be the Iterator Record { [[Iterator]]: O, [[NextMethod]]: undefined, [[Done]]: false }.
    return IteratorRecord { arguments.this_value.as_object(), Value::undefined(), false };
}

enum class Search : uint8_t { Every, Some, Find, ForEach };

// every / some / find / forEach (27.1.4.3, .10, .4, .6): call fn(value, counter) for each value.
ThrowCompletionOr<Value> search(VM& vm, Arguments const& arguments, Search mode, std::string_view method)
{
    IteratorRecord iterated = TRY(this_iterator_with_callback(vm, arguments, method));
    Value function = arguments.at(0);
    // Let counter be 0. Repeat,
    for (double counter = 0;; ++counter) {
        // a. Let value be ? IteratorStepValue(iterated).
        auto value = TRY(iterator_step_value(vm, iterated));
        // b. If value is done, return true (every) / false (some) / undefined (find, forEach).
        if (!value) {
            if (mode == Search::Every)
                return Value::boolean(true);
            if (mode == Search::Some)
                return Value::boolean(false);
            return Value::undefined();
        }
        // c. Let result be Completion(Call(fn, undefined, « value, 𝔽(counter) »)).
        Value call_arguments[] = { *value, Value::number(counter) };
        auto result = call(vm, function, Value::undefined(), call_arguments);
        // d. IfAbruptCloseIterator(result, iterated).
        if (result.is_throw())
            return iterator_close_with_throw(vm, iterated);
        if (mode == Search::ForEach)
            continue;
        bool truthy = to_boolean(result.value());
        // e. every: if ToBoolean(result) is false, return ? IteratorClose(iterated, false).
        //    some: if true, return ? IteratorClose(iterated, true).
        //    find: if true, return ? IteratorClose(iterated, value).
        if ((mode == Search::Every && !truthy) || (mode != Search::Every && truthy)) {
            TRY(iterator_close(vm, iterated));
            if (mode == Search::Find)
                return *value;
            return Value::boolean(truthy);
        }
    }
}

}

// Iterator.prototype.drop ( limit ) — https://tc39.es/ecma262/#sec-iterator.prototype.drop
ThrowCompletionOr<Value> drop(VM& vm, Arguments const& arguments) { return make_limited_helper(vm, arguments, IteratorHelperKind::Drop, "Iterator.prototype.drop"); }
// Iterator.prototype.every ( predicate ) — https://tc39.es/ecma262/#sec-iterator.prototype.every
ThrowCompletionOr<Value> every(VM& vm, Arguments const& arguments) { return search(vm, arguments, Search::Every, "Iterator.prototype.every"); }
// Iterator.prototype.filter ( predicate ) — https://tc39.es/ecma262/#sec-iterator.prototype.filter
ThrowCompletionOr<Value> filter(VM& vm, Arguments const& arguments) { return make_helper(vm, arguments, IteratorHelperKind::Filter, "Iterator.prototype.filter"); }
// Iterator.prototype.find ( predicate ) — https://tc39.es/ecma262/#sec-iterator.prototype.find
ThrowCompletionOr<Value> find(VM& vm, Arguments const& arguments) { return search(vm, arguments, Search::Find, "Iterator.prototype.find"); }
// Iterator.prototype.flatMap ( mapper ) — https://tc39.es/ecma262/#sec-iterator.prototype.flatmap
ThrowCompletionOr<Value> flat_map(VM& vm, Arguments const& arguments) { return make_helper(vm, arguments, IteratorHelperKind::FlatMap, "Iterator.prototype.flatMap"); }
// Iterator.prototype.forEach ( procedure ) — https://tc39.es/ecma262/#sec-iterator.prototype.foreach
ThrowCompletionOr<Value> for_each(VM& vm, Arguments const& arguments) { return search(vm, arguments, Search::ForEach, "Iterator.prototype.forEach"); }
// Iterator.prototype.map ( mapper ) — https://tc39.es/ecma262/#sec-iterator.prototype.map
ThrowCompletionOr<Value> map(VM& vm, Arguments const& arguments) { return make_helper(vm, arguments, IteratorHelperKind::Map, "Iterator.prototype.map"); }
// Iterator.prototype.some ( predicate ) — https://tc39.es/ecma262/#sec-iterator.prototype.some
ThrowCompletionOr<Value> some(VM& vm, Arguments const& arguments) { return search(vm, arguments, Search::Some, "Iterator.prototype.some"); }
// Iterator.prototype.take ( limit ) — https://tc39.es/ecma262/#sec-iterator.prototype.take
ThrowCompletionOr<Value> take(VM& vm, Arguments const& arguments) { return make_limited_helper(vm, arguments, IteratorHelperKind::Take, "Iterator.prototype.take"); }

// Iterator.prototype.chunks ( chunkSize ) — https://tc39.es/proposal-iterator-chunking/#sec-iterator.prototype.chunks
ThrowCompletionOr<Value> chunks(VM& vm, Arguments const& arguments)
{
    // 1-3. O, and iterated without its next method.
    IteratorRecord iterated = TRY(this_iterator_record(vm, arguments, "Iterator.prototype.chunks"));
    // 4. If chunkSize is not an integral Number from 1 to 2^32 - 1, close iterated with an error.
    double chunk_size = TRY(size_argument(vm, iterated, arguments.at(0), "chunkSize"));
    // 5. Set iterated to ? GetIteratorDirect(O).
    iterated = TRY(get_iterator_direct(vm, *iterated.iterator));
    // 6-8. The closure (the Chunks step) in an Iterator Helper with « iterated ».
    return Value::object(create_iterator_helper(vm, iterated, IteratorHelperKind::Chunks, Value::undefined(), chunk_size));
}

// Iterator.prototype.includes ( searchElement [ , skippedElements ] ) — https://tc39.es/proposal-iterator-includes/
ThrowCompletionOr<Value> includes(VM& vm, Arguments const& arguments)
{
    // 1-3. O, and iterated without its next method.
    IteratorRecord iterated = TRY(this_iterator_record(vm, arguments, "Iterator.prototype.includes"));
    Value skipped_elements = arguments.at(1);
    // 4. If skippedElements is undefined, let toSkip be 0.
    double to_skip = 0;
    // 5. Else: +∞ skips everything; other values must be integral Numbers (else a TypeError)
    //    from 0 to 2^53 - 1 (else a RangeError); either error closes iterated.
    if (!skipped_elements.is_undefined()) {
        if (!skipped_elements.is_number() || (!is_integral_number(skipped_elements) && std::isfinite(skipped_elements.as_number()))
            || std::isnan(skipped_elements.as_number())) {
            (void)vm.throw_type_error(ErrorType::ArgumentNotIntegral, { "skippedElements" });
            return iterator_close_with_throw(vm, iterated);
        }
        to_skip = skipped_elements.as_number();
        if (to_skip < 0 || (to_skip != INFINITY && to_skip > 9007199254740991.0)) {
            (void)vm.throw_range_error(ErrorType::ArgumentOutOfRange, { "skippedElements", "0", "2^53 - 1" });
            return iterator_close_with_throw(vm, iterated);
        }
    }
    // 6. Set iterated to ? GetIteratorDirect(O).
    iterated = TRY(get_iterator_direct(vm, *iterated.iterator));
    // 7. Let skipped be 0. 8. Repeat,
    for (double skipped = 0;;) {
        // a. Let value be ? IteratorStepValue(iterated). b. If value is done, return false.
        auto value = TRY(iterator_step_value(vm, iterated));
        if (!value)
            return Value::boolean(false);
        // c. If skipped < toSkip, set skipped to skipped + 1.
        if (skipped < to_skip) {
            ++skipped;
            continue;
        }
        // d. Else if SameValueZero(value, searchElement) is true, return ? IteratorClose(iterated, true).
        if (same_value_zero(vm.heap(), *value, arguments.at(0))) {
            TRY(iterator_close(vm, iterated));
            return Value::boolean(true);
        }
    }
}

// Iterator.prototype.join ( separator ) — https://tc39.es/proposal-iterator-join/
ThrowCompletionOr<Value> join(VM& vm, Arguments const& arguments)
{
    // 1-3. O, and iterated without its next method.
    IteratorRecord iterated = TRY(this_iterator_record(vm, arguments, "Iterator.prototype.join"));
    // 4. If separator is undefined, let sep be ",".
    // 5. Else, let sep be Completion(ToString(separator)); IfAbruptCloseIterator(sep, iterated).
    String* separator_string = vm.atoms().intern_latin1(",");
    if (!arguments.at(0).is_undefined()) {
        auto converted = to_string(vm, arguments.at(0));
        if (converted.is_throw())
            return iterator_close_with_throw(vm, iterated);
        separator_string = converted.value();
    }
    std::u16string separator = separator_string->to_utf16(vm.heap());
    // 6. Set iterated to ? GetIteratorDirect(O).
    iterated = TRY(get_iterator_direct(vm, *iterated.iterator));
    // 7. Let R be the empty String. 8. Let first be true. 9. Repeat,
    std::u16string result;
    for (bool first = true;; first = false) {
        // a. Let value be ? IteratorStepValue(iterated). b. If value is done, return R.
        auto value = TRY(iterator_step_value(vm, iterated));
        if (!value)
            return Value::string(String::from_utf16(vm.heap(), result));
        // c. If first is false, set R to the string-concatenation of R and sep.
        if (!first)
            result += separator;
        // d. If value is undefined or null, let next be the empty String; else let next be
        //    Completion(ToString(value)); IfAbruptCloseIterator(next, iterated).
        if (!value->is_nullish()) {
            auto next = to_string(vm, *value);
            if (next.is_throw())
                return iterator_close_with_throw(vm, iterated);
            // e. Set R to the string-concatenation of R and next.
            result += next.value()->to_utf16(vm.heap());
        }
        if (result.size() > String::kMaxLength) {
            (void)vm.throw_range_error(ErrorType::InvalidStringLength);
            return iterator_close_with_throw(vm, iterated);
        }
    }
}

// Iterator.prototype.reduce ( reducer [ , initialValue ] ) — https://tc39.es/ecma262/#sec-iterator.prototype.reduce
ThrowCompletionOr<Value> reduce(VM& vm, Arguments const& arguments)
{
    // 1-5. O, iterated (the reducer must be callable).
    IteratorRecord iterated = TRY(this_iterator_with_callback(vm, arguments, "Iterator.prototype.reduce"));
    Value reducer = arguments.at(0);
    Value accumulator;
    double counter;
    // 6. If initialValue is not present, then
    if (arguments.size() < 2) {
        // a. Let accumulator be ? IteratorStepValue(iterated).
        auto first = TRY(iterator_step_value(vm, iterated));
        // b. If accumulator is done, throw a TypeError exception.
        if (!first)
            return vm.throw_type_error(ErrorType::ReduceOfEmptyArray);
        accumulator = *first;
        // c. Let counter be 1.
        counter = 1;
    } else {
        // 7. Else, let accumulator be initialValue and counter be 0.
        accumulator = arguments.at(1);
        counter = 0;
    }
    // 8. Repeat,
    for (;; ++counter) {
        // a. Let value be ? IteratorStepValue(iterated). b. If value is done, return accumulator.
        auto value = TRY(iterator_step_value(vm, iterated));
        if (!value)
            return accumulator;
        // c. Let result be Completion(Call(reducer, undefined, « accumulator, value, 𝔽(counter) »)).
        Value call_arguments[] = { accumulator, *value, Value::number(counter) };
        auto result = call(vm, reducer, Value::undefined(), call_arguments);
        // d. IfAbruptCloseIterator(result, iterated).
        if (result.is_throw())
            return iterator_close_with_throw(vm, iterated);
        // e. Set accumulator to result.
        accumulator = result.release_value();
    }
}

// Iterator.prototype.toArray ( ) — https://tc39.es/ecma262/#sec-iterator.prototype.toarray
ThrowCompletionOr<Value> to_array(VM& vm, Arguments const& arguments)
{
    // 1-2. O must be an Object.
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Iterator.prototype.toArray" });
    // 3. Let iterated be ? GetIteratorDirect(O).
    IteratorRecord iterated = TRY(get_iterator_direct(vm, *arguments.this_value.as_object()));
    // 4-5. Collect every value, then CreateArrayFromList(items).
    ValueArray* items = TRY(iterator_to_list(vm, iterated));
    return Value::object(create_array_from_list(vm, items->used()));
}

// Iterator.prototype.windows ( windowSize [ , undersized ] ) — https://tc39.es/proposal-iterator-chunking/#sec-iterator.prototype.windows
ThrowCompletionOr<Value> windows(VM& vm, Arguments const& arguments)
{
    // 1-3. O, and iterated without its next method.
    IteratorRecord iterated = TRY(this_iterator_record(vm, arguments, "Iterator.prototype.windows"));
    // 4. If windowSize is not an integral Number from 1 to 2^32 - 1, close iterated with an error.
    double window_size = TRY(size_argument(vm, iterated, arguments.at(0), "windowSize"));
    // 5. If undersized is undefined, set undersized to "only-full".
    // 6. If undersized is neither "only-full" nor "allow-partial", close iterated with a TypeError.
    Value undersized = arguments.at(1);
    bool allow_partial = string_equals(vm, undersized, "allow-partial");
    if (!allow_partial && !undersized.is_undefined() && !string_equals(vm, undersized, "only-full")) {
        (void)vm.throw_type_error(ErrorType::InvalidOptionValue, { "undersized" });
        return iterator_close_with_throw(vm, iterated);
    }
    // 7. Set iterated to ? GetIteratorDirect(O).
    iterated = TRY(get_iterator_direct(vm, *iterated.iterator));
    // 8-10. The closure (the Windows step) in an Iterator Helper with « iterated ».
    BuiltinIterator* helper = create_iterator_helper(vm, iterated, IteratorHelperKind::Windows, Value::undefined(), window_size);
    iterator_helper_state(*helper).set_non_cell(kAllowPartial, Value::boolean(allow_partial));
    return Value::object(helper);
}

// %Iterator.prototype% [ %Symbol.dispose% ] ( ) — https://tc39.es/ecma262/#sec-%iteratorprototype%-%symbol.dispose%
ThrowCompletionOr<Value> symbol_dispose(VM& vm, Arguments const& arguments)
{
    // 1. Let O be the this value.
    Value object = arguments.this_value;
    // 2. Let return be ? GetMethod(O, "return").
    Value return_method = TRY(get_method_of_value(vm, object, PropertyKey::from_atom(vm.atoms().return_)));
    // 3. If return is not undefined, then
    //    a. Perform ? Call(return, O, « »).
    if (!return_method.is_undefined())
        TRY(call(vm, return_method, object, {}));
    // 4. Return undefined.
    return Value::undefined();
}

// %Iterator.prototype% [ %Symbol.iterator% ] ( ) — https://tc39.es/ecma262/#sec-%iterator.prototype%-%symbol.iterator%
ThrowCompletionOr<Value> symbol_iterator(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

namespace {

// get Iterator.prototype.constructor / [ %Symbol.toStringTag% ] — 27.1.4.1.1, 27.1.4.14.1
ThrowCompletionOr<Value> get_constructor(VM& vm, Arguments const&)
{
    // 1. Return %Iterator%.
    return Value::object(vm.current_realm().iterator_constructor());
}

ThrowCompletionOr<Value> get_to_string_tag(VM& vm, Arguments const&)
{
    // 1. Return "Iterator".
    return Value::string(vm.atoms().intern_latin1("Iterator"));
}

ThrowCompletionOr<Value> set_constructor(VM& vm, Arguments const& arguments)
{
    TRY(setter_that_ignores_prototype_properties(vm, arguments.this_value, *vm.current_realm().iterator_prototype(),
        PropertyKey::from_atom(vm.atoms().constructor), arguments.at(0)));
    return Value::undefined();
}

ThrowCompletionOr<Value> set_to_string_tag(VM& vm, Arguments const& arguments)
{
    TRY(setter_that_ignores_prototype_properties(vm, arguments.this_value, *vm.current_realm().iterator_prototype(),
        PropertyKey::from_symbol(vm.symbols().to_string_tag), arguments.at(0)));
    return Value::undefined();
}

}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/iterator_prototype.def"
    // 27.1.4.1 Iterator.prototype.constructor and 27.1.4.14 Iterator.prototype [ %Symbol.toStringTag% ]:
    // accessors (for web compatibility) whose setters only write to objects other than this one.
    define_accessor(vm, realm, target, "constructor", get_constructor, set_constructor, kAccessor);
    auto make = [&](NativeFunctionPointer function, std::string_view name, uint32_t length) {
        return Value::object(NativeFunction::create(vm, realm, function, vm.atoms().intern_latin1(name), length));
    };
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::accessor(make(get_to_string_tag, "get [Symbol.toStringTag]", 0),
            make(set_to_string_tag, "set [Symbol.toStringTag]", 1), false, true)));
}

}
