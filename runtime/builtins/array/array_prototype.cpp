#include "runtime/builtins/array/array_prototype.h"
#include "runtime/builtins/array/merge_sort.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/array/array_constructor.h"
#include "runtime/builtins/array/array_iterator_prototype.h"
#include "runtime/builtins/object/object_prototype.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <cmath>
#include <string>

namespace sable::runtime::builtins::array_prototype {

namespace {

constexpr double kMaxSafeInteger = 9007199254740991.0;

PropertyKey length_key(VM& vm) { return PropertyKey::from_atom(vm.atoms().length); }

ThrowCompletionOr<Value> get_element(VM& vm, Object& object, PropertyKey key)
{
    if (key.is_index()) {
        if (auto value = ordinary_data_element(object, key.as_index()))
            return *value;
    }
    return get(vm, object, key);
}

// Set(O, key, value, true), storing an own element in place when that is all it would do.
ThrowCompletionOr<void> set_element(VM& vm, Object& object, PropertyKey key, Value value)
{
    if (key.is_index() && try_set_own_element(vm, object, key.as_index(), value))
        return {};
    return set(vm, object, key, value, true);
}

ThrowCompletionOr<bool> has_element(VM& vm, Object& object, PropertyKey key)
{
    if (key.is_index() && has_ordinary_elements(object) && object.find_own_element(key.as_index()))
        return true;
    return has_property(vm, object, key);
}

ThrowCompletionOr<void> set_length(VM& vm, Object& object, double length)
{
    return set(vm, object, length_key(vm), Value::number(length), true);
}

ThrowCompletionOr<Value> callback_argument(VM& vm, Arguments const& arguments, std::string_view method)
{
    Value callback = arguments.at(0);
    if (!is_callable(callback))
        return vm.throw_type_error(ErrorType::NotAFunction, { method });
    return callback;
}

// The loop shared by every, some, forEach, map and filter (23.1.3.6, .28, .15, .21, .8): for
// each present index k, calls callbackfn(kValue, k, O) and hands the result to `step`, which
// returns true to stop.
template<typename Step>
ThrowCompletionOr<void> for_each_present(VM& vm, Object& object, uint64_t length, Value callback, Value this_arg, Step step)
{
    for (uint64_t k = 0; k < length; ++k) {
        // a. Let Pk be ! ToString(𝔽(k)).
        PropertyKey key = index_key(vm, k);
        // b. Let kPresent be ? HasProperty(O, Pk).
        // c. If kPresent is true, then
        if (!TRY(has_property(vm, object, key)))
            continue;
        // i. Let kValue be ? Get(O, Pk).
        Value value = TRY(get(vm, object, key));
        // ii. Let result be ? Call(callbackfn, thisArg, « kValue, 𝔽(k), O »).
        Value call_arguments[] = { value, Value::number(double(k)), Value::object(&object) };
        Value result = TRY(call(vm, callback, this_arg, call_arguments));
        if (TRY(step(k, value, result)))
            break;
    }
    return {};
}

enum class FindDirection : uint8_t { Ascending, Descending };
struct FindResult {
    double index;
    Value value;
};

// FindViaPredicate ( O, len, direction, predicate, thisArg ) — https://tc39.es/ecma262/#sec-findviapredicate
ThrowCompletionOr<FindResult> find_via_predicate(VM& vm, Object& object, uint64_t length, FindDirection direction,
    Value predicate, Value this_arg)
{
    // 1. If IsCallable(predicate) is false, throw a TypeError exception.
    if (!is_callable(predicate))
        return vm.throw_type_error(ErrorType::NotAFunction, { "predicate" });
    // 2-3. indices in the direction.
    for (uint64_t i = 0; i < length; ++i) {
        uint64_t k = direction == FindDirection::Ascending ? i : length - 1 - i;
        // a. Let Pk be ! ToString(𝔽(k)).
        // b. NOTE: If O is a TypedArray, ...
        // c. Let kValue be ? Get(O, Pk).
        Value value = TRY(get(vm, object, index_key(vm, k)));
        // d. Let testResult be ? Call(predicate, thisArg, « kValue, 𝔽(k), O »).
        Value call_arguments[] = { value, Value::number(double(k)), Value::object(&object) };
        Value test_result = TRY(call(vm, predicate, this_arg, call_arguments));
        // e. If ToBoolean(testResult) is true, return the Record { [[Index]]: 𝔽(k), [[Value]]: kValue }.
        if (to_boolean(test_result))
            return FindResult { double(k), value };
    }
    // 4. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
    return FindResult { -1, Value::undefined() };
}

// FlattenIntoArray ( target, source, sourceLen, start, depth [ , mapperFunction [ , thisArg ] ] ) —
// https://tc39.es/ecma262/#sec-flattenintoarray
ThrowCompletionOr<uint64_t> flatten_into_array(VM& vm, Object& target, Object& source, uint64_t source_length,
    uint64_t start, double depth, Value mapper = Value::empty(), Value this_arg = Value::undefined())
{
    // 1-2. Let targetIndex be start.
    uint64_t target_index = start;
    // 3. Let sourceIndex be +0𝔽.
    // 4. Repeat, while ℝ(sourceIndex) < sourceLen,
    for (uint64_t source_index = 0; source_index < source_length; ++source_index) {
        // a. Let P be ! ToString(sourceIndex).
        PropertyKey key = index_key(vm, source_index);
        // b. Let exists be ? HasProperty(source, P).
        // c. If exists is true, then
        if (!TRY(has_element(vm, source, key)))
            continue;
        // i. Let element be ? Get(source, P).
        Value element = TRY(get_element(vm, source, key));
        // ii. If mapperFunction is present, then
        //     1. Set element to ? Call(mapperFunction, thisArg, « element, sourceIndex, source »).
        if (!mapper.is_empty()) {
            Value call_arguments[] = { element, Value::number(double(source_index)), Value::object(&source) };
            element = TRY(call(vm, mapper, this_arg, call_arguments));
        }
        // iii. Let shouldFlatten be false.
        // iv. If depth > 0, then
        //     1. Set shouldFlatten to ? IsArray(element).
        bool should_flatten = depth > 0 && TRY(is_array(vm, element));
        // v. If shouldFlatten is true, then
        if (should_flatten) {
            // 1. If depth = +∞, let newDepth be +∞. 2. Else, let newDepth be depth - 1.
            double new_depth = depth == INFINITY ? INFINITY : depth - 1;
            // 3. Let elementLen be ? LengthOfArrayLike(element).
            uint64_t element_length = TRY(length_of_array_like(vm, *element.as_object()));
            // 4. Set targetIndex to ? FlattenIntoArray(target, element, elementLen, targetIndex, newDepth).
            target_index = TRY(flatten_into_array(vm, target, *element.as_object(), element_length, target_index, new_depth));
        } else {
            // vi. Else,
            //     1. If targetIndex ≥ 2^53 - 1, throw a TypeError exception.
            if (double(target_index) >= kMaxSafeInteger)
                return vm.throw_type_error(ErrorType::ArrayTooLong);
            //     2. Perform ? CreateDataPropertyOrThrow(target, ! ToString(𝔽(targetIndex)), element).
            TRY(create_data_property_or_throw(vm, target, index_key(vm, target_index), element));
            //     3. Set targetIndex to targetIndex + 1.
            ++target_index;
        }
    }
    // 5. Return targetIndex.
    return target_index;
}

// IsConcatSpreadable ( O ) — https://tc39.es/ecma262/#sec-isconcatspreadable
ThrowCompletionOr<bool> is_concat_spreadable(VM& vm, Value value)
{
    // 1. If O is not an Object, return false.
    if (!value.is_object())
        return false;
    // 2. Let spreadable be ? Get(O, %Symbol.isConcatSpreadable%).
    Value spreadable = TRY(get(vm, *value.as_object(), PropertyKey::from_symbol(vm.symbols().is_concat_spreadable)));
    // 3. If spreadable is not undefined, return ToBoolean(spreadable).
    if (!spreadable.is_undefined())
        return to_boolean(spreadable);
    // 4. Return ? IsArray(O).
    return is_array(vm, value);
}

// CompareArrayElements ( x, y, comparator ) — https://tc39.es/ecma262/#sec-comparearrayelements
ThrowCompletionOr<double> compare_array_elements(VM& vm, Value x, Value y, Value comparator)
{
    // 1. If x and y are both undefined, return +0𝔽.
    if (x.is_undefined() && y.is_undefined())
        return 0.0;
    // 2. If x is undefined, return 1𝔽.
    if (x.is_undefined())
        return 1.0;
    // 3. If y is undefined, return -1𝔽.
    if (y.is_undefined())
        return -1.0;
    // 4. If comparator is not undefined, then
    if (!comparator.is_undefined()) {
        // a. Let v be ? ToNumber(? Call(comparator, undefined, « x, y »)).
        Value call_arguments[] = { x, y };
        double v = TRY(to_number(vm, TRY(call(vm, comparator, Value::undefined(), call_arguments))));
        // b. If v is NaN, return +0𝔽. c. Return v.
        return std::isnan(v) ? 0.0 : v;
    }
    // Fast path: two int32s compare like their decimal strings only when both have the same
    // sign and digit count; leave them to the general path.
    // 5. Let xString be ? ToString(x). 6. Let yString be ? ToString(y).
    String* x_string = TRY(to_string(vm, x));
    String* y_string = TRY(to_string(vm, y));
    // 7-9. Order by code units.
    auto order = String::compare(vm.heap(), x_string, y_string);
    return order < 0 ? -1.0 : order > 0 ? 1.0 : 0.0;
}


enum class Holes : uint8_t { Skip, Read };

// SortIndexedProperties ( obj, len, SortCompare, holes ) — https://tc39.es/ecma262/#sec-sortindexedproperties
ThrowCompletionOr<void> sort_indexed_properties(VM& vm, Object& object, uint64_t length, Value comparator, Holes holes,
    ValueList& items)
{
    // 1. Let items be a new empty List.
    // 2. Let k be 0.
    // 3. Repeat, while k < len,
    for (uint64_t k = 0; k < length; ++k) {
        // a. Let Pk be ! ToString(𝔽(k)).
        PropertyKey key = index_key(vm, k);
        // b. If holes is skip-holes, then let kRead be ? HasProperty(obj, Pk).
        // c. Else, let kRead be true.
        bool read = holes == Holes::Read || TRY(has_property(vm, object, key));
        // d. If kRead is true, then
        //    i. Let kValue be ? Get(obj, Pk). ii. Append kValue to items.
        if (read)
            items.append(TRY(get(vm, object, key)));
    }
    // 4. Sort items using an implementation-defined sequence of calls to SortCompare. If any
    //    such call returns an abrupt completion, stop and return that completion.
    TRY(merge_sort(vm, items, comparator, compare_array_elements));
    // 5. Return items.
    return {};
}

}

// Array.prototype.at ( index ) — https://tc39.es/ecma262/#sec-array.prototype.at
ThrowCompletionOr<Value> at(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3. Let relativeIndex be ? ToIntegerOrInfinity(index).
    double relative = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4-5. k = relativeIndex when ≥ 0, else len + relativeIndex.
    double k = relative >= 0 ? relative : length + relative;
    // 6. If k < 0 or k ≥ len, return undefined.
    if (k < 0 || k >= length)
        return Value::undefined();
    // 7. Return ? Get(O, ! ToString(𝔽(k))).
    return get(vm, *object, index_key(vm, uint64_t(k)));
}

// Array.prototype.concat ( ...items ) — https://tc39.es/ecma262/#sec-array.prototype.concat
ThrowCompletionOr<Value> concat(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let A be ? ArraySpeciesCreate(O, 0).
    Object* array = TRY(array_species_create(vm, *object, 0));
    // 3. Let n be 0.
    uint64_t n = 0;
    // 4. Prepend O to items.
    // 5. For each element E of items, do
    for (size_t i = 0; i <= arguments.size(); ++i) {
        Value element = i == 0 ? Value::object(object) : arguments.values[i - 1];
        // a. Let spreadable be ? IsConcatSpreadable(E).
        // b. If spreadable is true, then
        if (TRY(is_concat_spreadable(vm, element))) {
            Object& source = *element.as_object();
            // i. Let len be ? LengthOfArrayLike(E).
            uint64_t length = TRY(length_of_array_like(vm, source));
            // ii. If n + len > 2^53 - 1, throw a TypeError exception.
            if (double(n) + double(length) > kMaxSafeInteger)
                return vm.throw_type_error(ErrorType::ArrayTooLong);
            // iii-iv. For each k < len: if ? HasProperty(E, P), ? CreateDataPropertyOrThrow(A,
            //         ! ToString(𝔽(n)), ? Get(E, P)); n += 1 in any case.
            for (uint64_t k = 0; k < length; ++k, ++n) {
                PropertyKey key = index_key(vm, k);
                if (!TRY(has_element(vm, source, key)))
                    continue;
                Value sub_element = TRY(get_element(vm, source, key));
                TRY(create_data_property_or_throw(vm, *array, index_key(vm, n), sub_element));
            }
        } else {
            // c. Else,
            //    i. NOTE: E is added as a single item rather than spread.
            //    ii. If n ≥ 2^53 - 1, throw a TypeError exception.
            if (double(n) >= kMaxSafeInteger)
                return vm.throw_type_error(ErrorType::ArrayTooLong);
            //    iii. Perform ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), E).
            TRY(create_data_property_or_throw(vm, *array, index_key(vm, n), element));
            //    iv. Set n to n + 1.
            ++n;
        }
    }
    // 6. Perform ? Set(A, "length", 𝔽(n), true).
    TRY(set_length(vm, *array, double(n)));
    // 7. Return A.
    return Value::object(array);
}

// Array.prototype.copyWithin ( target, start [ , end ] ) — https://tc39.es/ecma262/#sec-array.prototype.copywithin
ThrowCompletionOr<Value> copy_within(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3-5. Let to be the relative target index.
    double to = TRY(relative_index(vm, arguments.at(0), length, 0));
    // 6-8. Let from be the relative start index.
    double from = TRY(relative_index(vm, arguments.at(1), length, 0));
    // 9-11. Let final be the relative end index (undefined: len).
    double final_index = TRY(relative_index(vm, arguments.at(2), length, length));
    // 12. Let count be min(final - from, len - to).
    double count = std::min(final_index - from, length - to);
    // 13. If from < to and to < from + count, then copy backwards.
    double direction = 1;
    if (from < to && to < from + count) {
        direction = -1;
        from = from + count - 1;
        to = to + count - 1;
    }
    // 15. Repeat, while count > 0,
    while (count > 0) {
        // a. Let fromKey be ! ToString(𝔽(from)). b. Let toKey be ! ToString(𝔽(to)).
        PropertyKey from_key = index_key(vm, uint64_t(from));
        PropertyKey to_key = index_key(vm, uint64_t(to));
        // c. Let fromPresent be ? HasProperty(O, fromKey).
        // d. If fromPresent is true, then ? Set(O, toKey, ? Get(O, fromKey), true).
        if (TRY(has_element(vm, *object, from_key))) {
            Value value = TRY(get_element(vm, *object, from_key));
            TRY(set_element(vm, *object, to_key, value));
        } else {
            // e. Else, ? DeletePropertyOrThrow(O, toKey).
            TRY(delete_property_or_throw(vm, *object, to_key));
        }
        // f-h. Advance.
        from += direction;
        to += direction;
        count -= 1;
    }
    // 16. Return O.
    return Value::object(object);
}

// Array.prototype.entries ( ) — https://tc39.es/ecma262/#sec-array.prototype.entries
ThrowCompletionOr<Value> entries(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Return CreateArrayIterator(O, key+value).
    return Value::object(create_array_iterator(vm, *object, IterationKind::KeyValue));
}

// Array.prototype.every ( callbackfn [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.every
ThrowCompletionOr<Value> every(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    Value callback = TRY(callback_argument(vm, arguments, "Array.prototype.every callback"));
    // 4-5. For each present k: if ToBoolean(testResult) is false, return false.
    bool result = true;
    TRY(for_each_present(vm, *object, length, callback, arguments.at(1), [&](uint64_t, Value, Value test) -> ThrowCompletionOr<bool> {
        if (!to_boolean(test))
            result = false;
        return !result;
    }));
    // 6. Return true.
    return Value::boolean(result);
}

// Array.prototype.fill ( value [ , start [ , end ] ] ) — https://tc39.es/ecma262/#sec-array.prototype.fill
ThrowCompletionOr<Value> fill(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3-5. Let k be the relative start.
    double k = TRY(relative_index(vm, arguments.at(1), length, 0));
    // 6-8. Let final be the relative end (undefined: len).
    double final_index = TRY(relative_index(vm, arguments.at(2), length, length));
    // 9. Repeat, while k < final: ? Set(O, Pk, value, true).
    for (; k < final_index; ++k)
        TRY(set_element(vm, *object, index_key(vm, uint64_t(k)), arguments.at(0)));
    // 10. Return O.
    return Value::object(object);
}

// Array.prototype.filter ( callbackfn [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.filter
ThrowCompletionOr<Value> filter(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    Value callback = TRY(callback_argument(vm, arguments, "Array.prototype.filter callback"));
    // 4. Let A be ? ArraySpeciesCreate(O, 0).
    Object* array = TRY(array_species_create(vm, *object, 0));
    // 5-7. For each present k: if ToBoolean(selected), ? CreateDataPropertyOrThrow(A, to, kValue).
    uint64_t to = 0;
    TRY(for_each_present(vm, *object, length, callback, arguments.at(1), [&](uint64_t, Value value, Value selected) -> ThrowCompletionOr<bool> {
        if (to_boolean(selected))
            TRY(create_data_property_or_throw(vm, *array, index_key(vm, to++), value));
        return false;
    }));
    // 8. Return A.
    return Value::object(array);
}

// Array.prototype.find ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.find
ThrowCompletionOr<Value> find(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. Let findRec be ? FindViaPredicate(O, len, ascending, predicate, thisArg).
    auto result = TRY(find_via_predicate(vm, *object, length, FindDirection::Ascending, arguments.at(0), arguments.at(1)));
    // 4. Return findRec.[[Value]].
    return result.value;
}

// Array.prototype.findIndex ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.findindex
ThrowCompletionOr<Value> find_index(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    uint64_t length = TRY(length_of_array_like(vm, *object));
    auto result = TRY(find_via_predicate(vm, *object, length, FindDirection::Ascending, arguments.at(0), arguments.at(1)));
    // 4. Return findRec.[[Index]].
    return Value::number(result.index);
}

// Array.prototype.findLast ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.findlast
ThrowCompletionOr<Value> find_last(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    uint64_t length = TRY(length_of_array_like(vm, *object));
    auto result = TRY(find_via_predicate(vm, *object, length, FindDirection::Descending, arguments.at(0), arguments.at(1)));
    return result.value;
}

// Array.prototype.findLastIndex ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.findlastindex
ThrowCompletionOr<Value> find_last_index(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    uint64_t length = TRY(length_of_array_like(vm, *object));
    auto result = TRY(find_via_predicate(vm, *object, length, FindDirection::Descending, arguments.at(0), arguments.at(1)));
    return Value::number(result.index);
}

// Array.prototype.flat ( [ depth ] ) — https://tc39.es/ecma262/#sec-array.prototype.flat
ThrowCompletionOr<Value> flat(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let sourceLen be ? LengthOfArrayLike(O).
    uint64_t source_length = TRY(length_of_array_like(vm, *object));
    // 3. Let depthNum be 1.
    double depth = 1;
    // 4. If depth is not undefined, then
    if (!arguments.at(0).is_undefined()) {
        // a. Set depthNum to ? ToIntegerOrInfinity(depth).
        depth = TRY(to_integer_or_infinity(vm, arguments.at(0)));
        // b. If depthNum < 0, set depthNum to 0.
        if (depth < 0)
            depth = 0;
    }
    // 5. Let A be ? ArraySpeciesCreate(O, 0).
    Object* array = TRY(array_species_create(vm, *object, 0));
    // 6. Perform ? FlattenIntoArray(A, O, sourceLen, 0, depthNum).
    TRY(flatten_into_array(vm, *array, *object, source_length, 0, depth));
    // 7. Return A.
    return Value::object(array);
}

// Array.prototype.flatMap ( mapperFunction [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.flatmap
ThrowCompletionOr<Value> flat_map(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let sourceLen be ? LengthOfArrayLike(O).
    uint64_t source_length = TRY(length_of_array_like(vm, *object));
    // 3. If IsCallable(mapperFunction) is false, throw a TypeError exception.
    Value mapper = TRY(callback_argument(vm, arguments, "flatMap mapper function"));
    // 4. Let A be ? ArraySpeciesCreate(O, 0).
    Object* array = TRY(array_species_create(vm, *object, 0));
    // 5. Perform ? FlattenIntoArray(A, O, sourceLen, 0, 1, mapperFunction, thisArg).
    TRY(flatten_into_array(vm, *array, *object, source_length, 0, 1, mapper, arguments.at(1)));
    // 6. Return A.
    return Value::object(array);
}

// Array.prototype.forEach ( callbackfn [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.foreach
ThrowCompletionOr<Value> for_each(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    uint64_t length = TRY(length_of_array_like(vm, *object));
    Value callback = TRY(callback_argument(vm, arguments, "Array.prototype.forEach callback"));
    TRY(for_each_present(vm, *object, length, callback, arguments.at(1), [](uint64_t, Value, Value) -> ThrowCompletionOr<bool> {
        return false;
    }));
    // 6. Return undefined.
    return Value::undefined();
}

// Array.prototype.includes ( searchElement [ , fromIndex ] ) — https://tc39.es/ecma262/#sec-array.prototype.includes
ThrowCompletionOr<Value> includes(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3. If len = 0, return false.
    if (length == 0)
        return Value::boolean(false);
    // 4-10. Let k be the relative start (fromIndex).
    double k = TRY(relative_index(vm, arguments.at(1), length, 0));
    // 11. Repeat, while k < len: if SameValueZero(searchElement, ? Get(O, k)), return true.
    for (; k < length; ++k) {
        Value element = TRY(get_element(vm, *object, index_key(vm, uint64_t(k))));
        if (same_value_zero(vm.heap(), arguments.at(0), element))
            return Value::boolean(true);
    }
    // 12. Return false.
    return Value::boolean(false);
}

// Array.prototype.indexOf ( searchElement [ , fromIndex ] ) — https://tc39.es/ecma262/#sec-array.prototype.indexof
ThrowCompletionOr<Value> index_of(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3. If len = 0, return -1𝔽.
    if (length == 0)
        return Value::int32(-1);
    // 4-10. k: the relative fromIndex.
    double k = TRY(relative_index(vm, arguments.at(1), length, 0));
    // 11. Repeat, while k < len: if ? HasProperty(O, Pk) and IsStrictlyEqual(searchElement,
    //     ? Get(O, Pk)), return 𝔽(k).
    for (; k < length; ++k) {
        PropertyKey key = index_key(vm, uint64_t(k));
        if (!TRY(has_element(vm, *object, key)))
            continue;
        Value element = TRY(get_element(vm, *object, key));
        if (is_strictly_equal(vm.heap(), arguments.at(0), element))
            return Value::number(k);
    }
    // 12. Return -1𝔽.
    return Value::int32(-1);
}

// Array.prototype.join ( separator ) — https://tc39.es/ecma262/#sec-array.prototype.join
ThrowCompletionOr<Value> join(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. If separator is undefined, let sep be ",". 4. Else, let sep be ? ToString(separator).
    String* separator = arguments.at(0).is_undefined() ? vm.atoms().intern_latin1(",") : TRY(to_string(vm, arguments.at(0)));
    std::u16string sep = separator->to_utf16(vm.heap());
    // 5. Let R be the empty String.
    std::u16string result;
    // 6-7. For each k < len:
    for (uint64_t k = 0; k < length; ++k) {
        // a. If k > 0, set R to the string-concatenation of R and sep.
        if (k > 0)
            result += sep;
        // b. Let element be ? Get(O, ! ToString(𝔽(k))).
        Value element = TRY(get_element(vm, *object, index_key(vm, k)));
        // c. If element is either undefined or null, let next be the empty String; otherwise,
        //    let next be ? ToString(element).
        // d. Set R to the string-concatenation of R and next.
        if (!element.is_nullish())
            result += TRY(to_string(vm, element))->to_utf16(vm.heap());
        if (result.size() > String::kMaxLength)
            return vm.throw_range_error(ErrorType::InvalidStringLength);
    }
    // 8. Return R.
    return Value::string(String::from_utf16(vm.heap(), result));
}

// Array.prototype.keys ( ) — https://tc39.es/ecma262/#sec-array.prototype.keys
ThrowCompletionOr<Value> keys(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Return CreateArrayIterator(O, key).
    return Value::object(create_array_iterator(vm, *object, IterationKind::Key));
}

// Array.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) — https://tc39.es/ecma262/#sec-array.prototype.lastindexof
ThrowCompletionOr<Value> last_index_of(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3. If len = 0, return -1𝔽.
    if (length == 0)
        return Value::int32(-1);
    // 4. If fromIndex is present, let fromIndex be ? ToIntegerOrInfinity(fromIndex); else len - 1.
    double from = arguments.size() > 1 ? TRY(to_integer_or_infinity(vm, arguments.at(1))) : length - 1;
    // 5. If fromIndex = -∞, return -1𝔽.
    if (from == -INFINITY)
        return Value::int32(-1);
    // 6. If fromIndex ≥ 0, let k be min(fromIndex, len - 1). 7. Else, let k be len + fromIndex.
    double k = from >= 0 ? std::min(from, length - 1) : length + from;
    // 8. Repeat, while k ≥ 0,
    for (; k >= 0; --k) {
        PropertyKey key = index_key(vm, uint64_t(k));
        if (!TRY(has_element(vm, *object, key)))
            continue;
        Value element = TRY(get_element(vm, *object, key));
        if (is_strictly_equal(vm.heap(), arguments.at(0), element))
            return Value::number(k);
    }
    // 9. Return -1𝔽.
    return Value::int32(-1);
}

// Array.prototype.map ( callbackfn [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.map
ThrowCompletionOr<Value> map(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    uint64_t length = TRY(length_of_array_like(vm, *object));
    Value callback = TRY(callback_argument(vm, arguments, "Array.prototype.map callback"));
    // 4. Let A be ? ArraySpeciesCreate(O, len).
    Object* array = TRY(array_species_create(vm, *object, length));
    // 5-6. For each present k: ? CreateDataPropertyOrThrow(A, Pk, mappedValue).
    TRY(for_each_present(vm, *object, length, callback, arguments.at(1), [&](uint64_t k, Value, Value mapped) -> ThrowCompletionOr<bool> {
        TRY(create_data_property_or_throw(vm, *array, index_key(vm, k), mapped));
        return false;
    }));
    // 7. Return A.
    return Value::object(array);
}

// Array.prototype.pop ( ) — https://tc39.es/ecma262/#sec-array.prototype.pop
ThrowCompletionOr<Value> pop(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. If len = 0, then
    if (length == 0) {
        // a. Perform ? Set(O, "length", +0𝔽, true). b. Return undefined.
        TRY(set_length(vm, *object, 0));
        return Value::undefined();
    }
    // 4. Else,
    //    a. Assert: len > 0. b. Let newLen be 𝔽(len - 1).
    uint64_t new_length = length - 1;
    //    c. Let index be ! ToString(newLen).
    PropertyKey key = index_key(vm, new_length);
    //    d. Let element be ? Get(O, index).
    Value element = TRY(get_element(vm, *object, key));
    //    e. Perform ? DeletePropertyOrThrow(O, index).
    TRY(delete_property_or_throw(vm, *object, key));
    //    f. Perform ? Set(O, "length", newLen, true).
    TRY(set_length(vm, *object, double(new_length)));
    //    g. Return element.
    return element;
}

// Array.prototype.push ( ...items ) — https://tc39.es/ecma262/#sec-array.prototype.push
ThrowCompletionOr<Value> push(VM& vm, Arguments const& arguments)
{
    // Fast path: one element onto a plain dense array (the steps below, without user code).
    if (arguments.size() == 1 && arguments.this_value.is_object() && try_append_to_array(vm, *arguments.this_value.as_object(), arguments.values[0]))
        return Value::number(double(array_length(*arguments.this_value.as_object())));
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. Let argCount be the number of elements in items.
    // 4. If len + argCount > 2^53 - 1, throw a TypeError exception.
    if (double(length) + double(arguments.size()) > kMaxSafeInteger)
        return vm.throw_type_error(ErrorType::ArrayTooLong);
    // 5. For each element E of items, do
    for (Value element : arguments.values) {
        // a. Perform ? Set(O, ! ToString(𝔽(len)), E, true).
        TRY(set_element(vm, *object, index_key(vm, length), element));
        // b. Set len to len + 1.
        ++length;
    }
    // 6. Perform ? Set(O, "length", 𝔽(len), true).
    TRY(set_length(vm, *object, double(length)));
    // 7. Return 𝔽(len).
    return Value::number(double(length));
}

namespace {

// Array.prototype.reduce and reduceRight (23.1.3.24, 23.1.3.25).
ThrowCompletionOr<Value> reduce_impl(VM& vm, Arguments const& arguments, bool right)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    Value callback = TRY(callback_argument(vm, arguments, right ? "Array.prototype.reduceRight callback" : "Array.prototype.reduce callback"));
    // 4. If len = 0 and initialValue is not present, throw a TypeError exception.
    if (length == 0 && arguments.size() < 2)
        return vm.throw_type_error(ErrorType::ReduceOfEmptyArray);
    // 5. Let k be 0 (reduceRight: len - 1).
    uint64_t i = 0;
    auto index = [&](uint64_t step) { return right ? length - 1 - step : step; };
    // 6. Let accumulator be undefined.
    Value accumulator = Value::undefined();
    // 7. If initialValue is present, set accumulator to initialValue.
    if (arguments.size() >= 2) {
        accumulator = arguments.at(1);
    } else {
        // 8. Else,
        //    a. Let kPresent be false.
        bool present = false;
        //    b. Repeat, while kPresent is false and k < len,
        for (; !present && i < length; ++i) {
            PropertyKey key = index_key(vm, index(i));
            present = TRY(has_element(vm, *object, key));
            if (present)
                accumulator = TRY(get_element(vm, *object, key));
        }
        //    c. If kPresent is false, throw a TypeError exception.
        if (!present)
            return vm.throw_type_error(ErrorType::ReduceOfEmptyArray);
    }
    // 9. Repeat, while k < len,
    for (; i < length; ++i) {
        uint64_t k = index(i);
        PropertyKey key = index_key(vm, k);
        // b. Let kPresent be ? HasProperty(O, Pk).
        if (!TRY(has_element(vm, *object, key)))
            continue;
        // c. If kPresent is true, then
        //    i. Let kValue be ? Get(O, Pk).
        Value value = TRY(get_element(vm, *object, key));
        //    ii. Set accumulator to ? Call(callbackfn, undefined, « accumulator, kValue, 𝔽(k), O »).
        Value call_arguments[] = { accumulator, value, Value::number(double(k)), Value::object(object) };
        accumulator = TRY(call(vm, callback, Value::undefined(), call_arguments));
    }
    // 10. Return accumulator.
    return accumulator;
}

}

