#pragma once
// Accessor: the [[Get]] and [[Set]] attributes of an accessor property, in one cell, so that
// every own property takes exactly one slot (an object's slot, or an element's value) whatever
// its kind. The slot holds the cell as Value::internal_cell; the property's attributes (the
// Accessor bit) say how to read it. An Accessor is never changed once stored: redefining a
// getter or setter stores a new one.

#include "gc/cell.h"
#include "runtime/value.h"

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class Accessor final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::Accessor;

    // getter and setter: undefined or an object.
    static Accessor* create(gc::Heap&, Value getter, Value setter);
    // The Accessor a slot holds (the property's attributes say it is one).
    static Accessor* from_slot(Value slot)
    {
        return reinterpret_cast<Accessor*>(slot.as_internal_cell());
    }
    Value as_slot_value() { return Value::internal_cell(this); }

    Value getter() const { return m_getter; }
    Value setter() const { return m_setter; }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    Accessor(Value getter, Value setter)
        : gc::Cell(kKind)
        , m_getter(getter)
        , m_setter(setter)
    {
    }

    Value m_getter;
    Value m_setter;
};
static_assert(sizeof(Accessor) == 24);

}
