#include "runtime/builtins/map/map_iterator_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object_operations.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime {

// The closures of CreateMapIterator and CreateSetIterator, one step at a time.
ThrowCompletionOr<Value> map_or_set_iterator_next(VM& vm, Value this_value, ObjectKind iterator_kind, std::string_view name)
{
    if (!this_value.is_object() || this_value.as_object()->kind() != iterator_kind)
        return vm.throw_type_error(ErrorType::NotA, { name, "iterator of the right kind" });
    auto& iterator = static_cast<BuiltinIterator&>(*this_value.as_object());
    Value iterated = iterator.iterated();
    if (iterated.is_undefined())
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    auto& map = static_cast<MapObject&>(*iterated.as_object());
    // c. Let numEntries be the number of elements in entries.
    // d. Repeat, while index < numEntries,
    for (auto index = uint32_t(iterator.index()); index < map.entry_count(); ++index) {
        // i. Let e be entries[index]. ii. Set index to index + 1.
        // iii. If e.[[Key]] is not empty, then
        if (!map.is_live_entry(index))
            continue;
        iterator.set_index(index + 1);
        Value key = map.key_at(index);
        // 1. If kind is key, let result be e.[[Key]].
        if (iterator.iteration_kind() == IterationKind::Key)
            return Value::object(create_iter_result_object(vm, key, false));
        // 2. Else if kind is value, let result be e.[[Value]] (a Set's value is its key).
        Value value = map.kind() == ObjectKind::Set ? key : map.value_at(index);
        if (iterator.iteration_kind() == IterationKind::Value)
            return Value::object(create_iter_result_object(vm, value, false));
        // 3. Else, let result be CreateArrayFromList(« e.[[Key]], e.[[Value]] »).
        Value pair[] = { key, value };
        return Value::object(create_iter_result_object(vm, Value::object(create_array_from_list(vm, pair)), false));
    }
    // e. Return undefined (and stay done).
    iterator.set_iterated(vm.heap(), Value::undefined());
    return Value::object(create_iter_result_object(vm, Value::undefined(), true));
}

}

namespace sable::runtime::builtins::map_iterator_prototype {

// %MapIteratorPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%mapiteratorprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    // 1. Return ? GeneratorResume(this value, empty, "%MapIteratorPrototype%").
    return map_or_set_iterator_next(vm, arguments.this_value, ObjectKind::MapIterator, "%MapIteratorPrototype%.next");
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/map/map_iterator_prototype.def"
    // 24.1.5.2.2 %MapIteratorPrototype% [ %Symbol.toStringTag% ]: "Map Iterator".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Map Iterator")), kConfigurableOnly)));
}

}
