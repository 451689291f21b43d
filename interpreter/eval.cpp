#include "interpreter/eval.h"

#include "bytecode/function_template.h"
#include "bytecode/generator.h"
#include "bytecode/global_declarations.h"
#include "interpreter/frame.h"
#include "interpreter/global_declaration_instantiation.h"
#include "interpreter/interpreter.h"
#include "parser/parser.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/environment.h"
#include "runtime/function_object.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;
using bytecode::FunctionTemplateKind;
using bytecode::GlobalDeclarations;

namespace {

// What the code around a direct eval allows (19.2.1.1 PerformEval steps 5-7).
struct EvalContext {
    Environment* environment { nullptr }; // the caller's lexical environment (global for indirect)
    Value this_value;
    Object* function { nullptr }; // the caller's function (direct eval), for super
    Value new_target;
    bool strict { false };
    bool in_function { false };
    bool in_method { false };
    bool in_derived_constructor { false };
    bool in_class_field_initializer { false };
};

// PerformEval ( x, strictCaller, direct ) — https://tc39.es/ecma262/#sec-performeval
ThrowCompletionOr<Value> perform_eval(VM& vm, Realm& realm, Value x, EvalContext const& context)
{
    // 2. Only strings are evaluated.
    if (!x.is_string())
        return x;
    auto source = std::make_shared<parser::SourceFile const>("eval", x.as_string()->to_utf8(vm.heap()), vm.interpreter_stack().calling_code_origin());
    // 11. Parse as a Script, with the early errors the caller's context adds.
    parser::ParseOptions options;
    options.goal = parser::Goal::Script;
    options.strict = context.strict;
    options.allow_new_target = context.in_function;
    options.allow_super_property = context.in_method;
    options.allow_super_call = context.in_derived_constructor;
    options.in_class_field_initializer = context.in_class_field_initializer;
    parser::ParsedProgram parsed = parser::parse_program(*source, options);
    if (!parsed.ok())
        return vm.throw_syntax_error(realm, parsed.error->message);
    auto generated = bytecode::generate_program(vm, parsed, source, FunctionTemplateKind::Eval);
    if (auto* error = std::get_if<bytecode::GeneratorError>(&generated))
        return vm.throw_syntax_error(realm, error->message);
    auto* code = std::get<bytecode::FunctionTemplate*>(generated);
    // 16-19. A new lexical environment for the eval code (its declarations are added by
    // EvalDeclarationInstantiation, run by the code's DeclareGlobals).
    auto* descriptor = ScopeDescriptor::create(vm.heap(), ScopeDescriptor::Kind::Eval, {});
    auto* lexical = DeclarativeEnvironment::create(vm.heap(), descriptor, context.environment);
    return run_top_level(vm, realm, code, lexical, context.this_value, context.function, context.new_target);
}

bool is_function_var_scope(Environment const& environment)
{
    if (!environment.is_declarative())
        return false;
    auto* scope = static_cast<DeclarativeEnvironment const&>(environment).scope();
    return scope
        && (scope->kind() == ScopeDescriptor::Kind::Function || scope->kind() == ScopeDescriptor::Kind::FunctionParameters
            || scope->kind() == ScopeDescriptor::Kind::FunctionBody
            || scope->kind() == ScopeDescriptor::Kind::Eval);
}

// The eval's own lexical environment: the nearest Eval-kind declarative environment.
DeclarativeEnvironment* eval_environment(Environment* environment)
{
    for (Environment* current = environment; current; current = current->parent()) {
        if (current->is_declarative()) {
            auto* declarative = static_cast<DeclarativeEnvironment*>(current);
            if (declarative->scope() && declarative->scope()->kind() == ScopeDescriptor::Kind::Eval)
                return declarative;
        }
    }
    return nullptr;
}

// The variable environment sloppy eval code declares its vars in: the nearest function (or
// strict eval) scope above the eval, or the global environment.
Environment* caller_variable_environment(Environment* start)
{
    for (Environment* current = start; current; current = current->parent()) {
        if (current->is_global() || is_function_var_scope(*current))
            return current;
    }
    return nullptr;
}

// Whether a declarative environment has a binding named `name` (in its slots or extension).
bool declares(DeclarativeEnvironment& environment, String* name)
{
    if (environment.scope() && environment.scope()->find(name))
        return true;
    return environment.extension() && environment.extension()->find_own_property(PropertyKey::from_atom(name));
}

// Declares (or sets) a var-scoped binding in a declarative variable environment.
void declare_in_environment(VM& vm, DeclarativeEnvironment& environment, String* name, std::optional<Value> value)
{
    PropertyKey key = PropertyKey::from_atom(name);
    if (environment.scope()) {
        if (auto slot = environment.scope()->find(name)) {
            if (value)
                environment.set_slot(vm.heap(), *slot, *value);
            return;
        }
    }
    Object* extension = environment.ensure_extension(vm);
    if (extension->find_own_property(key)) {
        if (value)
            extension->store_own_data_value(vm, key, *value);
        return;
    }
    // Eval-declared vars can be deleted (CreateMutableBinding(fn, true)).
    extension->store_own_property(vm, key, value.value_or(Value::undefined()), PropertyAttributes::data(true, false, true));
}

}

