#pragma once
// Built-in function objects (ECMA-262 10.3) implemented in C++. Every native function has one
// signature (STYLE.md): ThrowCompletionOr<Value> fn(VM&, Arguments const&). [[Call]] passes the
// this value and undefined new.target; [[Construct]] (only for functions created as
// constructors) passes new.target, and the behaviour itself creates the object from
// new.target's "prototype" (OrdinaryCreateFromConstructor), as the spec's built-in
// constructors do.
//
// A native function may carry one internal Value (`data`): the captured state of functions the
// spec creates on the fly (promise resolving functions, bound arguments, proxy revokers).

#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/object_internal_methods.h"
#include "runtime/value.h"

#include <cstdint>
#include <span>

namespace sable::runtime {

class Realm;
class String;
class VM;

// What a native function is called with.
struct Arguments {
    Value this_value;
    std::span<Value const> values;
    // The constructor `new` was applied to, or null for a [[Call]].
    Object* new_target { nullptr };
    // The function object being called (for its realm and data).
    Object* callee { nullptr };

    size_t size() const { return values.size(); }
    // The argument at `index`, or undefined when absent.
    Value at(size_t index) const { return index < values.size() ? values[index] : Value::undefined(); }
};

using NativeFunctionPointer = ThrowCompletionOr<Value> (*)(VM&, Arguments const&);

class NativeFunction final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::NativeFunction;

    enum class Constructor : uint8_t { No, Yes };

    // CreateBuiltinFunction ( behaviour, length, name, additionalInternalSlotsList [ , realm [ ,
    // prototype [ , prefix ] ] ] ): "length" and "name" are defined (not writable, not
    // enumerable, configurable). `prototype` null means the realm's %Function.prototype%.
    static NativeFunction* create(VM&, Realm&, NativeFunctionPointer, String* name, uint32_t length,
        Constructor = Constructor::No, Object* prototype = nullptr);
    // The same without "length" and "name" properties (%Function.prototype% itself, and
    // functions whose properties the caller defines).
    static NativeFunction* create_without_properties(VM&, Realm&, NativeFunctionPointer, Constructor, Object* prototype);
    // B.3.6: a function with an [[IsHTMLDDA]] internal slot (ObjectKind::IsHTMLDDA), which
    // ToBoolean, typeof and IsLooselyEqual treat like undefined. Only hosts make one.
    static NativeFunction* create_is_html_dda(VM&, Realm&, NativeFunctionPointer);

    NativeFunctionPointer function() const { return m_function; }
    Realm& realm() const { return *m_realm; }
    Value data() const { return m_data; }
    void set_data(gc::Heap&, Value);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    NativeFunction(Shape* shape, NativeFunctionPointer function, Realm* realm)
        : Object(kKind, sizeof(NativeFunction), shape, kDefaultInlineSlots)
        , m_function(function)
        , m_realm(realm)
    {
    }

    NativeFunctionPointer m_function;
    Realm* m_realm;
    Value m_data { Value::undefined() };
};

// Whether `value` is a built-in function whose behaviour is `behaviour` (a fast path may then
// do what it would do, unobserved).
inline bool is_native_function(Value value, NativeFunctionPointer behaviour)
{
    return value.is_object() && value.as_object()->kind() == ObjectKind::NativeFunction
        && static_cast<NativeFunction*>(value.as_object())->function() == behaviour;
}

extern ObjectInternalMethods const kNativeFunctionInternalMethods;
extern ObjectInternalMethods const kNativeConstructorInternalMethods;

}
