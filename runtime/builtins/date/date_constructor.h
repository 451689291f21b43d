#pragma once
// The date constructor (ECMA-262 21.4).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::date_constructor {

// Date ( ...values )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/date/date_constructor.def"
void initialize(VM&, Realm&, Object& target);

}
