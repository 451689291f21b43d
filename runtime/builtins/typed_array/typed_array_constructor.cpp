#include "runtime/builtins/typed_array/typed_array_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/error_types.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <cstring>
#include <string>

namespace sable::runtime::builtins::typed_array_constructor {

namespace {

// InitializeTypedArrayFromTypedArray ( O, srcArray ) — https://tc39.es/ecma262/#sec-initializetypedarrayfromtypedarray
ThrowCompletionOr<void> initialize_from_typed_array(VM& vm, TypedArrayObject& object, TypedArrayObject& source)
{
    // 1-5. srcData, elementType, elementSize, srcType, srcElementSize of srcArray.
    // 6-7. Let srcRecord be MakeTypedArrayWithBufferWitnessRecord(srcArray, seq-cst).
    // 8. If IsTypedArrayOutOfBounds(srcRecord) is true, throw a TypeError exception.
    if (source.is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { "construct" });
    // 9. Let elementLength be TypedArrayLength(srcRecord).
    size_t element_length = source.length();
    // 10. Let byteLength be elementSize × elementLength.
    size_t byte_length = element_length * object.element_size();
    // 11. If elementType is srcType, let data be ? CloneArrayBuffer(...); else
    // 12. a. If srcArray.[[ContentType]] is not O.[[ContentType]], throw a TypeError exception.
    if (is_bigint_type(source.type()) != is_bigint_type(object.type()))
        return vm.throw_type_error(ErrorType::TypedArrayContentTypeMismatch);
    //     b. Let data be ? AllocateArrayBuffer(%ArrayBuffer%, byteLength).
    ArrayBufferObject* data
        = TRY(allocate_array_buffer(vm, *vm.current_realm().array_buffer_constructor(), byte_length));
    if (source.type() == object.type()) {
        std::memmove(data->data(), source.element_address(0), byte_length);
    } else {
        //  c-e. Copy each element through its Number value.
        for (size_t k = 0; k < element_length; ++k) {
            Value value = TRY(load_element(vm, source.type(), source.element_address(k)));
            store_element(object.type(), data->data() + k * object.element_size(), value);
        }
    }
    // 13-17. O's buffer is data, offset 0, length elementLength.
    object.attach(vm.heap(), *data, 0, element_length);
    return {};
}

// InitializeTypedArrayFromArrayBuffer ( O, buffer, byteOffset, length ) — https://tc39.es/ecma262/#sec-initializetypedarrayfromarraybuffer
ThrowCompletionOr<void> initialize_from_array_buffer(VM& vm, TypedArrayObject& object, ArrayBufferObject& buffer,
    Value byte_offset, Value length)
{
    // 1. Let elementSize be TypedArrayElementSize(O).
    uint32_t element_size = object.element_size();
    // 2. Let offset be ? ToIndex(byteOffset).
    uint64_t offset = TRY(to_index(vm, byte_offset));
    // 3. If offset modulo elementSize ≠ 0, throw a RangeError exception.
    if (offset % element_size != 0) {
        return vm.throw_range_error(ErrorType::InvalidTypedArrayAlignment,
            { typed_array_name(object.type()), std::to_string(element_size) });
    }
    // 4. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
    bool buffer_is_fixed_length = !buffer.is_resizable();
    // 5. If length is not undefined, let newLength be ? ToIndex(length).
    uint64_t new_length = 0;
    if (!length.is_undefined())
        new_length = TRY(to_index(vm, length));
    // 6. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
    if (buffer.is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { "construct" });
    // 7. Let bufferByteLength be ArrayBufferByteLength(buffer, seq-cst).
    uint64_t buffer_byte_length = buffer.byte_length();
    // 8. If length is undefined and bufferIsFixedLength is false, then
    if (length.is_undefined() && !buffer_is_fixed_length) {
        // a. If offset > bufferByteLength, throw a RangeError exception.
        if (offset > buffer_byte_length)
            return vm.throw_range_error(ErrorType::InvalidOffset, { std::to_string(offset) });
        // b-c. O.[[ByteLength]] and O.[[ArrayLength]] are auto.
        object.attach(vm.heap(), buffer, size_t(offset), std::nullopt);
        return {};
    }
    // 9. Else,
    uint64_t new_byte_length;
    if (length.is_undefined()) {
        // a. i. If bufferByteLength modulo elementSize ≠ 0, throw a RangeError exception.
        if (buffer_byte_length % element_size != 0) {
            return vm.throw_range_error(ErrorType::InvalidTypedArrayAlignment,
                { "byte length", std::to_string(element_size) });
        }
        //    ii. Let newByteLength be bufferByteLength - offset.
        //    iii. If newByteLength < 0, throw a RangeError exception.
        if (offset > buffer_byte_length)
            return vm.throw_range_error(ErrorType::InvalidOffset, { std::to_string(offset) });
        new_byte_length = buffer_byte_length - offset;
    } else {
        // b. i. Let newByteLength be newLength × elementSize.
        //    ii. If offset + newByteLength > bufferByteLength, throw a RangeError exception.
        if (new_length > buffer_byte_length || offset + new_length * element_size > buffer_byte_length)
            return vm.throw_range_error(ErrorType::InvalidTypedArrayLength, { std::to_string(new_length) });
        new_byte_length = new_length * element_size;
    }
    // c-d. Set O.[[ByteLength]] and O.[[ArrayLength]] (newByteLength / elementSize).
    // 10-11. Set O.[[ViewedArrayBuffer]] and O.[[ByteOffset]].
    object.attach(vm.heap(), buffer, size_t(offset), size_t(new_byte_length / element_size));
    return {};
}

// AllocateTypedArrayBuffer ( O, length ) — https://tc39.es/ecma262/#sec-allocatetypedarraybuffer
ThrowCompletionOr<void> allocate_typed_array_buffer(VM& vm, TypedArrayObject& object, uint64_t length)
{
    // 1-3. Let byteLength be elementSize × length.
    uint64_t byte_length = length * object.element_size();
    if (length > kMaxArrayBufferByteLength || byte_length > kMaxArrayBufferByteLength)
        return vm.throw_range_error(ErrorType::InvalidTypedArrayLength, { std::to_string(length) });
    // 4. Let data be ? AllocateArrayBuffer(%ArrayBuffer%, byteLength).
    ArrayBufferObject* data = TRY(allocate_array_buffer(vm, *vm.current_realm().array_buffer_constructor(), byte_length));
    // 5-9. Attach it: offset 0, length elements.
    object.attach(vm.heap(), *data, 0, size_t(length));
    return {};
}

// InitializeTypedArrayFromList ( O, values ) — https://tc39.es/ecma262/#sec-initializetypedarrayfromlist
ThrowCompletionOr<void> initialize_from_list(VM& vm, TypedArrayObject& object, ValueArray& values)
{
    // 1. Let len be the number of elements in values.
    uint32_t length = values.size();
    // 2. Perform ? AllocateTypedArrayBuffer(O, len).
    TRY(allocate_typed_array_buffer(vm, object, length));
    // 3-4. For each k < len: Perform ? Set(O, Pk, kValue, true).
    for (uint32_t k = 0; k < length; ++k)
        TRY(set(vm, object, PropertyKey::from_index(k), values.at(k), true));
    return {};
}

// InitializeTypedArrayFromArrayLike ( O, arrayLike ) — https://tc39.es/ecma262/#sec-initializetypedarrayfromarraylike
ThrowCompletionOr<void> initialize_from_array_like(VM& vm, TypedArrayObject& object, Object& array_like)
{
    // 1. Let len be ? LengthOfArrayLike(arrayLike).
    uint64_t length = TRY(length_of_array_like(vm, array_like));
    // 2. Perform ? AllocateTypedArrayBuffer(O, len).
    TRY(allocate_typed_array_buffer(vm, object, length));
    // 3-4. For each k < len: Set(O, Pk, ? Get(arrayLike, Pk), true).
    for (uint64_t k = 0; k < length; ++k) {
        PropertyKey key = PropertyKey::from_index(uint32_t(k));
        Value value = TRY(get(vm, array_like, key));
        TRY(set(vm, object, key, value, true));
    }
    return {};
}

}

// %TypedArray% ( ) — https://tc39.es/ecma262/#sec-%typedarray%
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const&)
{
    // 1. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::AbstractTypedArrayConstructor);
}

