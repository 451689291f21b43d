// The %TypedArray%.prototype methods that call a function for the elements (every, filter,
// find*, forEach, map, reduce*, some) and that sort (sort, toSorted). ECMA-262 23.2.3.
#include "runtime/builtins/typed_array/typed_array_prototype.h"
#include "runtime/builtins/array/merge_sort.h"

#include "runtime/abstract_operations.h"
#include "runtime/bigint.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace sable::runtime::builtins::typed_array_prototype {

namespace {

// The common start of the callback methods: ValidateTypedArray(O, seq-cst), then "If
// IsCallable(callback) is false, throw a TypeError exception."
ThrowCompletionOr<TypedArrayObject*> validate_with_callback(VM& vm, Arguments const& arguments, std::string_view method)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method));
    if (!is_callable(arguments.at(0)))
        return vm.throw_type_error(ErrorType::NotAFunction, { "callback" });
    return object;
}

// Call(callback, thisArg, « kValue, 𝔽(k), O »).
ThrowCompletionOr<Value> call_callback(VM& vm, Arguments const& arguments, Value value, double k, TypedArrayObject& object)
{
    Value call_arguments[] = { value, Value::number(k), Value::object(&object) };
    return call(vm, arguments.at(0), arguments.at(1), call_arguments);
}

enum class FindDirection : uint8_t { Ascending, Descending };
enum class FindResult : uint8_t { Value, Index };

// FindViaPredicate ( O, len, direction, predicate, thisArg ) — https://tc39.es/ecma262/#sec-findviapredicate
ThrowCompletionOr<Value> find_via_predicate(VM& vm, Arguments const& arguments, std::string_view method,
    FindDirection direction, FindResult wanted)
{
    TypedArrayObject* object = TRY(validate_with_callback(vm, arguments, method));
    double length = double(object->length());
    // 3-4. The indices in the direction's order.
    for (double i = 0; i < length; ++i) {
        double k = direction == FindDirection::Ascending ? i : length - 1 - i;
        // a-b. Let kValue be ! Get(O, Pk).
        Value value = TRY(object->get_element(vm, k));
        // c. Let testResult be ? Call(predicate, thisArg, « kValue, 𝔽(k), O »).
        Value test_result = TRY(call_callback(vm, arguments, value, k, *object));
        // d. If ToBoolean(testResult) is true, return the Record { [[Index]]: 𝔽(k), [[Value]]: kValue }.
        if (to_boolean(test_result))
            return wanted == FindResult::Value ? value : Value::number(k);
    }
    // 5. Return the Record { [[Index]]: -1𝔽, [[Value]]: undefined }.
    return wanted == FindResult::Value ? Value::undefined() : Value::int32(-1);
}

// CompareTypedArrayElements ( x, y, comparator ) — https://tc39.es/ecma262/#sec-comparetypedarrayelements
ThrowCompletionOr<double> compare_typed_array_elements(VM& vm, Value x, Value y, Value comparator)
{
    // 1. Assert: x and y are both Numbers or both BigInts.
    // 2. If comparator is not undefined, then
    if (!comparator.is_undefined()) {
        // a. Let v be ? ToNumber(? Call(comparator, undefined, « x, y »)).
        Value call_arguments[] = { x, y };
        double v = TRY(to_number(vm, TRY(call(vm, comparator, Value::undefined(), call_arguments))));
        // b. If v is NaN, return +0𝔽. c. Return v.
        return std::isnan(v) ? 0.0 : v;
    }
    // 3-6 for BigInts: numeric order (there are no NaNs or negative zeros).
    if (x.is_bigint()) {
        auto order = bigint_compare(*x.as_bigint(), *y.as_bigint());
        return order < 0 ? -1.0 : order > 0 ? 1.0 : 0.0;
    }
    double a = x.as_number();
    double b = y.as_number();
    // 3-4. NaNs sort last.
    if (std::isnan(a) && std::isnan(b))
        return 0.0;
    if (std::isnan(a))
        return 1.0;
    if (std::isnan(b))
        return -1.0;
    // 5-6. Numeric order.
    if (a < b)
        return -1.0;
    if (a > b)
        return 1.0;
    // 7-8. -0 before +0.
    if (std::signbit(a) && !std::signbit(b))
        return -1.0;
    if (!std::signbit(a) && std::signbit(b))
        return 1.0;
    // 9. Return +0𝔽.
    return 0.0;
}

