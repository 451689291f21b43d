// 14 ECMAScript Language: Statements and Declarations
#include "parser/parser_internals.h"

#include <utility>

namespace sable::parser {

using K = TokenKind;

void Parser::parse_statement_list(NodeList<Statement*>& out, TokenKind end)
{
    while (!at(end) && !at(K::EndOfSource))
        out.push_back(parse_statement_list_item());
}

// `let` starts a LexicalDeclaration when followed by a binding (14.3.1, and the lookahead
// restriction of ExpressionStatement for `let [`).
bool Parser::at_lexical_declaration()
{
    if (at(K::Const))
        return true;
    if (!at_contextual(m_atoms.let))
        return false;
    Token const& next = peek();
    switch (next.kind) {
    case K::LeftBracket:
    case K::LeftBrace:
    case K::Identifier:
    case K::Yield:
    case K::Await:
        return true;
    default:
        // `let let` and other reserved words are declarations with a bad name, in strict code.
        return false;
    }
}

// 14.3.1 `using` and `await using` declarations (explicit resource management):
// `using [no LineTerminator here] BindingIdentifier`, and likewise after `await`.
bool Parser::at_using_declaration(bool in_for_head)
{
    bool is_await = at(K::Await);
    if (is_await ? !await_is_keyword() : !at_contextual(m_atoms.using_))
        return false;
    SavedState state = save_state();
    auto restore = [&] { restore_state(state); };
    advance();
    if (is_await && (!at_contextual(m_atoms.using_) || m_token.newline_before)) {
        restore();
        return false;
    }
    if (is_await)
        advance();
    bool declaration = !m_token.newline_before && (at(K::Identifier) || at(K::Yield) || at(K::Await));
    if (declaration && in_for_head && at_contextual(m_atoms.of)) {
        // `for (using of of x)` iterates over the identifier `using`; `for (using of = e;;)` and
        // `for (await using of of x)` declare a binding named `of`.
        advance();
        declaration = at(K::Assign) || at(K::Semicolon) || at(K::Comma) || at(K::In) || (is_await && at_contextual(m_atoms.of));
    }
    restore();
    return declaration;
}

Statement* Parser::parse_statement_list_item()
{
    // Function declarations nest through here without passing parse_statement().
    if (!check_stack())
        return error_node();
    SourcePosition start = position();
    switch (m_token.kind) {
    case K::Function:
        return parse_function(start, false, FunctionSyntax::Declaration);
    case K::Class:
        return parse_class(start, true, false);
    case K::At: {
        std::span<Expression*> decorators = parse_decorators();
        if (!at(K::Class)) {
            fail_unexpected();
            return error_node();
        }
        return parse_class(start, true, false, decorators);
    }
    case K::Const:
        return parse_variable_declaration(DeclarationKind::Const, false, true);
    case K::Identifier:
        if (at_lexical_declaration())
            return parse_variable_declaration(DeclarationKind::Let, false, true);
        if (at_contextual(m_atoms.async)) {
            Token const& next = peek();
            if (next.kind == K::Function && !next.newline_before) {
                advance();
                return parse_function(start, true, FunctionSyntax::Declaration);
            }
        }
        if (at_using_declaration(false))
            return parse_variable_declaration(DeclarationKind::Using, false, true);
        break;
    case K::Await:
        if (at_using_declaration(false))
            return parse_variable_declaration(DeclarationKind::AwaitUsing, false, true);
        break;
    default:
        break;
    }
    return parse_statement();
}

Statement* Parser::parse_statement(bool allow_function_declaration)
{
    if (!check_stack())
        return error_node();
    bool labelled = m_in_label_set;
    m_in_label_set = false;
    SourcePosition start = position();
    auto mark_loop_labels = [&] {
        if (labelled) {
            for (size_t i = m_label_set_begin; i < m_context->labels.size(); ++i)
                m_context->labels[i].is_loop = true;
        }
    };
    switch (m_token.kind) {
    case K::LeftBrace:
        return parse_block();
    case K::Var:
        return parse_variable_declaration(DeclarationKind::Var, false, true);
    case K::Semicolon: {
        advance();
        return finish(make<Node>(NodeKind::EmptyStatement, start));
    }
    case K::If:
        return parse_if();
    case K::Do:
        mark_loop_labels();
        return parse_do_while();
    case K::While:
        mark_loop_labels();
        return parse_while();
    case K::For:
        mark_loop_labels();
        return parse_for();
    case K::Continue:
        return parse_jump(NodeKind::ContinueStatement);
    case K::Break:
        return parse_jump(NodeKind::BreakStatement);
    case K::Return:
        return parse_return();
    case K::With:
        return parse_with();
    case K::Switch:
        return parse_switch();
    case K::Throw:
        return parse_throw();
    case K::Try:
        return parse_try();
    case K::Debugger:
        advance();
        consume_semicolon();
        return finish(make<Node>(NodeKind::DebuggerStatement, start));
    case K::Function:
        // B.3.3 / B.3.4: sloppy code allows plain function declarations as `if` bodies and labelled items.
        if (allow_function_declaration && !strict()) {
            Token const& next = peek();
            if (next.kind != K::Star)
                return parse_function(start, false, FunctionSyntax::Declaration);
        }
        fail(strict() ? "In strict mode code, functions can only be declared at top level or inside a block"
                      : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement",
            start);
        return error_node();
    case K::Class:
        fail("Unexpected token 'class'", start);
        return error_node();
    case K::Const:
        fail("Lexical declaration cannot appear in a single-statement context", start);
        return error_node();
    case K::Import: {
        Token const& next = peek();
        if (next.kind != K::LeftParen && next.kind != K::Dot) {
            fail(m_is_module ? "An import declaration can only be used at the top level of a module"
                             : "Cannot use import statement outside a module",
                start);
            return error_node();
        }
        break;
    }
    case K::Export:
        fail(m_is_module ? "An export declaration can only be used at the top level of a module" : "Unexpected token 'export'", start);
        return error_node();
    case K::Identifier:
        if (at_contextual(m_atoms.let) && peek().kind == K::LeftBracket) {
            fail("Lexical declaration cannot appear in a single-statement context", start);
            return error_node();
        }
        if (at_contextual(m_atoms.async)) {
            Token const& next = peek();
            if (next.kind == K::Function && !next.newline_before) {
                fail("Async functions can only be declared at the top level or inside a block", start);
                return error_node();
            }
        }
        if (at_contextual(m_atoms.let) && !strict()) {
            Token const& next = peek();
            // `if (x) let y;` — `let` then an identifier on the same line is a misplaced declaration.
            if ((next.kind == K::Identifier || next.kind == K::LeftBrace) && !next.newline_before) {
                fail("Lexical declaration cannot appear in a single-statement context", start);
                return error_node();
            }
        }
        if (at_using_declaration(false)) {
            fail("Lexical declaration cannot appear in a single-statement context", start);
            return error_node();
        }
        [[fallthrough]];
    case K::Yield:
    case K::Await:
        if (at_identifier_reference() && peek().kind == K::Colon) {
            if (at(K::Await) && await_is_keyword()) {
                fail("Unexpected reserved word 'await'", start);
                return error_node();
            }
            if (at(K::Yield) && (yield_is_keyword() || strict())) {
                fail("Unexpected reserved word 'yield'", start);
                return error_node();
            }
            Identifier* label = parse_identifier_reference();
            advance(); // `:`
            return parse_labelled_statement(label, start, labelled);
        }
        if (at(K::Await) && at_using_declaration(false)) {
            fail("Lexical declaration cannot appear in a single-statement context", start);
            return error_node();
        }
        break;
    default:
        break;
    }
    Expression* expression = parse_expression();
    return parse_expression_statement(start, expression);
}

Statement* Parser::parse_expression_statement(SourcePosition start, Expression* expression)
{
    auto* statement = make<ExpressionStatement>(NodeKind::ExpressionStatement, start);
    statement->expression = expression;
    consume_semicolon();
    return finish(statement);
}

// 14.13 Labelled Statements
Statement* Parser::parse_labelled_statement(Identifier* label, SourcePosition start, bool continues_label_set)
{
    for (auto const& existing : m_context->labels) {
        if (existing.name == label->name) {
            fail("Label '" + std::string(label->name->text) + "' has already been declared", label->start);
            return error_node();
        }
    }
    if (!continues_label_set)
        m_label_set_begin = m_context->labels.size();
    m_context->labels.push_back({ label->name, false });
    auto* statement = make<LabelledStatement>(NodeKind::LabelledStatement, start);
    statement->label = label->name;
    // 14.13.1: a labelled function is allowed only in sloppy code (B.3.1) and never as a loop body.
    if (at(K::Function)) {
        if (strict()) {
            fail("In strict mode code, functions can only be declared at top level or inside a block", position());
            return error_node();
        }
        SourcePosition function_start = position();
        if (peek().kind == K::Star) {
            fail("Generators can only be declared at the top level or inside a block", function_start);
            return error_node();
        }
        m_in_label_set = false;
        statement->body = parse_function(function_start, false, FunctionSyntax::Declaration);
    } else {
        m_in_label_set = true;
        statement->body = parse_statement();
    }
    m_in_label_set = false;
    m_context->labels.pop_back();
    return finish(statement);
}

// 14.2 Block
BlockStatement* Parser::parse_block()
{
    auto* block = make<BlockStatement>(NodeKind::BlockStatement, position());
    expect(K::LeftBrace);
    NodeList<Statement*> body;
    bool saved_using_allowed = std::exchange(m_using_allowed, true);
    parse_statement_list(body, K::RightBrace);
    m_using_allowed = saved_using_allowed;
    expect(K::RightBrace);
    block->body = m_arena.copy(body);
    return finish(block);
}

// 14.3 Declarations and the Variable Statement
VariableDeclaration* Parser::parse_variable_declaration(DeclarationKind kind, bool in_for_head, bool require_semicolon)
{
    auto* declaration = make<VariableDeclaration>(NodeKind::VariableDeclaration, position());
    declaration->declaration_kind = kind;
    if (kind == DeclarationKind::AwaitUsing) {
        advance(); // `await`
        if (!m_context->node)
            m_has_top_level_await = true;
    }
    advance();     // var / let / const / using
    bool is_lexical = kind != DeclarationKind::Var;
    bool is_using = kind == DeclarationKind::Using || kind == DeclarationKind::AwaitUsing;
    if (is_using && !in_for_head && !m_using_allowed) {
        fail("Using declarations are only allowed inside blocks, functions and modules, not directly in a script or a case clause", declaration->start);
        return declaration;
    }
    NodeList<VariableDeclarator*> declarators;
    do {
        auto* declarator = make<VariableDeclarator>(NodeKind::VariableDeclarator, position());
        if (is_using) {
            declarator->target = parse_binding_identifier();
        } else {
            declarator->target = parse_binding_target();
        }
        if (is_lexical) {
            std::vector<Identifier*> names;
            collect_bound_names(declarator->target, names);
            for (Identifier* name : names) {
                // 14.3.1.1: `let` is not a valid lexically bound name.
                if (name->name == m_atoms.let) {
                    fail("let is disallowed as a lexically bound name", name->start);
                    return declaration;
                }
            }
        }
        if (eat(K::Assign)) {
            declarator->init = parse_assignment(!in_for_head);
        } else if (!in_for_head) {
            // Constants and patterns need initializers (outside for-in/of heads).
            if (kind == DeclarationKind::Const || is_using) {
                fail("Missing initializer in " + std::string(is_using ? "using" : "const") + " declaration", position());
                return declaration;
            }
            if (!declarator->target->is(NodeKind::Identifier)) {
                fail("Missing initializer in destructuring declaration", position());
                return declaration;
            }
        }
        declarators.push_back(finish(declarator));
    } while (eat(K::Comma));
    declaration->declarations = m_arena.copy(declarators);
    if (require_semicolon)
        consume_semicolon();
    return finish(declaration);
}

// 14.6 The if Statement
Statement* Parser::parse_if()
{
    auto* statement = make<IfStatement>(NodeKind::IfStatement, position());
    advance();
    expect(K::LeftParen);
    statement->test = parse_expression();
    expect(K::RightParen);
    statement->consequent = parse_statement(true);
    check_not_labelled_function(statement->consequent);
    if (eat(K::Else)) {
        statement->alternate = parse_statement(true);
        check_not_labelled_function(statement->alternate);
    }
    return finish(statement);
}

// The body of an iteration statement: never a (labelled) function declaration.
Statement* Parser::parse_loop_body()
{
    ++m_context->loop_depth;
    ++m_context->breakable_depth;
    if (at(K::Function)) {
        fail(strict() ? "In strict mode code, functions can only be declared at top level or inside a block"
                      : "Function declarations are not allowed as the body of a loop",
            position());
    }
    Statement* body = parse_statement();
    if (body->is(NodeKind::LabelledStatement)) {
        Node* inner = body;
        while (inner->is(NodeKind::LabelledStatement))
            inner = inner->as<LabelledStatement>().body;
        if (inner->is(NodeKind::FunctionDeclaration))
            fail("Function declarations are not allowed as the body of a loop", inner->start);
    }
    --m_context->loop_depth;
    --m_context->breakable_depth;
    return body;
}

// 14.7.2 The do-while Statement
Statement* Parser::parse_do_while()
{
    auto* statement = make<LoopStatement>(NodeKind::DoWhileStatement, position());
    advance();
    statement->body = parse_loop_body();
    expect(K::While);
    expect(K::LeftParen);
    statement->test = parse_expression();
    expect(K::RightParen);
    // 12.10.1: a semicolon is inserted after do-while's `)` if needed.
    eat(K::Semicolon);
    return finish(statement);
}

// 14.7.3 The while Statement
Statement* Parser::parse_while()
{
    auto* statement = make<LoopStatement>(NodeKind::WhileStatement, position());
    advance();
    expect(K::LeftParen);
    statement->test = parse_expression();
    expect(K::RightParen);
    statement->body = parse_loop_body();
    return finish(statement);
}

// 14.7.4 The for Statement, 14.7.5 The for-in, for-of, and for-await-of Statements
Statement* Parser::parse_for()
{
    SourcePosition start = position();
    advance();
    bool is_await = false;
    if (at(K::Await)) {
        if (!await_is_keyword() || m_context->in_static_block) {
            fail_unexpected();
            return error_node();
        }
        is_await = true;
        if (!m_context->node)
            m_has_top_level_await = true;
        advance();
    }
    expect(K::LeftParen);
    Node* init = nullptr;
    SourcePosition init_start = position();
    if (at(K::Semicolon)) {
        // no initializer
    } else if (at(K::Var)) {
        init = parse_variable_declaration(DeclarationKind::Var, true, false);
    } else if (at(K::Const) || (at_contextual(m_atoms.let) && at_lexical_declaration())) {
        init = parse_variable_declaration(at(K::Const) ? DeclarationKind::Const : DeclarationKind::Let, true, false);
    } else if (at_using_declaration(true)) {
        init = parse_variable_declaration(at(K::Await) ? DeclarationKind::AwaitUsing : DeclarationKind::Using, true, false);
    } else {
        // 14.7.5: `for (let of x)` and `for (async of x)` are not for-of statements.
        bool starts_with_let = at_contextual(m_atoms.let);
        bool starts_with_async = at_contextual(m_atoms.async);
        CoverErrors errors;
        Expression* expression = parse_expression(false, &errors);
        if (at_contextual(m_atoms.of) || at(K::In)) {
            bool is_of = at_contextual(m_atoms.of);
            if (is_of && starts_with_let) {
                fail("The left-hand side of a for-of loop may not be 'let'", init_start);
                return error_node();
            }
            if (is_of && starts_with_async && expression->is(NodeKind::Identifier) && !is_await
                && expression->end - expression->start.offset == 5) {
                fail("The left-hand side of a for-of loop may not be 'async'", init_start);
                return error_node();
            }
            Pattern* target;
            if (expression->is(NodeKind::ObjectExpression) || expression->is(NodeKind::ArrayExpression)) {
                target = to_assignment_pattern(expression, false);
            } else {
                raise_cover_errors(errors);
                if (!is_simple_assignment_target(expression, true)) {
                    fail(std::string("Invalid left-hand side in ") + (is_of ? "for-of" : "for-in") + " loop", init_start);
                    return error_node();
                }
                target = expression;
                if (expression->is(NodeKind::ParenthesizedExpression))
                    target = to_assignment_pattern(expression, false);
            }
            return parse_for_in_of(start, target, is_await, false);
        }
        raise_cover_errors(errors);
        init = expression;
    }
    if (init && init->is(NodeKind::VariableDeclaration) && (at_contextual(m_atoms.of) || at(K::In))) {
        auto& declaration = init->as<VariableDeclaration>();
        bool is_of = at_contextual(m_atoms.of);
        char const* loop = is_of ? "for-of" : "for-in";
        if (declaration.declarations.size() != 1) {
            fail(std::string("Invalid left-hand side in ") + loop + " loop: Must have a single binding.", init_start);
            return error_node();
        }
        VariableDeclarator* declarator = declaration.declarations[0];
        if (declarator->init) {
            // B.3.5 Initializers in ForIn Statement Heads: only `for (var x = e in o)` in sloppy code.
            bool allowed = !is_of && !strict() && declaration.declaration_kind == DeclarationKind::Var
                && declarator->target->is(NodeKind::Identifier);
            if (!allowed) {
                fail(std::string(loop) + " loop variable declaration may not have an initializer.", init_start);
                return error_node();
            }
        }
        if (!is_of && (declaration.declaration_kind == DeclarationKind::Using || declaration.declaration_kind == DeclarationKind::AwaitUsing)) {
            fail("Using declarations are not allowed in for-in loops", init_start);
            return error_node();
        }
        return parse_for_in_of(start, init, is_await, true);
    }
    if (is_await) {
        fail_unexpected();
        return error_node();
    }
    if (init && init->is(NodeKind::VariableDeclaration)) {
        // Declarations in a plain for head need their initializers.
        auto& declaration = init->as<VariableDeclaration>();
        for (VariableDeclarator* declarator : declaration.declarations) {
            if (declarator->init)
                continue;
            bool needs = declaration.declaration_kind == DeclarationKind::Const || declaration.declaration_kind == DeclarationKind::Using
                || declaration.declaration_kind == DeclarationKind::AwaitUsing || !declarator->target->is(NodeKind::Identifier);
            if (needs) {
                fail("Missing initializer in declaration", declarator->start);
                return error_node();
            }
        }
    }
    auto* statement = make<ForStatement>(NodeKind::ForStatement, start);
    statement->init = init;
    expect(K::Semicolon);
    if (!at(K::Semicolon))
        statement->test = parse_expression();
    expect(K::Semicolon);
    if (!at(K::RightParen))
        statement->update = parse_expression();
    expect(K::RightParen);
    statement->body = parse_loop_body();
    return finish(statement);
}

Statement* Parser::parse_for_in_of(SourcePosition start, Node* left, bool is_await, bool left_is_declaration)
{
    bool is_of = at_contextual(m_atoms.of);
    if (!is_of && is_await) {
        fail_unexpected();
        return error_node();
    }
    auto* statement = make<ForInOfStatement>(is_of ? NodeKind::ForOfStatement : NodeKind::ForInStatement, start);
    statement->left = left;
    statement->is_await = is_await;
    advance();
    // for-of takes an AssignmentExpression, for-in an Expression.
    statement->right = is_of ? parse_assignment() : parse_expression();
    expect(K::RightParen);
    statement->body = parse_loop_body();
    (void)left_is_declaration;
    return finish(statement);
}

// 14.8 The continue Statement, 14.9 The break Statement
Statement* Parser::parse_jump(NodeKind kind)
{
    auto* statement = make<JumpStatement>(kind, position());
    bool is_continue = kind == NodeKind::ContinueStatement;
    advance();
    if (at_identifier_reference() && !m_token.newline_before) {
        SourcePosition label_position = position();
        Atom label = parse_label_identifier();
        statement->label = label;
        bool found = false;
        for (auto const& existing : m_context->labels) {
            if (existing.name != label)
                continue;
            found = true;
            if (is_continue && !existing.is_loop) {
                fail("Illegal continue statement: '" + std::string(label->text) + "' does not denote an iteration statement", label_position);
                return statement;
            }
        }
        if (!found) {
            fail("Undefined label '" + std::string(label->text) + "'", label_position);
            return statement;
        }
    } else if (is_continue ? m_context->loop_depth == 0 : m_context->breakable_depth == 0) {
        fail(is_continue ? "Illegal continue statement: no surrounding iteration statement" : "Illegal break statement", statement->start);
        return statement;
    }
    consume_semicolon();
    return finish(statement);
}

// 14.10 The return Statement
Statement* Parser::parse_return()
{
    auto* statement = make<ReturnStatement>(NodeKind::ReturnStatement, position());
    if (!m_context->allow_return) {
        fail("Illegal return statement", position());
        return statement;
    }
    advance();
    if (!at(K::Semicolon) && !at(K::RightBrace) && !at(K::EndOfSource) && !m_token.newline_before)
        statement->argument = parse_expression();
    consume_semicolon();
    return finish(statement);
}

// 14.11 The with Statement
Statement* Parser::parse_with()
{
    auto* statement = make<WithStatement>(NodeKind::WithStatement, position());
    if (strict()) {
        fail("Strict mode code may not include a with statement", position());
        return statement;
    }
    advance();
    expect(K::LeftParen);
    statement->object = parse_expression();
    expect(K::RightParen);
    if (at(K::Function))
        fail("In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement", position());
    statement->body = parse_statement();
    check_not_labelled_function(statement->body);
    return finish(statement);
}

// 14.6.1, 14.11.1: IsLabelledFunction(Statement) must be false for if and with bodies.
void Parser::check_not_labelled_function(Statement* statement)
{
    if (!statement->is(NodeKind::LabelledStatement))
        return;
    Node* inner = statement;
    while (inner->is(NodeKind::LabelledStatement))
        inner = inner->as<LabelledStatement>().body;
    if (inner->is(NodeKind::FunctionDeclaration))
        fail("Labelled function declarations are not allowed here", inner->start);
}

// 14.12 The switch Statement
Statement* Parser::parse_switch()
{
    auto* statement = make<SwitchStatement>(NodeKind::SwitchStatement, position());
    advance();
    expect(K::LeftParen);
    statement->discriminant = parse_expression();
    expect(K::RightParen);
    expect(K::LeftBrace);
    ++m_context->breakable_depth;
    NodeList<SwitchCase*> cases;
    bool seen_default = false;
    while (!at(K::RightBrace) && !at(K::EndOfSource)) {
        auto* clause = make<SwitchCase>(NodeKind::SwitchCase, position());
        if (eat(K::Case)) {
            clause->test = parse_expression();
        } else if (at(K::Default)) {
            if (seen_default) {
                fail("More than one default clause in switch statement", position());
                break;
            }
            seen_default = true;
            advance();
        } else {
            fail_unexpected();
            break;
        }
        expect(K::Colon);
        NodeList<Statement*> consequent;
        bool saved_using_allowed = std::exchange(m_using_allowed, false);
        while (!at(K::Case) && !at(K::Default) && !at(K::RightBrace) && !at(K::EndOfSource))
            consequent.push_back(parse_statement_list_item());
        m_using_allowed = saved_using_allowed;
        clause->consequent = m_arena.copy(consequent);
        cases.push_back(finish(clause));
    }
    --m_context->breakable_depth;
    expect(K::RightBrace);
    statement->cases = m_arena.copy(cases);
    return finish(statement);
}

// 14.14 The throw Statement
Statement* Parser::parse_throw()
{
    auto* statement = make<ThrowStatement>(NodeKind::ThrowStatement, position());
    advance();
    if (m_token.newline_before) {
        fail("Illegal newline after throw", position());
        return statement;
    }
    statement->argument = parse_expression();
    consume_semicolon();
    return finish(statement);
}

// 14.15 The try Statement
Statement* Parser::parse_try()
{
    auto* statement = make<TryStatement>(NodeKind::TryStatement, position());
    advance();
    statement->block = parse_block();
    if (at(K::Catch)) {
        auto* handler = make<CatchClause>(NodeKind::CatchClause, position());
        advance();
        if (eat(K::LeftParen)) {
            handler->parameter = parse_binding_target();
            expect(K::RightParen);
        }
        handler->body = parse_block();
        statement->handler = finish(handler);
    }
    if (eat(K::Finally))
        statement->finalizer = parse_block();
    if (!statement->handler && !statement->finalizer && !failed())
        fail("Missing catch or finally after try", position());
    return finish(statement);
}

}
