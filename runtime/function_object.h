#pragma once
// ECMAScript function objects (ECMA-262 10.2): closures of bytecode. A FunctionObject pairs a
// FunctionTemplate (the code, shared by every closure of it) with what one evaluation of the
// function expression or declaration captured: the lexical environment ([[Environment]]), the
// realm, and for methods the [[HomeObject]]. Class constructors also carry what their
// instances receive on construction (the field initializer and private methods).
//
// [[Call]] and [[Construct]] enter the interpreter (interpreter/interpreter.h). Functions that
// are not constructors (arrows, methods, generators, async functions) have an object kind
// without [[Construct]].

#include "runtime/object.h"
#include "runtime/object_internal_methods.h"

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::runtime {

class Environment;
class Realm;
class String;
class ValueArray;
class VM;

class FunctionObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::FunctionObject;

    // OrdinaryFunctionCreate ( functionPrototype, sourceText, ParameterList, Body, thisMode, env,
    // privateEnv ) followed by what the kind of function needs: "length"; "name" (from the
    // template, or `name` when given: SetFunctionName of anonymous functions); MakeConstructor
    // with a fresh "prototype" object for ordinary functions; a prototype object inheriting from
    // %GeneratorFunction.prototype.prototype% for generators (when the realm has it).
    static FunctionObject* create(VM&, Realm&, bytecode::FunctionTemplate*, Environment*, Object* prototype = nullptr);

    bytecode::FunctionTemplate* function_template() const { return m_template; }
    Environment* environment() const { return m_environment; }
    Realm& realm() const { return *m_realm; }
    Object* home_object() const { return m_home_object; }
    void set_home_object(gc::Heap&, Object*);
    // [[Fields]] of a class constructor: ClassFieldDefinition records as pairs of Values (the
    // field's key as a String or Symbol, its initializer function or undefined). Null when the
    // class has no instance fields.
    ValueArray* fields() const { return m_fields; }
    void append_field(gc::Heap&, Value key, Value initializer);
    // [[PrivateMethods]]: the PrivateNames (as internal cells) of the instance private methods
    // and accessors, added to each instance before its fields. Null when there are none.
    ValueArray* private_methods() const { return m_private_methods; }
    void append_private_method(gc::Heap&, Value private_name);

    bool is_class_constructor() const;
    // [[SourceText]]: the function's source as written (null for synthesised code).
    String* source_text(VM&) const;
    // A plain [[Call]] the interpreter may run in the caller's dispatch loop: not a class
    // constructor (which throws), generator or async function (which need their own entry).
    bool is_inlinable_call() const { return m_inlinable_call; }
    bool is_strict() const;
    // Whether a call binds the this argument as it is (strict functions and arrows: OrdinaryCallBindThis
    // leaves it alone, or the arrow never reads it), so that the caller can skip bind_this.
    bool binds_this_as_is() const { return m_binds_this_as_is; }

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    FunctionObject(Shape* shape, bytecode::FunctionTemplate* function_template, Environment* environment, Realm* realm)
        : Object(kKind, sizeof(FunctionObject), shape, kDefaultInlineSlots)
        , m_template(function_template)
        , m_environment(environment)
        , m_realm(realm)
    {
    }

    bytecode::FunctionTemplate* m_template;
    Environment* m_environment;
    Realm* m_realm;
    Object* m_home_object { nullptr };
    ValueArray* m_fields { nullptr };
    ValueArray* m_private_methods { nullptr };
    bool m_inlinable_call { false };
    bool m_binds_this_as_is { false };
};

extern ObjectInternalMethods const kFunctionInternalMethods;
extern ObjectInternalMethods const kConstructorFunctionInternalMethods;

}
