#include "runtime/builtins/typed_array/typed_array_object.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cmath>
#include <string>

namespace sable::runtime {

TypedArrayObject* TypedArrayObject::create(VM& vm, TypedArrayType type, Object* prototype)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::TypedArray);
    return vm.heap().allocate_with_size<TypedArrayObject>(
        allocation_size(sizeof(TypedArrayObject), kDefaultInlineSlots), shape, type);
}

void TypedArrayObject::attach(gc::Heap& heap, ArrayBufferObject& buffer, size_t byte_offset,
    std::optional<size_t> array_length)
{
    m_buffer = &buffer;
    heap.write_barrier(this, &buffer);
    m_byte_offset = byte_offset;
    m_length_tracking = !array_length.has_value();
    m_array_length = array_length.value_or(0);
}

// IsTypedArrayOutOfBounds ( taRecord ) — https://tc39.es/ecma262/#sec-istypedarrayoutofbounds
bool TypedArrayObject::is_out_of_bounds() const
{
    // 2. If IsDetachedBuffer(O.[[ViewedArrayBuffer]]) is true, return true.
    if (m_buffer->is_detached())
        return true;
    // 3. Let bufferByteLength be taRecord.[[CachedBufferByteLength]].
    size_t buffer_byte_length = m_buffer->byte_length();
    // 4. Let byteOffsetStart be O.[[ByteOffset]].
    // 5-6. byteOffsetEnd: bufferByteLength when length-tracking, else start + length × size.
    // 7. If byteOffsetStart > bufferByteLength or byteOffsetEnd > bufferByteLength, return true.
    if (m_byte_offset > buffer_byte_length)
        return true;
    if (!m_length_tracking && m_array_length * element_size() > buffer_byte_length - m_byte_offset)
        return true;
    // 8-9. Return false.
    return false;
}

// TypedArrayLength ( taRecord ) — https://tc39.es/ecma262/#sec-typedarraylength
size_t TypedArrayObject::length() const
{
    if (is_out_of_bounds())
        return 0;
    // 3. If O.[[ArrayLength]] is not auto, return O.[[ArrayLength]].
    if (!m_length_tracking)
        return m_array_length;
    // 4-7. floor((byteLength - byteOffset) / elementSize).
    return (m_buffer->byte_length() - m_byte_offset) / element_size();
}

// TypedArrayByteLength ( taRecord ) — https://tc39.es/ecma262/#sec-typedarraybytelength
size_t TypedArrayObject::byte_length() const
{
    // 1. If IsTypedArrayOutOfBounds(taRecord) is true, return 0.
    // 2-6. length × element size (the length is 0 then).
    return length() * element_size();
}

// IsTypedArrayFixedLength ( O ) — https://tc39.es/ecma262/#sec-istypedarrayfixedlength
bool TypedArrayObject::is_fixed_length() const
{
    // 1. If O.[[ArrayLength]] is auto, return false.
    if (m_length_tracking)
        return false;
    // 2-4. A view on a resizable, non-shared buffer is not fixed-length.
    return !(m_buffer->is_resizable() && !m_buffer->is_shared());
}

// IsValidIntegerIndex ( O, index ) — https://tc39.es/ecma262/#sec-isvalidintegerindex
bool TypedArrayObject::is_valid_integer_index(double index) const
{
    // 1. If IsDetachedBuffer(O.[[ViewedArrayBuffer]]) is true, return false.
    if (m_buffer->is_detached())
        return false;
    // 2. If IsIntegralNumber(index) is false, return false.
    if (std::trunc(index) != index)
        return false;
    // 3. If index is -0𝔽, return false.
    if (index == 0 && std::signbit(index))
        return false;
    // 4-7. If index < 0 or index ≥ TypedArrayLength, return false (length() is 0 when the
    //      view is out of bounds, so no index is valid then).
    return index >= 0 && index < double(length());
}

// TypedArrayGetElement ( O, index ) — https://tc39.es/ecma262/#sec-typedarraygetelement
ThrowCompletionOr<Value> TypedArrayObject::get_element(VM& vm, double index) const
{
    // 1. If IsValidIntegerIndex(O, index) is false, return undefined.
    if (!is_valid_integer_index(index))
        return Value::undefined();
    // 2-6. GetValueFromBuffer(O.[[ViewedArrayBuffer]], index × elementSize + offset, type).
    return load_element(vm, m_type, element_address(size_t(index)));
}

