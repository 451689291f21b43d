#include "runtime/ordinary_object.h"

#include "runtime/abstract_operations.h"
#include "runtime/accessor.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/vm.h"

namespace sable::runtime {

// ---- The internal methods (each delegates to the abstract operation of the same name) ----

namespace ordinary_internal_methods {

// [[GetPrototypeOf]] ( ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-getprototypeof
ThrowCompletionOr<Object*> get_prototype_of(VM&, Object& object)
{
    // 1. Return OrdinaryGetPrototypeOf(O).
    return ordinary_get_prototype_of(object);
}

// [[SetPrototypeOf]] ( V ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-setprototypeof-v
ThrowCompletionOr<bool> set_prototype_of(VM& vm, Object& object, Object* prototype)
{
    // 1. Return OrdinarySetPrototypeOf(O, V).
    return ordinary_set_prototype_of(vm, object, prototype);
}

// [[IsExtensible]] ( ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-isextensible
ThrowCompletionOr<bool> is_extensible(VM&, Object& object)
{
    // 1. Return OrdinaryIsExtensible(O).
    return ordinary_is_extensible(object);
}

// [[PreventExtensions]] ( ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-preventextensions
ThrowCompletionOr<bool> prevent_extensions(VM& vm, Object& object)
{
    // 1. Return OrdinaryPreventExtensions(O).
    return ordinary_prevent_extensions(vm, object);
}

// [[GetOwnProperty]] ( P ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-getownproperty-p
ThrowCompletionOr<std::optional<PropertyDescriptor>> get_own_property(VM&, Object& object, PropertyKey key)
{
    // 1. Return OrdinaryGetOwnProperty(O, P).
    return ordinary_get_own_property(object, key);
}

// [[DefineOwnProperty]] ( P, Desc ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-defineownproperty-p-desc
ThrowCompletionOr<bool> define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    // 1. Return ? OrdinaryDefineOwnProperty(O, P, Desc).
    return ordinary_define_own_property(vm, object, key, descriptor);
}

// [[HasProperty]] ( P ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-hasproperty-p
ThrowCompletionOr<bool> has_property(VM& vm, Object& object, PropertyKey key)
{
    // 1. Return ? OrdinaryHasProperty(O, P).
    return ordinary_has_property(vm, object, key);
}

// [[Get]] ( P, Receiver ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-get-p-receiver
ThrowCompletionOr<Value> get(VM& vm, Object& object, PropertyKey key, Value receiver)
{
    // 1. Return ? OrdinaryGet(O, P, Receiver).
    return ordinary_get(vm, object, key, receiver);
}

// [[Set]] ( P, V, Receiver ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-set-p-v-receiver
ThrowCompletionOr<bool> set(VM& vm, Object& object, PropertyKey key, Value value, Value receiver)
{
    // 1. Return ? OrdinarySet(O, P, V, Receiver).
    return ordinary_set(vm, object, key, value, receiver);
}

// [[Delete]] ( P ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-delete-p
ThrowCompletionOr<bool> delete_(VM& vm, Object& object, PropertyKey key)
{
    // 1. Return ? OrdinaryDelete(O, P).
    return ordinary_delete(vm, object, key);
}

// [[OwnPropertyKeys]] ( ) — https://tc39.es/ecma262/#sec-ordinary-object-internal-methods-and-internal-slots-ownpropertykeys
ThrowCompletionOr<PropertyKeyList*> own_property_keys(VM& vm, Object& object)
{
    // 1. Return OrdinaryOwnPropertyKeys(O).
    return ordinary_own_property_keys(vm, object);
}

}

ObjectInternalMethods const kOrdinaryInternalMethods = {
    ordinary_internal_methods::get_prototype_of,
    ordinary_internal_methods::set_prototype_of,
    ordinary_internal_methods::is_extensible,
    ordinary_internal_methods::prevent_extensions,
    ordinary_internal_methods::get_own_property,
    ordinary_internal_methods::define_own_property,
    ordinary_internal_methods::has_property,
    ordinary_internal_methods::get,
    ordinary_internal_methods::set,
    ordinary_internal_methods::delete_,
    ordinary_internal_methods::own_property_keys,
    nullptr,
    nullptr,
};

