#pragma once
// The BigInt constructor (ECMA-262 21.2.1, 21.2.2): a conversion function, not a constructor
// for `new`; BigInt.asIntN and BigInt.asUintN. The values themselves are runtime/bigint.h.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::bigint_constructor {

// BigInt ( value )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/bigint/bigint_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}