// TypedArraySetElement ( O, index, value ) — https://tc39.es/ecma262/#sec-typedarraysetelement
ThrowCompletionOr<void> TypedArrayObject::set_element(VM& vm, double index, Value value)
{
    // 1-2. Let numValue be ? ToBigInt(value) or ? ToNumber(value).
    Value numeric = TRY(to_element_numeric(vm, m_type, value));
    // 3. If IsValidIntegerIndex(O, index) is true, then SetValueInBuffer(...).
    if (is_valid_integer_index(index))
        store_element(m_type, element_address(size_t(index)), numeric);
    // 4. Return unused.
    return {};
}

void TypedArrayObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* typed_array = static_cast<TypedArrayObject*>(cell);
    visitor.visit(typed_array->m_buffer);
    Object::visit_children(cell, visitor);
}

TypedArrayObject* as_typed_array(Value value)
{
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::TypedArray)
        return nullptr;
    return static_cast<TypedArrayObject*>(value.as_object());
}

// ValidateTypedArray ( O, order ) — https://tc39.es/ecma262/#sec-validatetypedarray
ThrowCompletionOr<TypedArrayObject*> validate_typed_array(VM& vm, Value value, std::string_view method, AccessMode access_mode)
{
    // 1. Perform ? RequireInternalSlot(O, [[TypedArrayName]]).
    TypedArrayObject* typed_array = as_typed_array(value);
    if (!typed_array)
        return vm.throw_type_error(ErrorType::NotA, { method, "TypedArray" });
    // If accessMode is write and IsImmutableBuffer(O.[[ViewedArrayBuffer]]) is true, throw a
    // TypeError exception (the immutable ArrayBuffer proposal).
    if (access_mode == AccessMode::Write && typed_array->buffer()->is_immutable())
        return vm.throw_type_error(ErrorType::ImmutableBuffer, { method });
    // 2-3. Let taRecord be MakeTypedArrayWithBufferWitnessRecord(O, order).
    // 4. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (typed_array->buffer()->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    if (typed_array->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 5. Return taRecord.
    return typed_array;
}

Object* typed_array_constructor_of(Realm& realm, TypedArrayType type)
{
    switch (type) {
#define TYPED_ARRAY_TYPE(type, snake_name, name, size) \
    case TypedArrayType::type:                         \
        return realm.snake_name##_array_constructor();
#include "runtime/builtins/typed_array/typed_array_types.def"
    }
    return nullptr;
}

IntrinsicGetter typed_array_prototype_getter(TypedArrayType type)
{
    switch (type) {
#define TYPED_ARRAY_TYPE(type, snake_name, name, size) \
    case TypedArrayType::type:                         \
        return &Realm::snake_name##_array_prototype;
#include "runtime/builtins/typed_array/typed_array_types.def"
    }
    return nullptr;
}

// AllocateTypedArray ( constructorName, newTarget, defaultProto [ , length ] ) — https://tc39.es/ecma262/#sec-allocatetypedarray
ThrowCompletionOr<TypedArrayObject*> allocate_typed_array(VM& vm, TypedArrayType type, Object& new_target,
    std::optional<uint64_t> length)
{
    // 1. Let proto be ? GetPrototypeFromConstructor(newTarget, defaultProto).
    Object* prototype = TRY(get_prototype_from_constructor(vm, new_target, typed_array_prototype_getter(type)));
    // 2-5. Let obj be TypedArrayCreate(proto), with [[TypedArrayName]] and [[ContentType]].
    TypedArrayObject* object = TypedArrayObject::create(vm, type, prototype);
    // 6-8. If length is present, perform ? AllocateTypedArrayBuffer(obj, length).
    if (length) {
        // AllocateTypedArrayBuffer ( O, length ): a fixed-length buffer of length × elementSize.
        uint64_t byte_length = *length * object->element_size();
        if (*length > kMaxArrayBufferByteLength || byte_length > kMaxArrayBufferByteLength)
            return vm.throw_range_error(ErrorType::InvalidTypedArrayLength, { std::to_string(*length) });
        ArrayBufferObject* buffer
            = TRY(allocate_array_buffer(vm, *vm.current_realm().array_buffer_constructor(), byte_length));
        object->attach(vm.heap(), *buffer, 0, size_t(*length));
    }
    // 9. Return obj.
    return object;
}

