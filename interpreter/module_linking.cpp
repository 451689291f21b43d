// Making module records, loading their requests, and linking them (ECMA-262 16.2.1.5.1-2,
// 16.2.1.6.1, 16.2.1.6.4, 16.2.1.7).

#include "interpreter/modules.h"

#include "bytecode/function_template.h"
#include "bytecode/generator.h"
#include "bytecode/module_declarations.h"
#include "parser/parser.h"
#include "runtime/environment.h"
#include "runtime/error_types.h"
#include "runtime/function_object.h"
#include "runtime/module_record.h"
#include "runtime/module_resolution.h"
#include "runtime/realm.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <algorithm>
#include <vector>

namespace sable::interpreter {

using namespace runtime;
using bytecode::ModuleDeclarationsLayout;

namespace {

DeclarativeEnvironment* create_module_environment(VM& vm, Realm& realm, ValueArray* declarations)
{
    auto* scope = static_cast<ScopeDescriptor*>(declarations->at(ModuleDeclarationsLayout::kScope).as_internal_cell());
    return DeclarativeEnvironment::create(vm.heap(), scope, realm.global_environment());
}

std::string utf8(VM& vm, String* string) { return string->to_utf8(vm.heap()); }

ThrowCompletion throw_unresolvable(VM& vm, ModuleRecord& module, uint32_t request, String* name, ResolvedExport const& resolution)
{
    auto type = resolution.kind == ResolvedExport::Kind::Ambiguous ? ErrorType::ModuleExportAmbiguous : ErrorType::ModuleExportNotFound;
    return vm.throw_syntax_error(*module.realm(),
        format_error(type, { utf8(vm, module.request_specifier(request)), utf8(vm, name) }));
}

// InitializeEnvironment ( ) — https://tc39.es/ecma262/#sec-source-text-module-record-initialize-environment
ThrowCompletionOr<void> initialize_environment(VM& vm, ModuleRecord& module)
{
    // 1. Every indirect export must resolve.
    ValueArray* indirect = module.indirect_exports();
    for (uint32_t i = 0; i + 2 < indirect->size(); i += 3) {
        if (indirect->at(i + 2).is_null())
            continue; // `export * as name` always resolves (to a namespace)
        String* export_name = indirect->at(i).as_string();
        ResolvedExport resolution = resolve_export(vm, module, export_name);
        if (resolution.kind == ResolvedExport::Kind::NotFound || resolution.kind == ResolvedExport::Kind::Ambiguous)
            return throw_unresolvable(vm, module, uint32_t(indirect->at(i + 1).as_int32()), indirect->at(i + 2).as_string(), resolution);
    }
    // 2-6. The environment exists since the record was made.
    DeclarativeEnvironment* environment = module.environment();
    // 7. Imports: namespace objects, or indirect bindings to the exporting module's binding.
    ValueArray* imports = module.imports();
    for (uint32_t i = 0; i + 2 < imports->size(); i += 3) {
        auto request = uint32_t(imports->at(i).as_int32());
        Value import_name = imports->at(i + 1);
        auto slot = uint32_t(imports->at(i + 2).as_int32());
        ModuleRecord* imported = module.loaded_module(request);
        if (import_name.is_null()) {
            environment->set_slot(vm.heap(), slot, Value::object(TRY(get_module_namespace(vm, *imported))));
            continue;
        }
        ResolvedExport resolution = resolve_export(vm, *imported, import_name.as_string());
        switch (resolution.kind) {
        case ResolvedExport::Kind::NotFound:
        case ResolvedExport::Kind::Ambiguous:
            return throw_unresolvable(vm, module, request, import_name.as_string(), resolution);
        case ResolvedExport::Kind::Namespace:
            environment->set_slot(vm.heap(), slot, Value::object(TRY(get_module_namespace(vm, *resolution.module))));
            break;
        case ResolvedExport::Kind::Binding:
            environment->set_slot(vm.heap(), slot,
                Value::internal_cell(ImportBinding::create(vm.heap(), resolution.module->environment(), resolution.slot)));
            break;
        }
    }
    // 24-25. Hoisted function declarations (and `export default function`) are instantiated
    // now; var bindings started undefined and lexical ones uninitialised.
    ValueArray* functions = module.functions();
    for (uint32_t i = 0; i + 1 < functions->size(); i += 2) {
        auto slot = uint32_t(functions->at(i).as_int32());
        auto* code = static_cast<bytecode::FunctionTemplate*>(functions->at(i + 1).as_internal_cell());
        FunctionObject* function = FunctionObject::create(vm, *module.realm(), code, environment);
        environment->set_slot(vm.heap(), slot, Value::object(function));
    }
    return {};
}

// InnerModuleLinking ( module, stack, index ) — https://tc39.es/ecma262/#sec-InnerModuleLinking
ThrowCompletionOr<uint32_t> inner_module_linking(VM& vm, ModuleRecord& module, std::vector<ModuleRecord*>& stack, uint32_t index)
{
    using Status = ModuleRecord::Status;
    // 2. Linking, or linked already.
    if (module.status() != Status::Unlinked)
        return index;
    // 4-8.
    module.set_status(Status::Linking);
    module.set_dfs_index(index);
    module.set_dfs_ancestor_index(index);
    ++index;
    stack.push_back(&module);
    // 9. Link the requested modules first.
    for (uint32_t request = 0; request < module.request_count(); ++request) {
        ModuleRecord* required = module.loaded_module(request);
        index = TRY(inner_module_linking(vm, *required, stack, index));
        if (required->status() == Status::Linking)
            module.set_dfs_ancestor_index(std::min(module.dfs_ancestor_index(), required->dfs_ancestor_index()));
    }
    // 10. InitializeEnvironment.
    TRY(initialize_environment(vm, module));
    // 13. The root of a strongly connected component marks it linked.
    if (module.dfs_ancestor_index() == module.dfs_index()) {
        for (;;) {
            ModuleRecord* required = stack.back();
            stack.pop_back();
            required->set_status(Status::Linked);
            if (required == &module)
                break;
        }
    }
    return index;
}

// LoadRequestedModules, depth first: `visited` collects the graph's new records.
ThrowCompletionOr<void> load_graph(VM& vm, ModuleRecord& module, std::vector<ModuleRecord*>& visited)
{
    if (module.status() != ModuleRecord::Status::New || std::find(visited.begin(), visited.end(), &module) != visited.end())
        return {};
    visited.push_back(&module);
    std::string referrer = utf8(vm, module.path());
    for (uint32_t request = 0; request < module.request_count(); ++request) {
        ModuleRecord* loaded = module.loaded_module(request);
        if (!loaded) {
            String* specifier = module.request_specifier(request);
            if (!vm.module_loader())
                return vm.throw_type_error(*module.realm(), format_error(ErrorType::NoModuleLoader, { utf8(vm, specifier) }));
            loaded = TRY(vm.module_loader()(vm, *module.realm(), referrer, specifier, module.request_attributes(request)));
            module.set_loaded_module(vm.heap(), request, loaded);
        }
        TRY(load_graph(vm, *loaded, visited));
    }
    return {};
}

}

std::variant<ModuleRecord*, parser::SyntaxError> parse_module(VM& vm, Realm& realm, std::shared_ptr<parser::SourceFile const> source)
{
    // 1-2. Parse as a Module; early errors are syntax errors.
    parser::ParseOptions options;
    options.goal = parser::Goal::Module;
    parser::ParsedProgram parsed = parser::parse_program(*source, options);
    if (!parsed.ok())
        return *parsed.error;
    auto generated = bytecode::generate_program(vm, parsed, source, bytecode::FunctionTemplateKind::Module);
    if (auto* error = std::get_if<bytecode::GeneratorError>(&generated))
        return parser::SyntaxError { error->message, error->position };
    auto* code = std::get<bytecode::FunctionTemplate*>(generated);
    // 3-13. The requests, imports and exports the generator listed in constant 0.
    auto* declarations = static_cast<ValueArray*>(code->constant(0).as_internal_cell());
    DeclarativeEnvironment* environment = create_module_environment(vm, realm, declarations);
    String* path = String::from_utf8(vm.heap(), source->name());
    return ModuleRecord::create(vm.heap(), &realm, path, code, declarations, environment, code->info().is_async);
}

namespace {

// A linked synthetic module exporting `names` (its bindings uninitialised).
ModuleRecord* create_linked_synthetic_module(VM& vm, Realm& realm, String* path, ValueArray* names)
{
    auto& heap = vm.heap();
    uint32_t count = names->size();
    // One lexical binding per export (the names are atoms, kept alive by `names`), then the
    // module's own binding.
    std::vector<ScopeDescriptor::Binding> bindings;
    for (uint32_t i = 0; i < count; ++i)
        bindings.push_back({ vm.atoms().intern(names->at(i).as_string()), ScopeDescriptor::kLexical });
    bindings.push_back({ vm.atoms().intern_latin1("*module*"), ScopeDescriptor::kMutable });
    auto* scope = ScopeDescriptor::create(heap, ScopeDescriptor::Kind::Module, bindings);
    auto* empty = ValueArray::create(heap, 0, Value::undefined());
    auto* local_exports = ValueArray::create(heap, count ? count * 2 : 1, Value::undefined());
    for (uint32_t i = 0; i < count; ++i) {
        local_exports->set(heap, i * 2, Value::string(bindings[i].name));
        local_exports->set_non_cell(i * 2 + 1, Value::int32(int32_t(i)));
    }
    local_exports->set_size(count * 2);
    auto* declarations = ValueArray::create(heap, ModuleDeclarationsLayout::kSize, Value::internal_cell(empty));
    declarations->set(heap, ModuleDeclarationsLayout::kScope, Value::internal_cell(scope));
    declarations->set(heap, ModuleDeclarationsLayout::kLocalExports, Value::internal_cell(local_exports));
    declarations->set_size(ModuleDeclarationsLayout::kSize);
    DeclarativeEnvironment* environment = create_module_environment(vm, realm, declarations);
    auto* module = ModuleRecord::create(heap, &realm, path, nullptr, declarations, environment, false);
    module->set_status(ModuleRecord::Status::Linked);
    return module;
}

}

ModuleRecord* create_synthetic_module(VM& vm, Realm& realm, String* path, ValueArray* names, ValueArray* values)
{
    ModuleRecord* module = create_linked_synthetic_module(vm, realm, path, names);
    // 16.2.1.7.1 CreateSyntheticModule and its evaluation steps: the bindings are set, and the
    // module is evaluated, as its own cycle.
    for (uint32_t i = 0; i < names->size(); ++i)
        module->environment()->set_slot(vm.heap(), i, values->at(i));
    module->set_cycle_root(vm.heap(), module);
    module->set_status(ModuleRecord::Status::Evaluated);
    return module;
}

ModuleRecord* create_synthetic_module_with_steps(VM& vm, Realm& realm, String* path, ValueArray* names, Value evaluate)
{
    ModuleRecord* module = create_linked_synthetic_module(vm, realm, path, names);
    module->set_evaluation_steps(vm.heap(), evaluate);
    return module;
}

ModuleRecord* create_default_export_module(VM& vm, Realm& realm, String* path, Value value)
{
    ValueList names(vm.heap(), 1);
    names.append(Value::string(vm.atoms().default_));
    ValueList values(vm.heap(), 1);
    values.append(value);
    return create_synthetic_module(vm, realm, path, names.array(), values.array());
}

ThrowCompletionOr<void> load_requested_modules(VM& vm, ModuleRecord& module)
{
    std::vector<ModuleRecord*> visited;
    TRY(load_graph(vm, module, visited));
    // The whole graph is loaded: its new records can link.
    for (ModuleRecord* loaded : visited)
        loaded->set_status(ModuleRecord::Status::Unlinked);
    return {};
}

// Link ( ) — https://tc39.es/ecma262/#sec-moduledeclarationlinking
ThrowCompletionOr<void> link_module(VM& vm, ModuleRecord& module)
{
    // 1-3.
    std::vector<ModuleRecord*> stack;
    auto result = inner_module_linking(vm, module, stack, 0);
    // 4. On failure, the records being linked go back to unlinked.
    if (result.is_throw()) {
        for (ModuleRecord* linking : stack)
            linking->set_status(ModuleRecord::Status::Unlinked);
        return ThrowCompletion {};
    }
    return {};
}

}
