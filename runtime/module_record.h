#pragma once
// Module Records (ECMA-262 16.2.1.5 Cyclic Module Records, 16.2.1.6 Source Text Module
// Records) as cells, and the import bindings that link one module's environment to another's.
//
// One class serves source text modules and the host's synthetic ones (JSON modules, 16.2.1.7
// CreateDefaultExportSyntheticModule): both carry a module-declarations descriptor
// (bytecode/module_declarations.h) listing their requests, imports and exports, and a
// module environment. A synthetic module has no code and is created already evaluated, so
// the cyclic algorithms (interpreter/module_*.cpp) treat it as a finished leaf.
//
// The module environment has one hidden binding past the ones the code uses, "*module*", that
// holds the ModuleRecord (kModuleSlot from the end): code finds its module (import.meta,
// import()'s referrer) by walking its environment chain to the Module environment.

#include "gc/cell.h"
#include "runtime/value.h"

#include <cstdint>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::runtime {

class DeclarativeEnvironment;
class Environment;
class Object;
class Promise;
class Realm;
class String;
class ValueArray;

// An indirect binding (9.1.1.5.5 CreateImportBinding): the import slot of the importing
// module's environment holds one, naming the exported binding's environment and slot.
class ImportBinding final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ImportBinding;

    static ImportBinding* create(gc::Heap&, DeclarativeEnvironment*, uint32_t slot);

    DeclarativeEnvironment* environment() const { return m_environment; }
    uint32_t slot() const { return m_cell_data; }
    // The binding's value: empty while it is uninitialised.
    Value value() const;

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ImportBinding(DeclarativeEnvironment* environment, uint32_t slot);

    DeclarativeEnvironment* m_environment;
};

// The value a module environment slot stands for: an import binding's target value (empty
// while uninitialised), anything else as is.
Value read_module_slot(Value slot_value);

class ModuleRecord final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ModuleRecord;

    // [[Status]] of 16.2.1.5 (Table 45); `New` is a record whose requests are not loaded yet.
    enum class Status : uint8_t { New, Unlinked, Linking, Linked, Evaluating, EvaluatingAsync, Evaluated };

    // `code` is null for a synthetic module. `path` is the host's name for the module (a file
    // path), used to resolve the specifiers it requests.
    static ModuleRecord* create(gc::Heap&, Realm*, String* path, bytecode::FunctionTemplate* code, ValueArray* declarations,
        DeclarativeEnvironment* environment, bool has_top_level_await);

    Realm* realm() const { return m_realm; }
    String* path() const { return m_path; }
    bytecode::FunctionTemplate* code() const { return m_code; }
    DeclarativeEnvironment* environment() const { return m_environment; }

    // The descriptor's lists (see bytecode/module_declarations.h for their layouts).
    ValueArray* requests() const;
    ValueArray* imports() const;
    ValueArray* local_exports() const;
    ValueArray* indirect_exports() const;
    ValueArray* star_exports() const;
    ValueArray* functions() const;
    uint32_t request_count() const;
    String* request_specifier(uint32_t request) const;
    // The request's attributes: a ValueArray of key/value strings, or null.
    ValueArray* request_attributes(uint32_t request) const;

    // [[LoadedModules]]: the module each request resolved to (null until loaded).
    ModuleRecord* loaded_module(uint32_t request) const;
    void set_loaded_module(gc::Heap&, uint32_t request, ModuleRecord*);

    Status status() const { return m_status; }
    void set_status(Status status) { m_status = status; }
    bool has_top_level_await() const { return m_has_top_level_await; }

    // [[DFSIndex]], [[DFSAncestorIndex]] of the linking and evaluation walks.
    uint32_t dfs_index() const { return m_dfs_index; }
    uint32_t dfs_ancestor_index() const { return m_dfs_ancestor_index; }
    void set_dfs_index(uint32_t index) { m_dfs_index = index; }
    void set_dfs_ancestor_index(uint32_t index) { m_dfs_ancestor_index = index; }

    // [[CycleRoot]], [[EvaluationError]] (the empty Value when there is none).
    ModuleRecord* cycle_root() const { return m_cycle_root; }
    void set_cycle_root(gc::Heap&, ModuleRecord*);
    bool has_evaluation_error() const { return !m_evaluation_error.is_empty(); }
    Value evaluation_error() const { return m_evaluation_error; }
    void set_evaluation_error(gc::Heap&, Value);

    // [[AsyncEvaluation]] and its order (0: never set; kAsyncEvaluationDone once finished).
    static constexpr uint64_t kAsyncEvaluationDone = ~uint64_t(0);
    bool is_async_evaluation() const { return m_async_evaluation_order != 0 && m_async_evaluation_order != kAsyncEvaluationDone; }
    uint64_t async_evaluation_order() const { return m_async_evaluation_order; }
    void set_async_evaluation_order(uint64_t order) { m_async_evaluation_order = order; }
    uint32_t pending_async_dependencies() const { return m_pending_async_dependencies; }
    void set_pending_async_dependencies(uint32_t count) { m_pending_async_dependencies = count; }
    // [[AsyncParentModules]]
    uint32_t async_parent_count() const;
    ModuleRecord* async_parent(uint32_t index) const;
    void add_async_parent(gc::Heap&, ModuleRecord*);

    // [[TopLevelCapability]]: the promise Evaluate() returned (null until then).
    Promise* top_level_promise() const { return m_top_level_promise; }
    void set_top_level_promise(gc::Heap&, Promise*);

    // A synthetic module's evaluation steps: a function returning its export values in order
    // (interpreter/modules.h create_synthetic_module_with_steps); undefined otherwise.
    Value evaluation_steps() const { return m_evaluation_steps; }
    void set_evaluation_steps(gc::Heap&, Value);

    // [[Namespace]] and the import.meta object, made on first use.
    Object* namespace_object() const { return m_namespace; }
    void set_namespace_object(gc::Heap&, Object*);
    Object* import_meta() const { return m_import_meta; }
    void set_import_meta(gc::Heap&, Object*);

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ModuleRecord(Realm*, String* path, bytecode::FunctionTemplate*, ValueArray* declarations, DeclarativeEnvironment*,
        ValueArray* loaded_modules, bool has_top_level_await);

    Realm* m_realm;
    String* m_path;
    bytecode::FunctionTemplate* m_code;
    ValueArray* m_declarations;
    DeclarativeEnvironment* m_environment;
    ValueArray* m_loaded_modules;
    ValueArray* m_async_parents { nullptr };
    ModuleRecord* m_cycle_root { nullptr };
    Promise* m_top_level_promise { nullptr };
    Object* m_namespace { nullptr };
    Object* m_import_meta { nullptr };
    Value m_evaluation_error { Value::empty() };
    Value m_evaluation_steps { Value::undefined() };
    uint64_t m_async_evaluation_order { 0 };
    uint32_t m_dfs_index { 0 };
    uint32_t m_dfs_ancestor_index { 0 };
    uint32_t m_pending_async_dependencies { 0 };
    Status m_status { Status::New };
    bool m_has_top_level_await;
};

// The module whose code runs in `environment` (a module environment or one nested in it), or
// null for script and eval code outside modules.
ModuleRecord* module_of_environment(Environment*);

}
