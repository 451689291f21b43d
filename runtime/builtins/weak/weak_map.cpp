#include "runtime/builtins/weak/weak_map.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/map/group_by.h"
#include "runtime/builtins/weak/weak_collection.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::weak_map_constructor {

// WeakMap ( [ iterable ] ) — https://tc39.es/ecma262/#sec-weakmap-iterable
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "WeakMap" });
    // 2. Let map be ? OrdinaryCreateFromConstructor(NewTarget, "%WeakMap.prototype%", « [[WeakMapData]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::weak_map_prototype));
    // 3. Set map.[[WeakMapData]] to a new empty List.
    WeakCollection* map = WeakCollection::create(vm, ObjectKind::WeakMap, prototype);
    Value iterable = arguments.at(0);
    // 4. If iterable is either undefined or null, return map.
    if (iterable.is_nullish())
        return Value::object(map);
    // 5. Let adder be ? Get(map, "set").
    Value adder = TRY(get(vm, *map, PropertyKey::from_atom(vm.atoms().set)));
    // 6. If IsCallable(adder) is false, throw a TypeError exception.
    if (!is_callable(adder))
        return vm.throw_type_error(ErrorType::NotAFunction, { "'set' of the WeakMap" });
    // 7. Return ? AddEntriesFromIterable(map, iterable, adder).
    return add_entries_from_iterable(vm, *map, iterable, adder);
}

}

namespace sable::runtime::builtins::weak_map_prototype {

namespace {

// 1-2. Let M be the this value; perform ? RequireInternalSlot(M, [[WeakMapData]]).
ThrowCompletionOr<WeakCollection*> this_weak_map(VM& vm, Arguments const& arguments, std::string_view method)
{
    Value value = arguments.this_value;
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::WeakMap)
        return vm.throw_type_error(ErrorType::NotA, { method, "WeakMap" });
    return static_cast<WeakCollection*>(value.as_object());
}

}

// WeakMap.prototype.delete ( key ) — https://tc39.es/ecma262/#sec-weakmap.prototype.delete
ThrowCompletionOr<Value> delete_(VM& vm, Arguments const& arguments)
{
    WeakCollection* map = TRY(this_weak_map(vm, arguments, "WeakMap.prototype.delete"));
    // 3. If CanBeHeldWeakly(key) is false, return false. 4-5. Remove the entry; report it.
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    return Value::boolean(key && map->remove(key));
}

// WeakMap.prototype.get ( key ) — https://tc39.es/ecma262/#sec-weakmap.prototype.get
ThrowCompletionOr<Value> get(VM& vm, Arguments const& arguments)
{
    WeakCollection* map = TRY(this_weak_map(vm, arguments, "WeakMap.prototype.get"));
    // 3. If CanBeHeldWeakly(key) is false, return undefined. 4-5. The entry's value, or undefined.
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    return key ? map->get(key) : Value::undefined();
}

// WeakMap.prototype.getOrInsert ( key, value ) — https://tc39.es/proposal-upsert/
ThrowCompletionOr<Value> get_or_insert(VM& vm, Arguments const& arguments)
{
    WeakCollection* map = TRY(this_weak_map(vm, arguments, "WeakMap.prototype.getOrInsert"));
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    if (!key)
        return vm.throw_type_error(ErrorType::NotA, { "WeakMap key", "object or non-registered symbol" });
    // 4. If there is an entry for key, return its value. 5-6. Else add { key, value }; return value.
    if (map->has(key))
        return map->get(key);
    map->set(vm.heap(), key, arguments.at(1));
    return arguments.at(1);
}

// WeakMap.prototype.getOrInsertComputed ( key, callbackfn ) — https://tc39.es/proposal-upsert/
ThrowCompletionOr<Value> get_or_insert_computed(VM& vm, Arguments const& arguments)
{
    WeakCollection* map = TRY(this_weak_map(vm, arguments, "WeakMap.prototype.getOrInsertComputed"));
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    if (!key)
        return vm.throw_type_error(ErrorType::NotA, { "WeakMap key", "object or non-registered symbol" });
    // 4. If IsCallable(callbackfn) is false, throw a TypeError exception.
    if (!is_callable(arguments.at(1)))
        return vm.throw_type_error(ErrorType::NotAFunction, { "The callback" });
    // 5. If there is an entry for key, return its value.
    if (map->has(key))
        return map->get(key);
    // 6. Let value be ? Call(callbackfn, undefined, « key »). 7-8. Set the entry; return value.
    Value call_arguments[] = { arguments.at(0) };
    Value value = TRY(call(vm, arguments.at(1), Value::undefined(), call_arguments));
    map->set(vm.heap(), key, value);
    return value;
}

// WeakMap.prototype.has ( key ) — https://tc39.es/ecma262/#sec-weakmap.prototype.has
ThrowCompletionOr<Value> has(VM& vm, Arguments const& arguments)
{
    WeakCollection* map = TRY(this_weak_map(vm, arguments, "WeakMap.prototype.has"));
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    return Value::boolean(key && map->has(key));
}

// WeakMap.prototype.set ( key, value ) — https://tc39.es/ecma262/#sec-weakmap.prototype.set
ThrowCompletionOr<Value> set(VM& vm, Arguments const& arguments)
{
    WeakCollection* map = TRY(this_weak_map(vm, arguments, "WeakMap.prototype.set"));
    // 3. If CanBeHeldWeakly(key) is false, throw a TypeError exception.
    gc::Cell* key = can_be_held_weakly(arguments.at(0));
    if (!key)
        return vm.throw_type_error(ErrorType::NotA, { "Invalid value used as weak map key: WeakMap key", "object or non-registered symbol" });
    // 4-6. Replace the value of the entry for key, or append { key, value }.
    map->set(vm.heap(), key, arguments.at(1));
    // 7. Return M.
    return Value::object(map);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/weak/weak_map_prototype.def"
    // 24.3.3.6 WeakMap.prototype [ %Symbol.toStringTag% ]: "WeakMap".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("WeakMap")), kConfigurableOnly)));
}

}
