#pragma once
// The Atomics object (ECMA-262 25.4). Each agent is a thread with its own VM; they share
// SharedArrayBuffer memory (runtime/shared_data_block.h), which the operations access with
// sequentially consistent atomic instructions. Atomics.wait and Atomics.notify meet in the
// process-wide waiter lists (runtime/waiter_list.h); Atomics.waitAsync's waiters belong to their
// VM's AsyncWaitQueue, which the host's event loop settles.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::atomics {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/atomics/atomics.def"
void initialize(VM&, Realm&, Object& atomics);

}
