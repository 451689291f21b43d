#include "runtime/builtins/typed_array/typed_array_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/array/array_iterator_prototype.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

namespace sable::runtime::builtins::typed_array_prototype {

namespace {

// Let O be the this value; perform ? RequireInternalSlot(O, [[TypedArrayName]]).
ThrowCompletionOr<TypedArrayObject*> this_typed_array(VM& vm, Arguments const& arguments, std::string_view method)
{
    TypedArrayObject* typed_array = as_typed_array(arguments.this_value);
    if (!typed_array)
        return vm.throw_type_error(ErrorType::NotA, { method, "TypedArray" });
    return typed_array;
}

Value index_value(double index) { return Value::number(index); }

}

// %TypedArray%.prototype.at ( index ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.at
ThrowCompletionOr<Value> at(VM& vm, Arguments const& arguments)
{
    // 1-2. Let O be the this value; let taRecord be ? ValidateTypedArray(O, seq-cst).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.at"));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4. Let relativeIndex be ? ToIntegerOrInfinity(index).
    double relative_index = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 5-6. k is relativeIndex, counted from the end when negative.
    double k = relative_index >= 0 ? relative_index : length + relative_index;
    // 7. If k < 0 or k ≥ len, return undefined.
    if (k < 0 || k >= length)
        return Value::undefined();
    // 8. Return ! Get(O, ! ToString(𝔽(k))).
    return object->get_element(vm, k);
}

// get %TypedArray%.prototype.buffer — https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.buffer
ThrowCompletionOr<Value> buffer(VM& vm, Arguments const& arguments)
{
    // 1-3. Let O be the this value; RequireInternalSlot(O, [[TypedArrayName]]).
    TypedArrayObject* object = TRY(this_typed_array(vm, arguments, "get %TypedArray%.prototype.buffer"));
    // 4-5. Return O.[[ViewedArrayBuffer]].
    return Value::object(object->buffer());
}

// get %TypedArray%.prototype.byteLength — https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.bytelength
ThrowCompletionOr<Value> byte_length(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(this_typed_array(vm, arguments, "get %TypedArray%.prototype.byteLength"));
    // 4-6. Return 𝔽(TypedArrayByteLength(taRecord)) (0 when out of bounds).
    return Value::number(double(object->byte_length()));
}

// get %TypedArray%.prototype.byteOffset — https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.byteoffset
ThrowCompletionOr<Value> byte_offset(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(this_typed_array(vm, arguments, "get %TypedArray%.prototype.byteOffset"));
    // 4-5. If IsTypedArrayOutOfBounds(taRecord) is true, return +0𝔽.
    if (object->is_out_of_bounds())
        return Value::int32(0);
    // 6-7. Return 𝔽(O.[[ByteOffset]]).
    return Value::number(double(object->byte_offset()));
}

// get %TypedArray%.prototype.length — https://tc39.es/ecma262/#sec-get-%typedarray%.prototype.length
ThrowCompletionOr<Value> length(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(this_typed_array(vm, arguments, "get %TypedArray%.prototype.length"));
    // 4-7. Return 𝔽(TypedArrayLength(taRecord)) (0 when out of bounds).
    return Value::number(double(object->length()));
}

// %TypedArray%.prototype.copyWithin ( target, start [ , end ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.copywithin
ThrowCompletionOr<Value> copy_within(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.copyWithin";
    // 1-2. Let O be the this value; let taRecord be ? ValidateTypedArray(O, seq-cst, write).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method, AccessMode::Write));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4-5. Let targetIndex be the clamped relative target.
    double target_index = TRY(relative_index(vm, arguments.at(0), length, 0));
    // 6-7. Let startIndex be the clamped relative start.
    double start_index = TRY(relative_index(vm, arguments.at(1), length, 0));
    // 8-9. Let endIndex be the clamped relative end (len if end is undefined).
    double end_index = TRY(relative_index(vm, arguments.at(2), length, length));
    // 10. Let count be min(endIndex - startIndex, len - targetIndex).
    double count = std::min(end_index - start_index, length - target_index);
    // 11. If count > 0, then
    if (count > 0) {
        // a-d. The arguments may have shrunk or detached the buffer: check again.
        if (object->is_out_of_bounds())
            return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
        // e. Set len to TypedArrayLength(taRecord).
        size_t current_length = object->length();
        // f-h. Let bufferByteLimit be len × elementSize + byteOffset.
        size_t element_size = object->element_size();
        size_t byte_offset = object->byte_offset();
        size_t buffer_byte_limit = current_length * element_size + byte_offset;
        // i-k. toByteIndex, fromByteIndex and countBytes.
        size_t to_byte_index = size_t(target_index) * element_size + byte_offset;
        size_t from_byte_index = size_t(start_index) * element_size + byte_offset;
        size_t count_bytes = size_t(count) * element_size;
        uint8_t* data = object->buffer()->data();
        // l. If fromByteIndex < toByteIndex < fromByteIndex + countBytes, the copy runs
        //    backwards from the last byte, and stops at once when that byte is past the limit.
        if (from_byte_index < to_byte_index && to_byte_index < from_byte_index + count_bytes) {
            if (to_byte_index + count_bytes <= buffer_byte_limit)
                std::memmove(data + to_byte_index, data + from_byte_index, count_bytes);
        } else {
            // m-n. Forwards, while both indices are below the limit.
            size_t limit = std::min({ count_bytes,
                from_byte_index < buffer_byte_limit ? buffer_byte_limit - from_byte_index : 0,
                to_byte_index < buffer_byte_limit ? buffer_byte_limit - to_byte_index : 0 });
            std::memmove(data + to_byte_index, data + from_byte_index, limit);
        }
    }
    // 12. Return O.
    return Value::object(object);
}

// %TypedArray%.prototype.entries ( ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.entries
ThrowCompletionOr<Value> entries(VM& vm, Arguments const& arguments)
{
    // 1-2. Perform ? ValidateTypedArray(O, seq-cst).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.entries"));
    // 3. Return CreateArrayIterator(O, key+value).
    return Value::object(create_array_iterator(vm, *object, IterationKind::KeyValue));
}

// %TypedArray%.prototype.keys ( ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.keys
ThrowCompletionOr<Value> keys(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.keys"));
    // 3. Return CreateArrayIterator(O, key).
    return Value::object(create_array_iterator(vm, *object, IterationKind::Key));
}

// %TypedArray%.prototype.values ( ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.values
ThrowCompletionOr<Value> values(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.values"));
    // 3. Return CreateArrayIterator(O, value).
    return Value::object(create_array_iterator(vm, *object, IterationKind::Value));
}

// %TypedArray%.prototype.fill ( value [ , start [ , end ] ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.fill
ThrowCompletionOr<Value> fill(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.fill";
    // 1-2. Let O be the this value; let taRecord be ? ValidateTypedArray(O, seq-cst, write).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method, AccessMode::Write));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4-5. Set value to ? ToBigInt(value) or ? ToNumber(value).
    Value value = TRY(to_element_numeric(vm, object->type(), arguments.at(0)));
    // 6-9. startIndex and endIndex, clamped relative indices.
    double start_index = TRY(relative_index(vm, arguments.at(1), length, 0));
    double end_index = TRY(relative_index(vm, arguments.at(2), length, length));
    // 10-12. The conversions may have shrunk or detached the buffer: check again.
    if (object->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 13. Set len to TypedArrayLength(taRecord). 14. Set endIndex to min(endIndex, len).
    end_index = std::min(end_index, double(object->length()));
    // 15-16. For each k from startIndex below endIndex: Perform ! Set(O, Pk, value, true).
    for (size_t k = size_t(start_index); double(k) < end_index; ++k)
        store_element(object->type(), object->element_address(k), value);
    // 17. Return O.
    return Value::object(object);
}

// %TypedArray%.prototype.includes ( searchElement [ , fromIndex ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.includes
ThrowCompletionOr<Value> includes(VM& vm, Arguments const& arguments)
{
    // 1-2. Let O be the this value; let taRecord be ? ValidateTypedArray(O, seq-cst).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.includes"));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4. If len = 0, return false.
    if (length == 0)
        return Value::boolean(false);
    // 5. Let n be ? ToIntegerOrInfinity(fromIndex).
    double n = TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 6-7. If n = +∞, return false; else if n = -∞, set n to 0.
    if (n == INFINITY)
        return Value::boolean(false);
    // 8-9. k is n, counted from the end when negative.
    double k = n >= 0 ? n : std::max(length + n, 0.0);
    // 10. Repeat, while k < len: if SameValueZero(searchElement, ! Get(O, k)), return true.
    Value search_element = arguments.at(0);
    for (; k < length; ++k) {
        Value element = TRY(object->get_element(vm, k));
        if (same_value_zero(vm.heap(), search_element, element))
            return Value::boolean(true);
    }
    // 11. Return false.
    return Value::boolean(false);
}

// %TypedArray%.prototype.indexOf ( searchElement [ , fromIndex ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.indexof
ThrowCompletionOr<Value> index_of(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.indexOf"));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4. If len = 0, return -1𝔽.
    if (length == 0)
        return Value::int32(-1);
    // 5. Let n be ? ToIntegerOrInfinity(fromIndex).
    double n = TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 6-7. If n = +∞, return -1𝔽; else if n = -∞, set n to 0.
    if (n == INFINITY)
        return Value::int32(-1);
    // 8-9. k is n, counted from the end when negative.
    double k = n >= 0 ? n : std::max(length + n, 0.0);
    // 10. Repeat, while k < len: if ! HasProperty(O, Pk) and IsStrictlyEqual(searchElement,
    //     ! Get(O, Pk)), return 𝔽(k). (HasProperty fails once the buffer shrank past k.)
    Value search_element = arguments.at(0);
    for (; k < length; ++k) {
        if (!object->is_valid_integer_index(k))
            continue;
        Value element = TRY(object->get_element(vm, k));
        if (is_strictly_equal(vm.heap(), search_element, element))
            return index_value(k);
    }
    // 11. Return -1𝔽.
    return Value::int32(-1);
}

// %TypedArray%.prototype.lastIndexOf ( searchElement [ , fromIndex ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.lastindexof
ThrowCompletionOr<Value> last_index_of(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.lastIndexOf"));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4. If len = 0, return -1𝔽.
    if (length == 0)
        return Value::int32(-1);
    // 5. If fromIndex is present, let n be ? ToIntegerOrInfinity(fromIndex); else let n be len - 1.
    double n = arguments.size() > 1 ? TRY(to_integer_or_infinity(vm, arguments.at(1))) : length - 1;
    // 6. If n = -∞, return -1𝔽.
    if (n == -INFINITY)
        return Value::int32(-1);
    // 7-8. k is min(n, len - 1), or len + n when n is negative.
    double k = n >= 0 ? std::min(n, length - 1) : length + n;
    // 9. Repeat, while k ≥ 0: if ! HasProperty(O, Pk) and IsStrictlyEqual(searchElement,
    //    ! Get(O, Pk)), return 𝔽(k).
    Value search_element = arguments.at(0);
    for (; k >= 0; --k) {
        if (!object->is_valid_integer_index(k))
            continue;
        Value element = TRY(object->get_element(vm, k));
        if (is_strictly_equal(vm.heap(), search_element, element))
            return index_value(k);
    }
    // 10. Return -1𝔽.
    return Value::int32(-1);
}

// %TypedArray%.prototype.join ( separator ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.join
ThrowCompletionOr<Value> join(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.join"));
    // 3. Let len be TypedArrayLength(taRecord).
    size_t length = object->length();
    // 4-5. If separator is undefined, let sep be ","; else let sep be ? ToString(separator).
    std::u16string separator = u",";
    if (!arguments.at(0).is_undefined())
        separator = TRY(to_string(vm, arguments.at(0)))->to_utf16(vm.heap());
    // 6. Let R be the empty String.
    std::u16string result;
    // 7-8. For each k < len: append sep (k > 0), then the element's String (undefined gives
    //      the empty String: the buffer may have shrunk).
    for (size_t k = 0; k < length; ++k) {
        if (k > 0)
            result += separator;
        Value element = TRY(object->get_element(vm, double(k)));
        if (!element.is_undefined())
            result += MUST(to_string(vm, element))->to_utf16(vm.heap());
    }
    // 9. Return R.
    return Value::string(String::from_utf16(vm.heap(), result));
}

// %TypedArray%.prototype.reverse ( ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.reverse
ThrowCompletionOr<Value> reverse(VM& vm, Arguments const& arguments)
{
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.reverse", AccessMode::Write));
    // 3. Let len be TypedArrayLength(taRecord).
    size_t length = object->length();
    // 4-6. Swap the elements at lower and upper = len - lower - 1 while lower ≠ middle (the
    //      Get/Set pairs cannot run user code: swapping the bytes is the same).
    size_t element_size = object->element_size();
    uint8_t scratch[8];
    for (size_t lower = 0; lower < length / 2; ++lower) {
        uint8_t* lower_bytes = object->element_address(lower);
        uint8_t* upper_bytes = object->element_address(length - lower - 1);
        std::memcpy(scratch, lower_bytes, element_size);
        std::memcpy(lower_bytes, upper_bytes, element_size);
        std::memcpy(upper_bytes, scratch, element_size);
    }
    // 7. Return O.
    return Value::object(object);
}

namespace {

// SetTypedArrayFromTypedArray ( target, targetOffset, source ) — https://tc39.es/ecma262/#sec-settypedarrayfromtypedarray
ThrowCompletionOr<void> set_from_typed_array(VM& vm, TypedArrayObject& target, double target_offset, TypedArrayObject& source)
{
    constexpr std::string_view method = "%TypedArray%.prototype.set";
    // 1-3. If IsTypedArrayOutOfBounds(targetRecord) is true, throw a TypeError exception.
    if (target.is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 4. Let targetLength be TypedArrayLength(targetRecord).
    double target_length = double(target.length());
    // 5-7. If IsTypedArrayOutOfBounds(srcRecord) is true, throw a TypeError exception.
    if (source.is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 8. Let srcLength be TypedArrayLength(srcRecord).
    size_t source_length = source.length();
    // 15. If targetOffset = +∞, throw a RangeError exception.
    // 16. If srcLength + targetOffset > targetLength, throw a RangeError exception.
    if (target_offset == INFINITY || double(source_length) + target_offset > target_length)
        return vm.throw_range_error(ErrorType::InvalidOffset, { "set" });
    // 17. If target.[[ContentType]] is not source.[[ContentType]], throw a TypeError exception.
    if (is_bigint_type(target.type()) != is_bigint_type(source.type()))
        return vm.throw_type_error(ErrorType::TypedArrayContentTypeMismatch);
    size_t target_byte_index = size_t(target_offset) * target.element_size() + target.byte_offset();
    uint8_t* target_bytes = target.buffer()->data() + target_byte_index;
    uint8_t const* source_bytes = source.element_address(0);
    // 23. If srcType is targetType, copy the bytes (NOTE: the transfer must preserve the bit
    //     pattern; memmove handles the shared-buffer overlap of steps 19-20).
    if (source.type() == target.type()) {
        std::memmove(target_bytes, source_bytes, source_length * source.element_size());
        return {};
    }
    // 18-20. If both views share a buffer, read from a copy of the source bytes (a clone).
    std::vector<uint8_t> clone;
    if (source.buffer() == target.buffer()) {
        clone.assign(source_bytes, source_bytes + source_length * source.element_size());
        source_bytes = clone.data();
    }
    // 24. Otherwise convert element by element.
    for (size_t k = 0; k < source_length; ++k) {
        Value value = TRY(load_element(vm, source.type(), source_bytes + k * source.element_size()));
        store_element(target.type(), target_bytes + k * target.element_size(), value);
    }
    return {};
}

// SetTypedArrayFromArrayLike ( target, targetOffset, source ) — https://tc39.es/ecma262/#sec-settypedarrayfromarraylike
ThrowCompletionOr<void> set_from_array_like(VM& vm, TypedArrayObject& target, double target_offset, Value source)
{
    // 1-2. If IsTypedArrayOutOfBounds(targetRecord) is true, throw a TypeError exception.
    if (target.is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { "%TypedArray%.prototype.set" });
    // 3. Let targetLength be TypedArrayLength(targetRecord).
    double target_length = double(target.length());
    // 4. Let src be ? ToObject(source).
    Object* src = TRY(to_object(vm, source));
    // 5. Let srcLength be ? LengthOfArrayLike(src).
    double source_length = double(TRY(length_of_array_like(vm, *src)));
    // 6. If targetOffset = +∞, throw a RangeError exception.
    // 7. If srcLength + targetOffset > targetLength, throw a RangeError exception.
    if (target_offset == INFINITY || source_length + target_offset > target_length)
        return vm.throw_range_error(ErrorType::InvalidOffset, { "set" });
    // 8-9. For each k < srcLength: value = ? Get(src, Pk); ? TypedArraySetElement(target,
    //      targetOffset + k, value).
    for (double k = 0; k < source_length; ++k) {
        Value value = TRY(get(vm, *src, PropertyKey::from_index(uint32_t(k))));
        TRY(target.set_element(vm, target_offset + k, value));
    }
    return {};
}

}

// %TypedArray%.prototype.set ( source [ , offset ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.set
ThrowCompletionOr<Value> set(VM& vm, Arguments const& arguments)
{
    // 1-3. Let target be the this value; RequireInternalSlot(target, [[TypedArrayName]]).
    TypedArrayObject* target = TRY(this_typed_array(vm, arguments, "%TypedArray%.prototype.set"));
    // 5. If IsImmutableBuffer(target.[[ViewedArrayBuffer]]) is true, throw a TypeError exception.
    if (target->buffer()->is_immutable())
        return vm.throw_type_error(ErrorType::ImmutableBuffer, { "%TypedArray%.prototype.set" });
    // 4. Let targetOffset be ? ToIntegerOrInfinity(offset).
    double target_offset = TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 5. If targetOffset < 0, throw a RangeError exception.
    if (target_offset < 0)
        return vm.throw_range_error(ErrorType::InvalidOffset, { "set" });
    // 6-7. From a TypedArray, or from an array-like.
    if (TypedArrayObject* source = as_typed_array(arguments.at(0)))
        TRY(set_from_typed_array(vm, *target, target_offset, *source));
    else
        TRY(set_from_array_like(vm, *target, target_offset, arguments.at(0)));
    // 8. Return undefined.
    return Value::undefined();
}

// %TypedArray%.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.slice
ThrowCompletionOr<Value> slice(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.slice";
    // 1-2. Let O be the this value; let taRecord be ? ValidateTypedArray(O, seq-cst).
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method));
    // 3. Let srcArrayLength be TypedArrayLength(taRecord).
    double source_length = double(object->length());
    // 4-7. startIndex and endIndex, clamped relative indices.
    double start_index = TRY(relative_index(vm, arguments.at(0), source_length, 0));
    double end_index = TRY(relative_index(vm, arguments.at(1), source_length, source_length));
    // 8. Let countBytes be max(endIndex - startIndex, 0).
    double count = std::max(end_index - start_index, 0.0);
    // 9. Let A be ? TypedArraySpeciesCreate(O, « 𝔽(countBytes) »).
    Value create_arguments[] = { Value::number(count) };
    TypedArrayObject* result = TRY(typed_array_species_create(vm, *object, create_arguments, method, AccessMode::Write));
    // 10. If countBytes > 0, then
    if (count > 0) {
        // a-b. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
        if (object->is_out_of_bounds())
            return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
        // c. Set endIndex to min(endIndex, TypedArrayLength(taRecord)).
        end_index = std::min(end_index, double(object->length()));
        // d. Set countBytes to max(endIndex - startIndex, 0).
        count = std::max(end_index - start_index, 0.0);
        // g. If srcType is targetType, then copy the bytes one at a time, in order.
        if (object->type() == result->type()) {
            size_t element_size = object->element_size();
            uint8_t const* source_bytes = object->buffer()->data();
            uint8_t* target_bytes = result->buffer()->data();
            size_t source_byte_index = size_t(start_index) * element_size + object->byte_offset();
            size_t target_byte_index = result->byte_offset();
            size_t end_byte_index = target_byte_index + size_t(count) * element_size;
            // The target's buffer may be smaller now; never write past it.
            end_byte_index = std::min(end_byte_index, result->buffer()->byte_length());
            while (target_byte_index < end_byte_index)
                target_bytes[target_byte_index++] = source_bytes[source_byte_index++];
        } else {
            // h. Else: n = 0; for k from startIndex below endIndex: ! Set(A, n, ! Get(O, k), true).
            double n = 0;
            for (double k = start_index; k < end_index; ++k, ++n) {
                Value value = TRY(object->get_element(vm, k));
                TRY(result->set_element(vm, n, value));
            }
        }
    }
    // 11. Return A.
    return Value::object(result);
}

// %TypedArray%.prototype.subarray ( start, end ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.subarray
ThrowCompletionOr<Value> subarray(VM& vm, Arguments const& arguments)
{
    // 1-3. Let O be the this value; RequireInternalSlot(O, [[TypedArrayName]]).
    TypedArrayObject* object = TRY(this_typed_array(vm, arguments, "%TypedArray%.prototype.subarray"));
    // 4. Let buffer be O.[[ViewedArrayBuffer]].
    ArrayBufferObject* buffer = object->buffer();
    // 5-6. Let srcLength be 0 when out of bounds, else TypedArrayLength(srcRecord).
    double source_length = object->is_out_of_bounds() ? 0 : double(object->length());
    // 7-8. Let startIndex be the clamped relative start.
    double start_index = TRY(relative_index(vm, arguments.at(0), source_length, 0));
    // 9-11. Let beginByteOffset be srcByteOffset + startIndex × elementSize.
    double begin_byte_offset = double(object->byte_offset()) + start_index * object->element_size();
    Value end = arguments.at(1);
    // 12. If O.[[ArrayLength]] is auto and end is undefined, then
    //     a. Let argumentsList be « buffer, 𝔽(beginByteOffset) ».
    if (object->is_length_tracking() && end.is_undefined()) {
        Value create_arguments[] = { Value::object(buffer), Value::number(begin_byte_offset) };
        return Value::object(TRY(typed_array_species_create(vm, *object, create_arguments, "%TypedArray%.prototype.subarray")));
    }
    // 13. Else,
    //     a-c. Let endIndex be the clamped relative end.
    double end_index = TRY(relative_index(vm, end, source_length, source_length));
    //     d. Let newLength be max(endIndex - startIndex, 0).
    double new_length = std::max(end_index - start_index, 0.0);
    //     e. Let argumentsList be « buffer, 𝔽(beginByteOffset), 𝔽(newLength) ».
    Value create_arguments[] = { Value::object(buffer), Value::number(begin_byte_offset), Value::number(new_length) };
    // 14. Return ? TypedArraySpeciesCreate(O, argumentsList).
    return Value::object(TRY(typed_array_species_create(vm, *object, create_arguments, "%TypedArray%.prototype.subarray")));
}

// %TypedArray%.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.tolocalestring
ThrowCompletionOr<Value> to_locale_string(VM& vm, Arguments const& arguments)
{
    // ValidateTypedArray first, then Array.prototype.toLocaleString's steps with
    // TypedArrayLength for LengthOfArrayLike.
    TypedArrayObject* object
        = TRY(validate_typed_array(vm, arguments.this_value, "%TypedArray%.prototype.toLocaleString"));
    size_t length = object->length();
    // 3. Let separator be the implementation-defined list-separator String ",".
    std::u16string result;
    for (size_t k = 0; k < length; ++k) {
        if (k > 0)
            result += u',';
        // b. Let nextElement be ? Get(array, ! ToString(𝔽(k))).
        Value element = TRY(object->get_element(vm, double(k)));
        // c. If nextElement is neither undefined nor null, append ? ToString(? Invoke(nextElement,
        //    "toLocaleString")).
        if (!element.is_nullish()) {
            Value localized = TRY(invoke(vm, element, PropertyKey::from_atom(vm.atoms().to_locale_string)));
            result += TRY(to_string(vm, localized))->to_utf16(vm.heap());
        }
    }
    return Value::string(String::from_utf16(vm.heap(), result));
}

// %TypedArray%.prototype.toReversed ( ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.toreversed
ThrowCompletionOr<Value> to_reversed(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.toReversed";
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method));
    // 3. Let length be TypedArrayLength(taRecord).
    size_t length = object->length();
    // 4. Let A be ? TypedArrayCreateSameType(O, « 𝔽(length) »).
    TypedArrayObject* result = TRY(typed_array_create_same_type(vm, *object, length, method));
    // 5-6. A[k] = O[length - k - 1].
    for (size_t k = 0; k < length; ++k) {
        Value value = TRY(object->get_element(vm, double(length - k - 1)));
        TRY(result->set_element(vm, double(k), value));
    }
    // 7. Return A.
    return Value::object(result);
}

