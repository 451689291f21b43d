// Expressions: literals, operators, conditionals, member accesses and optional chains, calls
// and `new`, array and object literals, template literals. Every expression leaves its value
// in the accumulator.

#include "bytecode/generator_internals.h"

#include "runtime/bigint.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::bytecode::detail {

using parser::ResolutionKind;
using parser::TokenKind;

static Expression* strip_parentheses(Expression* expression)
{
    while (expression && expression->is(NodeKind::ParenthesizedExpression))
        expression = expression->as<parser::ParenthesizedExpression>().expression;
    return expression;
}

void FunctionGenerator::generate_expression_into(Expression* expression, Reg reg)
{
    generate_expression(expression);
    emit(Opcode::Star, { reg });
}

Reg FunctionGenerator::generate_expression_to_register(Expression* expression)
{
    Reg reg = allocate();
    generate_expression_into(expression, reg);
    return reg;
}

// Whether evaluating `expression` may store to a register local. Only assignments and updates
// written in this function can (nested functions see captured variables in environments;
// functions with a direct eval keep their variables in environments too). Conservative: true
// for anything not listed.
static bool may_assign(Expression* expression, uint32_t depth = 0)
{
    if (!expression)
        return false;
    if (depth > 32)
        return true;
    ++depth;
    switch (expression->kind) {
    case NodeKind::Identifier:
    case NodeKind::NumericLiteral:
    case NodeKind::BigIntLiteral:
    case NodeKind::StringLiteral:
    case NodeKind::RegExpLiteral:
    case NodeKind::NullLiteral:
    case NodeKind::BooleanLiteral:
    case NodeKind::ThisExpression:
    case NodeKind::NewTarget:
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
        return false;
    case NodeKind::TemplateLiteral:
        for (Expression* part : expression->as<parser::TemplateLiteral>().expressions) {
            if (may_assign(part, depth))
                return true;
        }
        return false;
    case NodeKind::UnaryExpression:
        return may_assign(expression->as<parser::UnaryExpression>().operand, depth);
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression:
        return may_assign(expression->as<parser::BinaryExpression>().left, depth)
            || may_assign(expression->as<parser::BinaryExpression>().right, depth);
    case NodeKind::ConditionalExpression: {
        auto& node = expression->as<parser::ConditionalExpression>();
        return may_assign(node.test, depth) || may_assign(node.consequent, depth) || may_assign(node.alternate, depth);
    }
    case NodeKind::MemberExpression: {
        auto& member = expression->as<parser::MemberExpression>();
        return (!member.object->is(NodeKind::Super) && may_assign(member.object, depth)) || (member.computed && may_assign(member.property, depth));
    }
    case NodeKind::CallExpression:
    case NodeKind::NewExpression: {
        auto& call = expression->as<parser::CallExpression>();
        if (!call.callee->is(NodeKind::Super) && may_assign(call.callee, depth))
            return true;
        for (Expression* argument : call.arguments) {
            if (may_assign(argument, depth))
                return true;
        }
        return false;
    }
    case NodeKind::SpreadElement:
        return may_assign(expression->as<parser::SpreadElement>().argument, depth);
    case NodeKind::ParenthesizedExpression:
        return may_assign(expression->as<parser::ParenthesizedExpression>().expression, depth);
    case NodeKind::OptionalChain:
        return may_assign(expression->as<parser::OptionalChain>().expression, depth);
    case NodeKind::SequenceExpression:
        for (Expression* part : expression->as<parser::SequenceExpression>().expressions) {
            if (may_assign(part, depth))
                return true;
        }
        return false;
    case NodeKind::ArrayExpression:
        for (Expression* element : expression->as<parser::ArrayExpression>().elements) {
            if (may_assign(element, depth))
                return true;
        }
        return false;
    default:
        return true;
    }
}

Reg FunctionGenerator::generate_operand(Expression* expression, Expression* later, Expression* also_later)
{
    Expression* inner = strip_parentheses(expression);
    if (inner && inner->is(NodeKind::Identifier)) {
        VariableAccess access = access_for(inner->as<parser::Identifier>());
        if (access.kind == ResolutionKind::Register && !(access.variable && access.variable->is_lexical && !m_initialized.count(access.variable))
            && !may_assign(later) && !may_assign(also_later))
            return access.reg;
    }
    return generate_expression_to_register(expression);
}

// NamedEvaluation (13.15.2, 14.3.1.2...): an anonymous function or class takes `name`.
void FunctionGenerator::generate_named_value(Expression* expression, parser::Atom name)
{
    Expression* inner = strip_parentheses(expression);
    if (inner && (inner->is(NodeKind::FunctionExpression) || inner->is(NodeKind::ArrowFunction)) && !inner->as<parser::FunctionNode>().name)
        m_compilation.inferred_names[inner] = intern(name);
    else if (inner && inner->is(NodeKind::ClassExpression) && !inner->as<parser::ClassNode>().name)
        m_compilation.inferred_names[inner] = intern(name);
    generate_expression(expression);
}

