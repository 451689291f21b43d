#include "interpreter/bindings.h"

#include "runtime/abstract_operations.h"
#include "runtime/environment.h"
#include "runtime/module_record.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/property_attributes.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;

namespace {

std::string name_text(VM& vm, String* name) { return name->to_utf8(vm.heap()); }

ThrowCompletion throw_not_defined(VM& vm, String* name)
{
    return vm.throw_reference_error(ErrorType::NotDefined, { name_text(vm, name) });
}

ThrowCompletion throw_uninitialized(VM& vm, String* name)
{
    return vm.throw_reference_error(ErrorType::UninitializedBinding, { name_text(vm, name) });
}

}

ThrowCompletion throw_uninitialized_import(VM& vm, DeclarativeEnvironment& module_environment, uint32_t slot)
{
    return throw_uninitialized(vm, module_environment.scope()->binding(slot).name);
}

namespace {

// The global declarative record's binding for `name`, if any.
std::optional<Object::OwnProperty> find_lexical(GlobalEnvironment& global, String* name)
{
    return global.lexical_bindings()->find_own_property(PropertyKey::from_atom(name));
}

// Where a name resolves in one environment record, for the by-name operations.
enum class Found : uint8_t { No, Slot, Extension, Object, GlobalLexical, GlobalObject };

struct Resolution {
    Found found { Found::No };
    uint32_t slot { 0 };
    Object* object { nullptr };
    bool is_with { false };
};

// HasBinding ( N ) of one environment record (9.1.1.x.1), with the with-object's
// @@unscopables check (9.1.1.2.1 steps 3-6).
ThrowCompletionOr<Resolution> has_binding(VM& vm, Environment& environment, String* name)
{
    PropertyKey key = PropertyKey::from_atom(name);
    if (environment.is_declarative()) {
        auto& declarative = static_cast<DeclarativeEnvironment&>(environment);
        if (declarative.scope()) {
            if (auto slot = declarative.scope()->find(name))
                return Resolution { Found::Slot, *slot, nullptr, false };
        }
        if (Object* extension = declarative.extension(); extension && extension->find_own_property(key))
            return Resolution { Found::Extension, 0, extension, false };
        return Resolution {};
    }
    if (environment.is_object()) {
        auto& object_environment = static_cast<ObjectEnvironment&>(environment);
        Object& binding_object = *object_environment.binding_object();
        // 2-3. HasProperty(bindingObject, N).
        if (!TRY(has_property(vm, binding_object, key)))
            return Resolution {};
        if (object_environment.is_with_environment()) {
            // 5. Let unscopables be ? Get(bindingObject, @@unscopables).
            Value unscopables = TRY(get(vm, binding_object, PropertyKey::from_symbol(vm.symbols().unscopables)));
            if (unscopables.is_object()) {
                // 6.a-b. A truthy unscopables[N] hides the binding.
                Value blocked = TRY(get(vm, *unscopables.as_object(), key));
                if (to_boolean(blocked))
                    return Resolution {};
            }
        }
        return Resolution { Found::Object, 0, &binding_object, object_environment.is_with_environment() };
    }
    auto& global = static_cast<GlobalEnvironment&>(environment);
    if (find_lexical(global, name))
        return Resolution { Found::GlobalLexical, 0, nullptr, false };
    if (TRY(has_property(vm, *global.global_object(), key)))
        return Resolution { Found::GlobalObject, 0, global.global_object(), false };
    return Resolution {};
}

}

// GetBindingValue of the global environment record (9.1.1.4.6) after ResolveBinding.
ThrowCompletionOr<Value> get_global_binding(VM& vm, GlobalEnvironment& global, String* name, bool typeof_mode)
{
    PropertyKey key = PropertyKey::from_atom(name);
    if (auto lexical = find_lexical(global, name)) {
        if (lexical->value.is_empty())
            return throw_uninitialized(vm, name);
        return lexical->value;
    }
    Object& global_object = *global.global_object();
    // Fast path: an own data property of an ordinary global object.
    if (global_object.internal_methods().get_own_property == ordinary_internal_methods::get_own_property) {
        if (auto own = global_object.find_own_property(key); own && !own->attributes.is_accessor())
            return own->value;
    }
    if (!TRY(has_property(vm, global_object, key))) {
        if (typeof_mode)
            return Value::undefined();
        return throw_not_defined(vm, name);
    }
    return get(vm, global_object, key);
}

// PutValue ( V, W ) for a global reference (6.2.5.6 steps 3-5) and SetMutableBinding of the
// global environment record (9.1.1.4.5).
ThrowCompletionOr<void> set_global_binding(VM& vm, GlobalEnvironment& global, String* name, Value value, bool strict)
{
    PropertyKey key = PropertyKey::from_atom(name);
    if (auto lexical = find_lexical(global, name)) {
        if (lexical->value.is_empty())
            return throw_uninitialized(vm, name);
        if (!lexical->attributes.is_writable())
            return vm.throw_type_error(ErrorType::ConstAssignment);
        global.lexical_bindings()->store_own_data_value(vm, key, value);
        return {};
    }
    Object& global_object = *global.global_object();
    // 5.a. An unresolvable reference in strict code is a ReferenceError.
    if (strict && !TRY(has_property(vm, global_object, key)))
        return throw_not_defined(vm, name);
    return set(vm, global_object, key, value, strict);
}

