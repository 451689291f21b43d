// Iterator.zip and Iterator.zipKeyed (the joint iteration proposal,
// https://tc39.es/proposal-joint-iteration/): IteratorZip's closure runs as an Iterator Helper
// whose state holds the iterators, the mode, the padding and (zipKeyed) the keys.

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/iterator/iterator_constructor.h"
#include "runtime/builtins/iterator/iterator_helpers.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key_list.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <vector>

namespace sable::runtime {

namespace {

IteratorRecord zipped_iterator(ValueArray& iterators, uint32_t index)
{
    return IteratorRecord { iterators.at(index * 2).as_object(), iterators.at(index * 2 + 1), false };
}

// Removing an iterator from openIters: its slot becomes null (iters[i] is null from then on too,
// which is what the closure does in "longest" mode; the other modes stop at once).
void remove_from_open(VM& vm, ValueArray& iterators, uint32_t index) { iterators.set(vm.heap(), index * 2, Value::null()); }

// Return ? IteratorCloseAll(openIters, ThrowCompletion(a newly created TypeError object)).
ThrowCompletion throw_length_mismatch(VM& vm, ValueArray& iterators)
{
    (void)vm.throw_type_error(ErrorType::ZipStrictLengthMismatch);
    (void)iterator_close_all(vm, iterators, true);
    return ThrowCompletion {};
}

}

// IteratorCloseAll ( iters, completion ) — https://tc39.es/proposal-joint-iteration/#sec-closeall
ThrowCompletionOr<void> iterator_close_all(VM& vm, ValueArray& iterators, bool throwing)
{
    // 1. For each element iter of iters, in reverse List order, do
    //    a. Set completion to Completion(IteratorClose(iter, completion)).
    for (uint32_t i = iterators.size() / 2; i-- > 0;) {
        if (!iterators.at(i * 2).is_object())
            continue;
        IteratorRecord record = zipped_iterator(iterators, i);
        if (throwing)
            (void)iterator_close_with_throw(vm, record);
        else if (iterator_close(vm, record).is_throw())
            throwing = true;
    }
    // 2. Return ? completion.
    if (throwing)
        return ThrowCompletion {};
    return {};
}

// The closure of IteratorZip ( iters, mode, padding, finishResults ) (step 3), up to its next Yield.
// https://tc39.es/proposal-joint-iteration/#sec-IteratorZip
ThrowCompletionOr<std::optional<Value>> iterator_zip_step(VM& vm, ValueArray& state)
{
    auto& iterators = *reinterpret_cast<ValueArray*>(state.at(kIterators).as_internal_cell());
    auto mode = ZipMode(state.at(kZipMode).as_int32());
    uint32_t count = iterators.size() / 2;
    // a. If iterCount = 0, return ReturnCompletion(undefined).
    if (count == 0)
        return std::optional<Value>();
    // b. Repeat (one round per resumption),
    //    i. Let results be a new empty List.
    ValueList results(vm.heap(), count);
    //    iii. For each integer i such that 0 ≤ i < iterCount, in ascending order, do
    for (uint32_t i = 0; i < count; ++i) {
        Value result;
        // 1-2. If iters[i] is null (mode is "longest"), let result be padding[i].
        if (iterators.at(i * 2).is_null()) {
            result = reinterpret_cast<ValueArray*>(state.at(kPadding).as_internal_cell())->at(i);
        } else {
            // 3. Else,
            //    a. Let result be Completion(IteratorStepValue(iter)).
            IteratorRecord iterator = zipped_iterator(iterators, i);
            auto step = iterator_step_value(vm, iterator);
            //    b. If result is an abrupt completion, remove iter from openIters and return
            //       ? IteratorCloseAll(openIters, result).
            if (step.is_throw()) {
                remove_from_open(vm, iterators, i);
                (void)iterator_close_all(vm, iterators, true);
                return ThrowCompletion {};
            }
            //    d. If result is done, then
            if (!step.value()) {
                // i. Remove iter from openIters.
                remove_from_open(vm, iterators, i);
                // ii. If mode is "shortest", return ? IteratorCloseAll(openIters, ReturnCompletion(undefined)).
                if (mode == ZipMode::Shortest) {
                    TRY(iterator_close_all(vm, iterators, false));
                    return std::optional<Value>();
                }
                // iii. Else if mode is "strict", then
                if (mode == ZipMode::Strict) {
                    // 1. If i ≠ 0, return ? IteratorCloseAll(openIters, a TypeError).
                    if (i != 0)
                        return throw_length_mismatch(vm, iterators);
                    // 2. For each integer k such that 1 ≤ k < iterCount, in ascending order, do
                    for (uint32_t k = 1; k < count; ++k) {
                        // a-b. Let open be Completion(IteratorStep(iters[k])); if abrupt, remove
                        //      iters[k] from openIters and return ? IteratorCloseAll(openIters, open).
                        IteratorRecord other = zipped_iterator(iterators, k);
                        auto open = iterator_step(vm, other);
                        if (open.is_throw()) {
                            remove_from_open(vm, iterators, k);
                            (void)iterator_close_all(vm, iterators, true);
                            return ThrowCompletion {};
                        }
                        // d. If open is done, remove iters[k] from openIters.
                        // e. Else, return ? IteratorCloseAll(openIters, a TypeError).
                        if (open.value())
                            return throw_length_mismatch(vm, iterators);
                        remove_from_open(vm, iterators, k);
                    }
                    // 3. Return ReturnCompletion(undefined).
                    return std::optional<Value>();
                }
                // iv. Else (mode is "longest"),
                //     2. If openIters is empty, return ReturnCompletion(undefined).
                bool any_open = false;
                for (uint32_t k = 0; k < count; ++k)
                    any_open = any_open || iterators.at(k * 2).is_object();
                if (!any_open)
                    return std::optional<Value>();
                //     3-4. Set iters[i] to null; set result to padding[i].
                result = reinterpret_cast<ValueArray*>(state.at(kPadding).as_internal_cell())->at(i);
            } else {
                result = *step.value();
            }
        }
        // 4. Append result to results.
        results.append(result);
    }
    // iv. Set results to finishResults(results).
    if (state.at(kKeys).is_undefined())
        // Iterator.zip: Return CreateArrayFromList(results).
        return std::optional<Value>(Value::object(create_array_from_list(vm, results.span())));
    // Iterator.zipKeyed:
    //   1. Let obj be OrdinaryObjectCreate(null).
    //   2. For each integer i such that 0 ≤ i < iterCount, in ascending order, do
    //      a. Perform ! CreateDataPropertyOrThrow(obj, keys[i], results[i]).
    //   3. Return obj.
    auto& keys = *reinterpret_cast<PropertyKeyList*>(state.at(kKeys).as_internal_cell());
    Object* object = Object::create(vm, nullptr);
    for (uint32_t i = 0; i < count; ++i)
        MUST(create_data_property_or_throw(vm, *object, keys.at(i), results.at(i)));
    // v. Let completion be Completion(Yield(results)); if it is abrupt, return
    //    ? IteratorCloseAll(openIters, completion) (see %IteratorHelperPrototype%.return).
    return std::optional<Value>(Value::object(object));
}

}

