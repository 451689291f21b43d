#include "runtime/builtins/array/array_iterator_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime {

// CreateArrayIterator ( array, kind ) — https://tc39.es/ecma262/#sec-createarrayiterator
Object* create_array_iterator(VM& vm, Object& array, IterationKind kind)
{
    // 1-4. An iterator over array of kind, whose prototype is %ArrayIteratorPrototype%.
    return BuiltinIterator::create(vm, ObjectKind::ArrayIterator, vm.current_realm().array_iterator_prototype(),
        Value::object(&array), kind);
}

// The steps of CreateArrayIterator's closure (23.1.5.1), one iteration at a time.
ThrowCompletionOr<std::optional<Value>> array_iterator_step(VM& vm, BuiltinIterator& iterator)
{
    Value iterated = iterator.iterated();
    if (iterated.is_undefined())
        return std::optional<Value>();
    Object& array = *iterated.as_object();
    // b. Repeat,
    //    i. If array has a [[TypedArrayName]] internal slot, then
    //       1-2. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(array, seq-cst); if
    //            IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    //       3. Let len be TypedArrayLength(taRecord).
    //    ii. Else, let len be ? LengthOfArrayLike(array). (An Array's is its own data property.)
    uint64_t length;
    if (TypedArrayObject* typed_array = as_typed_array(iterated)) {
        if (typed_array->is_out_of_bounds())
            return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { "%ArrayIteratorPrototype%.next" });
        length = typed_array->length();
    } else if (is_array_exotic(array)) {
        length = array_length(array);
    } else {
        length = TRY(length_of_array_like(vm, array));
    }
    uint64_t index = iterator.index();
    //    iv. If index ≥ len, return NormalCompletion(undefined).
    if (index >= length) {
        iterator.set_iterated(vm.heap(), Value::undefined());
        return std::optional<Value>();
    }
    //    v. Let indexNumber be 𝔽(index).
    Value index_number = Value::number(double(index));
    //    ix. Set index to index + 1.
    iterator.set_index(index + 1);
    //    vi. If kind is key, let result be indexNumber.
    if (iterator.iteration_kind() == IterationKind::Key)
        return std::optional<Value>(index_number);
    //    vii. Else,
    //       1. Let elementKey be ! ToString(indexNumber).
    //       2. Let elementValue be ? Get(array, elementKey). (An own data element is read in place.)
    PropertyKey key = TRY(to_property_key(vm, index_number));
    auto own = key.is_index() ? ordinary_data_element(array, key.as_index()) : std::nullopt;
    Value element = own ? *own : TRY(get(vm, array, key));
    //       3. If kind is value, let result be elementValue.
    if (iterator.iteration_kind() == IterationKind::Value)
        return std::optional<Value>(element);
    //       4. Else, result is CreateArrayFromList(« indexNumber, elementValue »).
    Value pair[] = { index_number, element };
    return std::optional<Value>(Value::object(create_array_from_list(vm, pair)));
}

}

namespace sable::runtime::builtins::array_iterator_prototype {

// %ArrayIteratorPrototype%.next ( ) — https://tc39.es/ecma262/#sec-%arrayiteratorprototype%.next
ThrowCompletionOr<Value> next(VM& vm, Arguments const& arguments)
{
    // 1. Return ? GeneratorResume(this value, empty, "%ArrayIteratorPrototype%").
    Value this_value = arguments.this_value;
    if (!this_value.is_object() || this_value.as_object()->kind() != ObjectKind::ArrayIterator)
        return vm.throw_type_error(ErrorType::NotA, { "%ArrayIteratorPrototype%.next", "Array Iterator" });
    auto value = TRY(array_iterator_step(vm, static_cast<BuiltinIterator&>(*this_value.as_object())));
    //    viii. Perform ? GeneratorYield(CreateIteratorResultObject(result, false)).
    if (value)
        return Value::object(create_iter_result_object(vm, *value, false));
    return Value::object(create_iter_result_object(vm, Value::undefined(), true));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/array/array_iterator_prototype.def"
    // 23.1.5.1.2 %ArrayIteratorPrototype% [ %Symbol.toStringTag% ]: "Array Iterator".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Array Iterator")), kConfigurableOnly)));
}

}
