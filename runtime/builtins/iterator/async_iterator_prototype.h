#pragma once
// %AsyncIteratorPrototype% (ECMA-262 27.1.3) and %AsyncFromSyncIteratorPrototype% (27.1.6), with
// CreateAsyncFromSyncIterator (declared in runtime/iteration.h).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::async_iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/iterator/async_iterator_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}

namespace sable::runtime::builtins::async_from_sync_iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/iterator/async_from_sync_iterator_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
