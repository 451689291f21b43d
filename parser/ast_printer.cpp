#include "parser/ast_printer.h"

#include "parser/scope_analysis.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <string_view>

namespace sable::parser {

// Declared in ast.h; defined here, next to its only user so far.
char const* node_kind_name(NodeKind kind)
{
    switch (kind) {
#define NODE(name, type) \
    case NodeKind::name: return #name;
#include "parser/ast_nodes.def"
    }
    return "?";
}

namespace {

char const* scope_kind_name(ScopeKind kind)
{
    switch (kind) {
    case ScopeKind::Script: return "Script";
    case ScopeKind::Module: return "Module";
    case ScopeKind::Function: return "Function";
    case ScopeKind::FunctionBody: return "FunctionBody";
    case ScopeKind::Block: return "Block";
    case ScopeKind::Catch: return "Catch";
    case ScopeKind::Class: return "Class";
    case ScopeKind::With: return "With";
    }
    return "?";
}

char const* variable_kind_name(VariableKind kind)
{
    switch (kind) {
    case VariableKind::Var: return "var";
    case VariableKind::Let: return "let";
    case VariableKind::Const: return "const";
    case VariableKind::Using: return "using";
    case VariableKind::Class: return "class";
    case VariableKind::Function: return "function";
    case VariableKind::BlockFunction: return "block_function";
    case VariableKind::Parameter: return "parameter";
    case VariableKind::CatchParameter: return "catch_parameter";
    case VariableKind::Import: return "import";
    case VariableKind::FunctionName: return "function_name";
    case VariableKind::ClassName: return "class_name";
    case VariableKind::Arguments: return "arguments";
    }
    return "?";
}

char const* function_kind_name(FunctionKind kind)
{
    switch (kind) {
    case FunctionKind::Normal: return "normal";
    case FunctionKind::Arrow: return "arrow";
    case FunctionKind::Method: return "method";
    case FunctionKind::Getter: return "getter";
    case FunctionKind::Setter: return "setter";
    case FunctionKind::ClassConstructor: return "class_constructor";
    case FunctionKind::DerivedClassConstructor: return "derived_class_constructor";
    case FunctionKind::ClassFieldInitializer: return "class_field_initializer";
    case FunctionKind::ClassStaticBlock: return "class_static_block";
    }
    return "?";
}

char const* property_kind_name(PropertyKind kind)
{
    switch (kind) {
    case PropertyKind::Init: return "init";
    case PropertyKind::Shorthand: return "shorthand";
    case PropertyKind::Method: return "method";
    case PropertyKind::Getter: return "get";
    case PropertyKind::Setter: return "set";
    case PropertyKind::Spread: return "spread";
    case PropertyKind::ProtoSetter: return "proto_setter";
    }
    return "?";
}

char const* class_element_kind_name(ClassElementKind kind)
{
    switch (kind) {
    case ClassElementKind::Method: return "method";
    case ClassElementKind::Getter: return "get";
    case ClassElementKind::Setter: return "set";
    case ClassElementKind::Field: return "field";
    case ClassElementKind::AutoAccessor: return "accessor";
    case ClassElementKind::StaticBlock: return "static_block";
    }
    return "?";
}

char const* declaration_kind_name(DeclarationKind kind)
{
    switch (kind) {
    case DeclarationKind::Var: return "var";
    case DeclarationKind::Let: return "let";
    case DeclarationKind::Const: return "const";
    case DeclarationKind::Using: return "using";
    case DeclarationKind::AwaitUsing: return "await_using";
    }
    return "?";
}

char const* export_kind_name(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Named: return "named";
    case ExportKind::All: return "all";
    case ExportKind::AllAs: return "all_as";
    case ExportKind::Declaration: return "declaration";
    case ExportKind::DefaultDeclaration: return "default_declaration";
    case ExportKind::DefaultExpression: return "default_expression";
    }
    return "?";
}

char const* import_phase_name(ImportPhase phase)
{
    switch (phase) {
    case ImportPhase::Evaluation: return "evaluation";
    case ImportPhase::Source: return "source";
    case ImportPhase::Defer: return "defer";
    }
    return "?";
}

void append_hex4(std::string& out, unsigned value)
{
    static char const digits[] = "0123456789ABCDEF";
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4)
        out += digits[(value >> shift) & 0xF];
}

