#pragma once
// Ordinary objects (ECMA-262 10.1): the ordinary internal methods and the abstract operations
// they delegate to (OrdinaryGetPrototypeOf, OrdinaryDefineOwnProperty,
// ValidateAndApplyPropertyDescriptor, OrdinaryGet, OrdinarySet...), and the table that ordinary
// objects dispatch through. Exotic objects reuse these for the methods they do not replace.

#include "runtime/completion.h"
#include "runtime/object_internal_methods.h"
#include "runtime/property_descriptor.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

#include <optional>

namespace sable::runtime {

class Object;
class PropertyKeyList;
class VM;

extern ObjectInternalMethods const kOrdinaryInternalMethods;

// The ordinary internal methods themselves (10.1.1 to 10.1.11), as table entries: exotic objects'
// tables name the ones they keep.
namespace ordinary_internal_methods {
ThrowCompletionOr<Object*> get_prototype_of(VM&, Object&);
ThrowCompletionOr<bool> set_prototype_of(VM&, Object&, Object* prototype);
ThrowCompletionOr<bool> is_extensible(VM&, Object&);
ThrowCompletionOr<bool> prevent_extensions(VM&, Object&);
ThrowCompletionOr<std::optional<PropertyDescriptor>> get_own_property(VM&, Object&, PropertyKey);
ThrowCompletionOr<bool> define_own_property(VM&, Object&, PropertyKey, PropertyDescriptor const&);
ThrowCompletionOr<bool> has_property(VM&, Object&, PropertyKey);
ThrowCompletionOr<Value> get(VM&, Object&, PropertyKey, Value receiver);
ThrowCompletionOr<bool> set(VM&, Object&, PropertyKey, Value, Value receiver);
ThrowCompletionOr<bool> delete_(VM&, Object&, PropertyKey);
ThrowCompletionOr<PropertyKeyList*> own_property_keys(VM&, Object&);
}

// OrdinaryGetPrototypeOf ( O )
Object* ordinary_get_prototype_of(Object&);
// OrdinarySetPrototypeOf ( O, V )
bool ordinary_set_prototype_of(VM&, Object&, Object* prototype);
// OrdinaryIsExtensible ( O )
bool ordinary_is_extensible(Object&);
// OrdinaryPreventExtensions ( O )
bool ordinary_prevent_extensions(VM&, Object&);
// OrdinaryGetOwnProperty ( O, P )
std::optional<PropertyDescriptor> ordinary_get_own_property(Object&, PropertyKey);
// OrdinaryDefineOwnProperty ( O, P, Desc )
ThrowCompletionOr<bool> ordinary_define_own_property(VM&, Object&, PropertyKey, PropertyDescriptor const&);
// IsCompatiblePropertyDescriptor ( Extensible, Desc, Current )
bool is_compatible_property_descriptor(VM&, bool extensible, PropertyDescriptor const&, std::optional<PropertyDescriptor> const& current);
// ValidateAndApplyPropertyDescriptor ( O, P, extensible, Desc, current ); `object` may be null
// (the spec's undefined: validate only).
bool validate_and_apply_property_descriptor(VM&, Object*, PropertyKey, bool extensible, PropertyDescriptor const&,
    std::optional<PropertyDescriptor> const& current);
// OrdinaryHasProperty ( O, P )
ThrowCompletionOr<bool> ordinary_has_property(VM&, Object&, PropertyKey);
// OrdinaryGet ( O, P, Receiver )
ThrowCompletionOr<Value> ordinary_get(VM&, Object&, PropertyKey, Value receiver);
// OrdinarySet ( O, P, V, Receiver )
ThrowCompletionOr<bool> ordinary_set(VM&, Object&, PropertyKey, Value, Value receiver);
// OrdinarySetWithOwnDescriptor ( O, P, V, Receiver, ownDesc )
ThrowCompletionOr<bool> ordinary_set_with_own_descriptor(VM&, Object&, PropertyKey, Value, Value receiver,
    std::optional<PropertyDescriptor> own_descriptor);
// OrdinaryDelete ( O, P )
ThrowCompletionOr<bool> ordinary_delete(VM&, Object&, PropertyKey);
// OrdinaryOwnPropertyKeys ( O )
PropertyKeyList* ordinary_own_property_keys(VM&, Object&);

// For fast paths: whether `object`'s [[GetOwnProperty]], [[HasProperty]] and [[Get]] are the
// ordinary ones (plain objects, Arrays), so that its own indexed data properties are exactly its
// element storage. Reading one there gives what [[Get]] / [[HasProperty]] would: no descriptor is
// built, no prototype walked, no user code run.
bool has_ordinary_elements(Object const&);
// The value of `object`'s own data element at `index` when has_ordinary_elements(object) and
// there is one; std::nullopt when [[Get]] has to be asked.
std::optional<Value> ordinary_data_element(Object const&, uint32_t index);

}
