#pragma once
// ArrayBuffer and SharedArrayBuffer objects (ECMA-262 25.1, 25.2): an object with
// [[ArrayBufferData]], [[ArrayBufferByteLength]] and, when resizable (growable),
// [[ArrayBufferMaxByteLength]]. One C++ class for both (ObjectKind ArrayBuffer or
// SharedArrayBuffer).
//
// The bytes live outside the GC heap: calloc'd (glibc maps large requests with mmap itself),
// reported to the heap as external memory so they count toward collection pressure, and freed
// by the cell's finalizer. Resizing reallocs: views never keep a pointer into the data, they
// read data() afresh, so moving the block is not observable. A SharedArrayBuffer's bytes are a
// SharedDataBlock instead (runtime/shared_data_block.h): reference-counted, never moving, with
// an atomic length, so that SharedArrayBuffer objects of other agents' VMs can share it.
//
// [[ArrayBufferDetachKey]] is always undefined: no host API sets one yet.

#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/shared_data_block.h"

#include <cstddef>
#include <cstdint>
#include <optional>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class Realm;
class VM;

class ArrayBufferObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ArrayBufferObject;

    // An object of `kind` (ArrayBuffer or SharedArrayBuffer) with a zeroed block of
    // `byte_length` bytes, resizable up to `max_byte_length` if given. Throws RangeError when
    // the memory cannot be had.
    static ThrowCompletionOr<ArrayBufferObject*> create(VM&, ObjectKind, Object* prototype, size_t byte_length,
        std::optional<size_t> max_byte_length = std::nullopt);
    // A SharedArrayBuffer of `realm` over an existing block (one another agent shares).
    static ArrayBufferObject* create_over_shared_block(VM&, Realm&, SharedDataBlock&);

    bool is_shared() const { return kind() == ObjectKind::SharedArrayBuffer; }
    // IsDetachedBuffer ( arrayBuffer )
    bool is_detached() const { return m_detached; }
    // IsFixedLengthArrayBuffer ( arrayBuffer ) is !is_resizable().
    bool is_resizable() const { return m_resizable; }
    // IsImmutableBuffer ( arrayBuffer ) (the immutable ArrayBuffer proposal): its bytes never change.
    bool is_immutable() const { return m_immutable; }
    void set_immutable() { m_immutable = true; }
    // ArrayBufferByteLength ( arrayBuffer, order ): 0 once detached; a shared buffer's is
    // read from its block (another agent may grow it).
    size_t byte_length() const
    {
        if (m_shared_block) [[unlikely]]
            return m_shared_block->byte_length();
        return m_byte_length;
    }
    size_t max_byte_length() const { return m_max_byte_length; }
    uint8_t* data() { return m_data; }
    uint8_t const* data() const { return m_data; }
    // The block of a SharedArrayBuffer (null for an ArrayBuffer).
    SharedDataBlock* shared_block() const { return m_shared_block; }

    // DetachArrayBuffer's effect: frees the block and marks the buffer detached.
    void detach();
    // Changes the length of an ArrayBuffer in place (resize); new bytes are zero. Returns false when the
    // memory cannot be had (nothing changes then).
    bool set_byte_length(size_t new_byte_length);
    // Moves this buffer's block into a new buffer object `target` (transfer without copying)
    // and detaches this one.
    void move_data_to(ArrayBufferObject& target);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);
    static void finalize(gc::Cell*);

private:
    friend class gc::Heap;
    ArrayBufferObject(Shape* shape, gc::Heap& heap)
        : Object(kKind, sizeof(ArrayBufferObject), shape, kDefaultInlineSlots)
        , m_heap(&heap)
    {
    }

    void release_data();

    gc::Heap* m_heap;
    uint8_t* m_data { nullptr };
    SharedDataBlock* m_shared_block { nullptr };
    // The length of an ArrayBuffer; for a SharedArrayBuffer, the bytes reported to this heap
    // as external memory (its length is its block's).
    size_t m_byte_length { 0 };
    size_t m_max_byte_length { 0 };
    bool m_detached { false };
    bool m_resizable { false };
    bool m_immutable { false };
};

// The ArrayBuffer / SharedArrayBuffer `value` is, or nullptr.
ArrayBufferObject* as_array_buffer(Value, ObjectKind);
// Either kind.
ArrayBufferObject* as_any_array_buffer(Value);

// The largest byte length Sable allocates (beyond it: RangeError, like V8's limit).
inline constexpr size_t kMaxArrayBufferByteLength = size_t(1) << 32;

// AllocateArrayBuffer ( constructor, byteLength [ , maxByteLength ] )
ThrowCompletionOr<ArrayBufferObject*> allocate_array_buffer(VM&, Object& constructor, uint64_t byte_length,
    std::optional<uint64_t> max_byte_length = std::nullopt);
// AllocateSharedArrayBuffer ( constructor, byteLength [ , maxByteLength ] )
ThrowCompletionOr<ArrayBufferObject*> allocate_shared_array_buffer(VM&, Object& constructor, uint64_t byte_length,
    std::optional<uint64_t> max_byte_length = std::nullopt);
// DetachArrayBuffer ( arrayBuffer [ , key ] ) with key undefined: TypeError for a
// SharedArrayBuffer.
ThrowCompletionOr<void> detach_array_buffer(VM&, ArrayBufferObject&);
// GetArrayBufferMaxByteLengthOption ( options ): empty (nullopt) or the length.
ThrowCompletionOr<std::optional<uint64_t>> get_array_buffer_max_byte_length_option(VM&, Value options);

}
