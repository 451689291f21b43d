#pragma once
// DisposableStack and AsyncDisposableStack instances (ECMA-262 27.3, 27.4; ObjectKind
// DisposableStack or AsyncDisposableStack): [[DisposeCapability]], a DisposeCapability
// (runtime/disposable_resources.h), and [[DisposableState]] / [[AsyncDisposableState]], pending or
// disposed. A disposed stack has no capability.

#include "runtime/object.h"

namespace sable::runtime {

class ValueArray;
class VM;

class DisposableStackObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::DisposableStackObject;

    // A pending stack of `kind` with `capability` ([[DisposableState]] pending).
    static DisposableStackObject* create(VM&, ObjectKind, Object* prototype, ValueArray* capability);

    bool is_disposed() const { return !m_capability; }
    ValueArray* capability() const { return m_capability; }
    // Replaces the capability (AddDisposableResource may move it); null marks the stack disposed.
    void set_capability(gc::Heap&, ValueArray*);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    explicit DisposableStackObject(Shape* shape, ValueArray* capability)
        : Object(kKind, sizeof(DisposableStackObject), shape, kDefaultInlineSlots)
        , m_capability(capability)
    {
    }

    ValueArray* m_capability;
};

// The stack of `kind` (DisposableStack or AsyncDisposableStack) `value` is, or nullptr.
DisposableStackObject* as_disposable_stack(Value, ObjectKind);

}
