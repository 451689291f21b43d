#pragma once
// Primitive wrapper objects: Boolean (20.3.4), Number (21.1.4), String (10.4.3, exotic) and
// Symbol (20.4.4) objects, and Date objects (21.4.4, their [[DateValue]] a Number), what ToObject makes of a primitive and what `new Boolean(x)` and
// friends return. One C++ class for the four: the wrapped primitive in one field ([[BooleanData]],
// [[NumberData]], [[StringData]], [[SymbolData]]); the ObjectKind says which it is.
//
// String objects are exotic: their integer-indexed code units are own properties that live in
// the string, not in the object ([[GetOwnProperty]], [[DefineOwnProperty]], [[OwnPropertyKeys]]
// of 10.4.3); "length" is an ordinary own data property defined when they are created.

#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/object_internal_methods.h"
#include "runtime/value.h"

namespace sable::runtime {

class String;
class VM;

class PrimitiveWrapper final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::PrimitiveWrapper;

    // A wrapper of `kind` (BooleanObject, NumberObject, StringObject or SymbolObject) around
    // `primitive`. For strings use string_create.
    static PrimitiveWrapper* create(VM&, ObjectKind, Value primitive, Object* prototype);

    Value primitive() const { return m_primitive; }
    // Date objects' [[DateValue]] changes (the setters); no other wrapper's does.
    void set_primitive(gc::Heap&, Value);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    PrimitiveWrapper(Shape* shape, Value primitive)
        : Object(kKind, sizeof(PrimitiveWrapper), shape, kDefaultInlineSlots)
        , m_primitive(primitive)
    {
    }

    Value m_primitive;
};

// StringCreate ( value, prototype )
PrimitiveWrapper* string_create(VM&, String* value, Object* prototype);

// The wrapped primitive if `value` is a wrapper of `kind`.
std::optional<Value> wrapped_primitive(Value value, ObjectKind kind);

extern ObjectInternalMethods const kStringObjectInternalMethods;

}
