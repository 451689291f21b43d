#include "runtime/builtins/array_buffer/array_buffer_object.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/shared_data_block.h"
#include "runtime/vm.h"

#include <cstdlib>
#include <cstring>

namespace sable::runtime {

ThrowCompletionOr<ArrayBufferObject*> ArrayBufferObject::create(VM& vm, ObjectKind kind, Object* prototype,
    size_t byte_length, std::optional<size_t> max_byte_length)
{
    // CreateByteDataBlock ( size ) / CreateSharedByteDataBlock ( size ): a RangeError when the
    // memory cannot be had.
    if (byte_length > kMaxArrayBufferByteLength)
        return vm.throw_range_error(ErrorType::ArrayBufferAllocationFailed);
    uint8_t* data = nullptr;
    SharedDataBlock* shared_block = nullptr;
    if (kind == ObjectKind::SharedArrayBuffer) {
        shared_block = SharedDataBlock::create(byte_length, max_byte_length);
        if (shared_block)
            data = shared_block->data();
    } else {
        // calloc(0) may return null; keep one byte so a live buffer always has a block.
        data = static_cast<uint8_t*>(std::calloc(byte_length ? byte_length : 1, 1));
    }
    if (!data)
        return vm.throw_range_error(ErrorType::ArrayBufferAllocationFailed);
    Shape* shape = vm.shapes().root(prototype, kind);
    auto* buffer = vm.heap().allocate_with_size<ArrayBufferObject>(
        allocation_size(sizeof(ArrayBufferObject), kDefaultInlineSlots), shape, vm.heap());
    buffer->m_data = data;
    buffer->m_shared_block = shared_block;
    buffer->m_byte_length = byte_length;
    if (max_byte_length) {
        buffer->m_resizable = true;
        buffer->m_max_byte_length = *max_byte_length;
    } else {
        buffer->m_max_byte_length = byte_length;
    }
    vm.heap().report_external_memory(std::ptrdiff_t(byte_length));
    return buffer;
}

ArrayBufferObject* ArrayBufferObject::create_over_shared_block(VM& vm, Realm& realm, SharedDataBlock& block)
{
    Shape* shape = vm.shapes().root(realm.shared_array_buffer_prototype(), ObjectKind::SharedArrayBuffer);
    auto* buffer = vm.heap().allocate_with_size<ArrayBufferObject>(
        allocation_size(sizeof(ArrayBufferObject), kDefaultInlineSlots), shape, vm.heap());
    block.ref();
    buffer->m_shared_block = &block;
    buffer->m_data = block.data();
    buffer->m_byte_length = block.byte_length();
    buffer->m_resizable = block.is_growable();
    buffer->m_max_byte_length = block.capacity();
    vm.heap().report_external_memory(std::ptrdiff_t(buffer->m_byte_length));
    return buffer;
}

void ArrayBufferObject::release_data()
{
    if (!m_data)
        return;
    if (m_shared_block) {
        m_shared_block->unref();
        m_shared_block = nullptr;
    } else {
        std::free(m_data);
    }
    m_data = nullptr;
    m_heap->report_external_memory(-std::ptrdiff_t(m_byte_length));
}

void ArrayBufferObject::detach()
{
    release_data();
    m_byte_length = 0;
    m_detached = true;
}

bool ArrayBufferObject::set_byte_length(size_t new_byte_length)
{
    auto* data = static_cast<uint8_t*>(std::realloc(m_data, new_byte_length ? new_byte_length : 1));
    if (!data)
        return false;
    if (new_byte_length > m_byte_length)
        std::memset(data + m_byte_length, 0, new_byte_length - m_byte_length);
    m_heap->report_external_memory(std::ptrdiff_t(new_byte_length) - std::ptrdiff_t(m_byte_length));
    m_data = data;
    m_byte_length = new_byte_length;
    return true;
}

void ArrayBufferObject::move_data_to(ArrayBufferObject& target)
{
    target.release_data();
    target.m_data = m_data;
    target.m_byte_length = m_byte_length;
    m_data = nullptr;
    m_byte_length = 0;
    m_detached = true;
}

void ArrayBufferObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    Object::visit_children(cell, visitor);
}

void ArrayBufferObject::finalize(gc::Cell* cell)
{
    static_cast<ArrayBufferObject*>(cell)->release_data();
}

ArrayBufferObject* as_array_buffer(Value value, ObjectKind kind)
{
    if (!value.is_object() || value.as_object()->kind() != kind)
        return nullptr;
    return static_cast<ArrayBufferObject*>(value.as_object());
}

