#include "runtime/bound_function.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

// The bound arguments followed by the call's arguments, in a cell the stack scan keeps alive.
ValueArray* concatenate_arguments(VM& vm, BoundFunction& function, std::span<Value const> arguments)
{
    std::span<Value const> bound = function.bound_arguments();
    auto size = uint32_t(bound.size() + arguments.size());
    ValueArray* all = ValueArray::create(vm.heap(), size ? size : 1, Value::undefined());
    for (uint32_t i = 0; i < bound.size(); ++i)
        all->set(vm.heap(), i, bound[i]);
    for (uint32_t i = 0; i < arguments.size(); ++i)
        all->set(vm.heap(), uint32_t(bound.size()) + i, arguments[i]);
    all->set_size(size);
    return all;
}

// [[Call]] ( thisArgument, argumentsList ) — https://tc39.es/ecma262/#sec-bound-function-exotic-objects-call-thisargument-argumentslist
ThrowCompletionOr<Value> bound_call(VM& vm, Object& object, Value, std::span<Value const> arguments)
{
    auto& function = static_cast<BoundFunction&>(object);
    // 1. Let target be F.[[BoundTargetFunction]].
    // 2. Let boundThis be F.[[BoundThis]].
    // 3. Let boundArgs be F.[[BoundArguments]].
    // 4. Let args be the list-concatenation of boundArgs and argumentsList.
    // Fast path: nothing bound, no copy.
    if (function.bound_arguments().empty())
        return call(vm, Value::object(function.target()), function.bound_this(), arguments);
    ValueArray* all = concatenate_arguments(vm, function, arguments);
    // 5. Return ? Call(target, boundThis, args).
    return call(vm, Value::object(function.target()), function.bound_this(), all->used());
}

// [[Construct]] ( argumentsList, newTarget ) — https://tc39.es/ecma262/#sec-bound-function-exotic-objects-construct-argumentslist-newtarget
ThrowCompletionOr<Object*> bound_construct(VM& vm, Object& object, std::span<Value const> arguments, Object* new_target)
{
    auto& function = static_cast<BoundFunction&>(object);
    // 1. Let target be F.[[BoundTargetFunction]].
    Object* target = function.target();
    // 2. Assert: IsConstructor(target) is true.
    // 3. Let boundArgs be F.[[BoundArguments]].
    // 4. Let args be the list-concatenation of boundArgs and argumentsList.
    ValueArray* all = concatenate_arguments(vm, function, arguments);
    // 5. If SameValue(F, newTarget) is true, set newTarget to target.
    if (new_target == &object)
        new_target = target;
    // 6. Return ? Construct(target, args, newTarget).
    return construct(vm, *target, all->used(), new_target);
}

constexpr ObjectInternalMethods with_call(ObjectInternalMethods methods, bool constructor)
{
    methods.call = bound_call;
    if (constructor)
        methods.construct = bound_construct;
    return methods;
}

}

ObjectInternalMethods const kBoundFunctionInternalMethods = with_call(kOrdinaryInternalMethods, false);
ObjectInternalMethods const kBoundConstructorInternalMethods = with_call(kOrdinaryInternalMethods, true);

// BoundFunctionCreate ( targetFunction, boundThis, boundArgs ) — https://tc39.es/ecma262/#sec-boundfunctioncreate
ThrowCompletionOr<BoundFunction*> BoundFunction::create(VM& vm, Object& target, Value bound_this,
    std::span<Value const> bound_arguments)
{
    // 1. Let proto be ? targetFunction.[[GetPrototypeOf]]().
    Object* prototype = TRY(target.internal_get_prototype_of(vm));
    // 2-5. internalSlotsList; obj with the bound function internal methods; [[Construct]] only
    //      when targetFunction has one.
    ObjectKind kind = target.is_constructor() ? ObjectKind::BoundConstructor : ObjectKind::BoundFunction;
    // 6-9. [[Prototype]] proto, [[BoundTargetFunction]], [[BoundThis]], [[BoundArguments]].
    ValueArray* arguments = nullptr;
    if (!bound_arguments.empty()) {
        arguments = ValueArray::create(vm.heap(), uint32_t(bound_arguments.size()), Value::undefined());
        for (uint32_t i = 0; i < bound_arguments.size(); ++i)
            arguments->set(vm.heap(), i, bound_arguments[i]);
        arguments->set_size(uint32_t(bound_arguments.size()));
    }
    Shape* shape = vm.shapes().root(prototype, kind);
    // 10. Return obj.
    return vm.heap().allocate_with_size<BoundFunction>(allocation_size(sizeof(BoundFunction), kDefaultInlineSlots),
        shape, &target, bound_this, arguments);
}

std::span<Value const> BoundFunction::bound_arguments() const
{
    if (!m_bound_arguments)
        return {};
    return m_bound_arguments->used();
}

BoundFunction* as_bound_function(Object& object)
{
    if (object.kind() == ObjectKind::BoundFunction || object.kind() == ObjectKind::BoundConstructor)
        return static_cast<BoundFunction*>(&object);
    return nullptr;
}

void BoundFunction::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* function = static_cast<BoundFunction*>(cell);
    visitor.visit(function->m_target);
    visitor.visit_value_bits(function->m_bound_this.bits());
    visitor.visit(function->m_bound_arguments);
    Object::visit_children(cell, visitor);
}

}