namespace {

// Calls an accessor's getter or setter. Nothing is callable until function objects exist, so a
// getter or setter here can only be a non-callable object that internal code stored; say what is
// missing rather than "is not a function". (Once functions exist this is plain Call.)
ThrowCompletionOr<Value> call_accessor_function(VM& vm, Value function, Value this_value, std::span<Value const> arguments)
{
    if (!is_callable(function))
        return vm.throw_type_error(ErrorType::AccessorCallNotImplemented);
    return call(vm, function, this_value, arguments);
}

}

// ---- The abstract operations ----

// OrdinaryGetPrototypeOf ( O ) — https://tc39.es/ecma262/#sec-ordinarygetprototypeof
Object* ordinary_get_prototype_of(Object& object)
{
    // 1. Return O.[[Prototype]].
    return object.prototype();
}

// OrdinarySetPrototypeOf ( O, V ) — https://tc39.es/ecma262/#sec-ordinarysetprototypeof
bool ordinary_set_prototype_of(VM& vm, Object& object, Object* prototype)
{
    // 1. Let current be O.[[Prototype]].
    // 2. If SameValue(V, current) is true, return true.
    if (prototype == object.prototype())
        return true;
    // 3. Let extensible be O.[[Extensible]].
    // 4. If extensible is false, return false.
    if (!object.is_extensible())
        return false;
    // 5. Let p be V.
    // 6. Let done be false.
    // 7. Repeat, while done is false,
    for (Object* p = prototype; p;) {
        // a. If p is null, set done to true. (The loop condition.)
        // b. Else if SameValue(p, O) is true, return false.
        if (p == &object)
            return false;
        // c. Else,
        //    i. If p.[[GetPrototypeOf]] is not the ordinary object internal method defined in
        //       10.1.1, set done to true.
        if (p->internal_methods().get_prototype_of != ordinary_internal_methods::get_prototype_of)
            break;
        //    ii. Else, set p to p.[[Prototype]].
        p = p->prototype();
    }
    // 8. Set O.[[Prototype]] to V.
    object.set_prototype(vm, prototype);
    // 9. Return true.
    return true;
}

// OrdinaryIsExtensible ( O ) — https://tc39.es/ecma262/#sec-ordinaryisextensible
bool ordinary_is_extensible(Object& object)
{
    // 1. Return O.[[Extensible]].
    return object.is_extensible();
}

// OrdinaryPreventExtensions ( O ) — https://tc39.es/ecma262/#sec-ordinarypreventextensions
bool ordinary_prevent_extensions(VM& vm, Object& object)
{
    // 1. Set O.[[Extensible]] to false.
    object.set_non_extensible(vm);
    // 2. Return true.
    return true;
}

// OrdinaryGetOwnProperty ( O, P ) — https://tc39.es/ecma262/#sec-ordinarygetownproperty
std::optional<PropertyDescriptor> ordinary_get_own_property(Object& object, PropertyKey key)
{
    // 1. If O does not have an own property with key P, return undefined.
    auto property = object.find_own_property(key);
    if (!property)
        return std::nullopt;
    // 2. Let D be a newly created Property Descriptor with no fields.
    PropertyDescriptor descriptor;
    // 3. Let X be O's own property whose key is P.
    // 4. If X is a data property, then
    if (property->attributes.is_data()) {
        // a. Set D.[[Value]] to the value of X's [[Value]] attribute.
        descriptor.value = property->value;
        // b. Set D.[[Writable]] to the value of X's [[Writable]] attribute.
        descriptor.writable = property->attributes.is_writable();
    } else {
        // 5. Else,
        //    a. Assert: X is an accessor property.
        Accessor* accessor = Accessor::from_slot(property->value);
        //    b. Set D.[[Get]] to the value of X's [[Get]] attribute.
        descriptor.get = accessor->getter();
        //    c. Set D.[[Set]] to the value of X's [[Set]] attribute.
        descriptor.set = accessor->setter();
    }
    // 6. Set D.[[Enumerable]] to the value of X's [[Enumerable]] attribute.
    descriptor.enumerable = property->attributes.is_enumerable();
    // 7. Set D.[[Configurable]] to the value of X's [[Configurable]] attribute.
    descriptor.configurable = property->attributes.is_configurable();
    // 8. Return D.
    return descriptor;
}

