// 16.2 Modules: import and export declarations.
#include "parser/parser_internals.h"

namespace sable::parser {

using K = TokenKind;

namespace {

// 16.2.1.1: a ModuleExportName string must be well-formed UTF-16 (no lone surrogates).
bool is_well_formed(std::u16string_view text)
{
    for (size_t i = 0; i < text.size(); ++i) {
        char16_t c = text[i];
        if (c >= 0xD800 && c <= 0xDBFF) {
            if (i + 1 == text.size() || text[i + 1] < 0xDC00 || text[i + 1] > 0xDFFF)
                return false;
            ++i;
        } else if (c >= 0xDC00 && c <= 0xDFFF) {
            return false;
        }
    }
    return true;
}

}

StringLiteral* Parser::parse_module_specifier()
{
    auto* specifier = make<StringLiteral>(NodeKind::StringLiteral, position());
    if (!at(K::StringLiteral)) {
        fail_unexpected();
        return specifier;
    }
    specifier->value = m_token.string_value;
    specifier->is_plain = !m_token.has_escape;
    advance();
    return finish(specifier);
}

// ModuleExportName: IdentifierName or StringLiteral.
ModuleExportName Parser::parse_module_export_name()
{
    ModuleExportName name;
    if (at(K::StringLiteral)) {
        if (!is_well_formed(m_token.string_value)) {
            fail("Module export names must be well-formed Unicode strings", position());
            return name;
        }
        name.is_string = true;
        name.string_value = m_token.string_value;
        advance();
        return name;
    }
    if (!at_identifier_name()) {
        fail_unexpected();
        return name;
    }
    name.name = m_token.atom ? m_token.atom : m_atoms.intern(token_kind_name(m_token.kind));
    advance();
    return name;
}

// WithClause: `with { key: "value", ... }` (import attributes).
std::span<ImportAttribute> Parser::parse_import_attributes_clause()
{
    if (!at(K::With))
        return {};
    advance();
    expect(K::LeftBrace);
    std::vector<ImportAttribute> attributes;
    while (!at(K::RightBrace) && !at(K::EndOfSource)) {
        ImportAttribute attribute;
        SourcePosition key_position = position();
        if (at(K::StringLiteral)) {
            attribute.key = m_token.string_value;
            advance();
        } else if (at_identifier_name()) {
            attribute.key = m_lexer.to_utf16(m_token.atom ? m_token.atom->text : token_kind_name(m_token.kind));
            advance();
        } else {
            fail_unexpected();
            break;
        }
        for (auto const& existing : attributes) {
            if (existing.key == attribute.key) {
                fail("Import attribute has duplicate key", key_position);
                return {};
            }
        }
        expect(K::Colon);
        if (!at(K::StringLiteral)) {
            fail_unexpected();
            break;
        }
        attribute.value = m_token.string_value;
        advance();
        attributes.push_back(attribute);
        if (!at(K::RightBrace))
            expect(K::Comma);
    }
    expect(K::RightBrace);
    return m_arena.copy(attributes);
}

// 16.2.2 Imports
Statement* Parser::parse_import_declaration()
{
    auto* declaration = make<ImportDeclaration>(NodeKind::ImportDeclaration, position());
    advance();
    std::vector<ImportSpecifier> specifiers;
    // FromClause WithClause? `;` after the import clause.
    auto finish_from_clause = [&]() -> Statement* {
        if (!at_contextual(m_atoms.from)) {
            fail_unexpected();
            return declaration;
        }
        advance();
        declaration->source = parse_module_specifier();
        declaration->attributes = parse_import_attributes_clause();
        declaration->specifiers = m_arena.copy(specifiers);
        consume_semicolon();
        return finish(declaration);
    };
    if (at(K::StringLiteral)) {
        declaration->source = parse_module_specifier();
        declaration->attributes = parse_import_attributes_clause();
        consume_semicolon();
        return finish(declaration);
    }
    // Phase modifiers: `import source x from`, `import defer * as ns from`.
    if ((at_contextual(m_atoms.source) || at_contextual(m_atoms.defer))) {
        bool is_source = at_contextual(m_atoms.source);
        Token const& next = peek();
        bool is_phase;
        if (is_source) {
            // `import source from "m"` imports a default binding named `source`;
            // `import source from from "m"` is a source import of a binding named `from`.
            is_phase = next.kind == K::Identifier || next.kind == K::Yield || next.kind == K::Await;
            if (is_phase && next.atom == m_atoms.from && !next.has_escape) {
                SavedState state = save_state();
                advance();
                advance();
                is_phase = at_contextual(m_atoms.from);
                restore_state(state);
            }
        } else {
            is_phase = next.kind == K::Star;
        }
        if (is_phase) {
            advance();
            declaration->phase = is_source ? ImportPhase::Source : ImportPhase::Defer;
            if (is_source) {
                ImportSpecifier specifier { ImportSpecifier::Kind::Default, {}, parse_binding_identifier() };
                specifiers.push_back(specifier);
            } else {
                expect(K::Star);
                if (!at_contextual(m_atoms.as)) {
                    fail_unexpected();
                    return declaration;
                }
                advance();
                specifiers.push_back({ ImportSpecifier::Kind::Namespace, {}, parse_binding_identifier() });
            }
            return finish_from_clause();
        }
    }
    bool need_more = true;
    if (at_identifier_reference()) {
        ImportSpecifier specifier { ImportSpecifier::Kind::Default, {}, parse_binding_identifier() };
        specifier.imported.name = m_atoms.default_;
        specifiers.push_back(specifier);
        need_more = eat(K::Comma);
    }
    if (need_more) {
        if (eat(K::Star)) {
            if (!at_contextual(m_atoms.as)) {
                fail_unexpected();
                return declaration;
            }
            advance();
            specifiers.push_back({ ImportSpecifier::Kind::Namespace, {}, parse_binding_identifier() });
        } else if (eat(K::LeftBrace)) {
            while (!at(K::RightBrace) && !at(K::EndOfSource)) {
                ImportSpecifier specifier { ImportSpecifier::Kind::Named, {}, nullptr };
                Token name_token = m_token;
                specifier.imported = parse_module_export_name();
                if (at_contextual(m_atoms.as)) {
                    advance();
                    specifier.local = parse_binding_identifier();
                } else {
                    // `import { x }`: the name must itself be a valid binding identifier.
                    if (name_token.kind == K::StringLiteral) {
                        fail("String import names need 'as' and a local name", name_token.start);
                        return declaration;
                    }
                    if (is_keyword(name_token.kind) && name_token.kind != K::Yield && name_token.kind != K::Await) {
                        fail(std::string("Unexpected reserved word '") + token_kind_name(name_token.kind) + "'", name_token.start);
                        return declaration;
                    }
                    check_identifier(name_token.atom ? name_token.atom : m_atoms.intern(token_kind_name(name_token.kind)), name_token.start, name_token.has_escape, true);
                    specifier.local = make_identifier(name_token);
                }
                specifiers.push_back(specifier);
                if (!at(K::RightBrace))
                    expect(K::Comma);
            }
            expect(K::RightBrace);
        } else {
            fail_unexpected();
            return declaration;
        }
    }
    return finish_from_clause();
}

// 16.2.3 Exports
Statement* Parser::parse_export_declaration()
{
    auto* declaration = make<ExportDeclaration>(NodeKind::ExportDeclaration, position());
    advance();
    // Export names compare as UTF-16 strings, so `"a"` and `a` are the same name.
    auto export_name_text = [&](ModuleExportName const& name) -> std::u16string_view {
        if (name.is_string)
            return name.string_value;
        return name.name ? m_lexer.to_utf16(name.name->text) : std::u16string_view {};
    };
    auto add_exported = [&](ModuleExportName const& name, SourcePosition where) {
        if (!m_exported_names.insert(export_name_text(name)).second)
            fail("Duplicate export of '" + std::string(name.is_string ? "<string>" : std::string(name.name->text)) + "'", where);
    };
    auto export_bound_names = [&](Node* node) {
        std::vector<Identifier*> names;
        if (node->is(NodeKind::VariableDeclaration)) {
            for (VariableDeclarator* declarator : node->as<VariableDeclaration>().declarations)
                collect_bound_names(declarator->target, names);
        } else if (node->is(NodeKind::FunctionDeclaration)) {
            if (node->as<FunctionNode>().name)
                names.push_back(node->as<FunctionNode>().name);
        } else if (node->is(NodeKind::ClassDeclaration)) {
            if (node->as<ClassNode>().name)
                names.push_back(node->as<ClassNode>().name);
        }
        for (Identifier* name : names) {
            ModuleExportName exported;
            exported.name = name->name;
            add_exported(exported, name->start);
        }
    };

    if (at(K::Star)) {
        advance();
        declaration->export_kind = ExportKind::All;
        if (at_contextual(m_atoms.as)) {
            advance();
            declaration->export_kind = ExportKind::AllAs;
            SourcePosition where = position();
            declaration->namespace_name = parse_module_export_name();
            add_exported(declaration->namespace_name, where);
        }
        if (!at_contextual(m_atoms.from)) {
            fail_unexpected();
            return declaration;
        }
        advance();
        declaration->source = parse_module_specifier();
        declaration->attributes = parse_import_attributes_clause();
        consume_semicolon();
        return finish(declaration);
    }
    if (eat(K::LeftBrace)) {
        declaration->export_kind = ExportKind::Named;
        std::vector<ExportSpecifier> specifiers;
        std::vector<Token> local_tokens;
        while (!at(K::RightBrace) && !at(K::EndOfSource)) {
            ExportSpecifier specifier;
            local_tokens.push_back(m_token);
            specifier.local = parse_module_export_name();
            SourcePosition where = position();
            if (at_contextual(m_atoms.as)) {
                advance();
                where = position();
                specifier.exported = parse_module_export_name();
            } else {
                specifier.exported = specifier.local;
                where = local_tokens.back().start;
            }
            add_exported(specifier.exported, where);
            specifiers.push_back(specifier);
            if (!at(K::RightBrace))
                expect(K::Comma);
        }
        expect(K::RightBrace);
        if (at_contextual(m_atoms.from)) {
            advance();
            declaration->source = parse_module_specifier();
            declaration->attributes = parse_import_attributes_clause();
        } else {
            // 16.2.3.1: local exports name bindings: identifiers, never strings or reserved words.
            for (size_t i = 0; i < specifiers.size(); ++i) {
                Token const& token = local_tokens[i];
                if (token.kind == K::StringLiteral) {
                    fail("A string export name needs 'from' (it cannot name a local binding)", token.start);
                    return declaration;
                }
                if (is_keyword(token.kind) || (token.kind == K::Identifier && token.has_escape && token.atom->keyword != K::Identifier)
                    || (token.kind == K::Identifier && is_strict_reserved_word(token.atom))) {
                    fail("Unexpected reserved word", token.start);
                    return declaration;
                }
                Identifier* reference = make_identifier(token);
                specifiers[i].local_reference = reference;
            }
        }
        declaration->specifiers = m_arena.copy(specifiers);
        consume_semicolon();
        return finish(declaration);
    }
    if (at(K::Default)) {
        SourcePosition default_position = position();
        advance();
        ModuleExportName exported;
        exported.name = m_atoms.default_;
        add_exported(exported, default_position);
        SourcePosition start = position();
        if (at(K::Function)) {
            declaration->export_kind = ExportKind::DefaultDeclaration;
            declaration->declaration = parse_function(start, false, FunctionSyntax::ExportDefaultDeclaration);
            return finish(declaration);
        }
        if (at_contextual(m_atoms.async)) {
            Token const& next = peek();
            if (next.kind == K::Function && !next.newline_before) {
                advance();
                declaration->export_kind = ExportKind::DefaultDeclaration;
                declaration->declaration = parse_function(start, true, FunctionSyntax::ExportDefaultDeclaration);
                return finish(declaration);
            }
        }
        if (at(K::Class) || at(K::At)) {
            std::span<Expression*> decorators = parse_decorators();
            if (!at(K::Class)) {
                fail_unexpected();
                return declaration;
            }
            declaration->export_kind = ExportKind::DefaultDeclaration;
            declaration->declaration = parse_class(start, true, true, decorators);
            return finish(declaration);
        }
        declaration->export_kind = ExportKind::DefaultExpression;
        declaration->declaration = parse_assignment();
        consume_semicolon();
        return finish(declaration);
    }
    declaration->export_kind = ExportKind::Declaration;
    SourcePosition start = position();
    Node* exported = nullptr;
    if (at(K::Var)) {
        exported = parse_variable_declaration(DeclarationKind::Var, false, true);
    } else if (at(K::Const) || at_lexical_declaration()) {
        exported = parse_variable_declaration(at(K::Const) ? DeclarationKind::Const : DeclarationKind::Let, false, true);
    } else if (at(K::Function)) {
        exported = parse_function(start, false, FunctionSyntax::Declaration);
    } else if (at(K::Class) || at(K::At)) {
        std::span<Expression*> decorators = parse_decorators();
        if (!at(K::Class)) {
            fail_unexpected();
            return declaration;
        }
        exported = parse_class(start, true, false, decorators);
    } else if (at_contextual(m_atoms.async) && peek().kind == K::Function && !peek().newline_before) {
        advance();
        exported = parse_function(start, true, FunctionSyntax::Declaration);
    } else {
        fail_unexpected();
        return declaration;
    }
    declaration->declaration = exported;
    export_bound_names(exported);
    return finish(declaration);
}

}
