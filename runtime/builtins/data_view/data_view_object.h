#pragma once
// DataView instances (ECMA-262 25.3): [[ViewedArrayBuffer]], [[ByteOffset]] and
// [[ByteLength]], which is auto for a view that tracks a resizable buffer's length.

#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/object.h"

#include <cstddef>
#include <optional>

namespace sable::runtime {

class VM;

class DataViewObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::DataViewObject;

    // `byte_length` nullopt: auto (length-tracking).
    static DataViewObject* create(VM&, Object* prototype, ArrayBufferObject&, size_t byte_offset,
        std::optional<size_t> byte_length);

    ArrayBufferObject* buffer() const { return m_buffer; }
    size_t byte_offset() const { return m_byte_offset; }
    // IsViewOutOfBounds ( viewRecord ) (true when the buffer is detached).
    bool is_out_of_bounds() const;
    // GetViewByteLength ( viewRecord ); the view must be in bounds.
    size_t view_byte_length() const;

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    DataViewObject(Shape* shape, ArrayBufferObject& buffer, size_t byte_offset, std::optional<size_t> byte_length)
        : Object(kKind, sizeof(DataViewObject), shape, kDefaultInlineSlots)
        , m_buffer(&buffer)
        , m_byte_offset(byte_offset)
        , m_byte_length(byte_length.value_or(0))
        , m_length_tracking(!byte_length.has_value())
    {
    }

    ArrayBufferObject* m_buffer;
    size_t m_byte_offset;
    size_t m_byte_length;
    bool m_length_tracking;
};

// The DataView `value` is, or nullptr.
DataViewObject* as_data_view(Value);

}
