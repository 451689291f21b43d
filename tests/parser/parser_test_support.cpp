#include "tests/parser/parser_test_support.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <unordered_set>
#include <vector>

namespace sable::parser::test {

// --- Parsing

Program& Parsed::program() const
{
    if (!result.ok() || !result.program)
        throw std::runtime_error("the program did not parse: " + describe_error());
    return *result.program;
}

std::string Parsed::describe_error() const
{
    if (!result.error)
        return "no error";
    return "SyntaxError: " + result.error->message + " at " + std::to_string(result.error->position.line) + ":"
        + std::to_string(result.error->position.column);
}

Parsed parse(std::string_view text, ParseOptions const& options)
{
    Parsed parsed;
    parsed.source = std::make_unique<SourceFile>("test.js", std::string(text));
    parsed.result = parse_program(*parsed.source, options);
    return parsed;
}

Parsed parse(std::string_view text, Goal goal)
{
    ParseOptions options;
    options.goal = goal;
    return parse(text, options);
}

namespace {

char const* goal_name(Goal goal) { return goal == Goal::Module ? "module" : "script"; }

}

::testing::AssertionResult parses_with(std::string_view text, ParseOptions const& options)
{
    Parsed parsed = parse(text, options);
    if (parsed.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "`" << text << "` (" << goal_name(options.goal) << ") should parse but got "
                                         << parsed.describe_error();
}

::testing::AssertionResult parses(std::string_view text, Goal goal)
{
    ParseOptions options;
    options.goal = goal;
    return parses_with(text, options);
}

::testing::AssertionResult fails_with(std::string_view text, ParseOptions const& options)
{
    Parsed parsed = parse(text, options);
    if (!parsed.ok())
        return ::testing::AssertionSuccess() << parsed.describe_error();
    return ::testing::AssertionFailure() << "`" << text << "` (" << goal_name(options.goal)
                                         << ") should be a SyntaxError but parsed";
}

::testing::AssertionResult fails(std::string_view text, Goal goal)
{
    ParseOptions options;
    options.goal = goal;
    return fails_with(text, options);
}

::testing::AssertionResult fails_at(std::string_view text, uint32_t line, uint32_t column, Goal goal)
{
    Parsed parsed = parse(text, goal);
    if (parsed.ok())
        return ::testing::AssertionFailure() << "`" << text << "` should be a SyntaxError at " << line << ":" << column
                                             << " but parsed";
    auto const& position = parsed.result.error->position;
    if (position.line == line && position.column == column)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "`" << text << "`: expected the SyntaxError at " << line << ":" << column
                                         << ", got " << parsed.describe_error();
}

SyntaxError parse_error(std::string_view text, Goal goal)
{
    Parsed parsed = parse(text, goal);
    if (parsed.ok())
        throw std::runtime_error("`" + std::string(text) + "` should be a SyntaxError but parsed");
    return *parsed.result.error;
}

Parsed parse_ok(std::string_view text, Goal goal)
{
    Parsed parsed = parse(text, goal);
    if (!parsed.ok())
        throw std::runtime_error("`" + std::string(text) + "` should parse but got " + parsed.describe_error());
    return parsed;
}

char const* kind_name(NodeKind kind)
{
    switch (kind) {
#define NODE(k, type) \
    case NodeKind::k: return #k;
#include "parser/ast_nodes.def"
    }
    return "?";
}

Statement* only_statement(Parsed const& parsed)
{
    Program& program = parsed.program();
    if (program.body.size() != 1)
        throw std::runtime_error("expected one statement, got " + std::to_string(program.body.size()));
    return program.body[0];
}

Expression* only_expression(Parsed const& parsed)
{
    return node_as<ExpressionStatement>(only_statement(parsed), NodeKind::ExpressionStatement).expression;
}

std::string to_utf8(std::u16string_view text)
{
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        char32_t cp = text[i];
        if (cp >= 0xD800 && cp <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            cp = 0x10000 + ((cp - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            ++i;
        }
        append_utf8(out, cp);
    }
    return out;
}

// --- Walking the tree

namespace {

// Calls `visit(child, role)` for each child node of `node`, in source order.
enum class Role { Child, Name };

void for_each_child(Node const* node, std::function<void(Node*, Role)> const& visit)
{
    if (!node)
        return;
    auto child = [&](Node* n) {
        if (n)
            visit(n, Role::Child);
    };
    auto name = [&](Node* n) {
        if (n)
            visit(n, Role::Name);
    };
    switch (node->kind) {
    case NodeKind::TemplateLiteral:
        for (Expression* e : node->as<TemplateLiteral>().expressions)
            child(e);
        break;
    case NodeKind::TaggedTemplate:
        child(node->as<TaggedTemplate>().tag);
        child(node->as<TaggedTemplate>().quasi);
        break;
    case NodeKind::ArrayExpression:
        for (Expression* e : node->as<ArrayExpression>().elements)
            child(e);
        break;
    case NodeKind::ObjectExpression:
        for (Property* p : node->as<ObjectExpression>().properties)
            child(p);
        break;
    case NodeKind::ObjectPattern:
        for (Property* p : node->as<ObjectPattern>().properties)
            child(p);
        break;
    case NodeKind::Property: {
        auto const& p = node->as<Property>();
        if (p.computed)
            child(p.key);
        else if (p.key != p.value)
            name(p.key);
        child(p.value);
        break;
    }
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
    case NodeKind::FunctionDeclaration: {
        auto const& f = node->as<FunctionNode>();
        child(f.name);
        for (Pattern* p : f.parameters)
            child(p);
        for (Statement* s : f.body)
            child(s);
        break;
    }
    case NodeKind::ClassExpression:
    case NodeKind::ClassDeclaration: {
        auto const& c = node->as<ClassNode>();
        child(c.name);
        child(c.super_class);
        for (ClassElement* e : c.elements)
            child(e);
        break;
    }
    case NodeKind::ClassElement: {
        auto const& e = node->as<ClassElement>();
        if (e.computed)
            child(e.key);
        else
            name(e.key);
        if (e.function)
            child(e.function);
        else
            child(e.value);
        break;
    }
    case NodeKind::UnaryExpression:
        child(node->as<UnaryExpression>().operand);
        break;
    case NodeKind::UpdateExpression:
        child(node->as<UpdateExpression>().operand);
        break;
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression:
        child(node->as<BinaryExpression>().left);
        child(node->as<BinaryExpression>().right);
        break;
    case NodeKind::AssignmentExpression:
        child(node->as<AssignmentExpression>().target);
        child(node->as<AssignmentExpression>().value);
        break;
    case NodeKind::ConditionalExpression:
        child(node->as<ConditionalExpression>().test);
        child(node->as<ConditionalExpression>().consequent);
        child(node->as<ConditionalExpression>().alternate);
        break;
    case NodeKind::CallExpression:
    case NodeKind::NewExpression:
        child(node->as<CallExpression>().callee);
        for (Expression* e : node->as<CallExpression>().arguments)
            child(e);
        break;
    case NodeKind::MemberExpression: {
        auto const& m = node->as<MemberExpression>();
        child(m.object);
        if (m.computed)
            child(m.property);
        else
            name(m.property);
        break;
    }
    case NodeKind::OptionalChain:
        child(node->as<OptionalChain>().expression);
        break;
    case NodeKind::SequenceExpression:
        for (Expression* e : node->as<SequenceExpression>().expressions)
            child(e);
        break;
    case NodeKind::SpreadElement:
        child(node->as<SpreadElement>().argument);
        break;
    case NodeKind::YieldExpression:
        child(node->as<YieldExpression>().argument);
        break;
    case NodeKind::AwaitExpression:
        child(node->as<AwaitExpression>().argument);
        break;
    case NodeKind::ImportCall:
        child(node->as<ImportCall>().specifier);
        child(node->as<ImportCall>().options);
        break;
    case NodeKind::ParenthesizedExpression:
        child(node->as<ParenthesizedExpression>().expression);
        break;
    case NodeKind::ArrayPattern:
        for (Pattern* p : node->as<ArrayPattern>().elements)
            child(p);
        break;
    case NodeKind::AssignmentPattern:
        child(node->as<AssignmentPattern>().target);
        child(node->as<AssignmentPattern>().default_value);
        break;
    case NodeKind::RestElement:
        child(node->as<RestElement>().argument);
        break;
    case NodeKind::Program:
        for (Statement* s : node->as<Program>().body)
            child(s);
        break;
    case NodeKind::BlockStatement:
        for (Statement* s : node->as<BlockStatement>().body)
            child(s);
        break;
    case NodeKind::ExpressionStatement:
        child(node->as<ExpressionStatement>().expression);
        break;
    case NodeKind::IfStatement:
        child(node->as<IfStatement>().test);
        child(node->as<IfStatement>().consequent);
        child(node->as<IfStatement>().alternate);
        break;
    case NodeKind::DoWhileStatement:
        child(node->as<LoopStatement>().body);
        child(node->as<LoopStatement>().test);
        break;
    case NodeKind::WhileStatement:
        child(node->as<LoopStatement>().test);
        child(node->as<LoopStatement>().body);
        break;
    case NodeKind::ForStatement:
        child(node->as<ForStatement>().init);
        child(node->as<ForStatement>().test);
        child(node->as<ForStatement>().update);
        child(node->as<ForStatement>().body);
        break;
    case NodeKind::ForInStatement:
    case NodeKind::ForOfStatement:
        child(node->as<ForInOfStatement>().left);
        child(node->as<ForInOfStatement>().right);
        child(node->as<ForInOfStatement>().body);
        break;
    case NodeKind::ReturnStatement:
        child(node->as<ReturnStatement>().argument);
        break;
    case NodeKind::WithStatement:
        child(node->as<WithStatement>().object);
        child(node->as<WithStatement>().body);
        break;
    case NodeKind::SwitchStatement:
        child(node->as<SwitchStatement>().discriminant);
        for (SwitchCase* c : node->as<SwitchStatement>().cases)
            child(c);
        break;
    case NodeKind::SwitchCase:
        child(node->as<SwitchCase>().test);
        for (Statement* s : node->as<SwitchCase>().consequent)
            child(s);
        break;
    case NodeKind::LabelledStatement:
        child(node->as<LabelledStatement>().body);
        break;
    case NodeKind::ThrowStatement:
        child(node->as<ThrowStatement>().argument);
        break;
    case NodeKind::TryStatement:
        child(node->as<TryStatement>().block);
        child(node->as<TryStatement>().handler);
        child(node->as<TryStatement>().finalizer);
        break;
    case NodeKind::CatchClause:
        child(node->as<CatchClause>().parameter);
        child(node->as<CatchClause>().body);
        break;
    case NodeKind::VariableDeclaration:
        for (VariableDeclarator* d : node->as<VariableDeclaration>().declarations)
            child(d);
        break;
    case NodeKind::VariableDeclarator:
        child(node->as<VariableDeclarator>().target);
        child(node->as<VariableDeclarator>().init);
        break;
    case NodeKind::ImportDeclaration:
        for (ImportSpecifier const& s : node->as<ImportDeclaration>().specifiers)
            child(s.local);
        break;
    case NodeKind::ExportDeclaration: {
        auto const& e = node->as<ExportDeclaration>();
        for (ExportSpecifier const& s : e.specifiers)
            child(s.local_reference);
        child(e.declaration);
        break;
    }
    default:
        break;
    }
}

void walk(Node* node, std::function<void(Node*, Role)> const& visit, Role role = Role::Child)
{
    if (!node)
        return;
    visit(node, role);
    if (role == Role::Name)
        return;
    for_each_child(node, [&](Node* child, Role child_role) { walk(child, visit, child_role); });
}

}

std::vector<Identifier*> identifiers(Parsed const& parsed)
{
    std::vector<Identifier*> found;
    std::unordered_set<Node*> seen;
    walk(&parsed.program(), [&](Node* node, Role role) {
        if (role == Role::Child && node->is(NodeKind::Identifier) && seen.insert(node).second)
            found.push_back(&node->as<Identifier>());
    });
    std::stable_sort(found.begin(), found.end(), [](Identifier* a, Identifier* b) { return a->start.offset < b->start.offset; });
    return found;
}

Identifier& find_identifier(Parsed const& parsed, std::string_view name, uint32_t occurrence)
{
    uint32_t count = 0;
    for (Identifier* identifier : identifiers(parsed)) {
        if (identifier->name->text != name)
            continue;
        if (count++ == occurrence)
            return *identifier;
    }
    throw std::runtime_error("no occurrence " + std::to_string(occurrence) + " of identifier `" + std::string(name) + "` (found "
        + std::to_string(count) + ")");
}

FunctionNode& find_function(Parsed const& parsed, std::string_view name)
{
    FunctionNode* result = nullptr;
    auto key_names = [&](Node* key) {
        return key && key->is(NodeKind::Identifier) && key->as<Identifier>().name->text == name;
    };
    walk(&parsed.program(), [&](Node* node, Role role) {
        if (result || role != Role::Child)
            return;
        switch (node->kind) {
        case NodeKind::FunctionDeclaration:
        case NodeKind::FunctionExpression:
        case NodeKind::ArrowFunction: {
            auto& function = node->as<FunctionNode>();
            if (function.name && function.name->name->text == name)
                result = &function;
            break;
        }
        case NodeKind::Property: {
            auto& property = node->as<Property>();
            if (!property.computed && key_names(property.key) && property.value
                && property.value->is(NodeKind::FunctionExpression))
                result = &property.value->as<FunctionNode>();
            break;
        }
        case NodeKind::ClassElement: {
            auto& element = node->as<ClassElement>();
            if (!element.computed && key_names(element.key) && element.function)
                result = element.function;
            break;
        }
        default:
            break;
        }
    });
    if (!result)
        throw std::runtime_error("no function named `" + std::string(name) + "`");
    return *result;
}

// --- Printing
//
// Notation: identifiers print as themselves, literals as in JavaScript (strings with their
// value, escaped), everything else as (operator operands...). Statements of a list are
// separated by "; ". Examples:
//   a / b / c            =>  (/ (/ a b) c)
//   (a, b) => a          =>  (arrow (a b) a)
//   let x = 1            =>  (let x=1)
//   if (a) b; else c     =>  (if a b c)

namespace {

std::string quote(std::u16string_view text)
{
    std::string out = "\"";
    for (char16_t c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c >= 0x20 && c < 0x7F) {
            out += char(c);
        } else {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04X", unsigned(c));
            out += buffer;
        }
    }
    return out + "\"";
}

std::string number(double value)
{
    char buffer[64];
    auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    return std::string(buffer, result.ptr);
}

std::string print(Node const* node);

std::string print_list(std::span<Node* const> nodes, char const* separator = " ")
{
    std::string out;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (i)
            out += separator;
        out += print(nodes[i]);
    }
    return out;
}

template<typename T>
std::span<Node* const> as_nodes(std::span<T*> items)
{
    return { reinterpret_cast<Node* const*>(items.data()), items.size() };
}

// "(head items...)", without a trailing space when there are no items.
std::string group(char const* head, std::span<Node* const> items)
{
    std::string out = std::string("(") + head;
    if (!items.empty())
        out += " " + print_list(items);
    return out + ")";
}

std::string print_key(Expression const* key, bool computed)
{
    return computed ? "[" + print(key) + "]" : print(key);
}

std::string print_function(FunctionNode const& f)
{
    std::string out = "(";
    switch (f.function_kind) {
    case FunctionKind::Arrow: out += "arrow"; break;
    case FunctionKind::Method: out += "method"; break;
    case FunctionKind::Getter: out += "get"; break;
    case FunctionKind::Setter: out += "set"; break;
    case FunctionKind::ClassConstructor:
    case FunctionKind::DerivedClassConstructor: out += "constructor"; break;
    case FunctionKind::ClassFieldInitializer: out += "field-init"; break;
    case FunctionKind::ClassStaticBlock: out += "static-block"; break;
    case FunctionKind::Normal: out += "function"; break;
    }
    if (f.is_async)
        out += " async";
    if (f.is_generator)
        out += "*";
    if (f.name)
        out += " " + print(f.name);
    out += " (" + print_list(as_nodes(f.parameters)) + ")";
    if (f.is_expression_body && f.body.size() == 1 && f.body[0]->is(NodeKind::ReturnStatement)) {
        out += " " + print(f.body[0]->as<ReturnStatement>().argument);
    } else {
        out += " {" + print_list(as_nodes(f.body), "; ") + "}";
    }
    return out + ")";
}

std::string print_class(ClassNode const& c)
{
    std::string out = "(class";
    if (c.name)
        out += " " + print(c.name);
    if (c.super_class)
        out += " extends " + print(c.super_class);
    for (ClassElement const* e : c.elements) {
        out += " (";
        if (e->is_static)
            out += "static ";
        switch (e->element_kind) {
        case ClassElementKind::Method: out += "method"; break;
        case ClassElementKind::Getter: out += "get"; break;
        case ClassElementKind::Setter: out += "set"; break;
        case ClassElementKind::Field: out += "field"; break;
        case ClassElementKind::AutoAccessor: out += "accessor"; break;
        case ClassElementKind::StaticBlock: out += "block"; break;
        }
        if (e->key)
            out += " " + print_key(e->key, e->computed);
        if (e->element_kind == ClassElementKind::Field) {
            if (e->value)
                out += " " + print(e->value);
        } else if (e->function && e->element_kind != ClassElementKind::StaticBlock) {
            out += " (" + print_list(as_nodes(e->function->parameters)) + ") {" + print_list(as_nodes(e->function->body), "; ") + "}";
        } else if (e->function) {
            out += " {" + print_list(as_nodes(e->function->body), "; ") + "}";
        }
        out += ")";
    }
    return out + ")";
}

std::string print_export_name(ModuleExportName const& name)
{
    if (name.is_string)
        return quote(name.string_value);
    return name.name ? std::string(name.name->text) : "?";
}

char const* declaration_keyword(DeclarationKind kind)
{
    switch (kind) {
    case DeclarationKind::Var: return "var";
    case DeclarationKind::Let: return "let";
    case DeclarationKind::Const: return "const";
    case DeclarationKind::Using: return "using";
    case DeclarationKind::AwaitUsing: return "await-using";
    }
    return "?";
}

std::string print(Node const* node)
{
    if (!node)
        return "_";
    switch (node->kind) {
    case NodeKind::Identifier: return std::string(node->as<Identifier>().name->text);
    case NodeKind::PrivateIdentifier: return "#" + std::string(node->as<PrivateIdentifier>().name->text);
    case NodeKind::NumericLiteral: return number(node->as<NumericLiteral>().value);
    case NodeKind::BigIntLiteral: return to_utf8(node->as<BigIntLiteral>().digits) + "n";
    case NodeKind::StringLiteral: return quote(node->as<StringLiteral>().value);
    case NodeKind::TemplateLiteral: {
        auto const& t = node->as<TemplateLiteral>();
        std::string out = "(template";
        for (size_t i = 0; i < t.quasis.size(); ++i) {
            out += " " + (t.quasis[i].cooked_is_undefined ? std::string("undefined") : quote(t.quasis[i].cooked));
            if (i < t.expressions.size())
                out += " " + print(t.expressions[i]);
        }
        return out + ")";
    }
    case NodeKind::TaggedTemplate:
        return "(tag " + print(node->as<TaggedTemplate>().tag) + " " + print(node->as<TaggedTemplate>().quasi) + ")";
    case NodeKind::RegExpLiteral:
        return "/" + to_utf8(node->as<RegExpLiteral>().pattern) + "/" + to_utf8(node->as<RegExpLiteral>().flags);
    case NodeKind::NullLiteral: return "null";
    case NodeKind::BooleanLiteral: return node->as<BooleanLiteral>().value ? "true" : "false";
    case NodeKind::ThisExpression: return "this";
    case NodeKind::Super: return "super";
    case NodeKind::NewTarget: return "new.target";
    case NodeKind::ImportMeta: return "import.meta";
    case NodeKind::ArrayExpression: return group("array", as_nodes(node->as<ArrayExpression>().elements));
    case NodeKind::ObjectExpression: return group("object", as_nodes(node->as<ObjectExpression>().properties));
    case NodeKind::ObjectPattern: return group("object-pattern", as_nodes(node->as<ObjectPattern>().properties));
    case NodeKind::ArrayPattern: return group("array-pattern", as_nodes(node->as<ArrayPattern>().elements));
    case NodeKind::Property: {
        auto const& p = node->as<Property>();
        switch (p.property_kind) {
        case PropertyKind::Init: return "(: " + print_key(p.key, p.computed) + " " + print(p.value) + ")";
        case PropertyKind::Shorthand: return "(shorthand " + print(p.value) + ")";
        case PropertyKind::Method: return "(method " + print_key(p.key, p.computed) + ")";
        case PropertyKind::Getter: return "(get " + print_key(p.key, p.computed) + ")";
        case PropertyKind::Setter: return "(set " + print_key(p.key, p.computed) + ")";
        case PropertyKind::Spread: return "(... " + print(p.value) + ")";
        case PropertyKind::ProtoSetter: return "(__proto__ " + print(p.value) + ")";
        }
        return "?";
    }
    case NodeKind::FunctionExpression:
    case NodeKind::ArrowFunction:
    case NodeKind::FunctionDeclaration: return print_function(node->as<FunctionNode>());
    case NodeKind::ClassExpression:
    case NodeKind::ClassDeclaration: return print_class(node->as<ClassNode>());
    case NodeKind::UnaryExpression:
        return std::string("(") + token_kind_name(node->as<UnaryExpression>().op) + " " + print(node->as<UnaryExpression>().operand) + ")";
    case NodeKind::UpdateExpression: {
        auto const& u = node->as<UpdateExpression>();
        return std::string("(") + (u.prefix ? "pre" : "post") + token_kind_name(u.op) + " " + print(u.operand) + ")";
    }
    case NodeKind::BinaryExpression:
    case NodeKind::LogicalExpression: {
        auto const& b = node->as<BinaryExpression>();
        return std::string("(") + token_kind_name(b.op) + " " + print(b.left) + " " + print(b.right) + ")";
    }
    case NodeKind::AssignmentExpression: {
        auto const& a = node->as<AssignmentExpression>();
        return std::string("(") + token_kind_name(a.op) + " " + print(a.target) + " " + print(a.value) + ")";
    }
    case NodeKind::ConditionalExpression: {
        auto const& c = node->as<ConditionalExpression>();
        return "(? " + print(c.test) + " " + print(c.consequent) + " " + print(c.alternate) + ")";
    }
    case NodeKind::CallExpression:
    case NodeKind::NewExpression: {
        auto const& c = node->as<CallExpression>();
        std::string head = node->is(NodeKind::NewExpression) ? "new" : c.optional ? "call?." : "call";
        std::string out = "(" + head + " " + print(c.callee);
        if (!c.arguments.empty())
            out += " " + print_list(as_nodes(c.arguments));
        return out + ")";
    }
    case NodeKind::MemberExpression: {
        auto const& m = node->as<MemberExpression>();
        std::string head = m.computed ? (m.optional ? "?.[]" : "[]") : (m.optional ? "?." : ".");
        return "(" + head + " " + print(m.object) + " " + print(m.property) + ")";
    }
    case NodeKind::OptionalChain: return "(chain " + print(node->as<OptionalChain>().expression) + ")";
    case NodeKind::SequenceExpression: return group(",", as_nodes(node->as<SequenceExpression>().expressions));
    case NodeKind::SpreadElement: return "(... " + print(node->as<SpreadElement>().argument) + ")";
    case NodeKind::YieldExpression: {
        auto const& y = node->as<YieldExpression>();
        std::string out = y.delegate ? "(yield*" : "(yield";
        if (y.argument)
            out += " " + print(y.argument);
        return out + ")";
    }
    case NodeKind::AwaitExpression: return "(await " + print(node->as<AwaitExpression>().argument) + ")";
    case NodeKind::ImportCall: {
        auto const& i = node->as<ImportCall>();
        char const* head = i.phase == ImportPhase::Source ? "(import.source " : i.phase == ImportPhase::Defer ? "(import.defer " : "(import ";
        std::string out = head + print(i.specifier);
        if (i.options)
            out += " " + print(i.options);
        return out + ")";
    }
    case NodeKind::ParenthesizedExpression: return "(paren " + print(node->as<ParenthesizedExpression>().expression) + ")";
    case NodeKind::AssignmentPattern:
        return "(default " + print(node->as<AssignmentPattern>().target) + " " + print(node->as<AssignmentPattern>().default_value) + ")";
    case NodeKind::RestElement: return "(rest " + print(node->as<RestElement>().argument) + ")";
    // Statements
    case NodeKind::Program: return print_list(as_nodes(node->as<Program>().body), "; ");
    case NodeKind::BlockStatement: return "{" + print_list(as_nodes(node->as<BlockStatement>().body), "; ") + "}";
    case NodeKind::EmptyStatement: return "(empty)";
    case NodeKind::DebuggerStatement: return "(debugger)";
    case NodeKind::ExpressionStatement: return print(node->as<ExpressionStatement>().expression);
    case NodeKind::IfStatement: {
        auto const& i = node->as<IfStatement>();
        std::string out = "(if " + print(i.test) + " " + print(i.consequent);
        if (i.alternate)
            out += " " + print(i.alternate);
        return out + ")";
    }
    case NodeKind::DoWhileStatement:
        return "(do " + print(node->as<LoopStatement>().body) + " " + print(node->as<LoopStatement>().test) + ")";
    case NodeKind::WhileStatement:
        return "(while " + print(node->as<LoopStatement>().test) + " " + print(node->as<LoopStatement>().body) + ")";
    case NodeKind::ForStatement: {
        auto const& f = node->as<ForStatement>();
        return "(for " + print(f.init) + " " + print(f.test) + " " + print(f.update) + " " + print(f.body) + ")";
    }
    case NodeKind::ForInStatement:
    case NodeKind::ForOfStatement: {
        auto const& f = node->as<ForInOfStatement>();
        std::string head = node->is(NodeKind::ForInStatement) ? "for-in" : f.is_await ? "for-await-of" : "for-of";
        return "(" + head + " " + print(f.left) + " " + print(f.right) + " " + print(f.body) + ")";
    }
    case NodeKind::ContinueStatement:
    case NodeKind::BreakStatement: {
        std::string out = node->is(NodeKind::BreakStatement) ? "(break" : "(continue";
        if (node->as<JumpStatement>().label)
            out += " " + std::string(node->as<JumpStatement>().label->text);
        return out + ")";
    }
    case NodeKind::ReturnStatement: {
        auto const& r = node->as<ReturnStatement>();
        return r.argument ? "(return " + print(r.argument) + ")" : "(return)";
    }
    case NodeKind::WithStatement:
        return "(with " + print(node->as<WithStatement>().object) + " " + print(node->as<WithStatement>().body) + ")";
    case NodeKind::SwitchStatement: {
        auto const& s = node->as<SwitchStatement>();
        std::string out = "(switch " + print(s.discriminant);
        for (SwitchCase const* c : s.cases) {
            out += c->test ? " (case " + print(c->test) : std::string(" (default");
            if (!c->consequent.empty())
                out += " " + print_list(as_nodes(c->consequent), "; ");
            out += ")";
        }
        return out + ")";
    }
    case NodeKind::LabelledStatement:
        return "(" + std::string(node->as<LabelledStatement>().label->text) + ": " + print(node->as<LabelledStatement>().body) + ")";
    case NodeKind::ThrowStatement: return "(throw " + print(node->as<ThrowStatement>().argument) + ")";
    case NodeKind::TryStatement: {
        auto const& t = node->as<TryStatement>();
        std::string out = "(try " + print(t.block);
        if (t.handler)
            out += " (catch " + print(t.handler->parameter) + " " + print(t.handler->body) + ")";
        if (t.finalizer)
            out += " (finally " + print(t.finalizer) + ")";
        return out + ")";
    }
    case NodeKind::VariableDeclaration: {
        auto const& d = node->as<VariableDeclaration>();
        std::string out = std::string("(") + declaration_keyword(d.declaration_kind);
        for (VariableDeclarator const* declarator : d.declarations) {
            out += " " + print(declarator->target);
            if (declarator->init)
                out += "=" + print(declarator->init);
        }
        return out + ")";
    }
    case NodeKind::ImportDeclaration: {
        auto const& i = node->as<ImportDeclaration>();
        std::string out = "(import";
        if (i.phase == ImportPhase::Source)
            out += "-source";
        else if (i.phase == ImportPhase::Defer)
            out += "-defer";
        for (ImportSpecifier const& s : i.specifiers) {
            switch (s.kind) {
            case ImportSpecifier::Kind::Default: out += " (default " + print(s.local) + ")"; break;
            case ImportSpecifier::Kind::Namespace: out += " (* " + print(s.local) + ")"; break;
            case ImportSpecifier::Kind::Named: out += " (" + print_export_name(s.imported) + " " + print(s.local) + ")"; break;
            }
        }
        out += " from " + print(i.source);
        for (ImportAttribute const& a : i.attributes)
            out += " (with " + to_utf8(a.key) + " " + quote(a.value) + ")";
        return out + ")";
    }
    case NodeKind::ExportDeclaration: {
        auto const& e = node->as<ExportDeclaration>();
        std::string out = "(export";
        switch (e.export_kind) {
        case ExportKind::Named:
            for (ExportSpecifier const& s : e.specifiers)
                out += " (" + print_export_name(s.local) + " " + print_export_name(s.exported) + ")";
            break;
        case ExportKind::All: out += " *"; break;
        case ExportKind::AllAs: out += " (* " + print_export_name(e.namespace_name) + ")"; break;
        case ExportKind::Declaration: out += " " + print(e.declaration); break;
        case ExportKind::DefaultDeclaration:
        case ExportKind::DefaultExpression: out += " default " + print(e.declaration); break;
        }
        if (e.source)
            out += " from " + print(e.source);
        for (ImportAttribute const& a : e.attributes)
            out += " (with " + to_utf8(a.key) + " " + quote(a.value) + ")";
        return out + ")";
    }
    default:
        return std::string("<") + kind_name(node->kind) + ">";
    }
}

}

std::string sexpr(Node const* node) { return print(node); }

std::string sexpr(std::string_view text, Goal goal)
{
    Parsed parsed = parse(text, goal);
    if (!parsed.ok())
        return parsed.describe_error();
    return print(parsed.result.program);
}

}
