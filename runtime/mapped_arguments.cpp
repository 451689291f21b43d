#include "runtime/mapped_arguments.h"

#include "gc/heap.h"
#include "runtime/environment.h"
#include "runtime/ordinary_object.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime {

MappedArguments* MappedArguments::create(VM& vm, Object* prototype, DeclarativeEnvironment* environment, ValueArray* map)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::MappedArguments);
    return vm.heap().allocate_with_size<MappedArguments>(allocation_size(sizeof(MappedArguments), kDefaultInlineSlots), shape,
        environment, map);
}

std::optional<uint32_t> MappedArguments::mapped_slot(PropertyKey key) const
{
    if (!key.is_index() || key.as_index() >= m_map->size())
        return std::nullopt;
    Value slot = m_map->at(key.as_index());
    if (slot.is_empty())
        return std::nullopt;
    return uint32_t(slot.as_int32());
}

Value MappedArguments::mapped_value(uint32_t slot) const { return m_environment->slot(slot); }

void MappedArguments::set_mapped_value(gc::Heap& heap, uint32_t slot, Value value) { m_environment->set_slot(heap, slot, value); }

void MappedArguments::unmap(PropertyKey key) { m_map->set_non_cell(key.as_index(), Value::empty()); }

void MappedArguments::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* arguments = static_cast<MappedArguments*>(cell);
    visitor.visit(arguments->m_environment);
    visitor.visit(arguments->m_map);
    Object::visit_children(cell, visitor);
}

namespace {

MappedArguments& as_arguments(Object& object) { return static_cast<MappedArguments&>(object); }

// 10.4.4.1 [[GetOwnProperty]] ( P )
ThrowCompletionOr<std::optional<PropertyDescriptor>> get_own_property(VM&, Object& object, PropertyKey key)
{
    // 1-3. The ordinary property, if any.
    auto descriptor = ordinary_get_own_property(object, key);
    if (!descriptor)
        return descriptor;
    // 4-5. A mapped index reads the parameter.
    if (auto slot = as_arguments(object).mapped_slot(key))
        descriptor->value = as_arguments(object).mapped_value(*slot);
    return descriptor;
}

// 10.4.4.2 [[DefineOwnProperty]] ( P, Desc )
ThrowCompletionOr<bool> define_own_property(VM& vm, Object& object, PropertyKey key, PropertyDescriptor const& descriptor)
{
    auto& arguments = as_arguments(object);
    auto slot = arguments.mapped_slot(key);
    // 3-4. Making a mapped index non-writable without a value keeps the parameter's value.
    PropertyDescriptor new_descriptor = descriptor;
    if (slot && descriptor.is_data_descriptor() && !descriptor.value && descriptor.writable == false)
        new_descriptor.value = arguments.mapped_value(*slot);
    // 5-6.
    if (!TRY(ordinary_define_own_property(vm, object, key, new_descriptor)))
        return false;
    // 7. An accessor unmaps; a value is written through; non-writable unmaps.
    if (slot) {
        if (descriptor.is_accessor_descriptor()) {
            arguments.unmap(key);
        } else {
            if (descriptor.value)
                arguments.set_mapped_value(vm.heap(), *slot, *descriptor.value);
            if (descriptor.writable == false)
                arguments.unmap(key);
        }
    }
    return true;
}

// 10.4.4.3 [[Get]] ( P, Receiver )
ThrowCompletionOr<Value> get(VM& vm, Object& object, PropertyKey key, Value receiver)
{
    if (auto slot = as_arguments(object).mapped_slot(key))
        return as_arguments(object).mapped_value(*slot);
    return ordinary_get(vm, object, key, receiver);
}

// 10.4.4.4 [[Set]] ( P, V, Receiver )
ThrowCompletionOr<bool> set(VM& vm, Object& object, PropertyKey key, Value value, Value receiver)
{
    // 1-2. Only a set on the arguments object itself writes through.
    if (receiver.is_object() && receiver.as_object() == &object) {
        if (auto slot = as_arguments(object).mapped_slot(key))
            as_arguments(object).set_mapped_value(vm.heap(), *slot, value);
    }
    // 4. Return ? OrdinarySet(args, P, V, Receiver).
    return ordinary_set(vm, object, key, value, receiver);
}

// 10.4.4.5 [[Delete]] ( P )
ThrowCompletionOr<bool> delete_(VM& vm, Object& object, PropertyKey key)
{
    bool mapped = as_arguments(object).mapped_slot(key).has_value();
    bool result = TRY(ordinary_delete(vm, object, key));
    if (result && mapped)
        as_arguments(object).unmap(key);
    return result;
}

}

ObjectInternalMethods const kMappedArgumentsInternalMethods = {
    ordinary_internal_methods::get_prototype_of,
    ordinary_internal_methods::set_prototype_of,
    ordinary_internal_methods::is_extensible,
    ordinary_internal_methods::prevent_extensions,
    get_own_property,
    define_own_property,
    ordinary_internal_methods::has_property,
    get,
    set,
    delete_,
    ordinary_internal_methods::own_property_keys,
    nullptr,
    nullptr,
};

}