// OrdinaryDefineOwnProperty ( O, P, Desc ) — https://tc39.es/ecma262/#sec-ordinarydefineownproperty
ThrowCompletionOr<bool> ordinary_define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    // 1. Let current be ? O.[[GetOwnProperty]](P).
    auto current = TRY(object.internal_get_own_property(vm, key));
    // 2. Let extensible be ? IsExtensible(O).
    bool extensible = TRY(object.internal_is_extensible(vm));
    // 3. Return ValidateAndApplyPropertyDescriptor(O, P, extensible, Desc, current).
    return validate_and_apply_property_descriptor(vm, &object, key, extensible, descriptor, current);
}

// IsCompatiblePropertyDescriptor ( Extensible, Desc, Current ) — https://tc39.es/ecma262/#sec-iscompatiblepropertydescriptor
bool is_compatible_property_descriptor(VM& vm, bool extensible, PropertyDescriptor const& descriptor,
    std::optional<PropertyDescriptor> const& current)
{
    // 1. Return ValidateAndApplyPropertyDescriptor(undefined, "", Extensible, Desc, Current).
    return validate_and_apply_property_descriptor(vm, nullptr, PropertyKey::from_atom(vm.atoms().empty), extensible,
        descriptor, current);
}

// ValidateAndApplyPropertyDescriptor ( O, P, extensible, Desc, current ) —
// https://tc39.es/ecma262/#sec-validateandapplypropertydescriptor
bool validate_and_apply_property_descriptor(VM& vm, Object* object, PropertyKey key, bool extensible,
    PropertyDescriptor const& descriptor, std::optional<PropertyDescriptor> const& current)
{
    gc::Heap& heap = vm.heap();
    Value const undefined = Value::undefined();
    // 1. Assert: P is a property key.
    // 2. If current is undefined, then
    if (!current) {
        // a. If extensible is false, return false.
        if (!extensible)
            return false;
        // b. If O is undefined, return true.
        if (!object)
            return true;
        bool enumerable = descriptor.enumerable.value_or(false);
        bool configurable = descriptor.configurable.value_or(false);
        // c. If IsAccessorDescriptor(Desc) is true, then
        if (descriptor.is_accessor_descriptor()) {
            // i. Create an own accessor property named P of object O whose [[Get]], [[Set]],
            //    [[Enumerable]] and [[Configurable]] attributes are Desc's fields, or the
            //    defaults (undefined, false) where Desc has none.
            Accessor* accessor = Accessor::create(heap, descriptor.get.value_or(undefined), descriptor.set.value_or(undefined));
            object->store_own_property(vm, key, accessor->as_slot_value(), PropertyAttributes::accessor(enumerable, configurable));
        } else {
            // d. Else,
            //    i. Create an own data property named P of object O whose [[Value]], [[Writable]],
            //       [[Enumerable]] and [[Configurable]] attributes are Desc's fields, or the
            //       defaults (undefined, false) where Desc has none.
            object->store_own_property(vm, key, descriptor.value.value_or(undefined),
                PropertyAttributes::data(descriptor.writable.value_or(false), enumerable, configurable));
        }
        // e. Return true.
        return true;
    }
    // 3. Assert: current is a fully populated Property Descriptor.
    assert(current->enumerable && current->configurable);
    // 4. If Desc does not have any fields, return true.
    if (descriptor.is_empty())
        return true;
    // 5. If current.[[Configurable]] is false, then
    if (!*current->configurable) {
        // a. If Desc has a [[Configurable]] field and Desc.[[Configurable]] is true, return false.
        if (descriptor.configurable.value_or(false))
            return false;
        // b. If Desc has an [[Enumerable]] field and Desc.[[Enumerable]] is not
        //    current.[[Enumerable]], return false.
        if (descriptor.enumerable && *descriptor.enumerable != *current->enumerable)
            return false;
        // c. If IsGenericDescriptor(Desc) is false and IsAccessorDescriptor(Desc) is not
        //    IsAccessorDescriptor(current), return false.
        if (!descriptor.is_generic_descriptor() && descriptor.is_accessor_descriptor() != current->is_accessor_descriptor())
            return false;
        // d. If IsAccessorDescriptor(current) is true, then
        if (current->is_accessor_descriptor()) {
            // i. If Desc has a [[Get]] field and SameValue(Desc.[[Get]], current.[[Get]]) is
            //    false, return false.
            if (descriptor.get && !same_value(heap, *descriptor.get, *current->get))
                return false;
            // ii. If Desc has a [[Set]] field and SameValue(Desc.[[Set]], current.[[Set]]) is
            //     false, return false.
            if (descriptor.set && !same_value(heap, *descriptor.set, *current->set))
                return false;
        } else if (!*current->writable) {
            // e. Else if current.[[Writable]] is false, then
            //    i. If Desc has a [[Writable]] field and Desc.[[Writable]] is true, return false.
            if (descriptor.writable.value_or(false))
                return false;
            //    ii. NOTE: SameValue returns true for NaN values which may be distinguishable by
            //        other means. Returning here ensures that any existing property of O remains
            //        unmodified.
            //    iii. If Desc has a [[Value]] field, return SameValue(Desc.[[Value]],
            //         current.[[Value]]).
            if (descriptor.value)
                return same_value(heap, *descriptor.value, *current->value);
        }
    }
    // 6. If O is not undefined, then
    if (object) {
        // The [[Configurable]] and [[Enumerable]] the property ends up with, in every case below.
        bool configurable = descriptor.configurable.value_or(*current->configurable);
        bool enumerable = descriptor.enumerable.value_or(*current->enumerable);
        if (current->is_data_descriptor() && descriptor.is_accessor_descriptor()) {
            // a. If IsDataDescriptor(current) is true and IsAccessorDescriptor(Desc) is true, then
            //    i-ii. configurable and enumerable from Desc, else from current.
            //    iii. Replace the property named P of object O with an accessor property whose
            //         [[Get]] and [[Set]] come from Desc, or are undefined.
            Accessor* accessor = Accessor::create(heap, descriptor.get.value_or(undefined), descriptor.set.value_or(undefined));
            object->store_own_property(vm, key, accessor->as_slot_value(), PropertyAttributes::accessor(enumerable, configurable));
        } else if (current->is_accessor_descriptor() && descriptor.is_data_descriptor()) {
            // b. Else if IsAccessorDescriptor(current) is true and IsDataDescriptor(Desc) is true,
            //    then
            //    i-ii. configurable and enumerable from Desc, else from current.
            //    iii. Replace the property named P of object O with a data property whose
            //         [[Value]] and [[Writable]] come from Desc, or are undefined and false.
            object->store_own_property(vm, key, descriptor.value.value_or(undefined),
                PropertyAttributes::data(descriptor.writable.value_or(false), enumerable, configurable));
        } else if (current->is_accessor_descriptor()) {
            // c. Else,
            //    i. For each field of Desc, set the corresponding attribute of the property named P
            //       of object O to the value of the field. (An Accessor is never changed in place:
            //       the property gets a new one.)
            Accessor* accessor = Accessor::create(heap, descriptor.get.value_or(*current->get), descriptor.set.value_or(*current->set));
            object->store_own_property(vm, key, accessor->as_slot_value(), PropertyAttributes::accessor(enumerable, configurable));
        } else {
            //    i. (The same, for a data property.)
            object->store_own_property(vm, key, descriptor.value.value_or(*current->value),
                PropertyAttributes::data(descriptor.writable.value_or(*current->writable), enumerable, configurable));
        }
    }
    // 7. Return true.
    return true;
}

