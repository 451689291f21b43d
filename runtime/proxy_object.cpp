#include "runtime/proxy_object.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_key_list.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <string>
#include <unordered_set>
#include <vector>

namespace sable::runtime {

// ProxyCreate ( target, handler ) — https://tc39.es/ecma262/#sec-proxycreate
ThrowCompletionOr<ProxyObject*> ProxyObject::create(VM& vm, Value target, Value handler)
{
    // 1-2. Both must be objects.
    if (!target.is_object() || !handler.is_object())
        return vm.throw_type_error(vm.current_realm(), "Cannot create proxy with a non-object as target or handler");
    // 3-7. [[Call]] and [[Construct]] as the target has them.
    Object& target_object = *target.as_object();
    ObjectKind kind = target_object.is_constructor() ? ObjectKind::ProxyConstructor
        : target_object.is_callable()                ? ObjectKind::ProxyCallable
                                                     : ObjectKind::Proxy;
    Shape* shape = vm.shapes().root(nullptr, kind);
    return vm.heap().allocate_with_size<ProxyObject>(allocation_size(sizeof(ProxyObject), 0), shape, &target_object,
        handler.as_object());
}

void ProxyObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* proxy = static_cast<ProxyObject*>(cell);
    visitor.visit(proxy->m_target);
    visitor.visit(proxy->m_handler);
    Object::visit_children(cell, visitor);
}

ProxyObject* as_proxy(Object& object)
{
    auto kind = object.kind();
    if (kind == ObjectKind::Proxy || kind == ObjectKind::ProxyCallable || kind == ObjectKind::ProxyConstructor)
        return static_cast<ProxyObject*>(&object);
    return nullptr;
}

// ValidateNonRevokedProxy ( proxy ) — https://tc39.es/ecma262/#sec-validatenonrevokedproxy
ThrowCompletionOr<void> validate_non_revoked_proxy(VM& vm, ProxyObject& proxy, char const* operation)
{
    if (proxy.is_revoked())
        return vm.throw_type_error(vm.current_realm(), std::string("Cannot perform '") + operation + "' on a proxy that has been revoked");
    return {};
}

