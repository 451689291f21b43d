// Binding and assignment targets: identifiers, member references, object and array
// destructuring (with defaults, rest elements and iterator closing).

#include "bytecode/generator_internals.h"

#include "runtime/vm.h"

#include <functional>
#include <optional>

namespace sable::bytecode::detail {

static Expression* strip(Expression* expression)
{
    while (expression && expression->is(NodeKind::ParenthesizedExpression))
        expression = expression->as<parser::ParenthesizedExpression>().expression;
    return expression;
}

Reference FunctionGenerator::prepare_reference(Pattern* target, Expression* later)
{
    Reference reference;
    target = strip(target);
    reference.node = target;
    if (target->is(NodeKind::Identifier)) {
        reference.kind = Reference::Kind::Variable;
        reference.identifier = &target->as<parser::Identifier>();
        // A by-name reference is resolved once, before the value is computed (13.15.2 step 1).
        if (access_for(*reference.identifier).kind == parser::ResolutionKind::Dynamic) {
            reference.kind = Reference::Kind::Lookup;
            reference.object = allocate();
            emit(Opcode::ResolveLookup, { atom_constant(reference.identifier->name), reference.object });
        }
        return reference;
    }
    if (target->is(NodeKind::MemberExpression)) {
        auto& member = target->as<parser::MemberExpression>();
        if (member.object->is(NodeKind::Super)) {
            reference.kind = Reference::Kind::SuperKeyed;
            reference.object = allocate();
            emit_lexical_this();
            emit(Opcode::Star, { reference.object });
            reference.key = allocate();
            if (member.computed) {
                // The key is converted when the reference is used (after the right-hand side).
                generate_expression(member.property);
            } else {
                emit(Opcode::LdaConst, { atom_constant(member.property->as<parser::Identifier>().name) });
            }
            emit(Opcode::Star, { reference.key });
            return reference;
        }
        if (member.property->is(NodeKind::PrivateIdentifier)) {
            reference.object = generate_expression_to_register(member.object);
            reference.key = allocate();
            reference.kind = Reference::Kind::Private;
            if (!load_private_name(member.property->as<parser::PrivateIdentifier>().name, reference.key))
                reference.kind = Reference::Kind::Invalid;
            return reference;
        }
        reference.object = generate_operand(member.object, member.computed ? member.property : nullptr, later);
        if (member.computed) {
            reference.kind = Reference::Kind::Keyed;
            reference.key = generate_expression_to_register(member.property);
        } else {
            reference.kind = Reference::Kind::Named;
            reference.name = nullptr;
            reference.key = atom_constant(member.property->as<parser::Identifier>().name);
        }
        return reference;
    }
    // Not a valid target at run time (`f() = 1` in sloppy code): evaluate, then ReferenceError.
    generate_expression(target);
    emit(Opcode::ThrowReferenceError, { atom_constant(std::string_view("Invalid left-hand side in assignment")) });
    reference.kind = Reference::Kind::Invalid;
    return reference;
}

void FunctionGenerator::load_reference(Reference const& reference)
{
    switch (reference.kind) {
    case Reference::Kind::Variable:
        load_variable(*reference.identifier);
        break;
    case Reference::Kind::Lookup:
        emit(Opcode::LdaLookupIn, { reference.object, atom_constant(reference.identifier->name), m_strict ? 1 : 0 });
        break;
    case Reference::Kind::Named:
        emit(Opcode::GetNamed, { reference.object, reference.key, slot() });
        break;
    case Reference::Kind::Keyed:
        // GetValue: ToObject(base) first, then the key is converted once, for the read and the
        // write.
        emit(Opcode::Ldar, { reference.object });
        emit(Opcode::RequireObjectCoercible);
        emit(Opcode::Ldar, { reference.key });
        emit(Opcode::ToPropertyKey);
        emit(Opcode::Star, { reference.key });
        emit(Opcode::GetKeyed, { reference.object, slot() });
        break;
    case Reference::Kind::SuperKeyed:
    case Reference::Kind::SuperNamed:
        emit(Opcode::Ldar, { reference.key });
        emit(Opcode::ToPropertyKey);
        emit(Opcode::Star, { reference.key });
        emit(Opcode::GetSuper, { reference.object, slot() });
        break;
    case Reference::Kind::Private:
        emit(Opcode::GetPrivate, { reference.object, reference.key });
        break;
    default:
        break;
    }
}

void FunctionGenerator::store_reference(Reference const& reference, bool initialize)
{
    switch (reference.kind) {
    case Reference::Kind::Variable:
        store_variable(*reference.identifier, initialize);
        break;
    case Reference::Kind::Lookup:
        if (initialize)
            store_variable(*reference.identifier, initialize);
        else
            emit(Opcode::StaLookupIn, { reference.object, atom_constant(reference.identifier->name), m_strict ? 1 : 0 });
        break;
    case Reference::Kind::Named:
        emit(Opcode::SetNamed, { reference.object, reference.key, m_strict ? 1 : 0, slot() });
        break;
    case Reference::Kind::Keyed:
        emit(Opcode::SetKeyed, { reference.object, reference.key, m_strict ? 1 : 0, slot() });
        break;
    case Reference::Kind::SuperKeyed:
    case Reference::Kind::SuperNamed:
        emit(Opcode::SetSuper, { reference.object, reference.key, slot() });
        break;
    case Reference::Kind::Private:
        emit(Opcode::SetPrivate, { reference.object, reference.key });
        break;
    default:
        break;
    }
}

void FunctionGenerator::bind_pattern(Pattern* pattern, bool initialize)
{
    if (!pattern || !check_stack(pattern))
        return;
    pattern = strip(pattern);
    TemporaryScope temporaries(*this);
    switch (pattern->kind) {
    case NodeKind::Identifier:
        store_variable(pattern->as<parser::Identifier>(), initialize);
        return;
    case NodeKind::AssignmentPattern: {
        auto& assignment = pattern->as<parser::AssignmentPattern>();
        Label use_default;
        Label bind_value;
        emit_jump(Opcode::JumpIfUndefined, use_default);
        emit_jump(Opcode::Jump, bind_value);
        bind(use_default);
        Pattern* target = strip(assignment.target);
        if (target->is(NodeKind::Identifier))
            generate_named_value(assignment.default_value, target->as<parser::Identifier>().name);
        else
            generate_expression(assignment.default_value);
        bind(bind_value);
        bind_pattern(assignment.target, initialize);
        return;
    }
    case NodeKind::ObjectPattern:
    case NodeKind::ObjectExpression:
    case NodeKind::ArrayPattern:
    case NodeKind::ArrayExpression: {
        Reg value = allocate();
        emit(Opcode::Star, { value });
        bind_pattern_from_register(pattern, value, initialize);
        return;
    }
    case NodeKind::MemberExpression: {
        // Destructuring assignment to a member: the value waits while the reference is built.
        Reg value = allocate();
        emit(Opcode::Star, { value });
        Reference reference = prepare_reference(pattern);
        if (reference.kind == Reference::Kind::Invalid)
            return;
        emit(Opcode::Ldar, { value });
        store_reference(reference, initialize);
        return;
    }
    default: {
        Reg value = allocate();
        emit(Opcode::Star, { value });
        Reference reference = prepare_reference(pattern);
        (void)reference;
        return;
    }
    }
}

void FunctionGenerator::bind_pattern_from_register(Pattern* pattern, Reg value, bool initialize)
{
    pattern = strip(pattern);
    if (pattern->is(NodeKind::ObjectPattern) || pattern->is(NodeKind::ObjectExpression)) {
        bind_object_pattern(*pattern, value, initialize);
    } else if (pattern->is(NodeKind::ArrayPattern) || pattern->is(NodeKind::ArrayExpression)) {
        bind_array_pattern(*pattern, value, initialize);
    } else {
        emit(Opcode::Ldar, { value });
        bind_pattern(pattern, initialize);
    }
}

void FunctionGenerator::bind_object_pattern(Node& pattern, Reg value, bool initialize)
{
    TemporaryScope temporaries(*this);
    std::span<parser::Property*> properties = pattern.is(NodeKind::ObjectPattern) ? pattern.as<parser::ObjectPattern>().properties
                                                                                  : pattern.as<parser::ObjectExpression>().properties;
    m_position_node = &pattern;
    emit(Opcode::Ldar, { value });
    emit(Opcode::RequireObjectCoercible);
    bool has_rest = !properties.empty() && properties.back()->property_kind == parser::PropertyKind::Spread;
    uint32_t key_count = uint32_t(properties.size()) - (has_rest ? 1 : 0);
    Reg keys = has_rest ? allocate_range(key_count) : 0;
    for (uint32_t i = 0; i < properties.size(); ++i) {
        parser::Property* property = properties[i];
        TemporaryScope property_temporaries(*this);
        m_position_node = property;
        if (property->property_kind == parser::PropertyKind::Spread) {
            Pattern* target = property->value;
            if (target && target->is(NodeKind::RestElement))
                target = target->as<parser::RestElement>().argument;
            if (target && target->is(NodeKind::SpreadElement))
                target = target->as<parser::SpreadElement>().argument;
            bind_element(target, initialize, [&] {
                Reg rest = allocate();
                emit(Opcode::CreateObject, { slot() });
                emit(Opcode::Star, { rest });
                emit(Opcode::Ldar, { value });
                emit(Opcode::CopyDataProperties, { rest, keys, key_count });
                emit(Opcode::Ldar, { rest });
            });
            continue;
        }
        // The key first, then the target reference, then the value (13.15.5.6).
        Expression* key = property->key;
        std::optional<uint32_t> name;
        Reg key_register = 0;
        if (!property->computed && key->is(NodeKind::Identifier))
            name = atom_constant(key->as<parser::Identifier>().name);
        else if (!property->computed && key->is(NodeKind::StringLiteral) && !is_array_index_name(key->as<parser::StringLiteral>().value))
            name = atom_constant(key->as<parser::StringLiteral>().value);
        if (name) {
            if (has_rest) {
                emit(Opcode::LdaConst, { *name });
                emit(Opcode::Star, { keys + i });
            }
        } else {
            key_register = has_rest ? keys + i : allocate();
            generate_property_key(key, property->computed, key_register);
        }
        bind_element(property->value, initialize, [&] {
            m_position_node = property;
            if (name) {
                emit(Opcode::GetNamed, { value, *name, slot() });
            } else {
                emit(Opcode::Ldar, { key_register });
                emit(Opcode::GetKeyed, { value, slot() });
            }
        });
    }
}

// One element of a pattern: a member target (destructuring assignment) is evaluated before
// the value is fetched by `load_value` (into acc); a default replaces undefined.
void FunctionGenerator::bind_element(Pattern* element, bool initialize, std::function<void()> const& load_value)
{
    TemporaryScope temporaries(*this);
    Pattern* target = element;
    Expression* default_value = nullptr;
    if (element && element->is(NodeKind::AssignmentPattern)) {
        target = element->as<parser::AssignmentPattern>().target;
        default_value = element->as<parser::AssignmentPattern>().default_value;
    } else if (element && element->is(NodeKind::AssignmentExpression)) {
        // An object or array literal reinterpreted as a pattern keeps its `=` nodes.
        target = element->as<parser::AssignmentExpression>().target;
        default_value = element->as<parser::AssignmentExpression>().value;
    }
    Pattern* stripped = strip(target);
    std::optional<Reference> reference;
    if (!initialize && stripped && stripped->is(NodeKind::MemberExpression))
        reference = prepare_reference(stripped);
    load_value();
    if (default_value) {
        Label use_default;
        Label bind_value;
        emit_jump(Opcode::JumpIfUndefined, use_default);
        emit_jump(Opcode::Jump, bind_value);
        bind(use_default);
        if (stripped && stripped->is(NodeKind::Identifier))
            generate_named_value(default_value, stripped->as<parser::Identifier>().name);
        else
            generate_expression(default_value);
        bind(bind_value);
    }
    if (reference) {
        if (reference->kind != Reference::Kind::Invalid)
            store_reference(*reference, initialize);
        return;
    }
    bind_pattern(target, initialize);
}

// Array destructuring: the iterator is closed unless it is done, also when binding throws.
// Registers: iterator, next method, done flag.
void FunctionGenerator::bind_array_pattern(Node& pattern, Reg value, bool initialize)
{
    TemporaryScope temporaries(*this);
    std::span<Pattern*> elements = pattern.is(NodeKind::ArrayPattern) ? pattern.as<parser::ArrayPattern>().elements
                                                                       : pattern.as<parser::ArrayExpression>().elements;
    m_position_node = &pattern;
    Reg iterator = allocate_range(3);
    Reg done = iterator + 2;
    Reg saved_env = allocate();
    Reg element_value = allocate();
    emit(Opcode::Ldar, { value });
    emit(Opcode::GetIterator, { iterator, 0, slot() });
    emit(Opcode::LdaFalse);
    emit(Opcode::Star, { done });
    emit(Opcode::StarEnv, { saved_env });
    auto start = uint32_t(m_writer.offset());
    // acc = the next value, or undefined once the iterator is done.
    auto step = [&] {
        Label exhausted;
        Label after;
        emit(Opcode::Ldar, { done });
        emit_jump(Opcode::JumpIfTrue, exhausted);
        emit(Opcode::LdaTrue);
        emit(Opcode::Star, { done });
        emit_jump(Opcode::IteratorStep, exhausted, { iterator });
        emit(Opcode::Star, { element_value });
        emit(Opcode::LdaFalse);
        emit(Opcode::Star, { done });
        emit(Opcode::Ldar, { element_value });
        emit_jump(Opcode::Jump, after);
        bind(exhausted);
        emit(Opcode::LdaUndefined);
        bind(after);
    };
    ControlScope iterator_scope(ControlScope::Kind::Iterator);
    iterator_scope.iterator = iterator;
    iterator_scope.done_register = done;
    push_control(std::move(iterator_scope));
    for (Pattern* element : elements) {
        TemporaryScope element_temporaries(*this);
        if (element)
            m_position_node = element;
        if (element && (element->is(NodeKind::RestElement) || element->is(NodeKind::SpreadElement))) {
            Pattern* target = element->is(NodeKind::RestElement) ? element->as<parser::RestElement>().argument
                                                                 : element->as<parser::SpreadElement>().argument;
            bind_element(target, initialize, [&] {
                Reg rest = allocate();
                emit(Opcode::CreateArray, { rest, 0 });
                emit(Opcode::Star, { rest });
                Label loop;
                Label end;
                bind(loop);
                emit(Opcode::Ldar, { done });
                emit_jump(Opcode::JumpIfTrue, end);
                emit(Opcode::LdaTrue);
                emit(Opcode::Star, { done });
                emit_jump(Opcode::IteratorStep, end, { iterator });
                emit(Opcode::ArrayAppend, { rest });
                emit(Opcode::LdaFalse);
                emit(Opcode::Star, { done });
                emit_jump(Opcode::Loop, loop, { slot() });
                bind(end);
                emit(Opcode::Ldar, { rest });
            });
            continue;
        }
        if (!element) {
            step();
            continue;
        }
        bind_element(element, initialize, step);
    }
    pop_control();
    auto end = uint32_t(m_writer.offset());
    Label finished;
    Label close_done;
    emit(Opcode::Ldar, { done });
    emit_jump(Opcode::JumpIfTrue, close_done);
    m_position_node = &pattern;
    emit(Opcode::IteratorClose, { iterator, 0 });
    bind(close_done);
    emit_jump(Opcode::Jump, finished);
    // A throw while binding: close the iterator (unless done), then rethrow.
    auto handler = uint32_t(m_writer.offset());
    m_handlers.push_back({ start, end, handler, saved_env });
    Label rethrow;
    emit(Opcode::Star, { element_value });
    emit(Opcode::Ldar, { done });
    emit_jump(Opcode::JumpIfTrue, rethrow);
    emit(Opcode::IteratorClose, { iterator, 1 });
    bind(rethrow);
    emit(Opcode::Ldar, { element_value });
    emit(Opcode::ReThrow);
    bind(finished);
}

}
