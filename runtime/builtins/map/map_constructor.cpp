#include "runtime/builtins/map/map_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/map/group_by.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime {

// AddEntriesFromIterable ( target, iterable, adder ) — https://tc39.es/ecma262/#sec-add-entries-from-iterable
ThrowCompletionOr<Value> add_entries_from_iterable(VM& vm, Object& target, Value iterable, Value adder)
{
    // 1. Let iteratorRecord be ? GetIterator(iterable, sync).
    IteratorRecord record = TRY(get_iterator(vm, iterable));
    // 2. Repeat,
    while (true) {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        auto next = TRY(iterator_step_value(vm, record));
        // b. If next is done, return target.
        if (!next)
            return Value::object(&target);
        // c. If next is not an Object, then
        //    i. Let error be ThrowCompletion(a newly created TypeError object).
        //    ii. Return ? IteratorClose(iteratorRecord, error).
        if (!next->is_object()) {
            (void)vm.throw_type_error(ErrorType::IteratorResultNotObject, { "entry" });
            return iterator_close_with_throw(vm, record);
        }
        // d-e. Let k be Completion(Get(next, "0")); IfAbruptCloseIterator(k, iteratorRecord).
        auto k = get(vm, *next->as_object(), PropertyKey::from_index(0));
        if (k.is_throw())
            return iterator_close_with_throw(vm, record);
        // f-g. Let v be Completion(Get(next, "1")); IfAbruptCloseIterator(v, iteratorRecord).
        auto v = get(vm, *next->as_object(), PropertyKey::from_index(1));
        if (v.is_throw())
            return iterator_close_with_throw(vm, record);
        // h-i. Let status be Completion(Call(adder, target, « k, v »)); IfAbruptCloseIterator.
        Value call_arguments[] = { k.value(), v.value() };
        if (call(vm, adder, Value::object(&target), call_arguments).is_throw())
            return iterator_close_with_throw(vm, record);
    }
}

}

namespace sable::runtime::builtins::map_constructor {

// Map ( [ iterable ] ) — https://tc39.es/ecma262/#sec-map-iterable
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "Map" });
    // 2. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%Map.prototype%", « [[MapData]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::map_prototype));
    // 3. Set map.[[MapData]] to a new empty List.
    MapObject* map = MapObject::create(vm, ObjectKind::Map, prototype);
    Value iterable = arguments.at(0);
    // 4. If iterable is either undefined or null, return map.
    if (iterable.is_nullish())
        return Value::object(map);
    // 5. Let adder be ? Get(map, "set").
    Value adder = TRY(get(vm, *map, PropertyKey::from_atom(vm.atoms().set)));
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    if (!is_callable(adder))
        return vm.throw_type_error(ErrorType::NotAFunction, { "'set' returned for property 'set' of object '#<Map>'" });
    // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    return add_entries_from_iterable(vm, *map, iterable, adder);
}

// Map.groupBy ( items, callback ) — https://tc39.es/ecma262/#sec-map.groupby
ThrowCompletionOr<Value> group_by(VM& vm, Arguments const& arguments)
{
    // 1. Let groups be ? GroupBy(items, callback, zero).
    MapObject* groups = TRY(runtime::group_by(vm, arguments.at(0), arguments.at(1), GroupByKeyCoercion::Zero));
    // 2. Let map be ! Construct(%Map%).
    MapObject* map = MapObject::create(vm, ObjectKind::Map, vm.current_realm().map_prototype());
    // 3. For each Record { [[Key]], [[Elements]] } g of groups, do
    //    a. Let elements be CreateArrayFromList(g.[[Elements]]).
    //    b. Append the Record { [[Key]]: g.[[Key]], [[Value]]: elements } to map.[[MapData]].
    for (uint32_t entry = 0; entry < groups->entry_count(); ++entry) {
        if (groups->is_live_entry(entry))
            map->set(vm, groups->key_at(entry), groups->value_at(entry));
    }
    // 4. Return map.
    return Value::object(map);
}

// get Map [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-get-map-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/map/map_constructor.def"
}

}
