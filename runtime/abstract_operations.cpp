#include "runtime/abstract_operations.h"

#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/bigint.h"
#include "runtime/bound_function.h"
#include "runtime/error_types.h"
#include "runtime/function_object.h"
#include "runtime/native_function.h"
#include "runtime/number_conversion.h"
#include "runtime/property_key_list.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <cmath>

namespace sable::runtime {

namespace {

// Number::sameValue ( x, y ) — https://tc39.es/ecma262/#sec-numeric-types-number-sameValue
bool number_same_value(double x, double y)
{
    // 1. If x is NaN and y is NaN, return true.
    if (std::isnan(x) && std::isnan(y))
        return true;
    // 2-3. +0 and -0 differ.
    if (x == 0 && y == 0)
        return std::signbit(x) == std::signbit(y);
    // 4. If x is y, return true. 5. Return false.
    return x == y;
}

// SameValueNonNumber ( x, y ) — https://tc39.es/ecma262/#sec-samevaluenonnumber
bool same_value_non_number(gc::Heap& heap, Value x, Value y)
{
    // 1. Assert: Type(x) is Type(y).
    // 2. If x is either null or undefined, return true. (Equal tags.)
    // 3. If x is a BigInt, return BigInt::equal(x, y).
    if (x.is_bigint())
        return bigint_equals(*x.as_bigint(), *y.as_bigint());
    // 4. If x is a String, return true if x and y have the same code units.
    if (x.is_string())
        return String::equals(heap, x.as_string(), y.as_string());
    // 5. If x is a Boolean, return true if both are true or both are false.
    // 6. NOTE: All other ECMAScript language values are compared by identity.
    // 7. If x is y, return true; otherwise, return false.
    return x == y;
}

bool same_type(Value x, Value y)
{
    if (x.is_number() || y.is_number())
        return x.is_number() && y.is_number();
    return x.tag() == y.tag();
}

}

// SameValue ( x, y ) — https://tc39.es/ecma262/#sec-samevalue
bool same_value(gc::Heap& heap, Value x, Value y)
{
    // 1. If Type(x) is not Type(y), return false.
    if (!same_type(x, y))
        return false;
    // 2. If x is a Number, return Number::sameValue(x, y).
    if (x.is_number())
        return number_same_value(x.as_number(), y.as_number());
    // 3. Return SameValueNonNumber(x, y).
    return same_value_non_number(heap, x, y);
}

// SameValueZero ( x, y ) — https://tc39.es/ecma262/#sec-samevaluezero
bool same_value_zero(gc::Heap& heap, Value x, Value y)
{
    // 1. If Type(x) is not Type(y), return false.
    if (!same_type(x, y))
        return false;
    // 2. If x is a Number, return Number::sameValueZero(x, y).
    if (x.is_number()) {
        double a = x.as_number();
        double b = y.as_number();
        return (std::isnan(a) && std::isnan(b)) || a == b;
    }
    // 3. Return SameValueNonNumber(x, y).
    return same_value_non_number(heap, x, y);
}

// IsCallable ( argument ) — https://tc39.es/ecma262/#sec-iscallable
bool is_callable(Value argument)
{
    // 1. If argument is not an Object, return false.
    // 2. If argument has a [[Call]] internal method, return true.
    // 3. Return false.
    return argument.is_object() && argument.as_object()->is_callable();
}

// IsConstructor ( argument ) — https://tc39.es/ecma262/#sec-isconstructor
bool is_constructor(Value argument)
{
    // 1. If argument is not an Object, return false.
    // 2. If argument has a [[Construct]] internal method, return true.
    // 3. Return false.
    return argument.is_object() && argument.as_object()->is_constructor();
}

// IsArray ( argument ) — https://tc39.es/ecma262/#sec-isarray
ThrowCompletionOr<bool> is_array(VM& vm, Value argument)
{
    // 1. If argument is not an Object, return false.
    if (!argument.is_object())
        return false;
    // 2. If argument is an Array exotic object, return true.
    // 3. If argument is a Proxy exotic object, then
    if (ProxyObject* proxy = as_proxy(*argument.as_object())) {
        // a. Perform ? ValidateNonRevokedProxy(argument).
        TRY(validate_non_revoked_proxy(vm, *proxy, "IsArray"));
        // b-c. Return ? IsArray(argument.[[ProxyTarget]]).
        return is_array(vm, Value::object(proxy->target()));
    }
    // 4. Return false.
    return is_array_exotic(*argument.as_object());
}

// IsRegExp ( argument ) — https://tc39.es/ecma262/#sec-isregexp
ThrowCompletionOr<bool> is_regexp(VM& vm, Value argument)
{
    // 1. If argument is not an Object, return false.
    if (!argument.is_object())
        return false;
    // 2. Let matcher be ? Get(argument, %Symbol.match%).
    Value matcher = TRY(get(vm, *argument.as_object(), PropertyKey::from_symbol(vm.symbols().match)));
    // 3. If matcher is not undefined, return ToBoolean(matcher).
    if (!matcher.is_undefined())
        return to_boolean(matcher);
    // 4. If argument has a [[RegExpMatcher]] internal slot, return true.
    // 5. Return false.
    return argument.as_object()->kind() == ObjectKind::RegExp;
}

// IsIntegralNumber ( argument ) — https://tc39.es/ecma262/#sec-isintegralnumber
bool is_integral_number(Value argument)
{
    // 1. If argument is not a Number, return false.
    if (argument.is_int32())
        return true;
    if (!argument.is_double())
        return false;
    // 2. If argument is not finite, return false.
    // 3. If truncate(ℝ(argument)) ≠ ℝ(argument), return false.
    // 4. Return true.
    double number = argument.as_double();
    return std::isfinite(number) && std::trunc(number) == number;
}

// RequireObjectCoercible ( argument ) — https://tc39.es/ecma262/#sec-requireobjectcoercible
ThrowCompletionOr<Value> require_object_coercible(VM& vm, Value argument)
{
    // Undefined and Null throw a TypeError; every other value is returned.
    if (argument.is_nullish())
        return vm.throw_type_error(ErrorType::CannotConvertToObject);
    return argument;
}

// Construct ( F [ , argumentsList [ , newTarget ] ] ) — https://tc39.es/ecma262/#sec-construct
ThrowCompletionOr<Object*> construct(VM& vm, Object& constructor, std::span<Value const> arguments, Object* new_target)
{
    // 1. If newTarget is not present, set newTarget to F.
    if (!new_target)
        new_target = &constructor;
    // 2. If argumentsList is not present, set argumentsList to a new empty List.
    // 3. Return ? F.[[Construct]](argumentsList, newTarget).
    assert(constructor.is_constructor());
    return constructor.internal_methods().construct(vm, constructor, arguments, new_target);
}

// GetV ( V, P ) — https://tc39.es/ecma262/#sec-getv
ThrowCompletionOr<Value> get_v(VM& vm, Value value, PropertyKey key)
{
    // Fast path: an object needs no ToObject.
    if (value.is_object())
        return value.as_object()->internal_get(vm, key, value);
    // 1. Let O be ? ToObject(V).
    Object* object = TRY(to_object(vm, value));
    // 2. Return ? O.[[Get]](P, V).
    return object->internal_get(vm, key, value);
}

// GetMethod ( V, P ) — https://tc39.es/ecma262/#sec-getmethod
ThrowCompletionOr<Value> get_method_of_value(VM& vm, Value value, PropertyKey key)
{
    // 1. Let func be ? GetV(V, P).
    Value function = TRY(get_v(vm, value, key));
    // 2. If func is either undefined or null, return undefined.
    if (function.is_nullish())
        return Value::undefined();
    // 3. If IsCallable(func) is false, throw a TypeError exception.
    if (!is_callable(function))
        return vm.throw_type_error(ErrorType::NotAFunction, { describe_property_key(vm.heap(), key) });
    // 4. Return func.
    return function;
}

// Invoke ( V, P [ , argumentsList ] ) — https://tc39.es/ecma262/#sec-invoke
ThrowCompletionOr<Value> invoke(VM& vm, Value value, PropertyKey key, std::span<Value const> arguments)
{
    // 1. If argumentsList is not present, set argumentsList to a new empty List.
    // 2. Let func be ? GetV(V, P).
    Value function = TRY(get_v(vm, value, key));
    if (!is_callable(function))
        return vm.throw_type_error(ErrorType::NotAFunction, { describe_property_key(vm.heap(), key) });
    // 3. Return ? Call(func, V, argumentsList).
    return call(vm, function, value, arguments);
}

// LengthOfArrayLike ( obj ) — https://tc39.es/ecma262/#sec-lengthofarraylike
ThrowCompletionOr<uint64_t> length_of_array_like(VM& vm, Object& object)
{
    // Fast path: an Array's "length" is slot 0 and already a valid length.
    if (is_array_exotic(object))
        return uint64_t(array_length(object));
    // 1. Return ℝ(? ToLength(? Get(obj, "length"))).
    Value length = TRY(get(vm, object, PropertyKey::from_atom(vm.atoms().length)));
    return to_length(vm, length);
}

// CreateListFromArrayLike ( obj [ , validElementTypes ] ) — https://tc39.es/ecma262/#sec-createlistfromarraylike
ThrowCompletionOr<ValueArray*> create_list_from_array_like(VM& vm, Value value, bool property_keys_only)
{
    // 1. If validElementTypes is not present, set validElementTypes to all.
    // 2. If obj is not an Object, throw a TypeError exception.
    if (!value.is_object())
        return vm.throw_type_error(ErrorType::ListFromNonObject);
    Object& object = *value.as_object();
    // 3. Let len be ? LengthOfArrayLike(obj).
    uint64_t length = TRY(length_of_array_like(vm, object));
    if (length > ValueArray::kMaxCapacity)
        return vm.throw_range_error(ErrorType::InvalidArrayLength);
    // 4. Let list be a new empty List.
    ValueArray* list = ValueArray::create(vm.heap(), uint32_t(std::max<uint64_t>(length, 1)), Value::undefined());
    // 5. Let index be 0.
    // 6. Repeat, while index < len,
    for (uint32_t index = 0; index < length; ++index) {
        // a. Let indexName be ! ToString(𝔽(index)).
        // b. Let next be ? Get(obj, indexName).
        Value next = TRY(get(vm, object, PropertyKey::from_index(index)));
        // c. If validElementTypes is property-key and next is not a property key, throw a TypeError.
        if (property_keys_only && !next.is_string() && !next.is_symbol()) {
            String* text = next.is_object() ? vm.atoms().object : TRY(to_string(vm, next));
            return vm.throw_type_error(ErrorType::ListElementNotPropertyKey, { text->to_utf8(vm.heap()) });
        }
        // d. Append next to list. e. Set index to index + 1.
        list->set(vm.heap(), index, next);
        list->set_size(index + 1);
    }
    // 7. Return list.
    return list;
}

// CreateArrayFromList ( elements ) — https://tc39.es/ecma262/#sec-createarrayfromlist
Object* create_array_from_list(VM& vm, std::span<Value const> elements)
{
    // 1. Let array be ! ArrayCreate(0).
    Object* array = MUST(array_create(vm, 0));
    // 2. Let n be 0.
    // 3. For each element e of elements, do
    //    a. Perform ! CreateDataPropertyOrThrow(array, ! ToString(𝔽(n)), e).
    //    b. Set n to n + 1.
    for (uint32_t n = 0; n < elements.size(); ++n)
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(n), elements[n]));
    // 4. Return array.
    return array;
}

