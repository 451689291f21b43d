#pragma once
// Bound function exotic objects (ECMA-262 10.4.1): what Function.prototype.bind returns. They
// wrap a target function, a this value and leading arguments; [[Call]] and (when the target is
// a constructor) [[Construct]] forward to the target. Two object kinds share this class:
// BoundFunction (no [[Construct]]) and BoundConstructor.

#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/object_internal_methods.h"
#include "runtime/value.h"

#include <span>

namespace sable::runtime {

class ValueArray;
class VM;

class BoundFunction final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::BoundFunction;

    // BoundFunctionCreate ( targetFunction, boundThis, boundArgs )
    static ThrowCompletionOr<BoundFunction*> create(VM&, Object& target, Value bound_this, std::span<Value const> bound_arguments);

    // [[BoundTargetFunction]], [[BoundThis]], [[BoundArguments]]
    Object* target() const { return m_target; }
    Value bound_this() const { return m_bound_this; }
    std::span<Value const> bound_arguments() const;

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    BoundFunction(Shape* shape, Object* target, Value bound_this, ValueArray* bound_arguments)
        : Object(kKind, sizeof(BoundFunction), shape, kDefaultInlineSlots)
        , m_target(target)
        , m_bound_this(bound_this)
        , m_bound_arguments(bound_arguments)
    {
    }

    Object* m_target;
    Value m_bound_this;
    ValueArray* m_bound_arguments;
};

// The bound function `object` is, or nullptr.
BoundFunction* as_bound_function(Object& object);

extern ObjectInternalMethods const kBoundFunctionInternalMethods;
extern ObjectInternalMethods const kBoundConstructorInternalMethods;

}
