#include "interpreter/global_declaration_instantiation.h"

#include "bytecode/global_declarations.h"
#include "runtime/environment.h"
#include "runtime/function_object.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_attributes.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;
using bytecode::GlobalDeclarations;

namespace {

PropertyKey key_of(String* name) { return PropertyKey::from_atom(name); }

std::string text_of(VM& vm, String* name) { return name->to_utf8(vm.heap()); }

}

// HasLexicalDeclaration ( N ) — 9.1.1.4.13
bool has_lexical_declaration(GlobalEnvironment& global, String* name)
{
    return global.lexical_bindings()->find_own_property(key_of(name)).has_value();
}

// HasRestrictedGlobalProperty ( N ) — 9.1.1.4.14: an own non-configurable global property.
static ThrowCompletionOr<bool> has_restricted_global_property(VM& vm, GlobalEnvironment& global, String* name)
{
    auto existing = TRY(global.global_object()->internal_get_own_property(vm, key_of(name)));
    return existing.has_value() && !existing->configurable.value_or(false);
}

// CanDeclareGlobalVar ( N ) — 9.1.1.4.15
ThrowCompletionOr<bool> can_declare_global_var(VM& vm, GlobalEnvironment& global, String* name)
{
    if (TRY(has_own_property(vm, *global.global_object(), key_of(name))))
        return true;
    return global.global_object()->internal_is_extensible(vm);
}

// CanDeclareGlobalFunction ( N ) — 9.1.1.4.16
ThrowCompletionOr<bool> can_declare_global_function(VM& vm, GlobalEnvironment& global, String* name)
{
    Object& global_object = *global.global_object();
    auto existing = TRY(global_object.internal_get_own_property(vm, key_of(name)));
    if (!existing)
        return global_object.internal_is_extensible(vm);
    if (existing->configurable.value_or(false))
        return true;
    return existing->is_data_descriptor() && existing->writable.value_or(false) && existing->enumerable.value_or(false);
}

// CreateGlobalVarBinding ( N, D ) — 9.1.1.4.17
ThrowCompletionOr<void> create_global_var_binding(VM& vm, GlobalEnvironment& global, String* name, bool deletable)
{
    Object& global_object = *global.global_object();
    bool has_own = TRY(has_own_property(vm, global_object, key_of(name)));
    bool extensible = TRY(global_object.internal_is_extensible(vm));
    if (!has_own && extensible)
        TRY(define_property_or_throw(vm, global_object, key_of(name), PropertyDescriptor::data(Value::undefined(), true, true, deletable)));
    return {};
}

// CreateGlobalFunctionBinding ( N, V, D ) — 9.1.1.4.18
ThrowCompletionOr<void> create_global_function_binding(VM& vm, GlobalEnvironment& global, String* name, Value value, bool deletable)
{
    Object& global_object = *global.global_object();
    auto existing = TRY(global_object.internal_get_own_property(vm, key_of(name)));
    PropertyDescriptor descriptor;
    if (!existing || existing->configurable.value_or(false))
        descriptor = PropertyDescriptor::data(value, true, true, deletable);
    else
        descriptor.value = value;
    TRY(define_property_or_throw(vm, global_object, key_of(name), descriptor));
    TRY(set(vm, global_object, key_of(name), value, false));
    return {};
}

// GlobalDeclarationInstantiation ( script, env ) — https://tc39.es/ecma262/#sec-globaldeclarationinstantiation
ThrowCompletionOr<void> global_declaration_instantiation(VM& vm, Realm& realm, GlobalEnvironment& global,
    ValueArray const& declarations_array)
{
    GlobalDeclarations declarations(declarations_array);
    // 3. Lexical names may not clash with existing lexical names or restricted global properties
    //    (scripts' vars and functions are non-configurable global properties; those of sloppy
    //    direct eval are not, so a later script may shadow them).
    for (uint32_t i = 0; i < declarations.lexical_count(); ++i) {
        String* name = declarations.lexical(i).name;
        if (has_lexical_declaration(global, name) || TRY(has_restricted_global_property(vm, global, name)))
            return vm.throw_syntax_error(ErrorType::AlreadyDeclared, { text_of(vm, name) });
    }
    // 4. Var names (functions included) may not clash with existing lexical names.
    for (uint32_t i = 0; i < declarations.function_count(); ++i) {
        String* name = declarations.function(i).name;
        if (has_lexical_declaration(global, name))
            return vm.throw_syntax_error(ErrorType::AlreadyDeclared, { text_of(vm, name) });
    }
    for (uint32_t i = 0; i < declarations.var_count(); ++i) {
        String* name = declarations.var_name(i);
        if (has_lexical_declaration(global, name))
            return vm.throw_syntax_error(ErrorType::AlreadyDeclared, { text_of(vm, name) });
    }
    // 8.a.iv. Every function must be declarable.
    for (uint32_t i = 0; i < declarations.function_count(); ++i) {
        String* name = declarations.function(i).name;
        if (!TRY(can_declare_global_function(vm, global, name)))
            return vm.throw_type_error(ErrorType::CannotDeclareGlobalFunction, { text_of(vm, name) });
    }
    // 10.a.i.1. Every var must be declarable.
    for (uint32_t i = 0; i < declarations.var_count(); ++i) {
        String* name = declarations.var_name(i);
        if (!TRY(can_declare_global_var(vm, global, name)))
            return vm.throw_type_error(ErrorType::CannotDeclareGlobalVariable, { text_of(vm, name) });
    }
    // 15-16. Lexical bindings, uninitialised; const ones immutable.
    for (uint32_t i = 0; i < declarations.lexical_count(); ++i) {
        auto lexical = declarations.lexical(i);
        global.lexical_bindings()->store_own_property(vm, key_of(lexical.name), Value::empty(),
            PropertyAttributes::data(!lexical.is_constant, true, false));
    }
    // 17. Functions, instantiated in the global environment.
    for (uint32_t i = 0; i < declarations.function_count(); ++i) {
        auto function = declarations.function(i);
        FunctionObject* closure = FunctionObject::create(vm, realm, function.function, &global);
        TRY(create_global_function_binding(vm, global, function.name, Value::object(closure), false));
    }
    // 18. Vars.
    for (uint32_t i = 0; i < declarations.var_count(); ++i)
        TRY(create_global_var_binding(vm, global, declarations.var_name(i), false));
    return {};
}

}