ThrowCompletionOr<void> initialize_global_lexical(VM& vm, GlobalEnvironment& global, String* name, Value value)
{
    global.lexical_bindings()->store_own_data_value(vm, PropertyKey::from_atom(name), value);
    return {};
}

// ResolveBinding ( name [ , env ] ) then GetValue — https://tc39.es/ecma262/#sec-resolvebinding
ThrowCompletionOr<Value> get_binding_by_name(VM& vm, Environment* environment, String* name, bool typeof_mode, Value* this_value)
{
    for (Environment* current = environment; current; current = current->parent()) {
        Resolution resolution = TRY(has_binding(vm, *current, name));
        switch (resolution.found) {
        case Found::No:
            continue;
        case Found::Slot: {
            Value value = read_module_slot(static_cast<DeclarativeEnvironment*>(current)->slot(resolution.slot));
            if (value.is_empty())
                return throw_uninitialized(vm, name);
            return value;
        }
        case Found::Extension: {
            Value value = resolution.object->find_own_property(PropertyKey::from_atom(name))->value;
            if (value.is_empty())
                return throw_uninitialized(vm, name);
            return value;
        }
        case Found::Object: {
            // 9.1.1.2.6 GetBindingValue: a binding that vanished reads as undefined in sloppy code.
            if (this_value && resolution.is_with)
                *this_value = Value::object(resolution.object);
            return get(vm, *resolution.object, PropertyKey::from_atom(name));
        }
        case Found::GlobalLexical:
        case Found::GlobalObject:
            return get_global_binding(vm, static_cast<GlobalEnvironment&>(*current), name, typeof_mode);
        }
    }
    if (typeof_mode)
        return Value::undefined();
    return throw_not_defined(vm, name);
}

ThrowCompletionOr<void> set_binding_by_name(VM& vm, Environment* environment, String* name, Value value, bool strict)
{
    for (Environment* current = environment; current; current = current->parent()) {
        Resolution resolution = TRY(has_binding(vm, *current, name));
        switch (resolution.found) {
        case Found::No:
            continue;
        case Found::Slot: {
            auto* declarative = static_cast<DeclarativeEnvironment*>(current);
            auto flags = declarative->scope()->binding(resolution.slot).flags;
            if (declarative->slot(resolution.slot).is_empty())
                return throw_uninitialized(vm, name);
            if (!(flags & ScopeDescriptor::kMutable)) {
                if ((flags & ScopeDescriptor::kSloppyReadOnly) && !strict)
                    return {};
                return vm.throw_type_error(ErrorType::ConstAssignment);
            }
            declarative->set_slot(vm.heap(), resolution.slot, value);
            return {};
        }
        case Found::Extension: {
            PropertyKey key = PropertyKey::from_atom(name);
            auto binding = *resolution.object->find_own_property(key);
            if (binding.value.is_empty())
                return throw_uninitialized(vm, name);
            if (!binding.attributes.is_writable())
                return vm.throw_type_error(ErrorType::ConstAssignment);
            resolution.object->store_own_data_value(vm, key, value);
            return {};
        }
        case Found::Object:
            // 9.1.1.2.5 SetMutableBinding: Set(bindingObject, N, V, S).
            return set(vm, *resolution.object, PropertyKey::from_atom(name), value, strict);
        case Found::GlobalLexical:
        case Found::GlobalObject:
            return set_global_binding(vm, static_cast<GlobalEnvironment&>(*current), name, value, strict);
        }
    }
    // An unresolvable reference: strict code throws; sloppy code creates a global property.
    for (Environment* current = environment; current; current = current->parent()) {
        if (current->is_global())
            return set_global_binding(vm, static_cast<GlobalEnvironment&>(*current), name, value, strict);
    }
    return throw_not_defined(vm, name);
}

// InitializeBinding of the nearest binding named `name` (eval code's let/const/class).
ThrowCompletionOr<void> initialize_binding_by_name(VM& vm, Environment* environment, String* name, Value value)
{
    for (Environment* current = environment; current; current = current->parent()) {
        Resolution resolution = TRY(has_binding(vm, *current, name));
        switch (resolution.found) {
        case Found::No:
            continue;
        case Found::Slot:
            static_cast<DeclarativeEnvironment*>(current)->set_slot(vm.heap(), resolution.slot, value);
            return {};
        case Found::Extension:
            resolution.object->store_own_data_value(vm, PropertyKey::from_atom(name), value);
            return {};
        case Found::Object:
            return set(vm, *resolution.object, PropertyKey::from_atom(name), value, false);
        case Found::GlobalLexical:
        case Found::GlobalObject:
            return initialize_global_lexical(vm, static_cast<GlobalEnvironment&>(*current), name, value);
        }
    }
    return throw_not_defined(vm, name);
}

