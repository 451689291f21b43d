#pragma once
// PropertyDescriptor: the Property Descriptor Specification Type (ECMA-262 6.2.6). Every field
// may be absent, as in the spec; [[Get]] and [[Set]] hold undefined or an object.
//
// Descriptors live on the native stack while internal methods run, so the Values in them are
// kept alive by the conservative stack scan.

#include "runtime/property_attributes.h"
#include "runtime/value.h"

#include <optional>

namespace sable::runtime {

struct PropertyDescriptor {
    std::optional<Value> value;
    std::optional<Value> get;
    std::optional<Value> set;
    std::optional<bool> writable;
    std::optional<bool> enumerable;
    std::optional<bool> configurable;

    // A fully populated data descriptor.
    static PropertyDescriptor data(Value value, PropertyAttributes attributes)
    {
        return { value, std::nullopt, std::nullopt, attributes.is_writable(), attributes.is_enumerable(),
            attributes.is_configurable() };
    }
    static PropertyDescriptor data(Value value, bool writable, bool enumerable, bool configurable)
    {
        return { value, std::nullopt, std::nullopt, writable, enumerable, configurable };
    }
    // A fully populated accessor descriptor.
    static PropertyDescriptor accessor(Value getter, Value setter, bool enumerable, bool configurable)
    {
        return { std::nullopt, getter, setter, std::nullopt, enumerable, configurable };
    }

    // IsAccessorDescriptor ( Desc ) — https://tc39.es/ecma262/#sec-isaccessordescriptor
    // 1. If Desc is undefined, return false. (Callers pass descriptors, never undefined.)
    // 2. If Desc has a [[Get]] field, return true.
    // 3. If Desc has a [[Set]] field, return true.
    // 4. Return false.
    bool is_accessor_descriptor() const { return get.has_value() || set.has_value(); }

    // IsDataDescriptor ( Desc ) — https://tc39.es/ecma262/#sec-isdatadescriptor
    // 2. If Desc has a [[Value]] field, return true.
    // 3. If Desc has a [[Writable]] field, return true.
    // 4. Return false.
    bool is_data_descriptor() const { return value.has_value() || writable.has_value(); }

    // IsGenericDescriptor ( Desc ) — https://tc39.es/ecma262/#sec-isgenericdescriptor
    // 2. If IsAccessorDescriptor(Desc) is false and IsDataDescriptor(Desc) is false, return true.
    bool is_generic_descriptor() const { return !is_accessor_descriptor() && !is_data_descriptor(); }

    // "Desc does not have any fields".
    bool is_empty() const
    {
        return !value && !get && !set && !writable && !enumerable && !configurable;
    }

    // The attributes of a fully populated descriptor (missing booleans read as false).
    PropertyAttributes attributes() const
    {
        if (is_accessor_descriptor())
            return PropertyAttributes::accessor(enumerable.value_or(false), configurable.value_or(false));
        return PropertyAttributes::data(writable.value_or(false), enumerable.value_or(false),
            configurable.value_or(false));
    }
};

}
