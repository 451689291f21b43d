#pragma once
// The Iterator constructor (ECMA-262 27.1.3), %IteratorHelperPrototype% (27.1.2.1) and
// %WrapForValidIteratorPrototype% (27.1.3.2.1.1).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::iterator_constructor {

// Iterator ( )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/iterator/iterator_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}

namespace sable::runtime::builtins::iterator_helper_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/iterator/iterator_helper_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}

namespace sable::runtime::builtins::wrap_for_valid_iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/iterator/wrap_for_valid_iterator_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}