// Array.prototype.reduce ( callbackfn [ , initialValue ] ) — https://tc39.es/ecma262/#sec-array.prototype.reduce
ThrowCompletionOr<Value> reduce(VM& vm, Arguments const& arguments) { return reduce_impl(vm, arguments, false); }

// Array.prototype.reduceRight ( callbackfn [ , initialValue ] ) — https://tc39.es/ecma262/#sec-array.prototype.reduceright
ThrowCompletionOr<Value> reduce_right(VM& vm, Arguments const& arguments) { return reduce_impl(vm, arguments, true); }

// Array.prototype.reverse ( ) — https://tc39.es/ecma262/#sec-array.prototype.reverse
ThrowCompletionOr<Value> reverse(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. Let middle be floor(len / 2).
    uint64_t middle = length / 2;
    // 4. Let lower be 0.
    // 5. Repeat, while lower ≠ middle,
    for (uint64_t lower = 0; lower != middle; ++lower) {
        // a. Let upper be len - lower - 1.
        uint64_t upper = length - lower - 1;
        // b-c. upperP, lowerP.
        PropertyKey upper_key = index_key(vm, upper);
        PropertyKey lower_key = index_key(vm, lower);
        // d. Let lowerExists be ? HasProperty(O, lowerP).
        bool lower_exists = TRY(has_element(vm, *object, lower_key));
        // e. If lowerExists is true, let lowerValue be ? Get(O, lowerP).
        Value lower_value = lower_exists ? TRY(get_element(vm, *object, lower_key)) : Value::undefined();
        // f. Let upperExists be ? HasProperty(O, upperP).
        bool upper_exists = TRY(has_element(vm, *object, upper_key));
        // g. If upperExists is true, let upperValue be ? Get(O, upperP).
        Value upper_value = upper_exists ? TRY(get_element(vm, *object, upper_key)) : Value::undefined();
        // h-k. Swap, deleting where one side is missing.
        if (lower_exists && upper_exists) {
            TRY(set_element(vm, *object, lower_key, upper_value));
            TRY(set_element(vm, *object, upper_key, lower_value));
        } else if (!lower_exists && upper_exists) {
            TRY(set_element(vm, *object, lower_key, upper_value));
            TRY(delete_property_or_throw(vm, *object, upper_key));
        } else if (lower_exists && !upper_exists) {
            TRY(delete_property_or_throw(vm, *object, lower_key));
            TRY(set_element(vm, *object, upper_key, lower_value));
        }
    }
    // 6. Return O.
    return Value::object(object);
}