void FunctionGenerator::generate_condition(Expression* expression, Label& if_false)
{
    Expression* inner = strip_parentheses(expression);
    if (inner && inner->is(NodeKind::LogicalExpression)) {
        auto& logical = inner->as<parser::BinaryExpression>();
        if (logical.op == TokenKind::AmpersandAmpersand) {
            generate_condition(logical.left, if_false);
            generate_condition(logical.right, if_false);
            return;
        }
        if (logical.op == TokenKind::PipePipe) {
            Label if_true;
            generate_expression(logical.left);
            emit_jump(Opcode::JumpIfTrue, if_true);
            generate_condition(logical.right, if_false);
            bind(if_true);
            return;
        }
    }
    generate_expression(expression);
    emit_jump(Opcode::JumpIfFalse, if_false);
}

void FunctionGenerator::generate_expression(Expression* expression)
{
    if (!expression || !check_stack(expression))
        return;
    Node const* saved_position = m_position_node;
    m_position_node = expression;
    switch (expression->kind) {
    case NodeKind::Identifier:
        load_variable(expression->as<parser::Identifier>());
        break;
    case NodeKind::NumericLiteral:
        load_number(expression->as<parser::NumericLiteral>().value);
        break;
    case NodeKind::BigIntLiteral: {
        auto digits = expression->as<parser::BigIntLiteral>().digits;
        auto* bigint = m_compilation.keep(runtime::BigInt::from_literal(vm().heap(), digits));
        emit(Opcode::LdaConst, { constant(runtime::Value::bigint(bigint)) });
        break;
    }
    case NodeKind::StringLiteral:
        load_string(expression->as<parser::StringLiteral>().value);
        break;
    case NodeKind::TemplateLiteral:
        generate_template(expression->as<parser::TemplateLiteral>());
        break;
    case NodeKind::TaggedTemplate:
        generate_tagged_template(expression->as<parser::TaggedTemplate>());
        break;
    case NodeKind::RegExpLiteral: {
        auto& literal = expression->as<parser::RegExpLiteral>();
        emit(Opcode::CreateRegExp, { atom_constant(literal.pattern), atom_constant(literal.flags) });
        break;
    }
    case NodeKind::NullLiteral:
        emit(Opcode::LdaNull);
        break;
    case NodeKind::BooleanLiteral:
        emit(expression->as<parser::BooleanLiteral>().value ? Opcode::LdaTrue : Opcode::LdaFalse);
        break;
    case NodeKind::ThisExpression:
        generate_this();
        break;
    case NodeKind::NewTarget:
        generate_new_target();
        break;
    case NodeKind::ArrayExpression:
        generate_array(expression->as<parser::ArrayExpression>());
        break;
    case NodeKind::ObjectExpression:
        generate_object(expression->as<parser::ObjectExpression>());
        break;
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
        generate_function_expression(expression->as<parser::FunctionNode>());
        break;
    case NodeKind::ClassExpression: {
        TemporaryScope temporaries(*this);
        Reg value = allocate();
        generate_class(expression->as<parser::ClassNode>(), value);
        emit(Opcode::Ldar, { value });
        break;
    }
    case NodeKind::UnaryExpression:
        generate_unary(expression->as<parser::UnaryExpression>());
        break;
    case NodeKind::UpdateExpression:
        generate_update(expression->as<parser::UpdateExpression>());
        break;
    case NodeKind::BinaryExpression:
        generate_binary(expression->as<parser::BinaryExpression>());
        break;
    case NodeKind::LogicalExpression:
        generate_logical(expression->as<parser::BinaryExpression>());
        break;
    case NodeKind::AssignmentExpression:
        generate_assignment(expression->as<parser::AssignmentExpression>());
        break;
    case NodeKind::ConditionalExpression:
        generate_conditional(expression->as<parser::ConditionalExpression>());
        break;
    case NodeKind::CallExpression:
    case NodeKind::MemberExpression:
        generate_chain_element(expression, nullptr);
        break;
    case NodeKind::NewExpression:
        generate_new(expression->as<parser::CallExpression>());
        break;
    case NodeKind::OptionalChain:
        generate_optional_chain(expression->as<parser::OptionalChain>());
        break;
    case NodeKind::SequenceExpression:
        for (Expression* part : expression->as<parser::SequenceExpression>().expressions)
            generate_expression(part);
        break;
    case NodeKind::ParenthesizedExpression:
        generate_expression(expression->as<parser::ParenthesizedExpression>().expression);
        break;
    case NodeKind::YieldExpression:
        generate_yield(expression->as<parser::YieldExpression>());
        break;
    case NodeKind::AwaitExpression:
        generate_await(expression->as<parser::AwaitExpression>());
        break;
    case NodeKind::ImportCall: {
        auto& call = expression->as<parser::ImportCall>();
        if (call.phase != parser::ImportPhase::Evaluation) {
            throw_not_implemented("import.source() and import.defer()");
            break;
        }
        TemporaryScope temporaries(*this);
        Reg options = allocate();
        Reg specifier = generate_expression_to_register(call.specifier);
        if (call.options)
            generate_expression(call.options);
        else
            emit(Opcode::LdaUndefined);
        emit(Opcode::Star, { options });
        emit(Opcode::Ldar, { specifier });
        m_position_node = expression;
        emit(Opcode::DynamicImport, { options });
        break;
    }
    case NodeKind::ImportMeta:
        emit(Opcode::LdaImportMeta);
        break;
    default:
        fail(std::string("unexpected expression ") + parser::node_kind_name(expression->kind), expression);
        break;
    }
    m_position_node = saved_position;
}

