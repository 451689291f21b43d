#include "interpreter/iteration.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/array/array_iterator_prototype.h"
#include "runtime/builtins/array/array_prototype.h"
#include "runtime/iteration.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key_list.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <unordered_set>

namespace sable::interpreter {

using namespace runtime;

ThrowCompletionOr<void> close_iterator(VM& vm, Value iterator, bool is_throw)
{
    IteratorRecord record { iterator.as_object(), Value::undefined(), false };
    if (!is_throw)
        return iterator_close(vm, record);
    // The bytecode holds the exception; close as for a throw completion and keep nothing.
    (void)vm.throw_value(Value::undefined());
    (void)iterator_close_with_throw(vm, record);
    vm.take_pending_exception();
    return {};
}

namespace {

// Whether `object`'s own or inherited data property `key` is the built-in `behaviour`.
bool is_builtin_property(Object& object, PropertyKey key, NativeFunctionPointer behaviour)
{
    auto property = object.find_own_property(key);
    return property && property->attributes.is_data() && is_native_function(property->value, behaviour);
}

// Whether iterating `value` would only read its elements in order, unobserved: an Array whose
// elements are all present, without an own @@iterator, inheriting from its realm's
// %Array.prototype% whose @@iterator is still %Array.prototype.values%, while
// %ArrayIteratorPrototype%.next is still the original.
bool iterates_as_plain_array(VM& vm, Value value)
{
    if (!value.is_object() || !is_array_exotic(*value.as_object()))
        return false;
    Object& array = *value.as_object();
    Realm& realm = vm.current_realm();
    PropertyKey iterator_key = PropertyKey::from_symbol(vm.symbols().iterator);
    return array.elements_kind() == ElementsKind::Packed && array.own_element_count() == array_length(array)
        && array.prototype() == realm.array_prototype() && !array.find_own_property(iterator_key)
        && is_builtin_property(*realm.array_prototype(), iterator_key, builtins::array_prototype::values)
        && is_builtin_property(*realm.array_iterator_prototype(), PropertyKey::from_atom(vm.atoms().next), builtins::array_iterator_prototype::next);
}

}

ThrowCompletionOr<void> append_iterated_values(VM& vm, Value iterable, ValueList& values)
{
    if (iterates_as_plain_array(vm, iterable)) {
        Object& array = *iterable.as_object();
        for (uint32_t index = 0, length = array_length(array); index < length; ++index)
            values.append(array.find_own_element(index)->value);
        return {};
    }
    IteratorRecord record = TRY(get_iterator(vm, iterable));
    for (;;) {
        auto next = TRY(iterator_step_value(vm, record));
        if (!next)
            return {};
        values.append(*next);
    }
}

// EnumerateObjectProperties ( O ) — https://tc39.es/ecma262/#sec-enumerate-object-properties
// The keys are collected up front through the internal methods (so exotic objects and proxies
// enumerate their own way), own keys first then each prototype's, skipping symbols,
// non-enumerable keys and keys seen before (shadowed). The enumerator is a ValueArray:
// [0] the object, [1] the next position, [2...] the keys.
ThrowCompletionOr<ValueArray*> create_for_in_enumerator(VM& vm, Value value)
{
    gc::Heap& heap = vm.heap();
    ValueList keys(heap);
    Object* object = nullptr;
    if (!value.is_nullish()) {
        object = MUST(to_object(vm, value));
        std::unordered_set<uint64_t> seen;
        for (Object* current = object; current; current = TRY(current->internal_get_prototype_of(vm))) {
            PropertyKeyList* own = TRY(current->internal_own_property_keys(vm));
            for (PropertyKey key : *own) {
                if (key.is_symbol() || !seen.insert(key.bits()).second)
                    continue;
                auto descriptor = TRY(current->internal_get_own_property(vm, key));
                if (descriptor && descriptor->enumerable.value_or(false))
                    keys.append(property_key_to_value(vm, key));
            }
        }
    }
    auto* enumerator = ValueArray::create(heap, keys.size() + 2, Value::undefined());
    enumerator->set(heap, 0, object ? Value::object(object) : Value::undefined());
    enumerator->set_non_cell(1, Value::int32(2));
    for (uint32_t i = 0; i < keys.size(); ++i)
        enumerator->set(heap, i + 2, keys.at(i));
    enumerator->set_size(enumerator->capacity());
    return enumerator;
}

ThrowCompletionOr<std::optional<Value>> for_in_next(VM& vm, ValueArray& enumerator)
{
    Value object = enumerator.at(0);
    for (uint32_t position = uint32_t(enumerator.at(1).as_int32()); position < enumerator.capacity(); ++position) {
        Value key = enumerator.at(position);
        enumerator.set_non_cell(1, Value::int32(int32_t(position + 1)));
        // A key deleted before it is visited is not visited.
        PropertyKey property_key = TRY(to_property_key(vm, key));
        if (TRY(has_property(vm, *object.as_object(), property_key)))
            return std::optional<Value> { key };
    }
    return std::optional<Value> {};
}

}