// Array.prototype.shift ( ) — https://tc39.es/ecma262/#sec-array.prototype.shift
ThrowCompletionOr<Value> shift(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. If len = 0, then
    if (length == 0) {
        // a. Perform ? Set(O, "length", +0𝔽, true). b. Return undefined.
        TRY(set_length(vm, *object, 0));
        return Value::undefined();
    }
    // 4. Let first be ? Get(O, "0").
    Value first = TRY(get_element(vm, *object, PropertyKey::from_index(0)));
    // 5-6. For k from 1 to len - 1: move element k to k - 1 (or delete k - 1).
    for (uint64_t k = 1; k < length; ++k) {
        PropertyKey from = index_key(vm, k);
        PropertyKey to = index_key(vm, k - 1);
        if (TRY(has_element(vm, *object, from))) {
            Value value = TRY(get_element(vm, *object, from));
            TRY(set_element(vm, *object, to, value));
        } else {
            TRY(delete_property_or_throw(vm, *object, to));
        }
    }
    // 7. Perform ? DeletePropertyOrThrow(O, ! ToString(𝔽(len - 1))).
    TRY(delete_property_or_throw(vm, *object, index_key(vm, length - 1)));
    // 8. Perform ? Set(O, "length", 𝔽(len - 1), true).
    TRY(set_length(vm, *object, double(length - 1)));
    // 9. Return first.
    return first;
}