// SortIndexedProperties ( obj, len, SortCompare, read-through-holes ) for a TypedArray: the
// sorted list of its first `length` elements, stable.
ThrowCompletionOr<void> sort_elements(VM& vm, TypedArrayObject& object, size_t length, Value comparator, ValueList& sorted)
{
    // Fast path: with no comparator and Number elements the order is numeric and cannot run
    // user code; sort the doubles themselves (std::stable_sort with the same total order).
    if (comparator.is_undefined() && !is_bigint_type(object.type())) {
        std::vector<double> numbers(length);
        for (size_t k = 0; k < length; ++k)
            numbers[k] = TRY(object.get_element(vm, double(k))).as_number();
        std::stable_sort(numbers.begin(), numbers.end(), [](double a, double b) {
            if (std::isnan(b))
                return !std::isnan(a);
            if (std::isnan(a))
                return false;
            if (a != b)
                return a < b;
            return std::signbit(a) && !std::signbit(b);
        });
        for (double number : numbers)
            sorted.append(Value::number(number));
        return {};
    }
    // 1-3. items: ! Get(obj, Pk) for each k < len.
    for (size_t k = 0; k < length; ++k)
        sorted.append(TRY(object.get_element(vm, double(k))));
    // 4. Sort items with SortCompare (stable; the comparator may throw).
    return merge_sort(vm, sorted, comparator, compare_typed_array_elements);
}

}

// %TypedArray%.prototype.every ( callback [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.every
ThrowCompletionOr<Value> every(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_with_callback(vm, arguments, "%TypedArray%.prototype.every"));
    double length = double(object->length());
    // 5-6. For each k < len: if ToBoolean(? Call(callback, thisArg, « ! Get(O, Pk), 𝔽(k), O »))
    //      is false, return false.
    for (double k = 0; k < length; ++k) {
        Value value = TRY(object->get_element(vm, k));
        if (!to_boolean(TRY(call_callback(vm, arguments, value, k, *object))))
            return Value::boolean(false);
    }
    // 7. Return true.
    return Value::boolean(true);
}

// %TypedArray%.prototype.some ( callback [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.some
ThrowCompletionOr<Value> some(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_with_callback(vm, arguments, "%TypedArray%.prototype.some"));
    double length = double(object->length());
    // 5-6. For each k < len: if ToBoolean(? Call(...)) is true, return true.
    for (double k = 0; k < length; ++k) {
        Value value = TRY(object->get_element(vm, k));
        if (to_boolean(TRY(call_callback(vm, arguments, value, k, *object))))
            return Value::boolean(true);
    }
    // 7. Return false.
    return Value::boolean(false);
}

// %TypedArray%.prototype.forEach ( callback [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.foreach
ThrowCompletionOr<Value> for_each(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_with_callback(vm, arguments, "%TypedArray%.prototype.forEach"));
    double length = double(object->length());
    // 5-6. For each k < len: Perform ? Call(callback, thisArg, « ! Get(O, Pk), 𝔽(k), O »).
    for (double k = 0; k < length; ++k) {
        Value value = TRY(object->get_element(vm, k));
        TRY(call_callback(vm, arguments, value, k, *object));
    }
    // 7. Return undefined.
    return Value::undefined();
}

// %TypedArray%.prototype.find ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.find
ThrowCompletionOr<Value> find(VM& vm, Arguments const& arguments)
{
    return find_via_predicate(vm, arguments, "%TypedArray%.prototype.find", FindDirection::Ascending, FindResult::Value);
}

