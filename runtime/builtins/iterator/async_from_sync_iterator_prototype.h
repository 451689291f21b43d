#pragma once
// %AsyncFromSyncIteratorPrototype% (ECMA-262 27.1.6.2).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::async_from_sync_iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/iterator/async_from_sync_iterator_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
