#pragma once
// Stack traces in V8's text form, which Node programs parse and print: an error's "stack" is
//   <Name>: <message>
//       at <function> (<file>:<line>:<column>)
//       at <file>:<line>:<column>                  (top-level code)
// one line per interpreter frame, innermost first, at most kStackTraceLimit lines.

#include <string>

namespace sable::runtime {
class Object;
class VM;
}

namespace sable::interpreter {

// Error.stackTraceLimit's default in V8.
constexpr unsigned kStackTraceLimit = 10;

// The "    at ..." lines of the current interpreter frames.
std::string capture_stack_frames(runtime::VM&);

// Defines `error`'s own "stack" (writable, not enumerable, configurable): its name and message
// (read without running user code), then the current frames.
void attach_stack_trace(runtime::VM&, runtime::Object& error);

}
