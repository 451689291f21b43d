#include "runtime/builtins/set/set_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime::builtins::set_prototype {

namespace {

// 1-2. Let S be the this value; perform ? RequireInternalSlot(S, [[SetData]]).
ThrowCompletionOr<MapObject*> this_set(VM& vm, Arguments const& arguments, std::string_view method)
{
    MapObject* set = as_map_object(arguments.this_value, ObjectKind::Set);
    if (!set)
        return vm.throw_type_error(ErrorType::NotA, { method, "Set" });
    return set;
}

Value create_set_iterator(VM& vm, MapObject& set, IterationKind kind)
{
    // CreateSetIterator ( set, kind ) — https://tc39.es/ecma262/#sec-createsetiterator
    return Value::object(BuiltinIterator::create(vm, ObjectKind::SetIterator, vm.current_realm().set_iterator_prototype(),
        Value::object(&set), kind));
}

}

// Set.prototype.add ( value ) — https://tc39.es/ecma262/#sec-set.prototype.add
ThrowCompletionOr<Value> add(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.add"));
    // 3. Set value to CanonicalizeKeyedCollectionKey(value).
    // 4. If S.[[SetData]] already contains it, return S. 5-6. Else append it.
    if (!set->has(vm, arguments.at(0)))
        set->set(vm, arguments.at(0), Value::undefined());
    // 7. Return S.
    return Value::object(set);
}

// Set.prototype.clear ( ) — https://tc39.es/ecma262/#sec-set.prototype.clear
ThrowCompletionOr<Value> clear(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.clear"));
    set->clear(vm);
    return Value::undefined();
}

// Set.prototype.delete ( value ) — https://tc39.es/ecma262/#sec-set.prototype.delete
ThrowCompletionOr<Value> delete_(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.delete"));
    return Value::boolean(set->remove(vm, arguments.at(0)));
}

// Set.prototype.entries ( ) — https://tc39.es/ecma262/#sec-set.prototype.entries
ThrowCompletionOr<Value> entries(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.entries"));
    // 2. Return ? CreateSetIterator(S, key+value).
    return create_set_iterator(vm, *set, IterationKind::KeyValue);
}

// Set.prototype.forEach ( callback [ , thisArg ] ) — https://tc39.es/ecma262/#sec-set.prototype.foreach
ThrowCompletionOr<Value> for_each(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.forEach"));
    // 3. If IsCallable(callback) is false, throw a TypeError exception.
    if (!is_callable(arguments.at(0)))
        return vm.throw_type_error(ErrorType::NotAFunction, { "Set.prototype.forEach callback" });
    // 4-8. For each element (including ones added meanwhile), if not deleted:
    //      ? Call(callback, thisArg, « e, e, S »).
    for (uint32_t entry = 0; entry < set->entry_count(); ++entry) {
        if (!set->is_live_entry(entry))
            continue;
        Value element = set->key_at(entry);
        Value call_arguments[] = { element, element, Value::object(set) };
        TRY(call(vm, arguments.at(0), arguments.at(1), call_arguments));
    }
    // 9. Return undefined.
    return Value::undefined();
}

// Set.prototype.has ( value ) — https://tc39.es/ecma262/#sec-set.prototype.has
ThrowCompletionOr<Value> has(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.has"));
    return Value::boolean(set->has(vm, arguments.at(0)));
}

// get Set.prototype.size — https://tc39.es/ecma262/#sec-get-set.prototype.size
ThrowCompletionOr<Value> size(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "get Set.prototype.size"));
    return Value::number(double(set->size()));
}

// Set.prototype.values ( ) — https://tc39.es/ecma262/#sec-set.prototype.values
ThrowCompletionOr<Value> values(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.values"));
    return create_set_iterator(vm, *set, IterationKind::Value);
}

