#include "runtime/builtins/set/set_prototype.h"

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
