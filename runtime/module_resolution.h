#pragma once
// Export resolution over linked-or-linking module records (ECMA-262 16.2.1.6.2
// GetExportedNames, 16.2.1.6.3 ResolveExport) and GetModuleNamespace (16.2.1.10). The records'
// requests must be loaded.

#include "runtime/completion.h"

#include <cstdint>
#include <vector>

namespace sable::runtime {

class ModuleRecord;
class Object;
class String;
class VM;

// A ResolvedBinding Record, or the spec's null and ~ambiguous~.
struct ResolvedExport {
    enum class Kind : uint8_t { NotFound, Ambiguous, Binding, Namespace };
    Kind kind { Kind::NotFound };
    ModuleRecord* module { nullptr };
    uint32_t slot { 0 }; // Binding: the slot in module's environment
};

// ResolveExport ( exportName [ , resolveSet ] ); `export_name` is an atom.
ResolvedExport resolve_export(VM&, ModuleRecord&, String* export_name);

// GetExportedNames ( [ exportStarSet ] ): atoms, without duplicates.
std::vector<String*> get_exported_names(VM&, ModuleRecord&);

// GetModuleNamespace ( module )
ThrowCompletionOr<Object*> get_module_namespace(VM&, ModuleRecord&);

}