void FunctionGenerator::generate_function_expression(parser::FunctionNode& function)
{
    emit_create_closure(function);
}

// --- Operators

static Opcode binary_opcode(TokenKind op)
{
    switch (op) {
    case TokenKind::Plus:
    case TokenKind::PlusAssign:
        return Opcode::Add;
    case TokenKind::Minus:
    case TokenKind::MinusAssign:
        return Opcode::Sub;
    case TokenKind::Star:
    case TokenKind::StarAssign:
        return Opcode::Mul;
    case TokenKind::Slash:
    case TokenKind::SlashAssign:
        return Opcode::Div;
    case TokenKind::Percent:
    case TokenKind::PercentAssign:
        return Opcode::Mod;
    case TokenKind::StarStar:
    case TokenKind::StarStarAssign:
        return Opcode::Exp;
    case TokenKind::Ampersand:
    case TokenKind::AmpersandAssign:
        return Opcode::BitAnd;
    case TokenKind::Pipe:
    case TokenKind::PipeAssign:
        return Opcode::BitOr;
    case TokenKind::Caret:
    case TokenKind::CaretAssign:
        return Opcode::BitXor;
    case TokenKind::ShiftLeft:
    case TokenKind::ShiftLeftAssign:
        return Opcode::ShiftLeft;
    case TokenKind::ShiftRight:
    case TokenKind::ShiftRightAssign:
        return Opcode::ShiftRight;
    case TokenKind::UnsignedShiftRight:
    case TokenKind::UnsignedShiftRightAssign:
        return Opcode::ShiftRightUnsigned;
    case TokenKind::Equal:
    case TokenKind::NotEqual:
        return Opcode::Equal;
    case TokenKind::StrictEqual:
    case TokenKind::StrictNotEqual:
        return Opcode::StrictEqual;
    case TokenKind::Less:
        return Opcode::LessThan;
    case TokenKind::Greater:
        return Opcode::GreaterThan;
    case TokenKind::LessEqual:
        return Opcode::LessThanOrEqual;
    case TokenKind::GreaterEqual:
        return Opcode::GreaterThanOrEqual;
    case TokenKind::Instanceof:
        return Opcode::InstanceOf;
    case TokenKind::In:
        return Opcode::In;
    default:
        return Opcode::Debugger; // not a binary operator
    }
}

void FunctionGenerator::generate_binary(parser::BinaryExpression& node)
{
    if (node.left->is(NodeKind::PrivateIdentifier)) {
        // #x in obj
        TemporaryScope temporaries(*this);
        Reg object = generate_expression_to_register(node.right);
        Reg name = allocate();
        if (!load_private_name(node.left->as<parser::PrivateIdentifier>().name, name))
            return;
        m_position_node = &node;
        emit(Opcode::HasPrivate, { object, name });
        return;
    }
    Opcode opcode = binary_opcode(node.op);
    if (opcode == Opcode::Debugger) {
        fail("unexpected binary operator", &node);
        return;
    }
    TemporaryScope temporaries(*this);
    Reg left = generate_operand(node.left, node.right);
    generate_expression(node.right);
    emit(opcode, { left, slot() });
    if (node.op == TokenKind::NotEqual || node.op == TokenKind::StrictNotEqual)
        emit(Opcode::Not);
}

void FunctionGenerator::generate_logical(parser::BinaryExpression& node)
{
    Label end;
    generate_expression(node.left);
    switch (node.op) {
    case TokenKind::AmpersandAmpersand:
        emit_jump(Opcode::JumpIfFalse, end);
        break;
    case TokenKind::PipePipe:
        emit_jump(Opcode::JumpIfTrue, end);
        break;
    default:
        emit_jump(Opcode::JumpIfNotNullish, end);
        break;
    }
    generate_expression(node.right);
    bind(end);
}

void FunctionGenerator::generate_conditional(parser::ConditionalExpression& node)
{
    Label otherwise;
    Label end;
    generate_condition(node.test, otherwise);
    generate_expression(node.consequent);
    emit_jump(Opcode::Jump, end);
    bind(otherwise);
    generate_expression(node.alternate);
    bind(end);
}

void FunctionGenerator::generate_unary(parser::UnaryExpression& node)
{
    switch (node.op) {
    case TokenKind::Delete:
        generate_delete(node);
        return;
    case TokenKind::Typeof: {
        Expression* operand = strip_parentheses(node.operand);
        if (operand->is(NodeKind::Identifier))
            load_variable(operand->as<parser::Identifier>(), true);
        else
            generate_expression(node.operand);
        emit(Opcode::TypeOf);
        return;
    }
    default:
        break;
    }
    generate_expression(node.operand);
    switch (node.op) {
    case TokenKind::Minus:
        emit(Opcode::Negate, { slot() });
        break;
    case TokenKind::Plus:
        emit(Opcode::ToNumber);
        break;
    case TokenKind::Bang:
        emit(Opcode::Not);
        break;
    case TokenKind::Tilde:
        emit(Opcode::BitNot, { slot() });
        break;
    case TokenKind::Void:
        emit(Opcode::LdaUndefined);
        break;
    default:
        fail("unexpected unary operator", &node);
        break;
    }
}

