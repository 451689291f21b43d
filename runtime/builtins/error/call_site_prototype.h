#pragma once
// V8's CallSite objects (https://v8.dev/docs/stack-trace-api): one per captured frame, made for
// Error.prepareStackTrace ( error, callSites ). Each keeps its frame (interpreter/stack_trace.h's
// call-site record) under the private error-stack symbol.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime {
class ValueArray;
}

namespace sable::runtime::builtins::call_site_prototype {

// An Array of CallSite objects for the call sites in `sites`.
Object* create_call_site_array(VM&, ValueArray const& sites);

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/error/call_site_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
