#pragma once
// The Atomics object (ECMA-262 25.4). Sable runs one agent per VM and has no workers yet, so
// every operation is trivially atomic, Atomics.notify finds no waiters, and Atomics.wait can
// only time out (an agent may suspend, as Node's main thread may).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::atomics {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/atomics/atomics.def"
void initialize(VM&, Realm&, Object& atomics);

}