// %TypedArray%.prototype.findIndex ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.findindex
ThrowCompletionOr<Value> find_index(VM& vm, Arguments const& arguments)
{
    return find_via_predicate(vm, arguments, "%TypedArray%.prototype.findIndex", FindDirection::Ascending, FindResult::Index);
}

// %TypedArray%.prototype.findLast ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlast
ThrowCompletionOr<Value> find_last(VM& vm, Arguments const& arguments)
{
    return find_via_predicate(vm, arguments, "%TypedArray%.prototype.findLast", FindDirection::Descending, FindResult::Value);
}

// %TypedArray%.prototype.findLastIndex ( predicate [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.findlastindex
ThrowCompletionOr<Value> find_last_index(VM& vm, Arguments const& arguments)
{
    return find_via_predicate(vm, arguments, "%TypedArray%.prototype.findLastIndex", FindDirection::Descending,
        FindResult::Index);
}

// %TypedArray%.prototype.filter ( callback [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.filter
ThrowCompletionOr<Value> filter(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.filter";
    TypedArrayObject* object = TRY(validate_with_callback(vm, arguments, method));
    double length = double(object->length());
    // 5. Let kept be a new empty List. 6-7. captured = 0.
    ValueList kept(vm.heap());
    // 8. For each k < len: if ToBoolean(? Call(callback, thisArg, « kValue, 𝔽(k), O »)),
    //    append kValue to kept.
    for (double k = 0; k < length; ++k) {
        Value value = TRY(object->get_element(vm, k));
        if (to_boolean(TRY(call_callback(vm, arguments, value, k, *object))))
            kept.append(value);
    }
    // 9. Let A be ? TypedArraySpeciesCreate(O, « 𝔽(captured) »).
    Value create_arguments[] = { Value::number(double(kept.size())) };
    TypedArrayObject* result = TRY(typed_array_species_create(vm, *object, create_arguments, method, AccessMode::Write));
    // 10-11. For each e of kept: Perform ! Set(A, ! ToString(𝔽(n)), e, true).
    for (uint32_t n = 0; n < kept.size(); ++n)
        TRY(result->set_element(vm, double(n), kept.at(n)));
    // 12. Return A.
    return Value::object(result);
}

// %TypedArray%.prototype.map ( callback [ , thisArg ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.map
ThrowCompletionOr<Value> map(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.map";
    TypedArrayObject* object = TRY(validate_with_callback(vm, arguments, method));
    double length = double(object->length());
    // 5. Let A be ? TypedArraySpeciesCreate(O, « 𝔽(len) »).
    Value create_arguments[] = { Value::number(length) };
    TypedArrayObject* result = TRY(typed_array_species_create(vm, *object, create_arguments, method, AccessMode::Write));
    // 6-7. For each k < len: Perform ? Set(A, Pk, ? Call(callback, thisArg, « kValue, 𝔽(k), O »), true).
    for (double k = 0; k < length; ++k) {
        Value value = TRY(object->get_element(vm, k));
        Value mapped = TRY(call_callback(vm, arguments, value, k, *object));
        TRY(result->set_element(vm, k, mapped));
    }
    // 8. Return A.
    return Value::object(result);
}

