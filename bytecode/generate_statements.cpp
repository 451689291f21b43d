// Statements: blocks and declarations, if, loops (for, for-in, for-of with iterator closing),
// switch, labels, break/continue, return, throw, try/catch/finally (the completion protocol
// of generator_internals.h), with, and the completion value of scripts.

#include "bytecode/generator_internals.h"

#include "runtime/vm.h"

#include <utility>

namespace sable::bytecode::detail {

using parser::DeclarationKind;
using parser::ScopeKind;
using parser::VariableKind;

void FunctionGenerator::generate_statements(std::span<Statement*> statements)
{
    for (Statement* statement : statements) {
        if (failed())
            return;
        generate_statement(statement);
    }
}

void FunctionGenerator::set_completion_undefined()
{
    if (!m_completion)
        return;
    emit(Opcode::LdaUndefined);
    emit(Opcode::Star, { *m_completion });
}

static std::vector<parser::Atom> no_labels() { return {}; }

void FunctionGenerator::generate_statement(Statement* statement)
{
    if (!statement || !check_stack(statement))
        return;
    TemporaryScope temporaries(*this);
    statement_position(statement);
    switch (statement->kind) {
    case NodeKind::EmptyStatement:
        break;
    case NodeKind::DebuggerStatement:
        emit(Opcode::Debugger);
        break;
    case NodeKind::ExpressionStatement: {
        // Directives and other literals without a completion to record do nothing.
        Expression* expression = statement->as<parser::ExpressionStatement>().expression;
        if (!m_completion && (expression->is(NodeKind::StringLiteral) || expression->is(NodeKind::NumericLiteral)))
            break;
        generate_expression(expression);
        if (m_completion)
            emit(Opcode::Star, { *m_completion });
        break;
    }
    case NodeKind::BlockStatement:
        generate_block(statement->as<parser::BlockStatement>());
        break;
    case NodeKind::VariableDeclaration:
        generate_variable_declaration(statement->as<parser::VariableDeclaration>());
        break;
    case NodeKind::FunctionDeclaration: {
        // Created when its scope was entered; B.3.3: a sloppy block function also sets the var
        // binding of the same name when its declaration is evaluated.
        auto& function = statement->as<parser::FunctionNode>();
        if (!function.sets_annex_b_var)
            break;
        Scope* var_scope = m_function ? (m_function->body_scope ? m_function->body_scope : m_function->scope) : m_program->scope;
        Variable* var = var_scope->find(function.name->name);
        load_access(access_for_name(function.name->name), function.name->name, false, false);
        VariableAccess var_access = access_for_variable(var);
        if (var_access.kind == parser::ResolutionKind::Dynamic) {
            // Eval code: found by name, but not from here, where the block's own binding would be.
            emit(Opcode::StaLookupOuter, { atom_constant(function.name->name), count_environments(m_scope, var_scope) });
        } else {
            store_access(var_access, function.name->name, true);
        }
        break;
    }
    case NodeKind::ClassDeclaration: {
        auto& class_node = statement->as<parser::ClassNode>();
        Reg value = allocate();
        generate_class(class_node, value);
        if (class_node.name) {
            emit(Opcode::Ldar, { value });
            store_access(access_for_name(class_node.name->name), class_node.name->name, true);
        }
        break;
    }
    case NodeKind::IfStatement:
        generate_if(statement->as<parser::IfStatement>());
        break;
    case NodeKind::DoWhileStatement:
    case NodeKind::WhileStatement:
        generate_loop(statement, no_labels());
        break;
    case NodeKind::ForStatement:
        generate_for(statement->as<parser::ForStatement>(), no_labels());
        break;
    case NodeKind::ForInStatement:
        generate_for_in(statement->as<parser::ForInOfStatement>(), no_labels());
        break;
    case NodeKind::ForOfStatement:
        generate_for_of(statement->as<parser::ForInOfStatement>(), no_labels());
        break;
    case NodeKind::SwitchStatement:
        generate_switch(statement->as<parser::SwitchStatement>(), no_labels());
        break;
    case NodeKind::LabelledStatement:
        generate_labelled(statement->as<parser::LabelledStatement>());
        break;
    case NodeKind::BreakStatement:
        generate_jump(statement->as<parser::JumpStatement>(), false);
        break;
    case NodeKind::ContinueStatement:
        generate_jump(statement->as<parser::JumpStatement>(), true);
        break;
    case NodeKind::ReturnStatement: {
        auto& node = statement->as<parser::ReturnStatement>();
        if (node.argument) {
            generate_expression(node.argument);
            if (m_generator && m_await_kind)
                emit_await(); // async generators await the returned value
        } else {
            emit(Opcode::LdaUndefined);
        }
        emit_return();
        break;
    }
    case NodeKind::ThrowStatement:
        generate_expression(statement->as<parser::ThrowStatement>().argument);
        statement_position(statement);
        emit(Opcode::Throw);
        break;
    case NodeKind::TryStatement:
        generate_try(statement->as<parser::TryStatement>());
        break;
    case NodeKind::WithStatement:
        generate_with(statement->as<parser::WithStatement>());
        break;
    case NodeKind::ImportDeclaration:
        break; // linked before the module runs
    case NodeKind::ExportDeclaration:
        generate_export(statement->as<parser::ExportDeclaration>());
        break;
    default:
        fail(std::string("unexpected statement ") + parser::node_kind_name(statement->kind), statement);
        break;
    }
}

// Statements of a block or body; `using` declarations among them dispose their resources on
// every way out (DisposeResources in a finally).
void FunctionGenerator::generate_statements_with_disposal(std::span<Statement*> statements)
{
    bool has_using = false;
    bool has_await_using = false;
    for (Statement* statement : statements) {
        if (!statement->is(NodeKind::VariableDeclaration))
            continue;
        DeclarationKind kind = statement->as<parser::VariableDeclaration>().declaration_kind;
        has_using = has_using || kind == DeclarationKind::Using || kind == DeclarationKind::AwaitUsing;
        has_await_using = has_await_using || kind == DeclarationKind::AwaitUsing;
    }
    if (!has_using) {
        generate_statements(statements);
        return;
    }
    generate_disposing(has_await_using, statements.front(), [&] { generate_statements(statements); });
}

// Runs `body` with a new DisposeCapability in m_disposable_stack, and disposes its resources on
// every way out: with DisposeResources, or, when `awaits` (an `await using` is among them), with
// DisposeResourcesAsync and an Await of the promise it may give.
void FunctionGenerator::generate_disposing(bool awaits, Node const* node, std::function<void()> const& body)
{
    TemporaryScope temporaries(*this);
    Reg stack = allocate();
    emit(Opcode::CreateDisposableStack, { stack });
    std::optional<Reg> saved = m_disposable_stack;
    generate_protected(
        [&] {
            m_disposable_stack = stack;
            body();
            m_disposable_stack = saved;
        },
        [&](Reg kind, Reg value) {
            emit(Opcode::Ldar, { value });
            if (!awaits) {
                emit(Opcode::DisposeResources, { stack, kind });
                return;
            }
            Label disposed;
            emit(Opcode::DisposeResourcesAsync, { stack, kind });
            emit_jump(Opcode::JumpIfUndefined, disposed);
            emit_await();
            bind(disposed);
        },
        node);
}

static bool is_using(DeclarationKind kind) { return kind == DeclarationKind::Using || kind == DeclarationKind::AwaitUsing; }

// AddDisposableResource for the value in acc, declared by `using` or `await using`.
void FunctionGenerator::emit_add_disposable_resource(DeclarationKind kind)
{
    emit(kind == DeclarationKind::AwaitUsing ? Opcode::AddAsyncDisposableResource : Opcode::AddDisposableResource, { *m_disposable_stack });
}

void FunctionGenerator::generate_block(parser::BlockStatement& block)
{
    Scope* saved = m_scope;
    enter_scope(block.scope);
    instantiate_functions(block.body, block.scope);
    generate_statements_with_disposal(block.body);
    leave_scope(block.scope);
    m_scope = saved;
}

void FunctionGenerator::generate_variable_declaration(parser::VariableDeclaration& declaration)
{
    if (is_using(declaration.declaration_kind) && !m_disposable_stack) {
        throw_not_implemented("`using` declarations outside blocks and function bodies");
        return;
    }
    for (parser::VariableDeclarator* declarator : declaration.declarations) {
        TemporaryScope temporaries(*this);
        statement_position(declarator);
        if (!declarator->init) {
            // `var x;` does nothing; `let x;` initialises x to undefined.
            if (declaration.declaration_kind == DeclarationKind::Var)
                continue;
            emit(Opcode::LdaUndefined);
            bind_pattern(declarator->target, true);
            continue;
        }
        if (declaration.declaration_kind == DeclarationKind::Var && declarator->target->is(NodeKind::Identifier)
            && access_for(declarator->target->as<parser::Identifier>()).kind == parser::ResolutionKind::Dynamic) {
            // `var x = init` inside `with`: x is resolved before init runs.
            Reference reference = prepare_reference(declarator->target);
            generate_named_value(declarator->init, declarator->target->as<parser::Identifier>().name);
            store_reference(reference, false);
            continue;
        }
        if (declarator->target->is(NodeKind::Identifier))
            generate_named_value(declarator->init, declarator->target->as<parser::Identifier>().name);
        else
            generate_expression(declarator->init);
        if (is_using(declaration.declaration_kind)) {
            m_position_node = declarator;
            emit_add_disposable_resource(declaration.declaration_kind);
        }
        // `var` declarations are assignments to an existing binding.
        bind_pattern(declarator->target, declaration.declaration_kind != DeclarationKind::Var);
    }
}

void FunctionGenerator::generate_if(parser::IfStatement& node)
{
    set_completion_undefined();
    Label else_label;
    Label end;
    generate_condition(node.test, else_label);
    auto branch = [&](Statement* statement) {
        // B.3.3: a function declaration as an if body is in a block of its own.
        if (statement && statement->is(NodeKind::FunctionDeclaration) && statement->as<parser::FunctionNode>().scope) {
            Scope* scope = statement->as<parser::FunctionNode>().scope->parent;
            Scope* saved = m_scope;
            enter_scope(scope);
            Statement* single[] = { statement };
            instantiate_functions(single, scope);
            generate_statement(statement);
            leave_scope(scope);
            m_scope = saved;
            return;
        }
        generate_statement(statement);
    };
    branch(node.consequent);
    if (node.alternate) {
        emit_jump(Opcode::Jump, end);
        bind(else_label);
        branch(node.alternate);
        bind(end);
    } else {
        bind(else_label);
    }
}

static ControlScope breakable(std::vector<parser::Atom> labels, bool is_loop, Label* break_label, Label* continue_label)
{
    ControlScope control { ControlScope::Kind::Breakable };
    control.labels = std::move(labels);
    control.is_loop = is_loop;
    control.break_label = break_label;
    control.continue_label = continue_label;
    return control;
}

void FunctionGenerator::generate_loop(Statement* statement, std::vector<parser::Atom> labels)
{
    auto& node = statement->as<parser::LoopStatement>();
    set_completion_undefined();
    Label top;
    Label next;
    Label end;
    push_control(breakable(std::move(labels), true, &end, &next));
    if (statement->is(NodeKind::WhileStatement)) {
        bind(top);
        m_position_node = node.test;
        generate_condition(node.test, end);
        generate_statement(node.body);
        bind(next);
        emit_jump(Opcode::Loop, top, { slot() });
    } else {
        bind(top);
        generate_statement(node.body);
        bind(next);
        m_position_node = node.test;
        Label exit;
        generate_condition(node.test, end);
        emit_jump(Opcode::Loop, top, { slot() });
    }
    pop_control();
    bind(end);
}

void FunctionGenerator::generate_for(parser::ForStatement& node, std::vector<parser::Atom> labels)
{
    DeclarationKind kind = node.init && node.init->is(NodeKind::VariableDeclaration)
        ? node.init->as<parser::VariableDeclaration>().declaration_kind
        : DeclarationKind::Var;
    if (!is_using(kind)) {
        generate_for_loop(node, std::move(labels));
        return;
    }
    // for (using x = ...; ...; ...): the resources are disposed when the whole loop ends.
    generate_disposing(kind == DeclarationKind::AwaitUsing, &node, [&] { generate_for_loop(node, std::move(labels)); });
}

void FunctionGenerator::generate_for_loop(parser::ForStatement& node, std::vector<parser::Atom> labels)
{
    set_completion_undefined();
    Scope* saved = m_scope;
    bool per_iteration = node.scope && node.scope->needs_environment;
    enter_scope(node.scope);
    if (node.init) {
        if (node.init->is(NodeKind::VariableDeclaration)) {
            // A `using` declaration adds to the loop's own capability (generate_for).
            generate_variable_declaration(node.init->as<parser::VariableDeclaration>());
        } else {
            TemporaryScope temporaries(*this);
            m_position_node = node.init;
            generate_expression(node.init);
        }
    }
    Label top;
    Label next;
    Label end;
    Label exit;
    push_control(breakable(std::move(labels), true, &exit, &next));
    if (per_iteration)
        emit(Opcode::CopyEnvForIteration);
    bind(top);
    if (node.test) {
        m_position_node = node.test;
        generate_condition(node.test, end);
    }
    generate_statement(node.body);
    bind(next);
    if (per_iteration)
        emit(Opcode::CopyEnvForIteration);
    if (node.update) {
        TemporaryScope temporaries(*this);
        m_position_node = node.update;
        set_position(node.update);
        generate_expression(node.update);
    }
    emit_jump(Opcode::Loop, top, { slot() });
    pop_control();
    bind(end);
    bind(exit);
    leave_scope(node.scope);
    m_scope = saved;
}

// Binds acc to the left side of a for-in/of: a declaration (fresh scope per iteration for
// lexical ones, entered by the caller) or an assignment target.
void FunctionGenerator::generate_for_in_of_binding(parser::ForInOfStatement& node)
{
    if (node.left->is(NodeKind::VariableDeclaration)) {
        auto& declaration = node.left->as<parser::VariableDeclaration>();
        if (is_using(declaration.declaration_kind) && !m_disposable_stack) {
            throw_not_implemented("`using` in for-in heads");
            return;
        }
        if (is_using(declaration.declaration_kind))
            emit_add_disposable_resource(declaration.declaration_kind);
        bind_pattern(declaration.declarations[0]->target, declaration.declaration_kind != DeclarationKind::Var);
        return;
    }
    bind_pattern(node.left, false);
}

// The head expression of a lexical for-in/of runs in a scope holding the bound names in TDZ.
static void generate_head(FunctionGenerator& g, parser::ForInOfStatement& node)
{
    Scope* saved = g.current_scope();
    if (node.scope) {
        g.enter_scope(node.scope);
        g.generate_expression(node.right);
        g.leave_scope(node.scope);
        g.set_current_scope(saved);
    } else {
        // B.3.5: `for (var x = init in o)` evaluates the initializer first.
        if (node.left->is(NodeKind::VariableDeclaration)) {
            auto* declarator = node.left->as<parser::VariableDeclaration>().declarations[0];
            if (declarator->init) {
                g.generate_expression(declarator->init);
                g.bind_pattern(declarator->target, false);
            }
        }
        g.generate_expression(node.right);
    }
}

void FunctionGenerator::generate_for_in(parser::ForInOfStatement& node, std::vector<parser::Atom> labels)
{
    set_completion_undefined();
    TemporaryScope temporaries(*this);
    m_position_node = node.right;
    generate_head(*this, node);
    Reg enumerator = allocate();
    Label end;
    Label top;
    Label next;
    emit(Opcode::ForInEnumerate, { enumerator });
    push_control(breakable(std::move(labels), true, &end, &next));
    bind(top);
    bind(next);
    m_position_node = &node;
    emit_jump(Opcode::ForInNext, end, { enumerator });
    Scope* saved = m_scope;
    Reg value = allocate();
    emit(Opcode::Star, { value });
    enter_scope(node.scope);
    emit(Opcode::Ldar, { value });
    m_position_node = node.left;
    generate_for_in_of_binding(node);
    generate_statement(node.body);
    leave_scope(node.scope);
    m_scope = saved;
    emit_jump(Opcode::Loop, top, { slot() });
    pop_control();
    bind(end);
}

// for-of: a throw from the body or the binding closes the iterator (IteratorClose with a throw
// completion) before propagating; break and return close it through the Iterator control scope.
void FunctionGenerator::generate_for_of(parser::ForInOfStatement& node, std::vector<parser::Atom> labels)
{
    bool is_async = node.is_await;
    if (is_async && !m_await_kind) {
        throw_not_implemented("for await outside an async function");
        return;
    }
    set_completion_undefined();
    TemporaryScope temporaries(*this);
    m_position_node = node.right;
    generate_head(*this, node);
    Reg iterator = allocate_range(2);
    Reg saved_env = allocate();
    emit(Opcode::GetIterator, { iterator, is_async ? 1 : 0, slot() });
    Label end;
    Label top;
    Label next;
    Label handler;
    bind(top);
    bind(next);
    m_position_node = &node;
    if (is_async) {
        // result = Await(next()); done? end : acc = result.value
        TemporaryScope step_temporaries(*this);
        Reg list = allocate();
        Reg result = allocate();
        emit(Opcode::Mov, { iterator, list });
        emit(Opcode::Call, { iterator + 1, list, 1, slot() });
        emit_await();
        emit(Opcode::ThrowIfNotObject, { atom_constant(std::string_view("Iterator result is not an object")) });
        emit(Opcode::Star, { result });
        emit(Opcode::GetNamed, { result, atom_constant(std::string_view("done")), slot() });
        emit_jump(Opcode::JumpIfTrue, end);
        emit(Opcode::GetNamed, { result, atom_constant(std::string_view("value")), slot() });
    } else {
        emit_jump(Opcode::IteratorStep, end, { iterator });
    }
    // The value is in acc. Body and binding are covered by the closing handler.
    emit(Opcode::StarEnv, { saved_env });
    auto start = uint32_t(m_writer.offset());
    push_control(breakable(std::move(labels), true, &end, &next));
    ControlScope iterator_scope { ControlScope::Kind::Iterator };
    iterator_scope.iterator = iterator;
    iterator_scope.is_async_iterator = is_async;
    push_control(std::move(iterator_scope));
    // `break` closes the iterator, `continue` of this loop does not (emit_jump_out).
    Scope* saved = m_scope;
    Reg value = allocate();
    emit(Opcode::Star, { value });
    enter_scope(node.scope);
    DeclarationKind kind = node.left->is(NodeKind::VariableDeclaration) ? node.left->as<parser::VariableDeclaration>().declaration_kind
                                                                        : DeclarationKind::Var;
    if (is_using(kind)) {
        // for (using x of ...): each iteration's value is disposed when the iteration ends.
        std::optional<Reg> saved_stack = m_disposable_stack;
        generate_disposing(kind == DeclarationKind::AwaitUsing, &node, [&] {
            emit(Opcode::Ldar, { value });
            m_position_node = node.left;
            generate_for_in_of_binding(node);
            m_disposable_stack = saved_stack;
            generate_statement(node.body);
        });
    } else {
        emit(Opcode::Ldar, { value });
        m_position_node = node.left;
        generate_for_in_of_binding(node);
        generate_statement(node.body);
    }
    leave_scope(node.scope);
    m_scope = saved;
    pop_control();
    pop_control();
    auto finish = uint32_t(m_writer.offset());
    emit_jump(Opcode::Loop, top, { slot() });
    bind(handler);
    m_handlers.push_back({ start, finish, uint32_t(handler.offset()), saved_env });
    {
        Reg exception = allocate();
        Label rethrow;
        emit(Opcode::Star, { exception });
        emit(Opcode::Ldar, { iterator });
        emit_jump(Opcode::JumpIfUndefined, rethrow);
        if (is_async) {
            // AsyncIteratorClose with a throw completion: errors from return() are ignored.
            Reg list = allocate();
            Reg method = allocate();
            Reg close_env = allocate();
            emit(Opcode::StarEnv, { close_env });
            auto close_start = uint32_t(m_writer.offset());
            emit(Opcode::Mov, { iterator, list });
            emit(Opcode::GetNamed, { list, atom_constant(std::string_view("return")), slot() });
            emit(Opcode::Star, { method });
            emit_jump(Opcode::JumpIfNullish, rethrow);
            emit(Opcode::Call, { method, list, 1, slot() });
            emit_await();
            auto close_end = uint32_t(m_writer.offset());
            emit_jump(Opcode::Jump, rethrow);
            m_handlers.push_back({ close_start, close_end, uint32_t(m_writer.offset()), close_env });
        } else {
            emit(Opcode::IteratorClose, { iterator, 1 });
        }
        bind(rethrow);
        emit(Opcode::Ldar, { exception });
        emit(Opcode::ReThrow);
    }
    bind(end);
}

void FunctionGenerator::generate_switch(parser::SwitchStatement& node, std::vector<parser::Atom> labels)
{
    set_completion_undefined();
    TemporaryScope temporaries(*this);
    m_position_node = node.discriminant;
    Reg discriminant = allocate();
    generate_expression(node.discriminant);
    emit(Opcode::Star, { discriminant });
    Scope* saved = m_scope;
    if (node.scope)
        m_switch_scopes.insert(node.scope);
    enter_scope(node.scope);
    std::vector<Statement*> all;
    for (parser::SwitchCase* clause : node.cases)
        all.insert(all.end(), clause->consequent.begin(), clause->consequent.end());
    instantiate_functions(all, node.scope);
    Label end;
    push_control(breakable(std::move(labels), false, &end, nullptr));
    std::deque<Label> bodies(node.cases.size());
    Label* default_body = nullptr;
    for (size_t i = 0; i < node.cases.size(); ++i) {
        parser::SwitchCase* clause = node.cases[i];
        if (!clause->test) {
            default_body = &bodies[i];
            continue;
        }
        TemporaryScope clause_temporaries(*this);
        m_position_node = clause->test;
        generate_expression(clause->test);
        emit(Opcode::StrictEqual, { discriminant, slot() });
        emit_jump(Opcode::JumpIfTrue, bodies[i]);
    }
    Label after_cases;
    emit_jump(Opcode::Jump, default_body ? *default_body : after_cases);
    // `using` in a case clause belongs to the switch block, not to an enclosing one.
    std::optional<Reg> saved_stack = std::exchange(m_disposable_stack, std::nullopt);
    for (size_t i = 0; i < node.cases.size(); ++i) {
        bind(bodies[i]);
        generate_statements(node.cases[i]->consequent);
    }
    m_disposable_stack = saved_stack;
    bind(after_cases);
    pop_control();
    bind(end);
    leave_scope(node.scope);
    m_scope = saved;
}

void FunctionGenerator::generate_labelled(parser::LabelledStatement& node)
{
    std::vector<parser::Atom> labels { node.label };
    Statement* body = node.body;
    while (body->is(NodeKind::LabelledStatement)) {
        labels.push_back(body->as<parser::LabelledStatement>().label);
        body = body->as<parser::LabelledStatement>().body;
    }
    statement_position(body);
    switch (body->kind) {
    case NodeKind::DoWhileStatement:
    case NodeKind::WhileStatement:
        generate_loop(body, std::move(labels));
        return;
    case NodeKind::ForStatement:
        generate_for(body->as<parser::ForStatement>(), std::move(labels));
        return;
    case NodeKind::ForInStatement:
        generate_for_in(body->as<parser::ForInOfStatement>(), std::move(labels));
        return;
    case NodeKind::ForOfStatement:
        generate_for_of(body->as<parser::ForInOfStatement>(), std::move(labels));
        return;
    case NodeKind::SwitchStatement:
        generate_switch(body->as<parser::SwitchStatement>(), std::move(labels));
        return;
    default:
        break;
    }
    Label end;
    ControlScope control = breakable(std::move(labels), false, &end, nullptr);
    control.is_plain_label = true;
    push_control(std::move(control));
    generate_statement(body);
    pop_control();
    bind(end);
}

void FunctionGenerator::generate_jump(parser::JumpStatement& node, bool is_continue)
{
    for (size_t depth = m_controls.size(); depth > 0; --depth) {
        ControlScope& control = m_controls[depth - 1];
        if (control.kind != ControlScope::Kind::Breakable)
            continue;
        bool matches;
        if (node.label)
            matches = std::find(control.labels.begin(), control.labels.end(), node.label) != control.labels.end();
        else
            matches = !control.is_plain_label && (!is_continue || control.is_loop);
        if (!matches)
            continue;
        if (is_continue && !control.is_loop)
            continue;
        Label* target = is_continue ? control.continue_label : control.break_label;
        emit_jump_out(depth, target, is_continue, &node);
        return;
    }
    fail("break/continue target not found", &node);
}

// try { block } catch (e) { handler } finally { finalizer }: the catch part is a try of its
// own nested in the finally part.
void FunctionGenerator::generate_try(parser::TryStatement& node)
{
    set_completion_undefined();
    if (node.finalizer)
        generate_try_finally(node);
    else
        generate_try_catch(node);
}

void FunctionGenerator::generate_try_catch(parser::TryStatement& node)
{
    TemporaryScope temporaries(*this);
    Reg saved_env = allocate();
    emit(Opcode::StarEnv, { saved_env });
    auto start = uint32_t(m_writer.offset());
    generate_block(*node.block);
    auto end = uint32_t(m_writer.offset());
    Label after;
    emit_jump(Opcode::Jump, after);
    auto handler = uint32_t(m_writer.offset());
    m_handlers.push_back({ start, end, handler, saved_env });
    generate_catch_clause(*node.handler);
    bind(after);
}

void FunctionGenerator::generate_catch_clause(parser::CatchClause& clause)
{
    // acc = the thrown value.
    TemporaryScope temporaries(*this);
    Reg exception = allocate();
    emit(Opcode::Star, { exception });
    Scope* saved = m_scope;
    enter_scope(clause.scope);
    if (clause.parameter) {
        m_position_node = clause.parameter;
        emit(Opcode::Ldar, { exception });
        bind_pattern(clause.parameter, true);
    }
    generate_block(*clause.body);
    leave_scope(clause.scope);
    m_scope = saved;
}

void FunctionGenerator::generate_try_finally(parser::TryStatement& node)
{
    generate_protected(
        [&] {
            if (node.handler)
                generate_try_catch(node);
            else
                generate_block(*node.block);
        },
        [&](Reg, Reg) { generate_block(*node.finalizer); }, &node);
}

// `body` with `finalizer` run on every way out of it (the completion protocol of
// generator_internals.h); the finalizer gets the completion kind and value registers.
void FunctionGenerator::generate_protected(std::function<void()> const& body, std::function<void(Reg, Reg)> const& finalizer, Node const* node)
{
    TemporaryScope temporaries(*this);
    Reg saved_env = allocate();
    Reg kind = allocate();
    Reg value = allocate();
    Label finally_label;
    std::vector<ControlScope::FinallyJump>& jumps = m_finally_jump_pool.emplace_back();
    emit(Opcode::StarEnv, { saved_env });
    auto start = uint32_t(m_writer.offset());
    ControlScope control { ControlScope::Kind::Finally };
    control.completion_kind = kind;
    control.completion_value = value;
    control.finally_label = &finally_label;
    control.finally_jumps = &jumps;
    bool saw_return = false;
    control.saw_return = &saw_return;
    size_t depth = m_controls.size();
    push_control(std::move(control));
    body();
    pop_control();
    auto end = uint32_t(m_writer.offset());
    emit(Opcode::LdaSmi, { kCompletionNormal });
    emit(Opcode::Star, { kind });
    emit_jump(Opcode::Jump, finally_label);
    auto handler = uint32_t(m_writer.offset());
    m_handlers.push_back({ start, end, handler, saved_env });
    emit(Opcode::Star, { value });
    emit(Opcode::LdaSmi, { kCompletionThrow });
    emit(Opcode::Star, { kind });
    bind(finally_label);
    // The finally block's own completion value is dropped when it completes normally.
    std::optional<Reg> saved_completion;
    if (m_completion) {
        saved_completion = allocate();
        emit(Opcode::Ldar, { *m_completion });
        emit(Opcode::Star, { *saved_completion });
    }
    finalizer(kind, value);
    if (m_completion) {
        emit(Opcode::Ldar, { *saved_completion });
        emit(Opcode::Star, { *m_completion });
    }
    // Dispatch on the completion kind.
    Reg compare = allocate();
    auto dispatch = [&](int32_t id, auto&& then) {
        Label skip;
        emit(Opcode::LdaSmi, { id });
        emit(Opcode::StrictEqual, { kind, slot() });
        emit_jump(Opcode::JumpIfFalse, skip);
        then();
        bind(skip);
    };
    (void)compare;
    dispatch(kCompletionThrow, [&] {
        emit(Opcode::Ldar, { value });
        emit(Opcode::ReThrow);
    });
    if (saw_return) {
        dispatch(kCompletionReturn, [&] {
            emit(Opcode::Ldar, { value });
            emit_return_from(depth);
        });
    }
    for (size_t i = 0; i < jumps.size(); ++i) {
        ControlScope::FinallyJump jump = jumps[i];
        dispatch(jump.id, [&] {
            // Continue the jump outward from this try statement.
            std::deque<ControlScope> saved_controls;
            while (m_controls.size() > depth) {
                saved_controls.push_front(std::move(m_controls.back()));
                m_controls.pop_back();
            }
            emit_jump_out(jump.target_depth, jump.target, jump.is_continue, node);
            for (auto& saved_control : saved_controls)
                m_controls.push_back(std::move(saved_control));
        });
    }
}

void FunctionGenerator::generate_with(parser::WithStatement& node)
{
    set_completion_undefined();
    TemporaryScope temporaries(*this);
    Reg object = allocate();
    m_position_node = node.object;
    generate_expression(node.object);
    emit(Opcode::Star, { object });
    m_position_node = &node;
    emit(Opcode::PushWithEnv, { object });
    push_control({ ControlScope::Kind::Environment });
    Scope* saved = m_scope;
    m_scope = node.scope;
    generate_statement(node.body); // a with body is a statement: `using` needs a block there
    m_scope = saved;
    emit(Opcode::PopEnv);
    pop_control();
}

}