// TypedArrayCreateFromConstructor ( constructor, argumentList ) — https://tc39.es/ecma262/#sec-typedarraycreatefromconstructor
ThrowCompletionOr<TypedArrayObject*> typed_array_create_from_constructor(VM& vm, Object& constructor,
    std::span<Value const> arguments, std::string_view method, AccessMode access_mode)
{
    // 1. Let newTypedArray be ? Construct(constructor, argumentList).
    Object* new_object = TRY(construct(vm, constructor, arguments));
    // 2. Let taRecord be ? ValidateTypedArray(newTypedArray, seq-cst, accessMode).
    TypedArrayObject* new_typed_array = TRY(validate_typed_array(vm, Value::object(new_object), method, access_mode));
    // 3. If the number of elements in argumentList is 1 and argumentList[0] is a Number, then
    if (arguments.size() == 1 && arguments[0].is_number()) {
        // a. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
        // b. Let length be TypedArrayLength(taRecord).
        // c. If length < ℝ(argumentList[0]), throw a TypeError exception.
        if (double(new_typed_array->length()) < arguments[0].as_number())
            return vm.throw_type_error(ErrorType::TypedArrayTooShort);
    }
    // 4. Return newTypedArray.
    return new_typed_array;
}

// TypedArraySpeciesCreate ( exemplar, argumentList ) — https://tc39.es/ecma262/#sec-typedarray-species-create
ThrowCompletionOr<TypedArrayObject*> typed_array_species_create(VM& vm, TypedArrayObject& exemplar,
    std::span<Value const> arguments, std::string_view method, AccessMode access_mode)
{
    // 1. Let defaultConstructor be the intrinsic object associated with exemplar.[[TypedArrayName]].
    Object* default_constructor = typed_array_constructor_of(vm.current_realm(), exemplar.type());
    // 2. Let constructor be ? SpeciesConstructor(exemplar, defaultConstructor).
    Object* constructor = TRY(species_constructor(vm, exemplar, *default_constructor));
    // 3. Let result be ? TypedArrayCreateFromConstructor(constructor, argumentList, accessMode).
    TypedArrayObject* result = TRY(typed_array_create_from_constructor(vm, *constructor, arguments, method, access_mode));
    // 4. If result.[[ContentType]] is not exemplar.[[ContentType]], throw a TypeError exception.
    if (is_bigint_type(result->type()) != is_bigint_type(exemplar.type()))
        return vm.throw_type_error(ErrorType::TypedArrayContentTypeMismatch);
    // 5. Return result.
    return result;
}

// TypedArrayCreateSameType ( exemplar, argumentList ) — https://tc39.es/ecma262/#sec-typedarray-create-same-type
ThrowCompletionOr<TypedArrayObject*> typed_array_create_same_type(VM& vm, TypedArrayObject& exemplar, size_t length,
    std::string_view method)
{
    // 1. Let constructor be the intrinsic object associated with exemplar.[[TypedArrayName]].
    Object* constructor = typed_array_constructor_of(vm.current_realm(), exemplar.type());
    // 2. Let result be ? TypedArrayCreateFromConstructor(constructor, argumentList).
    Value arguments[] = { Value::number(double(length)) };
    return typed_array_create_from_constructor(vm, *constructor, arguments, method);
}

std::optional<double> numeric_index_of_key(VM& vm, PropertyKey key)
{
    // Array indices are canonical numeric strings by construction.
    if (key.is_index())
        return double(key.as_index());
    if (!key.is_atom())
        return std::nullopt;
    // Fast path: a canonical numeric string starts with a digit, '-', 'I' (Infinity) or 'N' (NaN).
    String* atom = key.as_atom();
    if (atom->length() == 0)
        return std::nullopt;
    char16_t first = atom->code_unit_at(vm.heap(), 0);
    if (!((first >= '0' && first <= '9') || first == '-' || first == 'I' || first == 'N'))
        return std::nullopt;
    // CanonicalNumericIndexString ( argument )
    return canonical_numeric_index_string(vm, atom);
}

}