// Array.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-array.prototype.slice
ThrowCompletionOr<Value> slice(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3-5. Let k be the relative start.
    double k = TRY(relative_index(vm, arguments.at(0), length, 0));
    // 6-8. Let final be the relative end (undefined: len).
    double final_index = TRY(relative_index(vm, arguments.at(1), length, length));
    // 9. Let count be max(final - k, 0).
    double count = std::max(final_index - k, 0.0);
    // 10. Let A be ? ArraySpeciesCreate(O, count).
    Object* array = TRY(array_species_create(vm, *object, uint64_t(count)));
    // 11. Let n be 0.
    uint64_t n = 0;
    // 12. Repeat, while k < final,
    for (; k < final_index; ++k, ++n) {
        PropertyKey key = index_key(vm, uint64_t(k));
        // b. Let kPresent be ? HasProperty(O, Pk).
        // c. If kPresent is true, ? CreateDataPropertyOrThrow(A, ! ToString(𝔽(n)), ? Get(O, Pk)).
        if (TRY(has_element(vm, *object, key))) {
            Value value = TRY(get_element(vm, *object, key));
            TRY(create_data_property_or_throw(vm, *array, index_key(vm, n), value));
        }
    }
    // 13. Perform ? Set(A, "length", 𝔽(n), true).
    TRY(set_length(vm, *array, double(n)));
    // 14. Return A.
    return Value::object(array);
}

