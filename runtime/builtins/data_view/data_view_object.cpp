#include "runtime/builtins/data_view/data_view_object.h"

#include "gc/heap.h"
#include "runtime/vm.h"

namespace sable::runtime {

DataViewObject* DataViewObject::create(VM& vm, Object* prototype, ArrayBufferObject& buffer, size_t byte_offset,
    std::optional<size_t> byte_length)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::DataView);
    return vm.heap().allocate_with_size<DataViewObject>(
        allocation_size(sizeof(DataViewObject), kDefaultInlineSlots), shape, buffer, byte_offset, byte_length);
}

// IsViewOutOfBounds ( viewRecord ) — https://tc39.es/ecma262/#sec-isviewoutofbounds
bool DataViewObject::is_out_of_bounds() const
{
    // 2. If IsDetachedBuffer(view.[[ViewedArrayBuffer]]) is true, return true.
    if (m_buffer->is_detached())
        return true;
    // 3. Let bufferByteLength be viewRecord.[[CachedBufferByteLength]].
    size_t buffer_byte_length = m_buffer->byte_length();
    // 4-7. The view's start and end (bufferByteLength when length-tracking) must both be
    //      within the buffer.
    if (m_byte_offset > buffer_byte_length)
        return true;
    return !m_length_tracking && m_byte_length > buffer_byte_length - m_byte_offset;
}

// GetViewByteLength ( viewRecord ) — https://tc39.es/ecma262/#sec-getviewbytelength
size_t DataViewObject::view_byte_length() const
{
    // 2-3. If view.[[ByteLength]] is not auto, return view.[[ByteLength]].
    if (!m_length_tracking)
        return m_byte_length;
    // 4-7. Otherwise the buffer's length past the offset.
    return m_buffer->byte_length() - m_byte_offset;
}

void DataViewObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    visitor.visit(static_cast<DataViewObject*>(cell)->m_buffer);
    Object::visit_children(cell, visitor);
}

DataViewObject* as_data_view(Value value)
{
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::DataView)
        return nullptr;
    return static_cast<DataViewObject*>(value.as_object());
}

}
