// The bytecode generator's driver and per-function machinery: constants with deduplication,
// feedback slot numbering, the register allocator, source positions, scopes and environments,
// variable access by resolution kind, and jumps that unwind environments, iterators and finally
// blocks. See generator_internals.h for the frame layout.

#include "bytecode/generator_internals.h"

#include "gc/heap.h"
#include "parser/stack_limit.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <bit>
#include <cstring>

namespace sable::bytecode {

namespace detail {

using parser::ResolutionKind;
using parser::ScopeKind;
using parser::VariableKind;
using parser::VariableLocation;

FunctionGenerator::FunctionGenerator(Compilation& compilation, FunctionGenerator* parent, parser::FunctionNode* function,
    parser::Program* program, FunctionTemplateKind kind, OperandScale jump_scale, bool has_this_environment)
    : m_compilation(compilation)
    , m_parent(parent)
    , m_function(function)
    , m_program(program)
    , m_kind(kind)
    , m_has_this_environment(has_this_environment)
    , m_writer(jump_scale)
{
    m_strict = function ? function->is_strict : program->is_strict;
    m_depth = parent ? parent->m_depth + 1 : 0;
}

// --- Emission

void FunctionGenerator::emit(Opcode opcode, std::initializer_list<OperandValue> fields)
{
    if (has_flag(opcode, opcode_flags::Throws) && m_position_node)
        set_position(m_position_node);
    m_writer.emit(opcode, fields);
}

void FunctionGenerator::emit_jump(Opcode opcode, Label& label, std::initializer_list<OperandValue> other_fields)
{
    if (has_flag(opcode, opcode_flags::Throws) && m_position_node)
        set_position(m_position_node);
    m_writer.emit_jump(opcode, label, other_fields);
}

void FunctionGenerator::set_position(Node const* node)
{
    if (!node)
        return;
    auto offset = uint32_t(m_writer.offset());
    SourcePositionEntry entry { offset, node->start.line, node->start.column };
    if (!m_positions.empty()) {
        SourcePositionEntry& last = m_positions.back();
        if (last.line == entry.line && last.column == entry.column)
            return;
        if (last.bytecode_offset == offset) {
            last = entry;
            return;
        }
    }
    m_positions.push_back(entry);
}

void FunctionGenerator::statement_position(Node const* node)
{
    m_position_node = node;
    set_position(node);
}

uint32_t FunctionGenerator::constant(runtime::Value value)
{
    m_constants.push_back(value);
    return uint32_t(m_constants.size() - 1);
}

uint32_t FunctionGenerator::number_constant(double number)
{
    runtime::Value value = runtime::Value::number(number);
    uint64_t key = value.bits();
    if (auto it = m_number_constants.find(key); it != m_number_constants.end())
        return it->second;
    uint32_t index = constant(value);
    m_number_constants.emplace(key, index);
    return index;
}

uint32_t FunctionGenerator::cell_constant(gc::Cell* cell)
{
    if (auto it = m_cell_constants.find(cell); it != m_cell_constants.end())
        return it->second;
    uint32_t index = constant(runtime::Value::internal_cell(cell));
    m_cell_constants.emplace(cell, index);
    return index;
}

runtime::String* FunctionGenerator::intern(parser::Atom atom)
{
    auto [it, inserted] = m_compilation.atoms.try_emplace(atom, nullptr);
    if (inserted)
        it->second = m_compilation.keep(vm().atoms().intern_utf8(atom->text));
    return it->second;
}

runtime::String* FunctionGenerator::intern(std::u16string_view text)
{
    return m_compilation.keep(vm().atoms().intern(text));
}

static uint32_t string_constant(FunctionGenerator& g, runtime::String* atom)
{
    if (auto it = g.m_cell_constants.find(atom); it != g.m_cell_constants.end())
        return it->second;
    uint32_t index = g.constant(runtime::Value::string(atom));
    g.m_cell_constants.emplace(atom, index);
    return index;
}

uint32_t FunctionGenerator::atom_constant(parser::Atom atom) { return string_constant(*this, intern(atom)); }
uint32_t FunctionGenerator::atom_constant(std::u16string_view text) { return string_constant(*this, intern(text)); }
uint32_t FunctionGenerator::atom_constant(std::string_view text)
{
    return string_constant(*this, m_compilation.keep(vm().atoms().intern_utf8(text)));
}

void FunctionGenerator::load_string(std::u16string_view text) { emit(Opcode::LdaConst, { atom_constant(text) }); }

void FunctionGenerator::load_number(double number)
{
    // Fast path: small integers (not -0) are immediates.
    if (number == double(int32_t(number)) && !(number == 0 && std::signbit(number)) && number >= INT32_MIN && number <= INT32_MAX) {
        emit(Opcode::LdaSmi, { int32_t(number) });
        return;
    }
    emit(Opcode::LdaConst, { number_constant(number) });
}

void FunctionGenerator::throw_not_implemented(char const* construct)
{
    std::string message = std::string(construct) + " is not implemented yet";
    emit(Opcode::ThrowTypeError, { atom_constant(std::string_view(message)) });
}

void FunctionGenerator::fail(std::string message, Node const* node)
{
    if (!m_compilation.error)
        m_compilation.error = GeneratorError { std::move(message), node ? node->start : parser::SourcePosition {} };
}

// --- Registers

Reg FunctionGenerator::allocate() { return allocate_range(1); }

Reg FunctionGenerator::allocate_range(uint32_t count)
{
    Reg first = m_next_register;
    m_next_register += count;
    if (m_next_register > m_max_register)
        m_max_register = m_next_register;
    return first;
}

// --- Scopes

static runtime::ScopeDescriptor::Kind descriptor_kind(Scope const& scope)
{
    using K = runtime::ScopeDescriptor::Kind;
    switch (scope.kind) {
    case ScopeKind::Function:
        return scope.function && scope.function->body_scope ? K::FunctionParameters : K::Function;
    case ScopeKind::FunctionBody:
        return K::FunctionBody;
    case ScopeKind::Catch:
        return K::Catch;
    case ScopeKind::Class:
        return K::Class;
    case ScopeKind::Module:
        return K::Module;
    default:
        return K::Block;
    }
}

// Parameters of a list with expressions (defaults, patterns) are in their TDZ until bound:
// `function f(a = b, b) {}` throws.
static bool is_tdz_parameter(Variable const* variable)
{
    return variable->kind == VariableKind::Parameter && variable->scope && variable->scope->function
        && !variable->scope->function->has_simple_parameter_list;
}

static bool has_tdz(Variable const* variable) { return variable->is_lexical || is_tdz_parameter(variable); }

static uint8_t binding_flags(Variable const& variable)
{
    using D = runtime::ScopeDescriptor;
    if (is_tdz_parameter(&variable))
        return D::kMutable | D::kLexical;
    switch (variable.kind) {
    case VariableKind::Const:
    case VariableKind::Using:
    case VariableKind::ClassName:
        return D::kLexical;
    case VariableKind::FunctionName:
        return D::kSloppyReadOnly;
    case VariableKind::Import:
        return D::kLexical;
    default:
        return variable.is_lexical ? uint8_t(D::kMutable | D::kLexical) : D::kMutable;
    }
}

void FunctionGenerator::enter_scope(Scope* scope, runtime::ScopeDescriptor const*)
{
    if (!scope)
        return;
    m_scope = scope;
    if (scope->kind == ScopeKind::With)
        return; // the with statement pushes its object environment itself
    if (has_environment(scope)) {
        std::vector<runtime::ScopeDescriptor::Binding> bindings(scope->environment_size, { nullptr, 0 });
        if (auto it = m_compilation.private_names.find(scope); it != m_compilation.private_names.end()) {
            for (auto const& name : it->second)
                bindings.push_back({ m_compilation.keep(vm().atoms().intern_utf8("#" + std::string(name.name->text))), 0 });
        }
        for (Variable* variable : scope->variables) {
            if (variable->location != VariableLocation::Environment || variable->index >= bindings.size())
                continue;
            bindings[variable->index] = { intern(variable->name), binding_flags(*variable) };
        }
        for (auto& binding : bindings) {
            if (!binding.name)
                binding = { m_compilation.keep(vm().atoms().intern_latin1("*unused*")), runtime::ScopeDescriptor::kMutable };
        }
        auto* descriptor = m_compilation.keep(runtime::ScopeDescriptor::create(vm().heap(), descriptor_kind(*scope), bindings));
        emit(Opcode::PushBlockEnv, { cell_constant(descriptor) });
        push_control(ControlScope(ControlScope::Kind::Environment));
    }
    initialize_lexicals_tdz(scope);
}

void FunctionGenerator::leave_scope(Scope* scope)
{
    if (!scope)
        return;
    if (has_environment(scope) && scope->kind != ScopeKind::With) {
        emit(Opcode::PopEnv);
        pop_control();
    }
    m_scope = scope->parent;
}

// Register-held lexical bindings start in the TDZ (empty) each time their scope is entered.
void FunctionGenerator::initialize_lexicals_tdz(Scope* scope)
{
    for (Variable* variable : scope->variables) {
        if (variable->location != VariableLocation::Register || !has_tdz(variable))
            continue;
        if (variable->kind == VariableKind::BlockFunction)
            continue; // instantiated with the scope
        m_initialized.erase(variable);
        VariableAccess access = access_for_variable(variable);
        emit(Opcode::LdaEmpty);
        emit(Opcode::Star, { access.reg });
    }
}

// --- Variables

// Counts the environments between the current scope and `target` (exclusive), the hidden
// `this` environments of functions crossed included.
static uint32_t count_hops(FunctionGenerator& g, Scope const* from, Scope const* target)
{
    uint32_t hops = 0;
    for (Scope const* scope = from; scope && scope != target; scope = scope->parent) {
        if (g.has_environment(scope))
            ++hops;
        if (scope->kind == ScopeKind::Function && scope->function && g.m_compilation.needs_this_environment.count(scope->function)
            && scope->function->function_kind != parser::FunctionKind::Arrow)
            ++hops;
    }
    return hops;
}

uint32_t FunctionGenerator::count_environments(Scope const* from, Scope const* target)
{
    return count_hops(*this, from, target);
}

VariableAccess FunctionGenerator::access_for_variable(Variable* variable)
{
    VariableAccess access;
    access.variable = variable;
    if (!variable || variable->location == VariableLocation::Global || variable->location == VariableLocation::Unallocated) {
        // Eval code's top-level bindings live in the environments EvalDeclarationInstantiation
        // makes (or the caller's): found by name.
        access.kind = m_compilation.eval_code ? ResolutionKind::Dynamic : ResolutionKind::Global;
        return access;
    }
    if (variable->location == VariableLocation::Register) {
        access.kind = ResolutionKind::Register;
        if (auto it = m_parameter_registers.find(variable); it != m_parameter_registers.end())
            access.reg = it->second;
        else
            access.reg = m_local_base + variable->index;
        return access;
    }
    access.kind = ResolutionKind::Environment;
    access.slot = variable->index;
    access.hops = count_hops(*this, m_scope, variable->scope);
    return access;
}

VariableAccess FunctionGenerator::access_for(parser::Identifier& identifier)
{
    parser::Resolution const& resolution = identifier.resolution;
    switch (resolution.kind) {
    case ResolutionKind::Dynamic: {
        VariableAccess access;
        access.kind = ResolutionKind::Dynamic;
        access.variable = resolution.variable;
        return access;
    }
    case ResolutionKind::Register:
    case ResolutionKind::Environment:
        return access_for_variable(resolution.variable);
    case ResolutionKind::Global:
        return access_for_variable(resolution.variable);
    case ResolutionKind::Unresolved:
        return access_for_name(identifier.name);
    }
    return {};
}

// For declarations whose identifier scope analysis did not resolve (hoisted functions, class
// names, Annex B var copies): finds the binding from the current scope.
VariableAccess FunctionGenerator::access_for_name(parser::Atom name)
{
    for (Scope* scope = m_scope; scope; scope = scope->parent) {
        if (Variable* variable = scope->find(name))
            return access_for_variable(variable);
    }
    return access_for_variable(nullptr);
}

bool needs_tdz_check(FunctionGenerator& g, Variable const* variable)
{
    if (!variable || !has_tdz(variable))
        return false;
    return !g.m_initialized.count(variable);
}

void FunctionGenerator::load_access(VariableAccess const& access, parser::Atom name, bool for_typeof, bool check_tdz)
{
    switch (access.kind) {
    case ResolutionKind::Register:
        emit(Opcode::Ldar, { access.reg });
        break;
    case ResolutionKind::Environment:
        if (access.variable && m_compilation.indirect_imports.count(access.variable)) {
            emit(Opcode::LdaImport, { access.hops, access.slot });
            return;
        }
        emit(Opcode::LdaEnv, { access.hops, access.slot });
        break;
    case ResolutionKind::Global:
        emit(for_typeof ? Opcode::LdaGlobalTypeof : Opcode::LdaGlobal, { atom_constant(name), slot() });
        return;
    case ResolutionKind::Dynamic:
    case ResolutionKind::Unresolved:
        emit(for_typeof ? Opcode::LdaLookupTypeof : Opcode::LdaLookup, { atom_constant(name) });
        return;
    }
    if (check_tdz && needs_tdz_check(*this, access.variable))
        emit(Opcode::ThrowIfEmpty, { atom_constant(name) });
}

void FunctionGenerator::load_variable(parser::Identifier& identifier, bool for_typeof)
{
    load_access(access_for(identifier), identifier.name, for_typeof, true);
}

void FunctionGenerator::store_access(VariableAccess const& access, parser::Atom name, bool initialize)
{
    Variable const* variable = access.variable;
    switch (access.kind) {
    case ResolutionKind::Global:
        if (initialize && variable && variable->is_lexical && variable->scope && variable->scope->kind == ScopeKind::Script)
            emit(Opcode::InitGlobalLexical, { atom_constant(name) });
        else
            emit(Opcode::StaGlobal, { atom_constant(name), slot() });
        return;
    case ResolutionKind::Dynamic:
    case ResolutionKind::Unresolved:
        if (initialize && m_compilation.eval_code && variable && variable->is_lexical && variable->scope && variable->scope->kind == ScopeKind::Script)
            emit(Opcode::InitLookup, { atom_constant(name) });
        else
            emit(Opcode::StaLookup, { atom_constant(name), m_strict ? 1 : 0 });
        return;
    default:
        break;
    }
    if (!initialize && variable) {
        bool is_constant = variable->kind == VariableKind::Const || variable->kind == VariableKind::Using
            || variable->kind == VariableKind::ClassName || variable->kind == VariableKind::Import;
        if (variable->kind == VariableKind::FunctionName) {
            if (m_strict)
                emit(Opcode::ThrowConstAssignment, { atom_constant(name) });
            return; // sloppy: the assignment is ignored
        }
        if (is_constant || needs_tdz_check(*this, variable)) {
            Reg value = allocate();
            emit(Opcode::Star, { value });
            if (needs_tdz_check(*this, variable)) {
                load_access(access, name, false, false);
                emit(Opcode::ThrowIfEmpty, { atom_constant(name) });
            }
            if (is_constant) {
                emit(Opcode::ThrowConstAssignment, { atom_constant(name) });
                release_to(value);
                return;
            }
            emit(Opcode::Ldar, { value });
            release_to(value);
        }
    }
    if (access.kind == ResolutionKind::Register)
        emit(Opcode::Star, { access.reg });
    else
        emit(Opcode::StaEnv, { access.hops, access.slot });
    // Past the declaration, later reads of this function need no TDZ check, unless a switch
    // case may jump over the declaration.
    if (initialize && variable && has_tdz(variable) && !m_switch_scopes.count(variable->scope))
        m_initialized.insert(variable);
}

void FunctionGenerator::store_variable(parser::Identifier& identifier, bool initialize)
{
    store_access(access_for(identifier), identifier.name, initialize);
}

// Hoisted function declarations of a scope: closures created when the scope is entered.
void FunctionGenerator::instantiate_functions(std::span<Statement*> statements, Scope* scope)
{
    for (Statement* statement : statements) {
        Node* node = statement;
        while (node && node->is(NodeKind::LabelledStatement))
            node = node->as<parser::LabelledStatement>().body;
        if (!node || !node->is(NodeKind::FunctionDeclaration))
            continue;
        auto& function = node->as<parser::FunctionNode>();
        if (!function.name)
            continue;
        // Script top-level functions are created by DeclareGlobals.
        if (scope && scope->kind == ScopeKind::Script)
            continue;
        emit_create_closure(function);
        store_access(access_for_name(function.name->name), function.name->name, true);
    }
}

// --- Control flow

void FunctionGenerator::emit_jump_out(size_t target_depth, Label* target, bool is_continue, parser::Node const* node)
{
    (void)node;
    for (size_t depth = m_controls.size(); depth > target_depth; --depth) {
        ControlScope& control = m_controls[depth - 1];
        switch (control.kind) {
        case ControlScope::Kind::Environment:
            emit(Opcode::PopEnv);
            break;
        case ControlScope::Kind::Iterator:
            // `continue` of the loop owning the iterator keeps it open.
            if (!(is_continue && depth - 1 == target_depth))
                emit_close_iterator_scope(control);
            break;
        case ControlScope::Kind::Finally: {
            int32_t id = m_next_jump_id++;
            control.finally_jumps->push_back({ id, target_depth, false, is_continue, target });
            emit(Opcode::LdaSmi, { id });
            emit(Opcode::Star, { control.completion_kind });
            emit_jump(Opcode::Jump, *control.finally_label);
            return;
        }
        case ControlScope::Kind::Breakable:
            break;
        }
    }
    emit_jump(Opcode::Jump, *target);
}

// Closes a for-of iterator on break/return. The iterator register is cleared first so that
// the loop's throw handler does not close it a second time if return() throws.
void FunctionGenerator::emit_close_iterator(Reg iterator)
{
    emit(Opcode::Mov, { iterator, iterator + 1 });
    emit(Opcode::LdaUndefined);
    emit(Opcode::Star, { iterator });
    emit(Opcode::IteratorClose, { iterator + 1, 0 });
}

// AsyncIteratorClose with a normal completion (break/return out of for await): call return(),
// await its result, require an object. The iterator register is cleared first (see above).
void FunctionGenerator::emit_async_iterator_close(Reg iterator)
{
    Reg mark = temporaries_mark();
    Reg list = allocate();
    Reg method = allocate();
    Label done;
    emit(Opcode::Mov, { iterator, list });
    emit(Opcode::LdaUndefined);
    emit(Opcode::Star, { iterator });
    emit(Opcode::GetNamed, { list, atom_constant(std::string_view("return")), slot() });
    emit(Opcode::Star, { method });
    emit_jump(Opcode::JumpIfNullish, done);
    emit(Opcode::Call, { method, list, 1, slot() });
    emit_await();
    emit(Opcode::ThrowIfNotObject, { atom_constant(std::string_view("Iterator result is not an object")) });
    bind(done);
    release_to(mark);
}

void FunctionGenerator::emit_close_iterator_scope(ControlScope const& control)
{
    if (control.done_register) {
        // Array destructuring (a return resumption at a yield inside the pattern): close unless
        // done, marking it done so its throw handler does not close it again.
        Label skip;
        emit(Opcode::Ldar, { control.done_register });
        emit_jump(Opcode::JumpIfTrue, skip);
        emit(Opcode::LdaTrue);
        emit(Opcode::Star, { control.done_register });
        emit(Opcode::IteratorClose, { control.iterator, 0 });
        bind(skip);
        return;
    }
    if (control.is_async_iterator)
        emit_async_iterator_close(control.iterator);
    else
        emit_close_iterator(control.iterator);
}

void FunctionGenerator::emit_return() { emit_return_from(m_controls.size()); }

// acc = the return value.
void FunctionGenerator::emit_return_from(size_t depth)
{
    for (; depth > 0; --depth) {
        ControlScope& control = m_controls[depth - 1];
        if (control.kind == ControlScope::Kind::Iterator) {
            Reg value = allocate();
            emit(Opcode::Star, { value });
            emit_close_iterator_scope(control);
            emit(Opcode::Ldar, { value });
            release_to(value);
        } else if (control.kind == ControlScope::Kind::Finally) {
            *control.saw_return = true;
            emit(Opcode::Star, { control.completion_value });
            emit(Opcode::LdaSmi, { kCompletionReturn });
            emit(Opcode::Star, { control.completion_kind });
            emit_jump(Opcode::Jump, *control.finally_label);
            return;
        }
    }
    emit_sync_this_register();
    emit(Opcode::Return);
}

bool FunctionGenerator::load_private_name(parser::Atom name, Reg into)
{
    for (Scope const* scope = m_scope; scope; scope = scope->parent) {
        auto it = m_compilation.private_names.find(scope);
        if (it == m_compilation.private_names.end())
            continue;
        for (uint32_t i = 0; i < it->second.size(); ++i) {
            if (it->second[i].name != name)
                continue;
            emit(Opcode::LdaEnv, { count_hops(*this, m_scope, scope), scope->environment_size + i });
            emit(Opcode::Star, { into });
            return true;
        }
    }
    throw_not_implemented("Private names declared outside the compiled code");
    return false;
}

FunctionGenerator* FunctionGenerator::this_holder()
{
    FunctionGenerator* generator = this;
    while (generator->is_arrow() && generator->m_parent)
        generator = generator->m_parent;
    return generator;
}

// --- The whole function

FunctionTemplate* FunctionGenerator::generate()
{
    generate_prologue();
    if (failed())
        return nullptr;
    if (!m_writer.finish())
        return nullptr; // the caller retries with wider jumps

    FunctionTemplateInfo info;
    info.kind = m_kind;
    info.is_strict = m_strict;
    info.parameter_count = m_parameter_count;
    info.register_count = std::max<uint32_t>(m_max_register, 1);
    info.feedback_slot_count = m_slot_count;
    runtime::String* name = nullptr;
    if (m_function) {
        info.is_generator = m_function->is_generator;
        info.is_async = m_function->is_async;
        info.uses_arguments = m_function->uses_arguments || m_uses_arguments;
        info.has_simple_parameter_list = m_function->has_simple_parameter_list;
        info.expected_argument_count = m_function->expected_argument_count;
        info.source_start = m_function->source_start;
        info.source_end = m_function->source_end;
        info.line = m_function->start.line;
        info.column = m_function->start.column;
        if (m_function->name)
            name = intern(m_function->name->name);
        else if (auto it = m_compilation.inferred_names.find(m_function); it != m_compilation.inferred_names.end())
            name = it->second;
        // A class constructor is named after its class and shows the class's source text.
        if (auto it = m_compilation.constructor_classes.find(m_function); it != m_compilation.constructor_classes.end()) {
            parser::ClassNode const* class_node = it->second;
            info.source_start = class_node->source_start;
            info.source_end = class_node->source_end;
            name = nullptr;
            if (class_node->name)
                name = intern(class_node->name->name);
            else if (auto named = m_compilation.inferred_names.find(class_node); named != m_compilation.inferred_names.end())
                name = named->second;
        }
    } else {
        info.source_start = 0;
        info.source_end = m_program->end;
        info.is_async = m_program->is_module && m_program->has_top_level_await;
    }
    runtime::ValueArray* constants = nullptr;
    if (!m_constants.empty()) {
        constants = m_compilation.keep(runtime::ValueArray::create(vm().heap(), uint32_t(m_constants.size()), runtime::Value::undefined()));
        for (uint32_t i = 0; i < m_constants.size(); ++i)
            constants->set(vm().heap(), i, m_constants[i]);
        constants->set_size(uint32_t(m_constants.size()));
    }
    return m_compilation.keep(FunctionTemplate::create(vm().heap(), info, name, m_writer.take_code(), constants,
        std::move(m_handlers), std::move(m_positions), m_compilation.source));
}

FunctionTemplate* generate_function(Compilation& compilation, FunctionGenerator* parent, parser::FunctionNode* function,
    parser::Program* program, FunctionTemplateKind kind)
{
    OperandScale scale = OperandScale::Single;
    bool is_arrow = function && function->function_kind == parser::FunctionKind::Arrow;
    for (;;) {
        bool this_environment = !is_arrow && compilation.needs_this_environment.count(function);
        auto generator = std::make_unique<FunctionGenerator>(compilation, parent, function, program, kind, scale, this_environment);
        FunctionTemplate* result = generator->generate();
        if (compilation.error)
            return nullptr;
        if (!is_arrow && !this_environment && compilation.needs_this_environment.count(function))
            continue; // an arrow inside reads `this`: generate again with the hidden environment
        if (!result) {
            if (scale == OperandScale::Quadruple) {
                compilation.error = GeneratorError { "function too large", function ? function->start : parser::SourcePosition {} };
                return nullptr;
            }
            scale = scale == OperandScale::Single ? OperandScale::Double : OperandScale::Quadruple;
            continue;
        }
        return result;
    }
}

}

GeneratorResult generate_program(runtime::VM& vm, parser::ParsedProgram const& parsed, std::shared_ptr<parser::SourceFile const> source,
    FunctionTemplateKind top_level_kind)
{
    detail::Compilation compilation(vm, parsed, std::move(source));
    compilation.stack_limit = parser::native_stack_limit(4 * 1024 * 1024);
    compilation.eval_code = top_level_kind == FunctionTemplateKind::Eval;
    uint64_t root = vm.heap().add_root_provider([&compilation](gc::Visitor& visitor) {
        for (gc::Cell* cell : compilation.cells)
            visitor.visit(cell);
    });
    if (parsed.scopes) {
        for (parser::Scope const& scope : parsed.scopes->scopes) {
            if (scope.function)
                continue;
            for (parser::Variable const* variable : scope.variables) {
                if (variable->location == parser::VariableLocation::Register)
                    compilation.top_level_locals = std::max(compilation.top_level_locals, variable->index + 1);
            }
        }
    }
    FunctionTemplate* result = nullptr;
    if (parsed.program)
        result = detail::generate_function(compilation, nullptr, nullptr, parsed.program, top_level_kind);
    vm.heap().remove_root_provider(root);
    if (compilation.error)
        return *compilation.error;
    if (!result)
        return GeneratorError { "no program", {} };
    return result;
}

}
