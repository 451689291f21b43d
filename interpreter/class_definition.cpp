#include "interpreter/class_definition.h"

#include "bytecode/function_template.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/function_object.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/private_name.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;

namespace {

ThrowCompletionOr<PropertyKey> key_of(VM& vm, Value key) { return to_property_key(vm, key); }

}

// ClassDefinitionEvaluation — https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation
ThrowCompletionOr<FunctionObject*> create_class(VM& vm, Realm& realm, bytecode::FunctionTemplate* constructor_template,
    Environment* environment, Value heritage)
{
    Object* prototype_parent = realm.object_prototype();
    Object* constructor_parent = realm.function_prototype();
    // 8. ClassHeritage present.
    if (!heritage.is_empty()) {
        if (heritage.is_null()) {
            // 8.f. extends null: instances inherit from nothing.
            prototype_parent = nullptr;
        } else if (!heritage.is_object() || !heritage.as_object()->is_constructor()) {
            // 8.g. Not a constructor.
            return vm.throw_type_error(vm.current_realm(), "Class extends value is not a constructor or null");
        } else {
            // 8.h. The parent's "prototype" must be an object or null.
            Value parent_prototype = TRY(get(vm, *heritage.as_object(), PropertyKey::from_atom(vm.atoms().prototype)));
            if (!parent_prototype.is_object() && !parent_prototype.is_null())
                return vm.throw_type_error(vm.current_realm(), "Class extends value does not have valid prototype property");
            prototype_parent = parent_prototype.is_null() ? nullptr : parent_prototype.as_object();
            constructor_parent = heritage.as_object();
        }
    }
    // 9. proto = OrdinaryObjectCreate(protoParent).
    Object* prototype = Object::create(vm, prototype_parent);
    // 14-15. F with constructorParent as [[Prototype]], proto as [[HomeObject]].
    FunctionObject* constructor = FunctionObject::create(vm, realm, constructor_template, environment, constructor_parent);
    constructor->set_home_object(vm.heap(), prototype);
    // 16. MakeConstructor(F, false, proto); 17. CreateMethodProperty(proto, "constructor", F).
    MUST(define_property_or_throw(vm, *constructor, PropertyKey::from_atom(vm.atoms().prototype),
        PropertyDescriptor::data(Value::object(prototype), false, false, false)));
    MUST(define_property_or_throw(vm, *prototype, PropertyKey::from_atom(vm.atoms().constructor),
        PropertyDescriptor::data(Value::object(constructor), true, false, true)));
    return constructor;
}

// SetFunctionName — https://tc39.es/ecma262/#sec-setfunctionname
void set_function_name(VM& vm, Object& function, Value key, MethodKind prefix)
{
    gc::Heap& heap = vm.heap();
    String* name = nullptr;
    // 3. A Private Name names the function by its description ("#m").
    if (key.is_internal_cell() && key.as_internal_cell()->cell_kind() == gc::CellKind::PrivateName) {
        name = static_cast<PrivateName*>(key.as_internal_cell())->description();
    } else if (key.is_symbol()) {
        // 2. A Symbol names the function "[description]" (or "" without one).
        Value description = key.as_symbol()->description();
        if (description.is_undefined()) {
            name = vm.atoms().empty;
        } else {
            String* bracketed = *String::concat(heap, String::from_latin1(heap, "["), description.as_string());
            name = *String::concat(heap, bracketed, String::from_latin1(heap, "]"));
        }
    } else {
        name = key.is_string() ? key.as_string() : MUST(to_string(vm, key));
    }
    // 5. A get/set prefix.
    if (prefix != MethodKind::Method)
        name = *String::concat(heap, String::from_latin1(heap, prefix == MethodKind::Getter ? "get " : "set "), name);
    MUST(define_property_or_throw(vm, function, PropertyKey::from_atom(vm.atoms().name),
        PropertyDescriptor::data(Value::string(name), false, false, true)));
}

