// Modules: the module declarations descriptor (bytecode/module_declarations.h) the loader links
// with, and the module body (export statements; imports generate no code).

#include "bytecode/generator_internals.h"

#include "bytecode/module_declarations.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::bytecode::detail {

using parser::VariableKind;
using runtime::Value;

namespace {

struct ModuleBuilder {
    FunctionGenerator& g;
    std::vector<Value> requests;
    std::vector<std::u16string> request_keys;
    std::vector<Value> imports;
    std::vector<Value> local_exports;
    std::vector<Value> indirect_exports;
    std::vector<Value> star_exports;
    std::vector<Value> functions;

    runtime::ValueArray* array(std::vector<Value> const& values)
    {
        auto* result = g.compilation().keep(runtime::ValueArray::create(g.vm().heap(), uint32_t(values.size()), Value::undefined()));
        for (uint32_t i = 0; i < values.size(); ++i)
            result->set(g.vm().heap(), i, values[i]);
        result->set_size(uint32_t(values.size()));
        return result;
    }

    Value name(parser::ModuleExportName const& export_name)
    {
        if (export_name.is_string)
            return Value::string(g.intern(export_name.string_value));
        return Value::string(g.intern(export_name.name));
    }

    int32_t request(parser::StringLiteral* source, std::span<parser::ImportAttribute> attributes)
    {
        std::u16string key(source->value);
        for (auto const& attribute : attributes) {
            key += u'\0';
            key += attribute.key;
            key += u'\0';
            key += attribute.value;
        }
        for (size_t i = 0; i < request_keys.size(); ++i) {
            if (request_keys[i] == key)
                return int32_t(i);
        }
        request_keys.push_back(key);
        requests.push_back(Value::string(g.intern(source->value)));
        if (attributes.empty()) {
            requests.push_back(Value::undefined());
        } else {
            std::vector<Value> pairs;
            for (auto const& attribute : attributes) {
                pairs.push_back(Value::string(g.intern(attribute.key)));
                pairs.push_back(Value::string(g.intern(attribute.value)));
            }
            requests.push_back(Value::internal_cell(array(pairs)));
        }
        return int32_t(request_keys.size() - 1);
    }

    Variable* variable(parser::Atom atom) { return g.m_program->scope->find(atom); }

    void export_local(Value export_name, parser::Atom local)
    {
        Variable* binding = variable(local);
        if (!binding)
            return;
        // Re-exporting an import is an indirect export (16.2.1.6.1 step 10): of the same name,
        // or for a namespace import (null name), of the whole module (`export * as`).
        if (g.compilation().import_entries.count(binding)) {
            auto const& entry = g.compilation().import_entries[binding];
            indirect_exports.push_back(export_name);
            indirect_exports.push_back(Value::int32(entry.first));
            indirect_exports.push_back(entry.second);
            return;
        }
        local_exports.push_back(export_name);
        local_exports.push_back(Value::int32(int32_t(binding->index)));
    }

    void export_bound_names(Pattern* pattern)
    {
        if (!pattern)
            return;
        switch (pattern->kind) {
        case NodeKind::Identifier: {
            parser::Atom atom = pattern->as<parser::Identifier>().name;
            export_local(Value::string(g.intern(atom)), atom);
            break;
        }
        case NodeKind::ObjectPattern:
            for (parser::Property* property : pattern->as<parser::ObjectPattern>().properties)
                export_bound_names(property->value);
            break;
        case NodeKind::ArrayPattern:
            for (Pattern* element : pattern->as<parser::ArrayPattern>().elements)
                export_bound_names(element);
            break;
        case NodeKind::AssignmentPattern:
            export_bound_names(pattern->as<parser::AssignmentPattern>().target);
            break;
        case NodeKind::RestElement:
            export_bound_names(pattern->as<parser::RestElement>().argument);
            break;
        default:
            break;
        }
    }

    void hoist_function(parser::FunctionNode& function, parser::Atom binding)
    {
        Variable* slot = variable(binding);
        if (!slot)
            return;
        if (!function.name)
            g.compilation().inferred_names[&function] = g.compilation().keep(g.vm().atoms().intern_latin1("default"));
        FunctionTemplate* compiled = g.compile_nested(function, template_kind_for(function));
        if (!compiled)
            return;
        functions.push_back(Value::int32(int32_t(slot->index)));
        functions.push_back(Value::internal_cell(compiled));
    }
};

}

