#include "runtime/builtins/map/group_by.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/builtins/map/map_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime {

// GroupBy ( items, callback, keyCoercion ) — https://tc39.es/ecma262/#sec-groupby
ThrowCompletionOr<MapObject*> group_by(VM& vm, Value items, Value callback, GroupByKeyCoercion coercion)
{
    // 1. Perform ? RequireObjectCoercible(items).
    TRY(require_object_coercible(vm, items));
    // 2. If IsCallable(callback) is false, throw a TypeError exception.
    if (!is_callable(callback))
        return vm.throw_type_error(ErrorType::NotAFunction, { "callback" });
    // 3. Let groups be a new empty List. (A MapObject from key to an Array of elements.)
    MapObject* groups = MapObject::create(vm, ObjectKind::Map, nullptr);
    // 4. Let iteratorRecord be ? GetIterator(items, sync).
    IteratorRecord record = TRY(get_iterator(vm, items));
    // 5. Let k be 0.
    // 6. Repeat,
    for (double k = 0;; ++k) {
        // a. If k ≥ 2^53 - 1, then throw a TypeError after closing the iterator.
        if (k >= 9007199254740991.0) {
            (void)vm.throw_type_error(ErrorType::ArrayTooLong);
            return iterator_close_with_throw(vm, record);
        }
        // b. Let next be ? IteratorStepValue(iteratorRecord).
        auto next = TRY(iterator_step_value(vm, record));
        // c. If next is done, return groups.
        if (!next)
            return groups;
        // d. Let value be next.
        // e. Let key be Completion(Call(callback, undefined, « value, 𝔽(k) »)).
        Value call_arguments[] = { *next, Value::number(k) };
        auto key = call(vm, callback, Value::undefined(), call_arguments);
        // f. IfAbruptCloseIterator(key, iteratorRecord).
        if (key.is_throw())
            return iterator_close_with_throw(vm, record);
        Value group_key = key.release_value();
        // g. If keyCoercion is property, then
        if (coercion == GroupByKeyCoercion::Property) {
            // i. Set key to Completion(ToPropertyKey(key)).
            auto property_key = to_property_key(vm, group_key);
            // ii. IfAbruptCloseIterator(key, iteratorRecord).
            if (property_key.is_throw())
                return iterator_close_with_throw(vm, record);
            group_key = property_key_to_value(vm, property_key.value());
        }
        // h. Else, if key is -0𝔽, set key to +0𝔽 (MapObject normalises its keys).
        // i. Perform AddValueToKeyedGroup(groups, key, value).
        Value group = groups->get(vm, group_key);
        if (group.is_undefined()) {
            group = Value::object(MUST(array_create(vm, 0)));
            groups->set(vm, group_key, group);
        }
        uint32_t length = array_length(*group.as_object());
        MUST(create_data_property_or_throw(vm, *group.as_object(), PropertyKey::from_index(length), *next));
        // j. Set k to k + 1.
    }
}

}