void FunctionGenerator::generate_delete(parser::UnaryExpression& node)
{
    TemporaryScope temporaries(*this);
    Expression* operand = strip_parentheses(node.operand);
    Label nullish;
    Label end;
    bool optional = false;
    if (operand->is(NodeKind::OptionalChain)) {
        optional = true;
        operand = operand->as<parser::OptionalChain>().expression;
    }
    if (operand->is(NodeKind::MemberExpression)) {
        auto& member = operand->as<parser::MemberExpression>();
        if (member.object->is(NodeKind::Super)) {
            // The reference is made (this binding, key expression), then deleting it throws.
            emit_lexical_this();
            if (member.computed)
                generate_expression(member.property);
            emit(Opcode::ThrowReferenceError, { atom_constant(std::string_view("Unsupported reference to 'super'")) });
            return;
        }
        Reg object = allocate();
        generate_chain_element(member.object, optional ? &nullish : nullptr);
        emit(Opcode::Star, { object });
        if (member.optional)
            emit_jump(Opcode::JumpIfNullish, nullish);
        if (member.computed)
            generate_expression(member.property);
        else
            emit(Opcode::LdaConst, { atom_constant(member.property->as<parser::Identifier>().name) });
        m_position_node = &node;
        emit(Opcode::DeleteProperty, { object, m_strict ? 1 : 0 });
        if (optional) {
            emit_jump(Opcode::Jump, end);
            bind(nullish);
            emit(Opcode::LdaTrue);
            bind(end);
        }
        return;
    }
    if (optional) {
        // delete a?.() and the like: evaluate, then true.
        generate_chain_element(operand, &nullish);
        bind(nullish);
        emit(Opcode::LdaTrue);
        return;
    }
    if (operand->is(NodeKind::Identifier)) {
        auto& identifier = operand->as<parser::Identifier>();
        VariableAccess access = access_for(identifier);
        if (access.kind == ResolutionKind::Global || access.kind == ResolutionKind::Dynamic)
            emit(Opcode::DeleteLookup, { atom_constant(identifier.name) });
        else
            emit(Opcode::LdaFalse);
        return;
    }
    generate_expression(node.operand);
    emit(Opcode::LdaTrue);
}

void FunctionGenerator::generate_update(parser::UpdateExpression& node)
{
    TemporaryScope temporaries(*this);
    Reference reference = prepare_reference(node.operand);
    if (reference.kind == Reference::Kind::Invalid)
        return;
    load_reference(reference);
    m_position_node = &node;
    emit(Opcode::ToNumeric);
    Reg old = 0;
    if (!node.prefix) {
        old = allocate();
        emit(Opcode::Star, { old });
    }
    emit(node.op == TokenKind::PlusPlus ? Opcode::Inc : Opcode::Dec, { slot() });
    store_reference(reference, false);
    if (!node.prefix)
        emit(Opcode::Ldar, { old });
}

void FunctionGenerator::generate_assignment(parser::AssignmentExpression& node)
{
    TemporaryScope temporaries(*this);
    Pattern* target = node.target;
    if (node.op == TokenKind::Assign) {
        Pattern* inner = strip_parentheses(target);
        if (inner->is(NodeKind::ObjectPattern) || inner->is(NodeKind::ArrayPattern) || inner->is(NodeKind::ObjectExpression)
            || inner->is(NodeKind::ArrayExpression)) {
            Reg value = generate_expression_to_register(node.value);
            bind_pattern_from_register(inner, value, false);
            emit(Opcode::Ldar, { value });
            return;
        }
        Reference reference = prepare_reference(target, node.value);
        if (reference.kind == Reference::Kind::Invalid)
            return;
        if (target->is(NodeKind::Identifier))
            generate_named_value(node.value, target->as<parser::Identifier>().name);
        else
            generate_expression(node.value);
        m_position_node = &node;
        store_reference(reference, false);
        return;
    }
    Reference reference = prepare_reference(target, node.value);
    if (reference.kind == Reference::Kind::Invalid)
        return;
    bool logical = node.op == TokenKind::AmpersandAmpersandAssign || node.op == TokenKind::PipePipeAssign
        || node.op == TokenKind::QuestionQuestionAssign;
    // x op= value: a local's own register is the left operand when value cannot change it; it
    // is loaded first only for a TDZ check.
    std::optional<Reg> own_register;
    bool check_first = true;
    if (!logical && reference.kind == Reference::Kind::Variable && !may_assign(node.value)) {
        VariableAccess access = access_for(*reference.identifier);
        if (access.kind == ResolutionKind::Register) {
            own_register = access.reg;
            check_first = needs_tdz_check(*this, access.variable);
        }
    }
    if (check_first)
        load_reference(reference);
    if (logical) {
        Label end;
        emit_jump(node.op == TokenKind::AmpersandAmpersandAssign ? Opcode::JumpIfFalse
                : node.op == TokenKind::PipePipeAssign           ? Opcode::JumpIfTrue
                                                                 : Opcode::JumpIfNotNullish,
            end);
        if (target->is(NodeKind::Identifier))
            generate_named_value(node.value, target->as<parser::Identifier>().name);
        else
            generate_expression(node.value);
        m_position_node = &node;
        store_reference(reference, false);
        bind(end);
        return;
    }
    Reg old;
    if (own_register) {
        old = *own_register;
    } else {
        old = allocate();
        emit(Opcode::Star, { old });
    }
    generate_expression(node.value);
    m_position_node = &node;
    emit(binary_opcode(node.op), { old, slot() });
    store_reference(reference, false);
}