namespace {

ProxyObject& as_proxy_object(Object& object) { return static_cast<ProxyObject&>(object); }

ThrowCompletion throw_invariant(VM& vm, char const* trap, char const* what)
{
    return vm.throw_type_error(vm.current_realm(), std::string("'") + trap + "' on proxy: " + what);
}

// Steps 1-5 of every internal method: the proxy must not be revoked; the trap is
// ? GetMethod(handler, name), undefined when the handler has none.
struct Trap {
    Object* target;
    Object* handler;
    Value function;
};

ThrowCompletionOr<Trap> get_trap(VM& vm, Object& object, char const* name)
{
    auto& proxy = as_proxy_object(object);
    TRY(validate_non_revoked_proxy(vm, proxy, name));
    Object* target = proxy.target();
    Object* handler = proxy.handler();
    Value function = TRY(get_method(vm, *handler, PropertyKey::from_atom(vm.atoms().intern_latin1(name))));
    return Trap { target, handler, function };
}

ThrowCompletionOr<Value> call_trap(VM& vm, Trap const& trap, std::initializer_list<Value> arguments)
{
    return call(vm, trap.function, Value::object(trap.handler), std::span<Value const>(arguments.begin(), arguments.size()));
}

// 10.5.1 [[GetPrototypeOf]] ( )
ThrowCompletionOr<Object*> get_prototype_of(VM& vm, Object& object)
{
    Trap trap = TRY(get_trap(vm, object, "getPrototypeOf"));
    if (trap.function.is_undefined())
        return trap.target->internal_get_prototype_of(vm);
    // 7. The trap's result must be an object or null.
    Value handler_prototype = TRY(call_trap(vm, trap, { Value::object(trap.target) }));
    if (!handler_prototype.is_object() && !handler_prototype.is_null())
        return throw_invariant(vm, "getPrototypeOf", "trap returned neither object nor null");
    Object* result = handler_prototype.is_null() ? nullptr : handler_prototype.as_object();
    // 8-11. A non-extensible target's prototype cannot be reported differently.
    if (TRY(trap.target->internal_is_extensible(vm)))
        return result;
    Object* target_prototype = TRY(trap.target->internal_get_prototype_of(vm));
    if (result != target_prototype)
        return throw_invariant(vm, "getPrototypeOf", "proxy target is non-extensible but the trap did not return its actual prototype");
    return result;
}

// 10.5.2 [[SetPrototypeOf]] ( V )
ThrowCompletionOr<bool> set_prototype_of(VM& vm, Object& object, Object* prototype)
{
    Trap trap = TRY(get_trap(vm, object, "setPrototypeOf"));
    if (trap.function.is_undefined())
        return trap.target->internal_set_prototype_of(vm, prototype);
    Value prototype_value = prototype ? Value::object(prototype) : Value::null();
    if (!to_boolean(TRY(call_trap(vm, trap, { Value::object(trap.target), prototype_value }))))
        return false;
    // 9-13. A non-extensible target's prototype cannot change.
    if (TRY(trap.target->internal_is_extensible(vm)))
        return true;
    Object* target_prototype = TRY(trap.target->internal_get_prototype_of(vm));
    if (prototype != target_prototype)
        return throw_invariant(vm, "setPrototypeOf", "trap returned truish for setting a new prototype on the non-extensible proxy target");
    return true;
}

// 10.5.3 [[IsExtensible]] ( )
ThrowCompletionOr<bool> is_extensible(VM& vm, Object& object)
{
    Trap trap = TRY(get_trap(vm, object, "isExtensible"));
    if (trap.function.is_undefined())
        return trap.target->internal_is_extensible(vm);
    bool result = to_boolean(TRY(call_trap(vm, trap, { Value::object(trap.target) })));
    // 8-9. The trap must report the target's extensibility.
    if (result != TRY(trap.target->internal_is_extensible(vm)))
        return throw_invariant(vm, "isExtensible", "trap result does not reflect extensibility of proxy target");
    return result;
}

// 10.5.4 [[PreventExtensions]] ( )
ThrowCompletionOr<bool> prevent_extensions(VM& vm, Object& object)
{
    Trap trap = TRY(get_trap(vm, object, "preventExtensions"));
    if (trap.function.is_undefined())
        return trap.target->internal_prevent_extensions(vm);
    bool result = to_boolean(TRY(call_trap(vm, trap, { Value::object(trap.target) })));
    // 8. Success only if the target is now non-extensible.
    if (result && TRY(trap.target->internal_is_extensible(vm)))
        return throw_invariant(vm, "preventExtensions", "trap returned truish but the proxy target is extensible");
    return result;
}

// 10.5.5 [[GetOwnProperty]] ( P )
ThrowCompletionOr<std::optional<PropertyDescriptor>> get_own_property(VM& vm, Object& object, PropertyKey key)
{
    Trap trap = TRY(get_trap(vm, object, "getOwnPropertyDescriptor"));
    if (trap.function.is_undefined())
        return trap.target->internal_get_own_property(vm, key);
    Value result_object = TRY(call_trap(vm, trap, { Value::object(trap.target), property_key_to_value(vm, key) }));
    // 8. An object or undefined.
    if (!result_object.is_object() && !result_object.is_undefined())
        return throw_invariant(vm, "getOwnPropertyDescriptor", "trap returned neither object nor undefined");
    auto target_descriptor = TRY(trap.target->internal_get_own_property(vm, key));
    // 10. Reported missing: only a configurable property of an extensible target may be hidden.
    if (result_object.is_undefined()) {
        if (!target_descriptor)
            return std::optional<PropertyDescriptor> {};
        if (target_descriptor->configurable == false)
            return throw_invariant(vm, "getOwnPropertyDescriptor", "trap returned undefined for a non-configurable property");
        if (!TRY(trap.target->internal_is_extensible(vm)))
            return throw_invariant(vm, "getOwnPropertyDescriptor", "trap returned undefined for a property of a non-extensible target");
        return std::optional<PropertyDescriptor> {};
    }
    // 11-15. The reported descriptor must be compatible with the target's.
    bool extensible_target = TRY(trap.target->internal_is_extensible(vm));
    PropertyDescriptor result = TRY(to_property_descriptor(vm, result_object));
    complete_property_descriptor(result);
    if (!is_compatible_property_descriptor(vm, extensible_target, result, target_descriptor))
        return throw_invariant(vm, "getOwnPropertyDescriptor", "trap returned a descriptor incompatible with the target property");
    // 16. Non-configurable only if the target's property is, and non-writable likewise.
    if (result.configurable == false) {
        if (!target_descriptor || target_descriptor->configurable == true)
            return throw_invariant(vm, "getOwnPropertyDescriptor", "trap reported non-configurability for a configurable or missing property");
        if (result.writable == false && target_descriptor->writable == true)
            return throw_invariant(vm, "getOwnPropertyDescriptor", "trap reported a non-configurable, writable property as non-writable");
    }
    return std::optional<PropertyDescriptor> { result };
}

// 10.5.6 [[DefineOwnProperty]] ( P, Desc )
ThrowCompletionOr<bool> define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    Trap trap = TRY(get_trap(vm, object, "defineProperty"));
    if (trap.function.is_undefined())
        return trap.target->internal_define_own_property(vm, key, descriptor);
    Value descriptor_object = from_property_descriptor(vm, descriptor);
    if (!to_boolean(TRY(call_trap(vm, trap, { Value::object(trap.target), property_key_to_value(vm, key), descriptor_object }))))
        return false;
    // 11-16. The definition must be one the target could have accepted.
    auto target_descriptor = TRY(trap.target->internal_get_own_property(vm, key));
    bool extensible_target = TRY(trap.target->internal_is_extensible(vm));
    bool setting_config_false = descriptor.configurable == false;
    if (!target_descriptor) {
        if (!extensible_target)
            return throw_invariant(vm, "defineProperty", "trap returned truish for adding a property to a non-extensible target");
        if (setting_config_false)
            return throw_invariant(vm, "defineProperty", "trap returned truish for defining a non-configurable property missing on the target");
        return true;
    }
    if (!is_compatible_property_descriptor(vm, extensible_target, descriptor, target_descriptor))
        return throw_invariant(vm, "defineProperty", "trap returned truish for a descriptor incompatible with the target property");
    if (setting_config_false && target_descriptor->configurable == true)
        return throw_invariant(vm, "defineProperty", "trap returned truish for defining a non-configurable property that is configurable on the target");
    if (target_descriptor->is_data_descriptor() && target_descriptor->configurable == false && target_descriptor->writable == true
        && descriptor.writable == false)
        return throw_invariant(vm, "defineProperty", "trap returned truish for making a non-configurable, writable property non-writable");
    return true;
}

