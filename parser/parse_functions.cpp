// 15 ECMAScript Language: Functions and Classes
#include "parser/parser_internals.h"

#include <utility>

namespace sable::parser {

using K = TokenKind;

namespace {

// 10.2.9 Static Semantics: ExpectedArgumentCount
uint32_t expected_argument_count(std::span<Pattern*> parameters)
{
    uint32_t count = 0;
    for (Pattern* parameter : parameters) {
        if (parameter->is(NodeKind::RestElement) || parameter->is(NodeKind::AssignmentPattern))
            break;
        ++count;
    }
    return count;
}

bool has_simple_parameter_list(std::span<Pattern*> parameters)
{
    for (Pattern* parameter : parameters) {
        if (!parameter->is(NodeKind::Identifier))
            return false;
    }
    return true;
}

}

// 15.2 Function Definitions, 15.5 Generators, 15.6 Async Generators, 15.8 Async Functions
FunctionNode* Parser::parse_function(SourcePosition start, bool is_async, FunctionSyntax syntax, bool allow_generator)
{
    NodeKind kind = syntax == FunctionSyntax::Expression ? NodeKind::FunctionExpression : NodeKind::FunctionDeclaration;
    auto* function = make<FunctionNode>(kind, start);
    function->source_start = start.offset;
    function->is_async = is_async;
    expect(K::Function);
    if (at(K::Star)) {
        if (!allow_generator) {
            fail_unexpected();
            return function;
        }
        function->is_generator = true;
        advance();
    }
    std::optional<Token> name_token;
    if (at_identifier_reference()) {
        name_token = m_token;
        if (syntax == FunctionSyntax::Expression) {
            // A function expression's name is checked with the function's own [Yield, Await].
            FunctionContext name_context = *m_context;
            name_context.is_async = function->is_async;
            name_context.is_generator = function->is_generator;
            name_context.in_static_block = false;
            FunctionContextScope scope(*this, name_context);
            function->name = parse_binding_identifier();
        } else {
            function->name = parse_binding_identifier();
        }
    } else if (syntax == FunctionSyntax::Declaration) {
        fail_unexpected();
        return function;
    }
    FunctionContext context;
    context.node = function;
    context.is_async = function->is_async;
    context.is_generator = function->is_generator;
    context.strict = strict();
    context.allow_return = true;
    context.allow_new_target = true;
    FunctionContextScope scope(*this, context);
    parse_function_rest(function, context);
    if (function->is_strict && function->name && !failed() && !m_context->parent->strict)
        check_strict_binding_name(function->name->name, function->name->start);
    return function;
}

void Parser::parse_function_rest(FunctionNode* function, FunctionContext& context)
{
    parse_formal_parameters(function, context);
    parse_function_body(function, context, std::nullopt);
}

// 15.1 Parameters
void Parser::parse_formal_parameters(FunctionNode* function, FunctionContext& context)
{
    expect(K::LeftParen);
    bool saved = std::exchange(m_in_formal_parameters, true);
    m_parameters_had_trailing_comma = false;
    NodeList<Pattern*> parameters;
    while (!at(K::RightParen) && !at(K::EndOfSource)) {
        if (at(K::Ellipsis)) {
            SourcePosition start = position();
            advance();
            auto* rest = make<RestElement>(NodeKind::RestElement, start);
            rest->argument = parse_binding_target();
            parameters.push_back(finish(rest));
            if (at(K::Assign)) {
                fail("Rest parameter may not have a default initializer", position());
                break;
            }
            if (!at(K::RightParen)) {
                fail("Rest parameter must be last formal parameter", position());
                break;
            }
            break;
        }
        parameters.push_back(parse_binding_element());
        m_parameters_had_trailing_comma = false;
        if (!at(K::RightParen)) {
            expect(K::Comma);
            m_parameters_had_trailing_comma = at(K::RightParen);
        }
    }
    expect(K::RightParen);
    m_in_formal_parameters = saved;
    function->parameters = m_arena.copy(parameters);
    function->has_simple_parameter_list = has_simple_parameter_list(function->parameters);
    function->expected_argument_count = expected_argument_count(function->parameters);
    (void)context;
}

// 15.2.1: parameter names in strict functions, duplicates where not allowed.
void Parser::check_parameters(FunctionNode* function, bool strict_function, bool allow_duplicates)
{
    if (failed())
        return;
    std::vector<Identifier*> names;
    for (Pattern* parameter : function->parameters)
        collect_bound_names(parameter, names);
    for (size_t i = 0; i < names.size(); ++i) {
        if (strict_function)
            check_strict_binding_name(names[i]->name, names[i]->start);
        if (failed())
            return;
        if (allow_duplicates)
            continue;
        for (size_t j = 0; j < i; ++j) {
            if (names[j]->name == names[i]->name) {
                fail("Duplicate parameter name not allowed in this context", names[i]->start);
                return;
            }
        }
    }
}

// 15.2 FunctionBody, with its directive prologue.
void Parser::parse_function_body(FunctionNode* function, FunctionContext& context, std::optional<SourcePosition>)
{
    expect(K::LeftBrace);
    bool saved_in_parameters = std::exchange(m_in_formal_parameters, false);
    bool saved_using = std::exchange(m_using_allowed, true);
    bool saved_label_set = std::exchange(m_in_label_set, false);
    NodeList<Statement*> body;
    std::optional<SourcePosition> use_strict = parse_directives(body);
    if (use_strict && !function->has_simple_parameter_list && !failed())
        fail("Illegal 'use strict' directive in function with non-simple parameter list", *use_strict);
    function->has_use_strict_directive = use_strict.has_value();
    function->is_strict = context.strict;
    parse_statement_list(body, K::RightBrace);
    m_in_formal_parameters = saved_in_parameters;
    m_using_allowed = saved_using;
    m_in_label_set = saved_label_set;
    function->body = m_arena.copy(body);
    expect(K::RightBrace);
    function->end = previous_end();
    function->source_end = previous_end();
    // 15.2.1: duplicate parameter names are allowed only in sloppy functions (including async
    // functions and generators) with simple parameter lists; never in arrows or methods.
    bool is_method_like = function->function_kind != FunctionKind::Normal;
    bool allow_duplicates = !context.strict && function->has_simple_parameter_list && !is_method_like;
    check_parameters(function, context.strict, allow_duplicates);
}

// 15.4 Method Definitions (object literals and classes)
FunctionNode* Parser::parse_method(SourcePosition start, FunctionKind kind, bool is_async, bool is_generator, bool is_static, bool in_class, bool derived_class)
{
    auto* function = make<FunctionNode>(NodeKind::FunctionExpression, start);
    function->source_start = start.offset;
    function->function_kind = kind;
    function->is_async = is_async;
    function->is_generator = is_generator;
    FunctionContext context;
    context.node = function;
    context.is_async = is_async;
    context.is_generator = is_generator;
    context.strict = strict() || in_class;
    context.allow_return = true;
    context.allow_new_target = true;
    context.allow_super_property = true;
    context.allow_super_call = kind == FunctionKind::DerivedClassConstructor;
    FunctionContextScope scope(*this, context);
    SourcePosition parameters_start = position();
    parse_formal_parameters(function, context);
    if (kind == FunctionKind::Getter && !function->parameters.empty()) {
        fail("Getter must not have any formal parameters.", parameters_start);
        return function;
    }
    if (kind == FunctionKind::Setter) {
        // PropertySetParameterList is one FormalParameter: no rest, no trailing comma.
        if (function->parameters.size() != 1 || m_parameters_had_trailing_comma) {
            fail("Setter must have exactly one formal parameter.", parameters_start);
            return function;
        }
        if (function->parameters[0]->is(NodeKind::RestElement)) {
            fail("Setter function argument must not be a rest parameter", function->parameters[0]->start);
            return function;
        }
    }
    (void)is_static;
    (void)derived_class;
    parse_function_body(function, context, std::nullopt);
    return function;
}

// 15.3 Arrow Function Definitions, 15.9 Async Arrow Function Definitions
Expression* Parser::parse_arrow_function(SourcePosition start, std::span<Pattern*> parameters, bool is_async, bool simple, std::optional<SourcePosition> await_in_parameters)
{
    auto* function = make<FunctionNode>(NodeKind::ArrowFunction, start);
    function->source_start = start.offset;
    function->function_kind = FunctionKind::Arrow;
    function->is_async = is_async;
    function->parameters = parameters;
    function->has_simple_parameter_list = simple;
    function->expected_argument_count = expected_argument_count(parameters);
    if (is_async && await_in_parameters) {
        fail("Unexpected reserved word 'await'", *await_in_parameters);
        return function;
    }
    if (!at(K::Arrow) || m_token.newline_before) {
        fail_unexpected();
        return function;
    }
    advance();
    FunctionContext context;
    context.node = function;
    context.is_arrow = true;
    context.is_async = is_async;
    context.strict = strict();
    context.allow_return = true;
    context.allow_new_target = m_context->allow_new_target;
    context.allow_super_property = m_context->allow_super_property;
    context.allow_super_call = m_context->allow_super_call;
    context.allow_arguments = m_context->allow_arguments;
    context.in_class_field_initializer = m_context->in_class_field_initializer;
    FunctionContextScope scope(*this, context);
    if (at(K::LeftBrace)) {
        parse_function_body(function, context, std::nullopt);
        check_parameters(function, context.strict, false);
        return function;
    }
    bool saved_in_parameters = std::exchange(m_in_formal_parameters, false);
    auto* body = make<ReturnStatement>(NodeKind::ReturnStatement, position());
    body->argument = parse_assignment(m_arrow_allows_in);
    finish(body);
    m_in_formal_parameters = saved_in_parameters;
    Statement* statements[] = { body };
    function->body = m_arena.copy(std::span<Statement* const>(statements));
    function->is_expression_body = true;
    function->is_strict = context.strict;
    function->end = previous_end();
    function->source_end = previous_end();
    check_parameters(function, context.strict, false);
    return function;
}

// 15.7 Class Definitions
// Decorators (stage 3 proposal): `@` DecoratorMemberExpression, `@` ( Expression ), or a
// DecoratorMemberExpression with Arguments.
std::span<Expression*> Parser::parse_decorators()
{
    NodeList<Expression*> decorators;
    while (at(K::At)) {
        advance();
        SourcePosition start = position();
        Expression* expression;
        if (at(K::LeftParen)) {
            advance();
            auto* parenthesized = make<ParenthesizedExpression>(NodeKind::ParenthesizedExpression, start);
            parenthesized->expression = parse_expression();
            expect(K::RightParen);
            expression = finish(parenthesized);
        } else {
            expression = parse_identifier_reference();
            while (at(K::Dot)) {
                advance();
                auto* member = make<MemberExpression>(NodeKind::MemberExpression, start);
                member->object = expression;
                if (at(K::PrivateName)) {
                    member->property = parse_private_identifier();
                } else if (at_identifier_name()) {
                    member->property = make_identifier(m_token);
                    advance();
                } else {
                    fail_unexpected();
                    break;
                }
                expression = finish(member);
            }
            if (at(K::LeftParen)) {
                auto* call = make<CallExpression>(NodeKind::CallExpression, start);
                call->callee = expression;
                call->arguments = parse_arguments();
                expression = finish(call);
            }
        }
        decorators.push_back(expression);
        if (failed())
            break;
    }
    return m_arena.copy(decorators);
}

ClassNode* Parser::parse_class(SourcePosition start, bool is_declaration, bool name_optional, std::span<Expression*> decorators)
{
    auto* class_node = make<ClassNode>(is_declaration ? NodeKind::ClassDeclaration : NodeKind::ClassExpression, start);
    class_node->decorators = decorators;
    class_node->source_start = start.offset;
    advance(); // `class`
    // 11.2.2: all parts of a class are strict mode code.
    bool saved_strict = std::exchange(m_context->strict, true);
    if (at_identifier_reference()) {
        class_node->name = parse_binding_identifier();
    } else if (!name_optional) {
        fail_unexpected();
        m_context->strict = saved_strict;
        return class_node;
    }
    if (eat(K::Extends)) {
        SourcePosition heritage_start = position();
        class_node->super_class = parse_left_hand_side(nullptr);
        // ClassHeritage is a LeftHandSideExpression, never an arrow function.
        if (class_node->super_class->is(NodeKind::ArrowFunction))
            fail("Unexpected arrow function in class heritage", heritage_start);
    }
    expect(K::LeftBrace);
    m_private_names.push_back({});
    NodeList<ClassElement*> elements;
    bool derived = class_node->super_class != nullptr;
    while (!at(K::RightBrace) && !at(K::EndOfSource)) {
        if (eat(K::Semicolon))
            continue;
        ClassElement* element = parse_class_element(class_node, derived);
        if (!element)
            continue;
        bool is_constructor = !element->is_static && !element->computed && element->element_kind != ClassElementKind::Field
            && element->key && ((element->key->is(NodeKind::Identifier) && element->key->as<Identifier>().name == m_atoms.constructor)
                || (element->key->is(NodeKind::StringLiteral) && element->key->as<StringLiteral>().value == u"constructor"));
        if (is_constructor && element->element_kind == ClassElementKind::Method) {
            if (class_node->constructor) {
                fail("A class may only have one constructor", element->start);
                break;
            }
            class_node->constructor = element->function;
        }
        elements.push_back(element);
    }
    expect(K::RightBrace);
    class_node->elements = m_arena.copy(elements);
    class_node->end = previous_end();
    class_node->source_end = previous_end();
    // AllPrivateNamesValid: references resolve here or in an enclosing class.
    PrivateNameScope scope = std::move(m_private_names.back());
    m_private_names.pop_back();
    for (auto const& [name, position] : scope.referenced) {
        bool declared = false;
        for (auto const& declaration : scope.declared) {
            if (declaration.name == name) {
                declared = true;
                break;
            }
        }
        if (declared)
            continue;
        if (!m_private_names.empty())
            m_private_names.back().referenced.push_back({ name, position });
        else if (!m_options.allow_private_names_without_class && !failed())
            fail("Private field '#" + std::string(name->text) + "' must be declared in an enclosing class", position);
    }
    m_context->strict = saved_strict;
    return class_node;
}

// Static blocks and field initializers: strict, `super.x` and `new.target` allowed, no `arguments`.
FunctionContext Parser::class_body_function_context(FunctionNode* function)
{
    FunctionContext context;
    context.node = function;
    context.strict = true;
    context.allow_new_target = true;
    context.allow_super_property = true;
    context.allow_arguments = false;
    return context;
}

ClassElement* Parser::parse_class_element(ClassNode* class_node, bool derived)
{
    SourcePosition start = position();
    auto* element = make<ClassElement>(NodeKind::ClassElement, start);
    element->element_kind = ClassElementKind::Method;
    if (at(K::At))
        element->decorators = parse_decorators();
    // A modifier keyword is a modifier only when something other than `(`, `=`, `;`, `}` follows.
    auto modifier_applies = [&](bool no_newline) {
        Token const& next = peek();
        if (no_newline && next.newline_before)
            return false;
        switch (next.kind) {
        case K::LeftParen:
        case K::Assign:
        case K::Semicolon:
        case K::RightBrace:
        case K::EndOfSource:
            return false;
        case K::Star:
            // `get *g(){}` is never a getter: `get` is a field, ended by ASI.
            return !(at_contextual(m_atoms.get) || at_contextual(m_atoms.set));
        default:
            // A field named by the modifier followed by ASI on the next line: `get\n x` is still `get x`.
            return true;
        }
    };
    if (at_contextual(m_atoms.static_) && modifier_applies(false)) {
        element->is_static = true;
        advance();
        if (at(K::LeftBrace)) {
            // 15.7.1 ClassStaticBlock
            element->element_kind = ClassElementKind::StaticBlock;
            auto* function = make<FunctionNode>(NodeKind::FunctionExpression, start);
            function->function_kind = FunctionKind::ClassStaticBlock;
            function->source_start = start.offset;
            FunctionContext context = class_body_function_context(function);
            context.in_static_block = true;
            FunctionContextScope scope(*this, context);
            advance();
            bool saved_using = std::exchange(m_using_allowed, true);
            bool saved_label_set = std::exchange(m_in_label_set, false);
            NodeList<Statement*> body;
            parse_statement_list(body, K::RightBrace);
            m_using_allowed = saved_using;
            m_in_label_set = saved_label_set;
            expect(K::RightBrace);
            function->body = m_arena.copy(body);
            function->is_strict = true;
            function->end = function->source_end = previous_end();
            element->function = function;
            return finish(element);
        }
    }
    // A method's source text is its MethodDefinition: without decorators and `static`.
    SourcePosition method_start = position();
    bool is_async = false;
    bool is_generator = false;
    FunctionKind accessor = FunctionKind::Normal;
    // `accessor x = 1;` declares an auto-accessor (decorators proposal): a field with a getter/setter pair.
    bool is_auto_accessor = false;
    if (at_contextual(m_atoms.accessor) && modifier_applies(true) && peek().kind != K::Star) {
        is_auto_accessor = true;
        advance();
    }
    if (!is_auto_accessor && at_contextual(m_atoms.async) && modifier_applies(true)) {
        is_async = true;
        advance();
    }
    if (at(K::Star)) {
        is_generator = true;
        advance();
    }
    if (!is_async && !is_generator && (at_contextual(m_atoms.get) || at_contextual(m_atoms.set)) && modifier_applies(false)) {
        accessor = m_token.atom == m_atoms.get ? FunctionKind::Getter : FunctionKind::Setter;
        element->element_kind = accessor == FunctionKind::Getter ? ClassElementKind::Getter : ClassElementKind::Setter;
        advance();
    }
    bool computed = false;
    SourcePosition key_start = position();
    element->key = parse_property_key(computed, true);
    element->computed = computed;
    bool is_private = element->key->is(NodeKind::PrivateIdentifier);
    auto key_is = [&](char16_t const* name, Atom atom) {
        if (computed)
            return false;
        if (element->key->is(NodeKind::Identifier))
            return element->key->as<Identifier>().name == atom;
        if (element->key->is(NodeKind::StringLiteral))
            return element->key->as<StringLiteral>().value == name;
        return false;
    };
    if (!is_auto_accessor && (at(K::LeftParen) || is_async || is_generator || accessor != FunctionKind::Normal)) {
        FunctionKind kind = accessor != FunctionKind::Normal ? accessor : FunctionKind::Method;
        bool is_constructor = !element->is_static && key_is(u"constructor", m_atoms.constructor);
        if (is_constructor) {
            if (accessor != FunctionKind::Normal) {
                fail("Class constructor may not be an accessor", key_start);
                return element;
            }
            if (is_generator || is_async) {
                fail(std::string("Class constructor may not be ") + (is_async ? "an async method" : "a generator"), key_start);
                return element;
            }
            kind = derived ? FunctionKind::DerivedClassConstructor : FunctionKind::ClassConstructor;
        }
        if (element->is_static && key_is(u"prototype", m_atoms.prototype)) {
            fail("Classes may not have a static property named 'prototype'", key_start);
            return element;
        }
        if (is_private) {
            if (element->key->as<PrivateIdentifier>().name == m_atoms.constructor) {
                fail("Classes may not have a private field named '#constructor'", key_start);
                return element;
            }
            declare_private_name(element->key->as<PrivateIdentifier>().name, element->element_kind, element->is_static, key_start);
        }
        element->function = parse_method(method_start, kind, is_async, is_generator, element->is_static, true, derived);
        return finish(element);
    }
    // 15.7.1 FieldDefinition
    element->element_kind = is_auto_accessor ? ClassElementKind::AutoAccessor : ClassElementKind::Field;
    if (key_is(u"constructor", m_atoms.constructor)) {
        fail("Classes may not have a field named 'constructor'", key_start);
        return element;
    }
    if (element->is_static && key_is(u"prototype", m_atoms.prototype)) {
        fail("Classes may not have a static property named 'prototype'", key_start);
        return element;
    }
    if (is_private)
        declare_private_name(element->key->as<PrivateIdentifier>().name, element->element_kind, element->is_static, key_start);
    if (eat(K::Assign)) {
        auto* function = make<FunctionNode>(NodeKind::FunctionExpression, position());
        function->function_kind = FunctionKind::ClassFieldInitializer;
        function->source_start = position().offset;
        FunctionContext context = class_body_function_context(function);
        context.in_class_field_initializer = true;
        FunctionContextScope scope(*this, context);
        auto* body = make<ReturnStatement>(NodeKind::ReturnStatement, position());
        body->argument = parse_assignment();
        finish(body);
        Statement* statements[] = { body };
        function->body = m_arena.copy(std::span<Statement* const>(statements));
        function->is_expression_body = true;
        function->is_strict = true;
        function->end = function->source_end = previous_end();
        element->function = function;
        element->value = body->argument;
    }
    consume_semicolon();
    (void)class_node;
    return finish(element);
}

}
