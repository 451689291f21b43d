#include "runtime/builtins/disposable_stack/disposable_stack_object.h"

#include "gc/heap.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime {

DisposableStackObject* DisposableStackObject::create(VM& vm, ObjectKind kind, Object* prototype, ValueArray* capability)
{
    Shape* shape = vm.shapes().root(prototype, kind);
    return vm.heap().allocate_with_size<DisposableStackObject>(allocation_size(sizeof(DisposableStackObject), kDefaultInlineSlots), shape, capability);
}

void DisposableStackObject::set_capability(gc::Heap& heap, ValueArray* capability)
{
    m_capability = capability;
    if (capability)
        heap.write_barrier(this, capability);
}

DisposableStackObject* as_disposable_stack(Value value, ObjectKind kind)
{
    if (!value.is_object() || value.as_object()->kind() != kind)
        return nullptr;
    return static_cast<DisposableStackObject*>(value.as_object());
}

void DisposableStackObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* stack = static_cast<DisposableStackObject*>(cell);
    visitor.visit(stack->m_capability);
    Object::visit_children(cell, visitor);
}

}
