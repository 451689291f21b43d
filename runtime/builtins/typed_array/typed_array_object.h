#pragma once
// TypedArray instances (ECMA-262 10.4.5, 23.2.7): integer-indexed exotic objects with
// [[ViewedArrayBuffer]], [[TypedArrayName]] / [[ContentType]] (the element type),
// [[ByteOffset]], [[ByteLength]] and [[ArrayLength]]. A view on a resizable buffer may be
// length-tracking ([[ArrayLength]] and [[ByteLength]] auto): its length follows the buffer's.
//
// The buffer's length is read afresh on every access, so the spec's
// TypedArrayWithBufferWitnessRecord (a snapshot of it) is simply the object itself: nothing can
// change the buffer between the snapshot and its use on one thread.
//
// The exotic internal methods are in typed_array_exotic.cpp.

#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_element.h"
#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/object_internal_methods.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

namespace sable::runtime {

class Realm;
class VM;

class TypedArrayObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::TypedArrayObject;

    // TypedArrayCreate ( prototype ) plus the element type; the caller attaches a buffer.
    static TypedArrayObject* create(VM&, TypedArrayType, Object* prototype);

    TypedArrayType type() const { return m_type; }
    uint32_t element_size() const { return runtime::element_size(m_type); }
    ArrayBufferObject* buffer() const { return m_buffer; }
    size_t byte_offset() const { return m_byte_offset; }
    bool is_length_tracking() const { return m_length_tracking; }

    // Sets [[ViewedArrayBuffer]], [[ByteOffset]] and [[ArrayLength]] (nullopt: auto).
    void attach(gc::Heap&, ArrayBufferObject&, size_t byte_offset, std::optional<size_t> array_length);

    // IsTypedArrayOutOfBounds ( taRecord ) (true when the buffer is detached).
    bool is_out_of_bounds() const;
    // TypedArrayLength ( taRecord ): 0 when out of bounds.
    size_t length() const;
    // TypedArrayByteLength ( taRecord ): 0 when out of bounds.
    size_t byte_length() const;
    // IsTypedArrayFixedLength ( O )
    bool is_fixed_length() const;
    // IsValidIntegerIndex ( O, index )
    bool is_valid_integer_index(double index) const;

    // The bytes of element `index` (which must be valid).
    uint8_t* element_address(size_t index) const { return m_buffer->data() + m_byte_offset + index * element_size(); }

    // TypedArrayGetElement ( O, index ): undefined for an invalid index.
    ThrowCompletionOr<Value> get_element(VM&, double index) const;
    // TypedArraySetElement ( O, index, value ): converts first, stores if the index is valid.
    ThrowCompletionOr<void> set_element(VM&, double index, Value value);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    TypedArrayObject(Shape* shape, TypedArrayType type)
        : Object(kKind, sizeof(TypedArrayObject), shape, kDefaultInlineSlots)
        , m_type(type)
    {
    }

    ArrayBufferObject* m_buffer { nullptr };
    size_t m_byte_offset { 0 };
    size_t m_array_length { 0 };
    TypedArrayType m_type;
    bool m_length_tracking { false };
};

// The TypedArray `value` is, or nullptr.
TypedArrayObject* as_typed_array(Value);

// ValidateTypedArray's accessMode: a TypedArray to write to must not view an immutable buffer.
enum class AccessMode : uint8_t { Read, Write };

// ValidateTypedArray ( O, order [ , accessMode ] ): a TypedArray that is not out of bounds (nor,
// for writing, immutable), else a TypeError naming `method`.
ThrowCompletionOr<TypedArrayObject*> validate_typed_array(VM&, Value, std::string_view method, AccessMode = AccessMode::Read);

// The realm's constructor and prototype for an element type (%Int8Array%...).
Object* typed_array_constructor_of(Realm&, TypedArrayType);
using IntrinsicGetter = Object* (Realm::*)() const;
IntrinsicGetter typed_array_prototype_getter(TypedArrayType);

// AllocateTypedArray ( constructorName, newTarget, defaultProto [ , length ] )
ThrowCompletionOr<TypedArrayObject*> allocate_typed_array(VM&, TypedArrayType, Object& new_target,
    std::optional<uint64_t> length);
// TypedArrayCreateFromConstructor ( constructor, argumentList [ , accessMode ] )
ThrowCompletionOr<TypedArrayObject*> typed_array_create_from_constructor(VM&, Object& constructor,
    std::span<Value const> arguments, std::string_view method, AccessMode = AccessMode::Read);
// TypedArraySpeciesCreate ( exemplar, argumentList [ , accessMode ] )
ThrowCompletionOr<TypedArrayObject*> typed_array_species_create(VM&, TypedArrayObject& exemplar,
    std::span<Value const> arguments, std::string_view method, AccessMode = AccessMode::Read);
// TypedArrayCreateSameType ( exemplar, argumentList )
ThrowCompletionOr<TypedArrayObject*> typed_array_create_same_type(VM&, TypedArrayObject& exemplar, size_t length,
    std::string_view method);

// The numeric index a property key names, for integer-indexed exotic objects
// (CanonicalNumericIndexString of a String key), or nullopt.
std::optional<double> numeric_index_of_key(VM&, PropertyKey);

extern ObjectInternalMethods const kTypedArrayInternalMethods;

}
