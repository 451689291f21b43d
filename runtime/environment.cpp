#include "runtime/environment.h"

#include "gc/heap.h"
#include "runtime/object.h"
#include "runtime/scope_descriptor.h"
#include "runtime/vm.h"

namespace sable::runtime {

DeclarativeEnvironment::DeclarativeEnvironment(ScopeDescriptor* scope, Environment* parent, uint32_t slot_count)
    : Environment(kKind, parent)
    , m_scope(scope)
{
    m_cell_data = slot_count;
    for (uint32_t slot = 0; slot < slot_count; ++slot) {
        bool lexical = scope && (scope->binding(slot).flags & ScopeDescriptor::kLexical);
        slots()[slot] = lexical ? Value::empty() : Value::undefined();
    }
}

DeclarativeEnvironment* DeclarativeEnvironment::create(gc::Heap& heap, ScopeDescriptor* scope, Environment* parent)
{
    uint32_t slot_count = scope ? scope->slot_count() : 0;
    return heap.allocate_with_size<DeclarativeEnvironment>(sizeof(DeclarativeEnvironment) + slot_count * sizeof(Value),
        scope, parent, slot_count);
}

DeclarativeEnvironment* DeclarativeEnvironment::copy(gc::Heap& heap, DeclarativeEnvironment const& original)
{
    DeclarativeEnvironment* copy = create(heap, original.m_scope, original.m_parent);
    for (uint32_t slot = 0, count = original.slot_count(); slot < count; ++slot)
        copy->slots()[slot] = original.slots()[slot];
    copy->m_extension = original.m_extension;
    return copy;
}

void DeclarativeEnvironment::set_slot(gc::Heap& heap, uint32_t index, Value value)
{
    slots()[index] = value;
    heap.write_barrier_value(this, value.bits());
}

Object* DeclarativeEnvironment::ensure_extension(VM& vm)
{
    if (!m_extension) {
        m_extension = Object::create(vm, nullptr);
        vm.heap().write_barrier(this, m_extension);
    }
    return m_extension;
}

void DeclarativeEnvironment::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* environment = static_cast<DeclarativeEnvironment*>(cell);
    visitor.visit(environment->m_parent);
    visitor.visit(environment->m_scope);
    visitor.visit(environment->m_extension);
    for (uint32_t slot = 0, count = environment->slot_count(); slot < count; ++slot)
        visitor.visit_value_bits(environment->slots()[slot].bits());
}

ObjectEnvironment* ObjectEnvironment::create(gc::Heap& heap, Object* binding_object, bool is_with_environment, Environment* parent)
{
    return heap.allocate<ObjectEnvironment>(binding_object, is_with_environment, parent);
}

void ObjectEnvironment::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* environment = static_cast<ObjectEnvironment*>(cell);
    visitor.visit(environment->m_parent);
    visitor.visit(environment->m_binding_object);
}

GlobalEnvironment* GlobalEnvironment::create(VM& vm, Object* global_object, Object* global_this)
{
    Object* lexical_bindings = Object::create(vm, nullptr);
    return vm.heap().allocate<GlobalEnvironment>(global_object, global_this, lexical_bindings);
}

void GlobalEnvironment::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* environment = static_cast<GlobalEnvironment*>(cell);
    visitor.visit(environment->m_global_object);
    visitor.visit(environment->m_global_this);
    visitor.visit(environment->m_lexical_bindings);
}

}
