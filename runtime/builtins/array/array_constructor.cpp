#include "runtime/builtins/array/array_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime {

namespace {
constexpr uint64_t kMaxSafeInteger = 9007199254740991ull;
}

PropertyKey index_key(VM& vm, uint64_t index)
{
    if (index <= PropertyKey::kMaxArrayIndex)
        return PropertyKey::from_index(uint32_t(index));
    return to_property_key(vm.atoms(), vm.heap(), double(index));
}

// ArraySpeciesCreate ( originalArray, length ) — https://tc39.es/ecma262/#sec-arrayspeciescreate
ThrowCompletionOr<Object*> array_species_create(VM& vm, Object& original_array, uint64_t length)
{
    // 1. Let isArray be ? IsArray(originalArray).
    // 2. If isArray is false, return ? ArrayCreate(length).
    if (!TRY(is_array(vm, Value::object(&original_array))))
        return array_create(vm, length);
    // 3. Let C be ? Get(originalArray, "constructor").
    Value constructor = TRY(get(vm, original_array, PropertyKey::from_atom(vm.atoms().constructor)));
    // 4. If IsConstructor(C) is true, then
    if (is_constructor(constructor)) {
        // a. Let thisRealm be the current Realm Record.
        Realm* this_realm = &vm.current_realm();
        // b. Let realmC be ? GetFunctionRealm(C).
        Realm* realm_c = TRY(get_function_realm(vm, *constructor.as_object()));
        // c. If thisRealm and realmC are not the same Realm Record, then
        //    i. If SameValue(C, realmC.[[Intrinsics]].[[%Array%]]) is true, set C to undefined.
        if (this_realm != realm_c && constructor.as_object() == realm_c->array_constructor())
            constructor = Value::undefined();
    }
    // 5. If C is an Object, then
    if (constructor.is_object()) {
        // a. Set C to ? Get(C, %Symbol.species%).
        constructor = TRY(get(vm, *constructor.as_object(), PropertyKey::from_symbol(vm.symbols().species)));
        // b. If C is null, set C to undefined.
        if (constructor.is_null())
            constructor = Value::undefined();
    }
    // 6. If C is undefined, return ? ArrayCreate(length).
    if (constructor.is_undefined())
        return array_create(vm, length);
    // 7. If IsConstructor(C) is false, throw a TypeError exception.
    if (!is_constructor(constructor))
        return vm.throw_type_error(ErrorType::SpeciesNotConstructor);
    // 8. Return ? Construct(C, « 𝔽(length) »).
    Value arguments[] = { Value::number(double(length)) };
    return construct(vm, *constructor.as_object(), arguments);
}

}