// 13.5.1.2 delete of an identifier reference (sloppy code only): DeleteBinding of the record.
ThrowCompletionOr<bool> delete_binding_by_name(VM& vm, Environment* environment, String* name)
{
    for (Environment* current = environment; current; current = current->parent()) {
        Resolution resolution = TRY(has_binding(vm, *current, name));
        switch (resolution.found) {
        case Found::No:
            continue;
        case Found::Slot:
        case Found::GlobalLexical:
            return false;
        case Found::Extension:
        case Found::Object:
        case Found::GlobalObject:
            return resolution.object->internal_delete(vm, PropertyKey::from_atom(name));
        }
    }
    return true;
}

}

namespace sable::interpreter {

// ResolveBinding ( name [ , env ] ) — https://tc39.es/ecma262/#sec-resolvebinding
// The record holding `name`, or null for an unresolvable reference. With LdaLookupIn and
// StaLookupIn, a reference is resolved once even when it is read, then written (x += 1 and
// `var x = init` inside `with`).
ThrowCompletionOr<Environment*> resolve_binding_by_name(VM& vm, Environment* environment, String* name)
{
    for (Environment* current = environment; current; current = current->parent()) {
        Resolution resolution = TRY(has_binding(vm, *current, name));
        if (resolution.found != Found::No)
            return current;
    }
    return static_cast<Environment*>(nullptr);
}

namespace {

// The object holding the binding of an object environment, or of a declarative one's sloppy
// eval extension; null for a slot binding or a global record.
Object* binding_object_of(Environment& record, String* name, std::optional<uint32_t>& slot)
{
    if (record.is_object())
        return static_cast<ObjectEnvironment&>(record).binding_object();
    if (record.is_declarative()) {
        auto& declarative = static_cast<DeclarativeEnvironment&>(record);
        if (declarative.scope())
            slot = declarative.scope()->find(name);
        return slot ? nullptr : declarative.extension();
    }
    return nullptr;
}

}

// GetValue of a reference whose base is the environment record `record` (GetBindingValue,
// 9.1.1.x.6).
ThrowCompletionOr<Value> get_binding_in(VM& vm, Environment* record, String* name, bool strict)
{
    if (!record)
        return throw_not_defined(vm, name);
    if (record->is_global())
        return get_global_binding(vm, static_cast<GlobalEnvironment&>(*record), name, false);
    std::optional<uint32_t> slot;
    Object* object = binding_object_of(*record, name, slot);
    if (slot) {
        Value value = read_module_slot(static_cast<DeclarativeEnvironment*>(record)->slot(*slot));
        if (value.is_empty())
            return throw_uninitialized(vm, name);
        return value;
    }
    if (!object)
        return throw_not_defined(vm, name);
    PropertyKey key = PropertyKey::from_atom(name);
    // An eval-declared lexical binding (in a declarative record's extension) may be in its TDZ.
    if (record->is_declarative()) {
        if (auto own = object->find_own_property(key); own && own->value.is_empty())
            return throw_uninitialized(vm, name);
    }
    // 9.1.1.2.6: a binding that vanished is a ReferenceError in strict code, else undefined.
    if (!TRY(has_property(vm, *object, key))) {
        if (strict)
            return throw_not_defined(vm, name);
        return Value::undefined();
    }
    return get(vm, *object, key);
}

// PutValue of such a reference (SetMutableBinding, 9.1.1.x.5); a null record is unresolvable.
ThrowCompletionOr<void> set_binding_in(VM& vm, Environment* environment, Environment* record, String* name, Value value, bool strict)
{
    if (!record) {
        // 6.2.5.6 step 3: strict code throws; sloppy code sets a global object property.
        if (strict)
            return throw_not_defined(vm, name);
        for (Environment* current = environment; current; current = current->parent()) {
            if (current->is_global())
                return set(vm, *static_cast<GlobalEnvironment*>(current)->global_object(), PropertyKey::from_atom(name), value, false);
        }
        return throw_not_defined(vm, name);
    }
    if (record->is_global())
        return set_global_binding(vm, static_cast<GlobalEnvironment&>(*record), name, value, strict);
    std::optional<uint32_t> slot;
    Object* object = binding_object_of(*record, name, slot);
    if (slot) {
        auto* declarative = static_cast<DeclarativeEnvironment*>(record);
        auto flags = declarative->scope()->binding(*slot).flags;
        if (declarative->slot(*slot).is_empty())
            return throw_uninitialized(vm, name);
        if (!(flags & ScopeDescriptor::kMutable)) {
            if ((flags & ScopeDescriptor::kSloppyReadOnly) && !strict)
                return {};
            return vm.throw_type_error(ErrorType::ConstAssignment);
        }
        declarative->set_slot(vm.heap(), *slot, value);
        return {};
    }
    if (!object)
        return throw_not_defined(vm, name);
    // 9.1.1.2.5: a binding deleted since it was resolved is set again, unless strict.
    PropertyKey key = PropertyKey::from_atom(name);
    if (strict && !TRY(has_property(vm, *object, key)))
        return throw_not_defined(vm, name);
    return set(vm, *object, key, value, strict);
}

}