void append_utf8(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

// A UTF-16 string as a double-quoted UTF-8 string on one line: control characters, line
// separators and lone surrogates are escaped.
void append_quoted(std::string& out, std::u16string_view text)
{
    out += '"';
    for (size_t i = 0; i < text.size(); ++i) {
        char16_t c = text[i];
        switch (c) {
        case u'"': out += "\\\""; continue;
        case u'\\': out += "\\\\"; continue;
        case u'\n': out += "\\n"; continue;
        case u'\r': out += "\\r"; continue;
        case u'\t': out += "\\t"; continue;
        case u'\b': out += "\\b"; continue;
        case u'\f': out += "\\f"; continue;
        case u'\v': out += "\\v"; continue;
        default: break;
        }
        if (c < 0x20 || c == 0x7F || c == 0x2028 || c == 0x2029) {
            append_hex4(out, c);
        } else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            append_utf8(out, 0x10000 + ((char32_t(c) - 0xD800) << 10) + (text[i + 1] - 0xDC00));
            ++i;
        } else if (c >= 0xD800 && c <= 0xDFFF) {
            append_hex4(out, c); // a lone surrogate
        } else {
            append_utf8(out, c);
        }
    }
    out += '"';
}

// The shortest text that reads back as `value` (std::to_chars), with JavaScript's Infinity.
void append_number(std::string& out, double value)
{
    if (std::isinf(value)) {
        out += value < 0 ? "-Infinity" : "Infinity";
        return;
    }
    if (std::isnan(value)) {
        out += "NaN";
        return;
    }
    char buffer[64];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, ec == std::errc() ? end : buffer);
}

class AstPrinter {
public:
    std::string take() { return std::move(m_out); }

    void node(char const* label, Node const* node)
    {
        if (!node)
            return;
        begin_line(label);
        m_out += node_kind_name(node->kind);
        m_out += ' ';
        m_out += std::to_string(node->start.line);
        m_out += ':';
        m_out += std::to_string(node->start.column);
        describe(*node);
        m_out += '\n';
        ++m_depth;
        children(*node);
        --m_depth;
    }

private:
    void begin_line(char const* label)
    {
        m_out.append(size_t(m_depth) * 2, ' ');
        if (label) {
            m_out += label;
            m_out += ": ";
        }
    }

    // Appends ` text` to the current line.
    void word(std::string_view text)
    {
        m_out += ' ';
        m_out += text;
    }
    // Appends ` prefix` and `text`. (Appending, not `+`, also avoids a GCC 12 -Wrestrict false positive.)
    void word(std::string_view prefix, std::string_view text)
    {
        word(prefix);
        m_out += text;
    }
    void word(std::string_view prefix, uint32_t number) { word(prefix, std::to_string(number)); }
    void flag(bool on, char const* text)
    {
        if (on)
            word(text);
    }
    void atom(Atom name) { word(name ? name->text : "<none>"); }
    void quoted(std::u16string_view text)
    {
        m_out += ' ';
        append_quoted(m_out, text);
    }
    void export_name(char const* label, ModuleExportName const& name)
    {
        m_out += ' ';
        m_out += label;
        m_out += ':';
        if (name.is_string)
            append_quoted(m_out, name.string_value);
        else
            m_out += name.name ? name.name->text : "<none>";
    }

    void resolution(Resolution const& resolution)
    {
        switch (resolution.kind) {
        case ResolutionKind::Unresolved:
            return; // not a reference: a property name, a label, ...
        case ResolutionKind::Register:
            word("register ", resolution.index);
            return;
        case ResolutionKind::Environment:
            word("env hops:", resolution.hops);
            m_out += " slot:";
            m_out += std::to_string(resolution.index);
            return;
        case ResolutionKind::Global:
            word("global");
            return;
        case ResolutionKind::Dynamic:
            word("dynamic");
            return;
        }
    }