// OrdinaryHasProperty ( O, P ) — https://tc39.es/ecma262/#sec-ordinaryhasproperty
ThrowCompletionOr<bool> ordinary_has_property(VM& vm, Object& object, PropertyKey key)
{
    Object* current = &object;
    while (true) {
        // 1. Let hasOwn be ? O.[[GetOwnProperty]](P).
        auto has_own = TRY(current->internal_get_own_property(vm, key));
        // 2. If hasOwn is not undefined, return true.
        if (has_own)
            return true;
        // 3. Let parent be ? O.[[GetPrototypeOf]]().
        Object* parent = TRY(current->internal_get_prototype_of(vm));
        // 4. If parent is not null, then
        //    a. Return ? parent.[[HasProperty]](P).
        // 5. Return false.
        if (!parent)
            return false;
        // Fast path: when parent.[[HasProperty]] is this algorithm, loop rather than recurse
        // (prototype chains can be long).
        if (parent->internal_methods().has_property != ordinary_internal_methods::has_property)
            return parent->internal_has_property(vm, key);
        current = parent;
    }
}

// OrdinaryGet ( O, P, Receiver ) — https://tc39.es/ecma262/#sec-ordinaryget
ThrowCompletionOr<Value> ordinary_get(VM& vm, Object& object, PropertyKey key, Value receiver)
{
    Object* current = &object;
    while (true) {
        // 1. Let desc be ? O.[[GetOwnProperty]](P). (Fast path: the ordinary [[GetOwnProperty]]
        //    reads the object's storage, so a property found there is read without building its
        //    descriptor: steps 3-7.)
        std::optional<PropertyDescriptor> descriptor;
        if (current->internal_methods().get_own_property == ordinary_internal_methods::get_own_property) {
            if (auto property = current->find_own_property(key)) {
                if (property->attributes.is_data())
                    return property->value;
                Value getter = Accessor::from_slot(property->value)->getter();
                if (getter.is_undefined())
                    return Value::undefined();
                return call_accessor_function(vm, getter, receiver, {});
            }
        } else {
            descriptor = TRY(current->internal_get_own_property(vm, key));
        }
        // 2. If desc is undefined, then
        if (!descriptor) {
            // a. Let parent be ? O.[[GetPrototypeOf]]().
            Object* parent = TRY(current->internal_get_prototype_of(vm));
            // b. If parent is null, return undefined.
            if (!parent)
                return Value::undefined();
            // c. Return ? parent.[[Get]](P, Receiver).
            // Fast path: when parent.[[Get]] is this algorithm, loop rather than recurse.
            if (parent->internal_methods().get != ordinary_internal_methods::get)
                return parent->internal_get(vm, key, receiver);
            current = parent;
            continue;
        }
        // 3. If IsDataDescriptor(desc) is true, return desc.[[Value]].
        if (descriptor->is_data_descriptor())
            return *descriptor->value;
        // 4. Assert: IsAccessorDescriptor(desc) is true.
        // 5. Let getter be desc.[[Get]].
        Value getter = *descriptor->get;
        // 6. If getter is undefined, return undefined.
        if (getter.is_undefined())
            return Value::undefined();
        // 7. Return ? Call(getter, Receiver).
        return call_accessor_function(vm, getter, receiver, {});
    }
}