// TypedArray ( ...args ) — https://tc39.es/ecma262/#sec-typedarray
template<TypedArrayType type>
ThrowCompletionOr<Value> concrete_behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { typed_array_name(type) });
    // 2-3. constructorName and proto ("%TypedArray.prototype%" of this type).
    // 4. Let numberOfArgs be the number of elements in args.
    // 5. If numberOfArgs = 0, return ? AllocateTypedArray(constructorName, NewTarget, proto, 0).
    // 6. Else,
    //    a. Let firstArgument be args[0].
    Value first_argument = arguments.at(0);
    //    b. If firstArgument is an Object, then
    if (first_argument.is_object()) {
        Object& first = *first_argument.as_object();
        // i. Let O be ? AllocateTypedArray(constructorName, NewTarget, proto).
        TypedArrayObject* object = TRY(allocate_typed_array(vm, type, *arguments.new_target, std::nullopt));
        if (TypedArrayObject* source = as_typed_array(first_argument)) {
            // ii. If firstArgument has a [[TypedArrayName]] internal slot, then
            //     1. Perform ? InitializeTypedArrayFromTypedArray(O, firstArgument).
            TRY(initialize_from_typed_array(vm, *object, *source));
        } else if (ArrayBufferObject* buffer = as_any_array_buffer(first_argument)) {
            // iii. Else if firstArgument has an [[ArrayBufferData]] internal slot, then
            //      1-3. byteOffset and length are args[1] and args[2] (or undefined).
            //      4. Perform ? InitializeTypedArrayFromArrayBuffer(O, firstArgument, byteOffset, length).
            TRY(initialize_from_array_buffer(vm, *object, *buffer, arguments.at(1), arguments.at(2)));
        } else {
            // iv. Else,
            //     1. Assert: firstArgument is an Object and does not have either a
            //        [[TypedArrayName]] or an [[ArrayBufferData]] internal slot.
            //     2. Let usingIterator be ? GetMethod(firstArgument, %Symbol.iterator%).
            Value using_iterator = TRY(get_method(vm, first, PropertyKey::from_symbol(vm.symbols().iterator)));
            //     3. If usingIterator is not undefined, then
            if (!using_iterator.is_undefined()) {
                // a. Let values be ? IteratorToList(? GetIteratorFromMethod(firstArgument, usingIterator)).
                IteratorRecord record = TRY(get_iterator_from_method(vm, first_argument, using_iterator));
                ValueArray* values = TRY(iterator_to_list(vm, record));
                // b. Perform ? InitializeTypedArrayFromList(O, values).
                TRY(initialize_from_list(vm, *object, *values));
            } else {
                // 4. Else,
                //    a. NOTE: firstArgument is not an Iterable so assume it is already an array-like object.
                //    b. Perform ? InitializeTypedArrayFromArrayLike(O, firstArgument).
                TRY(initialize_from_array_like(vm, *object, first));
            }
        }
        // v. Return O.
        return Value::object(object);
    }
    //    c. Else,
    //       i. Assert: firstArgument is not an Object.
    //       ii. Let elementLength be ? ToIndex(firstArgument).
    uint64_t element_length = TRY(to_index(vm, first_argument));
    //       iii. Return ? AllocateTypedArray(constructorName, NewTarget, proto, elementLength).
    return Value::object(TRY(allocate_typed_array(vm, type, *arguments.new_target, element_length)));
}

