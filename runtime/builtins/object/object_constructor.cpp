#include "runtime/builtins/object/object_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/builtins/map/group_by.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key_list.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <utility>
#include <vector>

namespace sable::runtime::builtins::object_constructor {

namespace {

std::string describe(VM& vm, Value value)
{
    if (value.is_object())
        return "#<Object>";
    if (value.is_symbol())
        return "Symbol()";
    return primitive_to_string(vm, value)->to_utf8(vm.heap());
}

// ObjectDefineProperties ( O, Properties ) — https://tc39.es/ecma262/#sec-objectdefineproperties
ThrowCompletionOr<Object*> object_define_properties(VM& vm, Object& object, Value properties)
{
    // 1. Let props be ? ToObject(Properties).
    Object* props = TRY(to_object(vm, properties));
    // 2. Let keys be ? props.[[OwnPropertyKeys]]().
    PropertyKeyList* keys = TRY(props->internal_own_property_keys(vm));
    // 3. Let descriptors be a new empty List. (The descriptors sit in a std::vector; the Values
    //    they hold are also appended to `keep_alive`, which the collector sees.)
    std::vector<std::pair<PropertyKey, PropertyDescriptor>> descriptors;
    ValueList keep_alive(vm.heap());
    // 4. For each element nextKey of keys, do
    for (PropertyKey key : *keys) {
        // a. Let propDesc be ? props.[[GetOwnProperty]](nextKey).
        auto property = TRY(props->internal_get_own_property(vm, key));
        // b. If propDesc is not undefined and propDesc.[[Enumerable]] is true, then
        if (!property || !*property->enumerable)
            continue;
        // i. Let descObj be ? Get(props, nextKey).
        Value descriptor_object = TRY(get(vm, *props, key));
        // ii. Let desc be ? ToPropertyDescriptor(descObj).
        PropertyDescriptor descriptor = TRY(to_property_descriptor(vm, descriptor_object));
        keep_alive.append(descriptor.value.value_or(Value::undefined()));
        keep_alive.append(descriptor.get.value_or(Value::undefined()));
        keep_alive.append(descriptor.set.value_or(Value::undefined()));
        // iii. Append the Record { [[Key]]: nextKey, [[Descriptor]]: desc } to descriptors.
        descriptors.emplace_back(key, descriptor);
    }
    // 5. For each element property of descriptors, do
    //    a. Perform ? DefinePropertyOrThrow(O, property.[[Key]], property.[[Descriptor]]).
    for (auto const& [key, descriptor] : descriptors)
        TRY(define_property_or_throw(vm, object, key, descriptor));
    // 6. Return O.
    return &object;
}

// GetOwnPropertyKeys ( O, type ) — https://tc39.es/ecma262/#sec-getownpropertykeys
ThrowCompletionOr<Value> get_own_property_keys(VM& vm, Value value, bool symbols)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, value));
    // 2. Let keys be ? obj.[[OwnPropertyKeys]]().
    PropertyKeyList* keys = TRY(object->internal_own_property_keys(vm));
    // 3. Let nameList be a new empty List.
    ValueList names(vm.heap(), keys->size());
    // 4. For each element nextKey of keys, do
    //    a. If nextKey is a Symbol and type is symbol, or nextKey is a String and type is string,
    //       append nextKey to nameList.
    for (PropertyKey key : *keys) {
        if (key.is_symbol() == symbols)
            names.append(property_key_to_value(vm, key));
    }
    // 5. Return CreateArrayFromList(nameList).
    return Value::object(create_array_from_list(vm, names.span()));
}

}

// Object ( [ value ] ) — https://tc39.es/ecma262/#sec-object-value
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    Realm& realm = function_realm(vm, arguments);
    // 1. If NewTarget is neither undefined nor the active function object, then
    if (arguments.new_target && arguments.new_target != arguments.callee) {
        // a. Return ? OrdinaryCreateFromConstructor(NewTarget, "%Object.prototype%").
        return Value::object(TRY(ordinary_create_from_constructor(vm, *arguments.new_target, &Realm::object_prototype)));
    }
    Value value = arguments.at(0);
    // 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
    if (value.is_nullish())
        return Value::object(Object::create(vm, realm.object_prototype()));
    // 3. Return ! ToObject(value).
    return Value::object(MUST(to_object(vm, value)));
}