ArrayBufferObject* as_any_array_buffer(Value value)
{
    if (!value.is_object())
        return nullptr;
    ObjectKind kind = value.as_object()->kind();
    if (kind != ObjectKind::ArrayBuffer && kind != ObjectKind::SharedArrayBuffer)
        return nullptr;
    return static_cast<ArrayBufferObject*>(value.as_object());
}

namespace {

ThrowCompletionOr<ArrayBufferObject*> allocate_buffer(VM& vm, ObjectKind kind, Object& constructor, uint64_t byte_length,
    std::optional<uint64_t> max_byte_length, IntrinsicGetter default_prototype)
{
    // 1. Let slots be « [[ArrayBufferData]], [[ArrayBufferByteLength]], [[ArrayBufferDetachKey]] ».
    // 2. If maxByteLength is present and not empty, let allocatingResizableBuffer be true.
    // 3. If allocatingResizableBuffer is true, then
    //    a. If byteLength > maxByteLength, throw a RangeError exception.
    if (max_byte_length && byte_length > *max_byte_length)
        return vm.throw_range_error(ErrorType::InvalidArrayBufferMaxLength);
    // 4. Let obj be ? OrdinaryCreateFromConstructor(constructor, "%ArrayBuffer.prototype%", slots).
    Object* prototype = TRY(get_prototype_from_constructor(vm, constructor, default_prototype));
    // 5. Let block be ? CreateByteDataBlock(byteLength).
    // 6-7. (a resizable buffer whose maxByteLength cannot be reserved is a RangeError.)
    if (max_byte_length && *max_byte_length > kMaxArrayBufferByteLength)
        return vm.throw_range_error(ErrorType::InvalidArrayBufferMaxLength);
    // 8-10. Set obj.[[ArrayBufferData]], [[ArrayBufferByteLength]], [[ArrayBufferMaxByteLength]].
    // 11. Return obj.
    return ArrayBufferObject::create(vm, kind, prototype, size_t(byte_length),
        max_byte_length ? std::optional<size_t>(size_t(*max_byte_length)) : std::nullopt);
}

}

// AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] ) — https://tc39.es/ecma262/#sec-allocatearraybuffer
ThrowCompletionOr<ArrayBufferObject*> allocate_array_buffer(VM& vm, Object& constructor, uint64_t byte_length,
    std::optional<uint64_t> max_byte_length)
{
    return allocate_buffer(vm, ObjectKind::ArrayBuffer, constructor, byte_length, max_byte_length,
        &Realm::array_buffer_prototype);
}

// AllocateSharedArrayBuffer ( constructor, byteLength [ , maxByteLength ] ) — https://tc39.es/ecma262/#sec-allocatesharedarraybuffer
ThrowCompletionOr<ArrayBufferObject*> allocate_shared_array_buffer(VM& vm, Object& constructor, uint64_t byte_length,
    std::optional<uint64_t> max_byte_length)
{
    return allocate_buffer(vm, ObjectKind::SharedArrayBuffer, constructor, byte_length, max_byte_length,
        &Realm::shared_array_buffer_prototype);
}

// DetachArrayBuffer ( arrayBuffer [ , key ] ) — https://tc39.es/ecma262/#sec-detacharraybuffer
ThrowCompletionOr<void> detach_array_buffer(VM& vm, ArrayBufferObject& buffer)
{
    // 1. Assert: IsSharedArrayBuffer(arrayBuffer) is false.
    if (buffer.is_shared())
        return vm.throw_type_error(ErrorType::NotA, { "DetachArrayBuffer", "ArrayBuffer" });
    // 2-3. key is undefined, and so is every buffer's [[ArrayBufferDetachKey]].
    // 4. Set arrayBuffer.[[ArrayBufferData]] to null.
    // 5. Set arrayBuffer.[[ArrayBufferByteLength]] to 0.
    buffer.detach();
    // 6. Return unused.
    return {};
}

// GetArrayBufferMaxByteLengthOption ( options ) — https://tc39.es/ecma262/#sec-getarraybuffermaxbytelengthoption
ThrowCompletionOr<std::optional<uint64_t>> get_array_buffer_max_byte_length_option(VM& vm, Value options)
{
    // 1. If options is not an Object, return empty.
    if (!options.is_object())
        return std::optional<uint64_t> {};
    // 2. Let maxByteLength be ? Get(options, "maxByteLength").
    Value max_byte_length = TRY(get(vm, *options.as_object(), PropertyKey::from_atom(vm.atoms().intern_latin1("maxByteLength"))));
    // 3. If maxByteLength is undefined, return empty.
    if (max_byte_length.is_undefined())
        return std::optional<uint64_t> {};
    // 4. Return ? ToIndex(maxByteLength).
    return std::optional<uint64_t>(TRY(to_index(vm, max_byte_length)));
}

}