namespace {

// A Set Record (24.2.1.1): [[SetObject]], [[Size]], [[Has]], [[Keys]]. Keep it in a local.
struct SetRecord {
    Object* set;
    double size;
    Value has;
    Value keys;
};

// GetSetRecord ( obj ) — https://tc39.es/ecma262/#sec-getsetrecord
ThrowCompletionOr<SetRecord> get_set_record(VM& vm, Value value)
{
    // 1. If obj is not an Object, throw a TypeError exception.
    if (!value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "The argument of a Set method" });
    Object& object = *value.as_object();
    // 2. Let rawSize be ? Get(obj, "size").
    Value raw_size = TRY(get(vm, object, to_property_key(vm.atoms(), CodeUnitView(std::string_view("size")))));
    // 3. Let numSize be ? ToNumber(rawSize). 4. NOTE. 5. If numSize is NaN, throw a TypeError exception.
    double number_size = TRY(to_number(vm, raw_size));
    if (std::isnan(number_size))
        return vm.throw_type_error(ErrorType::SetSizeIsNaN);
    // 6. Let intSize be ! ToIntegerOrInfinity(numSize). 7. If intSize < 0, throw a RangeError exception.
    double int_size = number_to_integer_or_infinity(number_size);
    if (int_size < 0)
        return vm.throw_range_error(ErrorType::InvalidSize, { primitive_to_string(vm, Value::number(int_size))->to_utf8(vm.heap()) });
    // 8-9. Let has be ? Get(obj, "has"); it must be callable.
    Value has = TRY(get(vm, object, to_property_key(vm.atoms(), CodeUnitView(std::string_view("has")))));
    if (!is_callable(has))
        return vm.throw_type_error(ErrorType::NotAFunction, { "'has'" });
    // 10-11. Let keys be ? Get(obj, "keys"); it must be callable.
    Value keys = TRY(get(vm, object, to_property_key(vm.atoms(), CodeUnitView(std::string_view("keys")))));
    if (!is_callable(keys))
        return vm.throw_type_error(ErrorType::NotAFunction, { "'keys'" });
    // 12. Return a new Set Record.
    return SetRecord { &object, int_size, has, keys };
}

// GetIteratorFromMethod-like: GetKeysIterator ( setRec ) — https://tc39.es/ecma262/#sec-getkeysiterator
ThrowCompletionOr<IteratorRecord> get_keys_iterator(VM& vm, SetRecord const& record)
{
    // 1. Let keysIter be ? Call(setRec.[[Keys]], setRec.[[SetObject]]).
    Value keys_iterator = TRY(call(vm, record.keys, Value::object(record.set), {}));
    // 2. If keysIter is not an Object, throw a TypeError exception.
    if (!keys_iterator.is_object())
        return vm.throw_type_error(ErrorType::IteratorNotObject);
    // 3. Let nextMethod be ? Get(keysIter, "next").
    IteratorRecord iterator = TRY(get_iterator_direct(vm, *keys_iterator.as_object()));
    // 4. If IsCallable(nextMethod) is false, throw a TypeError exception.
    if (!is_callable(iterator.next_method))
        return vm.throw_type_error(ErrorType::NotAFunction, { "'next'" });
    // 5. Return a new Iterator Record.
    return iterator;
}

ThrowCompletionOr<bool> other_has(VM& vm, SetRecord const& record, Value element)
{
    Value call_arguments[] = { element };
    return to_boolean(TRY(call(vm, record.has, Value::object(record.set), call_arguments)));
}

// A new Set with a copy of `source`'s elements.
MapObject* copy_set(VM& vm, MapObject& source)
{
    MapObject* result = MapObject::create(vm, ObjectKind::Set, vm.current_realm().set_prototype());
    for (uint32_t entry = 0; entry < source.entry_count(); ++entry) {
        if (source.is_live_entry(entry))
            result->set(vm, source.key_at(entry), Value::undefined());
    }
    return result;
}

MapObject* empty_set(VM& vm) { return MapObject::create(vm, ObjectKind::Set, vm.current_realm().set_prototype()); }

}

