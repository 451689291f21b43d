// 8.6.2 / 14.3.3 Binding patterns and 13.15.5 Destructuring Assignment.
#include "parser/parser_internals.h"

namespace sable::parser {

using K = TokenKind;

// BindingIdentifier or BindingPattern
Pattern* Parser::parse_binding_target()
{
    if (!check_stack())
        return error_node();
    if (at(K::LeftBracket))
        return parse_array_binding_pattern();
    if (at(K::LeftBrace))
        return parse_object_binding_pattern();
    return parse_binding_identifier();
}

// BindingElement: a target with an optional Initializer.
Pattern* Parser::parse_binding_element()
{
    SourcePosition start = position();
    Pattern* target = parse_binding_target();
    if (!at(K::Assign))
        return target;
    advance();
    auto* pattern = make<AssignmentPattern>(NodeKind::AssignmentPattern, start);
    pattern->target = target;
    pattern->default_value = parse_assignment();
    return finish(pattern);
}

Pattern* Parser::parse_object_binding_pattern()
{
    auto* pattern = make<ObjectPattern>(NodeKind::ObjectPattern, position());
    advance();
    NodeList<Property*> properties;
    while (!at(K::RightBrace) && !at(K::EndOfSource)) {
        SourcePosition start = position();
        auto* property = make<Property>(NodeKind::Property, start);
        if (at(K::Ellipsis)) {
            advance();
            auto* rest = make<RestElement>(NodeKind::RestElement, start);
            rest->argument = parse_binding_identifier();
            property->property_kind = PropertyKind::Spread;
            property->value = finish(rest);
            properties.push_back(finish(property));
            if (!at(K::RightBrace))
                fail("Rest element must be last element", position());
            break;
        }
        Token key_token = m_token;
        bool computed = false;
        property->key = parse_property_key(computed);
        property->computed = computed;
        if (eat(K::Colon)) {
            property->property_kind = PropertyKind::Init;
            property->value = parse_binding_element();
        } else {
            // SingleNameBinding: the key must itself be a valid BindingIdentifier.
            if (computed || !(key_token.kind == K::Identifier || key_token.kind == K::Yield || key_token.kind == K::Await)) {
                if (!computed && is_keyword(key_token.kind))
                    fail(std::string("Unexpected token '") + token_kind_name(key_token.kind) + "'", key_token.start);
                else
                    fail_unexpected();
                break;
            }
            check_identifier(key_token.atom, key_token.start, key_token.has_escape, true);
            property->property_kind = PropertyKind::Shorthand;
            Identifier* binding = make_identifier(key_token);
            property->value = binding;
            if (at(K::Assign)) {
                advance();
                auto* with_default = make<AssignmentPattern>(NodeKind::AssignmentPattern, key_token.start);
                with_default->target = binding;
                with_default->default_value = parse_assignment();
                property->value = finish(with_default);
            }
        }
        properties.push_back(finish(property));
        if (!at(K::RightBrace))
            expect(K::Comma);
    }
    expect(K::RightBrace);
    pattern->properties = m_arena.copy(properties);
    return finish(pattern);
}

Pattern* Parser::parse_array_binding_pattern()
{
    auto* pattern = make<ArrayPattern>(NodeKind::ArrayPattern, position());
    advance();
    NodeList<Pattern*> elements;
    while (!at(K::RightBracket) && !at(K::EndOfSource)) {
        if (eat(K::Comma)) {
            elements.push_back(nullptr);
            continue;
        }
        if (at(K::Ellipsis)) {
            SourcePosition start = position();
            advance();
            auto* rest = make<RestElement>(NodeKind::RestElement, start);
            rest->argument = parse_binding_target();
            elements.push_back(finish(rest));
            if (!at(K::RightBracket))
                fail("Rest element must be last element", position());
            break;
        }
        elements.push_back(parse_binding_element());
        if (!at(K::RightBracket))
            expect(K::Comma);
    }
    expect(K::RightBracket);
    pattern->elements = m_arena.copy(elements);
    return finish(pattern);
}

// Reinterprets a cover-grammar expression as a pattern (13.15.5.1 for assignment; for arrow
// parameters, the same shapes as BindingPatterns with BindingIdentifiers only).
Pattern* Parser::to_assignment_pattern(Expression* expression, bool is_binding)
{
    if (failed())
        return expression;
    if (!check_stack())
        return expression;
    auto invalid = [&](Node* at) -> Pattern* {
        fail(is_binding ? "Invalid destructuring target" : "Invalid destructuring assignment target", at->start);
        return expression;
    };
    switch (expression->kind) {
    case NodeKind::Identifier: {
        auto& identifier = expression->as<Identifier>();
        if (strict() && (identifier.name == m_atoms.eval || identifier.name == m_atoms.arguments)) {
            fail("Unexpected eval or arguments in strict mode", identifier.start);
            return expression;
        }
        if (is_binding && identifier.name == m_atoms.arguments && !m_context->allow_arguments)
            return expression;
        return expression;
    }
    case NodeKind::MemberExpression:
        if (is_binding)
            return invalid(expression);
        return expression;
    case NodeKind::ParenthesizedExpression: {
        // `[(a)] = x` is fine; `[({a})] = x` and `((a)) => 1` are not.
        if (is_binding)
            return invalid(expression);
        Expression* inner = expression->as<ParenthesizedExpression>().expression;
        while (inner->is(NodeKind::ParenthesizedExpression))
            inner = inner->as<ParenthesizedExpression>().expression;
        if (inner->is(NodeKind::Identifier) || inner->is(NodeKind::MemberExpression))
            return to_assignment_pattern(inner, false);
        return invalid(expression);
    }
    case NodeKind::AssignmentExpression: {
        auto& assignment = expression->as<AssignmentExpression>();
        if (assignment.op != K::Assign)
            return invalid(expression);
        auto* pattern = make<AssignmentPattern>(NodeKind::AssignmentPattern, expression->start);
        // Validate the target (a shorthand's identifier was never checked as a target); patterns
        // were converted when their `=` was parsed.
        Pattern* target = to_assignment_pattern(assignment.target, is_binding);
        pattern->target = target;
        pattern->default_value = assignment.value;
        pattern->end = expression->end;
        return pattern;
    }
    case NodeKind::ArrayExpression: {
        auto& array = expression->as<ArrayExpression>();
        auto* pattern = make<ArrayPattern>(NodeKind::ArrayPattern, expression->start);
        NodeList<Pattern*> elements;
        for (size_t i = 0; i < array.elements.size(); ++i) {
            Expression* element = array.elements[i];
            if (!element) {
                elements.push_back(nullptr);
                continue;
            }
            if (element->is(NodeKind::SpreadElement)) {
                if (i + 1 != array.elements.size() || array.spread_followed_by_comma) {
                    fail("Rest element must be last element", element->start);
                    return expression;
                }
                Expression* argument = element->as<SpreadElement>().argument;
                if (argument->is(NodeKind::AssignmentExpression))
                    return invalid(argument);
                auto* rest = make<RestElement>(NodeKind::RestElement, element->start);
                rest->argument = to_assignment_pattern(argument, is_binding);
                rest->end = element->end;
                elements.push_back(rest);
                continue;
            }
            elements.push_back(to_assignment_pattern(element, is_binding));
        }
        pattern->elements = m_arena.copy(elements);
        pattern->end = expression->end;
        return pattern;
    }
    case NodeKind::ObjectExpression: {
        auto& object = expression->as<ObjectExpression>();
        auto* pattern = make<ObjectPattern>(NodeKind::ObjectPattern, expression->start);
        NodeList<Property*> properties;
        for (size_t i = 0; i < object.properties.size(); ++i) {
            Property* property = object.properties[i];
            auto* converted = make<Property>(NodeKind::Property, property->start);
            *converted = *property;
            switch (property->property_kind) {
            case PropertyKind::Init:
            case PropertyKind::ProtoSetter:
                converted->property_kind = PropertyKind::Init;
                converted->value = to_assignment_pattern(property->value, is_binding);
                break;
            case PropertyKind::Shorthand:
                converted->value = to_assignment_pattern(property->value, is_binding);
                break;
            case PropertyKind::Spread: {
                if (i + 1 != object.properties.size() || object.spread_followed_by_comma) {
                    fail("Rest element must be last element", property->start);
                    return expression;
                }
                Expression* argument = property->value;
                // An object rest target is a simple target: an identifier (or member, when assigning).
                bool valid = argument->is(NodeKind::Identifier) || (!is_binding && is_simple_assignment_target(argument));
                if (!valid)
                    return invalid(argument);
                auto* rest = make<RestElement>(NodeKind::RestElement, property->start);
                rest->argument = to_assignment_pattern(argument, is_binding);
                rest->end = property->end;
                converted->value = rest;
                break;
            }
            default:
                return invalid(property);
            }
            properties.push_back(converted);
        }
        pattern->properties = m_arena.copy(properties);
        pattern->end = expression->end;
        return pattern;
    }
    case NodeKind::ObjectPattern:
    case NodeKind::ArrayPattern:
    case NodeKind::AssignmentPattern:
        return is_binding ? to_binding_from_assignment_target(expression) : expression;
    default:
        return invalid(expression);
    }
}

// An already-converted assignment pattern reused as a binding pattern (arrow parameters):
// every target must be an identifier, never a member expression or parenthesised.
Pattern* Parser::to_binding_from_assignment_target(Pattern* pattern)
{
    if (failed() || !pattern)
        return pattern;
    switch (pattern->kind) {
    case NodeKind::Identifier:
        return pattern;
    case NodeKind::ObjectPattern:
        for (Property* property : pattern->as<ObjectPattern>().properties)
            to_binding_from_assignment_target(property->value);
        return pattern;
    case NodeKind::ArrayPattern:
        for (Pattern* element : pattern->as<ArrayPattern>().elements)
            to_binding_from_assignment_target(element);
        return pattern;
    case NodeKind::AssignmentPattern:
        to_binding_from_assignment_target(pattern->as<AssignmentPattern>().target);
        return pattern;
    case NodeKind::RestElement:
        to_binding_from_assignment_target(pattern->as<RestElement>().argument);
        return pattern;
    default:
        fail("Invalid destructuring target", pattern->start);
        return pattern;
    }
}

void Parser::collect_bound_names(Pattern* pattern, std::vector<Identifier*>& out) const
{
    if (!pattern)
        return;
    switch (pattern->kind) {
    case NodeKind::Identifier:
        out.push_back(&pattern->as<Identifier>());
        break;
    case NodeKind::ObjectPattern:
        for (Property* property : pattern->as<ObjectPattern>().properties)
            collect_bound_names(property->value, out);
        break;
    case NodeKind::ArrayPattern:
        for (Pattern* element : pattern->as<ArrayPattern>().elements)
            collect_bound_names(element, out);
        break;
    case NodeKind::AssignmentPattern:
        collect_bound_names(pattern->as<AssignmentPattern>().target, out);
        break;
    case NodeKind::RestElement:
        collect_bound_names(pattern->as<RestElement>().argument, out);
        break;
    default:
        break;
    }
}

}
