// The internal methods of TypedArray instances: integer-indexed exotic objects
// (ECMA-262 10.4.5). Every key that is a canonical numeric string names an element (or
// nothing); such keys never reach the object's ordinary properties.

#include "runtime/builtins/typed_array/typed_array_object.h"

#include "runtime/abstract_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_key_list.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

TypedArrayObject& as_typed_array(Object& object) { return static_cast<TypedArrayObject&>(object); }

// [[PreventExtensions]] ( ) — https://tc39.es/ecma262/#sec-typedarray-preventextensions
ThrowCompletionOr<bool> prevent_extensions(VM& vm, Object& object)
{
    // 1. NOTE: a view whose length can change cannot promise a fixed set of own properties.
    // 2. If IsTypedArrayFixedLength(O) is false, return false.
    if (!as_typed_array(object).is_fixed_length())
        return false;
    // 3. Return OrdinaryPreventExtensions(O).
    return ordinary_prevent_extensions(vm, object);
}

bool is_over_immutable_buffer(Object& object)
{
    return as_typed_array(object).buffer()->is_immutable();
}

// [[GetOwnProperty]] ( P ) — https://tc39.es/ecma262/#sec-typedarray-getownproperty
ThrowCompletionOr<std::optional<PropertyDescriptor>> get_own_property(VM& vm, Object& object, PropertyKey key)
{
    // 1. If P is a String, then
    //    a. Let numericIndex be CanonicalNumericIndexString(P).
    //    b. If numericIndex is not undefined, then
    if (auto numeric_index = numeric_index_of_key(vm, key)) {
        // i. Let value be TypedArrayGetElement(O, numericIndex).
        Value value = TRY(as_typed_array(object).get_element(vm, *numeric_index));
        // ii. If value is undefined, return undefined.
        if (value.is_undefined())
            return std::optional<PropertyDescriptor> {};
        // iii. Return the PropertyDescriptor { [[Value]]: value, [[Writable]]: true,
        //      [[Enumerable]]: true, [[Configurable]]: true }; over an immutable buffer (the
        //      immutable ArrayBuffer proposal) neither writable nor configurable.
        bool mutable_element = !is_over_immutable_buffer(object);
        return std::optional<PropertyDescriptor>(PropertyDescriptor::data(value, mutable_element, true, mutable_element));
    }
    // 2. Return OrdinaryGetOwnProperty(O, P).
    return ordinary_get_own_property(object, key);
}

// [[HasProperty]] ( P ) — https://tc39.es/ecma262/#sec-typedarray-hasproperty
ThrowCompletionOr<bool> has_property(VM& vm, Object& object, PropertyKey key)
{
    // 1. If P is a String and CanonicalNumericIndexString(P) is not undefined, return
    //    IsValidIntegerIndex(O, numericIndex).
    if (auto numeric_index = numeric_index_of_key(vm, key))
        return as_typed_array(object).is_valid_integer_index(*numeric_index);
    // 2. Return ? OrdinaryHasProperty(O, P).
    return ordinary_has_property(vm, object, key);
}

// [[DefineOwnProperty]] ( P, Desc ) — https://tc39.es/ecma262/#sec-typedarray-defineownproperty
ThrowCompletionOr<bool> define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    // 1. If P is a String, then
    //    a. Let numericIndex be CanonicalNumericIndexString(P).
    //    b. If numericIndex is not undefined, then
    if (auto numeric_index = numeric_index_of_key(vm, key)) {
        auto& typed_array = as_typed_array(object);
        // i. If IsValidIntegerIndex(O, numericIndex) is false, return false.
        if (!typed_array.is_valid_integer_index(*numeric_index))
            return false;
        // Over an immutable buffer (the immutable ArrayBuffer proposal) the element is a
        // non-writable, non-configurable data property: only a definition that changes nothing
        // succeeds.
        if (is_over_immutable_buffer(object)) {
            if (descriptor.configurable == true || descriptor.enumerable == false || descriptor.writable == true
                || descriptor.is_accessor_descriptor())
                return false;
            if (!descriptor.value)
                return true;
            return same_value(vm.heap(), *descriptor.value, TRY(typed_array.get_element(vm, *numeric_index)));
        }
        // ii. If Desc has a [[Configurable]] field and Desc.[[Configurable]] is false, return false.
        if (descriptor.configurable == false)
            return false;
        // iii. If Desc has an [[Enumerable]] field and Desc.[[Enumerable]] is false, return false.
        if (descriptor.enumerable == false)
            return false;
        // iv. If IsAccessorDescriptor(Desc) is true, return false.
        if (descriptor.is_accessor_descriptor())
            return false;
        // v. If Desc has a [[Writable]] field and Desc.[[Writable]] is false, return false.
        if (descriptor.writable == false)
            return false;
        // vi. If Desc has a [[Value]] field, perform ? TypedArraySetElement(O, numericIndex, Desc.[[Value]]).
        if (descriptor.value)
            TRY(typed_array.set_element(vm, *numeric_index, *descriptor.value));
        // vii. Return true.
        return true;
    }
    // 2. Return ! OrdinaryDefineOwnProperty(O, P, Desc).
    return ordinary_define_own_property(vm, object, key, descriptor);
}

