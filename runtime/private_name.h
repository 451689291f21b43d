#pragma once
// Private Names (ECMA-262 6.2.12) and private elements (7.3.31-7.3.33). A PrivateName is what
// `#x` denotes inside one evaluation of a class body; its key is a private Symbol, never
// reachable from JavaScript, under which objects store the private element as an ordinary own
// property: a writable data property for a field, a non-writable one for a method, an accessor
// property for a getter/setter pair. [[OwnPropertyKeys]] skips private symbols, so proxies,
// reflection and integrity levels never see private elements.

#include "gc/cell.h"
#include "runtime/completion.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class Object;
class String;
class Symbol;
class VM;

class PrivateName final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::PrivateName;

    enum class Kind : uint8_t { Field = 0, Method = 1, Accessor = 2 };

    // A new Private Name; `description` is the name with its `#`.
    static PrivateName* create(gc::Heap&, String* description, Kind);

    Kind kind() const { return Kind(m_cell_data); }
    String* description() const;
    PropertyKey key() const { return PropertyKey::from_symbol(m_symbol); }

    // A method's function, or an accessor's getter and setter (undefined when absent).
    Value method() const { return m_method; }
    Value getter() const { return m_getter; }
    Value setter() const { return m_setter; }
    void set_method(gc::Heap&, Value);
    void set_getter(gc::Heap&, Value);
    void set_setter(gc::Heap&, Value);

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    PrivateName(Symbol* symbol, Kind kind)
        : gc::Cell(kKind)
        , m_symbol(symbol)
    {
        m_cell_data = uint32_t(kind);
    }

    Symbol* m_symbol;
    Value m_method;
    Value m_getter;
    Value m_setter;
};

// PrivateFieldAdd ( O, P, value )
ThrowCompletionOr<void> private_field_add(VM&, Value object, PrivateName&, Value value);
// PrivateMethodOrAccessorAdd ( O, method )
ThrowCompletionOr<void> private_method_or_accessor_add(VM&, Value object, PrivateName&);
// PrivateGet ( O, P )
ThrowCompletionOr<Value> private_get(VM&, Value object, PrivateName&);
// PrivateSet ( O, P, value )
ThrowCompletionOr<void> private_set(VM&, Value object, PrivateName&, Value value);
// `#x in obj` (13.10.1, PrivateElementFind): a TypeError unless obj is an object.
ThrowCompletionOr<bool> private_in(VM&, Value object, PrivateName&);

}