namespace sable::runtime::builtins::array_constructor {

// Array ( ...values ) — https://tc39.es/ecma262/#sec-array
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, let newTarget be the active function object; else let
    //    newTarget be NewTarget.
    Object* new_target = arguments.new_target ? arguments.new_target : arguments.callee;
    // 2. Let proto be ? GetPrototypeFromConstructor(newTarget, "%Array.prototype%"). (For
    //    Array itself, its "prototype": non-writable and non-configurable, so its realm's
    //    %Array.prototype%.)
    Object* prototype = new_target == arguments.callee
        ? static_cast<NativeFunction*>(arguments.callee)->realm().array_prototype()
        : TRY(get_prototype_from_constructor(vm, *new_target, &Realm::array_prototype));
    // 3. Let numberOfArgs be the number of elements in values.
    size_t count = arguments.size();
    // 4. If numberOfArgs = 0, then
    //    a. Return ! ArrayCreate(0, proto).
    if (count == 0)
        return Value::object(MUST(array_create(vm, 0, prototype)));
    // 5. Else if numberOfArgs = 1, then
    if (count == 1) {
        // a. Let len be values[0].
        Value length = arguments.at(0);
        // d. If len is a Number: i. Let intLen be ! ToUint32(len). ii. If SameValueZero(intLen,
        //    len) is false, throw a RangeError exception. b, e, f. An empty array whose "length"
        //    is set to intLen is ArrayCreate(intLen, proto).
        if (length.is_number()) {
            uint32_t int_length = number_to_uint32(length.as_number());
            if (double(int_length) != length.as_number())
                return vm.throw_range_error(ErrorType::InvalidArrayLength);
            return Value::object(MUST(array_create(vm, int_length, prototype)));
        }
        // b. Let array be ! ArrayCreate(0, proto).
        Object* array = MUST(array_create(vm, 0, prototype));
        // c. If len is not a Number, then
        //    i. Perform ! CreateDataPropertyOrThrow(array, "0", len). ii. Let intLen be 1𝔽.
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(0), length));
        // e. Perform ! Set(array, "length", intLen, true). (CreateDataProperty made it 1.)
        // f. Return array.
        return Value::object(array);
    }
    // 6. Else,
    //    a. Assert: numberOfArgs ≥ 2.
    //    b. Let array be ? ArrayCreate(numberOfArgs, proto).
    Object* array = TRY(array_create(vm, count, prototype));
    //    c-d. For each value, ! CreateDataPropertyOrThrow(array, Pk, itemK).
    for (uint32_t k = 0; k < count; ++k)
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(k), arguments.values[k]));
    //    e. Assert: The mathematical value of array's "length" property is numberOfArgs.
    //    f. Return array.
    return Value::object(array);
}

// Array.from ( items [ , mapper [ , thisArg ] ] ) — https://tc39.es/ecma262/#sec-array.from
ThrowCompletionOr<Value> from(VM& vm, Arguments const& arguments)
{
    Value items = arguments.at(0);
    Value mapper = arguments.at(1);
    Value this_arg = arguments.at(2);
    // 1. Let C be the this value.
    Value constructor = arguments.this_value;
    // 2. If mapper is undefined, then let mapping be false.
    // 3. Else, if IsCallable(mapper) is false, throw a TypeError exception; let mapping be true.
    bool mapping = !mapper.is_undefined();
    if (mapping && !is_callable(mapper))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Array.from mapper" });
    // 4. Let usingIterator be ? GetMethod(items, %Symbol.iterator%).
    Value using_iterator = TRY(get_method_of_value(vm, items, PropertyKey::from_symbol(vm.symbols().iterator)));
    PropertyKey length_key = PropertyKey::from_atom(vm.atoms().length);
    // 5. If usingIterator is not undefined, then
    if (!using_iterator.is_undefined()) {
        // a. If IsConstructor(C) is true, let A be ? Construct(C). b. Else, let A be ! ArrayCreate(0).
        Object* array = is_constructor(constructor) ? TRY(construct(vm, *constructor.as_object())) : MUST(array_create(vm, 0));
        // c. Let iteratorRecord be ? GetIteratorFromMethod(items, usingIterator).
        IteratorRecord record = TRY(get_iterator_from_method(vm, items, using_iterator));
        // d. Let k be 0.
        // e. Repeat,
        for (uint64_t k = 0;; ++k) {
            // i. If k ≥ 2^53 - 1, then throw a TypeError after closing the iterator.
            if (k >= kMaxSafeInteger) {
                (void)vm.throw_type_error(ErrorType::ArrayTooLong);
                return iterator_close_with_throw(vm, record);
            }
            // ii. Let Pk be ! ToString(𝔽(k)).
            PropertyKey key = index_key(vm, k);
            // iii. Let next be ? IteratorStepValue(iteratorRecord).
            auto next = TRY(iterator_step_value(vm, record));
            // iv. If next is done, then
            if (!next) {
                // 1. Perform ? Set(A, "length", 𝔽(k), true). 2. Return A.
                TRY(set(vm, *array, length_key, Value::number(double(k)), true));
                return Value::object(array);
            }
            Value mapped = *next;
            // v. If mapping is true, then
            if (mapping) {
                // 1. Let mappedValue be Completion(Call(mapper, thisArg, « next, 𝔽(k) »)).
                // 2. IfAbruptCloseIterator(mappedValue, iteratorRecord).
                Value call_arguments[] = { *next, Value::number(double(k)) };
                auto result = call(vm, mapper, this_arg, call_arguments);
                if (result.is_throw())
                    return iterator_close_with_throw(vm, record);
                mapped = result.release_value();
            }
            // vi-vii. Let defineStatus be Completion(CreateDataPropertyOrThrow(A, Pk, mappedValue)).
            // viii. IfAbruptCloseIterator(defineStatus, iteratorRecord).
            if (create_data_property_or_throw(vm, *array, key, mapped).is_throw())
                return iterator_close_with_throw(vm, record);
            // ix. Set k to k + 1.
        }
    }
    // 6. NOTE: items is not an Iterable so assume it is an array-like object.
    // 7. Let arrayLike be ! ToObject(items).
    Object* array_like = TRY(to_object(vm, items));
    // 8. Let len be ? LengthOfArrayLike(arrayLike).
    uint64_t length = TRY(length_of_array_like(vm, *array_like));
    // 9. If IsConstructor(C) is true, let A be ? Construct(C, « 𝔽(len) »).
    // 10. Else, let A be ? ArrayCreate(len).
    Object* array;
    if (is_constructor(constructor)) {
        Value construct_arguments[] = { Value::number(double(length)) };
        array = TRY(construct(vm, *constructor.as_object(), construct_arguments));
    } else {
        array = TRY(array_create(vm, length));
    }
    // 11-12. For each k < len: kValue = ? Get(arrayLike, Pk), mapped if mapping, then
    //        ? CreateDataPropertyOrThrow(A, Pk, mappedValue).
    for (uint64_t k = 0; k < length; ++k) {
        PropertyKey key = index_key(vm, k);
        Value value = TRY(get(vm, *array_like, key));
        if (mapping) {
            Value call_arguments[] = { value, Value::number(double(k)) };
            value = TRY(call(vm, mapper, this_arg, call_arguments));
        }
        TRY(create_data_property_or_throw(vm, *array, key, value));
    }
    // 13. Perform ? Set(A, "length", 𝔽(len), true).
    TRY(set(vm, *array, length_key, Value::number(double(length)), true));
    // 14. Return A.
    return Value::object(array);
}