// Set.prototype.difference ( other ) — https://tc39.es/ecma262/#sec-set.prototype.difference
ThrowCompletionOr<Value> difference(VM& vm, Arguments const& arguments)
{
    // 1-2. Let O be the this value; RequireInternalSlot(O, [[SetData]]).
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.difference"));
    // 3. Let otherRec be ? GetSetRecord(other).
    SetRecord other = TRY(get_set_record(vm, arguments.at(0)));
    // 4. Let resultSetData be a copy of O.[[SetData]].
    MapObject* result = copy_set(vm, *set);
    // 5. If SetDataSize(O.[[SetData]]) ≤ otherRec.[[Size]], then
    if (double(set->size()) <= other.size) {
        // a-c. For each element e of O (as it is now), if ? otherRec.[[Has]](e), remove e from the result.
        for (uint32_t entry = 0; entry < set->entry_count(); ++entry) {
            if (!set->is_live_entry(entry))
                continue;
            Value element = set->key_at(entry);
            if (TRY(other_has(vm, other, element)))
                result->remove(vm, element);
        }
    } else {
        // 6. Else, for each key of GetKeysIterator(otherRec): remove it (canonicalised) from the result.
        IteratorRecord keys = TRY(get_keys_iterator(vm, other));
        while (auto next = TRY(iterator_step_value(vm, keys)))
            result->remove(vm, *next);
    }
    // 7-8. Return a new Set whose [[SetData]] is resultSetData.
    return Value::object(result);
}

// Set.prototype.intersection ( other ) — https://tc39.es/ecma262/#sec-set.prototype.intersection
ThrowCompletionOr<Value> intersection(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.intersection"));
    // 3. Let otherRec be ? GetSetRecord(other).
    SetRecord other = TRY(get_set_record(vm, arguments.at(0)));
    // 4. Let resultSetData be a new empty List.
    MapObject* result = empty_set(vm);
    // 5. If SetDataSize(O.[[SetData]]) ≤ otherRec.[[Size]], then
    if (double(set->size()) <= other.size) {
        // For each element e of O: if ? otherRec.[[Has]](e), append e (once).
        for (uint32_t entry = 0; entry < set->entry_count(); ++entry) {
            if (!set->is_live_entry(entry))
                continue;
            Value element = set->key_at(entry);
            if (TRY(other_has(vm, other, element)) && !result->has(vm, element))
                result->set(vm, element, Value::undefined());
        }
    } else {
        // 6. Else, for each key of the other's keys: append it (once) if O has it.
        IteratorRecord keys = TRY(get_keys_iterator(vm, other));
        while (auto next = TRY(iterator_step_value(vm, keys))) {
            if (set->has(vm, *next) && !result->has(vm, *next))
                result->set(vm, *next, Value::undefined());
        }
    }
    // 7-8. Return the new Set.
    return Value::object(result);
}

// Set.prototype.isDisjointFrom ( other ) — https://tc39.es/ecma262/#sec-set.prototype.isdisjointfrom
ThrowCompletionOr<Value> is_disjoint_from(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.isDisjointFrom"));
    SetRecord other = TRY(get_set_record(vm, arguments.at(0)));
    // 4. If SetDataSize(O.[[SetData]]) ≤ otherRec.[[Size]], then
    if (double(set->size()) <= other.size) {
        // For each element e of O: if ? otherRec.[[Has]](e), return false.
        for (uint32_t entry = 0; entry < set->entry_count(); ++entry) {
            if (set->is_live_entry(entry) && TRY(other_has(vm, other, set->key_at(entry))))
                return Value::boolean(false);
        }
    } else {
        // 5. Else, for each key of the other's: if O has it, close the iterator and return false.
        IteratorRecord keys = TRY(get_keys_iterator(vm, other));
        while (auto next = TRY(iterator_step_value(vm, keys))) {
            if (set->has(vm, *next)) {
                TRY(iterator_close(vm, keys));
                return Value::boolean(false);
            }
        }
    }
    // 6. Return true.
    return Value::boolean(true);
}