// 10.5.7 [[HasProperty]] ( P )
ThrowCompletionOr<bool> has_property(VM& vm, Object& object, PropertyKey key)
{
    Trap trap = TRY(get_trap(vm, object, "has"));
    if (trap.function.is_undefined())
        return trap.target->internal_has_property(vm, key);
    bool result = to_boolean(TRY(call_trap(vm, trap, { Value::object(trap.target), property_key_to_value(vm, key) })));
    // 9. A non-configurable property, or any property of a non-extensible target, cannot be hidden.
    if (!result) {
        auto target_descriptor = TRY(trap.target->internal_get_own_property(vm, key));
        if (target_descriptor) {
            if (target_descriptor->configurable == false)
                return throw_invariant(vm, "has", "trap returned falsish for a non-configurable property");
            if (!TRY(trap.target->internal_is_extensible(vm)))
                return throw_invariant(vm, "has", "trap returned falsish for a property of a non-extensible target");
        }
    }
    return result;
}

// 10.5.8 [[Get]] ( P, Receiver )
ThrowCompletionOr<Value> get(VM& vm, Object& object, PropertyKey key, Value receiver)
{
    Trap trap = TRY(get_trap(vm, object, "get"));
    if (trap.function.is_undefined())
        return trap.target->internal_get(vm, key, receiver);
    Value result = TRY(call_trap(vm, trap, { Value::object(trap.target), property_key_to_value(vm, key), receiver }));
    // 9-10. A non-configurable, non-writable value, or a missing getter, must be reported as is.
    auto target_descriptor = TRY(trap.target->internal_get_own_property(vm, key));
    if (target_descriptor && target_descriptor->configurable == false) {
        if (target_descriptor->is_data_descriptor() && target_descriptor->writable == false
            && !same_value(vm.heap(), result, *target_descriptor->value))
            return throw_invariant(vm, "get", "trap result differs from a non-writable, non-configurable property's value");
        if (target_descriptor->is_accessor_descriptor() && target_descriptor->get->is_undefined() && !result.is_undefined())
            return throw_invariant(vm, "get", "trap returned a value for a non-configurable accessor without a getter");
    }
    return result;
}