// GetFunctionRealm ( obj ) — https://tc39.es/ecma262/#sec-getfunctionrealm
ThrowCompletionOr<Realm*> get_function_realm(VM& vm, Object& object)
{
    // 1. If obj has a [[Realm]] internal slot, then
    //    a. Return obj.[[Realm]].
    if (object.kind() == ObjectKind::NativeFunction || object.kind() == ObjectKind::NativeConstructor || object.kind() == ObjectKind::IsHTMLDDA)
        return &static_cast<NativeFunction&>(object).realm();
    if (object.kind() == ObjectKind::Function || object.kind() == ObjectKind::ConstructorFunction)
        return &static_cast<FunctionObject&>(object).realm();
    // 2. If obj is a bound function exotic object, then
    if (auto* bound = as_bound_function(object)) {
        // a. Let boundTargetFunction be obj.[[BoundTargetFunction]].
        // b. Return ? GetFunctionRealm(boundTargetFunction).
        return get_function_realm(vm, *bound->target());
    }
    // 3. If obj is a Proxy exotic object, then
    if (ProxyObject* proxy = as_proxy(object)) {
        // a. Perform ? ValidateNonRevokedProxy(obj).
        TRY(validate_non_revoked_proxy(vm, *proxy, "GetFunctionRealm"));
        // b-c. Return ? GetFunctionRealm(obj.[[ProxyTarget]]).
        return get_function_realm(vm, *proxy->target());
    }
    // 4. Return the current Realm Record.
    return &vm.current_realm();
}

