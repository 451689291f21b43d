#pragma once
// The dispatch loop's entry points for the interpreter's other parts (async functions and
// generators resuming saved frames).

#include "runtime/completion.h"
#include "runtime/value.h"

#include <span>

namespace sable::runtime {
class FunctionObject;
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

}