// Array.prototype.some ( callbackfn [ , thisArg ] ) — https://tc39.es/ecma262/#sec-array.prototype.some
ThrowCompletionOr<Value> some(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    uint64_t length = TRY(length_of_array_like(vm, *object));
    Value callback = TRY(callback_argument(vm, arguments, "Array.prototype.some callback"));
    // 4-5. For each present k: if ToBoolean(testResult) is true, return true.
    bool result = false;
    TRY(for_each_present(vm, *object, length, callback, arguments.at(1), [&](uint64_t, Value, Value test) -> ThrowCompletionOr<bool> {
        if (to_boolean(test))
            result = true;
        return result;
    }));
    // 6. Return false.
    return Value::boolean(result);
}

// Array.prototype.sort ( comparator ) — https://tc39.es/ecma262/#sec-array.prototype.sort
ThrowCompletionOr<Value> sort(VM& vm, Arguments const& arguments)
{
    Value comparator = arguments.at(0);
    // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
    if (!comparator.is_undefined() && !is_callable(comparator))
        return vm.throw_type_error(ErrorType::NotAFunction, { "The comparison function" });
    // 2. Let obj be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 3. Let len be ? LengthOfArrayLike(obj).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 4-5. Let sortedList be ? SortIndexedProperties(obj, len, SortCompare, skip-holes).
    ValueList sorted(vm.heap());
    TRY(sort_indexed_properties(vm, *object, length, comparator, Holes::Skip, sorted));
    // 6. Let itemCount be the number of elements in sortedList.
    uint32_t item_count = sorted.size();
    // 7-8. For j < itemCount: ? Set(obj, ! ToString(𝔽(j)), sortedList[j], true).
    uint64_t j = 0;
    for (; j < item_count; ++j)
        TRY(set_element(vm, *object, index_key(vm, j), sorted.at(uint32_t(j))));
    // 9. NOTE: The call to SortIndexedProperties in step 5 uses skip-holes. The remaining indices
    //    are deleted to preserve the number of holes that were detected and excluded from the sort.
    // 10. Repeat, while j < len: ? DeletePropertyOrThrow(obj, ! ToString(𝔽(j))).
    for (; j < length; ++j)
        TRY(delete_property_or_throw(vm, *object, index_key(vm, j)));
    // 11. Return obj.
    return Value::object(object);
}