// GetPrototypeFromConstructor ( constructor, intrinsicDefaultProto ) —
// https://tc39.es/ecma262/#sec-getprototypefromconstructor
ThrowCompletionOr<Object*> get_prototype_from_constructor(VM& vm, Object& constructor, IntrinsicGetter intrinsic_default)
{
    // 1. Assert: intrinsicDefaultProto is this specification's name of an intrinsic object.
    // 2. Let proto be ? Get(constructor, "prototype").
    Value prototype = TRY(get(vm, constructor, PropertyKey::from_atom(vm.atoms().prototype)));
    // 3. If proto is not an Object, then
    if (!prototype.is_object()) {
        // a. Let realm be ? GetFunctionRealm(constructor).
        Realm* realm = TRY(get_function_realm(vm, constructor));
        // b. Set proto to realm's intrinsic object named intrinsicDefaultProto.
        return (realm->*intrinsic_default)();
    }
    // 4. Return proto.
    return prototype.as_object();
}

// OrdinaryCreateFromConstructor ( constructor, intrinsicDefaultProto [ , internalSlotsList ] ) —
// https://tc39.es/ecma262/#sec-ordinarycreatefromconstructor
ThrowCompletionOr<Object*> ordinary_create_from_constructor(VM& vm, Object& constructor, IntrinsicGetter intrinsic_default)
{
    // 1. Assert: intrinsicDefaultProto is this specification's name of an intrinsic object.
    // 2. Let proto be ? GetPrototypeFromConstructor(constructor, intrinsicDefaultProto).
    Object* prototype = TRY(get_prototype_from_constructor(vm, constructor, intrinsic_default));
    // 3-4. Return OrdinaryObjectCreate(proto, internalSlotsList).
    return Object::create(vm, prototype);
}

