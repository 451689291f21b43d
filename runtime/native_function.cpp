#include "runtime/native_function.h"

#include "gc/heap.h"
#include "runtime/atom_table.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

// Runs the behaviour in the function's realm (10.3.1 [[Call]] steps 4-10: the callee context's
// Realm is F.[[Realm]]).
ThrowCompletionOr<Value> run_in_realm(VM& vm, NativeFunction& function, Arguments const& arguments)
{
    Realm* caller_realm = &vm.current_realm();
    vm.set_current_realm(&function.realm());
    auto result = function.function()(vm, arguments);
    vm.set_current_realm(caller_realm);
    return result;
}

// [[Call]] ( thisArgument, argumentsList ) — https://tc39.es/ecma262/#sec-built-in-function-objects-call-thisargument-argumentslist
ThrowCompletionOr<Value> native_call(VM& vm, Object& object, Value this_argument, std::span<Value const> values)
{
    auto& function = static_cast<NativeFunction&>(object);
    return run_in_realm(vm, function, Arguments { this_argument, values, nullptr, &function });
}

// [[Construct]] ( argumentsList, newTarget ) — https://tc39.es/ecma262/#sec-built-in-function-objects-construct-argumentslist-newtarget
ThrowCompletionOr<Object*> native_construct(VM& vm, Object& object, std::span<Value const> values, Object* new_target)
{
    auto& function = static_cast<NativeFunction&>(object);
    Value result = TRY(run_in_realm(vm, function, Arguments { Value::undefined(), values, new_target, &function }));
    // A built-in constructor's behaviour returns the object it created.
    return result.as_object();
}

constexpr ObjectInternalMethods with_call(ObjectInternalMethods methods, bool constructor)
{
    methods.call = native_call;
    if (constructor)
        methods.construct = native_construct;
    return methods;
}

}

ObjectInternalMethods const kNativeFunctionInternalMethods = with_call(kOrdinaryInternalMethods, false);
ObjectInternalMethods const kNativeConstructorInternalMethods = with_call(kOrdinaryInternalMethods, true);

NativeFunction* NativeFunction::create_without_properties(VM& vm, Realm& realm, NativeFunctionPointer behaviour,
    Constructor constructor, Object* prototype)
{
    ObjectKind kind = constructor == Constructor::Yes ? ObjectKind::NativeConstructor : ObjectKind::NativeFunction;
    Shape* shape = vm.shapes().root(prototype, kind);
    return vm.heap().allocate_with_size<NativeFunction>(allocation_size(sizeof(NativeFunction), kDefaultInlineSlots),
        shape, behaviour, &realm);
}

NativeFunction* NativeFunction::create_is_html_dda(VM& vm, Realm& realm, NativeFunctionPointer behaviour)
{
    Shape* shape = vm.shapes().root(realm.function_prototype(), ObjectKind::IsHTMLDDA);
    return vm.heap().allocate_with_size<NativeFunction>(allocation_size(sizeof(NativeFunction), kDefaultInlineSlots),
        shape, behaviour, &realm);
}

// CreateBuiltinFunction — https://tc39.es/ecma262/#sec-createbuiltinfunction
NativeFunction* NativeFunction::create(VM& vm, Realm& realm, NativeFunctionPointer behaviour, String* name,
    uint32_t length, Constructor constructor, Object* prototype)
{
    // 3. prototype defaults to realm.[[Intrinsics]].[[%Function.prototype%]].
    if (!prototype)
        prototype = realm.function_prototype();
    NativeFunction* function = create_without_properties(vm, realm, behaviour, constructor, prototype);
    // 10. SetFunctionLength ( F, length ); 12. SetFunctionName ( F, name ).
    AtomTable& atoms = vm.atoms();
    MUST(define_property_or_throw(vm, *function, PropertyKey::from_atom(atoms.length),
        PropertyDescriptor::data(Value::int32(int32_t(length)), false, false, true)));
    MUST(define_property_or_throw(vm, *function, PropertyKey::from_atom(atoms.name),
        PropertyDescriptor::data(Value::string(name ? name : atoms.empty), false, false, true)));
    return function;
}

void NativeFunction::set_data(gc::Heap& heap, Value data)
{
    m_data = data;
    heap.write_barrier_value(this, data.bits());
}

void NativeFunction::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* function = static_cast<NativeFunction*>(cell);
    visitor.visit(function->m_realm);
    visitor.visit_value_bits(function->m_data.bits());
    Object::visit_children(cell, visitor);
}

}
