#include "runtime/builtins/iterator/iterator_prototype.h"

#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::iterator_prototype {

// %IteratorPrototype% [ %Symbol.iterator% ] ( ) — https://tc39.es/ecma262/#sec-%iteratorprototype%-%symbol.iterator%
ThrowCompletionOr<Value> symbol_iterator(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/iterator/iterator_prototype.def"
}

}