    // A line saying the node has nothing at this position (an array hole or elision).
    void hole()
    {
        begin_line(nullptr);
        m_out += "<hole>\n";
    }

    template<typename T>
    void list(char const* label, std::span<T* const> items)
    {
        if (items.empty())
            return;
        begin_line(label);
        m_out.pop_back(); // `label:` alone
        m_out += '\n';
        ++m_depth;
        for (T const* item : items) {
            if (item)
                node(nullptr, item);
            else
                hole();
        }
        --m_depth;
    }
    template<typename T>
    void list(char const* label, std::span<T*> items) { list(label, std::span<T* const>(items)); }

    void scope(char const* label, Scope const* scope)
    {
        if (!scope)
            return;
        begin_line(label);
        m_out += scope_kind_name(scope->kind);
        flag(scope->is_strict, "strict");
        flag(scope->has_direct_eval, "direct_eval");
        flag(scope->contains_direct_eval, "contains_direct_eval");
        if (scope->kind == ScopeKind::Function)
            word("registers:", scope->register_count);
        if (scope->needs_environment)
            word("env:", scope->environment_size);
        m_out += '\n';
        ++m_depth;
        for (Variable const* variable : scope->variables) {
            begin_line(nullptr);
            m_out += variable->name ? variable->name->text : "<none>";
            m_out += ':';
            word(variable_kind_name(variable->kind));
            switch (variable->location) {
            case VariableLocation::Unallocated: word("unallocated"); break;
            case VariableLocation::Register: word("register ", variable->index); break;
            case VariableLocation::Environment: word("env slot:", variable->index); break;
            case VariableLocation::Global: word("global"); break;
            }
            flag(variable->captured, "captured");
            flag(variable->is_lexical, "lexical");
            m_out += '\n';
        }
        --m_depth;
    }

    void template_element(TemplateElement const& element)
    {
        begin_line(nullptr);
        m_out += "TemplateElement cooked:";
        if (element.cooked_is_undefined)
            m_out += "undefined";
        else
            append_quoted(m_out, element.cooked);
        m_out += " raw:";
        append_quoted(m_out, element.raw);
        m_out += '\n';
    }

    void attributes(std::span<ImportAttribute const> attributes)
    {
        if (attributes.empty())
            return;
        begin_line("attributes");
        m_out.pop_back();
        m_out += '\n';
        ++m_depth;
        for (auto const& attribute : attributes) {
            begin_line(nullptr);
            m_out += "ImportAttribute";
            quoted(attribute.key);
            quoted(attribute.value);
            m_out += '\n';
        }
        --m_depth;
    }

    void function_fields(FunctionNode const& function)
    {
        word(function_kind_name(function.function_kind));
        flag(function.is_async, "async");
        flag(function.is_generator, "generator");
        flag(function.is_strict, "strict");
        flag(function.has_use_strict_directive, "use_strict");
        flag(!function.has_simple_parameter_list, "non_simple_params");
        flag(function.is_expression_body, "expression_body");
        flag(function.uses_arguments, "uses_arguments");
        flag(function.uses_this, "uses_this");
        flag(function.has_direct_eval, "has_direct_eval");
        flag(function.contains_super_call, "super_call");
        flag(function.contains_super_property, "super_property");
        word("length:", function.expected_argument_count);
    }

    void function_children(FunctionNode const& function)
    {
        node("name", function.name);
        scope("scope", function.scope);
        scope("body_scope", function.body_scope);
        list("params", function.parameters);
        list("body", function.body);
    }