#define TYPED_ARRAY_TYPE(type, snake_name, name, size) \
    template ThrowCompletionOr<Value> concrete_behaviour<TypedArrayType::type>(VM&, Arguments const&);
#include "runtime/builtins/typed_array/typed_array_types.def"

// %TypedArray%.from ( source [ , mapper [ , thisArg ] ] ) — https://tc39.es/ecma262/#sec-%typedarray%.from
ThrowCompletionOr<Value> from(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.from";
    Value source = arguments.at(0);
    Value mapper = arguments.at(1);
    Value this_argument = arguments.at(2);
    // 1. Let C be the this value.
    // 2. If IsConstructor(C) is false, throw a TypeError exception.
    if (!is_constructor(arguments.this_value))
        return vm.throw_type_error(ErrorType::NotAConstructor, { "this" });
    Object& constructor = *arguments.this_value.as_object();
    // 3-4. If mapper is undefined, let mapping be false; else if IsCallable(mapper) is false,
    //      throw a TypeError exception; else let mapping be true.
    bool mapping = !mapper.is_undefined();
    if (mapping && !is_callable(mapper))
        return vm.throw_type_error(ErrorType::NotAFunction, { "mapper" });
    // 5. Let usingIterator be ? GetMethod(source, %Symbol.iterator%).
    Value using_iterator = TRY(get_method_of_value(vm, source, PropertyKey::from_symbol(vm.symbols().iterator)));
    // 6. If usingIterator is not undefined, then
    if (!using_iterator.is_undefined()) {
        // a. Let values be ? IteratorToList(? GetIteratorFromMethod(source, usingIterator)).
        IteratorRecord record = TRY(get_iterator_from_method(vm, source, using_iterator));
        ValueArray* values = TRY(iterator_to_list(vm, record));
        // b. Let len be the number of elements in values.
        uint32_t length = values->size();
        // c. Let targetObj be ? TypedArrayCreateFromConstructor(C, « 𝔽(len) », write).
        Value length_argument[] = { Value::number(double(length)) };
        TypedArrayObject* target = TRY(typed_array_create_from_constructor(vm, constructor, length_argument, method, AccessMode::Write));
        // d-e. For each k < len:
        for (uint32_t k = 0; k < length; ++k) {
            Value k_value = values->at(k);
            // If mapping, let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »).
            if (mapping) {
                Value call_arguments[] = { k_value, Value::number(double(k)) };
                k_value = TRY(call(vm, mapper, this_argument, call_arguments));
            }
            // Perform ? Set(targetObj, Pk, mappedValue, true).
            TRY(set(vm, *target, PropertyKey::from_index(k), k_value, true));
        }
        // f. Return targetObj.
        return Value::object(target);
    }
    // 7. NOTE: source is not an Iterable so assume it is already an array-like object.
    // 8. Let arrayLike be ! ToObject(source).
    Object* array_like = TRY(to_object(vm, source));
    // 9. Let len be ? LengthOfArrayLike(arrayLike).
    uint64_t length = TRY(length_of_array_like(vm, *array_like));
    // 10. Let targetObj be ? TypedArrayCreateFromConstructor(C, « 𝔽(len) », write).
    Value length_argument[] = { Value::number(double(length)) };
    TypedArrayObject* target = TRY(typed_array_create_from_constructor(vm, constructor, length_argument, method, AccessMode::Write));
    // 11-12. For each k < len:
    for (uint64_t k = 0; k < length; ++k) {
        PropertyKey key = PropertyKey::from_index(uint32_t(k));
        // Let kValue be ? Get(arrayLike, Pk).
        Value k_value = TRY(get(vm, *array_like, key));
        // If mapping, let mappedValue be ? Call(mapper, thisArg, « kValue, 𝔽(k) »).
        if (mapping) {
            Value call_arguments[] = { k_value, Value::number(double(k)) };
            k_value = TRY(call(vm, mapper, this_argument, call_arguments));
        }
        // Perform ? Set(targetObj, Pk, mappedValue, true).
        TRY(set(vm, *target, key, k_value, true));
    }
    // 13. Return targetObj.
    return Value::object(target);
}

