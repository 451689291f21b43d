#include "parser/scope_analysis.h"
#include "parser/stack_limit.h"

#include <unordered_map>
#include <unordered_set>

namespace sable::parser {

namespace {

// How much native stack the analysis may use before reporting nesting as too deep.
constexpr size_t kMaxStackUse = 3 * 1024 * 1024;

bool is_lexical_kind(VariableKind kind)
{
    switch (kind) {
    case VariableKind::Let:
    case VariableKind::Const:
    case VariableKind::Using:
    case VariableKind::Class:
    case VariableKind::BlockFunction:
    case VariableKind::Import:
    case VariableKind::ClassName:
        return true;
    default:
        return false;
    }
}

class ScopeAnalyzer {
public:
    ScopeAnalyzer(ScopeTree& tree, AtomTable& atoms, ParseOptions const& options)
        : m_tree(tree)
        , m_atoms(atoms)
        , m_options(options)
    {
    }

    std::optional<SyntaxError> run(Program& program);

private:
    struct Reference {
        Identifier* identifier;
        Scope* scope;
    };
    struct FunctionState {
        FunctionNode* node { nullptr };
        Scope* var_scope { nullptr };
        bool strict { false };
        std::vector<std::pair<FunctionNode*, Scope*>> annex_b_functions;
    };

    void fail(std::string message, SourcePosition position)
    {
        if (!m_error)
            m_error = SyntaxError { std::move(message), position };
    }
    void fail_redeclared(Identifier* name)
    {
        fail("Identifier '" + std::string(name->name->text) + "' has already been declared", name->start);
    }

    Scope* push_scope(ScopeKind kind)
    {
        Scope& scope = m_tree.scopes.emplace_back();
        scope.kind = kind;
        scope.parent = m_scope;
        scope.function = m_function ? m_function->node : nullptr;
        scope.is_strict = m_function ? m_function->strict : false;
        m_scope = &scope;
        return &scope;
    }
    void pop_scope() { m_scope = m_scope->parent; }

    Variable* add_variable(Scope* scope, Atom name, VariableKind kind, Identifier* declaration)
    {
        Variable& variable = m_tree.variables.emplace_back();
        variable.name = name;
        variable.kind = kind;
        variable.scope = scope;
        variable.declaration = declaration;
        variable.is_lexical = is_lexical_kind(kind);
        scope->add(&variable);
        return &variable;
    }

    bool var_conflicts_with(Scope*, Variable const& existing);
    void declare_var(Identifier* name, VariableKind kind);
    void declare_lexical(Identifier* name, VariableKind kind, bool plain_function = false);
    void declare_pattern(Pattern*, VariableKind kind);
    void declare_hoisted_functions(std::span<Statement*> body, bool top_level);

    // `node` is where the nesting became too deep, for the error's position.
    bool check_depth(Node const* node)
    {
        if (native_stack_position() < m_stack_limit) {
            fail("Maximum call stack size exceeded (the source is nested too deeply)", node->start);
            return false;
        }
        return true;
    }

    void visit_statements(std::span<Statement*> statements);
    void visit_statement(Statement*);
    void visit_expression(Expression*);
    void visit_chain(Expression*);
    void visit_chain_link(Expression*);
    void visit_pattern(Pattern*, bool is_declaration);
    void visit_property_key(Expression* key, bool computed);
    void visit_function(FunctionNode*);
    void visit_class(ClassNode*);
    void visit_block(std::span<Statement*> body, Scope*& scope_out);
    void reference(Identifier* identifier) { m_references.push_back({ identifier, m_scope }); }

    FunctionState* nearest_non_arrow()
    {
        for (auto it = m_function_stack.rbegin(); it != m_function_stack.rend(); ++it) {
            if (!(*it)->node || (*it)->node->function_kind != FunctionKind::Arrow)
                return *it;
        }
        return nullptr;
    }

    void hoist_block_functions(FunctionState&, Scope* parameter_scope);
    void resolve_references();
    void allocate(Program&);