ThrowCompletionOr<Value> indirect_eval(VM& vm, Arguments const& arguments)
{
    Realm& realm = static_cast<NativeFunction*>(arguments.callee)->realm();
    EvalContext context;
    context.environment = realm.global_environment();
    context.this_value = Value::object(realm.global_environment()->global_this());
    return perform_eval(vm, realm, arguments.at(0), context);
}

ThrowCompletionOr<Value> direct_eval(VM& vm, Frame& caller, Value x)
{
    auto const& info = caller.function_template->info();
    EvalContext context;
    context.environment = caller.environment;
    context.strict = info.is_strict;
    bool top_level = info.kind == FunctionTemplateKind::Script || info.kind == FunctionTemplateKind::Eval;
    context.in_function = !top_level;
    context.in_method = caller.callee && caller.callee->cell_kind() == gc::CellKind::FunctionObject
        && static_cast<FunctionObject*>(caller.callee)->home_object();
    context.in_derived_constructor = info.kind == FunctionTemplateKind::DerivedClassConstructor;
    context.in_class_field_initializer = info.kind == FunctionTemplateKind::ClassFieldInitializer;
    context.this_value = caller.registers()[0];
    context.function = caller.callee;
    context.new_target = caller.new_target;
    // An arrow's `this` is its enclosing function's, kept in that function's hidden environment.
    if (info.kind == FunctionTemplateKind::Arrow || info.kind == FunctionTemplateKind::Eval) {
        String* this_name = vm.atoms().intern_latin1("this");
        for (Environment* current = caller.environment; current; current = current->parent()) {
            if (!current->is_declarative())
                continue;
            auto* declarative = static_cast<DeclarativeEnvironment*>(current);
            if (auto slot = declarative->scope() ? declarative->scope()->find(this_name) : std::nullopt) {
                context.this_value = declarative->slot(*slot);
                break;
            }
        }
    }
    return perform_eval(vm, *caller.realm, x, context);
}