// --- Literals

void FunctionGenerator::generate_template(parser::TemplateLiteral& node)
{
    load_string(node.quasis[0].cooked);
    if (node.expressions.empty())
        return;
    TemporaryScope temporaries(*this);
    Reg result = allocate();
    emit(Opcode::Star, { result });
    for (size_t i = 0; i < node.expressions.size(); ++i) {
        generate_expression(node.expressions[i]);
        m_position_node = node.expressions[i];
        emit(Opcode::ToString);
        emit(Opcode::Add, { result, slot() });
        if (!node.quasis[i + 1].cooked.empty()) {
            emit(Opcode::Star, { result });
            load_string(node.quasis[i + 1].cooked);
            emit(Opcode::Add, { result, slot() });
        }
        if (i + 1 < node.expressions.size())
            emit(Opcode::Star, { result });
    }
}

void FunctionGenerator::generate_array(parser::ArrayExpression& node)
{
    TemporaryScope temporaries(*this);
    bool has_spread = false;
    for (Expression* element : node.elements)
        has_spread = has_spread || (element && element->is(NodeKind::SpreadElement));
    constexpr size_t kMaxRegisterElements = 32;
    if (!has_spread && node.elements.size() <= kMaxRegisterElements) {
        Reg first = allocate_range(uint32_t(node.elements.size()));
        for (size_t i = 0; i < node.elements.size(); ++i) {
            if (node.elements[i])
                generate_expression(node.elements[i]);
            else
                emit(Opcode::LdaEmpty);
            emit(Opcode::Star, { first + uint32_t(i) });
        }
        emit(Opcode::CreateArray, { first, uint32_t(node.elements.size()) });
        return;
    }
    Reg array = allocate();
    emit(Opcode::CreateArray, { array, 0 });
    emit(Opcode::Star, { array });
    for (Expression* element : node.elements) {
        if (!element) {
            emit(Opcode::ArrayAppendHole, { array });
        } else if (element->is(NodeKind::SpreadElement)) {
            generate_expression(element->as<parser::SpreadElement>().argument);
            m_position_node = element;
            emit(Opcode::ArrayAppendSpread, { array });
        } else {
            generate_expression(element);
            emit(Opcode::ArrayAppend, { array });
        }
    }
    emit(Opcode::Ldar, { array });
}

// A property key into `into`: an atom for names, ToPropertyKey of computed keys and numbers.
void FunctionGenerator::generate_property_key(Expression* key, bool computed, Reg into)
{
    if (computed) {
        generate_expression(key);
        m_position_node = key;
        emit(Opcode::ToPropertyKey);
    } else if (key->is(NodeKind::Identifier)) {
        emit(Opcode::LdaConst, { atom_constant(key->as<parser::Identifier>().name) });
    } else if (key->is(NodeKind::StringLiteral)) {
        load_string(key->as<parser::StringLiteral>().value);
    } else if (key->is(NodeKind::NumericLiteral) || key->is(NodeKind::BigIntLiteral)) {
        generate_expression(key);
        emit(Opcode::ToPropertyKey);
    } else if (key->is(NodeKind::PrivateIdentifier)) {
        throw_not_implemented("Private names");
    } else {
        generate_expression(key);
        emit(Opcode::ToPropertyKey);
    }
    emit(Opcode::Star, { into });
}

// An array index (0 .. 2^32 - 2) written as a canonical numeric string: such a name is an index
// key, never an atom operand (Atom operands name non-index properties).
bool is_array_index_name(std::u16string_view name)
{
    if (name.empty() || name.size() > 10 || (name.size() > 1 && name[0] == u'0'))
        return false;
    uint64_t value = 0;
    for (char16_t c : name) {
        if (c < u'0' || c > u'9')
            return false;
        value = value * 10 + uint64_t(c - u'0');
    }
    return value < 0xFFFFFFFFull;
}

static parser::Atom static_key_name(Expression* key, bool computed)
{
    if (!computed && key && key->is(NodeKind::Identifier))
        return key->as<parser::Identifier>().name;
    return nullptr;
}