    ScopeTree& m_tree;
    AtomTable& m_atoms;
    ParseOptions const& m_options;
    std::optional<SyntaxError> m_error;
    Scope* m_scope { nullptr };
    FunctionState* m_function { nullptr };
    std::vector<FunctionState*> m_function_stack;
    std::vector<Reference> m_references;
    // Names of `var` declarations hoisted through each scope, to detect let/var conflicts.
    std::unordered_map<Scope*, std::unordered_set<Atom>> m_hoisted_through;
    std::unordered_map<Scope*, bool> m_catch_has_simple_parameter;
    std::vector<ExportSpecifier*> m_local_exports;
    std::unordered_set<Variable*> m_plain_block_functions;
    std::unordered_set<Scope*> m_catch_body;
    // Links of the left-leaning chains being visited (visit_chain), innermost last.
    std::vector<Expression*> m_chain_links;
    char const* m_stack_limit { nullptr };
};

// Whether a `var` passing through `scope`, which declares `existing` of the same name, is an
// early error.
bool ScopeAnalyzer::var_conflicts_with(Scope* scope, Variable const& existing)
{
    // B.3.4: a var may redeclare a simple catch parameter.
    if (existing.kind == VariableKind::CatchParameter)
        return !m_catch_has_simple_parameter[scope];
    return existing.is_lexical && existing.kind != VariableKind::ClassName;
}

// Hoists a var (or var-scoped function) from the current scope to the function's var scope,
// checking it against lexical declarations it passes (14.2.1, 15.2.1, 16.1.1 early errors).
void ScopeAnalyzer::declare_var(Identifier* name, VariableKind kind)
{
    Scope* var_scope = m_function->var_scope;
    for (Scope* scope = m_scope;; scope = scope->parent) {
        if (Variable* existing = scope->find(name->name); existing && var_conflicts_with(scope, *existing)) {
            fail_redeclared(name);
            return;
        }
        if (scope == var_scope || !scope->parent)
            break;
        m_hoisted_through[scope].insert(name->name);
    }
    if (Variable* existing = var_scope->find(name->name)) {
        if (kind == VariableKind::Function && existing->kind == VariableKind::Var)
            existing->kind = VariableKind::Function;
        return;
    }
    if (var_scope->kind == ScopeKind::FunctionBody) {
        // A var with a parameter's name starts with the parameter's value.
        if (Variable* parameter = var_scope->parent->find(name->name); parameter && parameter->kind == VariableKind::Parameter) {
            add_variable(var_scope, name->name, kind, name);
            return;
        }
    }
    add_variable(var_scope, name->name, kind, name);
}

void ScopeAnalyzer::declare_lexical(Identifier* name, VariableKind kind, bool plain_function)
{
    Scope* scope = m_scope;
    if (Variable* existing = scope->find(name->name)) {
        // B.3.2.4: sloppy blocks may declare the same plain function twice.
        bool sloppy_function_pair = !scope->is_strict && kind == VariableKind::BlockFunction
            && existing->kind == VariableKind::BlockFunction && plain_function && existing->declaration
            && m_plain_block_functions.count(existing);
        if (!sloppy_function_pair) {
            fail_redeclared(name);
            return;
        }
        return;
    }
    if (auto it = m_hoisted_through.find(scope); it != m_hoisted_through.end() && it->second.count(name->name)) {
        fail_redeclared(name);
        return;
    }
    // Lexical declarations at a function's top level may not shadow its parameters.
    if (scope->kind == ScopeKind::FunctionBody) {
        if (Variable* parameter = scope->parent->find(name->name); parameter && parameter->kind == VariableKind::Parameter) {
            fail_redeclared(name);
            return;
        }
    }
    if (scope->kind == ScopeKind::Block && scope->parent && scope->parent->kind == ScopeKind::Catch && m_catch_body.count(scope)) {
        if (scope->parent->find(name->name)) {
            fail_redeclared(name);
            return;
        }
    }
    Variable* variable = add_variable(scope, name->name, kind, name);
    variable->is_lexical = true;
    if (plain_function)
        m_plain_block_functions.insert(variable);
}

void ScopeAnalyzer::declare_pattern(Pattern* pattern, VariableKind kind)
{
    if (!pattern || m_error || !check_depth(pattern))
        return;
    switch (pattern->kind) {
    case NodeKind::Identifier: {
        auto* name = &pattern->as<Identifier>();
        if (kind == VariableKind::Var)
            declare_var(name, kind);
        else if (kind == VariableKind::Parameter || kind == VariableKind::CatchParameter) {
            if (!m_scope->find(name->name) || kind == VariableKind::Parameter)
                add_variable(m_scope, name->name, kind, name);
            else
                fail_redeclared(name);
        } else
            declare_lexical(name, kind);
        // The declared identifier resolves like a reference (its initialisation writes it).
        reference(name);
        break;
    }
    case NodeKind::ObjectPattern:
        for (Property* property : pattern->as<ObjectPattern>().properties) {
            if (property->computed)
                visit_expression(property->key);
            declare_pattern(property->value, kind);
        }
        break;
    case NodeKind::ArrayPattern:
        for (Pattern* element : pattern->as<ArrayPattern>().elements)
            declare_pattern(element, kind);
        break;
    case NodeKind::AssignmentPattern:
        declare_pattern(pattern->as<AssignmentPattern>().target, kind);
        visit_expression(pattern->as<AssignmentPattern>().default_value);
        break;
    case NodeKind::RestElement:
        declare_pattern(pattern->as<RestElement>().argument, kind);
        break;
    default:
        break;
    }
}

std::optional<SyntaxError> ScopeAnalyzer::run(Program& program)
{
    m_stack_limit = native_stack_limit(kMaxStackUse);
    FunctionState state;
    state.strict = program.is_strict;
    m_function = &state;
    m_function_stack.push_back(&state);
    Scope* scope = push_scope(program.is_module ? ScopeKind::Module : ScopeKind::Script);
    scope->is_strict = program.is_strict;
    state.var_scope = scope;
    program.scope = scope;
    visit_statements(program.body);
    hoist_block_functions(state, nullptr);
    if (program.is_module && !m_error) {
        // 16.2.1.1: every local export names a declaration of the module.
        for (ExportSpecifier* specifier : m_local_exports) {
            if (!scope->find(specifier->local_reference->name))
                fail("Export '" + std::string(specifier->local_reference->name->text) + "' is not defined in module", specifier->local_reference->start);
        }
    }
    pop_scope();
    m_function_stack.pop_back();
    if (m_error)
        return m_error;
    resolve_references();
    allocate(program);
    return m_error;
}

// Function declarations are hoisted: declare them before visiting the statements that may
// reference them (order matters only for the early errors, which are order-independent).
void ScopeAnalyzer::visit_statements(std::span<Statement*> statements)
{
    bool top_level = m_scope == m_function->var_scope;
    declare_hoisted_functions(statements, top_level);
    for (Statement* statement : statements) {
        if (m_error)
            return;
        visit_statement(statement);
    }
}

void ScopeAnalyzer::declare_hoisted_functions(std::span<Statement*> statements, bool top_level)
{
    bool module_top = top_level && m_scope->kind == ScopeKind::Module;
    for (Statement* statement : statements) {
        Node* node = statement;
        if (node->is(NodeKind::ExportDeclaration))
            node = node->as<ExportDeclaration>().declaration;
        while (node && node->is(NodeKind::LabelledStatement))
            node = node->as<LabelledStatement>().body;
        if (!node || !node->is(NodeKind::FunctionDeclaration))
            continue;
        auto& function = node->as<FunctionNode>();
        if (!function.name)
            continue;
        if (top_level && !module_top) {
            declare_var(function.name, VariableKind::Function);
        } else {
            bool plain = !function.is_async && !function.is_generator && !m_scope->is_strict;
            declare_lexical(function.name, module_top ? VariableKind::Function : VariableKind::BlockFunction, plain);
            if (plain && !module_top)
                m_function->annex_b_functions.push_back({ &function, m_scope });
        }
    }
}

void ScopeAnalyzer::visit_block(std::span<Statement*> body, Scope*& scope_out)
{
    scope_out = push_scope(ScopeKind::Block);
    visit_statements(body);
    pop_scope();
}

void ScopeAnalyzer::visit_statement(Statement* statement)
{
    if (!statement || m_error || !check_depth(statement))
        return;
    switch (statement->kind) {
    case NodeKind::BlockStatement: {
        auto& block = statement->as<BlockStatement>();
        visit_block(block.body, block.scope);
        break;
    }
    case NodeKind::VariableDeclaration: {
        auto& declaration = statement->as<VariableDeclaration>();
        VariableKind kind = VariableKind::Var;
        switch (declaration.declaration_kind) {
        case DeclarationKind::Var: kind = VariableKind::Var; break;
        case DeclarationKind::Let: kind = VariableKind::Let; break;
        case DeclarationKind::Const: kind = VariableKind::Const; break;
        case DeclarationKind::Using:
        case DeclarationKind::AwaitUsing: kind = VariableKind::Using; break;
        }
        for (VariableDeclarator* declarator : declaration.declarations) {
            declare_pattern(declarator->target, kind);
            visit_expression(declarator->init);
        }
        break;
    }
    case NodeKind::ExpressionStatement:
        visit_expression(statement->as<ExpressionStatement>().expression);
        break;
    case NodeKind::IfStatement: {
        auto& node = statement->as<IfStatement>();
        visit_expression(node.test);
        // B.3.3: a function declaration as an if body behaves as if wrapped in a block.
        for (Statement* branch : { node.consequent, node.alternate }) {
            if (branch && branch->is(NodeKind::FunctionDeclaration)) {
                push_scope(ScopeKind::Block);
                Statement* single[] = { branch };
                visit_statements(std::span<Statement*>(single));
                pop_scope();
            } else {
                visit_statement(branch);
            }
        }
        break;
    }
    case NodeKind::DoWhileStatement:
    case NodeKind::WhileStatement:
        visit_expression(statement->as<LoopStatement>().test);
        visit_statement(statement->as<LoopStatement>().body);
        break;
    case NodeKind::ForStatement: {
        auto& node = statement->as<ForStatement>();
        bool lexical = node.init && node.init->is(NodeKind::VariableDeclaration)
            && node.init->as<VariableDeclaration>().declaration_kind != DeclarationKind::Var;
        if (lexical)
            node.scope = push_scope(ScopeKind::Block);
        if (node.init) {
            if (node.init->is(NodeKind::VariableDeclaration))
                visit_statement(node.init);
            else
                visit_expression(node.init);
        }
        visit_expression(node.test);
        visit_expression(node.update);
        visit_statement(node.body);
        if (lexical)
            pop_scope();
        break;
    }
    case NodeKind::ForInStatement:
    case NodeKind::ForOfStatement: {
        auto& node = statement->as<ForInOfStatement>();
        bool is_declaration = node.left->is(NodeKind::VariableDeclaration);
        bool lexical = is_declaration && node.left->as<VariableDeclaration>().declaration_kind != DeclarationKind::Var;
        if (lexical) {
            // The head expression sees a TDZ scope holding the bound names (14.7.5.6).
            node.scope = push_scope(ScopeKind::Block);
            visit_statement(node.left);
            visit_expression(node.right);
        } else {
            visit_expression(node.right);
            if (is_declaration) {
                auto& declaration = node.left->as<VariableDeclaration>();
                for (VariableDeclarator* declarator : declaration.declarations) {
                    if (declarator->target->is(NodeKind::Identifier)) {
                        declare_var(&declarator->target->as<Identifier>(), VariableKind::Var);
                        reference(&declarator->target->as<Identifier>());
                    } else {
                        declare_pattern(declarator->target, VariableKind::Var);
                    }
                    visit_expression(declarator->init);
                }
            } else {
                visit_pattern(node.left, false);
            }
        }
        visit_statement(node.body);
        if (lexical)
            pop_scope();
        break;
    }
    case NodeKind::ReturnStatement:
        visit_expression(statement->as<ReturnStatement>().argument);
        break;
    case NodeKind::WithStatement: {
        auto& node = statement->as<WithStatement>();
        visit_expression(node.object);
        node.scope = push_scope(ScopeKind::With);
        visit_statement(node.body);
        pop_scope();
        break;
    }
    case NodeKind::SwitchStatement: {
        auto& node = statement->as<SwitchStatement>();
        visit_expression(node.discriminant);
        node.scope = push_scope(ScopeKind::Block);
        std::vector<Statement*> all;
        for (SwitchCase* clause : node.cases)
            all.insert(all.end(), clause->consequent.begin(), clause->consequent.end());
        declare_hoisted_functions(all, false);
        for (SwitchCase* clause : node.cases) {
            visit_expression(clause->test);
            for (Statement* inner : clause->consequent)
                visit_statement(inner);
        }
        pop_scope();
        break;
    }
    case NodeKind::LabelledStatement:
        visit_statement(statement->as<LabelledStatement>().body);
        break;
    case NodeKind::ThrowStatement:
        visit_expression(statement->as<ThrowStatement>().argument);
        break;
    case NodeKind::TryStatement: {
        auto& node = statement->as<TryStatement>();
        visit_statement(node.block);
        if (node.handler) {
            CatchClause* handler = node.handler;
            handler->scope = push_scope(ScopeKind::Catch);
            m_catch_has_simple_parameter[handler->scope] = handler->parameter && handler->parameter->is(NodeKind::Identifier);
            if (handler->parameter)
                declare_pattern(handler->parameter, VariableKind::CatchParameter);
            auto& block = *handler->body;
            block.scope = push_scope(ScopeKind::Block);
            m_catch_body.insert(block.scope);
            visit_statements(block.body);
            pop_scope();
            pop_scope();
        }
        visit_statement(node.finalizer);
        break;
    }
    case NodeKind::FunctionDeclaration:
        // Already declared by declare_hoisted_functions.
        visit_function(&statement->as<FunctionNode>());
        break;
    case NodeKind::ClassDeclaration: {
        auto& node = statement->as<ClassNode>();
        if (node.name)
            declare_lexical(node.name, VariableKind::Class);
        visit_class(&node);
        break;
    }
    case NodeKind::ImportDeclaration:
        for (ImportSpecifier const& specifier : statement->as<ImportDeclaration>().specifiers) {
            declare_lexical(specifier.local, VariableKind::Import);
            reference(specifier.local);
        }
        break;
    case NodeKind::ExportDeclaration: {
        auto& node = statement->as<ExportDeclaration>();
        if (node.export_kind == ExportKind::Named && !node.source) {
            for (ExportSpecifier& specifier : node.specifiers) {
                m_local_exports.push_back(&specifier);
                reference(specifier.local_reference);
            }
        }
        // 16.2.3: `export default` of an expression or anonymous declaration binds *default*.
        bool anonymous_default = node.export_kind == ExportKind::DefaultExpression
            || (node.export_kind == ExportKind::DefaultDeclaration
                && ((node.declaration->is(NodeKind::FunctionDeclaration) && !node.declaration->as<FunctionNode>().name)
                    || (node.declaration->is(NodeKind::ClassDeclaration) && !node.declaration->as<ClassNode>().name)));
        if (anonymous_default) {
            Variable* variable = add_variable(m_scope, m_atoms.star_default, VariableKind::Const, nullptr);
            variable->is_lexical = true;
        }
        if (node.declaration) {
            if (node.export_kind == ExportKind::DefaultExpression)
                visit_expression(node.declaration);
            else if (node.declaration->is(NodeKind::ClassDeclaration) && !node.declaration->as<ClassNode>().name)
                visit_class(&node.declaration->as<ClassNode>());
            else
                visit_statement(node.declaration);
        }
        break;
    }
    default:
        break;
    }
}

void ScopeAnalyzer::visit_pattern(Pattern* pattern, bool is_declaration)
{
    if (!pattern || m_error || !check_depth(pattern))
        return;
    switch (pattern->kind) {
    case NodeKind::Identifier:
        reference(&pattern->as<Identifier>());
        break;
    case NodeKind::ObjectPattern:
        for (Property* property : pattern->as<ObjectPattern>().properties) {
            if (property->computed)
                visit_expression(property->key);
            visit_pattern(property->value, is_declaration);
        }
        break;
    case NodeKind::ArrayPattern:
        for (Pattern* element : pattern->as<ArrayPattern>().elements)
            visit_pattern(element, is_declaration);
        break;
    case NodeKind::AssignmentPattern:
        visit_pattern(pattern->as<AssignmentPattern>().target, is_declaration);
        visit_expression(pattern->as<AssignmentPattern>().default_value);
        break;
    case NodeKind::RestElement:
        visit_pattern(pattern->as<RestElement>().argument, is_declaration);
        break;
    default:
        visit_expression(pattern);
        break;
    }
}

void ScopeAnalyzer::visit_expression(Expression* expression)
{
    if (!expression || m_error || !check_depth(expression))
        return;
    switch (expression->kind) {
    case NodeKind::Identifier:
        reference(&expression->as<Identifier>());
        break;
    case NodeKind::ThisExpression:
        if (auto* function = nearest_non_arrow(); function && function->node)
            function->node->uses_this = true;
        break;
    case NodeKind::TemplateLiteral:
        for (Expression* part : expression->as<TemplateLiteral>().expressions)
            visit_expression(part);
        break;
    case NodeKind::TaggedTemplate:
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression:
    case NodeKind::CallExpression:
    case NodeKind::NewExpression:
    case NodeKind::MemberExpression:
    case NodeKind::OptionalChain:
        visit_chain(expression);
        break;
    case NodeKind::ArrayExpression:
        for (Expression* element : expression->as<ArrayExpression>().elements)
            visit_expression(element);
        break;
    case NodeKind::ObjectExpression:
        for (Property* property : expression->as<ObjectExpression>().properties) {
            if (property->computed)
                visit_expression(property->key);
            visit_expression(property->value);
        }
        break;
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
        visit_function(&expression->as<FunctionNode>());
        break;
    case NodeKind::ClassExpression:
        visit_class(&expression->as<ClassNode>());
        break;
    case NodeKind::UnaryExpression:
        visit_expression(expression->as<UnaryExpression>().operand);
        break;
    case NodeKind::UpdateExpression:
        visit_expression(expression->as<UpdateExpression>().operand);
        break;
    case NodeKind::AssignmentExpression:
        visit_pattern(expression->as<AssignmentExpression>().target, false);
        visit_expression(expression->as<AssignmentExpression>().value);
        break;
    case NodeKind::ConditionalExpression:
        visit_expression(expression->as<ConditionalExpression>().test);
        visit_expression(expression->as<ConditionalExpression>().consequent);
        visit_expression(expression->as<ConditionalExpression>().alternate);
        break;
    case NodeKind::SequenceExpression:
        for (Expression* part : expression->as<SequenceExpression>().expressions)
            visit_expression(part);
        break;
    case NodeKind::SpreadElement:
        visit_expression(expression->as<SpreadElement>().argument);
        break;
    case NodeKind::YieldExpression:
        visit_expression(expression->as<YieldExpression>().argument);
        break;
    case NodeKind::AwaitExpression:
        visit_expression(expression->as<AwaitExpression>().argument);
        break;
    case NodeKind::ImportCall:
        visit_expression(expression->as<ImportCall>().specifier);
        visit_expression(expression->as<ImportCall>().options);
        break;
    case NodeKind::ParenthesizedExpression:
        visit_expression(expression->as<ParenthesizedExpression>().expression);
        break;
    case NodeKind::ObjectPattern:
    case NodeKind::ArrayPattern:
    case NodeKind::AssignmentPattern:
    case NodeKind::RestElement:
        visit_pattern(expression, false);
        break;
    case NodeKind::NewTarget:
        if (auto* function = nearest_non_arrow(); function && function->node)
            function->node->uses_this = true;
        break;
    default:
        break;
    }
}

// The next link down a left-leaning chain (a.b.c, f()(), a + b + c, tag`x``y`, a?.b), if any.
static Expression* chain_inner(Expression* expression)
{
    switch (expression->kind) {
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression:
        return expression->as<BinaryExpression>().left;
    case NodeKind::MemberExpression: {
        Expression* object = expression->as<MemberExpression>().object;
        return object->is(NodeKind::Super) ? nullptr : object;
    }
    case NodeKind::CallExpression:
    case NodeKind::NewExpression: {
        Expression* callee = expression->as<CallExpression>().callee;
        return callee->is(NodeKind::Super) ? nullptr : callee;
    }
    case NodeKind::TaggedTemplate:
        return expression->as<TaggedTemplate>().tag;
    case NodeKind::OptionalChain:
        return expression->as<OptionalChain>().expression;
    default:
        return nullptr;
    }
}

// Chains are as long as the source (a.b.b.b..., x+x+x...): their left spine is walked with a
// loop, and only the other operands recurse. Visits in source order, like the recursion did.
void ScopeAnalyzer::visit_chain(Expression* expression)
{
    size_t base = m_chain_links.size();
    Expression* innermost = expression;
    for (Expression* inner; (inner = chain_inner(innermost));) {
        m_chain_links.push_back(innermost);
        innermost = inner;
    }
    // The innermost node: an operand that is no chain link, or super.x / super[x] / super(...).
    if (innermost->is(NodeKind::MemberExpression) || innermost->is(NodeKind::CallExpression) || innermost->is(NodeKind::NewExpression))
        visit_chain_link(innermost);
    else
        visit_expression(innermost);
    while (m_chain_links.size() > base && !m_error) {
        Expression* link = m_chain_links.back();
        m_chain_links.pop_back();
        visit_chain_link(link);
    }
    m_chain_links.resize(base);
}

// What a chain link visits besides its inner operand.
void ScopeAnalyzer::visit_chain_link(Expression* expression)
{
    switch (expression->kind) {
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression:
        visit_expression(expression->as<BinaryExpression>().right);
        break;
    case NodeKind::TaggedTemplate:
        visit_expression(expression->as<TaggedTemplate>().quasi);
        break;
    case NodeKind::CallExpression:
    case NodeKind::NewExpression: {
        auto& call = expression->as<CallExpression>();
        if (call.callee->is(NodeKind::Super)) {
            if (auto* function = nearest_non_arrow(); function && function->node)
                function->node->contains_super_call = true;
        }
        // 13.3.6.1: a call of the plain (possibly parenthesised) name `eval` is a potential
        // direct eval.
        Expression* callee = call.callee;
        while (callee->is(NodeKind::ParenthesizedExpression))
            callee = callee->as<ParenthesizedExpression>().expression;
        if (expression->is(NodeKind::CallExpression) && callee->is(NodeKind::Identifier)
            && callee->as<Identifier>().name == m_atoms.eval && !call.optional) {
            for (Scope* scope = m_scope; scope; scope = scope->parent)
                scope->contains_direct_eval = true;
            // Only sloppy eval code can add var bindings to the caller's variable scope.
            if (!m_scope->is_strict)
                m_function->var_scope->has_direct_eval = true;
            for (FunctionState* function : m_function_stack) {
                if (function->node)
                    function->node->has_direct_eval = true;
            }
            // The eval code may use `arguments`, `this`, `new.target` and `super`.
            if (auto* function = nearest_non_arrow(); function && function->node) {
                function->node->uses_this = true;
                function->node->uses_arguments = true;
            }
        }
        for (Expression* argument : call.arguments)
            visit_expression(argument);
        break;
    }
    case NodeKind::MemberExpression: {
        auto& member = expression->as<MemberExpression>();
        if (member.object->is(NodeKind::Super)) {
            if (auto* function = nearest_non_arrow(); function && function->node) {
                function->node->contains_super_property = true;
                function->node->uses_this = true;
            }
        }
        if (member.computed)
            visit_expression(member.property);
        break;
    }
    case NodeKind::OptionalChain:
        break;
    default:
        break;
    }
}

void ScopeAnalyzer::visit_function(FunctionNode* function)
{
    FunctionState state;
    state.node = function;
    state.strict = function->is_strict;
    FunctionState* saved = m_function;
    Scope* saved_scope = m_scope;
    m_function = &state;
    m_function_stack.push_back(&state);
    Scope* scope = push_scope(ScopeKind::Function);
    scope->is_strict = function->is_strict;
    function->scope = scope;
    state.var_scope = scope;
    for (Pattern* parameter : function->parameters)
        declare_pattern(parameter, VariableKind::Parameter);
    // 10.2.11 step 20 and 28: parameter expressions get a var scope of their own.
    bool has_parameter_expressions = !function->has_simple_parameter_list;
    if (has_parameter_expressions) {
        Scope* body = push_scope(ScopeKind::FunctionBody);
        body->is_strict = function->is_strict;
        function->body_scope = body;
        state.var_scope = body;
    } else {
        state.var_scope = scope;
    }
    visit_statements(function->body);
    hoist_block_functions(state, scope);
    // Direct eval code may name `arguments`: the object must exist in the environment, unless a
    // parameter has that name or, without parameter expressions, a body declaration does
    // (10.2.11 steps 15-18).
    bool body_declares_arguments = !has_parameter_expressions && state.var_scope->find(m_atoms.arguments);
    if (function->uses_arguments && !scope->find(m_atoms.arguments) && !body_declares_arguments)
        add_variable(scope, m_atoms.arguments, VariableKind::Arguments, nullptr);
    // A named function expression sees its own name unless something in it shadows it.
    if (function->name && function->kind == NodeKind::FunctionExpression && !scope->find(function->name->name)
        && !state.var_scope->find(function->name->name))
        add_variable(scope, function->name->name, VariableKind::FunctionName, function->name);
    m_scope = saved_scope;
    m_function_stack.pop_back();
    m_function = saved;
}

void ScopeAnalyzer::visit_class(ClassNode* class_node)
{
    for (Expression* decorator : class_node->decorators)
        visit_expression(decorator);
    Scope* scope = push_scope(ScopeKind::Class);
    scope->is_strict = true;
    class_node->scope = scope;
    if (class_node->name)
        add_variable(scope, class_node->name->name, VariableKind::ClassName, class_node->name);
    visit_expression(class_node->super_class);
    for (ClassElement* element : class_node->elements) {
        for (Expression* decorator : element->decorators)
            visit_expression(decorator);
        if (element->computed)
            visit_expression(element->key);
        if (element->function)
            visit_function(element->function);
    }
    pop_scope();
}

// B.3.3.1 / B.3.3.2: a function declared in a sloppy block also gets a var binding in the
// enclosing function (or script) when a `var` of that name would cause no early error there
// and it does not name a parameter.
void ScopeAnalyzer::hoist_block_functions(FunctionState& state, Scope* parameter_scope)
{
    for (auto const& [function, block] : state.annex_b_functions) {
        Atom name = function->name->name;
        bool conflict = false;
        for (Scope* scope = block->parent; scope; scope = scope->parent) {
            if (Variable* existing = scope->find(name); existing && var_conflicts_with(scope, *existing))
                conflict = true;
            if (conflict || scope == state.var_scope)
                break;
        }
        if (parameter_scope) {
            if (Variable* parameter = parameter_scope->find(name); parameter && parameter->kind == VariableKind::Parameter)
                conflict = true;
        }
        // B.3.2.1 step ii.2: a function's `arguments` is never replaced by a block function.
        if (state.node && name == m_atoms.arguments)
            conflict = true;
        if (conflict)
            continue;
        function->sets_annex_b_var = true;
        if (!state.var_scope->find(name))
            add_variable(state.var_scope, name, VariableKind::Var, function->name);
    }
}

// Finds each reference's binding, creating implicit `arguments` bindings and marking
// variables captured by nested functions.
void ScopeAnalyzer::resolve_references()
{
    for (Reference const& reference : m_references) {
        Identifier* identifier = reference.identifier;
        Atom name = identifier->name;
        Resolution& resolution = identifier->resolution;
        bool dynamic = false;
        Variable* found = nullptr;
        for (Scope* scope = reference.scope; scope; scope = scope->parent) {
            if (Variable* variable = scope->find(name)) {
                found = variable;
                break;
            }
            if (scope->kind == ScopeKind::Function && name == m_atoms.arguments && scope->function
                && scope->function->function_kind != FunctionKind::Arrow
                && scope->function->function_kind != FunctionKind::ClassFieldInitializer
                && scope->function->function_kind != FunctionKind::ClassStaticBlock) {
                Variable& variable = m_tree.variables.emplace_back();
                variable.name = name;
                variable.kind = VariableKind::Arguments;
                variable.scope = scope;
                scope->add(&variable);
                scope->function->uses_arguments = true;
                found = &variable;
                break;
            }
            if (scope->kind == ScopeKind::With || scope->has_direct_eval)
                dynamic = true;
        }
        resolution.variable = found;
        if (found && found->scope->function != (reference.scope ? reference.scope->function : nullptr))
            found->captured = true;
        if (dynamic) {
            resolution.kind = ResolutionKind::Dynamic;
            if (found)
                found->captured = true;
        }
    }
}

// Whether the function's `arguments` object is a mapped one (10.2.11 step 22): sloppy code,
// simple parameters, and a function with an own `arguments`.
static bool has_mapped_arguments(FunctionNode const& function)
{
    return function.uses_arguments && !function.is_strict && function.has_simple_parameter_list
        && function.function_kind != FunctionKind::Arrow && function.function_kind != FunctionKind::ClassFieldInitializer
        && function.function_kind != FunctionKind::ClassStaticBlock;
}

// Places each variable in a register or an environment slot, then finishes resolutions.
void ScopeAnalyzer::allocate(Program& program)
{
    std::unordered_map<FunctionNode*, uint32_t> registers;
    for (Scope& scope : m_tree.scopes) {
        bool top_level_script = scope.kind == ScopeKind::Script;
        for (Variable* variable : scope.variables) {
            if (top_level_script) {
                variable->location = VariableLocation::Global;
                continue;
            }
            // A direct eval in this scope or below can name any variable. A mapped arguments
            // object aliases the parameters through their environment slots (10.4.4).
            bool needs_environment = variable->captured || scope.contains_direct_eval || scope.kind == ScopeKind::Module
                || (scope.function && scope.function->is_generator) || (scope.function && scope.function->is_async)
                || (variable->kind == VariableKind::Parameter && scope.kind == ScopeKind::Function
                    && has_mapped_arguments(*scope.function));
            if (needs_environment) {
                variable->location = VariableLocation::Environment;
                variable->index = scope.environment_size++;
                scope.needs_environment = true;
            } else {
                variable->location = VariableLocation::Register;
                variable->index = registers[scope.function]++;
            }
        }
    }
    for (Scope& scope : m_tree.scopes) {
        if (scope.kind == ScopeKind::Function && scope.function)
            scope.register_count = registers[scope.function];
        if (scope.kind == ScopeKind::With)
            scope.needs_environment = true;
    }
    for (Reference const& reference : m_references) {
        Resolution& resolution = reference.identifier->resolution;
        Variable* variable = resolution.variable;
        if (resolution.kind == ResolutionKind::Dynamic)
            continue;
        if (!variable || variable->location == VariableLocation::Global) {
            resolution.kind = ResolutionKind::Global;
            continue;
        }
        if (variable->location == VariableLocation::Register) {
            resolution.kind = ResolutionKind::Register;
            resolution.index = variable->index;
            continue;
        }
        resolution.kind = ResolutionKind::Environment;
        resolution.index = variable->index;
        uint32_t hops = 0;
        for (Scope* scope = reference.scope; scope && scope != variable->scope; scope = scope->parent) {
            if (scope->needs_environment)
                ++hops;
        }
        resolution.hops = hops;
    }
    (void)program;
}

}

std::optional<SyntaxError> analyze_scopes(Program& program, ScopeTree& tree, AtomTable& atoms, ParseOptions const& options)
{
    ScopeAnalyzer analyzer(tree, atoms, options);
    return analyzer.run(program);
}

}
