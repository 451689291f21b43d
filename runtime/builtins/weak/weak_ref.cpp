#include "runtime/builtins/weak/weak_ref.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/weak/weak_collection.h"
#include "runtime/error_types.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>

namespace sable::runtime {

namespace {

bool is_dead(gc::Heap& heap, Value value) { return value.is_cell() && !heap.is_marked(reinterpret_cast<gc::Cell const*>(value.as_cell())); }

}

WeakRefObject* WeakRefObject::create(VM& vm, Object* prototype, Value target)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::WeakRef);
    auto* weak_ref = vm.heap().allocate_with_size<WeakRefObject>(allocation_size(sizeof(WeakRefObject), kDefaultInlineSlots), shape, target);
    vm.weak_collections().add_weak_ref(weak_ref);
    return weak_ref;
}

void WeakRefObject::clear_dead_target(gc::Heap& heap)
{
    if (is_dead(heap, m_target))
        m_target = Value::undefined();
}

void WeakRefObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    // The target is weak: not visited.
    Object::visit_children(cell, visitor);
}

FinalizationRegistryObject* FinalizationRegistryObject::create(VM& vm, Object* prototype, Value cleanup_callback)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::FinalizationRegistry);
    auto* registry = vm.heap().allocate_with_size<FinalizationRegistryObject>(
        allocation_size(sizeof(FinalizationRegistryObject), kDefaultInlineSlots), shape, cleanup_callback);
    vm.weak_collections().add_finalization_registry(registry);
    return registry;
}

void FinalizationRegistryObject::add(gc::Heap& heap, Value target, Value held, Value token)
{
    if (!m_records)
        m_records = new std::vector<Record>();
    m_records->push_back({ target, held, token });
    // The held value is traced through this cell.
    heap.write_barrier_value(this, held.bits());
}

bool FinalizationRegistryObject::remove(Value token)
{
    if (!m_records)
        return false;
    return std::erase_if(*m_records, [&](Record const& record) { return record.token == token; }) > 0;
}

bool FinalizationRegistryObject::collect_dead_targets(gc::Heap& heap)
{
    if (!m_records)
        return false;
    for (Record& record : *m_records) {
        if (is_dead(heap, record.token))
            record.token = Value::empty();
    }
    bool found = false;
    std::erase_if(*m_records, [&](Record const& record) {
        if (!is_dead(heap, record.target))
            return false;
        if (!m_pending)
            m_pending = new std::vector<Value>();
        m_pending->push_back(record.held);
        found = true;
        return true;
    });
    if (!found || m_cleanup_scheduled)
        return false;
    m_cleanup_scheduled = true;
    return true;
}

ValueArray* FinalizationRegistryObject::take_pending(gc::Heap& heap)
{
    m_cleanup_scheduled = false;
    uint32_t count = m_pending ? uint32_t(m_pending->size()) : 0;
    // Allocated while the values are still traced through this registry.
    ValueArray* held_values = ValueArray::create(heap, count, Value::undefined());
    for (uint32_t i = 0; i < count; ++i)
        held_values->set(heap, i, (*m_pending)[i]);
    held_values->set_size(count);
    if (m_pending)
        m_pending->clear();
    return held_values;
}

void FinalizationRegistryObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* registry = static_cast<FinalizationRegistryObject*>(cell);
    visitor.visit_value_bits(registry->m_cleanup_callback.bits());
    // Held values are strong; targets and tokens are weak.
    if (registry->m_records) {
        for (Record const& record : *registry->m_records)
            visitor.visit_value_bits(record.held.bits());
    }
    if (registry->m_pending) {
        for (Value held : *registry->m_pending)
            visitor.visit_value_bits(held.bits());
    }
    Object::visit_children(cell, visitor);
}

void FinalizationRegistryObject::finalize(gc::Cell* cell)
{
    auto* registry = static_cast<FinalizationRegistryObject*>(cell);
    delete registry->m_records;
    delete registry->m_pending;
    registry->m_records = nullptr;
    registry->m_pending = nullptr;
}

// CleanupFinalizationRegistry ( finalizationRegistry ) — https://tc39.es/ecma262/#sec-cleanup-finalization-registry
ThrowCompletionOr<void> cleanup_finalization_registry(VM& vm, Value registry_value, Value, Value)
{
    auto* registry = static_cast<FinalizationRegistryObject*>(registry_value.as_object());
    // 3-4. For each cell whose target is empty: remove it, then Call(callback, undefined, « held »).
    ValueArray* held_values = registry->take_pending(vm.heap());
    for (uint32_t i = 0; i < held_values->size(); ++i) {
        Value argument[] = { held_values->at(i) };
        TRY(call(vm, registry->cleanup_callback(), Value::undefined(), argument));
    }
    return {};
}

}

