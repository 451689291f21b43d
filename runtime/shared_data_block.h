#pragma once
// A Shared Data Block (ECMA-262 6.2.9): the memory of a SharedArrayBuffer, which several agents
// (threads, each with its own VM) may see at once. It lives outside every GC heap and is
// reference-counted: each SharedArrayBuffer object over it, in any VM, holds one reference, and
// the last release frees it.
//
// The bytes never move: a growable block reserves its maximum length up front (calloc, which
// maps large requests lazily), so growing only publishes a larger length. The length is atomic:
// ArrayBufferByteLength(buffer, seq-cst) reads it, HostGrowSharedArrayBuffer compares and swaps.

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace sable::runtime {

class SharedDataBlock {
public:
    // A zeroed block of `byte_length` bytes, growable up to `max_byte_length` when given,
    // holding one reference; null when the memory cannot be had.
    static SharedDataBlock* create(size_t byte_length, std::optional<size_t> max_byte_length);

    SharedDataBlock(SharedDataBlock const&) = delete;
    SharedDataBlock& operator=(SharedDataBlock const&) = delete;

    void ref() { m_references.fetch_add(1, std::memory_order_relaxed); }
    // Drops a reference; the last one frees the block.
    void unref();

    uint8_t* data() const { return m_data; }
    size_t byte_length() const { return m_byte_length.load(std::memory_order_seq_cst); }
    // [[ArrayBufferMaxByteLength]] of a growable block; the length of a fixed one.
    size_t capacity() const { return m_capacity; }
    bool is_growable() const { return m_growable; }

    enum class GrowResult : uint8_t { Grown, Shrinking, TooLarge };
    // The length becomes `new_byte_length` unless another agent made it larger meanwhile
    // (Shrinking then) or it exceeds the capacity. The new bytes are already zero.
    GrowResult grow(size_t new_byte_length);

private:
    SharedDataBlock(uint8_t* data, size_t byte_length, size_t capacity, bool growable)
        : m_data(data)
        , m_capacity(capacity)
        , m_growable(growable)
        , m_byte_length(byte_length)
    {
    }
    ~SharedDataBlock();

    uint8_t* m_data;
    size_t m_capacity;
    bool m_growable;
    std::atomic<size_t> m_byte_length;
    std::atomic<uint32_t> m_references { 1 };
};

}
