#pragma once
// A bump allocator for the AST: nodes are never freed one by one, the whole arena goes at once.
// Only trivially destructible objects may live here (nodes hold ArenaSpan, never std::vector).

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <new>
#include <span>
#include <type_traits>
#include <vector>

namespace sable::parser {

class Arena {
public:
    Arena() = default;
    Arena(Arena const&) = delete;
    Arena& operator=(Arena const&) = delete;
    Arena(Arena&&) = default;
    Arena& operator=(Arena&&) = default;

    void* allocate(size_t size, size_t alignment = alignof(std::max_align_t))
    {
        uintptr_t aligned = (m_cursor + alignment - 1) & ~(uintptr_t(alignment) - 1);
        if (aligned + size > m_limit) [[unlikely]]
            return allocate_slow(size, alignment);
        m_cursor = aligned + size;
        return reinterpret_cast<void*>(aligned);
    }

    template<typename T, typename... Args>
    T* make(Args&&... args)
    {
        static_assert(std::is_trivially_destructible_v<T>, "arena objects are never destroyed");
        return new (allocate(sizeof(T), alignof(T))) T(std::forward<Args>(args)...);
    }

    // Copies a temporary list into the arena.
    template<typename T>
    std::span<T> copy(std::span<T const> items)
    {
        static_assert(std::is_trivially_copyable_v<T>);
        if (items.empty())
            return {};
        auto* data = static_cast<T*>(allocate(sizeof(T) * items.size(), alignof(T)));
        std::memcpy(data, items.data(), sizeof(T) * items.size());
        return { data, items.size() };
    }
    template<typename T>
    std::span<T> copy(std::vector<T> const& items) { return copy(std::span<T const>(items)); }
    template<typename List>
    auto copy(List const& items) -> decltype(copy(std::span<typename std::remove_cvref_t<decltype(*items.data())> const>(items)))
    {
        return copy(std::span<typename std::remove_cvref_t<decltype(*items.data())> const>(items));
    }

    size_t bytes_allocated() const { return m_total; }

private:
    void* allocate_slow(size_t size, size_t alignment)
    {
        size_t chunk_size = std::max(kChunkSize, size + alignment);
        m_chunks.push_back(std::make_unique_for_overwrite<std::byte[]>(chunk_size));
        m_total += chunk_size;
        m_cursor = reinterpret_cast<uintptr_t>(m_chunks.back().get());
        m_limit = m_cursor + chunk_size;
        return allocate(size, alignment);
    }

    static constexpr size_t kChunkSize = 1024 * 1024;
    std::vector<std::unique_ptr<std::byte[]>> m_chunks;
    uintptr_t m_cursor { 0 };
    uintptr_t m_limit { 0 };
    size_t m_total { 0 };
};

}