void FunctionGenerator::generate_module_prologue()
{
    parser::Program& program = *m_program;
    ModuleBuilder builder { *this, {}, {}, {}, {}, {}, {}, {} };
    parser::Atom star_default = nullptr;
    bool unsupported_phase = false;
    for (Variable* variable : program.scope->variables) {
        if (variable->name->text == "*default*")
            star_default = variable->name;
    }
    // [[RequestedModules]] in source text order (16.2.1.3 ModuleRequests): it is the order of
    // loading and evaluation.
    for (Statement* statement : program.body) {
        if (statement->is(NodeKind::ImportDeclaration)) {
            auto& declaration = statement->as<parser::ImportDeclaration>();
            if (declaration.phase == parser::ImportPhase::Evaluation)
                builder.request(declaration.source, declaration.attributes);
        } else if (statement->is(NodeKind::ExportDeclaration) && statement->as<parser::ExportDeclaration>().source) {
            auto& declaration = statement->as<parser::ExportDeclaration>();
            builder.request(declaration.source, declaration.attributes);
        }
    }
    // Imports first: exports may name them.
    for (Statement* statement : program.body) {
        if (!statement->is(NodeKind::ImportDeclaration))
            continue;
        auto& declaration = statement->as<parser::ImportDeclaration>();
        if (declaration.phase != parser::ImportPhase::Evaluation) {
            unsupported_phase = true; // the body throws, below
            continue;
        }
        int32_t request = builder.request(declaration.source, declaration.attributes);
        for (parser::ImportSpecifier const& specifier : declaration.specifiers) {
            Variable* local = builder.variable(specifier.local->name);
            if (!local)
                continue;
            Value import_name = Value::null();
            if (specifier.kind == parser::ImportSpecifier::Kind::Default)
                import_name = Value::string(m_compilation.keep(vm().atoms().intern_latin1("default")));
            else if (specifier.kind == parser::ImportSpecifier::Kind::Named)
                import_name = builder.name(specifier.imported);
            if (!import_name.is_null())
                m_compilation.indirect_imports.insert(local);
            m_compilation.import_entries[local] = { request, import_name };
            builder.imports.push_back(Value::int32(request));
            builder.imports.push_back(import_name);
            builder.imports.push_back(Value::int32(int32_t(local->index)));
        }
    }
    Value default_name = Value::string(m_compilation.keep(vm().atoms().intern_latin1("default")));
    for (Statement* statement : program.body) {
        if (statement->is(NodeKind::FunctionDeclaration) && statement->as<parser::FunctionNode>().name) {
            builder.hoist_function(statement->as<parser::FunctionNode>(), statement->as<parser::FunctionNode>().name->name);
            continue;
        }
        if (!statement->is(NodeKind::ExportDeclaration))
            continue;
        auto& node = statement->as<parser::ExportDeclaration>();
        switch (node.export_kind) {
        case parser::ExportKind::Named:
            if (node.source) {
                int32_t request = builder.request(node.source, node.attributes);
                for (parser::ExportSpecifier const& specifier : node.specifiers) {
                    builder.indirect_exports.push_back(builder.name(specifier.exported));
                    builder.indirect_exports.push_back(Value::int32(request));
                    builder.indirect_exports.push_back(builder.name(specifier.local));
                }
            } else {
                for (parser::ExportSpecifier const& specifier : node.specifiers)
                    builder.export_local(builder.name(specifier.exported), specifier.local_reference->name);
            }
            break;
        case parser::ExportKind::All:
            builder.star_exports.push_back(Value::int32(builder.request(node.source, node.attributes)));
            break;
        case parser::ExportKind::AllAs:
            builder.indirect_exports.push_back(builder.name(node.namespace_name));
            builder.indirect_exports.push_back(Value::int32(builder.request(node.source, node.attributes)));
            builder.indirect_exports.push_back(Value::null());
            break;
        case parser::ExportKind::Declaration: {
            Node* declaration = node.declaration;
            if (declaration->is(NodeKind::VariableDeclaration)) {
                for (parser::VariableDeclarator* declarator : declaration->as<parser::VariableDeclaration>().declarations)
                    builder.export_bound_names(declarator->target);
            } else if (declaration->is(NodeKind::FunctionDeclaration)) {
                auto& function = declaration->as<parser::FunctionNode>();
                builder.hoist_function(function, function.name->name);
                builder.export_local(Value::string(intern(function.name->name)), function.name->name);
            } else if (declaration->is(NodeKind::ClassDeclaration)) {
                auto& class_node = declaration->as<parser::ClassNode>();
                builder.export_local(Value::string(intern(class_node.name->name)), class_node.name->name);
            }
            break;
        }
        case parser::ExportKind::DefaultDeclaration: {
            Node* declaration = node.declaration;
            parser::Atom local = star_default;
            if (declaration->is(NodeKind::FunctionDeclaration)) {
                auto& function = declaration->as<parser::FunctionNode>();
                if (function.name)
                    local = function.name->name;
                if (local)
                    builder.hoist_function(function, local);
            } else if (declaration->is(NodeKind::ClassDeclaration) && declaration->as<parser::ClassNode>().name) {
                local = declaration->as<parser::ClassNode>().name->name;
            }
            if (local)
                builder.export_local(default_name, local);
            break;
        }
        case parser::ExportKind::DefaultExpression:
            if (star_default)
                builder.export_local(default_name, star_default);
            break;
        }
        if (failed())
            return;
    }
    // The module environment's shape.
    Scope* scope = program.scope;
    std::vector<runtime::ScopeDescriptor::Binding> bindings(scope->environment_size, { nullptr, 0 });
    for (Variable* variable : scope->variables) {
        if (variable->location != parser::VariableLocation::Environment || variable->index >= bindings.size())
            continue;
        uint8_t flags = runtime::ScopeDescriptor::kMutable;
        if (variable->kind == VariableKind::Const || variable->kind == VariableKind::Import || variable->kind == VariableKind::Using)
            flags = runtime::ScopeDescriptor::kLexical;
        else if (variable->is_lexical)
            flags = runtime::ScopeDescriptor::kMutable | runtime::ScopeDescriptor::kLexical;
        bindings[variable->index] = { intern(variable->name), flags };
    }
    for (auto& binding : bindings) {
        if (!binding.name)
            binding = { m_compilation.keep(vm().atoms().intern_latin1("*unused*")), runtime::ScopeDescriptor::kMutable };
    }
    // The hidden last binding holds the module's record (runtime/module_record.h).
    bindings.push_back({ m_compilation.keep(vm().atoms().intern_latin1("*module*")), runtime::ScopeDescriptor::kMutable });
    auto* descriptor = m_compilation.keep(runtime::ScopeDescriptor::create(vm().heap(), runtime::ScopeDescriptor::Kind::Module, bindings));
    std::vector<Value> record(ModuleDeclarationsLayout::kSize, Value::undefined());
    record[ModuleDeclarationsLayout::kScope] = Value::internal_cell(descriptor);
    record[ModuleDeclarationsLayout::kRequests] = Value::internal_cell(builder.array(builder.requests));
    record[ModuleDeclarationsLayout::kImports] = Value::internal_cell(builder.array(builder.imports));
    record[ModuleDeclarationsLayout::kLocalExports] = Value::internal_cell(builder.array(builder.local_exports));
    record[ModuleDeclarationsLayout::kIndirectExports] = Value::internal_cell(builder.array(builder.indirect_exports));
    record[ModuleDeclarationsLayout::kStarExports] = Value::internal_cell(builder.array(builder.star_exports));
    record[ModuleDeclarationsLayout::kFunctions] = Value::internal_cell(builder.array(builder.functions));
    uint32_t index = cell_constant(builder.array(record));
    if (index != 0)
        fail("internal error: the module declarations must be constant 0", m_program);
    if (unsupported_phase)
        throw_not_implemented("import source and import defer");
}

