#include "runtime/builtins/map/map_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::map_prototype {

namespace {

// 1-2. Let M be the this value; perform ? RequireInternalSlot(M, [[MapData]]).
ThrowCompletionOr<MapObject*> this_map(VM& vm, Arguments const& arguments, std::string_view method)
{
    MapObject* map = as_map_object(arguments.this_value, ObjectKind::Map);
    if (!map)
        return vm.throw_type_error(ErrorType::NotA, { method, "Map" });
    return map;
}

Value create_map_iterator(VM& vm, MapObject& map, IterationKind kind)
{
    // CreateMapIterator ( map, kind ) — https://tc39.es/ecma262/#sec-createmapiterator
    return Value::object(BuiltinIterator::create(vm, ObjectKind::MapIterator, vm.current_realm().map_iterator_prototype(),
        Value::object(&map), kind));
}

}

// Map.prototype.clear ( ) — https://tc39.es/ecma262/#sec-map.prototype.clear
ThrowCompletionOr<Value> clear(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.clear"));
    // 3. For each Record p of M.[[MapData]]: set p.[[Key]] and p.[[Value]] to empty.
    map->clear(vm);
    // 4. Return undefined.
    return Value::undefined();
}

// Map.prototype.delete ( key ) — https://tc39.es/ecma262/#sec-map.prototype.delete
ThrowCompletionOr<Value> delete_(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.delete"));
    // 3-4. Remove the entry whose key is SameValueZero to key; return whether there was one.
    return Value::boolean(map->remove(vm, arguments.at(0)));
}

// Map.prototype.entries ( ) — https://tc39.es/ecma262/#sec-map.prototype.entries
ThrowCompletionOr<Value> entries(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.entries"));
    // 2. Return ? CreateMapIterator(M, key+value).
    return create_map_iterator(vm, *map, IterationKind::KeyValue);
}

// Map.prototype.forEach ( callback [ , thisArg ] ) — https://tc39.es/ecma262/#sec-map.prototype.foreach
ThrowCompletionOr<Value> for_each(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.forEach"));
    // 3. If IsCallable(callback) is false, throw a TypeError exception.
    if (!is_callable(arguments.at(0)))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Map.prototype.forEach callback" });
    // 4-6. For each entry (including ones added during the walk), if not deleted:
    //      ? Call(callback, thisArg, « value, key, M »).
    for (uint32_t entry = 0; entry < map->entry_count(); ++entry) {
        if (!map->is_live_entry(entry))
            continue;
        Value call_arguments[] = { map->value_at(entry), map->key_at(entry), Value::object(map) };
        TRY(call(vm, arguments.at(0), arguments.at(1), call_arguments));
    }
    // 7. Return undefined.
    return Value::undefined();
}

// Map.prototype.get ( key ) — https://tc39.es/ecma262/#sec-map.prototype.get
ThrowCompletionOr<Value> get(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.get"));
    // 3-5. The value of the entry whose key is SameValueZero to key, else undefined.
    return map->get(vm, arguments.at(0));
}

// Map.prototype.getOrInsert ( key, value ) — https://tc39.es/proposal-upsert/#sec-map.prototype.getOrInsert
ThrowCompletionOr<Value> get_or_insert(VM& vm, Arguments const& arguments)
{
    // 1-2. Let M be the this value; RequireInternalSlot(M, [[MapData]]).
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.getOrInsert"));
    // 3. Set key to CanonicalizeKeyedCollectionKey(key).
    // 4. For each Record { [[Key]], [[Value]] } p of M.[[MapData]]: if SameValue(p.[[Key]], key),
    //    return p.[[Value]].
    if (auto entry = map->find(vm, arguments.at(0)))
        return map->value_at(*entry);
    // 5-6. Append { key, value }; return value.
    map->set(vm, arguments.at(0), arguments.at(1));
    return arguments.at(1);
}

// Map.prototype.getOrInsertComputed ( key, callbackfn ) — https://tc39.es/proposal-upsert/#sec-map.prototype.getOrInsertComputed
ThrowCompletionOr<Value> get_or_insert_computed(VM& vm, Arguments const& arguments)
{
    // 1-2. Let M be the this value; RequireInternalSlot(M, [[MapData]]).
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.getOrInsertComputed"));
    // 3. If IsCallable(callbackfn) is false, throw a TypeError exception.
    if (!is_callable(arguments.at(1)))
        return vm.throw_type_error(ErrorType::NotAFunction, { "The callback" });
    // 4. Set key to CanonicalizeKeyedCollectionKey(key).
    Value key = arguments.at(0);
    if (key.is_double() && key.as_double() == 0)
        key = Value::int32(0);
    // 5. If M.[[MapData]] has key, return its value.
    if (auto entry = map->find(vm, key))
        return map->value_at(*entry);
    // 6. Let value be ? Call(callbackfn, undefined, « key »).
    Value call_arguments[] = { key };
    Value value = TRY(call(vm, arguments.at(1), Value::undefined(), call_arguments));
    // 7-8. Set the entry for key (the callback may have added it meanwhile); return value.
    map->set(vm, key, value);
    return value;
}

// Map.prototype.has ( key ) — https://tc39.es/ecma262/#sec-map.prototype.has
ThrowCompletionOr<Value> has(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.has"));
    return Value::boolean(map->has(vm, arguments.at(0)));
}

// Map.prototype.keys ( ) — https://tc39.es/ecma262/#sec-map.prototype.keys
ThrowCompletionOr<Value> keys(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.keys"));
    return create_map_iterator(vm, *map, IterationKind::Key);
}

// Map.prototype.set ( key, value ) — https://tc39.es/ecma262/#sec-map.prototype.set
ThrowCompletionOr<Value> set(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.set"));
    // 3-7. Replace the value of an existing entry, else append { key (-0 as +0), value }.
    map->set(vm, arguments.at(0), arguments.at(1));
    // 8. Return M.
    return Value::object(map);
}

// get Map.prototype.size — https://tc39.es/ecma262/#sec-get-map.prototype.size
ThrowCompletionOr<Value> size(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "get Map.prototype.size"));
    // 3-5. The number of entries that are not empty.
    return Value::number(double(map->size()));
}

// Map.prototype.values ( ) — https://tc39.es/ecma262/#sec-map.prototype.values
ThrowCompletionOr<Value> values(VM& vm, Arguments const& arguments)
{
    MapObject* map = TRY(this_map(vm, arguments, "Map.prototype.values"));
    return create_map_iterator(vm, *map, IterationKind::Value);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/map/map_prototype.def"
    // 24.1.3.12 Map.prototype [ %Symbol.iterator% ] is %Map.prototype.entries%.
    Value entries_function = MUST(runtime::get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("entries")))));
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().iterator), PropertyDescriptor::data(entries_function, kMethod)));
    // 24.1.3.13 Map.prototype [ %Symbol.toStringTag% ]: "Map".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Map")), kConfigurableOnly)));
}

}
