#pragma once
// Module namespace exotic objects (ECMA-262 10.4.6): the object `import * as ns` binds. Its
// string-keyed properties are the module's exports, sorted in code unit order, read live
// through the bindings they resolve to; it has no prototype, cannot be extended, and its only
// symbol-keyed property is @@toStringTag "Module".
//
// Each export's binding is resolved once, when the namespace is made (the module is linked by
// then): an environment and slot, or a module whose namespace the export is (`export * as x`),
// made on first read so namespaces of modules in a cycle can refer to each other.

#include "runtime/completion.h"
#include "runtime/object.h"

#include <optional>

namespace sable::runtime {

class ModuleRecord;
class PropertyKeyList;
class ValueArray;
class VM;

class ModuleNamespace final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ModuleNamespace;

    // ModuleNamespaceCreate ( module, exports ): `exports` are the export names, sorted;
    // `bindings` holds two Values per export: (environment, slot number) for a binding, or
    // (module, undefined) for a namespace.
    static ModuleNamespace* create(VM&, ModuleRecord&, PropertyKeyList* exports, ValueArray* bindings);

    ModuleRecord* module() const { return m_module; }
    PropertyKeyList* exports() const { return m_exports; }
    // The index of export `key` in exports(), if it is one.
    std::optional<uint32_t> find_export(PropertyKey) const;
    // The export's current value: empty while its binding is uninitialised.
    ThrowCompletionOr<Value> export_value(VM&, uint32_t index) const;

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ModuleNamespace(Shape* shape, ModuleRecord* module, PropertyKeyList* exports, ValueArray* bindings)
        : Object(kKind, sizeof(ModuleNamespace), shape, 1)
        , m_module(module)
        , m_exports(exports)
        , m_bindings(bindings)
    {
    }

    ModuleRecord* m_module;
    PropertyKeyList* m_exports;
    ValueArray* m_bindings;
};

extern ObjectInternalMethods const kModuleNamespaceInternalMethods;

}
