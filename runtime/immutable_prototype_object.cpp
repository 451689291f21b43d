#include "runtime/immutable_prototype_object.h"

#include "runtime/object.h"
#include "runtime/ordinary_object.h"

namespace sable::runtime {

namespace {

// [[SetPrototypeOf]] ( V ) — https://tc39.es/ecma262/#sec-immutable-prototype-exotic-objects-setprototypeof-v
ThrowCompletionOr<bool> set_prototype_of(VM& vm, Object& object, Object* prototype)
{
    // 1. Return ? SetImmutablePrototype(O, V).
    return set_immutable_prototype(vm, object, prototype);
}

}

ObjectInternalMethods const kImmutablePrototypeInternalMethods = {
    ordinary_internal_methods::get_prototype_of,
    set_prototype_of,
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

// SetImmutablePrototype ( O, V ) — https://tc39.es/ecma262/#sec-set-immutable-prototype
ThrowCompletionOr<bool> set_immutable_prototype(VM& vm, Object& object, Object* prototype)
{
    // 1. Let current be ? O.[[GetPrototypeOf]]().
    Object* current = TRY(object.internal_get_prototype_of(vm));
    // 2. If SameValue(V, current) is true, return true.
    // 3. Return false.
    return prototype == current;
}

}
