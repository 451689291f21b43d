#include "runtime/builtin_iterator.h"

#include "gc/heap.h"
#include "runtime/vm.h"

namespace sable::runtime {

BuiltinIterator* BuiltinIterator::create(VM& vm, ObjectKind kind, Object* prototype, Value iterated, IterationKind iteration_kind)
{
    Shape* shape = vm.shapes().root(prototype, kind);
    return vm.heap().allocate_with_size<BuiltinIterator>(allocation_size(sizeof(BuiltinIterator), kDefaultInlineSlots),
        shape, iterated, iteration_kind);
}

void BuiltinIterator::set_iterated(gc::Heap& heap, Value iterated)
{
    m_iterated = iterated;
    heap.write_barrier_value(this, iterated.bits());
}

void BuiltinIterator::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    visitor.visit_value_bits(static_cast<BuiltinIterator*>(cell)->m_iterated.bits());
    Object::visit_children(cell, visitor);
}

}