namespace sable::runtime::builtins::iterator_constructor {

namespace {

struct ZipOptions {
    ZipMode mode;
    Value padding;
};

// Steps 2-7 of Iterator.zip and Iterator.zipKeyed: the mode and, for "longest", the padding option.
ThrowCompletionOr<ZipOptions> zip_options(VM& vm, Value options_argument)
{
    // 2. Set options to ? GetOptionsObject(options).
    Object* options = TRY(get_options_object(vm, options_argument));
    // 3. Let mode be ? Get(options, "mode").
    Value mode_value = TRY(get(vm, *options, PropertyKey::from_atom(vm.atoms().intern_latin1("mode"))));
    // 4. If mode is undefined, set mode to "shortest".
    // 5. If mode is not one of "shortest", "longest", or "strict", throw a TypeError exception.
    ZipMode mode;
    if (mode_value.is_undefined() || string_equals(vm, mode_value, "shortest"))
        mode = ZipMode::Shortest;
    else if (string_equals(vm, mode_value, "longest"))
        mode = ZipMode::Longest;
    else if (string_equals(vm, mode_value, "strict"))
        mode = ZipMode::Strict;
    else
        return vm.throw_type_error(ErrorType::InvalidOptionValue, { "mode" });
    // 6. Let paddingOption be undefined.
    Value padding;
    // 7. If mode is "longest", then
    if (mode == ZipMode::Longest) {
        // a. Set paddingOption to ? Get(options, "padding").
        padding = TRY(get(vm, *options, PropertyKey::from_atom(vm.atoms().intern_latin1("padding"))));
        // b. If paddingOption is not undefined and is not an Object, throw a TypeError exception.
        if (!padding.is_undefined() && !padding.is_object())
            return vm.throw_type_error(ErrorType::NotAnObject, { "The padding option" });
    }
    return ZipOptions { mode, padding };
}

// IfAbruptCloseIterators(value, iters): the exception pending on the VM stays the result.
ThrowCompletion close_all_with_throw(VM& vm, ValueList& iterators)
{
    (void)iterator_close_all(vm, *iterators.array(), true);
    return ThrowCompletion {};
}

// Step 4 of Iterator.zip's GetIteratorFlattenable loop and of zipKeyed's: append iter to iters.
void append_iterator(ValueList& iterators, IteratorRecord const& record)
{
    iterators.append(Value::object(record.iterator));
    iterators.append(record.next_method);
}

// Return IteratorZip(iters, mode, padding, finishResults) (`keys` null for Iterator.zip).
// https://tc39.es/proposal-joint-iteration/#sec-IteratorZip
Value iterator_zip(VM& vm, ValueList& iterators, ZipMode mode, ValueArray* padding, PropertyKeyList* keys)
{
    // 1-4. The closure (iterator_zip_step) in an Iterator Helper; 5. its [[UnderlyingIterators]]
    //      is openIters, a copy of iters (the same slots: removing one nulls it).
    BuiltinIterator* helper = create_iterator_helper(vm, IteratorRecord {}, IteratorHelperKind::Zip, Value::undefined(), 0);
    ValueArray& state = iterator_helper_state(*helper);
    state.set(vm.heap(), kIterators, Value::internal_cell(iterators.array()));
    state.set_non_cell(kZipMode, Value::int32(int32_t(mode)));
    if (padding)
        state.set(vm.heap(), kPadding, Value::internal_cell(padding));
    if (keys)
        state.set(vm.heap(), kKeys, Value::internal_cell(keys));
    return Value::object(helper);
}

}

// Iterator.zip ( iterables [ , options ] ) — https://tc39.es/proposal-joint-iteration/#sec-iterator.zip
ThrowCompletionOr<Value> zip(VM& vm, Arguments const& arguments)
{
    // 1. If iterables is not an Object, throw a TypeError exception.
    Value iterables = arguments.at(0);
    if (!iterables.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Iterator.zip's iterables" });
    // 2-7. mode and paddingOption.
    ZipOptions options = TRY(zip_options(vm, arguments.at(1)));
    // 8. Let iters be a new empty List.
    ValueList iterators(vm.heap());
    // 10. Let inputIter be ? GetIterator(iterables, sync).
    IteratorRecord input = TRY(get_iterator(vm, iterables));
    // 11-12. Repeat, while next is not done,
    while (true) {
        // a-b. Set next to Completion(IteratorStepValue(inputIter)); IfAbruptCloseIterators(next, iters).
        auto next = iterator_step_value(vm, input);
        if (next.is_throw())
            return close_all_with_throw(vm, iterators);
        if (!next.value())
            break;
        // c. i. Let iter be Completion(GetIteratorFlattenable(next, reject-primitives)).
        //    ii. IfAbruptCloseIterators(iter, the list-concatenation of « inputIter » and iters).
        auto iterator = get_iterator_flattenable(vm, *next.value(), PrimitiveHandling::Reject);
        if (iterator.is_throw()) {
            (void)iterator_close_all(vm, *iterators.array(), true);
            return iterator_close_with_throw(vm, input);
        }
        // iii. Append iter to iters.
        append_iterator(iterators, iterator.value());
    }
    // 13. Let iterCount be the number of elements in iters.
    uint32_t count = iterators.size() / 2;
    // 9. Let padding be a new empty List.
    ValueArray* padding = nullptr;
    // 14. If mode is "longest", then
    if (options.mode == ZipMode::Longest) {
        // a. If paddingOption is undefined, append undefined to padding iterCount times.
        padding = ValueArray::create(vm.heap(), count ? count : 1, Value::undefined());
        padding->set_size(count);
        // b. Else,
        if (!options.padding.is_undefined()) {
            // i-ii. Let paddingIter be Completion(GetIterator(paddingOption, sync)); IfAbruptCloseIterators(paddingIter, iters).
            auto padding_iterator = get_iterator(vm, options.padding);
            if (padding_iterator.is_throw())
                return close_all_with_throw(vm, iterators);
            // iii. Let usingIterator be true.
            bool using_iterator = true;
            // iv. Perform the following steps iterCount times:
            for (uint32_t i = 0; i < count && using_iterator; ++i) {
                // 1. If usingIterator is true: set next to Completion(IteratorStepValue(paddingIter));
                //    IfAbruptCloseIterators(next, iters); if next is done, set usingIterator to
                //    false, else append next to padding.
                // 2. If usingIterator is false, append undefined to padding.
                auto next = iterator_step_value(vm, padding_iterator.value());
                if (next.is_throw())
                    return close_all_with_throw(vm, iterators);
                if (!next.value())
                    using_iterator = false;
                else
                    padding->set(vm.heap(), i, *next.value());
            }
            // v. If usingIterator is true, then
            //    1. Let completion be Completion(IteratorClose(paddingIter, NormalCompletion(unused))).
            //    2. IfAbruptCloseIterators(completion, iters).
            if (using_iterator && iterator_close(vm, padding_iterator.value()).is_throw())
                return close_all_with_throw(vm, iterators);
        }
    }
    // 15-16. finishResults makes an Array of the results; return IteratorZip(iters, mode, padding, finishResults).
    return iterator_zip(vm, iterators, options.mode, padding, nullptr);
}

// Iterator.zipKeyed ( iterables [ , options ] ) — https://tc39.es/proposal-joint-iteration/#sec-iterator.zipkeyed
ThrowCompletionOr<Value> zip_keyed(VM& vm, Arguments const& arguments)
{
    // 1. If iterables is not an Object, throw a TypeError exception.
    Value iterables_value = arguments.at(0);
    if (!iterables_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Iterator.zipKeyed's iterables" });
    Object& iterables = *iterables_value.as_object();
    // 2-7. mode and paddingOption.
    ZipOptions options = TRY(zip_options(vm, arguments.at(1)));
    // 8. Let iters be a new empty List.
    ValueList iterators(vm.heap());
    // 10. Let allKeys be ? iterables.[[OwnPropertyKeys]]().
    PropertyKeyList* all_keys = TRY(iterables.internal_own_property_keys(vm));
    // 11. Let keys be a new empty List (the indices into allKeys of the keys kept).
    std::vector<uint32_t> kept;
    // 12. For each element key of allKeys, do
    for (uint32_t k = 0; k < all_keys->size(); ++k) {
        PropertyKey key = all_keys->at(k);
        // a-b. Let desc be Completion(iterables.[[GetOwnProperty]](key)); IfAbruptCloseIterators(desc, iters).
        auto descriptor = iterables.internal_get_own_property(vm, key);
        if (descriptor.is_throw())
            return close_all_with_throw(vm, iterators);
        // c. If desc is not undefined and desc.[[Enumerable]] is true, then
        if (!descriptor.value() || !descriptor.value()->enumerable.value_or(false))
            continue;
        // i-ii. Let value be Completion(Get(iterables, key)); IfAbruptCloseIterators(value, iters).
        auto value = get(vm, iterables, key);
        if (value.is_throw())
            return close_all_with_throw(vm, iterators);
        // iii. If value is not undefined, then
        if (value.value().is_undefined())
            continue;
        // 1. Append key to keys.
        kept.push_back(k);
        // 2-3. Let iter be Completion(GetIteratorFlattenable(value, reject-primitives)); IfAbruptCloseIterators(iter, iters).
        auto iterator = get_iterator_flattenable(vm, value.value(), PrimitiveHandling::Reject);
        if (iterator.is_throw())
            return close_all_with_throw(vm, iterators);
        // 4. Append iter to iters.
        append_iterator(iterators, iterator.value());
    }
    PropertyKeyList* keys = PropertyKeyList::create(vm.heap(), uint32_t(kept.size()));
    for (uint32_t i = 0; i < kept.size(); ++i)
        keys->set(vm.heap(), i, all_keys->at(kept[i]));
    // 13. Let iterCount be the number of elements in iters.
    auto count = uint32_t(kept.size());
    // 9. Let padding be a new empty List.
    ValueArray* padding = nullptr;
    // 14. If mode is "longest", then
    if (options.mode == ZipMode::Longest) {
        // a. If paddingOption is undefined, append undefined to padding iterCount times.
        padding = ValueArray::create(vm.heap(), count ? count : 1, Value::undefined());
        padding->set_size(count);
        // b. Else, for each element key of keys: let value be Completion(Get(paddingOption, key));
        //    IfAbruptCloseIterators(value, iters); append value to padding.
        if (!options.padding.is_undefined()) {
            for (uint32_t i = 0; i < count; ++i) {
                auto value = get(vm, *options.padding.as_object(), keys->at(i));
                if (value.is_throw())
                    return close_all_with_throw(vm, iterators);
                padding->set(vm.heap(), i, value.value());
            }
        }
    }
    // 15-16. finishResults makes a null-prototype object keyed by keys; return IteratorZip(...).
    return iterator_zip(vm, iterators, options.mode, padding, keys);
}

}
