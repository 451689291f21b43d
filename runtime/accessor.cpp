#include "runtime/accessor.h"

#include "gc/heap.h"

#include <cassert>

namespace sable::runtime {

Accessor* Accessor::create(gc::Heap& heap, Value getter, Value setter)
{
    assert(getter.is_undefined() || getter.is_object());
    assert(setter.is_undefined() || setter.is_object());
    return heap.allocate<Accessor>(getter, setter);
}

void Accessor::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* accessor = static_cast<Accessor*>(cell);
    visitor.visit_value_bits(accessor->m_getter.bits());
    visitor.visit_value_bits(accessor->m_setter.bits());
}

}
