#include "runtime/realm.h"

#include "gc/heap.h"
#include "interpreter/eval.h"
#include "runtime/array.h"
#include "runtime/builtins/builtins.h"
#include "runtime/contextified_global.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/shape_transitions.h"
#include "runtime/native_function.h"
#include "runtime/atom_table.h"
#include "runtime/environment.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cassert>

namespace sable::runtime {

namespace {

constexpr std::string_view kErrorKindNames[] = {
#define ERROR_PROTOTYPE(error_kind, member, prototype) #error_kind,
#include "runtime/intrinsics.def"
};

// %Function.prototype%'s behaviour (20.2.3): accepts any arguments and returns undefined.
ThrowCompletionOr<Value> function_prototype_behaviour(VM&, Arguments const&)
{
    return Value::undefined();
}

Object* create_intrinsic(VM& vm, Realm& realm, ObjectKind kind, Object* prototype)
{
    if (kind == ObjectKind::NativeFunction) {
        // 20.2.3: %Function.prototype% is itself a built-in function object.
        return NativeFunction::create_without_properties(vm, realm, function_prototype_behaviour,
            NativeFunction::Constructor::No, prototype);
    }
    if (kind == ObjectKind::Array) {
        // 23.1.3: the Array prototype object is an Array exotic object (of length 0, which
        // ArrayCreate cannot reject).
        return MUST(array_create(vm, 0, prototype));
    }
    // 20.3.3, 21.1.3, 22.1.3: the Boolean, Number and String prototype objects are themselves
    // wrappers of false, +0 and "".
    if (kind == ObjectKind::BooleanObject)
        return PrimitiveWrapper::create(vm, kind, Value::boolean(false), prototype);
    if (kind == ObjectKind::NumberObject)
        return PrimitiveWrapper::create(vm, kind, Value::int32(0), prototype);
    if (kind == ObjectKind::StringObject)
        return string_create(vm, vm.atoms().empty, prototype);
    return Object::create_with_kind(vm, kind, prototype);
}

// A built-in data property: { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: true }
// (ECMA-262 clause 18, "ECMAScript Standard Built-in Objects").
void define_builtin_data_property(VM& vm, Object& object, String* atom, Value value)
{
    MUST(define_property_or_throw(vm, object, PropertyKey::from_atom(atom), PropertyDescriptor::data(value, true, false, true)));
}

// The "prototype" of a built-in constructor is { [[Writable]]: false, [[Enumerable]]: false,
// [[Configurable]]: false }; the prototype's "constructor" is a built-in data property.
void link_constructor_and_prototype(VM& vm, Object& constructor, Object& prototype)
{
    MUST(define_property_or_throw(vm, constructor, PropertyKey::from_atom(vm.atoms().prototype),
        PropertyDescriptor::data(Value::object(&prototype), false, false, false)));
    define_builtin_data_property(vm, prototype, vm.atoms().constructor, Value::object(&constructor));
}

}

std::string_view error_kind_name(ErrorKind kind)
{
    assert(kind < ErrorKind::Count);
    return kErrorKindNames[size_t(kind)];
}

Realm* Realm::create(VM& vm, GlobalObjectKind global_object_kind)
{
    gc::Heap& heap = vm.heap();
    // Held in a local from here on, so the stack scan keeps the realm alive while it fills up.
    Realm* realm = heap.allocate<Realm>();
    if (!vm.has_current_realm())
        vm.set_current_realm(realm);

    // CreateIntrinsics: every intrinsic, in intrinsics.def order.
#define INTRINSIC(member, name, prototype, kind)                                                    \
    {                                                                                               \
        Object* intrinsic = create_intrinsic(vm, *realm, ObjectKind::kind, realm->m_##prototype);          \
        realm->m_##member = intrinsic;                                                              \
        heap.write_barrier(realm, intrinsic);                                                       \
    }
#include "runtime/intrinsics.def"

    // Then the constructors and the other function intrinsics (CreateBuiltinFunction), linked to
    // their prototype objects (e.g. 20.1.2.20 Object.prototype, 20.1.3.1
    // Object.prototype.constructor).
#define CONSTRUCTOR(member, name, js_name, length, instance_prototype, prototype, behaviour)                  \
    {                                                                                                      \
        Object* constructor = NativeFunction::create(vm, *realm, behaviour, vm.atoms().intern_latin1(js_name), \
            length, NativeFunction::Constructor::Yes, realm->m_##prototype);                               \
        realm->m_##member = constructor;                                                                   \
        heap.write_barrier(realm, constructor);                                                            \
        if (Object* instance_prototype_object = realm->m_##instance_prototype)                             \
            link_constructor_and_prototype(vm, *constructor, *instance_prototype_object);                  \
    }
#define FUNCTION(member, name, js_name, length, behaviour)                                                    \
    {                                                                                                      \
        Object* function = NativeFunction::create(vm, *realm, behaviour, vm.atoms().intern_latin1(js_name),    \
            length, NativeFunction::Constructor::No);                                                      \
        realm->m_##member = function;                                                                      \
        heap.write_barrier(realm, function);                                                               \
    }
#include "runtime/intrinsics.def"

    // 20.5.3.2 Error.prototype.message is the empty String; 20.5.3.3 Error.prototype.name is
    // "Error"; 20.5.6.3.2-3 likewise for each NativeError prototype, named after its type.
    AtomTable& atoms = vm.atoms();
#define ERROR_PROTOTYPE(error_kind, member, prototype)                                                         \
    define_builtin_data_property(vm, *realm->m_##member, atoms.name, Value::string(atoms.intern_latin1(#error_kind))); \
    define_builtin_data_property(vm, *realm->m_##member, atoms.message, Value::string(atoms.empty));
#include "runtime/intrinsics.def"

    // SetRealmGlobalObject ( realmRec, globalObj, undefined ): a host-defined global object.
    if (global_object_kind == GlobalObjectKind::Contextified) {
        realm->m_global_object = ContextifiedGlobal::create(vm, *realm, realm->m_object_prototype);
        heap.write_barrier(realm, realm->m_global_object);
    }
    // SetRealmGlobalObject ( realmRec, undefined, undefined ): the global this is the global object.
    realm->m_global_environment = GlobalEnvironment::create(vm, realm->m_global_object, realm->m_global_object);
    heap.write_barrier(realm, realm->m_global_environment);
    // Every built-in's properties, and the global object's (runtime/builtins/).
    builtins::initialize_builtins(vm, *realm);
    return realm;
}

Object* Realm::prototype_for_error(ErrorKind kind) const
{
    switch (kind) {
#define ERROR_PROTOTYPE(error_kind, member, prototype) \
    case ErrorKind::error_kind:                       \
        return m_##member;
#include "runtime/intrinsics.def"
    case ErrorKind::Count:
        break;
    }
    assert(false);
    return nullptr;
}

void Realm::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* realm = static_cast<Realm*>(cell);
#define INTRINSIC(member, name, prototype, kind) visitor.visit(realm->m_##member);
#define CONSTRUCTOR(member, name, js_name, length, instance_prototype, prototype, behaviour) \
    visitor.visit(realm->m_##member);
#define FUNCTION(member, name, js_name, length, behaviour) visitor.visit(realm->m_##member);
#include "runtime/intrinsics.def"
    visitor.visit(realm->m_global_environment);
    visitor.visit(realm->m_array_shape);
}

Shape* Realm::array_shape(VM& vm)
{
    if (!m_array_shape) {
        Shape* root = vm.shapes().root(m_array_prototype, ObjectKind::Array);
        m_array_shape = vm.shapes().add_property(root, PropertyKey::from_atom(vm.atoms().length),
            PropertyAttributes::data(true, false, false));
        vm.heap().write_barrier(this, m_array_shape);
    }
    return m_array_shape;
}

}