void FunctionGenerator::generate_export(parser::ExportDeclaration& node)
{
    switch (node.export_kind) {
    case parser::ExportKind::Declaration:
        generate_statement(node.declaration);
        return;
    case parser::ExportKind::DefaultDeclaration: {
        Node* declaration = node.declaration;
        if (declaration->is(NodeKind::FunctionDeclaration))
            return; // instantiated with the module environment
        auto& class_node = declaration->as<parser::ClassNode>();
        if (class_node.name) {
            generate_statement(declaration);
            return;
        }
        TemporaryScope temporaries(*this);
        Reg value = allocate();
        m_compilation.inferred_names[&class_node] = m_compilation.keep(vm().atoms().intern_latin1("default"));
        generate_class(class_node, value);
        emit(Opcode::Ldar, { value });
        for (Variable* variable : m_program->scope->variables) {
            if (variable->name->text == "*default*")
                store_access(access_for_variable(variable), variable->name, true);
        }
        return;
    }
    case parser::ExportKind::DefaultExpression: {
        parser::Atom default_atom = nullptr;
        for (Variable* variable : m_program->scope->variables) {
            if (variable->name->text == "*default*")
                default_atom = variable->name;
        }
        Expression* expression = node.declaration;
        Expression* inner = expression;
        while (inner->is(NodeKind::ParenthesizedExpression))
            inner = inner->as<parser::ParenthesizedExpression>().expression;
        if ((inner->is(NodeKind::FunctionExpression) || inner->is(NodeKind::ArrowFunction)) && !inner->as<parser::FunctionNode>().name)
            m_compilation.inferred_names[inner] = m_compilation.keep(vm().atoms().intern_latin1("default"));
        else if (inner->is(NodeKind::ClassExpression) && !inner->as<parser::ClassNode>().name)
            m_compilation.inferred_names[inner] = m_compilation.keep(vm().atoms().intern_latin1("default"));
        generate_expression(expression);
        if (default_atom)
            store_access(access_for_name(default_atom), default_atom, true);
        return;
    }
    default:
        return; // re-exports and export lists generate no code
    }
}

}
