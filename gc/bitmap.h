#pragma once
// Bitmap: a fixed number of bits in 64-bit words, for the per-block mark and allocation bits.

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>

namespace sable::gc {

template<size_t kBits>
class Bitmap {
public:
    static_assert(kBits % 64 == 0);
    static constexpr size_t kWords = kBits / 64;

    bool get(size_t i) const { return (m_words[i / 64] >> (i % 64)) & 1; }
    void set(size_t i) { m_words[i / 64] |= bit(i); }
    void clear(size_t i) { m_words[i / 64] &= ~bit(i); }
    // Sets bit i and returns its previous value.
    bool test_and_set(size_t i)
    {
        uint64_t& word = m_words[i / 64];
        bool was_set = (word & bit(i)) != 0;
        word |= bit(i);
        return was_set;
    }
    void clear_all() { m_words.fill(0); }
    uint64_t word(size_t w) const { return m_words[w]; }
    void set_word(size_t w, uint64_t bits) { m_words[w] = bits; }
    size_t count() const
    {
        size_t n = 0;
        for (uint64_t word : m_words)
            n += size_t(std::popcount(word));
        return n;
    }

    // Calls f(i) for each set bit i of word w, in increasing order.
    template<typename F>
    static void for_each_bit_of(uint64_t bits, size_t w, F&& f)
    {
        while (bits) {
            f(w * 64 + size_t(std::countr_zero(bits)));
            bits &= bits - 1;
        }
    }

private:
    static constexpr uint64_t bit(size_t i) { return uint64_t(1) << (i % 64); }

    std::array<uint64_t, kWords> m_words {};
};

}
