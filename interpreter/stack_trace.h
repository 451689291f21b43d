#pragma once
// Stack traces in V8's form, which Node programs parse and print. An error's stack is
//   <Name>: <message>
//       at <function> (<file>:<line>:<column>)
//       at <file>:<line>:<column>                  (top-level code)
// one line per interpreter frame, innermost first, at most Error.stackTraceLimit lines.
//
// As in V8, the frames are captured when the error is made and formatted when "stack" is first
// read (Error.prototype.stack's getter, runtime/builtins/error/): the error keeps them under a
// private symbol (SymbolRegistry::error_stack) as call sites, then the formatted stack (or what
// Error.prepareStackTrace returned).

#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <optional>
#include <string>

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::runtime {
class Object;
class ValueArray;
class VM;
}

namespace sable::interpreter {

// A captured frame (a call site) is kCallSiteSize consecutive entries of a ValueArray:
enum CallSiteField : uint32_t {
    kCallSiteFunction,   // the function object, or undefined for top-level code
    kCallSiteThis,       // its this value
    kCallSiteTemplate,   // its FunctionTemplate (an internal cell)
    kCallSiteOffset,     // the bytecode offset being executed (an int32)
    kCallSiteKind,       // the FrameKind (an int32)
    kCallSiteSize,
};

// Script, module or eval code (its call sites print without a function name).
bool is_top_level_code(bytecode::FunctionTemplate const&);

// Error.stackTraceLimit of the current realm's %Error% (read without running user code), as a
// frame count: std::nullopt when it is not a Number (V8 then captures no stack).
std::optional<uint32_t> stack_trace_limit(runtime::VM&);

// The current interpreter frames, innermost first, at most `limit` of them. With `skip_until`,
// the frames up to and including the innermost call of that function are left out (V8's
// Error.captureStackTrace(object, constructorOpt)); if it is not on the stack, all are.
runtime::ValueArray* capture_call_sites(runtime::VM&, uint32_t limit, runtime::Object* skip_until = nullptr);

// The text V8 prints for call site `index` of `sites`: "f (file:1:2)", "file:1:2", "new C (...)".
// The type name V8 shows for a call with `this_value` as the receiver of a function (not an
// arrow function, not top-level code): its constructor's name; nullopt when there is none
// (primitive, nullish or global this).
std::optional<std::string> receiver_type_name(runtime::VM&, bytecode::FunctionTemplate const&, runtime::Value this_value);
std::string format_call_site(runtime::VM&, runtime::ValueArray const& sites, uint32_t index);
// The call sites' "\n    at ..." lines.
std::string format_call_sites(runtime::VM&, runtime::ValueArray const& sites);

// The error-created hook (VM::on_error_created): captures the call sites into `error`'s private
// stack slot (nothing when Error.stackTraceLimit is not a Number), leaving out the frames up to
// and including the innermost call of `skip_until` when it is on the stack.
void attach_stack_trace(runtime::VM&, runtime::Object& error, runtime::Object* skip_until = nullptr);

// The stack of an error as a String: its own "stack" data property, else the private slot
// (formatted with the name and message read without running user code, if not formatted yet).
// Empty when it has neither. For printing uncaught errors and values.
std::string error_stack_text(runtime::VM&, runtime::Object& error);

}