namespace sable::runtime::builtins::weak_ref_constructor {

// WeakRef ( target ) — https://tc39.es/ecma262/#sec-weak-ref-target
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "WeakRef" });
    // 2. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    Value target = arguments.at(0);
    if (!can_be_held_weakly(target))
        return vm.throw_type_error(vm.current_realm(), "WeakRef: invalid target");
    // 3. Let weakRef be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakRef.prototype%", ...).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::weak_ref_prototype));
    // 4. Perform AddToKeptObjects(target). 5. Set weakRef.[[WeakRefTarget]] to target.
    vm.keep_during_job(target);
    return Value::object(WeakRefObject::create(vm, prototype, target));
}

}

namespace sable::runtime::builtins::weak_ref_prototype {

// WeakRef.prototype.deref ( ) — https://tc39.es/ecma262/#sec-weak-ref.prototype.deref
ThrowCompletionOr<Value> deref(VM& vm, Arguments const& arguments)
{
    // 1-2. Let weakRef be the this value; RequireInternalSlot(weakRef, [[WeakRefTarget]]).
    Value this_value = arguments.this_value;
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::WeakRef)
        return vm.throw_type_error(ErrorType::NotA, { "WeakRef.prototype.deref", "WeakRef" });
    // 3. Return WeakRefDeref(weakRef): the target (kept alive for the job), or undefined.
    Value target = static_cast<WeakRefObject*>(this_value.as_object())->target();
    if (!target.is_undefined())
        vm.keep_during_job(target);
    return target;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/weak/weak_ref_prototype.def"
    // 26.1.3.4 WeakRef.prototype [ %Symbol.toStringTag% ]: "WeakRef".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("WeakRef")), kConfigurableOnly)));
}

}

namespace sable::runtime::builtins::finalization_registry_constructor {

// FinalizationRegistry ( cleanupCallback ) — https://tc39.es/ecma262/#sec-finalization-registry-cleanup-callback
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "FinalizationRegistry" });
    // 2. If IsCallable(cleanupCallback) is false, throw a TypeError exception.
    Value callback = arguments.at(0);
    if (!is_callable(callback))
        return vm.throw_type_error(vm.current_realm(), "FinalizationRegistry: cleanup must be callable");
    // 3-8.
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::finalization_registry_prototype));
    return Value::object(FinalizationRegistryObject::create(vm, prototype, callback));
}

}

namespace sable::runtime::builtins::finalization_registry_prototype {

namespace {

ThrowCompletionOr<FinalizationRegistryObject*> this_registry(VM& vm, Value value, std::string_view method)
{
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::FinalizationRegistry)
        return vm.throw_type_error(ErrorType::NotA, { method, "FinalizationRegistry" });
    return static_cast<FinalizationRegistryObject*>(value.as_object());
}

}

// FinalizationRegistry.prototype.register ( target, heldValue [ , unregisterToken ] ) —
// https://tc39.es/ecma262/#sec-finalization-registry.prototype.register
ThrowCompletionOr<Value> register_(VM& vm, Arguments const& arguments)
{
    FinalizationRegistryObject* registry = TRY(this_registry(vm, arguments.this_value, "FinalizationRegistry.prototype.register"));
    Value target = arguments.at(0);
    Value held = arguments.at(1);
    Value token = arguments.at(2);
    // 3. If CanBeHeldWeakly(target) is false, throw a TypeError exception.
    if (!can_be_held_weakly(target))
        return vm.throw_type_error(vm.current_realm(), "FinalizationRegistry.prototype.register: invalid target");
    // 4. If SameValue(target, heldValue) is true, throw a TypeError exception.
    if (same_value(vm.heap(), target, held))
        return vm.throw_type_error(vm.current_realm(), "FinalizationRegistry.prototype.register: target and holdings must not be same");
    // 5. The token must be held weakly, or be undefined (empty).
    if (!can_be_held_weakly(token)) {
        if (!token.is_undefined())
            return vm.throw_type_error(vm.current_realm(), "FinalizationRegistry.prototype.register: invalid unregister token");
        token = Value::empty();
    }
    // 6-8.
    registry->add(vm.heap(), target, held, token);
    return Value::undefined();
}

// FinalizationRegistry.prototype.unregister ( unregisterToken ) —
// https://tc39.es/ecma262/#sec-finalization-registry.prototype.unregister
ThrowCompletionOr<Value> unregister(VM& vm, Arguments const& arguments)
{
    FinalizationRegistryObject* registry = TRY(this_registry(vm, arguments.this_value, "FinalizationRegistry.prototype.unregister"));
    // 3. If CanBeHeldWeakly(unregisterToken) is false, throw a TypeError exception.
    if (!can_be_held_weakly(arguments.at(0)))
        return vm.throw_type_error(vm.current_realm(), "FinalizationRegistry.prototype.unregister: invalid unregister token");
    // 4-6.
    return Value::boolean(registry->remove(arguments.at(0)));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/weak/finalization_registry_prototype.def"
    // 26.2.3.4 FinalizationRegistry.prototype [ %Symbol.toStringTag% ].
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("FinalizationRegistry")), kConfigurableOnly)));
}

}