// Object.assign ( target, ...sources ) — https://tc39.es/ecma262/#sec-object.assign
ThrowCompletionOr<Value> assign(VM& vm, Arguments const& arguments)
{
    // 1. Let to be ? ToObject(target).
    Object* to = TRY(to_object(vm, arguments.at(0)));
    // 2. If only one argument was passed, return to.
    // 3. For each element nextSource of sources, do
    for (size_t i = 1; i < arguments.size(); ++i) {
        Value next_source = arguments.values[i];
        // a. If nextSource is neither undefined nor null, then
        if (next_source.is_nullish())
            continue;
        // i. Let from be ! ToObject(nextSource).
        Object* from = MUST(to_object(vm, next_source));
        // ii. Let keys be ? from.[[OwnPropertyKeys]]().
        PropertyKeyList* keys = TRY(from->internal_own_property_keys(vm));
        // iii. For each element nextKey of keys, do
        for (PropertyKey key : *keys) {
            // 1. Let desc be ? from.[[GetOwnProperty]](nextKey).
            auto descriptor = TRY(from->internal_get_own_property(vm, key));
            // 2. If desc is not undefined and desc.[[Enumerable]] is true, then
            if (!descriptor || !*descriptor->enumerable)
                continue;
            // a. Let propValue be ? Get(from, nextKey).
            Value value = TRY(get(vm, *from, key));
            // b. Perform ? Set(to, nextKey, propValue, true).
            TRY(set(vm, *to, key, value, true));
        }
    }
    // 4. Return to.
    return Value::object(to);
}

// Object.create ( O, Properties ) — https://tc39.es/ecma262/#sec-object.create
ThrowCompletionOr<Value> create(VM& vm, Arguments const& arguments)
{
    Value prototype = arguments.at(0);
    // 1. If O is not an Object and O is not null, throw a TypeError exception.
    if (!prototype.is_object() && !prototype.is_null())
        return vm.throw_type_error(ErrorType::ProtoNotObjectOrNull, { describe(vm, prototype) });
    // 2. Let obj be OrdinaryObjectCreate(O).
    Object* object = Object::create(vm, prototype.is_null() ? nullptr : prototype.as_object());
    // 3. If Properties is not undefined, then
    //    a. Return ? ObjectDefineProperties(obj, Properties).
    if (!arguments.at(1).is_undefined())
        TRY(object_define_properties(vm, *object, arguments.at(1)));
    // 4. Return obj.
    return Value::object(object);
}

// Object.defineProperties ( O, Properties ) — https://tc39.es/ecma262/#sec-object.defineproperties
ThrowCompletionOr<Value> define_properties(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, throw a TypeError exception.
    if (!arguments.at(0).is_object())
        return vm.throw_type_error(ErrorType::NotA, { "Object.defineProperties", "Object" });
    // 2. Return ? ObjectDefineProperties(O, Properties).
    return Value::object(TRY(object_define_properties(vm, *arguments.at(0).as_object(), arguments.at(1))));
}

// Object.defineProperty ( O, P, Attributes ) — https://tc39.es/ecma262/#sec-object.defineproperty
ThrowCompletionOr<Value> define_property(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, throw a TypeError exception.
    if (!arguments.at(0).is_object())
        return vm.throw_type_error(ErrorType::NotA, { "Object.defineProperty", "Object" });
    // 2. Let key be ? ToPropertyKey(P).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. Let desc be ? ToPropertyDescriptor(Attributes).
    PropertyDescriptor descriptor = TRY(to_property_descriptor(vm, arguments.at(2)));
    // 4. Perform ? DefinePropertyOrThrow(O, key, desc).
    TRY(define_property_or_throw(vm, *arguments.at(0).as_object(), key, descriptor));
    // 5. Return O.
    return arguments.at(0);
}

// Object.entries ( O ) — https://tc39.es/ecma262/#sec-object.entries
ThrowCompletionOr<Value> entries(VM& vm, Arguments const& arguments)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, arguments.at(0)));
    // 2. Let entryList be ? EnumerableOwnProperties(obj, key+value).
    ValueArray* list = TRY(enumerable_own_properties(vm, *object, EnumerableOwnPropertiesKind::KeyValue));
    // 3. Return CreateArrayFromList(entryList).
    return Value::object(create_array_from_list(vm, list->used()));
}