// Array.isArray ( arg ) — https://tc39.es/ecma262/#sec-array.isarray
ThrowCompletionOr<Value> is_array(VM& vm, Arguments const& arguments)
{
    // 1. Return ? IsArray(arg).
    return Value::boolean(TRY(runtime::is_array(vm, arguments.at(0))));
}

// Array.of ( ...items ) — https://tc39.es/ecma262/#sec-array.of
ThrowCompletionOr<Value> of(VM& vm, Arguments const& arguments)
{
    // 1. Let len be the number of elements in items.
    size_t length = arguments.size();
    // 2. Let lenNumber be 𝔽(len).
    Value length_number = Value::number(double(length));
    // 3. Let C be the this value.
    Value constructor = arguments.this_value;
    // 4. If IsConstructor(C) is true, let A be ? Construct(C, « lenNumber »).
    // 5. Else, let A be ? ArrayCreate(len).
    Object* array;
    if (is_constructor(constructor)) {
        Value construct_arguments[] = { length_number };
        array = TRY(construct(vm, *constructor.as_object(), construct_arguments));
    } else {
        array = TRY(array_create(vm, length));
    }
    // 6-7. For each k: ? CreateDataPropertyOrThrow(A, Pk, items[k]).
    for (uint32_t k = 0; k < length; ++k)
        TRY(create_data_property_or_throw(vm, *array, PropertyKey::from_index(k), arguments.values[k]));
    // 8. Perform ? Set(A, "length", lenNumber, true).
    TRY(set(vm, *array, PropertyKey::from_atom(vm.atoms().length), length_number, true));
    // 9. Return A.
    return Value::object(array);
}

// get Array [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-get-array-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/array/array_constructor.def"
}

}
