#include "interpreter/interpreter_operations.h"

#include "interpreter/inline_cache.h"

#include "bytecode/function_template.h"
#include "runtime/abstract_operations.h"
#include "interpreter/bindings.h"
#include "runtime/array.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/environment.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key_list.h"
#include "runtime/ordinary_object.h"
#include "runtime/realm.h"
#include "runtime/shape.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>
#include <vector>

namespace sable::interpreter {

using namespace runtime;

namespace {

ValueArray& ensure_feedback(VM& vm, bytecode::FunctionTemplate& function_template)
{
    if (!function_template.feedback()) {
        uint32_t capacity = function_template.info().feedback_slot_count * kEntriesPerSlot;
        function_template.set_feedback(vm.heap(), ValueArray::create(vm.heap(), capacity, Value::undefined()));
    }
    return *function_template.feedback();
}

Value pack_chain_entry(uint32_t slot) { return Value::number(double(Object::prototype_chain_epoch()) * kEpochScale + slot); }

// Records an entry: `holder` and `third` as described above.
void remember_entry(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, Shape* shape, Value holder, Value third)
{
    ValueArray& feedback = ensure_feedback(vm, function_template);
    uint32_t first = slot * kEntriesPerSlot;
    uint32_t entry = first + (kWays - 1) * kEntrySize;
    for (uint32_t candidate = first; candidate < first + kEntriesPerSlot; candidate += kEntrySize) {
        Value seen = feedback.at(candidate);
        if (seen.is_undefined() || seen == Value::internal_cell(shape)) {
            entry = candidate;
            break;
        }
    }
    feedback.set(vm.heap(), entry, Value::internal_cell(shape));
    feedback.set(vm.heap(), entry + 1, holder);
    feedback.set_non_cell(entry + 2, third);
}

// An own data property of an object with `shape`.
void remember_property(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, Shape* shape, uint32_t property_slot)
{
    remember_entry(vm, function_template, slot, shape, Value::undefined(), Value::int32(int32_t(property_slot)));
}

// Whether reads of an own named data property of this object may be cached by shape: the
// object uses the ordinary [[Get]] and [[GetOwnProperty]], and its shape is shared.
bool is_cacheable_for_get(Object const& object)
{
    auto const& methods = object.internal_methods();
    return methods.get == ordinary_internal_methods::get && methods.get_own_property == ordinary_internal_methods::get_own_property
        && !object.shape()->is_dictionary();
}

// Looks `key` up along the prototype chain of `object` (which lacks it) when every prototype
// on the way is cacheable and the property, if found, is a data property; watches the
// prototypes looked through. No holder: the key is nowhere on the chain.
std::optional<CacheHit> find_on_prototype_chain(Object const& object, PropertyKey key)
{
    Object* prototype = object.shape()->prototype();
    for (Object* candidate = prototype; candidate; candidate = candidate->shape()->prototype()) {
        if (!is_cacheable_for_get(*candidate))
            return std::nullopt;
        if (auto property = candidate->shape()->lookup(key)) {
            if (!property->attributes.is_data())
                return std::nullopt;
            for (Object* watched = prototype; watched != candidate; watched = watched->shape()->prototype())
                watched->watch_as_prototype();
            candidate->watch_as_prototype();
            return CacheHit { candidate, property->slot };
        }
    }
    for (Object* watched = prototype; watched; watched = watched->shape()->prototype())
        watched->watch_as_prototype();
    return CacheHit { nullptr, 0 };
}

// Whether [[Set]] of `key`, absent from `object`, would create it as an own data property: no
// prototype has a setter or a read-only property of that name (and the chain is cacheable,
// hence watched, so that stays true while the epoch does).
bool may_add_through_set(Object const& object, PropertyKey key)
{
    auto found = find_on_prototype_chain(object, key);
    if (!found)
        return false;
    if (!found->holder)
        return true;
    return found->holder->shape()->lookup(key)->attributes.is_writable();
}

// The shape a write site has seen `object`'s shape transition to, still valid.
Shape* cached_transition(bytecode::FunctionTemplate& function_template, uint32_t slot, Object const& object)
{
    ValueArray* feedback = function_template.feedback();
    auto entry = feedback ? find_entry(*feedback, slot, object.shape()) : std::nullopt;
    if (!entry)
        return nullptr;
    Value target = feedback->at(*entry + 1);
    if (!target.is_internal_cell() || packed_epoch(feedback->at(*entry + 2).as_number()) != Object::prototype_chain_epoch())
        return nullptr;
    return static_cast<Shape*>(target.as_internal_cell());
}

bool is_cacheable_for_set(VM& vm, Object const& object, PropertyKey key)
{
    auto const& methods = object.internal_methods();
    if (methods.set != ordinary_internal_methods::set || object.shape()->is_dictionary())
        return false;
    if (methods.define_own_property == ordinary_internal_methods::define_own_property)
        return true;
    // Arrays define named properties other than "length" the ordinary way.
    return is_array_exotic(object) && !(key.is_atom() && key.as_atom() == vm.atoms().length);
}

std::string key_text(VM& vm, PropertyKey key)
{
    Value value = property_key_to_value(vm, key);
    if (value.is_string())
        return value.as_string()->to_utf8(vm.heap());
    return "Symbol()";
}

ThrowCompletion throw_nullish_base(VM& vm, Value base, PropertyKey key, bool is_write)
{
    std::string base_text = base.is_undefined() ? "undefined" : "null";
    return vm.throw_type_error(is_write ? ErrorType::CannotSetProperties : ErrorType::CannotReadProperties,
        { base_text, key_text(vm, key) });
}

// PutValue ( V, W ) for a property reference — https://tc39.es/ecma262/#sec-putvalue, steps 3.a-e
ThrowCompletionOr<void> put_value(VM& vm, Value base, PropertyKey key, Value value, bool strict)
{
    if (base.is_nullish())
        return throw_nullish_base(vm, base, key, true);
    // 3.a. Let baseObj be ? ToObject(V.[[Base]]).
    Object* object = TRY(to_object(vm, base));
    // 3.c-d. [[Set]] with the original base as receiver; failure throws in strict code.
    bool succeeded = TRY(object->internal_set(vm, key, value, base));
    if (!succeeded && strict)
        return vm.throw_type_error(ErrorType::CannotAssignToReadOnlyProperty, { key_text(vm, key) });
    return {};
}

}

// A cache miss: the value of `key` when it is a data property of `object` (a non-dictionary
// object whose own named properties are ordinary) or of a cacheable prototype chain, or
// undefined when the chain lacks it; the lookup is remembered for `object`'s shape. nullopt when
// the result cannot be cached (an accessor, an exotic prototype).
static std::optional<Value> lookup_and_remember(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, Object& object,
    PropertyKey key)
{
    Shape* shape = object.shape();
    if (auto property = shape->lookup(key)) {
        if (!property->attributes.is_data())
            return std::nullopt;
        remember_property(vm, function_template, slot, shape, property->slot);
        return object.slot(property->slot);
    }
    // Methods on a class's prototypes, and reads of absent properties.
    auto inherited = find_on_prototype_chain(object, key);
    if (!inherited)
        return std::nullopt;
    remember_entry(vm, function_template, slot, shape, inherited->holder ? Value::object(inherited->holder) : Value::null(),
        pack_chain_entry(inherited->slot));
    return inherited->holder ? inherited->holder->slot(inherited->slot) : Value::undefined();
}

// GetValue of a named property of a String primitive, without the wrapper ToObject would make:
// "length" is the string's own; any other name (never an index here) comes from
// %String.prototype% and its chain, whose data properties the cache serves as for a receiver
// with String.prototype's shape (String.prototype's exotic [[GetOwnProperty]] only adds indices
// and "length").
static ThrowCompletionOr<Value> get_string_named_property(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot,
    Value base, PropertyKey key)
{
    if (key.is_atom() && key.as_atom() == vm.atoms().length)
        return Value::int32(int32_t(base.as_string()->length()));
    Object& prototype = *vm.current_realm().string_prototype();
    if (auto hit = cached_property(function_template, slot, &prototype))
        return hit->holder ? hit->holder->slot(hit->slot) : Value::undefined();
    if (!prototype.shape()->is_dictionary()) {
        if (auto value = lookup_and_remember(vm, function_template, slot, prototype, key))
            return *value;
    }
    return get_v(vm, base, key);
}

ThrowCompletionOr<Value> get_named_property(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, Value base,
    PropertyKey key)
{
    if (base.is_object()) [[likely]] {
        Object* object = base.as_object();
        // Fast path: the cache has seen this shape, so the property is a data property at a
        // known slot of the receiver or of a prototype, or absent.
        if (auto hit = cached_property(function_template, slot, object))
            return hit->holder ? hit->holder->slot(hit->slot) : Value::undefined();
        if (is_cacheable_for_get(*object)) {
            if (auto value = lookup_and_remember(vm, function_template, slot, *object, key))
                return *value;
        }
        return object->internal_get(vm, key, base);
    }
    if (base.is_nullish())
        return throw_nullish_base(vm, base, key, false);
    if (base.is_string())
        return get_string_named_property(vm, function_template, slot, base, key);
    // GetValue step 3.a: primitives read through their wrapper's prototype, with the primitive
    // itself as the receiver.
    return get_v(vm, base, key);
}

ThrowCompletionOr<void> set_named_property(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, Value base,
    PropertyKey key, Value value, bool strict)
{
    if (base.is_object()) [[likely]] {
        Object* object = base.as_object();
        // Own writable data properties, and additions through a known transition.
        if (auto transition = cached_transition(function_template, slot, *object)) {
            object->add_property_by_transition(vm.heap(), transition, value);
            return {};
        }
        if (auto own_slot = cached_own_slot(function_template, slot, *object)) {
            object->set_slot(vm.heap(), *own_slot, value);
            return {};
        }
        if (is_cacheable_for_set(vm, *object, key)) {
            Shape* from = object->shape();
            if (auto property = from->lookup(key); property && property->attributes.is_data() && property->attributes.is_writable()) {
                remember_property(vm, function_template, slot, from, property->slot);
                object->set_slot(vm.heap(), property->slot, value);
                return {};
            }
            if (from->is_extensible() && !from->lookup(key) && may_add_through_set(*object, key)) {
                // A new property: OrdinarySet ends in CreateDataProperty on the receiver.
                TRY(put_value(vm, base, key, value, strict));
                Shape* to = object->shape();
                if (!to->is_dictionary() && to->parent() == from)
                    remember_entry(vm, function_template, slot, from, Value::internal_cell(to), pack_chain_entry(0));
                return {};
            }
        }
    }
    return put_value(vm, base, key, value, strict);
}

// A global lexical binding's cache entry: way 0 of the slot holds the shape of the global
// environment's lexical-bindings object and the binding's slot (a shared shape fixes both the
// slot and the binding's writability).
namespace {

Object* cached_global_lexical(bytecode::FunctionTemplate& function_template, uint32_t slot, GlobalEnvironment& global,
    std::optional<uint32_t>& property_slot)
{
    ValueArray* feedback = function_template.feedback();
    Object* bindings = global.lexical_bindings();
    auto entry = feedback ? find_entry(*feedback, slot, bindings->shape()) : std::nullopt;
    if (!entry)
        return nullptr;
    property_slot = uint32_t(feedback->at(*entry + 2).as_int32());
    return bindings;
}

// A global object's entry of a global variable's feedback slot: the global object's shape, the
// lexical bindings' shape when they lacked the name (as an internal cell), and the position of
// the property in the global object's property table. The global object is usually in
// dictionary mode, whose table changes in place: the position is checked on every use.
std::optional<Value> cached_global_object_property(bytecode::FunctionTemplate& function_template, uint32_t slot,
    GlobalEnvironment& global, runtime::String* name)
{
    ValueArray* feedback = function_template.feedback();
    Object& global_object = *global.global_object();
    auto entry = feedback ? find_entry(*feedback, slot, global_object.shape()) : std::nullopt;
    if (!entry || feedback->at(*entry + 1) != Value::internal_cell(global.lexical_bindings()->shape()))
        return std::nullopt;
    auto property = global_object.shape()->property_at(uint32_t(feedback->at(*entry + 2).as_int32()), PropertyKey::from_atom(name));
    if (!property || !property->attributes.is_data())
        return std::nullopt;
    return global_object.slot(property->slot);
}

void remember_global_object_property(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot,
    GlobalEnvironment& global, runtime::String* name)
{
    Shape* lexical_shape = global.lexical_bindings()->shape();
    Object& global_object = *global.global_object();
    if (lexical_shape->is_dictionary() || global_object.internal_methods().get_own_property != ordinary_internal_methods::get_own_property
        || lexical_shape->lookup(PropertyKey::from_atom(name)))
        return;
    auto property = global_object.shape()->lookup(PropertyKey::from_atom(name));
    if (!property || !property->attributes.is_data())
        return;
    remember_entry(vm, function_template, slot, global_object.shape(), Value::internal_cell(lexical_shape), Value::int32(int32_t(property->position)));
}

void remember_global_lexical(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, GlobalEnvironment& global,
    runtime::String* name, bool for_write)
{
    Object* bindings = global.lexical_bindings();
    if (bindings->shape()->is_dictionary())
        return;
    auto property = bindings->shape()->lookup(PropertyKey::from_atom(name));
    if (!property || (for_write && !property->attributes.is_writable()))
        return;
    remember_property(vm, function_template, slot, bindings->shape(), property->slot);
}

}

ThrowCompletionOr<Value> get_global(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, GlobalEnvironment& global,
    runtime::String* name)
{
    std::optional<uint32_t> property_slot;
    if (Object* bindings = cached_global_lexical(function_template, slot, global, property_slot)) {
        // Fast path: an initialised global lexical binding.
        Value value = bindings->slot(*property_slot);
        if (!value.is_empty())
            return value;
    }
    if (auto value = cached_global_object_property(function_template, slot, global, name))
        return *value;
    Value value = TRY(get_global_binding(vm, global, name, false));
    remember_global_lexical(vm, function_template, slot, global, name, false);
    remember_global_object_property(vm, function_template, slot, global, name);
    return value;
}

ThrowCompletionOr<void> set_global(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, GlobalEnvironment& global,
    runtime::String* name, Value value, bool strict)
{
    std::optional<uint32_t> property_slot;
    if (Object* bindings = cached_global_lexical(function_template, slot, global, property_slot)) {
        // Fast path: an initialised, writable global lexical binding.
        if (!bindings->slot(*property_slot).is_empty()) {
            bindings->set_slot(vm.heap(), *property_slot, value);
            return {};
        }
    }
    TRY(set_global_binding(vm, global, name, value, strict));
    remember_global_lexical(vm, function_template, slot, global, name, true);
    return {};
}

Object* create_literal_object(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, Realm& realm)
{
    // Way 0 of the slot: the root shape of ordinary objects inheriting from %Object.prototype%.
    if (ValueArray* feedback = function_template.feedback()) {
        Value cached = feedback->at(slot * kEntriesPerSlot);
        if (cached.is_internal_cell()) {
            auto* shape = static_cast<Shape*>(cached.as_internal_cell());
            if (shape->prototype() == realm.object_prototype())
                return Object::create_with_shape(vm, shape);
        }
    }
    Object* object = Object::create(vm, realm.object_prototype());
    ensure_feedback(vm, function_template).set(vm.heap(), slot * kEntriesPerSlot, Value::internal_cell(object->shape()));
    return object;
}

void define_literal_property(VM& vm, bytecode::FunctionTemplate& function_template, uint32_t slot, Object& target, PropertyKey key,
    Value value)
{
    // Fast path: the cache has seen this shape gain this property (way 0: from, to).
    uint32_t entry = slot * kEntriesPerSlot;
    if (ValueArray* feedback = function_template.feedback(); feedback && feedback->at(entry) == Value::internal_cell(target.shape())) {
        target.add_property_by_transition(vm.heap(), static_cast<Shape*>(feedback->at(entry + 1).as_internal_cell()), value);
        return;
    }
    // A new property of an ordinary extensible object: the shape transition, remembered.
    Shape* from = target.shape();
    if (target.kind() == ObjectKind::Ordinary && target.is_extensible() && !from->is_dictionary() && !from->lookup(key) && !key.is_index()) {
        target.store_own_property(vm, key, value, PropertyAttributes::default_data());
        Shape* to = target.shape();
        if (!to->is_dictionary() && to->parent() == from) {
            ValueArray& feedback = ensure_feedback(vm, function_template);
            feedback.set(vm.heap(), entry, Value::internal_cell(from));
            feedback.set(vm.heap(), entry + 1, Value::internal_cell(to));
        }
        return;
    }
    MUST(create_data_property(vm, target, key, value));
}

ThrowCompletionOr<Value> get_keyed_property(VM& vm, Value base, Value key_value)
{
    if (base.is_object() && key_value.is_int32() && key_value.as_int32() >= 0) {
        // Fast path: an own data element.
        Object* object = base.as_object();
        if (object->internal_methods().get == ordinary_internal_methods::get) {
            if (auto element = object->find_own_element(uint32_t(key_value.as_int32())); element && element->attributes.is_data())
                return element->value;
        } else if (object->kind() == ObjectKind::TypedArray) {
            // Fast path: a TypedArray's [[Get]] of an integer index is TypedArrayGetElement.
            return static_cast<TypedArrayObject*>(object)->get_element(vm, double(key_value.as_int32()));
        }
    }
    if (base.is_nullish()) {
        PropertyKey key = TRY(to_property_key(vm, key_value));
        return throw_nullish_base(vm, base, key, false);
    }
    // 13.3.3 step 3: ToPropertyKey happens when the reference is used (after the base check).
    PropertyKey key = TRY(to_property_key(vm, key_value));
    if (base.is_object())
        return base.as_object()->internal_get(vm, key, base);
    return get_v(vm, base, key);
}

ThrowCompletionOr<void> set_keyed_property(VM& vm, Value base, Value key_value, Value value, bool strict)
{
    if (base.is_object() && key_value.is_int32() && key_value.as_int32() >= 0) {
        // Fast path: an own data element stored in place (arrays included).
        Object* object = base.as_object();
        auto index = uint32_t(key_value.as_int32());
        if (try_set_own_element(vm, *object, index, value))
            return {};
        if (object->kind() == ObjectKind::TypedArray && !static_cast<TypedArrayObject*>(object)->buffer()->is_immutable()) {
            // Fast path: a TypedArray's [[Set]] of an integer index with itself as the receiver
            // is TypedArraySetElement, and never fails (over a mutable buffer).
            return static_cast<TypedArrayObject*>(object)->set_element(vm, double(index), value);
        }
    }
    if (base.is_nullish()) {
        PropertyKey key = TRY(to_property_key(vm, key_value));
        return throw_nullish_base(vm, base, key, true);
    }
    PropertyKey key = TRY(to_property_key(vm, key_value));
    return put_value(vm, base, key, value, strict);
}

ThrowCompletionOr<bool> delete_property(VM& vm, Value base, Value key_value, bool strict)
{
    // 13.5.1.2 steps 5.a-f.
    Object* object = TRY(to_object(vm, base));
    PropertyKey key = TRY(to_property_key(vm, key_value));
    bool deleted = TRY(object->internal_delete(vm, key));
    if (!deleted && strict)
        return vm.throw_type_error(ErrorType::CannotDeleteProperty, { key_text(vm, key), "object" });
    return deleted;
}

Object* create_array_with_holes(VM& vm, Realm& realm, std::span<Value const> elements)
{
    Object* array = MUST(array_create(vm, 0, realm.array_prototype()));
    for (Value element : elements)
        append_to_array(vm, *array, element);
    return array;
}

void append_to_array(VM& vm, Object& array, Value value)
{
    if (!value.is_empty() && try_append_to_array(vm, array, value))
        return;
    uint32_t index = array_length(array);
    if (value.is_empty())
        MUST(set(vm, array, PropertyKey::from_atom(vm.atoms().length), Value::number(double(index) + 1), true));
    else
        MUST(create_data_property(vm, array, PropertyKey::from_index(index), value));
}

// CopyDataProperties — https://tc39.es/ecma262/#sec-copydataproperties
ThrowCompletionOr<void> copy_data_properties(VM& vm, Object& target, Value source, std::span<Value const> excluded_values)
{
    // 1. Nothing to copy from undefined or null.
    if (source.is_nullish())
        return {};
    std::vector<PropertyKey> excluded;
    for (Value value : excluded_values)
        excluded.push_back(TRY(to_property_key(vm, value)));
    // 2-3. from = ToObject(source); its own keys.
    Object* from = TRY(to_object(vm, source));
    PropertyKeyList* keys = TRY(from->internal_own_property_keys(vm));
    for (PropertyKey key : *keys) {
        if (std::find(excluded.begin(), excluded.end(), key) != excluded.end())
            continue;
        // 4.c. Enumerable own properties only.
        auto descriptor = TRY(from->internal_get_own_property(vm, key));
        if (!descriptor || !descriptor->enumerable.value_or(false))
            continue;
        Value value = TRY(get(vm, *from, key));
        TRY(create_data_property_or_throw(vm, target, key, value));
    }
    return {};
}

// GetTemplateObject ( templateLiteral ) — https://tc39.es/ecma262/#sec-gettemplateobject
Object* get_template_object(VM& vm, Realm& realm, bytecode::FunctionTemplate& function_template, uint32_t slot,
    ValueArray const& strings)
{
    // 3-4. Each site gets one template object, cached in its feedback slot.
    ValueArray& feedback = ensure_feedback(vm, function_template);
    if (Value cached = feedback.at(slot * kEntriesPerSlot); cached.is_object())
        return cached.as_object();
    uint32_t count = strings.capacity() / 2;
    Object* template_object = MUST(array_create(vm, count, realm.array_prototype()));
    Object* raw_object = MUST(array_create(vm, count, realm.array_prototype()));
    for (uint32_t index = 0; index < count; ++index) {
        // 9.c-f. Cooked and raw strings, not writable, not configurable.
        MUST(define_property_or_throw(vm, *template_object, PropertyKey::from_index(index),
            PropertyDescriptor::data(strings.at(count + index), false, true, false)));
        MUST(define_property_or_throw(vm, *raw_object, PropertyKey::from_index(index),
            PropertyDescriptor::data(strings.at(index), false, true, false)));
    }
    // 10-13. Both frozen, the raw strings as "raw".
    MUST(set_integrity_level(vm, *raw_object, IntegrityLevel::Frozen));
    MUST(define_property_or_throw(vm, *template_object, PropertyKey::from_atom(vm.atoms().raw),
        PropertyDescriptor::data(Value::object(raw_object), false, false, false)));
    MUST(set_integrity_level(vm, *template_object, IntegrityLevel::Frozen));
    feedback.set(vm.heap(), slot * kEntriesPerSlot, Value::object(template_object));
    return template_object;
}

ThrowCompletion throw_unimplemented_instruction(VM& vm, bytecode::Opcode opcode)
{
    return vm.throw_type_error(ErrorType::NotImplemented, { std::string("the instruction ") + bytecode::name(opcode) });
}

}