// Object.freeze ( O ) — https://tc39.es/ecma262/#sec-object.freeze
ThrowCompletionOr<Value> freeze(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, return O.
    if (!arguments.at(0).is_object())
        return arguments.at(0);
    // 2. Let status be ? SetIntegrityLevel(O, frozen).
    bool status = TRY(set_integrity_level(vm, *arguments.at(0).as_object(), IntegrityLevel::Frozen));
    // 3. If status is false, throw a TypeError exception.
    if (!status)
        return vm.throw_type_error(ErrorType::CannotFreeze);
    // 4. Return O.
    return arguments.at(0);
}

// Object.fromEntries ( iterable ) — https://tc39.es/ecma262/#sec-object.fromentries
ThrowCompletionOr<Value> from_entries(VM& vm, Arguments const& arguments)
{
    // 1. Perform ? RequireObjectCoercible(iterable).
    Value iterable = TRY(require_object_coercible(vm, arguments.at(0)));
    // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    Object* object = Object::create(vm, vm.current_realm().object_prototype());
    // 3-5. AddEntriesFromIterable(obj, iterable, adder) where adder does CreateDataPropertyOrThrow.
    IteratorRecord record = TRY(get_iterator(vm, iterable));
    while (true) {
        // a. Let next be ? IteratorStepValue(iteratorRecord).
        auto next = TRY(iterator_step_value(vm, record));
        // b. If next is done, return target.
        if (!next)
            return Value::object(object);
        // c. If next is not an Object, then: IteratorClose with a TypeError.
        if (!next->is_object()) {
            (void)vm.throw_type_error(ErrorType::IteratorResultNotObject, { describe(vm, *next) });
            return iterator_close_with_throw(vm, record);
        }
        // d. Let k be Completion(Get(next, "0")). e. IfAbruptCloseIterator(k, iteratorRecord).
        auto k = get(vm, *next->as_object(), PropertyKey::from_index(0));
        if (k.is_throw())
            return iterator_close_with_throw(vm, record);
        // f. Let v be Completion(Get(next, "1")). g. IfAbruptCloseIterator(v, iteratorRecord).
        auto v = get(vm, *next->as_object(), PropertyKey::from_index(1));
        if (v.is_throw())
            return iterator_close_with_throw(vm, record);
        // h. Let status be Completion(Call(adder, target, « k, v »)): ToPropertyKey + CreateDataPropertyOrThrow.
        auto key = to_property_key(vm, k.value());
        if (key.is_throw())
            return iterator_close_with_throw(vm, record);
        // i. IfAbruptCloseIterator(status, iteratorRecord).
        if (create_data_property_or_throw(vm, *object, key.value(), v.value()).is_throw())
            return iterator_close_with_throw(vm, record);
    }
}

// Object.getOwnPropertyDescriptor ( O, P ) — https://tc39.es/ecma262/#sec-object.getownpropertydescriptor
ThrowCompletionOr<Value> get_own_property_descriptor(VM& vm, Arguments const& arguments)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, arguments.at(0)));
    // 2. Let key be ? ToPropertyKey(P).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. Let desc be ? obj.[[GetOwnProperty]](key).
    auto descriptor = TRY(object->internal_get_own_property(vm, key));
    // 4. Return FromPropertyDescriptor(desc).
    return from_property_descriptor(vm, descriptor);
}

// Object.getOwnPropertyDescriptors ( O ) — https://tc39.es/ecma262/#sec-object.getownpropertydescriptors
ThrowCompletionOr<Value> get_own_property_descriptors(VM& vm, Arguments const& arguments)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, arguments.at(0)));
    // 2. Let ownKeys be ? obj.[[OwnPropertyKeys]]().
    PropertyKeyList* keys = TRY(object->internal_own_property_keys(vm));
    // 3. Let descriptors be OrdinaryObjectCreate(%Object.prototype%).
    Object* descriptors = Object::create(vm, vm.current_realm().object_prototype());
    // 4. For each element key of ownKeys, do
    for (PropertyKey key : *keys) {
        // a. Let desc be ? obj.[[GetOwnProperty]](key).
        auto descriptor = TRY(object->internal_get_own_property(vm, key));
        // b. Let descriptor be FromPropertyDescriptor(desc).
        Value descriptor_object = from_property_descriptor(vm, descriptor);
        // c. If descriptor is not undefined, perform ! CreateDataPropertyOrThrow(descriptors, key, descriptor).
        if (!descriptor_object.is_undefined())
            MUST(create_data_property_or_throw(vm, *descriptors, key, descriptor_object));
    }
    // 5. Return descriptors.
    return Value::object(descriptors);
}

