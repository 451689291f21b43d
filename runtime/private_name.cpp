#include "runtime/private_name.h"

#include "gc/heap.h"
#include "runtime/accessor.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

namespace sable::runtime {

PrivateName* PrivateName::create(gc::Heap& heap, String* description, Kind kind)
{
    Symbol* symbol = Symbol::create_private(heap, Value::string(description));
    return heap.allocate<PrivateName>(symbol, kind);
}

String* PrivateName::description() const { return m_symbol->description().as_string(); }

void PrivateName::set_method(gc::Heap& heap, Value method)
{
    m_method = method;
    heap.write_barrier_value(this, method.bits());
}

void PrivateName::set_getter(gc::Heap& heap, Value getter)
{
    m_getter = getter;
    heap.write_barrier_value(this, getter.bits());
}

void PrivateName::set_setter(gc::Heap& heap, Value setter)
{
    m_setter = setter;
    heap.write_barrier_value(this, setter.bits());
}

void PrivateName::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* name = static_cast<PrivateName*>(cell);
    visitor.visit(name->m_symbol);
    visitor.visit_value_bits(name->m_method.bits());
    visitor.visit_value_bits(name->m_getter.bits());
    visitor.visit_value_bits(name->m_setter.bits());
}

namespace {

std::string name_text(VM& vm, PrivateName& name) { return name.description()->to_utf8(vm.heap()); }

// PrivateElementFind ( O, P ) on a value that must be an object.
ThrowCompletionOr<std::optional<Object::OwnProperty>> find_element(VM& vm, Value object, PrivateName& name, char const* action)
{
    if (!object.is_object())
        return vm.throw_type_error(vm.current_realm(),
            std::string("Cannot ") + action + " private member " + name_text(vm, name) + " on a non-object");
    return object.as_object()->find_own_property(name.key());
}

ThrowCompletion throw_missing(VM& vm, PrivateName& name, char const* action)
{
    return vm.throw_type_error(vm.current_realm(),
        std::string("Cannot ") + action + " private member " + name_text(vm, name) + " from an object whose class did not declare it");
}

}

// PrivateFieldAdd ( O, P, value ) — https://tc39.es/ecma262/#sec-privatefieldadd
ThrowCompletionOr<void> private_field_add(VM& vm, Value object, PrivateName& name, Value value)
{
    // 2-3. Adding the same field twice (a constructor returning an existing object) throws.
    if (TRY(find_element(vm, object, name, "initialize")))
        return vm.throw_type_error(vm.current_realm(), "Cannot initialize " + name_text(vm, name) + " twice on the same object");
    object.as_object()->store_own_property(vm, name.key(), value, PropertyAttributes::data(true, false, false));
    return {};
}

// PrivateMethodOrAccessorAdd ( O, method ) — https://tc39.es/ecma262/#sec-privatemethodoraccessoradd
ThrowCompletionOr<void> private_method_or_accessor_add(VM& vm, Value object, PrivateName& name)
{
    if (TRY(find_element(vm, object, name, "initialize")))
        return vm.throw_type_error(vm.current_realm(), "Cannot initialize private methods of class twice on the same object");
    Object& target = *object.as_object();
    if (name.kind() == PrivateName::Kind::Method) {
        target.store_own_property(vm, name.key(), name.method(), PropertyAttributes::data(false, false, false));
    } else {
        Accessor* accessor = Accessor::create(vm.heap(), name.getter(), name.setter());
        target.store_own_property(vm, name.key(), accessor->as_slot_value(), PropertyAttributes::accessor(false, false));
    }
    return {};
}

// PrivateGet ( O, P ) — https://tc39.es/ecma262/#sec-privateget
ThrowCompletionOr<Value> private_get(VM& vm, Value object, PrivateName& name)
{
    auto element = TRY(find_element(vm, object, name, "read"));
    if (!element)
        return throw_missing(vm, name, "read");
    // 3-4. A field or a method: its value.
    if (element->attributes.is_data())
        return element->value;
    // 5-7. An accessor: call its getter.
    Value getter = Accessor::from_slot(element->value)->getter();
    if (getter.is_undefined())
        return vm.throw_type_error(vm.current_realm(), "'" + name_text(vm, name) + "' was defined without a getter");
    return call(vm, getter, object, {});
}

// PrivateSet ( O, P, value ) — https://tc39.es/ecma262/#sec-privateset
ThrowCompletionOr<void> private_set(VM& vm, Value object, PrivateName& name, Value value)
{
    auto element = TRY(find_element(vm, object, name, "write"));
    if (!element)
        return throw_missing(vm, name, "write");
    if (element->attributes.is_data()) {
        // 4. Methods are not writable.
        if (!element->attributes.is_writable())
            return vm.throw_type_error(vm.current_realm(), "Private method " + name_text(vm, name) + " is not writable");
        object.as_object()->store_own_data_value(vm, name.key(), value);
        return {};
    }
    Value setter = Accessor::from_slot(element->value)->setter();
    if (setter.is_undefined())
        return vm.throw_type_error(vm.current_realm(), "'" + name_text(vm, name) + "' was defined without a setter");
    TRY(call(vm, setter, object, std::span<Value const>(&value, 1)));
    return {};
}

ThrowCompletionOr<bool> private_in(VM& vm, Value object, PrivateName& name)
{
    if (!object.is_object())
        return vm.throw_type_error(vm.current_realm(), "Cannot use 'in' operator to search for '" + name_text(vm, name) + "' in a non-object");
    return object.as_object()->find_own_property(name.key()).has_value();
}

}
