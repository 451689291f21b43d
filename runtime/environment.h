#pragma once
// Environment Records (ECMA-262 9.1) as cells. The bytecode reaches bindings it resolved
// statically by (hops, slot) through DeclarativeEnvironments; only `with`, sloppy direct eval
// and global code look bindings up by name (interpreter/binding_lookup.h).
//
//   DeclarativeEnvironment  a scope's captured bindings: a ScopeDescriptor (names, flags) and
//                           one slot per binding (the empty Value while uninitialised). Sloppy
//                           direct eval may add var bindings to a function's environment: they
//                           go in an extension object created on first use.
//   ObjectEnvironment       a `with` statement's object (9.1.1.2, withEnvironment = true)
//   GlobalEnvironment       9.1.1.4: the global object (its object record and [[GlobalThisValue]])
//                           and a declarative record for top-level let/const/class, kept as an
//                           internal dictionary object whose data properties are the bindings
//                           (const ones not writable, uninitialised ones empty).

#include "gc/cell.h"
#include "runtime/value.h"

#include <cstdint>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class Object;
class ScopeDescriptor;
class VM;

class Environment : public gc::Cell {
public:
    Environment* parent() const { return m_parent; }
    bool is_declarative() const { return cell_kind() == gc::CellKind::DeclarativeEnvironment; }
    bool is_object() const { return cell_kind() == gc::CellKind::ObjectEnvironment; }
    bool is_global() const { return cell_kind() == gc::CellKind::GlobalEnvironment; }

protected:
    Environment(gc::CellKind kind, Environment* parent)
        : gc::Cell(kind)
        , m_parent(parent)
    {
    }

    Environment* m_parent;
};

class DeclarativeEnvironment final : public Environment {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::DeclarativeEnvironment;

    // NewDeclarativeEnvironment ( E ) with the bindings `scope` lists: lexical ones
    // uninitialised (empty), the others undefined.
    static DeclarativeEnvironment* create(gc::Heap&, ScopeDescriptor*, Environment* parent);
    // A copy with the same bindings and values (CreatePerIterationEnvironment, 14.7.4.4).
    static DeclarativeEnvironment* copy(gc::Heap&, DeclarativeEnvironment const&);

    ScopeDescriptor* scope() const { return m_scope; }
    uint32_t slot_count() const { return m_cell_data; }
    Value slot(uint32_t index) const { return slots()[index]; }
    void set_slot(gc::Heap&, uint32_t index, Value);

    // Var bindings added by sloppy direct eval (null until the first one).
    Object* extension() const { return m_extension; }
    Object* ensure_extension(VM&);

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    DeclarativeEnvironment(ScopeDescriptor*, Environment* parent, uint32_t slot_count);

    Value* slots() { return reinterpret_cast<Value*>(this + 1); }
    Value const* slots() const { return reinterpret_cast<Value const*>(this + 1); }

    ScopeDescriptor* m_scope;
    Object* m_extension { nullptr };
};

class ObjectEnvironment final : public Environment {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ObjectEnvironment;

    // NewObjectEnvironment ( O, W, E )
    static ObjectEnvironment* create(gc::Heap&, Object* binding_object, bool is_with_environment, Environment* parent);

    Object* binding_object() const { return m_binding_object; }
    bool is_with_environment() const { return m_is_with_environment; }

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ObjectEnvironment(Object* binding_object, bool is_with_environment, Environment* parent)
        : Environment(kKind, parent)
        , m_binding_object(binding_object)
        , m_is_with_environment(is_with_environment)
    {
    }

    Object* m_binding_object;
    bool m_is_with_environment;
};

class GlobalEnvironment final : public Environment {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::GlobalEnvironment;

    // NewGlobalEnvironment ( G, thisValue )
    static GlobalEnvironment* create(VM&, Object* global_object, Object* global_this);

    Object* global_object() const { return m_global_object; }
    Object* global_this() const { return m_global_this; }
    // The declarative record: an internal object whose own data properties are the bindings.
    Object* lexical_bindings() const { return m_lexical_bindings; }

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    GlobalEnvironment(Object* global_object, Object* global_this, Object* lexical_bindings)
        : Environment(kKind, nullptr)
        , m_global_object(global_object)
        , m_global_this(global_this)
        , m_lexical_bindings(lexical_bindings)
    {
    }

    Object* m_global_object;
    Object* m_global_this;
    Object* m_lexical_bindings;
};

}
