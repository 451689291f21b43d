#include "runtime/module_namespace.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/environment.h"
#include "runtime/module_record.h"
#include "runtime/module_resolution.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_key_list.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime {

// ModuleNamespaceCreate ( module, exports ) — https://tc39.es/ecma262/#sec-modulenamespacecreate
ModuleNamespace* ModuleNamespace::create(VM& vm, ModuleRecord& module, PropertyKeyList* exports, ValueArray* bindings)
{
    // 3-8. [[Prototype]] null, [[Module]], [[Exports]].
    Shape* shape = vm.shapes().root(nullptr, ObjectKind::ModuleNamespace);
    auto* object = vm.heap().allocate_with_size<ModuleNamespace>(allocation_size(sizeof(ModuleNamespace), 1), shape, &module,
        exports, bindings);
    // 28.3.1 @@toStringTag: "Module", not writable, enumerable or configurable.
    object->store_own_property(vm, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        Value::string(vm.atoms().intern_latin1("Module")), PropertyAttributes::data(false, false, false));
    // 10.4.6.3-4: never extensible.
    object->set_non_extensible(vm);
    return object;
}

std::optional<uint32_t> ModuleNamespace::find_export(PropertyKey key) const
{
    // Export lists are short; keys compare by identity (atoms and index keys are unique).
    for (uint32_t i = 0; i < m_exports->size(); ++i) {
        if (m_exports->at(i) == key)
            return i;
    }
    return std::nullopt;
}

ThrowCompletionOr<Value> ModuleNamespace::export_value(VM& vm, uint32_t index) const
{
    Value target = m_bindings->at(index * 2);
    gc::Cell* cell = target.as_internal_cell();
    if (cell->cell_kind() == gc::CellKind::ModuleRecord)
        return Value::object(TRY(get_module_namespace(vm, *static_cast<ModuleRecord*>(cell))));
    auto* environment = static_cast<DeclarativeEnvironment*>(cell);
    return read_module_slot(environment->slot(uint32_t(m_bindings->at(index * 2 + 1).as_int32())));
}

void ModuleNamespace::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* object = static_cast<ModuleNamespace*>(cell);
    visitor.visit(object->m_module);
    visitor.visit(object->m_exports);
    visitor.visit(object->m_bindings);
    Object::visit_children(cell, visitor);
}

namespace {

ModuleNamespace& as_namespace(Object& object) { return static_cast<ModuleNamespace&>(object); }

ThrowCompletion throw_uninitialized_export(VM& vm, PropertyKey key)
{
    std::string name = key.is_index() ? std::to_string(key.as_index()) : key.as_atom()->to_utf8(vm.heap());
    return vm.throw_reference_error(ErrorType::UninitializedBinding, { name });
}

// 10.4.6.1 [[GetPrototypeOf]] ( ): null.
ThrowCompletionOr<Object*> get_prototype_of(VM&, Object&) { return nullptr; }

// 10.4.6.2 [[SetPrototypeOf]] ( V ): SetImmutablePrototype, so only null succeeds.
ThrowCompletionOr<bool> set_prototype_of(VM&, Object&, Object* prototype) { return prototype == nullptr; }

// 10.4.6.3 [[IsExtensible]] ( ), 10.4.6.4 [[PreventExtensions]] ( )
ThrowCompletionOr<bool> is_extensible(VM&, Object&) { return false; }
ThrowCompletionOr<bool> prevent_extensions(VM&, Object&) { return true; }

// 10.4.6.8 [[Get]] ( P, Receiver )
ThrowCompletionOr<Value> get(VM& vm, Object& object, PropertyKey key, Value receiver)
{
    // 1. Symbols are ordinary properties.
    if (key.is_symbol())
        return ordinary_get(vm, object, key, receiver);
    // 3. Not an export: undefined.
    auto& namespace_object = as_namespace(object);
    auto index = namespace_object.find_export(key);
    if (!index)
        return Value::undefined();
    // 4-12. The binding's value; an uninitialised one is a ReferenceError.
    Value value = TRY(namespace_object.export_value(vm, *index));
    if (value.is_empty())
        return throw_uninitialized_export(vm, key);
    return value;
}

// 10.4.6.5 [[GetOwnProperty]] ( P )
ThrowCompletionOr<std::optional<PropertyDescriptor>> get_own_property(VM& vm, Object& object, PropertyKey key)
{
    if (key.is_symbol())
        return ordinary_get_own_property(object, key);
    if (!as_namespace(object).find_export(key))
        return std::optional<PropertyDescriptor> {};
    // 4-5. Writable and enumerable, not configurable.
    Value value = TRY(get(vm, object, key, Value::object(&object)));
    return std::optional<PropertyDescriptor> { PropertyDescriptor::data(value, true, true, false) };
}

// 10.4.6.6 [[DefineOwnProperty]] ( P, Desc )
ThrowCompletionOr<bool> define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    if (key.is_symbol())
        return ordinary_define_own_property(vm, object, key, descriptor);
    // 2-3. Only an export, described as it is.
    auto current = TRY(get_own_property(vm, object, key));
    if (!current)
        return false;
    // 4-7. It stays a non-configurable, enumerable, writable data property.
    if (descriptor.configurable == true || descriptor.enumerable == false || descriptor.is_accessor_descriptor()
        || descriptor.writable == false)
        return false;
    // 8-9. Its value can only be "redefined" to itself.
    if (descriptor.value)
        return same_value(vm.heap(), *descriptor.value, *current->value);
    return true;
}

// 10.4.6.7 [[HasProperty]] ( P )
ThrowCompletionOr<bool> has_property(VM& vm, Object& object, PropertyKey key)
{
    if (key.is_symbol())
        return ordinary_has_property(vm, object, key);
    return as_namespace(object).find_export(key).has_value();
}

// 10.4.6.9 [[Set]] ( P, V, Receiver ): always false.
ThrowCompletionOr<bool> set(VM&, Object&, PropertyKey, Value, Value) { return false; }

// 10.4.6.10 [[Delete]] ( P )
ThrowCompletionOr<bool> delete_(VM& vm, Object& object, PropertyKey key)
{
    if (key.is_symbol())
        return ordinary_delete(vm, object, key);
    return !as_namespace(object).find_export(key).has_value();
}

// 10.4.6.11 [[OwnPropertyKeys]] ( ): the exports, then the symbol keys.
ThrowCompletionOr<PropertyKeyList*> own_property_keys(VM& vm, Object& object)
{
    PropertyKeyList* exports = as_namespace(object).exports();
    PropertyKeyList* symbols = ordinary_own_property_keys(vm, object);
    PropertyKeyList* keys = PropertyKeyList::create(vm.heap(), exports->size() + symbols->size());
    for (uint32_t i = 0; i < exports->size(); ++i)
        keys->set(vm.heap(), i, exports->at(i));
    for (uint32_t i = 0; i < symbols->size(); ++i)
        keys->set(vm.heap(), exports->size() + i, symbols->at(i));
    return keys;
}

}

ObjectInternalMethods const kModuleNamespaceInternalMethods = {
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
    nullptr,
    nullptr,
};

}