// SpeciesConstructor ( O, defaultConstructor ) — https://tc39.es/ecma262/#sec-speciesconstructor
ThrowCompletionOr<Object*> species_constructor(VM& vm, Object& object, Object& default_constructor)
{
    // 1. Let C be ? Get(O, "constructor").
    Value constructor = TRY(get(vm, object, PropertyKey::from_atom(vm.atoms().constructor)));
    // 2. If C is undefined, return defaultConstructor.
    if (constructor.is_undefined())
        return &default_constructor;
    // 3. If C is not an Object, throw a TypeError exception.
    if (!constructor.is_object())
        return vm.throw_type_error(ErrorType::ConstructorNotObject);
    // 4. Let S be ? Get(C, %Symbol.species%).
    Value species = TRY(get(vm, *constructor.as_object(), PropertyKey::from_symbol(vm.symbols().species)));
    // 5. If S is either undefined or null, return defaultConstructor.
    if (species.is_nullish())
        return &default_constructor;
    // 6. If IsConstructor(S) is true, return S.
    if (is_constructor(species))
        return species.as_object();
    // 7. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::SpeciesNotConstructor);
}

// The loop of OrdinaryHasInstance (step 6) and Object.prototype.isPrototypeOf (step 3).
ThrowCompletionOr<bool> is_prototype_of(VM& vm, Object& prototype, Object& object)
{
    Object* current = &object;
    // Repeat,
    while (true) {
        // a. Set O to ? O.[[GetPrototypeOf]]().
        current = TRY(current->internal_get_prototype_of(vm));
        // b. If O is null, return false.
        if (!current)
            return false;
        // c. If SameValue(P, O) is true, return true.
        if (current == &prototype)
            return true;
    }
}

Value property_key_to_value(VM& vm, PropertyKey key)
{
    if (key.is_symbol())
        return Value::symbol(key.as_symbol());
    if (key.is_atom())
        return Value::string(key.as_atom());
    return Value::string(number_to_js_string(vm.heap(), double(key.as_index())));
}

