#include "runtime/module_record.h"

#include "bytecode/function_template.h"
#include "bytecode/module_declarations.h"
#include "gc/heap.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/environment.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/value_array.h"

namespace sable::runtime {

using bytecode::ModuleDeclarationsLayout;

ImportBinding::ImportBinding(DeclarativeEnvironment* environment, uint32_t slot)
    : gc::Cell(kKind)
    , m_environment(environment)
{
    m_cell_data = slot;
}

ImportBinding* ImportBinding::create(gc::Heap& heap, DeclarativeEnvironment* environment, uint32_t slot)
{
    return heap.allocate<ImportBinding>(environment, slot);
}

Value ImportBinding::value() const { return read_module_slot(m_environment->slot(slot())); }

void ImportBinding::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    visitor.visit(static_cast<ImportBinding*>(cell)->m_environment);
}

Value read_module_slot(Value slot_value)
{
    // Import bindings may chain: a module re-exporting its own import reads through it.
    while (slot_value.is_internal_cell() && slot_value.as_internal_cell()->cell_kind() == gc::CellKind::ImportBinding) {
        auto* binding = static_cast<ImportBinding*>(slot_value.as_internal_cell());
        slot_value = binding->environment()->slot(binding->slot());
    }
    return slot_value;
}

ModuleRecord::ModuleRecord(Realm* realm, String* path, bytecode::FunctionTemplate* code, ValueArray* declarations,
    DeclarativeEnvironment* environment, ValueArray* loaded_modules, bool has_top_level_await)
    : gc::Cell(kKind)
    , m_realm(realm)
    , m_path(path)
    , m_code(code)
    , m_declarations(declarations)
    , m_environment(environment)
    , m_loaded_modules(loaded_modules)
    , m_has_top_level_await(has_top_level_await)
{
}

ModuleRecord* ModuleRecord::create(gc::Heap& heap, Realm* realm, String* path, bytecode::FunctionTemplate* code,
    ValueArray* declarations, DeclarativeEnvironment* environment, bool has_top_level_await)
{
    auto* requests = static_cast<ValueArray*>(declarations->at(ModuleDeclarationsLayout::kRequests).as_internal_cell());
    auto* loaded = ValueArray::create(heap, requests->size() / 2, Value::undefined());
    auto* record = heap.allocate<ModuleRecord>(realm, path, code, declarations, environment, loaded, has_top_level_await);
    // The hidden last binding of the module environment names its module.
    environment->set_slot(heap, environment->slot_count() - 1, Value::internal_cell(record));
    return record;
}

namespace {

ValueArray* list(ValueArray* declarations, uint32_t index)
{
    return static_cast<ValueArray*>(declarations->at(index).as_internal_cell());
}

}

ValueArray* ModuleRecord::requests() const { return list(m_declarations, ModuleDeclarationsLayout::kRequests); }
ValueArray* ModuleRecord::imports() const { return list(m_declarations, ModuleDeclarationsLayout::kImports); }
ValueArray* ModuleRecord::local_exports() const { return list(m_declarations, ModuleDeclarationsLayout::kLocalExports); }
ValueArray* ModuleRecord::indirect_exports() const { return list(m_declarations, ModuleDeclarationsLayout::kIndirectExports); }
ValueArray* ModuleRecord::star_exports() const { return list(m_declarations, ModuleDeclarationsLayout::kStarExports); }
ValueArray* ModuleRecord::functions() const { return list(m_declarations, ModuleDeclarationsLayout::kFunctions); }
uint32_t ModuleRecord::request_count() const { return m_loaded_modules->capacity(); }
String* ModuleRecord::request_specifier(uint32_t request) const { return requests()->at(request * 2).as_string(); }

ValueArray* ModuleRecord::request_attributes(uint32_t request) const
{
    Value attributes = requests()->at(request * 2 + 1);
    return attributes.is_internal_cell() ? static_cast<ValueArray*>(attributes.as_internal_cell()) : nullptr;
}

ModuleRecord* ModuleRecord::loaded_module(uint32_t request) const
{
    Value module = m_loaded_modules->at(request);
    return module.is_internal_cell() ? static_cast<ModuleRecord*>(module.as_internal_cell()) : nullptr;
}

void ModuleRecord::set_loaded_module(gc::Heap& heap, uint32_t request, ModuleRecord* module)
{
    m_loaded_modules->set(heap, request, Value::internal_cell(module));
}

void ModuleRecord::set_cycle_root(gc::Heap& heap, ModuleRecord* root)
{
    m_cycle_root = root;
    heap.write_barrier(this, root);
}

void ModuleRecord::set_evaluation_error(gc::Heap& heap, Value error)
{
    m_evaluation_error = error;
    heap.write_barrier_value(this, error.bits());
}

uint32_t ModuleRecord::async_parent_count() const { return m_async_parents ? m_async_parents->size() : 0; }

ModuleRecord* ModuleRecord::async_parent(uint32_t index) const
{
    return static_cast<ModuleRecord*>(m_async_parents->at(index).as_internal_cell());
}

void ModuleRecord::add_async_parent(gc::Heap& heap, ModuleRecord* parent)
{
    uint32_t count = async_parent_count();
    if (!m_async_parents || count == m_async_parents->capacity()) {
        m_async_parents = ValueArray::copy(heap, m_async_parents, count, count ? count * 2 : 4, Value::undefined());
        heap.write_barrier(this, m_async_parents);
    }
    m_async_parents->set(heap, count, Value::internal_cell(parent));
    m_async_parents->set_size(count + 1);
}

void ModuleRecord::set_top_level_promise(gc::Heap& heap, Promise* promise)
{
    m_top_level_promise = promise;
    heap.write_barrier(this, promise);
}

void ModuleRecord::set_namespace_object(gc::Heap& heap, Object* object)
{
    m_namespace = object;
    heap.write_barrier(this, object);
}

void ModuleRecord::set_import_meta(gc::Heap& heap, Object* object)
{
    m_import_meta = object;
    heap.write_barrier(this, object);
}

void ModuleRecord::set_evaluation_steps(gc::Heap& heap, Value steps)
{
    m_evaluation_steps = steps;
    heap.write_barrier_value(this, steps.bits());
}

void ModuleRecord::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* record = static_cast<ModuleRecord*>(cell);
    visitor.visit(record->m_realm);
    visitor.visit(record->m_path);
    visitor.visit(record->m_code);
    visitor.visit(record->m_declarations);
    visitor.visit(record->m_environment);
    visitor.visit(record->m_loaded_modules);
    visitor.visit(record->m_async_parents);
    visitor.visit(record->m_cycle_root);
    visitor.visit(record->m_top_level_promise);
    visitor.visit(record->m_namespace);
    visitor.visit(record->m_import_meta);
    visitor.visit_value_bits(record->m_evaluation_error.bits());
    visitor.visit_value_bits(record->m_evaluation_steps.bits());
}

ModuleRecord* module_of_environment(Environment* environment)
{
    for (; environment; environment = environment->parent()) {
        if (!environment->is_declarative())
            continue;
        auto* declarative = static_cast<DeclarativeEnvironment*>(environment);
        if (declarative->scope() && declarative->scope()->kind() == ScopeDescriptor::Kind::Module) {
            Value module = declarative->slot(declarative->slot_count() - 1);
            return module.is_internal_cell() ? static_cast<ModuleRecord*>(module.as_internal_cell()) : nullptr;
        }
    }
    return nullptr;
}

}