    // The fields that fit on the node's own line.
    void describe(Node const& node)
    {
        switch (node.kind) {
        case NodeKind::Identifier: {
            auto const& identifier = node.as<Identifier>();
            atom(identifier.name);
            resolution(identifier.resolution);
            break;
        }
        case NodeKind::PrivateIdentifier:
            word("#", node.as<PrivateIdentifier>().name->text);
            break;
        case NodeKind::NumericLiteral:
            m_out += ' ';
            append_number(m_out, node.as<NumericLiteral>().value);
            break;
        case NodeKind::BigIntLiteral: {
            m_out += ' ';
            for (char16_t c : node.as<BigIntLiteral>().digits)
                m_out += char(c); // digits are ASCII
            m_out += 'n';
            break;
        }
        case NodeKind::StringLiteral:
            quoted(node.as<StringLiteral>().value);
            break;
        case NodeKind::RegExpLiteral: {
            auto const& regexp = node.as<RegExpLiteral>();
            word("pattern:");
            append_quoted(m_out, regexp.pattern);
            word("flags:");
            append_quoted(m_out, regexp.flags);
            break;
        }
        case NodeKind::BooleanLiteral:
            word(node.as<BooleanLiteral>().value ? "true" : "false");
            break;
        case NodeKind::ArrayExpression:
            flag(node.as<ArrayExpression>().spread_followed_by_comma, "spread_followed_by_comma");
            break;
        case NodeKind::Property: {
            auto const& property = node.as<Property>();
            word(property_kind_name(property.property_kind));
            flag(property.computed, "computed");
            break;
        }
        case NodeKind::FunctionExpression:
        case NodeKind::ArrowFunction:
        case NodeKind::FunctionDeclaration:
            function_fields(node.as<FunctionNode>());
            break;
        case NodeKind::ClassExpression:
        case NodeKind::ClassDeclaration: {
            auto const& class_node = node.as<ClassNode>();
            flag(class_node.super_class, "derived");
            flag(class_node.constructor, "explicit_constructor");
            break;
        }
        case NodeKind::UnaryExpression:
            word(token_kind_name(node.as<UnaryExpression>().op));
            break;
        case NodeKind::UpdateExpression: {
            auto const& update = node.as<UpdateExpression>();
            word(token_kind_name(update.op));
            word(update.prefix ? "prefix" : "postfix");
            break;
        }
        case NodeKind::BinaryExpression:
        case NodeKind::LogicalExpression:
            word(token_kind_name(node.as<BinaryExpression>().op));
            break;
        case NodeKind::AssignmentExpression:
            word(token_kind_name(node.as<AssignmentExpression>().op));
            break;
        case NodeKind::CallExpression:
        case NodeKind::NewExpression:
            flag(node.as<CallExpression>().optional, "optional");
            break;
        case NodeKind::MemberExpression: {
            auto const& member = node.as<MemberExpression>();
            flag(member.computed, "computed");
            flag(member.optional, "optional");
            break;
        }
        case NodeKind::YieldExpression:
            flag(node.as<YieldExpression>().delegate, "delegate");
            break;
        case NodeKind::ImportCall:
            if (node.as<ImportCall>().phase != ImportPhase::Evaluation)
                word(import_phase_name(node.as<ImportCall>().phase));
            break;
        case NodeKind::Program: {
            auto const& program = node.as<Program>();
            word(program.is_module ? "module" : "script");
            flag(program.is_strict, "strict");
            flag(program.has_top_level_await, "top_level_await");
            break;
        }
        case NodeKind::ForInStatement:
        case NodeKind::ForOfStatement:
            flag(node.as<ForInOfStatement>().is_await, "await");
            break;
        case NodeKind::ContinueStatement:
        case NodeKind::BreakStatement:
            if (Atom label = node.as<JumpStatement>().label)
                word("label:", label->text);
            break;
        case NodeKind::SwitchCase:
            flag(!node.as<SwitchCase>().test, "default");
            break;
        case NodeKind::LabelledStatement:
            word("label:", node.as<LabelledStatement>().label->text);
            break;
        case NodeKind::VariableDeclaration:
            word(declaration_kind_name(node.as<VariableDeclaration>().declaration_kind));
            break;
        case NodeKind::ClassElement: {
            auto const& element = node.as<ClassElement>();
            word(class_element_kind_name(element.element_kind));
            flag(element.is_static, "static");
            flag(element.computed, "computed");
            break;
        }
        case NodeKind::ImportDeclaration:
            if (node.as<ImportDeclaration>().phase != ImportPhase::Evaluation)
                word(import_phase_name(node.as<ImportDeclaration>().phase));
            break;
        case NodeKind::ExportDeclaration: {
            auto const& export_node = node.as<ExportDeclaration>();
            word(export_kind_name(export_node.export_kind));
            if (export_node.export_kind == ExportKind::AllAs)
                export_name("as", export_node.namespace_name);
            break;
        }
        // Nothing beyond kind and position:
        case NodeKind::TemplateLiteral:
        case NodeKind::TaggedTemplate:
        case NodeKind::NullLiteral:
        case NodeKind::ThisExpression:
        case NodeKind::Super:
        case NodeKind::ObjectExpression:
        case NodeKind::ConditionalExpression:
        case NodeKind::OptionalChain:
        case NodeKind::SequenceExpression:
        case NodeKind::SpreadElement:
        case NodeKind::AwaitExpression:
        case NodeKind::NewTarget:
        case NodeKind::ImportMeta:
        case NodeKind::ParenthesizedExpression:
        case NodeKind::ObjectPattern:
        case NodeKind::ArrayPattern:
        case NodeKind::AssignmentPattern:
        case NodeKind::RestElement:
        case NodeKind::BlockStatement:
        case NodeKind::EmptyStatement:
        case NodeKind::ExpressionStatement:
        case NodeKind::IfStatement:
        case NodeKind::DoWhileStatement:
        case NodeKind::WhileStatement:
        case NodeKind::ForStatement:
        case NodeKind::ReturnStatement:
        case NodeKind::WithStatement:
        case NodeKind::SwitchStatement:
        case NodeKind::ThrowStatement:
        case NodeKind::TryStatement:
        case NodeKind::CatchClause:
        case NodeKind::DebuggerStatement:
        case NodeKind::VariableDeclarator:
            break;
        }
    }

