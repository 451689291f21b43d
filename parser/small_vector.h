#pragma once
// A vector of trivially copyable items that keeps its first N items inline, so the short lists
// the parser collects (arguments, parameters, properties) never touch the allocator before they
// are copied into the arena.

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <span>
#include <type_traits>

namespace sable::parser {

template<typename T, size_t N>
class SmallVector {
    static_assert(std::is_trivially_copyable_v<T>);

public:
    SmallVector() = default;
    SmallVector(std::initializer_list<T> items)
    {
        for (T const& item : items)
            push_back(item);
    }
    SmallVector(SmallVector const&) = delete;
    SmallVector& operator=(SmallVector const&) = delete;
    ~SmallVector()
    {
        if (m_data != m_inline)
            std::free(m_data);
    }

    void push_back(T const& item)
    {
        if (m_size == m_capacity) [[unlikely]]
            grow();
        m_data[m_size++] = item;
    }

    size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    T* data() { return m_data; }
    T const* data() const { return m_data; }
    T* begin() { return m_data; }
    T* end() { return m_data + m_size; }
    T const* begin() const { return m_data; }
    T const* end() const { return m_data + m_size; }
    T& operator[](size_t index) { return m_data[index]; }
    T const& operator[](size_t index) const { return m_data[index]; }
    T& back() { return m_data[m_size - 1]; }
    operator std::span<T const>() const { return { m_data, m_size }; }

private:
    void grow()
    {
        size_t capacity = m_capacity * 2;
        auto* data = static_cast<T*>(std::malloc(capacity * sizeof(T)));
        if (!data)
            std::abort();
        std::memcpy(data, m_data, m_size * sizeof(T));
        if (m_data != m_inline)
            std::free(m_data);
        m_data = data;
        m_capacity = capacity;
    }

    T m_inline[N];
    T* m_data { m_inline };
    size_t m_size { 0 };
    size_t m_capacity { N };
};

}