// Array.prototype.splice ( start, deleteCount, ...items ) — https://tc39.es/ecma262/#sec-array.prototype.splice
ThrowCompletionOr<Value> splice(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3-5. Let actualStart be the relative start.
    double actual_start = TRY(relative_index(vm, arguments.at(0), length, 0));
    // 6. Let itemCount be the number of elements in items.
    double item_count = arguments.size() > 2 ? double(arguments.size() - 2) : 0;
    double actual_delete_count;
    // 7. If start is not present, then let actualDeleteCount be 0.
    if (arguments.size() == 0) {
        actual_delete_count = 0;
    } else if (arguments.size() == 1) {
        // 8. Else if deleteCount is not present, then let actualDeleteCount be len - actualStart.
        actual_delete_count = length - actual_start;
    } else {
        // 9. Else,
        //    a. Let dc be ? ToIntegerOrInfinity(deleteCount).
        double dc = TRY(to_integer_or_infinity(vm, arguments.at(1)));
        //    b. Let actualDeleteCount be the result of clamping dc between 0 and len - actualStart.
        actual_delete_count = std::clamp(dc, 0.0, length - actual_start);
    }
    // 10. If len + itemCount - actualDeleteCount > 2^53 - 1, throw a TypeError exception.
    if (length + item_count - actual_delete_count > kMaxSafeInteger)
        return vm.throw_type_error(ErrorType::ArrayTooLong);
    // 11. Let A be ? ArraySpeciesCreate(O, actualDeleteCount).
    Object* array = TRY(array_species_create(vm, *object, uint64_t(actual_delete_count)));
    // 12-13. Copy the deleted elements into A.
    for (double k = 0; k < actual_delete_count; ++k) {
        PropertyKey from = index_key(vm, uint64_t(actual_start + k));
        if (TRY(has_element(vm, *object, from))) {
            Value value = TRY(get_element(vm, *object, from));
            TRY(create_data_property_or_throw(vm, *array, index_key(vm, uint64_t(k)), value));
        }
    }
    // 14. Perform ? Set(A, "length", 𝔽(actualDeleteCount), true).
    TRY(set_length(vm, *array, actual_delete_count));
    // 15. If itemCount < actualDeleteCount, then
    if (item_count < actual_delete_count) {
        // a-b. Move the tail down.
        for (double k = actual_start; k < length - actual_delete_count; ++k) {
            PropertyKey from = index_key(vm, uint64_t(k + actual_delete_count));
            PropertyKey to = index_key(vm, uint64_t(k + item_count));
            if (TRY(has_element(vm, *object, from))) {
                Value value = TRY(get_element(vm, *object, from));
                TRY(set_element(vm, *object, to, value));
            } else {
                TRY(delete_property_or_throw(vm, *object, to));
            }
        }
        // c-d. Delete the elements past the new end, from the top.
        for (double k = length; k > length - actual_delete_count + item_count; --k)
            TRY(delete_property_or_throw(vm, *object, index_key(vm, uint64_t(k - 1))));
    } else if (item_count > actual_delete_count) {
        // 16. Else if itemCount > actualDeleteCount, then move the tail up, from the top.
        for (double k = length - actual_delete_count; k > actual_start; --k) {
            PropertyKey from = index_key(vm, uint64_t(k + actual_delete_count - 1));
            PropertyKey to = index_key(vm, uint64_t(k + item_count - 1));
            if (TRY(has_element(vm, *object, from))) {
                Value value = TRY(get_element(vm, *object, from));
                TRY(set_element(vm, *object, to, value));
            } else {
                TRY(delete_property_or_throw(vm, *object, to));
            }
        }
    }
    // 17-18. Store the items from actualStart.
    for (size_t i = 2; i < arguments.size(); ++i)
        TRY(set_element(vm, *object, index_key(vm, uint64_t(actual_start) + (i - 2)), arguments.values[i]));
    // 19. Perform ? Set(O, "length", 𝔽(len - actualDeleteCount + itemCount), true).
    TRY(set_length(vm, *object, length - actual_delete_count + item_count));
    // 20. Return A.
    return Value::object(array);
}