    // The node's scopes and child nodes, one level deeper.
    void children(Node const& node)
    {
        switch (node.kind) {
        case NodeKind::TemplateLiteral: {
            auto const& literal = node.as<TemplateLiteral>();
            if (!literal.quasis.empty()) {
                begin_line("quasis");
                m_out.pop_back();
                m_out += '\n';
                ++m_depth;
                for (auto const& element : literal.quasis)
                    template_element(element);
                --m_depth;
            }
            list("expressions", literal.expressions);
            break;
        }
        case NodeKind::TaggedTemplate: {
            auto const& tagged = node.as<TaggedTemplate>();
            this->node("tag", tagged.tag);
            this->node("quasi", tagged.quasi);
            break;
        }
        case NodeKind::ArrayExpression:
            list("elements", node.as<ArrayExpression>().elements);
            break;
        case NodeKind::ObjectExpression:
            list("properties", node.as<ObjectExpression>().properties);
            break;
        case NodeKind::Property: {
            auto const& property = node.as<Property>();
            this->node("key", property.key);
            if (property.value != property.key)
                this->node("value", property.value);
            break;
        }
        case NodeKind::FunctionExpression:
        case NodeKind::ArrowFunction:
        case NodeKind::FunctionDeclaration:
            function_children(node.as<FunctionNode>());
            break;
        case NodeKind::ClassExpression:
        case NodeKind::ClassDeclaration: {
            auto const& class_node = node.as<ClassNode>();
            this->node("name", class_node.name);
            scope("scope", class_node.scope);
            this->node("super_class", class_node.super_class);
            list("elements", class_node.elements);
            this->node("instance_fields_initializer", class_node.instance_fields_initializer);
            break;
        }
        case NodeKind::UnaryExpression:
            this->node("operand", node.as<UnaryExpression>().operand);
            break;
        case NodeKind::UpdateExpression:
            this->node("operand", node.as<UpdateExpression>().operand);
            break;
        case NodeKind::BinaryExpression:
        case NodeKind::LogicalExpression: {
            auto const& binary = node.as<BinaryExpression>();
            this->node("left", binary.left);
            this->node("right", binary.right);
            break;
        }
        case NodeKind::AssignmentExpression: {
            auto const& assignment = node.as<AssignmentExpression>();
            this->node("target", assignment.target);
            this->node("value", assignment.value);
            break;
        }
        case NodeKind::ConditionalExpression: {
            auto const& conditional = node.as<ConditionalExpression>();
            this->node("test", conditional.test);
            this->node("consequent", conditional.consequent);
            this->node("alternate", conditional.alternate);
            break;
        }
        case NodeKind::CallExpression:
        case NodeKind::NewExpression: {
            auto const& call = node.as<CallExpression>();
            this->node("callee", call.callee);
            list("arguments", call.arguments);
            break;
        }
        case NodeKind::MemberExpression: {
            auto const& member = node.as<MemberExpression>();
            this->node("object", member.object);
            this->node("property", member.property);
            break;
        }
        case NodeKind::OptionalChain:
            this->node("expression", node.as<OptionalChain>().expression);
            break;
        case NodeKind::SequenceExpression:
            list("expressions", node.as<SequenceExpression>().expressions);
            break;
        case NodeKind::SpreadElement:
            this->node("argument", node.as<SpreadElement>().argument);
            break;
        case NodeKind::YieldExpression:
            this->node("argument", node.as<YieldExpression>().argument);
            break;
        case NodeKind::AwaitExpression:
            this->node("argument", node.as<AwaitExpression>().argument);
            break;
        case NodeKind::ImportCall: {
            auto const& call = node.as<ImportCall>();
            this->node("specifier", call.specifier);
            this->node("options", call.options);
            break;
        }
        case NodeKind::ParenthesizedExpression:
            this->node("expression", node.as<ParenthesizedExpression>().expression);
            break;
        case NodeKind::ObjectPattern:
            list("properties", node.as<ObjectPattern>().properties);
            break;
        case NodeKind::ArrayPattern:
            list("elements", node.as<ArrayPattern>().elements);
            break;
        case NodeKind::AssignmentPattern: {
            auto const& pattern = node.as<AssignmentPattern>();
            this->node("target", pattern.target);
            this->node("default", pattern.default_value);
            break;
        }
        case NodeKind::RestElement:
            this->node("argument", node.as<RestElement>().argument);
            break;
        case NodeKind::Program: {
            auto const& program = node.as<Program>();
            scope("scope", program.scope);
            list("body", program.body);
            break;
        }
        case NodeKind::BlockStatement: {
            auto const& block = node.as<BlockStatement>();
            scope("scope", block.scope);
            list("body", block.body);
            break;
        }
        case NodeKind::ExpressionStatement:
            this->node("expression", node.as<ExpressionStatement>().expression);
            break;
        case NodeKind::IfStatement: {
            auto const& if_node = node.as<IfStatement>();
            this->node("test", if_node.test);
            this->node("consequent", if_node.consequent);
            this->node("alternate", if_node.alternate);
            break;
        }
        case NodeKind::DoWhileStatement:
        case NodeKind::WhileStatement: {
            auto const& loop = node.as<LoopStatement>();
            this->node("test", loop.test);
            this->node("body", loop.body);
            break;
        }
        case NodeKind::ForStatement: {
            auto const& loop = node.as<ForStatement>();
            scope("scope", loop.scope);
            this->node("init", loop.init);
            this->node("test", loop.test);
            this->node("update", loop.update);
            this->node("body", loop.body);
            break;
        }
        case NodeKind::ForInStatement:
        case NodeKind::ForOfStatement: {
            auto const& loop = node.as<ForInOfStatement>();
            scope("scope", loop.scope);
            this->node("left", loop.left);
            this->node("right", loop.right);
            this->node("body", loop.body);
            break;
        }
        case NodeKind::ReturnStatement:
            this->node("argument", node.as<ReturnStatement>().argument);
            break;
        case NodeKind::WithStatement: {
            auto const& with = node.as<WithStatement>();
            this->node("object", with.object);
            scope("scope", with.scope);
            this->node("body", with.body);
            break;
        }
        case NodeKind::SwitchStatement: {
            auto const& switch_node = node.as<SwitchStatement>();
            this->node("discriminant", switch_node.discriminant);
            scope("scope", switch_node.scope);
            list("cases", switch_node.cases);
            break;
        }
        case NodeKind::SwitchCase: {
            auto const& switch_case = node.as<SwitchCase>();
            this->node("test", switch_case.test);
            list("consequent", switch_case.consequent);
            break;
        }
        case NodeKind::LabelledStatement:
            this->node("body", node.as<LabelledStatement>().body);
            break;
        case NodeKind::ThrowStatement:
            this->node("argument", node.as<ThrowStatement>().argument);
            break;
        case NodeKind::TryStatement: {
            auto const& try_node = node.as<TryStatement>();
            this->node("block", try_node.block);
            this->node("handler", try_node.handler);
            this->node("finalizer", try_node.finalizer);
            break;
        }
        case NodeKind::CatchClause: {
            auto const& clause = node.as<CatchClause>();
            scope("scope", clause.scope);
            this->node("parameter", clause.parameter);
            this->node("body", clause.body);
            break;
        }
        case NodeKind::VariableDeclaration:
            list("declarations", node.as<VariableDeclaration>().declarations);
            break;
        case NodeKind::VariableDeclarator: {
            auto const& declarator = node.as<VariableDeclarator>();
            this->node("target", declarator.target);
            this->node("init", declarator.init);
            break;
        }
        case NodeKind::ClassElement: {
            auto const& element = node.as<ClassElement>();
            this->node("key", element.key);
            this->node("function", element.function);
            // A field's initializer is also the body of its synthetic function: print it once.
            if (!element.function)
                this->node("value", element.value);
            break;
        }
        case NodeKind::ImportDeclaration: {
            auto const& import_node = node.as<ImportDeclaration>();
            this->node("source", import_node.source);
            if (!import_node.specifiers.empty()) {
                begin_line("specifiers");
                m_out.pop_back();
                m_out += '\n';
                ++m_depth;
                for (auto const& specifier : import_node.specifiers) {
                    begin_line(nullptr);
                    m_out += "ImportSpecifier";
                    switch (specifier.kind) {
                    case ImportSpecifier::Kind::Default: word("default"); break;
                    case ImportSpecifier::Kind::Namespace: word("namespace"); break;
                    case ImportSpecifier::Kind::Named:
                        word("named");
                        export_name("imported", specifier.imported);
                        break;
                    }
                    m_out += '\n';
                    ++m_depth;
                    this->node("local", specifier.local);
                    --m_depth;
                }
                --m_depth;
            }
            attributes(import_node.attributes);
            break;
        }
        case NodeKind::ExportDeclaration: {
            auto const& export_node = node.as<ExportDeclaration>();
            this->node("source", export_node.source);
            if (!export_node.specifiers.empty()) {
                begin_line("specifiers");
                m_out.pop_back();
                m_out += '\n';
                ++m_depth;
                for (auto const& specifier : export_node.specifiers) {
                    begin_line(nullptr);
                    m_out += "ExportSpecifier";
                    export_name("local", specifier.local);
                    export_name("exported", specifier.exported);
                    m_out += '\n';
                    ++m_depth;
                    this->node("reference", specifier.local_reference);
                    --m_depth;
                }
                --m_depth;
            }
            attributes(export_node.attributes);
            this->node("declaration", export_node.declaration);
            break;
        }
        // Leaves:
        case NodeKind::Identifier:
        case NodeKind::PrivateIdentifier:
        case NodeKind::NumericLiteral:
        case NodeKind::BigIntLiteral:
        case NodeKind::StringLiteral:
        case NodeKind::RegExpLiteral:
        case NodeKind::NullLiteral:
        case NodeKind::BooleanLiteral:
        case NodeKind::ThisExpression:
        case NodeKind::Super:
        case NodeKind::NewTarget:
        case NodeKind::ImportMeta:
        case NodeKind::EmptyStatement:
        case NodeKind::ContinueStatement:
        case NodeKind::BreakStatement:
        case NodeKind::DebuggerStatement:
            break;
        }
    }

    std::string m_out;
    int m_depth { 0 };
};

}

// The source is not needed yet: every node carries its own line and column.
std::string print_ast(Program const& program, SourceFile const&)
{
    AstPrinter printer;
    printer.node(nullptr, &program);
    return printer.take();
}

}
