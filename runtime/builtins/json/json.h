#pragma once
// The JSON object (ECMA-262 25.5): JSON.parse with its own parser over the string's code units,
// and JSON.stringify.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::json {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/json/json.def"
void initialize(VM&, Realm&, Object& json);

// ParseJSON ( text ) (25.5.1.1): the value the JSON text denotes; a SyntaxError if it is not JSON.
ThrowCompletionOr<Value> parse_json(VM&, String* text);

}
