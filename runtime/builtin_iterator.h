#pragma once
// The iterator objects built-ins make: Array Iterators (23.1.5) and String Iterators (22.1.5).
// The spec describes them as closures over an abstract generator; here each is an object with
// the iterated value, the next index and the kind, advanced by its prototype's next().

#include "runtime/object.h"
#include "runtime/value.h"

#include <cstdint>

namespace sable::runtime {

class VM;

enum class IterationKind : uint8_t { Key, Value, KeyValue };

class BuiltinIterator final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::BuiltinIterator;

    // `kind` is ObjectKind::ArrayIterator or ObjectKind::StringIterator.
    static BuiltinIterator* create(VM&, ObjectKind kind, Object* prototype, Value iterated, IterationKind);

    // The iterated object or string; undefined once exhausted.
    Value iterated() const { return m_iterated; }
    void set_iterated(gc::Heap&, Value);
    uint64_t index() const { return m_index; }
    void set_index(uint64_t index) { m_index = index; }
    IterationKind iteration_kind() const { return m_iteration_kind; }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    BuiltinIterator(Shape* shape, Value iterated, IterationKind kind)
        : Object(kKind, sizeof(BuiltinIterator), shape, kDefaultInlineSlots)
        , m_iterated(iterated)
        , m_iteration_kind(kind)
    {
    }

    Value m_iterated;
    uint64_t m_index { 0 };
    IterationKind m_iteration_kind;
    uint8_t m_padding[7] {};
};

}
