// Function prologues (environments, `arguments`, parameters, hoisted declarations), the
// top-level Script prologue (DeclareGlobals), closures, the hidden `this` environment read by
// arrow functions, and classes.

#include "bytecode/generator_internals.h"

#include "bytecode/global_declarations.h"
#include "gc/heap.h"
#include "parser/stack_limit.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <unordered_set>

namespace sable::bytecode::detail {

using parser::FunctionKind;
using parser::ResolutionKind;
using parser::ScopeKind;
using parser::VariableKind;
using parser::VariableLocation;

FunctionTemplateKind template_kind_for(parser::FunctionNode const& function)
{
    switch (function.function_kind) {
    case FunctionKind::Normal:
        return FunctionTemplateKind::Normal;
    case FunctionKind::Arrow:
        return FunctionTemplateKind::Arrow;
    case FunctionKind::Method:
        return FunctionTemplateKind::Method;
    case FunctionKind::Getter:
        return FunctionTemplateKind::Getter;
    case FunctionKind::Setter:
        return FunctionTemplateKind::Setter;
    case FunctionKind::ClassConstructor:
        return FunctionTemplateKind::ClassConstructor;
    case FunctionKind::DerivedClassConstructor:
        return FunctionTemplateKind::DerivedClassConstructor;
    case FunctionKind::ClassFieldInitializer:
        return FunctionTemplateKind::ClassFieldInitializer;
    case FunctionKind::ClassStaticBlock:
        return FunctionTemplateKind::ClassStaticBlock;
    }
    return FunctionTemplateKind::Normal;
}

bool FunctionGenerator::check_stack(Node const* node)
{
    if (failed())
        return false;
    if (parser::native_stack_position() < m_compilation.stack_limit) {
        fail("Maximum call stack size exceeded (the source is nested too deeply)", node);
        return false;
    }
    return true;
}

FunctionTemplate* FunctionGenerator::compile_nested(parser::FunctionNode& function, FunctionTemplateKind kind)
{
    if (!check_stack(&function))
        return nullptr;
    return generate_function(m_compilation, this, &function, m_program, kind);
}

void FunctionGenerator::emit_create_closure(parser::FunctionNode& function)
{
    FunctionTemplate* function_template = compile_nested(function, template_kind_for(function));
    if (!function_template) {
        emit(Opcode::LdaUndefined);
        return;
    }
    emit(Opcode::CreateClosure, { cell_constant(function_template) });
}

// The hidden environment of a function whose arrows read `this`/`new.target`: slot 0 `this`
// (uninitialised in derived constructors until super() returns), slot 1 `new.target`, slot 2
// the function itself (for super() in arrows). In a derived constructor that has it, slot 0 is
// the `this` binding of record (an arrow's super() binds it there); r0 is synchronised from it
// before returning.
static void push_this_environment(FunctionGenerator& g, bool derived)
{
    using D = runtime::ScopeDescriptor;
    D::Binding bindings[3] = {
        { g.compilation().keep(g.vm().atoms().intern_latin1("this")), uint8_t(D::kMutable | D::kLexical) },
        { g.compilation().keep(g.vm().atoms().intern_latin1("new.target")), D::kMutable },
        { g.compilation().keep(g.vm().atoms().intern_latin1("function")), D::kMutable },
    };
    auto* descriptor = g.compilation().keep(D::create(g.vm().heap(), D::Kind::Function, bindings));
    g.emit(Opcode::PushBlockEnv, { g.cell_constant(descriptor) });
    g.push_control({ ControlScope::Kind::Environment });
    if (!derived) {
        g.emit(Opcode::Ldar, { 0 });
        g.emit(Opcode::StaEnv, { 0, 0 });
    }
    g.emit(Opcode::LdaNewTarget);
    g.emit(Opcode::StaEnv, { 0, 1 });
    if (derived) {
        g.emit(Opcode::LdaCallee);
        g.emit(Opcode::StaEnv, { 0, 2 });
    }
}

// The environments between the current scope and the hidden `this` environment of `holder`.
static uint32_t hops_to_this_environment(FunctionGenerator& g, FunctionGenerator& holder)
{
    Scope const* root = holder.m_function ? holder.m_function->scope : holder.m_program->scope;
    uint32_t hops = 0;
    for (Scope const* scope = g.current_scope(); scope; scope = scope->parent) {
        if (g.has_environment(scope))
            ++hops;
        if (scope == root)
            break;
    }
    return hops;
}

static bool derived_with_this_environment(FunctionGenerator& g)
{
    return !g.is_arrow() && g.m_has_this_environment && g.m_kind == FunctionTemplateKind::DerivedClassConstructor;
}

static void load_lexical_slot(FunctionGenerator& g, uint32_t slot)
{
    FunctionGenerator* holder = g.this_holder();
    g.compilation().needs_this_environment.insert(holder->m_function);
    if (!holder->m_has_this_environment) {
        g.emit(Opcode::LdaUndefined); // placeholder: the holder is generated again
        return;
    }
    g.emit(Opcode::LdaEnv, { hops_to_this_environment(g, *holder), slot });
    if (slot == 0 && holder->m_kind == FunctionTemplateKind::DerivedClassConstructor)
        g.emit(Opcode::CheckThisInitialized);
}

void FunctionGenerator::emit_lexical_this()
{
    if (is_arrow() || derived_with_this_environment(*this)) {
        load_lexical_slot(*this, 0);
        return;
    }
    emit(Opcode::Ldar, { 0 });
    if (m_kind == FunctionTemplateKind::DerivedClassConstructor)
        emit(Opcode::CheckThisInitialized);
}

void FunctionGenerator::generate_this() { emit_lexical_this(); }

void FunctionGenerator::generate_new_target()
{
    if (is_arrow()) {
        load_lexical_slot(*this, 1);
        return;
    }
    emit(Opcode::LdaNewTarget);
}

// Before a derived constructor with the hidden environment returns: r0 = the `this` binding
// (an arrow's super() may have bound it only in the environment). acc is kept.
void FunctionGenerator::emit_sync_this_register()
{
    if (!derived_with_this_environment(*this))
        return;
    Reg value = allocate();
    emit(Opcode::Star, { value });
    emit(Opcode::LdaEnv, { hops_to_this_environment(*this, *this), 0 });
    emit(Opcode::Star, { 0 });
    emit(Opcode::Ldar, { value });
    release_to(value);
}

// super(...) (13.3.7.1): the super constructor is found before the arguments are evaluated;
// the result binds `this` (once), then the class's instance elements are initialised. In an
// arrow, the constructor, new.target and `this` come from the hidden environment of the
// derived constructor around it.
void FunctionGenerator::generate_super_call(parser::CallExpression& call)
{
    FunctionGenerator* holder = this_holder();
    if (holder->m_kind != FunctionTemplateKind::DerivedClassConstructor || !holder->m_function) {
        throw_not_implemented("super() in eval code");
        return;
    }
    bool through_environment = is_arrow() || m_has_this_environment;
    if (is_arrow()) {
        m_compilation.needs_this_environment.insert(holder->m_function);
        if (!holder->m_has_this_environment) {
            emit(Opcode::LdaUndefined); // placeholder: the constructor is generated again
            return;
        }
    }
    TemporaryScope temporaries(*this);
    Reg function = allocate();
    Reg constructor = allocate();
    Reg new_target = allocate();
    uint32_t hops = through_environment ? hops_to_this_environment(*this, *holder) : 0;
    if (is_arrow()) {
        emit(Opcode::LdaEnv, { hops, 2 });
        emit(Opcode::Star, { function });
        emit(Opcode::LdaEnv, { hops, 1 });
        emit(Opcode::Star, { new_target });
    } else {
        emit(Opcode::LdaCallee);
        emit(Opcode::Star, { function });
        emit(Opcode::LdaNewTarget);
        emit(Opcode::Star, { new_target });
    }
    emit(Opcode::Ldar, { function });
    emit(Opcode::GetSuperConstructor);
    emit(Opcode::Star, { constructor });
    ArgumentList arguments = generate_arguments(call.arguments);
    m_position_node = &call;
    emit(arguments.spread ? Opcode::SuperConstructSpread : Opcode::SuperConstruct,
        { constructor, new_target, arguments.first, arguments.count, slot() });
    Reg result = allocate();
    emit(Opcode::Star, { result });
    // BindThisValue: ReferenceError if `this` is already bound.
    Label unbound;
    if (through_environment)
        emit(Opcode::LdaEnv, { hops, 0 });
    else
        emit(Opcode::Ldar, { 0 });
    emit_jump(Opcode::JumpIfEmpty, unbound);
    emit(Opcode::ThrowReferenceError, { atom_constant(std::string_view("Super constructor may only be called once")) });
    bind(unbound);
    emit(Opcode::Ldar, { result });
    if (through_environment)
        emit(Opcode::StaEnv, { hops, 0 });
    if (!is_arrow())
        emit(Opcode::Star, { 0 });
    emit(Opcode::InitializeInstanceElements, { result, function });
    emit(Opcode::Ldar, { result });
}

// --- Generators and async functions

void FunctionGenerator::emit_resume_dispatch(Reg kind)
{
    Label return_path;
    Label resumed;
    emit_jump(Opcode::ResumeDispatch, return_path, { kind });
    emit_jump(Opcode::Jump, resumed);
    bind(return_path);
    emit_return();
    bind(resumed);
}

// Await(acc) in an async function; acc = the result, or the awaited rejection is thrown.
void FunctionGenerator::emit_await()
{
    Label rejected_return;
    Label resumed;
    emit(Opcode::Await, { *m_await_kind });
    emit_jump(Opcode::ResumeDispatch, rejected_return, { *m_await_kind });
    emit_jump(Opcode::Jump, resumed);
    bind(rejected_return); // an await never resumes with a return
    emit(Opcode::Return);
    bind(resumed);
}

// After CreateGenerator or Yield: continue, throw, or return (an async generator awaits the
// returned value first: AsyncGeneratorUnwrapYieldResumption).
void FunctionGenerator::emit_yield_resume()
{
    Label return_path;
    Label resumed;
    emit_jump(Opcode::ResumeDispatch, return_path, { *m_generator + 1 });
    emit_jump(Opcode::Jump, resumed);
    bind(return_path);
    if (m_await_kind)
        emit_await();
    emit_return();
    bind(resumed);
}

void FunctionGenerator::generate_yield(parser::YieldExpression& node)
{
    if (!m_generator) {
        throw_not_implemented("yield outside a generator");
        return;
    }
    if (node.delegate) {
        generate_yield_delegate(node);
        return;
    }
    if (node.argument)
        generate_expression(node.argument);
    else
        emit(Opcode::LdaUndefined);
    m_position_node = &node;
    if (m_await_kind)
        emit_await(); // async generators yield the awaited value
    emit(Opcode::Yield, { *m_generator });
    emit_yield_resume();
}

// yield* (14.4.14): forwards next/throw/return to the inner iterator. A sync generator yields
// the inner results as they are; an async generator awaits each inner result, yields its value,
// and awaits a value sent with return() before forwarding it.
void FunctionGenerator::generate_yield_delegate(parser::YieldExpression& node)
{
    TemporaryScope temporaries(*this);
    Reg generator = *m_generator;
    Reg kind = generator + 1;
    Reg iterator = allocate_range(2); // iterator, next method
    Reg received = allocate();
    Reg method = allocate();
    Reg list = allocate_range(2); // this, argument
    Reg result = allocate();
    bool is_async = m_await_kind.has_value();
    generate_expression(node.argument);
    m_position_node = &node;
    emit(Opcode::GetIterator, { iterator, is_async ? 1 : 0, slot() });
    emit(Opcode::LdaUndefined);
    emit(Opcode::Star, { received });
    emit(Opcode::LdaSmi, { 0 });
    emit(Opcode::Star, { kind });
    Label loop;
    Label call_throw;
    Label call_return;
    Label call;
    Label done;
    Label finish;
    bind(loop);
    // Pick the method by the resume kind.
    emit(Opcode::LdaSmi, { 1 });
    emit(Opcode::StrictEqual, { kind, slot() });
    emit_jump(Opcode::JumpIfTrue, call_throw);
    emit(Opcode::LdaSmi, { 2 });
    emit(Opcode::StrictEqual, { kind, slot() });
    emit_jump(Opcode::JumpIfTrue, call_return);
    emit(Opcode::Mov, { iterator + 1, method });
    emit_jump(Opcode::Jump, call);
    bind(call_throw);
    {
        Label has_throw;
        emit(Opcode::GetNamed, { iterator, atom_constant(std::string_view("throw")), slot() });
        emit(Opcode::Star, { method });
        emit_jump(Opcode::JumpIfNotNullish, has_throw);
        // No throw method: close the iterator, then TypeError.
        if (is_async)
            emit_async_iterator_close(iterator);
        else
            emit(Opcode::IteratorClose, { iterator, 0 });
        emit(Opcode::ThrowTypeError, { atom_constant(std::string_view("The iterator does not provide a 'throw' method")) });
        bind(has_throw);
        emit_jump(Opcode::Jump, call);
    }
    bind(call_return);
    {
        Label has_return;
        emit(Opcode::GetNamed, { iterator, atom_constant(std::string_view("return")), slot() });
        emit(Opcode::Star, { method });
        emit_jump(Opcode::JumpIfNotNullish, has_return);
        emit(Opcode::Ldar, { received });
        if (is_async)
            emit_await();
        emit_return();
        bind(has_return);
    }
    bind(call);
    emit(Opcode::Mov, { iterator, list });
    emit(Opcode::Mov, { received, list + 1 });
    emit(Opcode::Call, { method, list, 2, slot() });
    if (is_async)
        emit_await();
    emit(Opcode::ThrowIfNotObject, { atom_constant(std::string_view("Iterator result is not an object")) });
    emit(Opcode::Star, { result });
    emit(Opcode::GetNamed, { result, atom_constant(std::string_view("done")), slot() });
    emit_jump(Opcode::JumpIfTrue, done);
    if (is_async) {
        emit(Opcode::GetNamed, { result, atom_constant(std::string_view("value")), slot() });
        emit(Opcode::Yield, { generator });
        emit(Opcode::Star, { received });
        // AsyncGeneratorUnwrapYieldResumption: a value sent by return() is awaited first; a
        // rejection turns the resumption into a throw.
        Label not_return;
        emit(Opcode::LdaSmi, { 2 });
        emit(Opcode::StrictEqual, { kind, slot() });
        emit_jump(Opcode::JumpIfFalse, not_return);
        emit(Opcode::Ldar, { received });
        emit(Opcode::Await, { *m_await_kind });
        emit(Opcode::Star, { received });
        emit(Opcode::LdaSmi, { 1 });
        emit(Opcode::StrictEqual, { *m_await_kind, slot() });
        emit_jump(Opcode::JumpIfFalse, not_return);
        emit(Opcode::LdaSmi, { 1 });
        emit(Opcode::Star, { kind });
        bind(not_return);
    } else {
        emit(Opcode::Ldar, { result });
        emit(Opcode::YieldResult, { generator });
        emit(Opcode::Star, { received });
    }
    emit_jump(Opcode::Loop, loop, { slot() });
    bind(done);
    emit(Opcode::GetNamed, { result, atom_constant(std::string_view("value")), slot() });
    // A return forwarded to the inner iterator completes this generator too.
    emit(Opcode::Star, { result });
    emit(Opcode::LdaSmi, { 2 });
    emit(Opcode::StrictEqual, { kind, slot() });
    emit_jump(Opcode::JumpIfFalse, finish);
    emit(Opcode::Ldar, { result });
    emit_return();
    bind(finish);
    emit(Opcode::Ldar, { result });
}

void FunctionGenerator::generate_await(parser::AwaitExpression& node)
{
    if (!m_await_kind) {
        throw_not_implemented("await outside an async function");
        return;
    }
    generate_expression(node.argument);
    m_position_node = &node;
    emit_await();
}

// --- Top level

static void generate_declare_globals(FunctionGenerator& g, parser::Program& program)
{
    std::vector<GlobalFunctionDeclaration> functions;
    // functionsToInitialize: the last declaration of each name wins.
    std::vector<parser::FunctionNode*> declarations;
    for (Statement* statement : program.body) {
        Node* node = statement;
        while (node && node->is(NodeKind::LabelledStatement))
            node = node->as<parser::LabelledStatement>().body;
        if (node && node->is(NodeKind::FunctionDeclaration) && node->as<parser::FunctionNode>().name)
            declarations.push_back(&node->as<parser::FunctionNode>());
    }
    std::unordered_map<parser::Atom, size_t> last_declaration;
    for (size_t i = 0; i < declarations.size(); ++i)
        last_declaration[declarations[i]->name->name] = i;
    std::unordered_set<runtime::String*> declared_names;
    for (size_t i = 0; i < declarations.size(); ++i) {
        if (last_declaration[declarations[i]->name->name] != i)
            continue;
        FunctionTemplate* function = g.compile_nested(*declarations[i], template_kind_for(*declarations[i]));
        if (!function)
            return;
        functions.push_back({ g.intern(declarations[i]->name->name), function });
        declared_names.insert(functions.back().name);
    }
    std::vector<runtime::String*> var_names;
    std::vector<GlobalLexicalDeclaration> lexicals;
    for (Variable* variable : program.scope->variables) {
        runtime::String* name = g.intern(variable->name);
        switch (variable->kind) {
        case VariableKind::Var:
        case VariableKind::Function:
            if (declared_names.insert(name).second)
                var_names.push_back(name);
            break;
        case VariableKind::Let:
        case VariableKind::Class:
            lexicals.push_back({ name, false });
            break;
        case VariableKind::Const:
        case VariableKind::Using:
            lexicals.push_back({ name, true });
            break;
        default:
            break;
        }
    }
    auto* descriptor = g.compilation().keep(GlobalDeclarations::create(g.vm().heap(), functions, var_names, lexicals));
    g.emit(Opcode::DeclareGlobals, { g.cell_constant(descriptor) });
}

// --- Prologues

void FunctionGenerator::generate_prologue()
{
    if (!m_function) {
        m_parameter_count = 0;
        m_local_base = 1;
        m_next_register = m_max_register = 1 + m_compilation.top_level_locals;
        m_scope = m_program->scope;
        if (m_kind == FunctionTemplateKind::Module || m_program->is_module) {
            // Runs with env = the module environment the loader made from constant 0.
            statement_position(m_program);
            generate_module_prologue();
            if (failed())
                return;
            if (m_has_this_environment)
                push_this_environment(*this, false);
            if (m_program->has_top_level_await)
                m_await_kind = allocate();
            generate_statements_with_disposal(m_program->body);
            emit(Opcode::LdaUndefined);
            emit(Opcode::Return);
            return;
        }
        if (m_has_this_environment)
            push_this_environment(*this, false);
        statement_position(m_program);
        generate_declare_globals(*this, *m_program);
        m_completion = allocate();
        emit(Opcode::LdaUndefined);
        emit(Opcode::Star, { *m_completion });
        generate_statements(m_program->body);
        emit(Opcode::Ldar, { *m_completion });
        emit(Opcode::Return);
        return;
    }

    parser::FunctionNode& function = *m_function;
    uint32_t parameter_count = 0;
    for (Pattern* parameter : function.parameters) {
        if (parameter->is(NodeKind::RestElement))
            break;
        ++parameter_count;
    }
    m_parameter_count = parameter_count;
    m_local_base = 1 + parameter_count;
    // Simple parameters held in registers stay in their argument registers.
    if (function.has_simple_parameter_list) {
        for (uint32_t k = 0; k < parameter_count; ++k) {
            Pattern* parameter = function.parameters[k];
            if (!parameter->is(NodeKind::Identifier))
                continue;
            Variable* variable = parameter->as<parser::Identifier>().resolution.variable;
            if (variable && variable->location == VariableLocation::Register)
                m_parameter_registers[variable] = 1 + k;
        }
    }
    m_next_register = m_max_register = m_local_base + (function.scope ? function.scope->register_count : 0);
    m_scope = function.scope ? function.scope->parent : nullptr;
    statement_position(&function);

    if (m_has_this_environment)
        push_this_environment(*this, m_kind == FunctionTemplateKind::DerivedClassConstructor);
    enter_scope(function.scope);

    // `arguments` and a named function expression's own name. A `var arguments` is the same
    // binding, initialised with the arguments object (10.2.11 steps 15-22: only a parameter,
    // function or lexical declaration of that name replaces the object).
    bool may_have_arguments = function.function_kind != parser::FunctionKind::Arrow
        && function.function_kind != parser::FunctionKind::ClassFieldInitializer
        && function.function_kind != parser::FunctionKind::ClassStaticBlock;
    for (Variable* variable : function.scope->variables) {
        bool var_arguments = may_have_arguments && !function.body_scope && variable->kind == VariableKind::Var
            && variable->name->text == "arguments";
        if (var_arguments)
            m_uses_arguments = true;
        if (variable->kind == VariableKind::Arguments || var_arguments) {
            bool mapped = !function.is_strict && function.has_simple_parameter_list;
            if (mapped)
                emit(Opcode::CreateMappedArguments, { cell_constant(parameter_map(function)) });
            else
                emit(Opcode::CreateArguments);
            store_access(access_for_variable(variable), variable->name, true);
        } else if (variable->kind == VariableKind::FunctionName) {
            emit(Opcode::LdaCallee);
            store_access(access_for_variable(variable), variable->name, true);
        }
    }
    generate_parameters();

    Scope* var_scope = function.scope;
    if (function.body_scope) {
        var_scope = function.body_scope;
        enter_scope(function.body_scope);
        // 10.2.11 step 28.f.i.4: a var named like a parameter starts with its value.
        for (Variable* variable : function.body_scope->variables) {
            Variable* parameter = function.scope->find(variable->name);
            if (!parameter || parameter->kind != VariableKind::Parameter || variable->is_lexical)
                continue;
            load_access(access_for_variable(parameter), parameter->name, false, false);
            store_access(access_for_variable(variable), variable->name, true);
        }
    }
    instantiate_functions(function.body, var_scope);
    if (function.is_async)
        m_await_kind = allocate();
    if (function.is_generator) {
        // The call ends here, returning the generator object; the first next() continues.
        m_generator = allocate_range(2);
        emit(Opcode::CreateGenerator, { *m_generator });
        emit_yield_resume();
    }
    generate_statements_with_disposal(function.body);
    if (failed())
        return;
    emit(Opcode::LdaUndefined);
    emit_return();
}

// The [[ParameterMap]] of a mapped arguments object (10.4.4.7 CreateMappedArgumentsObject,
// steps 15-17): per parameter index, the environment slot of the parameter, or the empty Value
// where a later parameter has the same name (or the parameter is not in the environment).
runtime::ValueArray* FunctionGenerator::parameter_map(parser::FunctionNode& function)
{
    auto count = uint32_t(function.parameters.size());
    auto* map = m_compilation.keep(runtime::ValueArray::create(vm().heap(), count, runtime::Value::empty()));
    map->set_size(count);
    std::unordered_set<parser::Atom> mapped_names;
    for (uint32_t k = count; k-- > 0;) {
        auto& identifier = function.parameters[k]->as<parser::Identifier>();
        Variable* variable = identifier.resolution.variable;
        if (!mapped_names.insert(identifier.name).second || !variable || variable->location != VariableLocation::Environment)
            continue;
        map->set_non_cell(k, runtime::Value::int32(int32_t(variable->index)));
    }
    return map;
}

void FunctionGenerator::generate_parameters()
{
    parser::FunctionNode& function = *m_function;
    if (function.has_simple_parameter_list) {
        for (uint32_t k = 0; k < function.parameters.size(); ++k) {
            Pattern* parameter = function.parameters[k];
            if (!parameter->is(NodeKind::Identifier))
                continue;
            auto& identifier = parameter->as<parser::Identifier>();
            Variable* variable = identifier.resolution.variable;
            if (variable && variable->location == VariableLocation::Register && m_parameter_registers[variable] == 1 + k)
                continue; // already in place
            emit(Opcode::Ldar, { 1 + k });
            store_variable(identifier, true);
        }
        return;
    }
    for (uint32_t k = 0; k < function.parameters.size(); ++k) {
        Pattern* parameter = function.parameters[k];
        set_position(parameter);
        m_position_node = parameter;
        if (parameter->is(NodeKind::RestElement)) {
            emit(Opcode::CreateRestArray);
            bind_pattern(parameter->as<parser::RestElement>().argument, true);
        } else {
            emit(Opcode::Ldar, { 1 + k });
            bind_pattern(parameter, true);
        }
    }
}

// --- Classes

FunctionTemplate* FunctionGenerator::default_constructor_template(parser::ClassNode& class_node, bool derived)
{
    BytecodeWriter writer;
    FunctionTemplateInfo info;
    info.kind = derived ? FunctionTemplateKind::DerivedClassConstructor : FunctionTemplateKind::ClassConstructor;
    info.is_strict = true;
    info.source_start = class_node.source_start;
    info.source_end = class_node.source_end;
    info.line = class_node.start.line;
    info.column = class_node.start.column;
    if (derived) {
        // constructor(...args) { super(...args); }
        writer.emit(Opcode::CreateRestArray, {});
        writer.emit(Opcode::Star, { 1 });
        writer.emit(Opcode::SuperCallSpread, { 1, 1, 0 });
        info.register_count = 2;
        info.feedback_slot_count = 1;
    }
    writer.emit(Opcode::LdaUndefined, {});
    writer.emit(Opcode::Return, {});
    (void)writer.finish();
    runtime::String* name = class_node.name ? intern(class_node.name->name) : nullptr;
    if (auto it = m_compilation.inferred_names.find(&class_node); !name && it != m_compilation.inferred_names.end())
        name = it->second;
    std::vector<SourcePositionEntry> positions { { 0, class_node.start.line, class_node.start.column } };
    return m_compilation.keep(FunctionTemplate::create(vm().heap(), info, name, writer.take_code(), nullptr, {}, std::move(positions), m_compilation.source));
}

// DefineMethod's flag: the kind in bits 0-1, enumerable in bit 2.
constexpr uint32_t kMethodKindMethod = 0;
constexpr uint32_t kMethodKindGetter = 1;
constexpr uint32_t kMethodKindSetter = 2;

void FunctionGenerator::generate_class(parser::ClassNode& class_node, Reg into)
{
    TemporaryScope temporaries(*this);
    Scope* saved_scope = m_scope;
    set_position(&class_node);
    m_position_node = &class_node;
    // The class's private names live in its scope's environment, after the analysis' slots.
    std::vector<Compilation::PrivateName> private_names;
    for (parser::ClassElement* element : class_node.elements) {
        if (!element->key || !element->key->is(NodeKind::PrivateIdentifier))
            continue;
        parser::Atom name = element->key->as<parser::PrivateIdentifier>().name;
        uint32_t kind = element->element_kind == parser::ClassElementKind::Method ? 1
            : element->element_kind == parser::ClassElementKind::Getter || element->element_kind == parser::ClassElementKind::Setter ? 2
                                                                                                                                      : 0;
        bool seen = false;
        for (auto const& existing : private_names)
            seen = seen || existing.name == name;
        if (!seen)
            private_names.push_back({ name, kind });
    }
    if (!private_names.empty() && class_node.scope) {
        m_compilation.forced_environments.insert(class_node.scope);
        m_compilation.private_names[class_node.scope] = private_names;
    }
    enter_scope(class_node.scope);
    for (uint32_t i = 0; i < private_names.size() && class_node.scope; ++i) {
        std::string description = "#" + std::string(private_names[i].name->text);
        emit(Opcode::CreatePrivateName, { atom_constant(std::string_view(description)), private_names[i].kind });
        emit(Opcode::StaEnv, { 0, class_node.scope->environment_size + i });
    }
    Reg heritage = allocate();
    if (class_node.super_class) {
        generate_expression(class_node.super_class);
        m_position_node = &class_node;
    } else {
        emit(Opcode::LdaEmpty);
    }
    emit(Opcode::Star, { heritage });
    for (parser::ClassElement* element : class_node.elements) {
        if (!element->decorators.empty() || !class_node.decorators.empty()) {
            throw_not_implemented("Decorators");
            leave_scope(class_node.scope);
            m_scope = saved_scope;
            return;
        }
        if (element->element_kind == parser::ClassElementKind::AutoAccessor) {
            throw_not_implemented("Auto-accessors");
            leave_scope(class_node.scope);
            m_scope = saved_scope;
            return;
        }
    }
    FunctionTemplate* constructor = nullptr;
    bool derived = class_node.super_class != nullptr;
    if (class_node.constructor) {
        m_compilation.constructor_classes[class_node.constructor] = &class_node;
        constructor = compile_nested(*class_node.constructor, derived ? FunctionTemplateKind::DerivedClassConstructor : FunctionTemplateKind::ClassConstructor);
    } else {
        constructor = default_constructor_template(class_node, derived);
    }
    if (!constructor)
        return;
    Reg klass = allocate();
    Reg prototype = allocate();
    m_position_node = &class_node;
    emit(Opcode::CreateClass, { cell_constant(constructor), heritage });
    emit(Opcode::Star, { klass });
    emit(Opcode::GetNamed, { klass, atom_constant(std::string_view("prototype")), slot() });
    emit(Opcode::Star, { prototype });

    struct StaticElement {
        Reg key;
        Reg function;
        bool is_block;
        bool is_private;
    };
    std::vector<StaticElement> statics;
    std::vector<std::pair<Reg, bool>> private_methods; // name register, is static
    std::vector<parser::Atom> private_method_names;
    auto is_private = [](parser::ClassElement const* element) { return element->key && element->key->is(NodeKind::PrivateIdentifier); };
    for (parser::ClassElement* element : class_node.elements) {
        if (element->function && element->function == class_node.constructor)
            continue;
        Reg target = element->is_static ? klass : prototype;
        switch (element->element_kind) {
        case parser::ClassElementKind::Method:
        case parser::ClassElementKind::Getter:
        case parser::ClassElementKind::Setter: {
            uint32_t kind = element->element_kind == parser::ClassElementKind::Getter ? kMethodKindGetter
                : element->element_kind == parser::ClassElementKind::Setter           ? kMethodKindSetter
                                                                                      : kMethodKindMethod;
            if (is_private(element)) {
                parser::Atom name = element->key->as<parser::PrivateIdentifier>().name;
                Reg key = 0;
                bool found = false;
                // One register per private method name (a getter and a setter share it).
                for (size_t i = 0; i < private_method_names.size(); ++i) {
                    if (private_method_names[i] == name) {
                        key = private_methods[i].first;
                        found = true;
                    }
                }
                if (!found) {
                    key = allocate();
                    if (!load_private_name(name, key))
                        return;
                    private_methods.push_back({ key, element->is_static });
                    private_method_names.push_back(name);
                }
                emit_create_closure(*element->function);
                emit(Opcode::SetHomeObject, { target });
                emit(Opcode::SetFunctionName, { key, kind });
                emit(Opcode::SetPrivateMethod, { key, kind });
                break;
            }
            TemporaryScope element_temporaries(*this);
            Reg key = allocate();
            generate_property_key(element->key, element->computed, key);
            emit_create_closure(*element->function);
            m_position_node = element;
            emit(Opcode::DefineMethod, { target, key, kind });
            break;
        }
        case parser::ClassElementKind::Field: {
            // NamedEvaluation of an anonymous function or class initializer by the field's name.
            if (element->value && !element->computed && element->key) {
                Expression* value = element->value;
                while (value->is(NodeKind::ParenthesizedExpression))
                    value = value->as<parser::ParenthesizedExpression>().expression;
                bool anonymous = ((value->is(NodeKind::FunctionExpression) || value->is(NodeKind::ArrowFunction)) && !value->as<parser::FunctionNode>().name)
                    || (value->is(NodeKind::ClassExpression) && !value->as<parser::ClassNode>().name);
                runtime::String* field_name = nullptr;
                if (element->key->is(NodeKind::Identifier))
                    field_name = intern(element->key->as<parser::Identifier>().name);
                else if (element->key->is(NodeKind::PrivateIdentifier))
                    field_name = m_compilation.keep(vm().atoms().intern_utf8("#" + std::string(element->key->as<parser::PrivateIdentifier>().name->text)));
                else if (element->key->is(NodeKind::StringLiteral))
                    field_name = intern(element->key->as<parser::StringLiteral>().value);
                if (anonymous && field_name)
                    m_compilation.inferred_names[value] = field_name;
            }
            Reg key = allocate();
            if (is_private(element)) {
                if (!load_private_name(element->key->as<parser::PrivateIdentifier>().name, key))
                    return;
            } else {
                generate_property_key(element->key, element->computed, key);
            }
            if (element->function) {
                emit_create_closure(*element->function);
                emit(Opcode::SetHomeObject, { target });
            } else {
                emit(Opcode::LdaUndefined);
            }
            if (element->is_static) {
                Reg function = allocate();
                emit(Opcode::Star, { function });
                statics.push_back({ key, function, false, is_private(element) });
            } else {
                emit(Opcode::AddClassField, { klass, key });
                release_to(key);
            }
            break;
        }
        case parser::ClassElementKind::StaticBlock: {
            Reg function = allocate();
            emit_create_closure(*element->function);
            emit(Opcode::SetHomeObject, { klass });
            emit(Opcode::Star, { function });
            statics.push_back({ 0, function, true, false });
            break;
        }
        case parser::ClassElementKind::AutoAccessor:
            break;
        }
    }
    // Private methods: instances get them when constructed, the class its static ones now.
    for (auto const& [key, is_static] : private_methods)
        emit(is_static ? Opcode::DefinePrivateMethod : Opcode::AddClassPrivateMethod, { klass, key });
    // The inner binding of the class name, then static fields and blocks in order.
    if (class_node.name) {
        emit(Opcode::Ldar, { klass });
        store_access(access_for_name(class_node.name->name), class_node.name->name, true);
    }
    for (StaticElement const& element : statics) {
        TemporaryScope element_temporaries(*this);
        Reg receiver = allocate();
        emit(Opcode::Mov, { klass, receiver });
        if (element.is_block || true) {
            Label no_initializer;
            if (!element.is_block) {
                emit(Opcode::Ldar, { element.function });
                emit_jump(Opcode::JumpIfUndefined, no_initializer);
            }
            emit(Opcode::Call, { element.function, receiver, 1, slot() });
            if (!element.is_block) {
                Label define;
                emit_jump(Opcode::Jump, define);
                bind(no_initializer);
                emit(Opcode::LdaUndefined);
                bind(define);
                if (element.is_private)
                    emit(Opcode::DefinePrivateField, { klass, element.key });
                else
                    emit(Opcode::DefineOwnKeyed, { klass, element.key, slot() });
            }
        }
    }
    leave_scope(class_node.scope);
    m_scope = saved_scope;
    emit(Opcode::Ldar, { klass });
    emit(Opcode::Star, { into });
}

}