void FunctionGenerator::generate_object(parser::ObjectExpression& node)
{
    TemporaryScope temporaries(*this);
    Reg object = allocate();
    emit(Opcode::CreateObject, { slot() });
    emit(Opcode::Star, { object });
    for (parser::Property* property : node.properties) {
        TemporaryScope property_temporaries(*this);
        m_position_node = property;
        switch (property->property_kind) {
        case parser::PropertyKind::Init:
        case parser::PropertyKind::Shorthand: {
            parser::Atom name = static_key_name(property->key, property->computed);
            if (name) {
                generate_named_value(property->value, name);
                emit(Opcode::DefineOwnNamed, { object, atom_constant(name), slot() });
                break;
            }
            if (!property->computed && property->key->is(NodeKind::StringLiteral)
                && !is_array_index_name(property->key->as<parser::StringLiteral>().value)) {
                auto text = property->key->as<parser::StringLiteral>().value;
                Expression* inner = strip_parentheses(property->value);
                if (inner && (inner->is(NodeKind::FunctionExpression) || inner->is(NodeKind::ArrowFunction) || inner->is(NodeKind::ClassExpression)))
                    m_compilation.inferred_names[inner] = intern(text);
                generate_expression(property->value);
                emit(Opcode::DefineOwnNamed, { object, atom_constant(text), slot() });
                break;
            }
            Reg key = allocate();
            generate_property_key(property->key, property->computed, key);
            generate_expression(property->value);
            Expression* inner = strip_parentheses(property->value);
            bool anonymous = inner
                && (((inner->is(NodeKind::FunctionExpression) || inner->is(NodeKind::ArrowFunction)) && !inner->as<parser::FunctionNode>().name)
                    || (inner->is(NodeKind::ClassExpression) && !inner->as<parser::ClassNode>().name));
            if (anonymous)
                emit(Opcode::SetFunctionName, { key, 0 });
            m_position_node = property;
            emit(Opcode::DefineOwnKeyed, { object, key, slot() });
            break;
        }
        case parser::PropertyKind::Method:
        case parser::PropertyKind::Getter:
        case parser::PropertyKind::Setter: {
            Reg key = allocate();
            generate_property_key(property->key, property->computed, key);
            emit_create_closure(property->value->as<parser::FunctionNode>());
            uint32_t kind = property->property_kind == parser::PropertyKind::Getter ? 1 : property->property_kind == parser::PropertyKind::Setter ? 2 : 0;
            m_position_node = property;
            emit(Opcode::DefineMethod, { object, key, kind | 4 });
            break;
        }
        case parser::PropertyKind::Spread: {
            Expression* value = property->value;
            if (value && value->is(NodeKind::SpreadElement))
                value = value->as<parser::SpreadElement>().argument;
            generate_expression(value);
            m_position_node = property;
            emit(Opcode::CopyDataProperties, { object, 0, 0 });
            break;
        }
        case parser::PropertyKind::ProtoSetter:
            generate_expression(property->value);
            emit(Opcode::SetLiteralPrototype, { object });
            break;
        }
    }
    emit(Opcode::Ldar, { object });
}

// --- Member accesses, optional chains, calls

void FunctionGenerator::generate_optional_chain(parser::OptionalChain& chain)
{
    Label nullish;
    Label end;
    generate_chain_element(chain.expression, &nullish);
    emit_jump(Opcode::Jump, end);
    bind(nullish);
    emit(Opcode::LdaUndefined);
    bind(end);
}

// A link of a chain: member accesses and calls jump to `nullish_exit` where `?.` finds
// null or undefined.
void FunctionGenerator::generate_chain_element(Expression* expression, Label* nullish_exit)
{
    if (!check_stack(expression))
        return;
    Node const* saved_position = m_position_node;
    m_position_node = expression;
    if (expression->is(NodeKind::MemberExpression))
        generate_member(expression->as<parser::MemberExpression>(), nullish_exit);
    else if (expression->is(NodeKind::CallExpression))
        generate_call(expression->as<parser::CallExpression>(), nullish_exit);
    else
        generate_expression(expression);
    m_position_node = saved_position;
}

void FunctionGenerator::generate_member(parser::MemberExpression& member, Label* nullish_exit)
{
    TemporaryScope temporaries(*this);
    if (member.object->is(NodeKind::Super)) {
        Reg receiver = allocate();
        emit_lexical_this();
        emit(Opcode::Star, { receiver });
        if (member.computed) {
            generate_expression(member.property); // GetSuper converts it (after GetSuperBase)
        } else {
            emit(Opcode::LdaConst, { atom_constant(member.property->as<parser::Identifier>().name) });
        }
        m_position_node = &member;
        emit(Opcode::GetSuper, { receiver, slot() });
        return;
    }
    Reg object;
    if (strip_parentheses(member.object)->is(NodeKind::Identifier)) {
        object = generate_operand(member.object, member.computed ? member.property : nullptr);
        if (member.optional && nullish_exit) {
            emit(Opcode::Ldar, { object });
            emit_jump(Opcode::JumpIfNullish, *nullish_exit);
        }
    } else {
        object = allocate();
        generate_chain_element(member.object, nullish_exit);
        emit(Opcode::Star, { object });
        if (member.optional && nullish_exit)
            emit_jump(Opcode::JumpIfNullish, *nullish_exit);
    }
    if (member.property->is(NodeKind::PrivateIdentifier)) {
        Reg name = allocate();
        if (!load_private_name(member.property->as<parser::PrivateIdentifier>().name, name))
            return;
        m_position_node = &member;
        emit(Opcode::GetPrivate, { object, name });
        return;
    }
    if (member.computed) {
        generate_expression(member.property);
        m_position_node = &member;
        emit(Opcode::GetKeyed, { object, slot() });
    } else {
        m_position_node = &member;
        emit(Opcode::GetNamed, { object, atom_constant(member.property->as<parser::Identifier>().name), slot() });
    }
}

