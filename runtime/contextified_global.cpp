#include "runtime/contextified_global.h"

#include "gc/heap.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_key_list.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <vector>

namespace sable::runtime {

ContextifiedGlobal* ContextifiedGlobal::create(VM& vm, Realm& realm, Object* prototype)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::ContextifiedGlobal);
    return vm.heap().allocate_with_size<ContextifiedGlobal>(allocation_size(sizeof(ContextifiedGlobal), kDefaultInlineSlots), shape,
        realm);
}

void ContextifiedGlobal::attach_sandbox(gc::Heap& heap, Object& sandbox)
{
    m_sandbox = &sandbox;
    heap.write_barrier(this, &sandbox);
}

void ContextifiedGlobal::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* global = static_cast<ContextifiedGlobal*>(cell);
    visitor.visit(global->m_realm);
    visitor.visit(global->m_sandbox);
    Object::visit_children(cell, visitor);
}

namespace {

Object* sandbox_of(Object& object) { return static_cast<ContextifiedGlobal&>(object).sandbox(); }

// Whether the sandbox has `key` as an own property (it may be a proxy: asked, not looked up).
ThrowCompletionOr<bool> sandbox_has_own(VM& vm, Object* sandbox, PropertyKey key)
{
    return sandbox && TRY(sandbox->internal_get_own_property(vm, key)).has_value();
}

ThrowCompletionOr<std::optional<PropertyDescriptor>> contextified_get_own_property(VM& vm, Object& object, PropertyKey key)
{
    if (Object* sandbox = sandbox_of(object)) {
        if (auto descriptor = TRY(sandbox->internal_get_own_property(vm, key)))
            return descriptor;
    }
    return ordinary_get_own_property(object, key);
}

ThrowCompletionOr<bool> contextified_define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    if (Object* sandbox = sandbox_of(object))
        return sandbox->internal_define_own_property(vm, key, descriptor);
    return ordinary_define_own_property(vm, object, key, descriptor);
}

ThrowCompletionOr<bool> contextified_has_property(VM& vm, Object& object, PropertyKey key)
{
    if (TRY(sandbox_has_own(vm, sandbox_of(object), key)))
        return true;
    return ordinary_has_property(vm, object, key);
}

ThrowCompletionOr<Value> contextified_get(VM& vm, Object& object, PropertyKey key, Value receiver)
{
    Object* sandbox = sandbox_of(object);
    if (TRY(sandbox_has_own(vm, sandbox, key)))
        return sandbox->internal_get(vm, key, Value::object(sandbox));
    return ordinary_get(vm, object, key, receiver);
}

ThrowCompletionOr<bool> contextified_set(VM& vm, Object& object, PropertyKey key, Value value, Value receiver)
{
    // Assignments to global names land in the sandbox, whatever the realm's globals hold.
    if (Object* sandbox = sandbox_of(object); sandbox && receiver == Value::object(&object))
        return sandbox->internal_set(vm, key, value, Value::object(sandbox));
    return ordinary_set(vm, object, key, value, receiver);
}

ThrowCompletionOr<bool> contextified_delete(VM& vm, Object& object, PropertyKey key)
{
    Object* sandbox = sandbox_of(object);
    if (TRY(sandbox_has_own(vm, sandbox, key)))
        return sandbox->internal_delete(vm, key);
    return ordinary_delete(vm, object, key);
}

// The sandbox's keys, then the realm's own globals it does not shadow.
ThrowCompletionOr<PropertyKeyList*> contextified_own_property_keys(VM& vm, Object& object)
{
    PropertyKeyList* globals = ordinary_own_property_keys(vm, object);
    Object* sandbox = sandbox_of(object);
    if (!sandbox)
        return globals;
    PropertyKeyList* own = TRY(sandbox->internal_own_property_keys(vm));
    std::vector<PropertyKey> keys(own->begin(), own->end());
    for (PropertyKey key : *globals) {
        if (!TRY(sandbox_has_own(vm, sandbox, key)))
            keys.push_back(key);
    }
    // Both lists (locals, so alive) hold the keys while the result is made.
    PropertyKeyList* result = PropertyKeyList::create(vm.heap(), uint32_t(keys.size()));
    for (uint32_t i = 0; i < keys.size(); ++i)
        result->set(vm.heap(), i, keys[i]);
    return result;
}

}

ObjectInternalMethods const kContextifiedGlobalInternalMethods = {
    ordinary_internal_methods::get_prototype_of,
    ordinary_internal_methods::set_prototype_of,
    ordinary_internal_methods::is_extensible,
    ordinary_internal_methods::prevent_extensions,
    contextified_get_own_property,
    contextified_define_own_property,
    contextified_has_property,
    contextified_get,
    contextified_set,
    contextified_delete,
    contextified_own_property_keys,
    nullptr,
    nullptr,
};

}
