#pragma once
// Error.prototype (ECMA-262 20.5.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime {
class ValueArray;
}

namespace sable::runtime::builtins::error_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/error/error_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

// V8's stack of `error` from its call sites (interpreter/stack_trace.h): what
// Error.prepareStackTrace ( error, callSites ) returns when it is a function, else
// Error.prototype.toString's text followed by the "    at ..." lines.
ThrowCompletionOr<Value> format_stack(VM&, Object& error, ValueArray const& sites);

}
