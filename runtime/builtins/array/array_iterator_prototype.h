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
// One step of an Array Iterator, as %ArrayIteratorPrototype%.next takes it: the value it
// yields, or std::nullopt when it is done (next wraps either in an iterator result object).
ThrowCompletionOr<std::optional<Value>> array_iterator_step(VM&, BuiltinIterator&);
}
