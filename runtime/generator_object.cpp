#include "runtime/generator_object.h"

#include "gc/heap.h"
#include "interpreter/suspended_frame.h"
#include "runtime/shape_transitions.h"
#include "runtime/vm.h"

namespace sable::runtime {

GeneratorObject* GeneratorObject::create(VM& vm, Object* prototype, interpreter::SuspendedFrame* frame, uint32_t generator_register)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::Generator);
    return vm.heap().allocate_with_size<GeneratorObject>(allocation_size(sizeof(GeneratorObject), kDefaultInlineSlots), shape,
        frame, generator_register);
}

void GeneratorObject::set_frame(gc::Heap& heap, interpreter::SuspendedFrame* frame)
{
    m_frame = frame;
    heap.write_barrier(this, frame);
}

void GeneratorObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* generator = static_cast<GeneratorObject*>(cell);
    visitor.visit(generator->m_frame);
    Object::visit_children(cell, visitor);
}

}