uint32_t FunctionGenerator::argument_registers(std::span<Expression*> arguments)
{
    for (size_t i = 0; i < arguments.size(); ++i) {
        if (arguments[i]->is(NodeKind::SpreadElement) && i + 1 != arguments.size())
            return 1;
    }
    return uint32_t(arguments.size());
}

// Arguments into registers from `first`. A spread that is not last (or several spreads) makes
// one array of all the arguments, passed as a single spread argument.
bool FunctionGenerator::fill_arguments(std::span<Expression*> arguments, Reg first)
{
    if (argument_registers(arguments) != arguments.size() || (arguments.size() == 1 && false)) {
        emit(Opcode::CreateArray, { first, 0 });
        emit(Opcode::Star, { first });
        for (Expression* argument : arguments) {
            if (argument->is(NodeKind::SpreadElement)) {
                generate_expression(argument->as<parser::SpreadElement>().argument);
                m_position_node = argument;
                emit(Opcode::ArrayAppendSpread, { first });
            } else {
                generate_expression(argument);
                emit(Opcode::ArrayAppend, { first });
            }
        }
        return true;
    }
    bool spread = false;
    for (size_t i = 0; i < arguments.size(); ++i) {
        Expression* argument = arguments[i];
        if (argument->is(NodeKind::SpreadElement)) {
            argument = argument->as<parser::SpreadElement>().argument;
            spread = true;
        }
        generate_expression(argument);
        emit(Opcode::Star, { first + uint32_t(i) });
    }
    return spread;
}

FunctionGenerator::ArgumentList FunctionGenerator::generate_arguments(std::span<Expression*> arguments)
{
    uint32_t count = argument_registers(arguments);
    Reg first = allocate_range(count);
    bool spread = fill_arguments(arguments, first);
    return { first, count, spread };
}

void FunctionGenerator::generate_call(parser::CallExpression& call, Label* nullish_exit)
{
    Expression* callee = strip_parentheses(call.callee);
    if (callee->is(NodeKind::Super)) {
        generate_super_call(call);
        return;
    }
    TemporaryScope temporaries(*this);
    Reg function = allocate();
    uint32_t count = argument_registers(call.arguments);
    Reg list = allocate_range(1 + count);
    bool direct_eval = false;
    bool callee_is_chain = call.callee == callee || !callee->is(NodeKind::OptionalChain);
    Expression* chain_member = callee->is(NodeKind::OptionalChain) ? strip_parentheses(callee->as<parser::OptionalChain>().expression) : nullptr;
    if (chain_member && chain_member->is(NodeKind::MemberExpression) && !chain_member->as<parser::MemberExpression>().object->is(NodeKind::Super)) {
        // (a?.b)(): `this` is a, and the callee undefined when the chain short-circuits.
        auto& member = chain_member->as<parser::MemberExpression>();
        Label short_circuit;
        Label done;
        generate_chain_element(member.object, &short_circuit);
        emit(Opcode::Star, { list });
        if (member.optional)
            emit_jump(Opcode::JumpIfNullish, short_circuit);
        if (member.property->is(NodeKind::PrivateIdentifier)) {
            Reg name = allocate();
            if (!load_private_name(member.property->as<parser::PrivateIdentifier>().name, name))
                return;
            emit(Opcode::GetPrivate, { list, name });
        } else if (member.computed) {
            generate_expression(member.property);
            emit(Opcode::GetKeyed, { list, slot() });
        } else {
            emit(Opcode::GetNamed, { list, atom_constant(member.property->as<parser::Identifier>().name), slot() });
        }
        emit_jump(Opcode::Jump, done);
        bind(short_circuit);
        emit(Opcode::LdaUndefined);
        bind(done);
        emit(Opcode::Star, { function });
    } else if (callee->is(NodeKind::MemberExpression) && callee_is_chain) {
        auto& member = callee->as<parser::MemberExpression>();
        if (member.object->is(NodeKind::Super)) {
            emit_lexical_this();
            emit(Opcode::Star, { list });
            if (member.computed) {
                generate_expression(member.property);
                emit(Opcode::ToPropertyKey);
            } else {
                emit(Opcode::LdaConst, { atom_constant(member.property->as<parser::Identifier>().name) });
            }
            m_position_node = callee;
            emit(Opcode::GetSuper, { list, slot() });
        } else {
            generate_chain_element(member.object, call.callee == callee ? nullish_exit : nullptr);
            emit(Opcode::Star, { list });
            if (member.optional && nullish_exit && call.callee == callee)
                emit_jump(Opcode::JumpIfNullish, *nullish_exit);
            m_position_node = callee;
            if (member.property->is(NodeKind::PrivateIdentifier)) {
                Reg name = allocate();
                if (!load_private_name(member.property->as<parser::PrivateIdentifier>().name, name))
                    return;
                m_position_node = callee;
                emit(Opcode::GetPrivate, { list, name });
            } else if (member.computed) {
                generate_expression(member.property);
                m_position_node = callee;
                emit(Opcode::GetKeyed, { list, slot() });
            } else {
                emit(Opcode::GetNamed, { list, atom_constant(member.property->as<parser::Identifier>().name), slot() });
            }
        }
    } else if (callee->is(NodeKind::Identifier)) {
        auto& identifier = callee->as<parser::Identifier>();
        VariableAccess access = access_for(identifier);
        if (access.kind == ResolutionKind::Dynamic) {
            emit(Opcode::LdaLookupForCall, { atom_constant(identifier.name), list });
            emit(Opcode::Star, { function });
        } else {
            load_variable(identifier);
            emit(Opcode::Star, { function });
            emit(Opcode::LdaUndefined);
            emit(Opcode::Star, { list });
        }
        direct_eval = identifier.name->text == "eval" && call.is(NodeKind::CallExpression) && !call.optional;
    } else {
        generate_chain_element(call.callee, call.callee == callee ? nullish_exit : nullptr);
        emit(Opcode::Star, { function });
        emit(Opcode::LdaUndefined);
        emit(Opcode::Star, { list });
    }
    if (callee->is(NodeKind::MemberExpression) && callee_is_chain && !chain_member)
        emit(Opcode::Star, { function });
    if (call.optional && nullish_exit) {
        emit(Opcode::Ldar, { function });
        emit_jump(Opcode::JumpIfNullish, *nullish_exit);
    }
    bool spread = fill_arguments(call.arguments, list + 1);
    m_position_node = &call;
    Opcode opcode = direct_eval ? Opcode::CallDirectEval : spread ? Opcode::CallSpread : Opcode::Call;
    if (direct_eval && spread)
        opcode = Opcode::CallSpread; // a spread call of eval is an indirect eval... unless it is %eval%
    emit(opcode, { function, list, 1 + count, slot() });
}

