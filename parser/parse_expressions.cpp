// 13 ECMAScript Language: Expressions
#include "parser/parser_internals.h"

#include <utility>

namespace sable::parser {

using K = TokenKind;

namespace {

bool is_assignment_operator(TokenKind kind)
{
    switch (kind) {
    case K::Assign:
    case K::PlusAssign:
    case K::MinusAssign:
    case K::StarAssign:
    case K::StarStarAssign:
    case K::SlashAssign:
    case K::PercentAssign:
    case K::ShiftLeftAssign:
    case K::ShiftRightAssign:
    case K::UnsignedShiftRightAssign:
    case K::AmpersandAssign:
    case K::PipeAssign:
    case K::CaretAssign:
    case K::AmpersandAmpersandAssign:
    case K::PipePipeAssign:
    case K::QuestionQuestionAssign:
        return true;
    default:
        return false;
    }
}

constexpr int kRelationalPrecedence = 8;

// Binary operator precedence, higher binds tighter; 0 when not a binary operator.
int binary_precedence(TokenKind kind, bool allow_in)
{
    switch (kind) {
    case K::QuestionQuestion: return 1;
    case K::PipePipe: return 2;
    case K::AmpersandAmpersand: return 3;
    case K::Pipe: return 4;
    case K::Caret: return 5;
    case K::Ampersand: return 6;
    case K::Equal: case K::NotEqual: case K::StrictEqual: case K::StrictNotEqual: return 7;
    case K::Less: case K::Greater: case K::LessEqual: case K::GreaterEqual: case K::Instanceof: return kRelationalPrecedence;
    case K::In: return allow_in ? kRelationalPrecedence : 0;
    case K::ShiftLeft: case K::ShiftRight: case K::UnsignedShiftRight: return 9;
    case K::Plus: case K::Minus: return 10;
    case K::Star: case K::Slash: case K::Percent: return 11;
    case K::StarStar: return 12;
    default: return 0;
    }
}

bool can_start_expression(TokenKind kind)
{
    switch (kind) {
    case K::Identifier: case K::PrivateName: case K::NumericLiteral: case K::BigIntLiteral:
    case K::StringLiteral: case K::TemplateString: case K::TemplateHead:
    case K::LeftParen: case K::LeftBracket: case K::LeftBrace: case K::Slash: case K::SlashAssign:
    case K::Plus: case K::Minus: case K::Bang: case K::Tilde: case K::PlusPlus: case K::MinusMinus:
    case K::At: case K::Await: case K::Class: case K::Delete: case K::False: case K::Function:
    case K::Import: case K::New: case K::Null: case K::Super: case K::This: case K::True:
    case K::Typeof: case K::Void: case K::Yield:
        return true;
    default:
        return false;
    }
}

void merge_first(std::optional<SourcePosition>& into, std::optional<SourcePosition> const& from)
{
    if (from && (!into || from->offset < into->offset))
        into = from;
}

bool is_unparenthesized_arrow(Expression* expression)
{
    return expression->is(NodeKind::ArrowFunction);
}

}

void Parser::raise_cover_errors(CoverErrors const& errors)
{
    if (errors.shorthand_initializer)
        fail("Invalid shorthand property initializer", *errors.shorthand_initializer);
    else if (errors.duplicate_proto)
        fail("Duplicate __proto__ fields are not allowed in object literals", *errors.duplicate_proto);
}

// 13.16 Comma Operator
Expression* Parser::parse_expression(bool allow_in, CoverErrors* errors)
{
    SourcePosition start = position();
    Expression* first = parse_assignment(allow_in, errors);
    if (!at(K::Comma))
        return first;
    NodeList<Expression*> expressions { first };
    while (eat(K::Comma))
        expressions.push_back(parse_assignment(allow_in, errors));
    auto* sequence = make<SequenceExpression>(NodeKind::SequenceExpression, start);
    sequence->expressions = m_arena.copy(expressions);
    return finish(sequence);
}

// 13.15 Assignment Operators
Expression* Parser::parse_assignment(bool allow_in, CoverErrors* outer_errors)
{
    if (!check_stack())
        return error_node();
    if (at(K::Yield) && yield_is_keyword())
        return parse_yield(allow_in);
    SourcePosition start = position();
    CoverErrors errors;
    bool saved_allows_in = std::exchange(m_arrow_allows_in, allow_in);
    Expression* left = parse_conditional(allow_in, &errors);
    m_arrow_allows_in = saved_allows_in;
    if (is_unparenthesized_arrow(left)) {
        if (is_assignment_operator(m_token.kind))
            fail("Invalid left-hand side in assignment", start);
        return left;
    }
    if (!is_assignment_operator(m_token.kind)) {
        if (outer_errors) {
            merge_first(outer_errors->shorthand_initializer, errors.shorthand_initializer);
            merge_first(outer_errors->duplicate_proto, errors.duplicate_proto);
        } else {
            raise_cover_errors(errors);
        }
        return left;
    }
    TokenKind op = m_token.kind;
    Pattern* target = left;
    if (op == K::Assign && (left->is(NodeKind::ObjectExpression) || left->is(NodeKind::ArrayExpression))) {
        // 13.15.1: an ObjectLiteral or ArrayLiteral on the left is an AssignmentPattern.
        target = to_assignment_pattern(left, false);
    } else {
        raise_cover_errors(errors);
        bool logical = op == K::AmpersandAmpersandAssign || op == K::PipePipeAssign || op == K::QuestionQuestionAssign;
        if (!is_simple_assignment_target(left, !logical)) {
            fail("Invalid left-hand side in assignment", start);
            return left;
        }
        target = left;
    }
    advance();
    auto* assignment = make<AssignmentExpression>(NodeKind::AssignmentExpression, start);
    assignment->op = op;
    assignment->target = target;
    assignment->value = parse_assignment(allow_in);
    return finish(assignment);
}

// 15.5 YieldExpression
Expression* Parser::parse_yield(bool allow_in)
{
    SourcePosition start = position();
    if (!m_yield_position)
        m_yield_position = start;
    if (m_in_formal_parameters) {
        fail("Yield expression not allowed in formal parameter", start);
        return error_node();
    }
    advance();
    auto* yield = make<YieldExpression>(NodeKind::YieldExpression, start);
    if (m_token.newline_before)
        return finish(yield);
    if (eat(K::Star)) {
        yield->delegate = true;
        yield->argument = parse_assignment(allow_in);
        return finish(yield);
    }
    // `yield` takes an operand only if one can start here (a `/` starts a regular expression).
    if (can_start_expression(m_token.kind))
        yield->argument = parse_assignment(allow_in);
    return finish(yield);
}

// 13.14 Conditional Operator
Expression* Parser::parse_conditional(bool allow_in, CoverErrors* errors)
{
    SourcePosition start = position();
    Expression* test = parse_binary(0, allow_in, errors);
    if (!at(K::Question) || is_unparenthesized_arrow(test))
        return test;
    advance();
    auto* conditional = make<ConditionalExpression>(NodeKind::ConditionalExpression, start);
    conditional->test = test;
    conditional->consequent = parse_assignment(true);
    expect(K::Colon);
    conditional->alternate = parse_assignment(allow_in);
    return finish(conditional);
}

// 13.6 - 13.13: binary operators by precedence climbing, with the coalescing rules of 13.13.
Expression* Parser::parse_binary(int min_precedence, bool allow_in, CoverErrors* errors)
{
    SourcePosition start = position();
    Expression* left;
    if (at(K::PrivateName)) {
        // 13.10 `#x in obj`: a PrivateIdentifier is only allowed as the left operand of `in`.
        Token token = m_token;
        advance();
        if (!at(K::In) || !allow_in || min_precedence >= kRelationalPrecedence) {
            fail("Unexpected private name #" + std::string(token.atom->text), token.start);
            return error_node();
        }
        auto* name = make<PrivateIdentifier>(NodeKind::PrivateIdentifier, token.start);
        name->name = token.atom;
        name->end = token.end;
        reference_private_name(token.atom, token.start);
        left = name;
    } else {
        left = parse_unary(errors);
    }
    while (true) {
        TokenKind op = m_token.kind;
        int precedence = binary_precedence(op, allow_in);
        if (precedence == 0 || precedence <= min_precedence) {
            // `**` is right-associative: it continues at equal precedence.
            if (!(op == K::StarStar && precedence == min_precedence && precedence != 0))
                break;
        }
        if (is_unparenthesized_arrow(left)) {
            fail_unexpected();
            break;
        }
        if (op == K::StarStar && (left->is(NodeKind::UnaryExpression) || left->is(NodeKind::AwaitExpression))) {
            fail("Unary operator used immediately before exponentiation expression. Parenthesis must be used to disambiguate operator precedence", position());
            break;
        }
        advance();
        Expression* right = parse_binary(op == K::StarStar ? precedence - 1 : precedence, allow_in, nullptr);
        if (is_unparenthesized_arrow(right)) {
            fail("Malformed arrow function parameter list", right->start);
            break;
        }
        bool is_logical = op == K::AmpersandAmpersand || op == K::PipePipe || op == K::QuestionQuestion;
        // 13.13: `??` cannot be mixed with `&&` or `||` without parentheses.
        if (is_logical) {
            auto mixes = [&](Expression* operand) {
                if (!operand->is(NodeKind::LogicalExpression))
                    return false;
                TokenKind inner = operand->as<BinaryExpression>().op;
                return (op == K::QuestionQuestion) != (inner == K::QuestionQuestion);
            };
            if (mixes(left) || mixes(right)) {
                fail("Unexpected token '" + std::string(token_kind_name(op)) + "'", position());
                break;
            }
        }
        auto* binary = make<BinaryExpression>(is_logical ? NodeKind::LogicalExpression : NodeKind::BinaryExpression, start);
        binary->op = op;
        binary->left = left;
        binary->right = right;
        left = finish(binary);
        if (failed())
            break;
    }
    if (left->is(NodeKind::PrivateIdentifier) && !failed())
        fail_unexpected();
    return left;
}

// 13.5 Unary Operators
Expression* Parser::parse_unary(CoverErrors* errors)
{
    if (!check_stack())
        return error_node();
    SourcePosition start = position();
    switch (m_token.kind) {
    case K::Delete:
    case K::Void:
    case K::Typeof:
    case K::Plus:
    case K::Minus:
    case K::Tilde:
    case K::Bang: {
        TokenKind op = m_token.kind;
        advance();
        auto* unary = make<UnaryExpression>(NodeKind::UnaryExpression, start);
        unary->op = op;
        unary->operand = parse_unary(nullptr);
        if (op == K::Delete) {
            Expression* operand = unary->operand;
            while (operand->is(NodeKind::ParenthesizedExpression))
                operand = operand->as<ParenthesizedExpression>().expression;
            // 13.5.1.1: strict code may not delete an unqualified identifier or a private member.
            if (strict() && operand->is(NodeKind::Identifier)) {
                fail("Delete of an unqualified identifier in strict mode.", start);
                return unary;
            }
            Expression* chain = operand->is(NodeKind::OptionalChain) ? operand->as<OptionalChain>().expression : operand;
            if (chain->is(NodeKind::MemberExpression) && chain->as<MemberExpression>().property->is(NodeKind::PrivateIdentifier)) {
                fail("Private fields can not be deleted", start);
                return unary;
            }
        }
        return finish(unary);
    }
    case K::PlusPlus:
    case K::MinusMinus: {
        TokenKind op = m_token.kind;
        advance();
        auto* update = make<UpdateExpression>(NodeKind::UpdateExpression, start);
        update->op = op;
        update->prefix = true;
        SourcePosition operand_start = position();
        update->operand = parse_unary(nullptr);
        check_simple_assignment_target(update->operand, operand_start, "Invalid left-hand side expression in prefix operation");
        return finish(update);
    }
    case K::Await:
        if (m_context->is_async || (m_is_module && !m_context->node && !m_context->in_static_block)) {
            // 15.8 AwaitExpression
            if (m_in_formal_parameters) {
                fail("Illegal await-expression in formal parameters of async function", start);
                return error_node();
            }
            if (!m_await_position)
                m_await_position = start;
            if (!m_context->node)
                m_has_top_level_await = true;
            advance();
            auto* await = make<AwaitExpression>(NodeKind::AwaitExpression, start);
            await->argument = parse_unary(nullptr);
            return finish(await);
        }
        break;
    default:
        break;
    }
    return parse_update(errors);
}

// 13.4 Update Expressions (postfix)
Expression* Parser::parse_update(CoverErrors* errors)
{
    SourcePosition start = position();
    Expression* operand = parse_left_hand_side(errors);
    if ((at(K::PlusPlus) || at(K::MinusMinus)) && !m_token.newline_before) {
        if (is_unparenthesized_arrow(operand)) {
            fail_unexpected();
            return operand;
        }
        check_simple_assignment_target(operand, start, "Invalid left-hand side expression in postfix operation");
        auto* update = make<UpdateExpression>(NodeKind::UpdateExpression, start);
        update->op = m_token.kind;
        update->prefix = false;
        update->operand = operand;
        advance();
        return finish(update);
    }
    return operand;
}

// 13.15.1 AssignmentTargetType is simple: identifiers (not eval/arguments in strict code) and
// property accesses, possibly parenthesised; never optional chains or calls.
bool Parser::is_simple_assignment_target(Expression* expression, bool allow_web_compat_call) const
{
    while (expression->is(NodeKind::ParenthesizedExpression))
        expression = expression->as<ParenthesizedExpression>().expression;
    if (expression->is(NodeKind::Identifier)) {
        Atom name = expression->as<Identifier>().name;
        return !(strict() && (name == m_atoms.eval || name == m_atoms.arguments));
    }
    // Runtime Errors for Function Call Assignment Targets: sloppy code may assign to `f()`,
    // which throws a ReferenceError when evaluated.
    if (allow_web_compat_call && !strict() && expression->is(NodeKind::CallExpression))
        return !expression->as<CallExpression>().callee->is(NodeKind::Super);
    return expression->is(NodeKind::MemberExpression);
}

void Parser::check_simple_assignment_target(Expression* expression, SourcePosition position, char const* message)
{
    if (failed() || is_simple_assignment_target(expression, true))
        return;
    Expression* inner = expression;
    while (inner->is(NodeKind::ParenthesizedExpression))
        inner = inner->as<ParenthesizedExpression>().expression;
    if (inner->is(NodeKind::Identifier)) {
        fail("Unexpected eval or arguments in strict mode", position);
        return;
    }
    fail(message, position);
}

// 13.3 Left-Hand-Side Expressions
Expression* Parser::parse_left_hand_side(CoverErrors* errors)
{
    if (!check_stack())
        return error_node();
    SourcePosition start = position();
    Expression* expression;
    if (at(K::New))
        expression = parse_new();
    else if (at(K::Super))
        expression = parse_super();
    else if (at(K::Import))
        expression = parse_import_expression(start);
    else
        expression = parse_primary(errors);
    if (is_unparenthesized_arrow(expression))
        return expression;
    bool in_optional_chain = false;
    expression = parse_call_tail(expression, start, true, in_optional_chain);
    if (in_optional_chain) {
        auto* chain = make<OptionalChain>(NodeKind::OptionalChain, start);
        chain->expression = expression;
        expression = finish(chain);
    }
    return expression;
}

Expression* Parser::parse_call_tail(Expression* expression, SourcePosition start, bool allow_calls, bool& in_optional_chain)
{
    while (!failed()) {
        switch (m_token.kind) {
        case K::Dot: {
            advance();
            auto* member = make<MemberExpression>(NodeKind::MemberExpression, start);
            member->object = expression;
            if (at(K::PrivateName)) {
                if (expression->is(NodeKind::Super)) {
                    fail("Unexpected private field", m_token.start);
                    return expression;
                }
                member->property = parse_private_identifier();
            } else if (at_identifier_name()) {
                member->property = make_identifier(m_token);
                advance();
            } else {
                fail_unexpected();
                return expression;
            }
            expression = finish(member);
            break;
        }
        case K::QuestionDot: {
            if (!allow_calls) {
                fail("Invalid optional chain from new expression", position());
                return expression;
            }
            in_optional_chain = true;
            advance();
            if (at(K::LeftParen)) {
                auto* call = make<CallExpression>(NodeKind::CallExpression, start);
                call->callee = expression;
                call->optional = true;
                call->arguments = parse_arguments();
                expression = finish(call);
                break;
            }
            auto* member = make<MemberExpression>(NodeKind::MemberExpression, start);
            member->object = expression;
            member->optional = true;
            if (eat(K::LeftBracket)) {
                member->computed = true;
                member->property = parse_expression();
                expect(K::RightBracket);
            } else if (at(K::PrivateName)) {
                member->property = parse_private_identifier();
            } else if (at_identifier_name()) {
                member->property = make_identifier(m_token);
                advance();
            } else if (at(K::TemplateString) || at(K::TemplateHead)) {
                fail("Invalid tagged template on optional chain", position());
                return expression;
            } else {
                fail_unexpected();
                return expression;
            }
            expression = finish(member);
            break;
        }
        case K::LeftBracket: {
            advance();
            auto* member = make<MemberExpression>(NodeKind::MemberExpression, start);
            member->object = expression;
            member->computed = true;
            member->property = parse_expression();
            expect(K::RightBracket);
            expression = finish(member);
            break;
        }
        case K::LeftParen: {
            if (!allow_calls)
                return expression;
            auto* call = make<CallExpression>(NodeKind::CallExpression, start);
            call->callee = expression;
            call->arguments = parse_arguments();
            expression = finish(call);
            break;
        }
        case K::TemplateString:
        case K::TemplateHead: {
            if (in_optional_chain) {
                fail("Invalid tagged template on optional chain", position());
                return expression;
            }
            auto* tagged = make<TaggedTemplate>(NodeKind::TaggedTemplate, start);
            tagged->tag = expression;
            tagged->quasi = parse_template_literal(true);
            expression = finish(tagged);
            break;
        }
        default:
            return expression;
        }
    }
    return expression;
}

// 13.3.5 The new Operator, 13.3.12 Meta Properties (new.target)
Expression* Parser::parse_new()
{
    if (!check_stack())
        return error_node();
    SourcePosition start = position();
    advance();
    if (at(K::Dot)) {
        advance();
        if (!at_contextual(m_atoms.target)) {
            fail(at(K::Identifier) && m_token.atom == m_atoms.target ? "'new.target' must not contain escaped characters"
                                                                      : "Unexpected token after 'new.'",
                position());
            return error_node();
        }
        if (!m_context->allow_new_target) {
            fail("new.target expression is not allowed here", start);
            return error_node();
        }
        advance();
        return finish(make<Node>(NodeKind::NewTarget, start));
    }
    SourcePosition callee_start = position();
    if (at(K::Import) && peek().kind != K::Dot) {
        fail("Cannot use new with import", position());
        return error_node();
    }
    Expression* callee;
    if (at(K::Import))
        callee = parse_import_expression(callee_start);
    else if (at(K::New))
        callee = parse_new();
    else if (at(K::Super))
        callee = parse_super();
    else if (at_contextual(m_atoms.async) && peek().kind != K::Function)
        callee = parse_identifier_reference(); // `new async()` constructs `async`; no arrow here
    else
        callee = parse_primary(nullptr);
    if (is_unparenthesized_arrow(callee)) {
        fail_unexpected();
        return callee;
    }
    if (callee->is(NodeKind::ImportCall)) {
        fail("Cannot use new with import", callee_start);
        return callee;
    }
    if (callee->is(NodeKind::Super) && !at(K::Dot) && !at(K::LeftBracket)) {
        fail("'super' keyword unexpected here", callee_start);
        return callee;
    }
    bool in_optional_chain = false;
    callee = parse_call_tail(callee, callee_start, false, in_optional_chain);
    auto* expression = make<CallExpression>(NodeKind::NewExpression, start);
    expression->callee = callee;
    if (at(K::LeftParen))
        expression->arguments = parse_arguments();
    return finish(expression);
}

// 13.3.7 The super Keyword
Expression* Parser::parse_super()
{
    SourcePosition start = position();
    advance();
    auto* super = make<Node>(NodeKind::Super, start);
    super->end = previous_end();
    if (at(K::LeftParen)) {
        if (!m_context->allow_super_call) {
            fail("'super' keyword unexpected here", start);
            return super;
        }
        return super;
    }
    if (at(K::Dot) || at(K::LeftBracket)) {
        if (!m_context->allow_super_property) {
            fail("'super' keyword unexpected here", start);
            return super;
        }
        return super;
    }
    fail("'super' keyword unexpected here", start);
    return super;
}

// 13.3.10 Import Calls, 13.3.12 Meta Properties (import.meta)
Expression* Parser::parse_import_expression(SourcePosition start)
{
    advance();
    ImportPhase phase = ImportPhase::Evaluation;
    if (eat(K::Dot)) {
        if (at_contextual(m_atoms.meta)) {
            if (!m_is_module) {
                fail("Cannot use 'import.meta' outside a module", start);
                return error_node();
            }
            advance();
            return finish(make<Node>(NodeKind::ImportMeta, start));
        }
        if (at_contextual(m_atoms.source))
            phase = ImportPhase::Source;
        else if (at_contextual(m_atoms.defer))
            phase = ImportPhase::Defer;
        else {
            fail(at(K::Identifier) && m_token.atom == m_atoms.meta ? "'import.meta' must not contain escaped characters"
                                                                   : "Unexpected token after 'import.'",
                position());
            return error_node();
        }
        advance();
        if (!at(K::LeftParen)) {
            fail_unexpected();
            return error_node();
        }
    }
    if (!at(K::LeftParen)) {
        fail_unexpected();
        return error_node();
    }
    advance();
    auto* call = make<ImportCall>(NodeKind::ImportCall, start);
    call->phase = phase;
    if (at(K::RightParen) || at(K::Ellipsis)) {
        fail_unexpected();
        return call;
    }
    call->specifier = parse_assignment();
    if (eat(K::Comma) && !at(K::RightParen)) {
        if (phase != ImportPhase::Evaluation) {
            fail_unexpected();
            return call;
        }
        if (at(K::Ellipsis)) {
            fail_unexpected();
            return call;
        }
        call->options = parse_assignment();
        eat(K::Comma);
    }
    expect(K::RightParen);
    return finish(call);
}

std::span<Expression*> Parser::parse_arguments()
{
    expect(K::LeftParen);
    NodeList<Expression*> arguments;
    while (!at(K::RightParen) && !at(K::EndOfSource)) {
        if (at(K::Ellipsis)) {
            SourcePosition start = position();
            advance();
            auto* spread = make<SpreadElement>(NodeKind::SpreadElement, start);
            spread->argument = parse_assignment();
            arguments.push_back(finish(spread));
        } else {
            arguments.push_back(parse_assignment());
        }
        if (!at(K::RightParen))
            expect(K::Comma);
    }
    expect(K::RightParen);
    return m_arena.copy(arguments);
}

Expression* Parser::parse_regexp_literal()
{
    m_has_peeked = false;
    m_token = m_lexer.rescan_as_regexp(m_token);
    if (m_token.kind != K::RegExpLiteral) {
        if (m_lexer.error() && !m_error)
            m_error = *m_lexer.error();
        m_token.kind = K::EndOfSource;
        return error_node();
    }
    auto* literal = make<RegExpLiteral>(NodeKind::RegExpLiteral, position());
    literal->pattern = m_token.string_value;
    literal->flags = m_token.raw_value;
    advance();
    return finish(literal);
}

// 13.2 Primary Expression
Expression* Parser::parse_primary(CoverErrors* errors)
{
    SourcePosition start = position();
    switch (m_token.kind) {
    case K::This: {
        advance();
        return finish(make<Node>(NodeKind::ThisExpression, start));
    }
    case K::Null:
        advance();
        return finish(make<Node>(NodeKind::NullLiteral, start));
    case K::True:
    case K::False: {
        auto* literal = make<BooleanLiteral>(NodeKind::BooleanLiteral, start);
        literal->value = at(K::True);
        advance();
        return finish(literal);
    }
    case K::NumericLiteral: {
        if (m_token.is_legacy_octal && strict()) {
            bool octal = true;
            for (uint32_t i = m_token.start.offset; i < m_token.end; ++i) {
                if (m_source.text()[i] == '8' || m_source.text()[i] == '9' || m_source.text()[i] == '.' || (m_source.text()[i] | 0x20) == 'e')
                    octal = false;
            }
            fail(octal ? "Octal literals are not allowed in strict mode." : "Decimals with leading zeros are not allowed in strict mode.", start);
            return error_node();
        }
        auto* literal = make<NumericLiteral>(NodeKind::NumericLiteral, start);
        literal->value = m_token.number;
        advance();
        return finish(literal);
    }
    case K::BigIntLiteral: {
        auto* literal = make<BigIntLiteral>(NodeKind::BigIntLiteral, start);
        literal->digits = m_token.string_value;
        advance();
        return finish(literal);
    }
    case K::StringLiteral: {
        if (m_token.has_octal_escape && strict()) {
            fail("Octal escape sequences are not allowed in strict mode.", m_token.escape_position);
            return error_node();
        }
        auto* literal = make<StringLiteral>(NodeKind::StringLiteral, start);
        literal->value = m_token.string_value;
        literal->is_plain = !m_token.has_escape;
        advance();
        return finish(literal);
    }
    case K::TemplateString:
    case K::TemplateHead:
        return parse_template_literal(false);
    case K::Slash:
    case K::SlashAssign:
        return parse_regexp_literal();
    case K::LeftBracket:
        return parse_array_literal(errors);
    case K::LeftBrace:
        return parse_object_literal(errors);
    case K::LeftParen:
        return parse_parenthesized_or_arrow(errors);
    case K::Function:
        return parse_function(start, false, FunctionSyntax::Expression);
    case K::Class:
        return parse_class(start, false, true);
    case K::At: {
        std::span<Expression*> decorators = parse_decorators();
        if (!at(K::Class)) {
            fail_unexpected();
            return error_node();
        }
        return parse_class(start, false, true, decorators);
    }
    case K::Identifier:
        if (at_contextual(m_atoms.async)) {
            Token const& next = peek();
            if (!next.newline_before) {
                if (next.kind == K::Function) {
                    advance();
                    return parse_function(start, true, FunctionSyntax::Expression);
                }
                if (next.kind == K::LeftParen || ((next.kind == K::Identifier || next.kind == K::Yield || next.kind == K::Await) && async_arrow_follows()))
                    return parse_async_arrow_or_call(errors);
            }
        }
        [[fallthrough]];
    case K::Yield:
    case K::Await: {
        if (at(K::Yield) && yield_is_keyword()) {
            // `yield` in a position that is not an AssignmentExpression, like `a + yield`.
            fail("Unexpected reserved word 'yield' in a generator", start);
            return error_node();
        }
        if (at(K::Await) && (m_context->in_static_block || m_context->is_async)) {
            fail("Unexpected reserved word 'await'", start);
            return error_node();
        }
        Token const& next = peek();
        if (next.kind == K::Arrow && !next.newline_before) {
            // ArrowFunction: `x => body`.
            Identifier* parameter = parse_binding_identifier();
            Pattern* parameters[] = { parameter };
            return parse_arrow_function(start, m_arena.copy(std::span<Pattern* const>(parameters)), false, true, std::nullopt);
        }
        if (at(K::Identifier) && m_token.atom == m_atoms.let && m_token.has_escape == false && strict()) {
            fail("Unexpected strict mode reserved word 'let'", start);
            return error_node();
        }
        return parse_identifier_reference();
    }
    case K::New:
        return parse_new();
    case K::Super:
        return parse_super();
    case K::Import:
        return parse_import_expression(start);
    default:
        if (is_keyword(m_token.kind)) {
            fail(std::string("Unexpected token '") + token_kind_name(m_token.kind) + "'", start);
            return error_node();
        }
        fail_unexpected();
        return error_node();
    }
}

// 13.2.8 Template Literals
TemplateLiteral* Parser::parse_template_literal(bool tagged)
{
    auto* literal = make<TemplateLiteral>(NodeKind::TemplateLiteral, position());
    std::vector<TemplateElement> quasis;
    NodeList<Expression*> expressions;
    auto add_quasi = [&]() -> bool {
        if (m_token.invalid_template_escape && !tagged) {
            fail("Invalid escape sequence in template", m_token.escape_position);
            return false;
        }
        quasis.push_back({ m_token.string_value, m_token.raw_value, m_token.invalid_template_escape });
        return true;
    };
    if (at(K::TemplateString)) {
        add_quasi();
        advance();
    } else {
        if (!add_quasi())
            return literal;
        advance();
        while (!failed()) {
            expressions.push_back(parse_expression());
            if (!at(K::RightBrace)) {
                fail_unexpected();
                break;
            }
            m_has_peeked = false;
            m_token = m_lexer.rescan_as_template_continuation(m_token);
            if (m_token.kind == K::Invalid) {
                if (!m_error && m_lexer.error())
                    m_error = *m_lexer.error();
                m_token.kind = K::EndOfSource;
                break;
            }
            if (!add_quasi())
                break;
            bool tail = at(K::TemplateTail);
            advance();
            if (tail)
                break;
        }
    }
    literal->quasis = m_arena.copy(quasis);
    literal->expressions = m_arena.copy(expressions);
    return finish(literal);
}

// 13.2.4 Array Initializer
Expression* Parser::parse_array_literal(CoverErrors* errors)
{
    auto* array = make<ArrayExpression>(NodeKind::ArrayExpression, position());
    advance();
    NodeList<Expression*> elements;
    while (!at(K::RightBracket) && !at(K::EndOfSource)) {
        if (at(K::Comma)) {
            advance();
            elements.push_back(nullptr);
            continue;
        }
        Expression* element;
        if (at(K::Ellipsis)) {
            SourcePosition start = position();
            advance();
            auto* spread = make<SpreadElement>(NodeKind::SpreadElement, start);
            spread->argument = parse_assignment(true, errors);
            element = finish(spread);
        } else {
            element = parse_assignment(true, errors);
        }
        elements.push_back(element);
        if (!at(K::RightBracket)) {
            expect(K::Comma);
            // A rest element must be last, without a trailing comma, if this becomes a pattern.
            if (element->is(NodeKind::SpreadElement) && !array->spread_followed_by_comma)
                array->spread_followed_by_comma = true;
        }
    }
    expect(K::RightBracket);
    array->elements = m_arena.copy(elements);
    return finish(array);
}

// 13.2.5 Object Initializer
Expression* Parser::parse_object_literal(CoverErrors* errors)
{
    auto* object = make<ObjectExpression>(NodeKind::ObjectExpression, position());
    advance();
    NodeList<Property*> properties;
    bool saw_proto = false;
    CoverErrors local;
    CoverErrors* target_errors = errors ? errors : &local;
    while (!at(K::RightBrace) && !at(K::EndOfSource)) {
        properties.push_back(parse_object_property(target_errors, saw_proto));
        if (!at(K::RightBrace)) {
            expect(K::Comma);
            if (properties.back()->property_kind == PropertyKind::Spread)
                object->spread_followed_by_comma = true;
        }
    }
    expect(K::RightBrace);
    object->properties = m_arena.copy(properties);
    if (!errors)
        raise_cover_errors(local);
    return finish(object);
}

// PropertyName: IdentifierName, StringLiteral, NumericLiteral, [ AssignmentExpression ].
Expression* Parser::parse_property_key(bool& computed, bool allow_private)
{
    SourcePosition start = position();
    computed = false;
    switch (m_token.kind) {
    case K::StringLiteral:
    case K::NumericLiteral:
    case K::BigIntLiteral:
        return parse_primary(nullptr);
    case K::LeftBracket: {
        advance();
        computed = true;
        Expression* key = parse_assignment();
        expect(K::RightBracket);
        return key;
    }
    case K::PrivateName: {
        if (!allow_private) {
            fail_unexpected();
            return error_node();
        }
        auto* key = make<PrivateIdentifier>(NodeKind::PrivateIdentifier, start);
        key->name = m_token.atom;
        advance();
        return finish(key);
    }
    default:
        if (at_identifier_name()) {
            Identifier* key = make_identifier(m_token);
            advance();
            return key;
        }
        fail_unexpected();
        return error_node();
    }
}

Property* Parser::parse_object_property(CoverErrors* errors, bool& saw_proto)
{
    SourcePosition start = position();
    auto* property = make<Property>(NodeKind::Property, start);
    if (at(K::Ellipsis)) {
        advance();
        property->property_kind = PropertyKind::Spread;
        property->value = parse_assignment(true, errors);
        return finish(property);
    }
    bool is_async = false;
    bool is_generator = false;
    FunctionKind accessor = FunctionKind::Normal;
    Token key_token = m_token;
    // `get`, `set` and `async` are modifiers only when a property name follows.
    auto next_is_property_name = [&] {
        Token const& next = peek();
        switch (next.kind) {
        case K::Comma:
        case K::Colon:
        case K::LeftParen:
        case K::RightBrace:
        case K::Assign:
            return false;
        default:
            return true;
        }
    };
    if (at_contextual(m_atoms.async) && next_is_property_name() && !peek().newline_before) {
        is_async = true;
        advance();
    } else if ((at_contextual(m_atoms.get) || at_contextual(m_atoms.set)) && next_is_property_name()) {
        accessor = m_token.atom == m_atoms.get ? FunctionKind::Getter : FunctionKind::Setter;
        advance();
        if (at(K::Star)) {
            fail_unexpected(); // accessors are never generators
            return property;
        }
    }
    if (at(K::Star)) {
        is_generator = true;
        advance();
    }
    key_token = m_token;
    bool computed = false;
    property->key = parse_property_key(computed);
    property->computed = computed;
    if (accessor != FunctionKind::Normal) {
        property->property_kind = accessor == FunctionKind::Getter ? PropertyKind::Getter : PropertyKind::Setter;
        property->value = parse_method(start, accessor, false, false, false, false, false);
        return finish(property);
    }
    if (at(K::LeftParen) || is_async || is_generator) {
        property->property_kind = PropertyKind::Method;
        property->value = parse_method(start, FunctionKind::Method, is_async, is_generator, false, false, false);
        return finish(property);
    }
    if (eat(K::Colon)) {
        property->property_kind = PropertyKind::Init;
        // B.3.1 __proto__ Property Names in Object Initializers
        bool is_proto = !computed
            && ((property->key->is(NodeKind::Identifier) && property->key->as<Identifier>().name == m_atoms.proto)
                || (property->key->is(NodeKind::StringLiteral) && property->key->as<StringLiteral>().value == u"__proto__"));
        if (is_proto) {
            property->property_kind = PropertyKind::ProtoSetter;
            if (saw_proto && !errors->duplicate_proto)
                errors->duplicate_proto = start;
            saw_proto = true;
        }
        property->value = parse_assignment(true, errors);
        return finish(property);
    }
    // Shorthand: an IdentifierReference, possibly with a CoverInitializedName initializer.
    if (computed || !property->key->is(NodeKind::Identifier) || !(key_token.kind == K::Identifier || key_token.kind == K::Yield || key_token.kind == K::Await)) {
        if (!computed && key_token.kind != K::Identifier && is_keyword(key_token.kind))
            fail(std::string("Unexpected token '") + token_kind_name(key_token.kind) + "'", key_token.start);
        else
            fail_unexpected();
        return property;
    }
    check_identifier(key_token.atom, key_token.start, key_token.has_escape, false);
    if (key_token.kind == K::Yield && yield_is_keyword())
        fail("Unexpected reserved word 'yield' in a generator", key_token.start);
    property->property_kind = PropertyKind::Shorthand;
    Identifier* reference = make_identifier(key_token);
    property->value = reference;
    if (at(K::Assign)) {
        if (!errors->shorthand_initializer)
            errors->shorthand_initializer = position();
        advance();
        auto* assignment = make<AssignmentExpression>(NodeKind::AssignmentExpression, key_token.start);
        assignment->op = K::Assign;
        assignment->target = reference;
        assignment->value = parse_assignment();
        property->value = finish(assignment);
    }
    return finish(property);
}

// 13.2.9 The Grouping Operator, and the cover grammar of arrow parameters (15.3).
Expression* Parser::parse_parenthesized_or_arrow(CoverErrors* outer_errors)
{
    SourcePosition start = position();
    advance();
    auto saved_yield = std::exchange(m_yield_position, std::nullopt);
    auto saved_await = std::exchange(m_await_position, std::nullopt);
    auto saved_await_identifier = std::exchange(m_await_identifier_position, std::nullopt);
    auto restore_positions = [&] {
        merge_first(saved_yield, m_yield_position);
        merge_first(saved_await, m_await_position);
        merge_first(saved_await_identifier, m_await_identifier_position);
        m_yield_position = saved_yield;
        m_await_position = saved_await;
        m_await_identifier_position = saved_await_identifier;
    };
    NodeList<Expression*> items;
    CoverErrors errors;
    std::optional<SourcePosition> trailing_comma;
    std::optional<SourcePosition> rest_position;
    while (!at(K::RightParen) && !at(K::EndOfSource)) {
        if (at(K::Ellipsis)) {
            rest_position = position();
            SourcePosition rest_start = position();
            advance();
            auto* rest = make<RestElement>(NodeKind::RestElement, rest_start);
            rest->argument = parse_binding_target();
            if (at(K::Assign)) {
                fail("Rest parameter may not have a default initializer", position());
                break;
            }
            items.push_back(finish(rest));
            if (!at(K::RightParen)) {
                fail("Rest parameter must be last formal parameter", position());
                break;
            }
            break;
        }
        items.push_back(parse_assignment(true, &errors));
        if (at(K::RightParen))
            break;
        expect(K::Comma);
        if (at(K::RightParen))
            trailing_comma = position();
    }
    expect(K::RightParen);
    if (at(K::Arrow) && !m_token.newline_before && !failed()) {
        // 15.3.1: the parenthesised list was ArrowFormalParameters.
        if (m_yield_position && m_context->is_generator) {
            fail("Yield expression not allowed in formal parameter", *m_yield_position);
            restore_positions();
            return error_node();
        }
        if (m_await_position) {
            fail("Illegal await-expression in formal parameters of async function", *m_await_position);
            restore_positions();
            return error_node();
        }
        NodeList<Pattern*> parameters;
        bool simple = true;
        for (Expression* item : items) {
            Pattern* parameter = item->is(NodeKind::RestElement) ? item : to_assignment_pattern(item, true);
            if (!parameter->is(NodeKind::Identifier))
                simple = false;
            parameters.push_back(parameter);
        }
        auto await_identifier = m_await_identifier_position;
        restore_positions();
        return parse_arrow_function(start, m_arena.copy(parameters), false, simple, await_identifier);
    }
    restore_positions();
    if (items.empty() || rest_position || trailing_comma) {
        if (!failed())
            fail_unexpected();
        return error_node();
    }
    raise_cover_errors(errors);
    (void)outer_errors;
    auto* parenthesized = make<ParenthesizedExpression>(NodeKind::ParenthesizedExpression, start);
    if (items.size() == 1) {
        parenthesized->expression = items[0];
    } else {
        auto* sequence = make<SequenceExpression>(NodeKind::SequenceExpression, items[0]->start);
        sequence->expressions = m_arena.copy(items);
        sequence->end = items.back()->end;
        parenthesized->expression = sequence;
    }
    return finish(parenthesized);
}

// A `#name` used as a property: its class must declare it (checked when the class ends).
PrivateIdentifier* Parser::parse_private_identifier()
{
    auto* name = make<PrivateIdentifier>(NodeKind::PrivateIdentifier, position());
    name->name = m_token.atom;
    name->end = m_token.end;
    reference_private_name(m_token.atom, m_token.start);
    advance();
    return name;
}

bool Parser::async_arrow_follows()
{
    SavedState state = save_state();
    advance();
    advance();
    bool arrow = at(K::Arrow) && !m_token.newline_before;
    restore_state(state);
    return arrow;
}

// 15.9 Async Arrow Function Definitions: `async x => ...`, `async (...) => ...`, or a call of `async`.
Expression* Parser::parse_async_arrow_or_call(CoverErrors* errors)
{
    SourcePosition start = position();
    Token async_token = m_token;
    advance();
    if (!at(K::LeftParen)) {
        // `async x => body`
        Token const& next = peek();
        if (next.kind != K::Arrow || next.newline_before) {
            fail_unexpected();
            return error_node();
        }
        bool saved_async = std::exchange(m_context->is_async, true); // `await` is reserved as its parameter
        Identifier* parameter = parse_binding_identifier();
        m_context->is_async = saved_async;
        Pattern* parameters[] = { parameter };
        return parse_arrow_function(start, m_arena.copy(std::span<Pattern* const>(parameters)), true, true, std::nullopt);
    }
    // `async(...)`: arguments that may turn out to be parameters.
    auto saved_yield = std::exchange(m_yield_position, std::nullopt);
    auto saved_await = std::exchange(m_await_position, std::nullopt);
    auto saved_await_identifier = std::exchange(m_await_identifier_position, std::nullopt);
    advance();
    NodeList<Expression*> items;
    CoverErrors cover;
    bool trailing_comma = false;
    while (!at(K::RightParen) && !at(K::EndOfSource)) {
        if (at(K::Ellipsis)) {
            SourcePosition spread_start = position();
            advance();
            auto* spread = make<SpreadElement>(NodeKind::SpreadElement, spread_start);
            spread->argument = parse_assignment(true, &cover);
            items.push_back(finish(spread));
        } else {
            items.push_back(parse_assignment(true, &cover));
        }
        if (at(K::RightParen))
            break;
        expect(K::Comma);
        if (at(K::RightParen) && items.back()->is(NodeKind::SpreadElement))
            trailing_comma = true;
    }
    expect(K::RightParen);
    auto yield_in = m_yield_position;
    auto await_in = m_await_position;
    auto await_identifier_in = m_await_identifier_position;
    merge_first(saved_yield, m_yield_position);
    merge_first(saved_await, m_await_position);
    merge_first(saved_await_identifier, m_await_identifier_position);
    m_yield_position = saved_yield;
    m_await_position = saved_await;
    m_await_identifier_position = saved_await_identifier;
    if (at(K::Arrow) && !m_token.newline_before && !failed()) {
        if (async_token.has_escape) {
            fail("Keyword must not contain escaped characters", async_token.start);
            return error_node();
        }
        if (await_in) {
            fail("Illegal await-expression in formal parameters of async function", *await_in);
            return error_node();
        }
        if (await_identifier_in) {
            fail("Unexpected reserved word 'await'", *await_identifier_in);
            return error_node();
        }
        if (yield_in && m_context->is_generator) {
            fail("Yield expression not allowed in formal parameter", *yield_in);
            return error_node();
        }
        NodeList<Pattern*> parameters;
        bool simple = true;
        for (size_t i = 0; i < items.size(); ++i) {
            Expression* item = items[i];
            Pattern* parameter;
            if (item->is(NodeKind::SpreadElement)) {
                if (i + 1 != items.size() || trailing_comma) {
                    fail("Rest parameter must be last formal parameter", item->start);
                    return error_node();
                }
                auto* rest = make<RestElement>(NodeKind::RestElement, item->start);
                Expression* argument = item->as<SpreadElement>().argument;
                if (argument->is(NodeKind::AssignmentExpression)) {
                    fail("Rest parameter may not have a default initializer", argument->start);
                    return error_node();
                }
                rest->argument = to_assignment_pattern(argument, true);
                rest->end = item->end;
                parameter = rest;
            } else {
                parameter = to_assignment_pattern(item, true);
            }
            if (!parameter->is(NodeKind::Identifier))
                simple = false;
            parameters.push_back(parameter);
        }
        // `await` may not name an async arrow's parameter.
        std::vector<Identifier*> names;
        for (Pattern* parameter : parameters)
            collect_bound_names(parameter, names);
        for (Identifier* name : names) {
            if (name->name->keyword == K::Await) {
                fail("Unexpected reserved word 'await'", name->start);
                return error_node();
            }
        }
        return parse_arrow_function(start, m_arena.copy(parameters), true, simple, std::nullopt);
    }
    if (errors) {
        merge_first(errors->shorthand_initializer, cover.shorthand_initializer);
        merge_first(errors->duplicate_proto, cover.duplicate_proto);
    } else {
        raise_cover_errors(cover);
    }
    // A call of a function named `async`.
    check_identifier(async_token.atom, async_token.start, async_token.has_escape, false);
    auto* call = make<CallExpression>(NodeKind::CallExpression, start);
    call->callee = make_identifier(async_token);
    call->arguments = m_arena.copy(items);
    return finish(call);
}

}