// Object.getOwnPropertyNames ( O ) — https://tc39.es/ecma262/#sec-object.getownpropertynames
ThrowCompletionOr<Value> get_own_property_names(VM& vm, Arguments const& arguments)
{
    // 1. Return CreateArrayFromList(? GetOwnPropertyKeys(O, string)).
    return get_own_property_keys(vm, arguments.at(0), false);
}

// Object.getOwnPropertySymbols ( O ) — https://tc39.es/ecma262/#sec-object.getownpropertysymbols
ThrowCompletionOr<Value> get_own_property_symbols(VM& vm, Arguments const& arguments)
{
    // 1. Return CreateArrayFromList(? GetOwnPropertyKeys(O, symbol)).
    return get_own_property_keys(vm, arguments.at(0), true);
}

// Object.getPrototypeOf ( O ) — https://tc39.es/ecma262/#sec-object.getprototypeof
ThrowCompletionOr<Value> get_prototype_of(VM& vm, Arguments const& arguments)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, arguments.at(0)));
    // 2. Return ? obj.[[GetPrototypeOf]]().
    Object* prototype = TRY(object->internal_get_prototype_of(vm));
    return prototype ? Value::object(prototype) : Value::null();
}

// Object.groupBy ( items, callback ) — https://tc39.es/ecma262/#sec-object.groupby
ThrowCompletionOr<Value> group_by(VM& vm, Arguments const& arguments)
{
    // 1. Let groups be ? GroupBy(items, callback, property).
    MapObject* groups = TRY(runtime::group_by(vm, arguments.at(0), arguments.at(1), GroupByKeyCoercion::Property));
    // 2. Let obj be OrdinaryObjectCreate(null).
    Object* object = Object::create(vm, nullptr);
    // 3. For each Record { [[Key]], [[Elements]] } g of groups, do
    //    a. Let elements be CreateArrayFromList(g.[[Elements]]).
    //    b. Perform ! CreateDataPropertyOrThrow(obj, g.[[Key]], elements).
    for (uint32_t entry = 0; entry < groups->entry_count(); ++entry) {
        if (!groups->is_live_entry(entry))
            continue;
        PropertyKey key = MUST(to_property_key(vm, groups->key_at(entry)));
        MUST(create_data_property_or_throw(vm, *object, key, groups->value_at(entry)));
    }
    // 4. Return obj.
    return Value::object(object);
}

// Object.hasOwn ( O, P ) — https://tc39.es/ecma262/#sec-object.hasown
ThrowCompletionOr<Value> has_own(VM& vm, Arguments const& arguments)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, arguments.at(0)));
    // 2. Let key be ? ToPropertyKey(P).
    PropertyKey key = TRY(to_property_key(vm, arguments.at(1)));
    // 3. Return ? HasOwnProperty(obj, key).
    return Value::boolean(TRY(has_own_property(vm, *object, key)));
}

// Object.is ( value1, value2 ) — https://tc39.es/ecma262/#sec-object.is
ThrowCompletionOr<Value> is(VM& vm, Arguments const& arguments)
{
    // 1. Return SameValue(value1, value2).
    return Value::boolean(same_value(vm.heap(), arguments.at(0), arguments.at(1)));
}

// Object.isExtensible ( O ) — https://tc39.es/ecma262/#sec-object.isextensible
ThrowCompletionOr<Value> is_extensible(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, return false.
    if (!arguments.at(0).is_object())
        return Value::boolean(false);
    // 2. Return ? IsExtensible(O).
    return Value::boolean(TRY(arguments.at(0).as_object()->internal_is_extensible(vm)));
}