// [[Get]] ( P, Receiver ) — https://tc39.es/ecma262/#sec-typedarray-get
ThrowCompletionOr<Value> get(VM& vm, Object& object, PropertyKey key, Value receiver)
{
    // 1. If P is a String and CanonicalNumericIndexString(P) is not undefined, return
    //    TypedArrayGetElement(O, numericIndex).
    if (auto numeric_index = numeric_index_of_key(vm, key))
        return as_typed_array(object).get_element(vm, *numeric_index);
    // 2. Return ? OrdinaryGet(O, P, Receiver).
    return ordinary_get(vm, object, key, receiver);
}

// [[Set]] ( P, V, Receiver ) — https://tc39.es/ecma262/#sec-typedarray-set
ThrowCompletionOr<bool> set(VM& vm, Object& object, PropertyKey key, Value value, Value receiver)
{
    // 1. If P is a String, then
    //    a. Let numericIndex be CanonicalNumericIndexString(P).
    //    b. If numericIndex is not undefined, then
    if (auto numeric_index = numeric_index_of_key(vm, key)) {
        auto& typed_array = as_typed_array(object);
        // i. If SameValue(O, Receiver) is true, then
        if (receiver.is_object() && receiver.as_object() == &object) {
            // An element over an immutable buffer (the immutable ArrayBuffer proposal) cannot be
            // set; an index outside the array is ignored as usual.
            if (is_over_immutable_buffer(object))
                return !typed_array.is_valid_integer_index(*numeric_index);
            // 1. Perform ? TypedArraySetElement(O, numericIndex, V).
            TRY(typed_array.set_element(vm, *numeric_index, value));
            // 2. Return true.
            return true;
        }
        // ii. If IsValidIntegerIndex(O, numericIndex) is false, return true.
        if (!typed_array.is_valid_integer_index(*numeric_index))
            return true;
    }
    // 2. Return ? OrdinarySet(O, P, V, Receiver).
    return ordinary_set(vm, object, key, value, receiver);
}

// [[Delete]] ( P ) — https://tc39.es/ecma262/#sec-typedarray-delete
ThrowCompletionOr<bool> delete_(VM& vm, Object& object, PropertyKey key)
{
    // 1. If P is a String and CanonicalNumericIndexString(P) is not undefined, return
    //    not IsValidIntegerIndex(O, numericIndex).
    if (auto numeric_index = numeric_index_of_key(vm, key))
        return !as_typed_array(object).is_valid_integer_index(*numeric_index);
    // 2. Return ! OrdinaryDelete(O, P).
    return ordinary_delete(vm, object, key);
}

// [[OwnPropertyKeys]] ( ) — https://tc39.es/ecma262/#sec-typedarray-ownpropertykeys
ThrowCompletionOr<PropertyKeyList*> own_property_keys(VM& vm, Object& object)
{
    auto& typed_array = as_typed_array(object);
    // 1-2. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(O, seq-cst); keys a new List.
    // 3. If IsTypedArrayOutOfBounds(taRecord) is false, add each index below the length.
    size_t length = typed_array.is_out_of_bounds() ? 0 : typed_array.length();
    // 4-5. Then the String keys, then the Symbol keys, in creation order (no ordinary own
    //      property is an array index: numeric keys never reach the ordinary properties).
    PropertyKeyList* ordinary = ordinary_own_property_keys(vm, object);
    if (length == 0)
        return ordinary;
    if (length > PropertyKey::kMaxArrayIndex)
        return vm.throw_range_error(ErrorType::InvalidArrayLength);
    PropertyKeyList* keys = PropertyKeyList::create(vm.heap(), uint32_t(length) + ordinary->size());
    for (uint32_t i = 0; i < length; ++i)
        keys->set(vm.heap(), i, PropertyKey::from_index(i));
    for (uint32_t i = 0; i < ordinary->size(); ++i)
        keys->set(vm.heap(), uint32_t(length) + i, ordinary->at(i));
    // 6. Return keys.
    return keys;
}

}

ObjectInternalMethods const kTypedArrayInternalMethods = {
    ordinary_internal_methods::get_prototype_of,
    ordinary_internal_methods::set_prototype_of,
    ordinary_internal_methods::is_extensible,
    prevent_extensions,
    get_own_property,
    define_own_property,
    has_property,
    get,
    set,
    delete_,
    own_property_keys,
    nullptr,
    nullptr,
};

}