// EvalDeclarationInstantiation — https://tc39.es/ecma262/#sec-evaldeclarationinstantiation
ThrowCompletionOr<void> eval_declaration_instantiation(VM& vm, Realm& realm, Environment* environment, bool strict,
    ValueArray const& declarations_array)
{
    GlobalDeclarations declarations(declarations_array);
    DeclarativeEnvironment* lexical = eval_environment(environment);
    // 1-2. Strict eval code keeps its vars in its own environment.
    Environment* variable = strict ? lexical : caller_variable_environment(lexical->parent());
    auto var_names_each = [&](auto&& f) -> ThrowCompletionOr<void> {
        for (uint32_t i = 0; i < declarations.function_count(); ++i)
            TRY(f(declarations.function(i).name));
        for (uint32_t i = 0; i < declarations.var_count(); ++i)
            TRY(f(declarations.var_name(i)));
        return {};
    };
    if (!strict) {
        // 3.a. A var may not be declared over a global lexical binding...
        if (variable->is_global()) {
            auto& global = static_cast<GlobalEnvironment&>(*variable);
            TRY(var_names_each([&](String* name) -> ThrowCompletionOr<void> {
                if (has_lexical_declaration(global, name))
                    return vm.throw_syntax_error(ErrorType::AlreadyDeclared, { name->to_utf8(vm.heap()) });
                return {};
            }));
        }
        // 3.b-d. ... nor over a lexical binding between the eval and its variable environment
        // (Annex B.3.4: a catch parameter does not conflict).
        for (Environment* current = lexical->parent(); current && current != variable; current = current->parent()) {
            if (!current->is_declarative())
                continue;
            auto& declarative = static_cast<DeclarativeEnvironment&>(*current);
            if (declarative.scope() && declarative.scope()->kind() == ScopeDescriptor::Kind::Catch)
                continue;
            TRY(var_names_each([&](String* name) -> ThrowCompletionOr<void> {
                if (declares(declarative, name))
                    return vm.throw_syntax_error(ErrorType::AlreadyDeclared, { name->to_utf8(vm.heap()) });
                return {};
            }));
        }
        // Eval code in parameter expressions: the parameters (and `arguments`) are bound in an
        // environment between it and the function's variable environment (10.2.11 step 20),
        // which the vars cannot be hoisted over either. Sable keeps both in one environment.
        auto* parameters = static_cast<DeclarativeEnvironment*>(variable);
        if (is_function_var_scope(*variable) && parameters->scope()->kind() == ScopeDescriptor::Kind::FunctionParameters) {
            TRY(var_names_each([&](String* name) -> ThrowCompletionOr<void> {
                if (parameters->scope()->find(name))
                    return vm.throw_syntax_error(ErrorType::AlreadyDeclared, { name->to_utf8(vm.heap()) });
                return {};
            }));
        }
    }
    // 8-10. Functions and vars must be declarable on the global object.
    if (variable->is_global()) {
        auto& global = static_cast<GlobalEnvironment&>(*variable);
        for (uint32_t i = 0; i < declarations.function_count(); ++i) {
            String* name = declarations.function(i).name;
            if (!TRY(can_declare_global_function(vm, global, name)))
                return vm.throw_type_error(ErrorType::CannotDeclareGlobalFunction, { name->to_utf8(vm.heap()) });
        }
        for (uint32_t i = 0; i < declarations.var_count(); ++i) {
            String* name = declarations.var_name(i);
            if (!TRY(can_declare_global_var(vm, global, name)))
                return vm.throw_type_error(ErrorType::CannotDeclareGlobalVariable, { name->to_utf8(vm.heap()) });
        }
    }
    // 15. Lexical declarations, uninitialised, in the eval's own environment.
    Object* lexical_bindings = lexical->ensure_extension(vm);
    for (uint32_t i = 0; i < declarations.lexical_count(); ++i) {
        auto declaration = declarations.lexical(i);
        lexical_bindings->store_own_property(vm, PropertyKey::from_atom(declaration.name), Value::empty(),
            PropertyAttributes::data(!declaration.is_constant, false, false));
    }
    // 16. Functions, closing over the eval's lexical environment.
    for (uint32_t i = 0; i < declarations.function_count(); ++i) {
        auto function = declarations.function(i);
        Value closure = Value::object(FunctionObject::create(vm, realm, function.function, environment));
        if (variable->is_global())
            TRY(create_global_function_binding(vm, static_cast<GlobalEnvironment&>(*variable), function.name, closure, true));
        else
            declare_in_environment(vm, static_cast<DeclarativeEnvironment&>(*variable), function.name, closure);
    }
    // 17. Vars.
    for (uint32_t i = 0; i < declarations.var_count(); ++i) {
        String* name = declarations.var_name(i);
        if (variable->is_global())
            TRY(create_global_var_binding(vm, static_cast<GlobalEnvironment&>(*variable), name, true));
        else
            declare_in_environment(vm, static_cast<DeclarativeEnvironment&>(*variable), name, std::nullopt);
    }
    return {};
}

}