// Object.isFrozen ( O ) — https://tc39.es/ecma262/#sec-object.isfrozen
ThrowCompletionOr<Value> is_frozen(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, return true.
    if (!arguments.at(0).is_object())
        return Value::boolean(true);
    // 2. Return ? TestIntegrityLevel(O, frozen).
    return Value::boolean(TRY(test_integrity_level(vm, *arguments.at(0).as_object(), IntegrityLevel::Frozen)));
}

// Object.isSealed ( O ) — https://tc39.es/ecma262/#sec-object.issealed
ThrowCompletionOr<Value> is_sealed(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, return true.
    if (!arguments.at(0).is_object())
        return Value::boolean(true);
    // 2. Return ? TestIntegrityLevel(O, sealed).
    return Value::boolean(TRY(test_integrity_level(vm, *arguments.at(0).as_object(), IntegrityLevel::Sealed)));
}

// Object.keys ( O ) — https://tc39.es/ecma262/#sec-object.keys
ThrowCompletionOr<Value> keys(VM& vm, Arguments const& arguments)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, arguments.at(0)));
    // 2. Let keyList be ? EnumerableOwnProperties(obj, key).
    ValueArray* list = TRY(enumerable_own_properties(vm, *object, EnumerableOwnPropertiesKind::Key));
    // 3. Return CreateArrayFromList(keyList).
    return Value::object(create_array_from_list(vm, list->used()));
}

// Object.preventExtensions ( O ) — https://tc39.es/ecma262/#sec-object.preventextensions
ThrowCompletionOr<Value> prevent_extensions(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, return O.
    if (!arguments.at(0).is_object())
        return arguments.at(0);
    // 2. Let status be ? O.[[PreventExtensions]]().
    bool status = TRY(arguments.at(0).as_object()->internal_prevent_extensions(vm));
    // 3. If status is false, throw a TypeError exception.
    if (!status)
        return vm.throw_type_error(ErrorType::CannotPreventExtensions);
    // 4. Return O.
    return arguments.at(0);
}

// Object.seal ( O ) — https://tc39.es/ecma262/#sec-object.seal
ThrowCompletionOr<Value> seal(VM& vm, Arguments const& arguments)
{
    // 1. If O is not an Object, return O.
    if (!arguments.at(0).is_object())
        return arguments.at(0);
    // 2. Let status be ? SetIntegrityLevel(O, sealed).
    bool status = TRY(set_integrity_level(vm, *arguments.at(0).as_object(), IntegrityLevel::Sealed));
    // 3. If status is false, throw a TypeError exception.
    if (!status)
        return vm.throw_type_error(ErrorType::CannotSeal);
    // 4. Return O.
    return arguments.at(0);
}

// Object.setPrototypeOf ( O, proto ) — https://tc39.es/ecma262/#sec-object.setprototypeof
ThrowCompletionOr<Value> set_prototype_of(VM& vm, Arguments const& arguments)
{
    // 1. Set O to ? RequireObjectCoercible(O).
    Value object = TRY(require_object_coercible(vm, arguments.at(0)));
    Value prototype = arguments.at(1);
    // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
    if (!prototype.is_object() && !prototype.is_null())
        return vm.throw_type_error(ErrorType::ProtoNotObjectOrNull, { describe(vm, prototype) });
    // 3. If O is not an Object, return O.
    if (!object.is_object())
        return object;
    // 4. Let status be ? O.[[SetPrototypeOf]](proto).
    bool status = TRY(object.as_object()->internal_set_prototype_of(vm, prototype.is_null() ? nullptr : prototype.as_object()));
    // 5. If status is false, throw a TypeError exception.
    if (!status)
        return vm.throw_type_error(ErrorType::CannotSetPrototype);
    // 6. Return O.
    return object;
}

// Object.values ( O ) — https://tc39.es/ecma262/#sec-object.values
ThrowCompletionOr<Value> values(VM& vm, Arguments const& arguments)
{
    // 1. Let obj be ? ToObject(O).
    Object* object = TRY(to_object(vm, arguments.at(0)));
    // 2. Let valueList be ? EnumerableOwnProperties(obj, value).
    ValueArray* list = TRY(enumerable_own_properties(vm, *object, EnumerableOwnPropertiesKind::Value));
    // 3. Return CreateArrayFromList(valueList).
    return Value::object(create_array_from_list(vm, list->used()));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/object/object_constructor.def"
}

}
