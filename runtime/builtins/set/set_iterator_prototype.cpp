#include "runtime/builtins/set/set_iterator_prototype.h"

#include "runtime/atom_table.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/object_operations.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::set_iterator_prototype {

// %SetIteratorPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%setiteratorprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    // 1. Return ? GeneratorResume(this value, empty, "%SetIteratorPrototype%").
    return map_or_set_iterator_next(vm, arguments.this_value, ObjectKind::SetIterator, "%SetIteratorPrototype%.next");
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/set/set_iterator_prototype.def"
    // 24.2.6.2.2 %SetIteratorPrototype% [ %Symbol.toStringTag% ]: "Set Iterator".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Set Iterator")), kConfigurableOnly)));
}

}