// %TypedArray%.of ( ...items ) — https://tc39.es/ecma262/#sec-%typedarray%.of
ThrowCompletionOr<Value> of(VM& vm, Arguments const& arguments)
{
    // 1. Let len be the number of elements in items.
    size_t length = arguments.size();
    // 2. Let C be the this value.
    // 3. If IsConstructor(C) is false, throw a TypeError exception.
    if (!is_constructor(arguments.this_value))
        return vm.throw_type_error(ErrorType::NotAConstructor, { "this" });
    // 4. Let newObj be ? TypedArrayCreateFromConstructor(C, « 𝔽(len) », write).
    Value length_argument[] = { Value::number(double(length)) };
    TypedArrayObject* new_object = TRY(typed_array_create_from_constructor(vm, *arguments.this_value.as_object(),
        length_argument, "%TypedArray%.of", AccessMode::Write));
    // 5-6. For each k < len: Perform ? Set(newObj, Pk, items[k], true).
    for (size_t k = 0; k < length; ++k)
        TRY(set(vm, *new_object, PropertyKey::from_index(uint32_t(k)), arguments.values[k], true));
    // 7. Return newObj.
    return Value::object(new_object);
}

// get %TypedArray% [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-get-%typedarray%-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/typed_array/typed_array_constructor.def"
}

void initialize_concrete_constructors(VM& vm, Realm& realm)
{
    // 23.2.6.1 TypedArray.BYTES_PER_ELEMENT and 23.2.7.1 TypedArray.prototype.BYTES_PER_ELEMENT:
    // the element size, not writable, enumerable or configurable.
#define TYPED_ARRAY_TYPE(type, snake_name, name, size)                                             \
    define_value(vm, *realm.snake_name##_array_constructor(), "BYTES_PER_ELEMENT", Value::int32(size), kConstant); \
    define_value(vm, *realm.snake_name##_array_prototype(), "BYTES_PER_ELEMENT", Value::int32(size), kConstant);
#include "runtime/builtins/typed_array/typed_array_types.def"
}

}
