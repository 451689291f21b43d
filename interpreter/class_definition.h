#pragma once
// The run-time half of classes and methods (ECMA-262 15.7 ClassDefinitionEvaluation, 10.2.8
// DefineMethodProperty, 10.2.9 SetFunctionName, 7.3.34 InitializeInstanceElements, 13.3.7
// super), for CreateClass, DefineMethod, SetFunctionName, AddClassField, SuperCall,
// GetSuper and SetSuper.

#include "runtime/completion.h"
#include "runtime/property_key.h"
#include "runtime/value.h"

#include <span>

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::runtime {
class Environment;
class FunctionObject;
class Object;
class Realm;
class VM;
}

namespace sable::interpreter {

using runtime::FunctionObject;
using runtime::Object;
using runtime::ThrowCompletionOr;
using runtime::Value;
using runtime::VM;

// ClassDefinitionEvaluation steps 5-8 and 12-16: the constructor F and its prototype object,
// from `heritage` (empty when there is no `extends`).
ThrowCompletionOr<FunctionObject*> create_class(VM&, runtime::Realm&, bytecode::FunctionTemplate*, runtime::Environment*, Value heritage);

enum class MethodKind : uint8_t { Method = 0, Getter = 1, Setter = 2 };

// DefineMethodProperty / the getter and setter cases of MethodDefinitionEvaluation.
ThrowCompletionOr<void> define_method(VM&, Object& home_object, Value key, FunctionObject& method, MethodKind, bool enumerable);

// SetFunctionName ( F, name [ , prefix ] ) with `key` a String or Symbol (a property key value).
void set_function_name(VM&, Object& function, Value key, MethodKind prefix = MethodKind::Method);

// InitializeInstanceElements ( O, constructor ): the fields of `constructor` on `receiver`.
ThrowCompletionOr<void> initialize_instance_elements(VM&, Value receiver, FunctionObject& constructor);

// SuperCall (13.3.7.1 steps 3-10) in a frame of `active_function` with `new_target`; returns the
// new this (the caller binds it).
ThrowCompletionOr<Value> super_call(VM&, FunctionObject& active_function, Value new_target, std::span<Value const> arguments);

// super[key] read and write (13.3.7.3 MakeSuperPropertyReference) from a method whose
// [[HomeObject]] is `home_object`.
ThrowCompletionOr<Value> get_super_property(VM&, Object* home_object, Value key, Value receiver);
ThrowCompletionOr<void> set_super_property(VM&, Object* home_object, Value key, Value value, Value receiver);

}
