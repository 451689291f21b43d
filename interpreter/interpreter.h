#pragma once
// The bytecode interpreter (DESIGN.md decision 7): threaded dispatch (computed goto) over the
// instructions of bytecode/opcodes.def, frames on the VM's InterpreterStack (frame.h),
// bytecode-to-bytecode calls without native recursion, exceptions through the templates'
// handler tables, and the inline caches of the feedback slots.
//
// These are its entry points from native code: [[Call]] and [[Construct]] of ECMAScript
// function objects, and running top-level code (scripts, modules, eval).

#include "runtime/completion.h"
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

using runtime::ThrowCompletionOr;
using runtime::Value;

// [[Call]] ( thisArgument, argumentsList ) of an ECMAScript function object (10.2.1).
ThrowCompletionOr<Value> call_function(runtime::VM&, runtime::FunctionObject&, Value this_argument, std::span<Value const> arguments);
// [[Construct]] ( argumentsList, newTarget ) (10.2.2).
ThrowCompletionOr<runtime::Object*> construct_function(runtime::VM&, runtime::FunctionObject&, std::span<Value const> arguments,
    runtime::Object* new_target);
// Runs top-level code (a Script, Module or eval template) in `environment` with `this_value`;
// returns its completion value. Direct eval code runs as part of its caller's function: it
// passes the caller's function object (for `super`) and new.target.
ThrowCompletionOr<Value> run_top_level(runtime::VM&, runtime::Realm&, bytecode::FunctionTemplate*, runtime::Environment*,
    Value this_value, runtime::Object* function = nullptr, Value new_target = Value::undefined());

}