// Array.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) — https://tc39.es/ecma262/#sec-array.prototype.tolocalestring
ThrowCompletionOr<Value> to_locale_string(VM& vm, Arguments const& arguments)
{
    // 1. Let array be ? ToObject(this value).
    Object* array = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(array).
    uint64_t length = TRY(length_of_array_like(vm, *array));
    // 3. Let separator be the implementation-defined list-separator String ",".
    // 4. Let R be the empty String.
    std::u16string result;
    // 5-6. For each k < len:
    for (uint64_t k = 0; k < length; ++k) {
        // a. If k > 0, set R to the string-concatenation of R and separator.
        if (k > 0)
            result += u',';
        // b. Let nextElement be ? Get(array, ! ToString(𝔽(k))).
        Value element = TRY(get(vm, *array, index_key(vm, k)));
        // c. If nextElement is neither undefined nor null, then
        //    i. Let S be ? ToString(? Invoke(nextElement, "toLocaleString")).
        //    ii. Set R to the string-concatenation of R and S.
        if (!element.is_nullish()) {
            Value localized = TRY(invoke(vm, element, PropertyKey::from_atom(vm.atoms().to_locale_string)));
            result += TRY(to_string(vm, localized))->to_utf16(vm.heap());
        }
    }
    // 7. Return R.
    return Value::string(String::from_utf16(vm.heap(), result));
}

// Array.prototype.toReversed ( ) — https://tc39.es/ecma262/#sec-array.prototype.toreversed
ThrowCompletionOr<Value> to_reversed(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. Let A be ? ArrayCreate(len).
    Object* array = TRY(array_create(vm, length));
    // 4-5. A[k] = O[len - k - 1].
    for (uint64_t k = 0; k < length; ++k) {
        Value value = TRY(get_element(vm, *object, index_key(vm, length - k - 1)));
        MUST(create_data_property_or_throw(vm, *array, index_key(vm, k), value));
    }
    // 6. Return A.
    return Value::object(array);
}

// Array.prototype.toSorted ( comparator ) — https://tc39.es/ecma262/#sec-array.prototype.tosorted
ThrowCompletionOr<Value> to_sorted(VM& vm, Arguments const& arguments)
{
    Value comparator = arguments.at(0);
    // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
    if (!comparator.is_undefined() && !is_callable(comparator))
        return vm.throw_type_error(ErrorType::NotAFunction, { "The comparison function" });
    // 2. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 3. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 4. Let A be ? ArrayCreate(len).
    Object* array = TRY(array_create(vm, length));
    // 5-6. Let sortedList be ? SortIndexedProperties(O, len, SortCompare, read-through-holes).
    ValueList sorted(vm.heap());
    TRY(sort_indexed_properties(vm, *object, length, comparator, Holes::Read, sorted));
    // 7-8. A[j] = sortedList[j].
    for (uint32_t j = 0; j < sorted.size(); ++j)
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(j), sorted.at(j)));
    // 9. Return A.
    return Value::object(array);
}

