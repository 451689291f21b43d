#include "runtime/array.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/object.h"
#include "runtime/ordinary_object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <cassert>

namespace sable::runtime {

namespace {

// "length" is an array's first property: slot 0 in every array shape.
constexpr uint32_t kLengthSlot = 0;

PropertyKey length_key(VM& vm) { return PropertyKey::from_atom(vm.atoms().length); }

bool length_is_writable(VM& vm, Object const& array)
{
    auto property = array.shape()->lookup(length_key(vm));
    assert(property && property->slot == kLengthSlot && property->attributes.is_data());
    return property->attributes.is_writable();
}

// [[DefineOwnProperty]] ( P, Desc ) — https://tc39.es/ecma262/#sec-array-exotic-objects-defineownproperty-p-desc
ThrowCompletionOr<bool> define_own_property(VM& vm, Object& array, PropertyKey key, PropertyDescriptor const& descriptor)
{
    // 1. If P is "length", then
    //    a. Return ? ArraySetLength(A, Desc).
    if (key == length_key(vm))
        return array_set_length(vm, array, descriptor);
    // 2. Else if P is an array index, then
    if (key.is_index()) {
        // a. Let lengthDesc be OrdinaryGetOwnProperty(A, "length").
        // b. Assert: IsDataDescriptor(lengthDesc) is true.
        // c. Assert: lengthDesc.[[Configurable]] is false.
        // d. Let length be lengthDesc.[[Value]].
        // e. Assert: length is a non-negative integral Number.
        uint32_t length = array_length(array);
        // f. Let index be ! ToUint32(P).
        uint32_t index = key.as_index();
        // g. If index ≥ length and lengthDesc.[[Writable]] is false, return false.
        if (index >= length && !length_is_writable(vm, array))
            return false;
        // h. Let succeeded be ! OrdinaryDefineOwnProperty(A, P, Desc).
        bool succeeded = MUST(ordinary_define_own_property(vm, array, key, descriptor));
        // i. If succeeded is false, return false.
        if (!succeeded)
            return false;
        // j. If index ≥ length, then
        if (index >= length) {
            // i. Set lengthDesc.[[Value]] to index + 1𝔽.
            // ii. Set succeeded to ! OrdinaryDefineOwnProperty(A, "length", lengthDesc).
            // iii. Assert: succeeded is true.
            // (lengthDesc is the current descriptor with a new value: only the value changes.)
            array.store_own_data_value(vm, length_key(vm), Value::number(double(index) + 1));
        }
        // k. Return true.
        return true;
    }
    // 3. Return ? OrdinaryDefineOwnProperty(A, P, Desc).
    return ordinary_define_own_property(vm, array, key, descriptor);
}

}

ObjectInternalMethods const kArrayInternalMethods = {
    ordinary_internal_methods::get_prototype_of,
    ordinary_internal_methods::set_prototype_of,
    ordinary_internal_methods::is_extensible,
    ordinary_internal_methods::prevent_extensions,
    ordinary_internal_methods::get_own_property,
    define_own_property,
    ordinary_internal_methods::has_property,
    ordinary_internal_methods::get,
    ordinary_internal_methods::set,
    ordinary_internal_methods::delete_,
    ordinary_internal_methods::own_property_keys,
    nullptr,
    nullptr,
};

bool is_array_exotic(Object const& object) { return object.kind() == ObjectKind::Array; }

uint32_t array_length(Object const& array)
{
    assert(is_array_exotic(array));
    Value length = array.slot(kLengthSlot);
    assert(length.is_number() && length.as_number() >= 0 && length.as_number() <= 4294967295.0);
    return static_cast<uint32_t>(length.as_number());
}

bool try_append_to_array(VM& vm, Object& array, Value value)
{
    return is_array_exotic(array) && try_add_array_element(vm, array, array_length(array), value);
}

bool try_add_array_element(VM& vm, Object& array, uint32_t index, Value value)
{
    if (!array.is_extensible() || array.elements_kind() == ElementsKind::Sparse)
        return false;
    uint32_t length = array_length(array);
    // A hole below the length, or the index just past it (when the length may grow).
    if (index > length || index >= PropertyKey::kMaxArrayIndex || (index == length && !length_is_writable(vm, array)))
        return false;
    for (Object* prototype = array.prototype(); prototype; prototype = prototype->prototype()) {
        bool ordinary_elements = prototype->kind() == ObjectKind::Array || prototype->kind() == ObjectKind::Ordinary
            || prototype->kind() == ObjectKind::ImmutablePrototype;
        if (!ordinary_elements || prototype->own_element_count() != 0)
            return false;
    }
    array.store_own_element(vm, index, value, PropertyAttributes::default_data());
    if (index == length)
        array.set_slot(vm.heap(), kLengthSlot, Value::number(double(length) + 1));
    return true;
}

bool try_set_own_element(VM& vm, Object& object, uint32_t index, Value value)
{
    if (object.internal_methods().set != ordinary_internal_methods::set || object.elements_kind() == ElementsKind::Sparse)
        return false;
    if (object.find_own_element(index)) {
        object.store_own_element(vm, index, value, PropertyAttributes::default_data());
        return true;
    }
    return is_array_exotic(object) && try_add_array_element(vm, object, index, value);
}

ThrowCompletionOr<Object*> array_create(VM& vm, uint64_t length)
{
    return array_create(vm, length, vm.current_realm().array_prototype());
}

// ArrayCreate ( length [ , proto ] ) — https://tc39.es/ecma262/#sec-arraycreate
ThrowCompletionOr<Object*> array_create(VM& vm, uint64_t length, Object* prototype)
{
    // 1. If length > 2^32 - 1, throw a RangeError exception.
    if (length > 0xFFFFFFFFull)
        return vm.throw_range_error(ErrorType::InvalidArrayLength);
    // 2. If proto is not present, set proto to %Array.prototype%. (The other overload.)
    // 3. Let A be MakeBasicObject(« [[Prototype]], [[Extensible]] »).
    // 4. Set A.[[Prototype]] to proto.
    // 5. Set A.[[DefineOwnProperty]] as specified in 10.4.2.1.
    // 6. Perform ! OrdinaryDefineOwnProperty(A, "length", PropertyDescriptor { [[Value]]:
    //    𝔽(length), [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: false }).
    //    (A is new and has no properties: the property is stored without validation; with the
    //    current realm's %Array.prototype%, the shape that has it is the realm's.)
    Realm& realm = vm.current_realm();
    if (prototype == realm.array_prototype()) {
        Object* array = Object::create_with_shape(vm, realm.array_shape(vm));
        array->set_slot(vm.heap(), kLengthSlot, Value::number(double(length)));
        return array;
    }
    Object* array = Object::create_with_kind(vm, ObjectKind::Array, prototype);
    array->store_own_property(vm, length_key(vm), Value::number(double(length)), PropertyAttributes::data(true, false, false));
    assert(array->shape()->lookup(length_key(vm))->slot == kLengthSlot);
    // 7. Return A.
    return array;
}

// ArraySetLength ( A, Desc ) — https://tc39.es/ecma262/#sec-arraysetlength
ThrowCompletionOr<bool> array_set_length(VM& vm, Object& array, PropertyDescriptor const& descriptor)
{
    PropertyKey length = length_key(vm);
    // 1. If Desc does not have a [[Value]] field, then
    //    a. Return ! OrdinaryDefineOwnProperty(A, "length", Desc).
    if (!descriptor.value)
        return MUST(ordinary_define_own_property(vm, array, length, descriptor));
    // 2. Let newLenDesc be a copy of Desc.
    PropertyDescriptor new_length_descriptor = descriptor;
    // 3. Let newLen be ? ToUint32(Desc.[[Value]]).
    uint32_t new_length = TRY(to_uint32(vm, *descriptor.value));
    // 4. Let numberLen be ? ToNumber(Desc.[[Value]]).
    double number_length = TRY(to_number(vm, *descriptor.value));
    // 5. If SameValueZero(newLen, numberLen) is false, throw a RangeError exception.
    if (double(new_length) != number_length)
        return vm.throw_range_error(ErrorType::InvalidArrayLength);
    // 6. Set newLenDesc.[[Value]] to newLen.
    new_length_descriptor.value = Value::number(double(new_length));
    // 7. Let oldLenDesc be OrdinaryGetOwnProperty(A, "length").
    // 8. Assert: IsDataDescriptor(oldLenDesc) is true.
    // 9. Assert: oldLenDesc.[[Configurable]] is false.
    // 10. Let oldLen be oldLenDesc.[[Value]].
    uint32_t old_length = array_length(array);
    // 11. If newLen ≥ oldLen, then
    //     a. Return ! OrdinaryDefineOwnProperty(A, "length", newLenDesc).
    if (new_length >= old_length)
        return MUST(ordinary_define_own_property(vm, array, length, new_length_descriptor));
    // 12. If oldLenDesc.[[Writable]] is false, return false.
    if (!length_is_writable(vm, array))
        return false;
    // 13. If newLenDesc does not have a [[Writable]] field or newLenDesc.[[Writable]] is true,
    //     then
    //     a. Let newWritable be true.
    bool new_writable = true;
    // 14. Else,
    if (new_length_descriptor.writable && !*new_length_descriptor.writable) {
        // a. NOTE: Setting the [[Writable]] attribute to false is deferred in case any elements
        //    cannot be deleted.
        // b. Let newWritable be false.
        new_writable = false;
        // c. Set newLenDesc.[[Writable]] to true.
        new_length_descriptor.writable = true;
    }
    // 15. Let succeeded be ! OrdinaryDefineOwnProperty(A, "length", newLenDesc).
    bool succeeded = MUST(ordinary_define_own_property(vm, array, length, new_length_descriptor));
    // 16. If succeeded is false, return false.
    if (!succeeded)
        return false;
    // 17. For each own property key P of A such that P is an array index and ! ToUint32(P) ≥
    //     newLen, in descending numeric index order, do
    //     a. Let deleteSucceeded be ! A.[[Delete]](P).
    //     (An Array's [[Delete]] is OrdinaryDelete: configurable elements go, the first
    //     non-configurable one stops the loop. truncate_elements does exactly that.)
    if (auto blocker = array.truncate_elements(new_length)) {
        //  b. If deleteSucceeded is false, then
        //     i. Set newLenDesc.[[Value]] to ! ToUint32(P) + 1𝔽.
        new_length_descriptor.value = Value::number(double(*blocker) + 1);
        //     ii. If newWritable is false, set newLenDesc.[[Writable]] to false.
        if (!new_writable)
            new_length_descriptor.writable = false;
        //     iii. Perform ! OrdinaryDefineOwnProperty(A, "length", newLenDesc).
        MUST(ordinary_define_own_property(vm, array, length, new_length_descriptor));
        //     iv. Return false.
        return false;
    }
    // 18. If newWritable is false, then
    if (!new_writable) {
        // a. Set succeeded to ! OrdinaryDefineOwnProperty(A, "length", PropertyDescriptor {
        //    [[Writable]]: false }).
        PropertyDescriptor read_only;
        read_only.writable = false;
        succeeded = MUST(ordinary_define_own_property(vm, array, length, read_only));
        // b. Assert: succeeded is true.
        assert(succeeded);
    }
    // 19. Return true.
    return true;
}

}
