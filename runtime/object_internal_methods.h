#pragma once
// The essential internal methods of objects (ECMA-262 6.1.7.2, tables "Essential Internal
// Methods" and "Additional Essential Internal Methods of Function Objects"), as one table of
// plain function pointers per kind of object (DESIGN.md decision 4): ordinary objects use the
// definitions of 10.1, exotic objects replace some entries. Dispatch is one indexed load (the
// object's kind) and an indirect call; no virtual functions.
//
// Every entry may run user code (through proxies and accessors) and so may throw: each returns
// ThrowCompletionOr, and the thrown value waits in VM::pending_exception.

#include "runtime/completion.h"
#include "runtime/property_descriptor.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

#include <cstdint>
#include <optional>
#include <span>

namespace sable::runtime {

class Object;
class PropertyKeyList;
class VM;

enum class ObjectKind : uint8_t {
#define OBJECT_KIND(name, table) name,
#include "runtime/object_kinds.def"
    Count,
};

struct ObjectInternalMethods {
    // [[GetPrototypeOf]] ( ) → Object or null (nullptr)
    ThrowCompletionOr<Object*> (*get_prototype_of)(VM&, Object&);
    // [[SetPrototypeOf]] ( V ) → Boolean; V is an Object or null (nullptr)
    ThrowCompletionOr<bool> (*set_prototype_of)(VM&, Object&, Object* prototype);
    // [[IsExtensible]] ( ) → Boolean
    ThrowCompletionOr<bool> (*is_extensible)(VM&, Object&);
    // [[PreventExtensions]] ( ) → Boolean
    ThrowCompletionOr<bool> (*prevent_extensions)(VM&, Object&);
    // [[GetOwnProperty]] ( P ) → Property Descriptor or undefined (std::nullopt)
    ThrowCompletionOr<std::optional<PropertyDescriptor>> (*get_own_property)(VM&, Object&, PropertyKey);
    // [[DefineOwnProperty]] ( P, Desc ) → Boolean
    ThrowCompletionOr<bool> (*define_own_property)(VM&, Object&, PropertyKey, PropertyDescriptor const&);
    // [[HasProperty]] ( P ) → Boolean
    ThrowCompletionOr<bool> (*has_property)(VM&, Object&, PropertyKey);
    // [[Get]] ( P, Receiver ) → any
    ThrowCompletionOr<Value> (*get)(VM&, Object&, PropertyKey, Value receiver);
    // [[Set]] ( P, V, Receiver ) → Boolean
    ThrowCompletionOr<bool> (*set)(VM&, Object&, PropertyKey, Value, Value receiver);
    // [[Delete]] ( P ) → Boolean
    ThrowCompletionOr<bool> (*delete_)(VM&, Object&, PropertyKey);
    // [[OwnPropertyKeys]] ( ) → List of property keys (a cell, so the collector sees the keys)
    ThrowCompletionOr<PropertyKeyList*> (*own_property_keys)(VM&, Object&);
    // [[Call]] ( thisArgument, argumentsList ): nullptr unless the object is callable.
    ThrowCompletionOr<Value> (*call)(VM&, Object&, Value this_argument, std::span<Value const> arguments);
    // [[Construct]] ( argumentsList, newTarget ): nullptr unless the object is a constructor.
    ThrowCompletionOr<Object*> (*construct)(VM&, Object&, std::span<Value const> arguments, Object* new_target);
};

// One table per ObjectKind, in ObjectKind order (runtime/object_kinds.def).
extern ObjectInternalMethods const* const kObjectInternalMethods[size_t(ObjectKind::Count)];

}