namespace {

// %TypedArray%.prototype.reduce and reduceRight: the same steps in either direction.
ThrowCompletionOr<Value> reduce_in_direction(VM& vm, Arguments const& arguments, std::string_view method, bool right)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4. If IsCallable(callback) is false, throw a TypeError exception.
    Value callback = arguments.at(0);
    if (!is_callable(callback))
        return vm.throw_type_error(ErrorType::NotAFunction, { "callback" });
    // 5. If len = 0 and initialValue is not present, throw a TypeError exception.
    if (length == 0 && arguments.size() < 2)
        return vm.throw_type_error(ErrorType::NotAFunction, { "Reduce of empty array with no initial value: callback" });
    // 6-8. The accumulator is initialValue if present, else the first element in the direction.
    double step = right ? -1 : 1;
    double k = right ? length - 1 : 0;
    Value accumulator;
    if (arguments.size() >= 2) {
        accumulator = arguments.at(1);
    } else {
        accumulator = TRY(object->get_element(vm, k));
        k += step;
    }
    // 9. For the remaining k: accumulator = ? Call(callback, undefined, « accumulator, kValue, 𝔽(k), O »).
    for (; k >= 0 && k < length; k += step) {
        Value value = TRY(object->get_element(vm, k));
        Value call_arguments[] = { accumulator, value, Value::number(k), Value::object(object) };
        accumulator = TRY(call(vm, callback, Value::undefined(), call_arguments));
    }
    // 10. Return accumulator.
    return accumulator;
}

}

// %TypedArray%.prototype.reduce ( callback [ , initialValue ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduce
ThrowCompletionOr<Value> reduce(VM& vm, Arguments const& arguments)
{
    return reduce_in_direction(vm, arguments, "%TypedArray%.prototype.reduce", false);
}

// %TypedArray%.prototype.reduceRight ( callback [ , initialValue ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.reduceright
ThrowCompletionOr<Value> reduce_right(VM& vm, Arguments const& arguments)
{
    return reduce_in_direction(vm, arguments, "%TypedArray%.prototype.reduceRight", true);
}

// %TypedArray%.prototype.sort ( comparator ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.sort
ThrowCompletionOr<Value> sort(VM& vm, Arguments const& arguments)
{
    Value comparator = arguments.at(0);
    // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
    if (!comparator.is_undefined() && !is_callable(comparator))
        return vm.throw_type_error(ErrorType::NotAFunction, { "The comparison function" });
    // 2-3. Let obj be the this value; let taRecord be ? ValidateTypedArray(obj, seq-cst).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.sort", AccessMode::Write));
    // 4. Let len be TypedArrayLength(taRecord).
    size_t length = object->length();
    // 5-6. Let sortedList be ? SortIndexedProperties(obj, len, SortCompare, read-through-holes).
    ValueList sorted(vm.heap());
    TRY(sort_elements(vm, *object, length, comparator, sorted));
    // 7-8. For each j < len: Perform ! Set(obj, ! ToString(𝔽(j)), sortedList[j], true).
    for (uint32_t j = 0; j < sorted.size(); ++j)
        TRY(object->set_element(vm, double(j), sorted.at(j)));
    // 9. Return obj.
    return Value::object(object);
}

// %TypedArray%.prototype.toSorted ( comparator ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.tosorted
ThrowCompletionOr<Value> to_sorted(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.toSorted";
    Value comparator = arguments.at(0);
    // 1. If comparator is not undefined and IsCallable(comparator) is false, throw a TypeError exception.
    if (!comparator.is_undefined() && !is_callable(comparator))
        return vm.throw_type_error(ErrorType::NotAFunction, { "The comparison function" });
    // 2-3. Let O be the this value; let taRecord be ? ValidateTypedArray(O, seq-cst).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method));
    // 4. Let len be TypedArrayLength(taRecord).
    size_t length = object->length();
    // 5. Let A be ? TypedArrayCreateSameType(O, « 𝔽(len) »).
    TypedArrayObject* result = TRY(typed_array_create_same_type(vm, *object, length, method));
    // 6-8. Let sortedList be ? SortIndexedProperties(O, len, SortCompare, read-through-holes).
    ValueList sorted(vm.heap());
    TRY(sort_elements(vm, *object, length, comparator, sorted));
    // 9-10. For each j < len: Perform ! Set(A, ! ToString(𝔽(j)), sortedList[j], true).
    for (uint32_t j = 0; j < sorted.size(); ++j)
        TRY(result->set_element(vm, double(j), sorted.at(j)));
    // 11. Return A.
    return Value::object(result);
}

}