// EnumerableOwnProperties ( O, kind ) — https://tc39.es/ecma262/#sec-enumerableownproperties
ThrowCompletionOr<ValueArray*> enumerable_own_properties(VM& vm, Object& object, EnumerableOwnPropertiesKind kind)
{
    // 1. Let ownKeys be ? O.[[OwnPropertyKeys]]().
    PropertyKeyList* keys = TRY(object.internal_own_property_keys(vm));
    // 2. Let results be a new empty List.
    ValueList results(vm.heap(), keys->size());
    // 3. For each element key of ownKeys, do
    for (PropertyKey key : *keys) {
        // a. If key is a String, then
        if (key.is_symbol())
            continue;
        // i. Let desc be ? O.[[GetOwnProperty]](key).
        auto descriptor = TRY(object.internal_get_own_property(vm, key));
        // ii. If desc is not undefined and desc.[[Enumerable]] is true, then
        if (!descriptor || !*descriptor->enumerable)
            continue;
        // 1. If kind is key, append key to results.
        if (kind == EnumerableOwnPropertiesKind::Key) {
            results.append(property_key_to_value(vm, key));
            continue;
        }
        // 2. Else,
        //    a. Let value be ? Get(O, key).
        Value value = TRY(get(vm, object, key));
        //    b. If kind is value, append value to results.
        if (kind == EnumerableOwnPropertiesKind::Value) {
            results.append(value);
            continue;
        }
        //    c. Else,
        //       i. Assert: kind is key+value.
        //       ii. Let entry be CreateArrayFromList(« key, value »).
        //       iii. Append entry to results.
        Value entry[] = { property_key_to_value(vm, key), value };
        results.append(Value::object(create_array_from_list(vm, entry)));
    }
    // 4. Return results.
    return results.array();
}

// FromPropertyDescriptor ( Desc ) — https://tc39.es/ecma262/#sec-frompropertydescriptor
Value from_property_descriptor(VM& vm, std::optional<PropertyDescriptor> const& descriptor)
{
    // 1. If Desc is undefined, return undefined.
    if (!descriptor)
        return Value::undefined();
    AtomTable& atoms = vm.atoms();
    // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
    Object* object = Object::create(vm, vm.current_realm().object_prototype());
    // 3. Assert: obj is an extensible ordinary object with no own properties.
    // 4-9. For each field of Desc, in the order value, writable, get, set, enumerable,
    //      configurable: ! CreateDataPropertyOrThrow(obj, fieldName, field).
    auto add = [&](String* name, Value value) {
        MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(name), value));
    };
    if (descriptor->value)
        add(atoms.value, *descriptor->value);
    if (descriptor->writable)
        add(atoms.writable, Value::boolean(*descriptor->writable));
    if (descriptor->get)
        add(atoms.get, *descriptor->get);
    if (descriptor->set)
        add(atoms.set, *descriptor->set);
    if (descriptor->enumerable)
        add(atoms.enumerable, Value::boolean(*descriptor->enumerable));
    if (descriptor->configurable)
        add(atoms.configurable, Value::boolean(*descriptor->configurable));
    // 10. Return obj.
    return Value::object(object);
}

// ToPropertyDescriptor ( Obj ) — https://tc39.es/ecma262/#sec-topropertydescriptor
ThrowCompletionOr<PropertyDescriptor> to_property_descriptor(VM& vm, Value value)
{
    // 1. If Obj is not an Object, throw a TypeError exception.
    if (!value.is_object()) {
        String* text = TRY(to_string(vm, value.is_symbol() ? Value::string(vm.atoms().symbol) : value));
        return vm.throw_type_error(ErrorType::PropertyDescriptorNotObject, { text->to_utf8(vm.heap()) });
    }
    Object& object = *value.as_object();
    AtomTable& atoms = vm.atoms();
    // 2. Let desc be a new Property Descriptor that initially has no fields.
    PropertyDescriptor descriptor;
    // 3-16. For each field name: if ? HasProperty(Obj, name), read ? Get(Obj, name).
    auto field = [&](String* name) -> ThrowCompletionOr<std::optional<Value>> {
        PropertyKey key = PropertyKey::from_atom(name);
        if (!TRY(has_property(vm, object, key)))
            return std::optional<Value>();
        return std::optional<Value>(TRY(get(vm, object, key)));
    };
    // 3-4. enumerable (ToBoolean)
    if (auto enumerable = TRY(field(atoms.enumerable)))
        descriptor.enumerable = to_boolean(*enumerable);
    // 5-6. configurable (ToBoolean)
    if (auto configurable = TRY(field(atoms.configurable)))
        descriptor.configurable = to_boolean(*configurable);
    // 7-8. value
    if (auto field_value = TRY(field(atoms.value)))
        descriptor.value = *field_value;
    // 9-10. writable (ToBoolean)
    if (auto writable = TRY(field(atoms.writable)))
        descriptor.writable = to_boolean(*writable);
    // 11-12. get: if IsCallable(getter) is false and getter is not undefined, throw a TypeError.
    if (auto getter = TRY(field(atoms.get))) {
        if (!is_callable(*getter) && !getter->is_undefined()) {
            String* text = TRY(to_string(vm, getter->is_symbol() ? Value::string(atoms.symbol) : *getter));
            return vm.throw_type_error(ErrorType::GetterNotCallable, { text->to_utf8(vm.heap()) });
        }
        descriptor.get = *getter;
    }
    // 13-14. set: likewise.
    if (auto setter = TRY(field(atoms.set))) {
        if (!is_callable(*setter) && !setter->is_undefined()) {
            String* text = TRY(to_string(vm, setter->is_symbol() ? Value::string(atoms.symbol) : *setter));
            return vm.throw_type_error(ErrorType::SetterNotCallable, { text->to_utf8(vm.heap()) });
        }
        descriptor.set = *setter;
    }
    // 15. If desc has a [[Get]] or [[Set]] field, then
    //     a. If desc has a [[Value]] or [[Writable]] field, throw a TypeError exception.
    if (descriptor.is_accessor_descriptor() && descriptor.is_data_descriptor())
        return vm.throw_type_error(ErrorType::AccessorAndValue);
    // 16. Return desc.
    return descriptor;
}