// OrdinarySet ( O, P, V, Receiver ) — https://tc39.es/ecma262/#sec-ordinaryset
ThrowCompletionOr<bool> ordinary_set(VM& vm, Object& object, PropertyKey key, Value value, Value receiver)
{
    // 1. Let ownDesc be ? O.[[GetOwnProperty]](P).
    auto own_descriptor = TRY(object.internal_get_own_property(vm, key));
    // 2. Return ? OrdinarySetWithOwnDescriptor(O, P, V, Receiver, ownDesc).
    return ordinary_set_with_own_descriptor(vm, object, key, value, receiver, own_descriptor);
}

// OrdinarySetWithOwnDescriptor ( O, P, V, Receiver, ownDesc ) —
// https://tc39.es/ecma262/#sec-ordinarysetwithowndescriptor
ThrowCompletionOr<bool> ordinary_set_with_own_descriptor(VM& vm, Object& object, PropertyKey key, Value value,
    Value receiver, std::optional<PropertyDescriptor> own_descriptor)
{
    Object* current = &object;
    // 1. If ownDesc is undefined, then
    while (!own_descriptor) {
        // a. Let parent be ? O.[[GetPrototypeOf]]().
        Object* parent = TRY(current->internal_get_prototype_of(vm));
        // b. If parent is not null, then
        if (parent) {
            // i. Return ? parent.[[Set]](P, V, Receiver).
            if (parent->internal_methods().set != ordinary_internal_methods::set)
                return parent->internal_set(vm, key, value, receiver);
            // Fast path: parent.[[Set]] is OrdinarySet, i.e. its [[GetOwnProperty]] and then this
            // algorithm again: loop rather than recurse.
            current = parent;
            own_descriptor = TRY(current->internal_get_own_property(vm, key));
            continue;
        }
        // c. Else,
        //    i. Set ownDesc to the PropertyDescriptor { [[Value]]: undefined, [[Writable]]: true,
        //       [[Enumerable]]: true, [[Configurable]]: true }.
        own_descriptor = PropertyDescriptor::data(Value::undefined(), true, true, true);
    }
    // 2. If IsDataDescriptor(ownDesc) is true, then
    if (own_descriptor->is_data_descriptor()) {
        // a. If ownDesc.[[Writable]] is false, return false.
        if (!*own_descriptor->writable)
            return false;
        // b. If Receiver is not an Object, return false.
        if (!receiver.is_object())
            return false;
        Object& receiver_object = *receiver.as_object();
        // c. Let existingDescriptor be ? Receiver.[[GetOwnProperty]](P).
        auto existing = TRY(receiver_object.internal_get_own_property(vm, key));
        // d. If existingDescriptor is not undefined, then
        if (existing) {
            // i. If IsAccessorDescriptor(existingDescriptor) is true, return false.
            if (existing->is_accessor_descriptor())
                return false;
            // ii. If existingDescriptor.[[Writable]] is false, return false.
            if (!*existing->writable)
                return false;
            // iii. Let valueDesc be the PropertyDescriptor { [[Value]]: V }.
            PropertyDescriptor value_descriptor;
            value_descriptor.value = value;
            // iv. Return ? Receiver.[[DefineOwnProperty]](P, valueDesc).
            return receiver_object.internal_define_own_property(vm, key, value_descriptor);
        }
        // e. Else,
        //    i. Assert: Receiver does not currently have a property P.
        //    ii. Return ? CreateDataProperty(Receiver, P, V).
        return create_data_property(vm, receiver_object, key, value);
    }
    // 3. Assert: IsAccessorDescriptor(ownDesc) is true.
    // 4. Let setter be ownDesc.[[Set]].
    Value setter = *own_descriptor->set;
    // 5. If setter is undefined, return false.
    if (setter.is_undefined())
        return false;
    // 6. Perform ? Call(setter, Receiver, « V »).
    Value arguments[] = { value };
    TRY(call_accessor_function(vm, setter, receiver, arguments));
    // 7. Return true.
    return true;
}

