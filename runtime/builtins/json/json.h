#pragma once
// The JSON object (ECMA-262 25.5): JSON.parse with its own parser over the string's code units,
// and JSON.stringify.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::json {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/json/json.def"
void initialize(VM&, Realm&, Object& json);

}
