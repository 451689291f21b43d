#include "runtime/primitive_wrapper.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_key_list.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace sable::runtime {

PrimitiveWrapper* PrimitiveWrapper::create(VM& vm, ObjectKind kind, Value primitive, Object* prototype)
{
    Shape* shape = vm.shapes().root(prototype, kind);
    return vm.heap().allocate_with_size<PrimitiveWrapper>(
        allocation_size(sizeof(PrimitiveWrapper), kDefaultInlineSlots), shape, primitive);
}

void PrimitiveWrapper::set_primitive(gc::Heap& heap, Value primitive)
{
    m_primitive = primitive;
    heap.write_barrier_value(this, primitive.bits());
}

void PrimitiveWrapper::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    visitor.visit_value_bits(static_cast<PrimitiveWrapper*>(cell)->m_primitive.bits());
    Object::visit_children(cell, visitor);
}

std::optional<Value> wrapped_primitive(Value value, ObjectKind kind)
{
    if (!value.is_object() || value.as_object()->kind() != kind)
        return std::nullopt;
    return static_cast<PrimitiveWrapper*>(value.as_object())->primitive();
}

// StringCreate ( value, prototype ) — https://tc39.es/ecma262/#sec-stringcreate
PrimitiveWrapper* string_create(VM& vm, String* value, Object* prototype)
{
    // 1-5. S: a String exotic object with [[StringData]] value and the given [[Prototype]].
    PrimitiveWrapper* object = PrimitiveWrapper::create(vm, ObjectKind::StringObject, Value::string(value), prototype);
    // 6. Let length be the length of value.
    // 7. Perform ! DefinePropertyOrThrow(S, "length", PropertyDescriptor { [[Value]]: 𝔽(length),
    //    [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }).
    MUST(define_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().length),
        PropertyDescriptor::data(Value::int32(int32_t(value->length())), false, false, false)));
    // 8. Return S.
    return object;
}

namespace {

String* string_data(Object& object) { return static_cast<PrimitiveWrapper&>(object).primitive().as_string(); }

// StringGetOwnProperty ( S, P ) — https://tc39.es/ecma262/#sec-stringgetownproperty
std::optional<PropertyDescriptor> string_get_own_property(VM& vm, Object& object, PropertyKey key)
{
    // 1. If P is not a String, return undefined.
    // 2. Let index be CanonicalNumericIndexString(P).
    // 3. If index is undefined, return undefined.
    // 4. If IsIntegralNumber(index) is false, return undefined.
    // 5. If index is -0𝔽 or index < -0, return undefined.
    // (Strings are shorter than 2^30, so only array-index keys can name a code unit.)
    if (!key.is_index())
        return std::nullopt;
    // 6. Let str be S.[[StringData]].
    String* string = string_data(object);
    // 7. Let len be the length of str.
    // 8. If ℝ(index) ≥ len, return undefined.
    uint32_t index = key.as_index();
    if (index >= string->length())
        return std::nullopt;
    // 9. Let resultStr be the substring of str from ℝ(index) to ℝ(index) + 1.
    String* result = substring_of(vm, string, index, index + 1);
    // 10. Return the PropertyDescriptor { [[Value]]: resultStr, [[Writable]]: false,
    //     [[Enumerable]]: true, [[Configurable]]: false }.
    return PropertyDescriptor::data(Value::string(result), false, true, false);
}

// [[GetOwnProperty]] ( P ) — https://tc39.es/ecma262/#sec-string-exotic-objects-getownproperty-p
ThrowCompletionOr<std::optional<PropertyDescriptor>> get_own_property(VM& vm, Object& object, PropertyKey key)
{
    // 1. Let desc be OrdinaryGetOwnProperty(S, P).
    auto descriptor = ordinary_get_own_property(object, key);
    // 2. If desc is not undefined, return desc.
    if (descriptor)
        return descriptor;
    // 3. Return StringGetOwnProperty(S, P).
    return string_get_own_property(vm, object, key);
}

// [[DefineOwnProperty]] ( P, Desc ) — https://tc39.es/ecma262/#sec-string-exotic-objects-defineownproperty-p-desc
ThrowCompletionOr<bool> define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    // 1. Let stringDesc be StringGetOwnProperty(S, P).
    auto string_descriptor = string_get_own_property(vm, object, key);
    // 2. If stringDesc is not undefined, then
    if (string_descriptor) {
        // a. Let extensible be S.[[Extensible]].
        // b. Return IsCompatiblePropertyDescriptor(extensible, Desc, stringDesc).
        return is_compatible_property_descriptor(vm, object.is_extensible(), descriptor, string_descriptor);
    }
    // 3. Return ! OrdinaryDefineOwnProperty(S, P, Desc).
    return ordinary_define_own_property(vm, object, key, descriptor);
}

// [[OwnPropertyKeys]] ( ) — https://tc39.es/ecma262/#sec-string-exotic-objects-ownpropertykeys
ThrowCompletionOr<PropertyKeyList*> own_property_keys(VM& vm, Object& object)
{
    String* string = string_data(object);
    uint32_t length = string->length();
    PropertyKeyList* ordinary = ordinary_own_property_keys(vm, object);
    if (length == 0)
        return ordinary;
    // 1-4. keys: the indices of the string's code units, ascending.
    // 5-6. then the object's other own array indices, ascending (none of them can be below
    //      length: those are the string's), then its string keys and symbols in creation order
    //      (OrdinaryOwnPropertyKeys already lists them in that order).
    PropertyKeyList* keys = PropertyKeyList::create(vm.heap(), length + ordinary->size());
    for (uint32_t i = 0; i < length; ++i)
        keys->set(vm.heap(), i, PropertyKey::from_index(i));
    for (uint32_t i = 0; i < ordinary->size(); ++i)
        keys->set(vm.heap(), length + i, ordinary->at(i));
    // 7. Return keys.
    return keys;
}

}

ObjectInternalMethods const kStringObjectInternalMethods = {
    ordinary_internal_methods::get_prototype_of,
    ordinary_internal_methods::set_prototype_of,
    ordinary_internal_methods::is_extensible,
    ordinary_internal_methods::prevent_extensions,
    get_own_property,
    define_own_property,
    ordinary_internal_methods::has_property,
    ordinary_internal_methods::get,
    ordinary_internal_methods::set,
    ordinary_internal_methods::delete_,
    own_property_keys,
    nullptr,
    nullptr,
};

}
