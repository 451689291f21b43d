#pragma once
// %ArrayIteratorPrototype% (ECMA-262 23.1.5) and CreateArrayIterator.

#include "runtime/builtin_iterator.h"
#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::array_iterator_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/array/array_iterator_prototype.def"
void initialize(VM&, Realm&, Object& prototype);

}

namespace sable::runtime {
// CreateArrayIterator ( array, kind )
Object* create_array_iterator(VM&, Object& array, IterationKind);
}
