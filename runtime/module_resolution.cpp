#include "runtime/module_resolution.h"

#include "runtime/environment.h"
#include "runtime/module_namespace.h"
#include "runtime/module_record.h"
#include "runtime/property_key.h"
#include "runtime/property_key_list.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>
#include <utility>

namespace sable::runtime {

namespace {

using ResolveSet = std::vector<std::pair<ModuleRecord*, String*>>;

// ResolveExport ( exportName, resolveSet ) — https://tc39.es/ecma262/#sec-resolveexport
ResolvedExport resolve(VM& vm, ModuleRecord& module, String* export_name, ResolveSet& resolve_set)
{
    // 1-2. A (module, exportName) pair seen before is a circular import request.
    for (auto const& [seen_module, seen_name] : resolve_set) {
        if (seen_module == &module && seen_name == export_name)
            return {};
    }
    resolve_set.emplace_back(&module, export_name);
    // 3. A local export names a binding of this module.
    ValueArray* locals = module.local_exports();
    for (uint32_t i = 0; i + 1 < locals->size(); i += 2) {
        if (locals->at(i).as_string() == export_name)
            return { ResolvedExport::Kind::Binding, &module, uint32_t(locals->at(i + 1).as_int32()) };
    }
    // 4. An indirect export forwards to the requested module.
    ValueArray* indirect = module.indirect_exports();
    for (uint32_t i = 0; i + 2 < indirect->size(); i += 3) {
        if (indirect->at(i).as_string() != export_name)
            continue;
        ModuleRecord* imported = module.loaded_module(uint32_t(indirect->at(i + 1).as_int32()));
        Value import_name = indirect->at(i + 2);
        // 4.a.ii. `export * as name from`: the namespace of the requested module.
        if (import_name.is_null())
            return { ResolvedExport::Kind::Namespace, imported, 0 };
        return resolve(vm, *imported, import_name.as_string(), resolve_set);
    }
    // 5. `export *` never provides "default".
    if (export_name == vm.atoms().default_)
        return {};
    // 6-7. The star exports must agree on one binding.
    ResolvedExport star_resolution;
    ValueArray* stars = module.star_exports();
    for (uint32_t i = 0; i < stars->size(); ++i) {
        ModuleRecord* imported = module.loaded_module(uint32_t(stars->at(i).as_int32()));
        ResolvedExport resolution = resolve(vm, *imported, export_name, resolve_set);
        if (resolution.kind == ResolvedExport::Kind::Ambiguous)
            return resolution;
        if (resolution.kind == ResolvedExport::Kind::NotFound)
            continue;
        if (star_resolution.kind == ResolvedExport::Kind::NotFound) {
            star_resolution = resolution;
            continue;
        }
        if (resolution.module != star_resolution.module || resolution.kind != star_resolution.kind
            || (resolution.kind == ResolvedExport::Kind::Binding && resolution.slot != star_resolution.slot))
            return { ResolvedExport::Kind::Ambiguous, nullptr, 0 };
    }
    // 8. Return starResolution.
    return star_resolution;
}

// GetExportedNames ( exportStarSet ) — https://tc39.es/ecma262/#sec-getexportednames
void exported_names(VM& vm, ModuleRecord& module, std::vector<ModuleRecord*>& export_star_set, std::vector<String*>& names)
{
    // 1-2. A module seen before is part of a cycle of star exports.
    if (std::find(export_star_set.begin(), export_star_set.end(), &module) != export_star_set.end())
        return;
    export_star_set.push_back(&module);
    auto add = [&names](String* name) {
        if (std::find(names.begin(), names.end(), name) == names.end())
            names.push_back(name);
    };
    // 3-5. Local and indirect exports.
    ValueArray* locals = module.local_exports();
    for (uint32_t i = 0; i + 1 < locals->size(); i += 2)
        add(locals->at(i).as_string());
    ValueArray* indirect = module.indirect_exports();
    for (uint32_t i = 0; i + 2 < indirect->size(); i += 3)
        add(indirect->at(i).as_string());
    // 6. Star exports, except "default" (and names already exported).
    ValueArray* stars = module.star_exports();
    for (uint32_t i = 0; i < stars->size(); ++i) {
        ModuleRecord* requested = module.loaded_module(uint32_t(stars->at(i).as_int32()));
        std::vector<String*> star_names;
        exported_names(vm, *requested, export_star_set, star_names);
        for (String* name : star_names) {
            if (name != vm.atoms().default_)
                add(name);
        }
    }
}

}

ResolvedExport resolve_export(VM& vm, ModuleRecord& module, String* export_name)
{
    ResolveSet resolve_set;
    return resolve(vm, module, export_name, resolve_set);
}

std::vector<String*> get_exported_names(VM& vm, ModuleRecord& module)
{
    std::vector<ModuleRecord*> export_star_set;
    std::vector<String*> names;
    exported_names(vm, module, export_star_set, names);
    return names;
}

// GetModuleNamespace ( module ) — https://tc39.es/ecma262/#sec-getmodulenamespace
ThrowCompletionOr<Object*> get_module_namespace(VM& vm, ModuleRecord& module)
{
    // 3. The namespace is made once.
    if (Object* existing = module.namespace_object())
        return existing;
    // 3.a-c. The exported names that resolve to one binding.
    std::vector<String*> names = get_exported_names(vm, module);
    std::vector<std::pair<String*, ResolvedExport>> unambiguous;
    for (String* name : names) {
        ResolvedExport resolution = resolve_export(vm, module, name);
        if (resolution.kind == ResolvedExport::Kind::Binding || resolution.kind == ResolvedExport::Kind::Namespace)
            unambiguous.emplace_back(name, resolution);
    }
    // 10.4.6.12 ModuleNamespaceCreate, step 7: sorted in code unit order.
    std::sort(unambiguous.begin(), unambiguous.end(), [&vm](auto const& a, auto const& b) {
        return String::compare(vm.heap(), a.first, b.first) < 0;
    });
    auto* exports = PropertyKeyList::create(vm.heap(), uint32_t(unambiguous.size()));
    for (uint32_t i = 0; i < unambiguous.size(); ++i)
        exports->set(vm.heap(), i, to_property_key(vm.atoms(), unambiguous[i].first));
    auto* bindings = ValueArray::create(vm.heap(), uint32_t(unambiguous.size() * 2), Value::undefined());
    for (uint32_t i = 0; i < unambiguous.size(); ++i) {
        ResolvedExport const& resolution = unambiguous[i].second;
        if (resolution.kind == ResolvedExport::Kind::Binding) {
            bindings->set(vm.heap(), i * 2, Value::internal_cell(resolution.module->environment()));
            bindings->set_non_cell(i * 2 + 1, Value::int32(int32_t(resolution.slot)));
        } else {
            bindings->set(vm.heap(), i * 2, Value::internal_cell(resolution.module));
        }
    }
    bindings->set_size(bindings->capacity());
    auto* namespace_object = ModuleNamespace::create(vm, module, exports, bindings);
    module.set_namespace_object(vm.heap(), namespace_object);
    return namespace_object;
}

}