// DefineMethodProperty and MethodDefinitionEvaluation (getters, setters).
ThrowCompletionOr<void> define_method(VM& vm, Object& home_object, Value key_value, FunctionObject& method, MethodKind kind, bool enumerable)
{
    PropertyKey key = TRY(key_of(vm, key_value));
    method.set_home_object(vm.heap(), &home_object);
    set_function_name(vm, method, key_value, kind);
    PropertyDescriptor descriptor;
    switch (kind) {
    case MethodKind::Method:
        descriptor = PropertyDescriptor::data(Value::object(&method), true, enumerable, true);
        break;
    case MethodKind::Getter:
        descriptor.get = Value::object(&method);
        descriptor.enumerable = enumerable;
        descriptor.configurable = true;
        break;
    case MethodKind::Setter:
        descriptor.set = Value::object(&method);
        descriptor.enumerable = enumerable;
        descriptor.configurable = true;
        break;
    }
    return define_property_or_throw(vm, home_object, key, descriptor);
}

// InitializeInstanceElements ( O, constructor ) — https://tc39.es/ecma262/#sec-initializeinstanceelements
ThrowCompletionOr<void> initialize_instance_elements(VM& vm, Value receiver, FunctionObject& constructor)
{
    // 1-2. Private methods and accessors first.
    if (ValueArray* methods = constructor.private_methods()) {
        for (uint32_t i = 0; i < methods->size(); ++i)
            TRY(private_method_or_accessor_add(vm, receiver, *static_cast<PrivateName*>(methods->at(i).as_internal_cell())));
    }
    ValueArray* fields = constructor.fields();
    if (!fields)
        return {};
    // 4. DefineField ( receiver, fieldRecord ) for each field, in order.
    for (uint32_t i = 0; i + 1 < fields->size(); i += 2) {
        Value key = fields->at(i);
        Value initializer = fields->at(i + 1);
        Value value = Value::undefined();
        if (!initializer.is_undefined())
            value = TRY(call(vm, initializer, receiver, {}));
        // DefineField: a private name's field is a private element.
        if (key.is_internal_cell()) {
            TRY(private_field_add(vm, receiver, *static_cast<PrivateName*>(key.as_internal_cell()), value));
            continue;
        }
        PropertyKey property_key = TRY(key_of(vm, key));
        TRY(create_data_property_or_throw(vm, *receiver.as_object(), property_key, value));
    }
    return {};
}

// SuperCall : super Arguments — https://tc39.es/ecma262/#sec-super-keyword-runtime-semantics-evaluation
ThrowCompletionOr<Value> super_call(VM& vm, FunctionObject& active_function, Value new_target, std::span<Value const> arguments)
{
    // 3-4. GetSuperConstructor: the active function's [[Prototype]].
    Object* super_constructor = TRY(active_function.internal_get_prototype_of(vm));
    // 7. It must be a constructor.
    if (!super_constructor || !super_constructor->is_constructor())
        return vm.throw_type_error(vm.current_realm(), "Super constructor is not a constructor");
    // 8. Construct(func, argList, newTarget).
    Object* result = TRY(construct(vm, *super_constructor, arguments, new_target.as_object()));
    return Value::object(result);
}

ThrowCompletionOr<Value> get_super_property(VM& vm, Object* home_object, Value key_value, Value receiver)
{
    PropertyKey key = TRY(key_of(vm, key_value));
    if (!home_object)
        return vm.throw_syntax_error(vm.current_realm(), "'super' keyword unexpected here");
    // GetSuperBase: the home object's [[Prototype]].
    Object* base = TRY(home_object->internal_get_prototype_of(vm));
    if (!base)
        return vm.throw_type_error(vm.current_realm(), "Cannot read properties of null (super)");
    return base->internal_get(vm, key, receiver);
}

ThrowCompletionOr<void> set_super_property(VM& vm, Object* home_object, Value key_value, Value value, Value receiver)
{
    PropertyKey key = TRY(key_of(vm, key_value));
    if (!home_object)
        return vm.throw_syntax_error(vm.current_realm(), "'super' keyword unexpected here");
    Object* base = TRY(home_object->internal_get_prototype_of(vm));
    if (!base)
        return vm.throw_type_error(vm.current_realm(), "Cannot set properties of null (super)");
    // Super references are always strict: a failed [[Set]] throws.
    if (!TRY(base->internal_set(vm, key, value, receiver)))
        return vm.throw_type_error(ErrorType::CannotAssignToReadOnlyProperty, { "super property" });
    return {};
}

}