// Array.prototype.toSpliced ( start, skipCount, ...items ) — https://tc39.es/ecma262/#sec-array.prototype.tospliced
ThrowCompletionOr<Value> to_spliced(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    double length = double(TRY(length_of_array_like(vm, *object)));
    // 3-6. Let actualStart be the relative start.
    double actual_start = TRY(relative_index(vm, arguments.at(0), length, 0));
    // 7. Let insertCount be the number of elements in items.
    double insert_count = arguments.size() > 2 ? double(arguments.size() - 2) : 0;
    double actual_skip_count;
    // 8. If start is not present, then let actualSkipCount be 0.
    if (arguments.size() == 0) {
        actual_skip_count = 0;
    } else if (arguments.size() == 1) {
        // 9. Else if skipCount is not present, then let actualSkipCount be len - actualStart.
        actual_skip_count = length - actual_start;
    } else {
        // 10. Else, let sc be ? ToIntegerOrInfinity(skipCount); clamp it between 0 and len - actualStart.
        double sc = TRY(to_integer_or_infinity(vm, arguments.at(1)));
        actual_skip_count = std::clamp(sc, 0.0, length - actual_start);
    }
    // 11. Let newLen be len + insertCount - actualSkipCount.
    double new_length = length + insert_count - actual_skip_count;
    // 12. If newLen > 2^53 - 1, throw a TypeError exception.
    if (new_length > kMaxSafeInteger)
        return vm.throw_type_error(ErrorType::ArrayTooLong);
    // 13. Let A be ? ArrayCreate(newLen).
    Object* array = TRY(array_create(vm, uint64_t(new_length)));
    // 14-17. Copy the head, insert the items, then copy the tail from actualStart + actualSkipCount.
    uint64_t i = 0;
    for (; double(i) < actual_start; ++i)
        MUST(create_data_property_or_throw(vm, *array, index_key(vm, i), TRY(get_element(vm, *object, index_key(vm, i)))));
    for (size_t k = 2; k < arguments.size(); ++k, ++i)
        MUST(create_data_property_or_throw(vm, *array, index_key(vm, i), arguments.values[k]));
    for (double r = actual_start + actual_skip_count; double(i) < new_length; ++i, ++r)
        MUST(create_data_property_or_throw(vm, *array, index_key(vm, i), TRY(get_element(vm, *object, index_key(vm, uint64_t(r))))));
    // 18. Return A.
    return Value::object(array);
}

// Array.prototype.toString ( ) — https://tc39.es/ecma262/#sec-array.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1. Let array be ? ToObject(this value).
    Object* array = TRY(to_object(vm, arguments.this_value));
    // 2. Let func be ? Get(array, "join").
    Value function = TRY(get(vm, *array, PropertyKey::from_atom(vm.atoms().join)));
    // 3. If IsCallable(func) is false, set func to the intrinsic function %Object.prototype.toString%.
    //    (Its behaviour, called directly: the property may have been deleted or replaced.)
    if (!is_callable(function))
        return object_prototype::to_string(vm, Arguments { Value::object(array), {}, nullptr, arguments.callee });
    // 4. Return ? Call(func, array).
    return call(vm, function, Value::object(array), {});
}

// Array.prototype.unshift ( ...items ) — https://tc39.es/ecma262/#sec-array.prototype.unshift
ThrowCompletionOr<Value> unshift(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. Let argCount be the number of elements in items.
    uint64_t count = arguments.size();
    // 4. If argCount > 0, then
    if (count > 0) {
        // a. If len + argCount > 2^53 - 1, throw a TypeError exception.
        if (double(length) + double(count) > kMaxSafeInteger)
            return vm.throw_type_error(ErrorType::ArrayTooLong);
        // b-c. Move the elements up by argCount, from the top.
        for (uint64_t k = length; k > 0; --k) {
            PropertyKey from = index_key(vm, k - 1);
            PropertyKey to = index_key(vm, k + count - 1);
            if (TRY(has_element(vm, *object, from))) {
                Value value = TRY(get_element(vm, *object, from));
                TRY(set_element(vm, *object, to, value));
            } else {
                TRY(delete_property_or_throw(vm, *object, to));
            }
        }
        // d-f. Store the items at the front.
        for (uint64_t j = 0; j < count; ++j)
            TRY(set_element(vm, *object, index_key(vm, j), arguments.values[j]));
    }
    // 5. Perform ? Set(O, "length", 𝔽(len + argCount), true).
    TRY(set_length(vm, *object, double(length + count)));
    // 6. Return 𝔽(len + argCount).
    return Value::number(double(length + count));
}

// Array.prototype.values ( ) — https://tc39.es/ecma262/#sec-array.prototype.values
ThrowCompletionOr<Value> values(VM& vm, Arguments const& arguments)
{
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Return CreateArrayIterator(O, value).
    return Value::object(create_array_iterator(vm, *object, IterationKind::Value));
}

// Array.prototype.with ( index, value ) — https://tc39.es/ecma262/#sec-array.prototype.with
ThrowCompletionOr<Value> with(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? ToObject(this value).
    Object* object = TRY(to_object(vm, arguments.this_value));
    // 2. Let len be ? LengthOfArrayLike(O).
    uint64_t length = TRY(length_of_array_like(vm, *object));
    // 3. Let relativeIndex be ? ToIntegerOrInfinity(index).
    double relative = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4-5. actualIndex.
    double actual = relative >= 0 ? relative : double(length) + relative;
    // 6. If actualIndex ≥ len or actualIndex < 0, throw a RangeError exception.
    if (actual >= double(length) || actual < 0)
        return vm.throw_range_error(ErrorType::InvalidIndex, { "with" });
    // 7. Let A be ? ArrayCreate(len).
    Object* array = TRY(array_create(vm, length));
    // 8-9. A[k] = value at actualIndex, else O[k].
    for (uint64_t k = 0; k < length; ++k) {
        Value from_value = k == uint64_t(actual) ? arguments.at(1) : TRY(get_element(vm, *object, index_key(vm, k)));
        MUST(create_data_property_or_throw(vm, *array, index_key(vm, k), from_value));
    }
    // 10. Return A.
    return Value::object(array);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/array/array_prototype.def"
    // 23.1.3.40 Array.prototype [ %Symbol.iterator% ] is %Array.prototype.values%.
    Value values_function = MUST(get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("values")))));
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().iterator),
        PropertyDescriptor::data(values_function, kMethod)));
    // 23.1.3.41 Array.prototype [ %Symbol.unscopables% ]: a null-prototype object listing the
    // methods with-statements must not see; { [[Writable]]: false, [[Enumerable]]: false,
    // [[Configurable]]: true }.
    Object* unscopables = Object::create(vm, nullptr);
    for (std::string_view name : { "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex",
             "flat", "flatMap", "includes", "keys", "toReversed", "toSorted", "toSpliced", "values" }) {
        MUST(create_data_property_or_throw(vm, *unscopables, to_property_key(vm.atoms(), CodeUnitView(name)), Value::boolean(true)));
    }
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().unscopables),
        PropertyDescriptor::data(Value::object(unscopables), kConfigurableOnly)));
}

}
