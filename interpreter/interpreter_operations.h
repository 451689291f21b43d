#pragma once
// The slow paths of instructions too long to sit in the dispatch loop: property access with
// its inline caches, array literals, and the error for instructions not implemented yet.

#include "bytecode/opcode.h"
#include "runtime/completion.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

#include <span>

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::runtime {
class Object;
class GlobalEnvironment;
class Realm;
class String;
class ValueArray;
class VM;
}

namespace sable::interpreter {

using runtime::Object;
using runtime::PropertyKey;
using runtime::ThrowCompletionOr;
using runtime::Value;
using runtime::VM;

// GetValue of base.key (13.3.2 EvaluatePropertyAccessWithIdentifierName), through the
// monomorphic inline cache of feedback slot `slot`.
ThrowCompletionOr<Value> get_named_property(VM&, bytecode::FunctionTemplate&, uint32_t slot, Value base, PropertyKey);
// PutValue of base.key = value, through the inline cache of `slot`.
ThrowCompletionOr<void> set_named_property(VM&, bytecode::FunctionTemplate&, uint32_t slot, Value base, PropertyKey,
    Value value, bool strict);
// GetValue and PutValue of a global reference (LdaGlobal, StaGlobal), through the feedback
// slot's cache of a global lexical binding (let/const/class at a script's top level).
ThrowCompletionOr<Value> get_global(VM&, bytecode::FunctionTemplate&, uint32_t slot, runtime::GlobalEnvironment&, runtime::String* name);
ThrowCompletionOr<void> set_global(VM&, bytecode::FunctionTemplate&, uint32_t slot, runtime::GlobalEnvironment&, runtime::String* name,
    Value value, bool strict);

// An object literal's new ordinary object, its root shape cached in feedback slot `slot`.
Object* create_literal_object(VM&, bytecode::FunctionTemplate&, uint32_t slot, runtime::Realm&);
// CreateDataProperty(target, key, value) for an object literal, adding properties through the
// shape transition cached in feedback slot `slot`.
void define_literal_property(VM&, bytecode::FunctionTemplate&, uint32_t slot, Object& target, PropertyKey, Value);

// base[key] read and write (13.3.3 EvaluatePropertyAccessWithExpressionKey).
ThrowCompletionOr<Value> get_keyed_property(VM&, Value base, Value key);
ThrowCompletionOr<void> set_keyed_property(VM&, Value base, Value key, Value value, bool strict);
// The delete operator on a property reference (13.5.1.2).
ThrowCompletionOr<bool> delete_property(VM&, Value base, Value key, bool strict);

// An array literal's array: `elements` in order, empty Values as holes.
Object* create_array_with_holes(VM&, runtime::Realm&, std::span<Value const> elements);
// Appends `value` (a hole if empty) to an array literal under construction.
void append_to_array(VM&, Object& array, Value value);

// CopyDataProperties ( target, source, excludedItems ): `excluded` holds property key values.
ThrowCompletionOr<void> copy_data_properties(VM&, Object& target, Value source, std::span<Value const> excluded);

// GetTemplateObject ( templateLiteral ) for the site cached in feedback slot `slot`; `strings`
// holds the n raw strings, then the n cooked ones (undefined where invalid).
Object* get_template_object(VM&, runtime::Realm&, bytecode::FunctionTemplate&, uint32_t slot, runtime::ValueArray const& strings);

runtime::ThrowCompletion throw_unimplemented_instruction(VM&, bytecode::Opcode);

}