// CompletePropertyDescriptor ( Desc ) — https://tc39.es/ecma262/#sec-completepropertydescriptor
void complete_property_descriptor(PropertyDescriptor& descriptor)
{
    // 1. Let like be the Record { [[Value]]: undefined, [[Writable]]: false, [[Get]]: undefined,
    //    [[Set]]: undefined, [[Enumerable]]: false, [[Configurable]]: false }.
    // 2. If IsGenericDescriptor(Desc) or IsDataDescriptor(Desc) is true, then
    if (!descriptor.is_accessor_descriptor()) {
        // a-b. Missing [[Value]] and [[Writable]] come from like.
        if (!descriptor.value)
            descriptor.value = Value::undefined();
        if (!descriptor.writable)
            descriptor.writable = false;
    } else {
        // 3. Else, missing [[Get]] and [[Set]] come from like.
        if (!descriptor.get)
            descriptor.get = Value::undefined();
        if (!descriptor.set)
            descriptor.set = Value::undefined();
    }
    // 4-5. Missing [[Enumerable]] and [[Configurable]] are false.
    if (!descriptor.enumerable)
        descriptor.enumerable = false;
    if (!descriptor.configurable)
        descriptor.configurable = false;
}

// GetOptionsObject ( options ) — https://tc39.es/ecma262/#sec-getoptionsobject
ThrowCompletionOr<Object*> get_options_object(VM& vm, Value options)
{
    // 1. If options is undefined, return OrdinaryObjectCreate(null).
    if (options.is_undefined())
        return Object::create(vm, nullptr);
    // 2. If options is an Object, return options.
    if (options.is_object())
        return options.as_object();
    // 3. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::NotAnObject, { "options" });
}


bool string_equals(VM& vm, Value value, std::string_view text)
{
    return value.is_string() && value.as_string()->to_utf8(vm.heap()) == text;
}


// SetterThatIgnoresPrototypeProperties ( thisValue, home, p, v ) — https://tc39.es/ecma262/#sec-SetterThatIgnoresPrototypeProperties
ThrowCompletionOr<void> setter_that_ignores_prototype_properties(VM& vm, Value this_value, Object& home, PropertyKey key, Value value)
{
    // 1. If thisValue is not an Object, throw a TypeError exception.
    if (!this_value.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "The receiver" });
    // 2. If SameValue(thisValue, home) is true, then throw a TypeError exception.
    if (this_value.as_object() == &home)
        return vm.throw_type_error(ErrorType::CannotAssignToReadOnlyProperty, { describe_property_key(vm.heap(), key) });
    // 3. Let desc be ? thisValue.[[GetOwnProperty]](p).
    auto descriptor = TRY(this_value.as_object()->internal_get_own_property(vm, key));
    // 4. If desc is undefined, then
    //    a. Perform ? CreateDataPropertyOrThrow(thisValue, p, v).
    if (!descriptor)
        TRY(create_data_property_or_throw(vm, *this_value.as_object(), key, value));
    else
        // 5. Else, perform ? Set(thisValue, p, v, true).
        TRY(set(vm, *this_value.as_object(), key, value, true));
    // 6. Return unused.
    return {};
}

}