// Set.prototype.isSubsetOf ( other ) — https://tc39.es/ecma262/#sec-set.prototype.issubsetof
ThrowCompletionOr<Value> is_subset_of(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.isSubsetOf"));
    SetRecord other = TRY(get_set_record(vm, arguments.at(0)));
    // 4. If SetDataSize(O.[[SetData]]) > otherRec.[[Size]], return false.
    if (double(set->size()) > other.size)
        return Value::boolean(false);
    // 5-6. For each element e of O: if ? otherRec.[[Has]](e) is false, return false.
    for (uint32_t entry = 0; entry < set->entry_count(); ++entry) {
        if (set->is_live_entry(entry) && !TRY(other_has(vm, other, set->key_at(entry))))
            return Value::boolean(false);
    }
    // 7. Return true.
    return Value::boolean(true);
}

// Set.prototype.isSupersetOf ( other ) — https://tc39.es/ecma262/#sec-set.prototype.issupersetof
ThrowCompletionOr<Value> is_superset_of(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.isSupersetOf"));
    SetRecord other = TRY(get_set_record(vm, arguments.at(0)));
    // 4. If SetDataSize(O.[[SetData]]) < otherRec.[[Size]], return false.
    if (double(set->size()) < other.size)
        return Value::boolean(false);
    // 5-6. For each key of the other's: if O lacks it, close the iterator and return false.
    IteratorRecord keys = TRY(get_keys_iterator(vm, other));
    while (auto next = TRY(iterator_step_value(vm, keys))) {
        if (!set->has(vm, *next)) {
            TRY(iterator_close(vm, keys));
            return Value::boolean(false);
        }
    }
    // 7. Return true.
    return Value::boolean(true);
}

// Set.prototype.symmetricDifference ( other ) — https://tc39.es/ecma262/#sec-set.prototype.symmetricdifference
ThrowCompletionOr<Value> symmetric_difference(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.symmetricDifference"));
    SetRecord other = TRY(get_set_record(vm, arguments.at(0)));
    // 4. Let keysIter be ? GetKeysIterator(otherRec).
    IteratorRecord keys = TRY(get_keys_iterator(vm, other));
    // 5. Let resultSetData be a copy of O.[[SetData]].
    MapObject* result = copy_set(vm, *set);
    // 6-7. For each key of the other's: in O → remove from the result; else add to it.
    while (auto next = TRY(iterator_step_value(vm, keys))) {
        if (set->has(vm, *next))
            result->remove(vm, *next);
        else if (!result->has(vm, *next))
            result->set(vm, *next, Value::undefined());
    }
    // 8-9. Return the new Set.
    return Value::object(result);
}

// Set.prototype.union ( other ) — https://tc39.es/ecma262/#sec-set.prototype.union
ThrowCompletionOr<Value> union_(VM& vm, Arguments const& arguments)
{
    MapObject* set = TRY(this_set(vm, arguments, "Set.prototype.union"));
    SetRecord other = TRY(get_set_record(vm, arguments.at(0)));
    // 4. Let keysIter be ? GetKeysIterator(otherRec).
    IteratorRecord keys = TRY(get_keys_iterator(vm, other));
    // 5. Let resultSetData be a copy of O.[[SetData]].
    MapObject* result = copy_set(vm, *set);
    // 6-7. Append each key of the other's that is not there yet.
    while (auto next = TRY(iterator_step_value(vm, keys))) {
        if (!result->has(vm, *next))
            result->set(vm, *next, Value::undefined());
    }
    // 8-9. Return the new Set.
    return Value::object(result);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/set/set_prototype.def"
    // 24.2.4.9 Set.prototype.keys and 24.2.4.18 Set.prototype [ %Symbol.iterator% ] are
    // %Set.prototype.values%.
    Value values_function = MUST(get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("values")))));
    define_value(vm, target, "keys", values_function, kMethod);
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().iterator), PropertyDescriptor::data(values_function, kMethod)));
    // 24.2.4.19 Set.prototype [ %Symbol.toStringTag% ]: "Set".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Set")), kConfigurableOnly)));
}

}