// %TypedArray%.prototype.with ( index, value ) — https://tc39.es/ecma262/#sec-%typedarray%.prototype.with
ThrowCompletionOr<Value> with(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "%TypedArray%.prototype.with";
    TypedArrayObject* object = TRY(validate_typed_array(vm, arguments.this_value, method));
    // 3. Let len be TypedArrayLength(taRecord).
    double length = double(object->length());
    // 4. Let relativeIndex be ? ToIntegerOrInfinity(index).
    double relative_index = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 5-6. actualIndex counts from the end when relativeIndex is negative (a mathematical
    //      value: -0 is 0).
    double actual_index = relative_index >= 0 ? relative_index + 0.0 : length + relative_index;
    // 7-8. Let numericValue be ? ToBigInt(value) or ? ToNumber(value).
    Value numeric_value = TRY(to_element_numeric(vm, object->type(), arguments.at(1)));
    // 9. If IsValidIntegerIndex(O, 𝔽(actualIndex)) is false, throw a RangeError exception.
    if (!object->is_valid_integer_index(actual_index))
        return vm.throw_range_error(ErrorType::InvalidIndex, { "with" });
    // 10. Let A be ? TypedArrayCreateSameType(O, « 𝔽(len) »).
    TypedArrayObject* result = TRY(typed_array_create_same_type(vm, *object, size_t(length), method));
    // 11-12. A[k] is numericValue at actualIndex, else ! Get(O, Pk).
    for (double k = 0; k < length; ++k) {
        Value value = k == actual_index ? numeric_value : TRY(object->get_element(vm, k));
        TRY(result->set_element(vm, k, value));
    }
    // 13. Return A.
    return Value::object(result);
}

// get %TypedArray%.prototype [ %Symbol.toStringTag% ] — https://tc39.es/ecma262/#sec-get-%typedarray%.prototype-%symbol.tostringtag%
ThrowCompletionOr<Value> symbol_to_string_tag(VM& vm, Arguments const& arguments)
{
    // 1-3. If O is not an Object, or has no [[TypedArrayName]] internal slot, return undefined.
    TypedArrayObject* object = as_typed_array(arguments.this_value);
    if (!object)
        return Value::undefined();
    // 4-6. Return O.[[TypedArrayName]].
    return Value::string(vm.atoms().intern_latin1(typed_array_name(object->type())));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/typed_array/typed_array_prototype.def"
    // 23.2.3.35 %TypedArray%.prototype [ %Symbol.iterator% ]: the "values" function itself.
    Value values_function = MUST(get(vm, target, PropertyKey::from_atom(vm.atoms().intern_latin1("values"))));
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().iterator),
        PropertyDescriptor::data(values_function, kMethod)));
    // 23.2.3.33 %TypedArray%.prototype.toString: the same function object as Array.prototype.toString.
    PropertyKey to_string_key = PropertyKey::from_atom(vm.atoms().intern_latin1("toString"));
    Value to_string_function = MUST(get(vm, *realm.array_prototype(), to_string_key));
    MUST(define_property_or_throw(vm, target, to_string_key, PropertyDescriptor::data(to_string_function, kMethod)));
}

}
