#pragma once
// The dispatch loop's entry points for the interpreter's other parts (async functions and
// generators resuming saved frames).

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

struct Frame;

// Runs `frame`, just pushed (or restored), as the entry frame of a native call: returning from
// it, or suspending it, returns from here with the value.
runtime::ThrowCompletionOr<runtime::Value> run_entry_frame(runtime::VM&, Frame*, runtime::Value initial_acc = runtime::Value::undefined());

// Pushes the frame of a [[Call]] of `function` with a bound this value.
runtime::ThrowCompletionOr<Frame*> push_call_frame(runtime::VM&, runtime::FunctionObject&, runtime::Value this_value,
    std::span<runtime::Value const> arguments);

// Pushes the frame of top-level code (see run_top_level in interpreter.h).
runtime::ThrowCompletionOr<Frame*> push_top_level_frame(runtime::VM&, runtime::Realm&, bytecode::FunctionTemplate*,
    runtime::Environment*, runtime::Value this_value, runtime::Object* function = nullptr,
    runtime::Value new_target = runtime::Value::undefined());

}