void FunctionGenerator::generate_new(parser::CallExpression& call)
{
    TemporaryScope temporaries(*this);
    Reg constructor = generate_expression_to_register(call.callee);
    ArgumentList arguments = generate_arguments(call.arguments);
    m_position_node = &call;
    emit(arguments.spread ? Opcode::ConstructSpread : Opcode::Construct, { constructor, arguments.first, arguments.count, slot() });
}

// tag`a${b}c`: tag(templateObject, b), `this` as for a call of the tag expression.
void FunctionGenerator::generate_tagged_template(parser::TaggedTemplate& node)
{
    TemporaryScope temporaries(*this);
    Reg function = allocate();
    auto& quasi = *node.quasi;
    uint32_t count = 1 + uint32_t(quasi.expressions.size());
    Reg list = allocate_range(1 + count);
    Expression* tag = strip_parentheses(node.tag);
    if (tag->is(NodeKind::MemberExpression) && !tag->as<parser::MemberExpression>().object->is(NodeKind::Super)
        && !tag->as<parser::MemberExpression>().property->is(NodeKind::PrivateIdentifier)) {
        auto& member = tag->as<parser::MemberExpression>();
        generate_expression(member.object);
        emit(Opcode::Star, { list });
        if (member.computed) {
            generate_expression(member.property);
            emit(Opcode::GetKeyed, { list, slot() });
        } else {
            emit(Opcode::GetNamed, { list, atom_constant(member.property->as<parser::Identifier>().name), slot() });
        }
    } else {
        generate_expression(node.tag);
        Reg value = allocate();
        emit(Opcode::Star, { value });
        emit(Opcode::LdaUndefined);
        emit(Opcode::Star, { list });
        emit(Opcode::Ldar, { value });
    }
    emit(Opcode::Star, { function });
    // The template object's strings: raw strings, then cooked ones (undefined when invalid).
    auto size = uint32_t(quasi.quasis.size());
    auto* strings = m_compilation.keep(runtime::ValueArray::create(vm().heap(), size * 2, runtime::Value::undefined()));
    for (uint32_t i = 0; i < size; ++i) {
        strings->set(vm().heap(), i, runtime::Value::string(intern(quasi.quasis[i].raw)));
        if (!quasi.quasis[i].cooked_is_undefined)
            strings->set(vm().heap(), size + i, runtime::Value::string(intern(quasi.quasis[i].cooked)));
    }
    strings->set_size(size * 2);
    emit(Opcode::GetTemplateObject, { cell_constant(strings), slot() });
    emit(Opcode::Star, { list + 1 });
    for (size_t i = 0; i < quasi.expressions.size(); ++i) {
        generate_expression(quasi.expressions[i]);
        emit(Opcode::Star, { list + 2 + uint32_t(i) });
    }
    m_position_node = &node;
    emit(Opcode::Call, { function, list, 1 + count, slot() });
}

}