// 10.5.9 [[Set]] ( P, V, Receiver )
ThrowCompletionOr<bool> set(VM& vm, Object& object, PropertyKey key, Value value, Value receiver)
{
    Trap trap = TRY(get_trap(vm, object, "set"));
    if (trap.function.is_undefined())
        return trap.target->internal_set(vm, key, value, receiver);
    if (!to_boolean(TRY(call_trap(vm, trap, { Value::object(trap.target), property_key_to_value(vm, key), value, receiver }))))
        return false;
    // 10-11. A non-configurable, non-writable value cannot change; a setter must exist.
    auto target_descriptor = TRY(trap.target->internal_get_own_property(vm, key));
    if (target_descriptor && target_descriptor->configurable == false) {
        if (target_descriptor->is_data_descriptor() && target_descriptor->writable == false
            && !same_value(vm.heap(), value, *target_descriptor->value))
            return throw_invariant(vm, "set", "trap returned truish for changing a non-writable, non-configurable property");
        if (target_descriptor->is_accessor_descriptor() && target_descriptor->set->is_undefined())
            return throw_invariant(vm, "set", "trap returned truish for a non-configurable accessor without a setter");
    }
    return true;
}

// 10.5.10 [[Delete]] ( P )
ThrowCompletionOr<bool> delete_(VM& vm, Object& object, PropertyKey key)
{
    Trap trap = TRY(get_trap(vm, object, "deleteProperty"));
    if (trap.function.is_undefined())
        return trap.target->internal_delete(vm, key);
    if (!to_boolean(TRY(call_trap(vm, trap, { Value::object(trap.target), property_key_to_value(vm, key) }))))
        return false;
    // 10-13. Only a configurable property of an extensible target can go.
    auto target_descriptor = TRY(trap.target->internal_get_own_property(vm, key));
    if (!target_descriptor)
        return true;
    if (target_descriptor->configurable == false)
        return throw_invariant(vm, "deleteProperty", "trap returned truish for a non-configurable property");
    if (!TRY(trap.target->internal_is_extensible(vm)))
        return throw_invariant(vm, "deleteProperty", "trap returned truish for a property of a non-extensible target");
    return true;
}