// OrdinaryDelete ( O, P ) — https://tc39.es/ecma262/#sec-ordinarydelete
ThrowCompletionOr<bool> ordinary_delete(VM& vm, Object& object, PropertyKey key)
{
    // 1. Let desc be ? O.[[GetOwnProperty]](P).
    auto descriptor = TRY(object.internal_get_own_property(vm, key));
    // 2. If desc is undefined, return true.
    if (!descriptor)
        return true;
    // 3. If desc.[[Configurable]] is true, then
    if (*descriptor->configurable) {
        // a. Remove the own property with name P from O.
        object.remove_own_property(vm, key);
        // b. Return true.
        return true;
    }
    // 4. Return false.
    return false;
}

// OrdinaryOwnPropertyKeys ( O ) — https://tc39.es/ecma262/#sec-ordinaryownpropertykeys
PropertyKeyList* ordinary_own_property_keys(VM& vm, Object& object)
{
    // 1. Let keys be a new empty List.
    // 2. For each own property key P of O such that P is an array index, in ascending numeric
    //    index order, append P to keys.
    // 3. For each own property key P of O such that P is a String and P is not an array index,
    //    in ascending chronological order of property creation, append P to keys.
    // 4. For each own property key P of O such that P is a Symbol, in ascending chronological
    //    order of property creation, append P to keys.
    // 5. Return keys.
    return object.own_keys_in_order(vm);
}

bool has_ordinary_elements(Object const& object)
{
    auto const& methods = object.internal_methods();
    return methods.get == ordinary_internal_methods::get && methods.has_property == ordinary_internal_methods::has_property
        && methods.get_own_property == ordinary_internal_methods::get_own_property;
}

std::optional<Value> ordinary_data_element(Object const& object, uint32_t index)
{
    if (!has_ordinary_elements(object))
        return std::nullopt;
    auto own = object.find_own_element(index);
    if (!own || !own->attributes.is_data())
        return std::nullopt;
    return own->value;
}

}