// 10.5.11 [[OwnPropertyKeys]] ( )
ThrowCompletionOr<PropertyKeyList*> own_property_keys(VM& vm, Object& object)
{
    Trap trap = TRY(get_trap(vm, object, "ownKeys"));
    if (trap.function.is_undefined())
        return trap.target->internal_own_property_keys(vm);
    Value result_array = TRY(call_trap(vm, trap, { Value::object(trap.target) }));
    // 7-9. A list of strings and symbols without duplicates.
    ValueArray* result_values = TRY(create_list_from_array_like(vm, result_array, true));
    PropertyKeyList* result = PropertyKeyList::create(vm.heap(), result_values->size());
    std::unordered_set<uint64_t> seen;
    for (uint32_t i = 0; i < result_values->size(); ++i) {
        PropertyKey key = TRY(to_property_key(vm, result_values->at(i)));
        if (!seen.insert(key.bits()).second)
            return throw_invariant(vm, "ownKeys", "trap returned duplicate entries");
        result->set(vm.heap(), i, key);
    }
    // 10-16. The target's keys, split by configurability.
    bool extensible_target = TRY(trap.target->internal_is_extensible(vm));
    PropertyKeyList* target_keys = TRY(trap.target->internal_own_property_keys(vm));
    std::vector<PropertyKey> configurable_keys;
    std::vector<PropertyKey> nonconfigurable_keys;
    for (PropertyKey key : *target_keys) {
        auto descriptor = TRY(trap.target->internal_get_own_property(vm, key));
        (descriptor && descriptor->configurable == false ? nonconfigurable_keys : configurable_keys).push_back(key);
    }
    // 17. Nothing to check.
    if (extensible_target && nonconfigurable_keys.empty())
        return result;
    // 18-22. Every non-configurable key must be reported; for a non-extensible target, exactly
    // the target's keys.
    std::unordered_set<uint64_t> unchecked = seen;
    for (PropertyKey key : nonconfigurable_keys) {
        if (!unchecked.erase(key.bits()))
            return throw_invariant(vm, "ownKeys", "trap result did not include a non-configurable key of the target");
    }
    if (extensible_target)
        return result;
    for (PropertyKey key : configurable_keys) {
        if (!unchecked.erase(key.bits()))
            return throw_invariant(vm, "ownKeys", "trap result did not include a key of the non-extensible target");
    }
    if (!unchecked.empty())
        return throw_invariant(vm, "ownKeys", "trap returned extra keys but the proxy target is non-extensible");
    return result;
}

// 10.5.12 [[Call]] ( thisArgument, argumentsList )
ThrowCompletionOr<Value> call_proxy(VM& vm, Object& object, Value this_argument, std::span<Value const> arguments)
{
    Trap trap = TRY(get_trap(vm, object, "apply"));
    if (trap.function.is_undefined())
        return call(vm, Value::object(trap.target), this_argument, arguments);
    Object* argument_array = create_array_from_list(vm, arguments);
    return call_trap(vm, trap, { Value::object(trap.target), this_argument, Value::object(argument_array) });
}

// 10.5.13 [[Construct]] ( argumentsList, newTarget )
ThrowCompletionOr<Object*> construct_proxy(VM& vm, Object& object, std::span<Value const> arguments, Object* new_target)
{
    Trap trap = TRY(get_trap(vm, object, "construct"));
    if (trap.function.is_undefined())
        return construct(vm, *trap.target, arguments, new_target);
    Object* argument_array = create_array_from_list(vm, arguments);
    Value result = TRY(call_trap(vm, trap, { Value::object(trap.target), Value::object(argument_array), Value::object(new_target) }));
    // 11. The result must be an object.
    if (!result.is_object())
        return throw_invariant(vm, "construct", "trap returned non-object");
    return result.as_object();
}

constexpr ObjectInternalMethods with_function_methods(bool callable, bool constructor)
{
    return {
        get_prototype_of,
        set_prototype_of,
        is_extensible,
        prevent_extensions,
        get_own_property,
        define_own_property,
        has_property,
        get,
        set,
        delete_,
        own_property_keys,
        callable ? call_proxy : nullptr,
        constructor ? construct_proxy : nullptr,
    };
}

}

ObjectInternalMethods const kProxyInternalMethods = with_function_methods(false, false);
ObjectInternalMethods const kProxyCallableInternalMethods = with_function_methods(true, false);
ObjectInternalMethods const kProxyConstructorInternalMethods = with_function_methods(true, true);

}
