#include "runtime/shared_data_block.h"

#include <cstdlib>

namespace sable::runtime {

SharedDataBlock* SharedDataBlock::create(size_t byte_length, std::optional<size_t> max_byte_length)
{
    size_t capacity = max_byte_length.value_or(byte_length);
    // calloc(0) may return null; keep one byte so a block always has memory.
    auto* data = static_cast<uint8_t*>(std::calloc(capacity ? capacity : 1, 1));
    if (!data)
        return nullptr;
    return new SharedDataBlock(data, byte_length, capacity, max_byte_length.has_value());
}

SharedDataBlock::~SharedDataBlock() { std::free(m_data); }

void SharedDataBlock::unref()
{
    if (m_references.fetch_sub(1, std::memory_order_acq_rel) == 1)
        delete this;
}

// HostGrowSharedArrayBuffer's default steps (ECMA-262 25.2.5.3, steps 13-19): the length only
// grows, atomically against concurrent growers.
SharedDataBlock::GrowResult SharedDataBlock::grow(size_t new_byte_length)
{
    if (new_byte_length > m_capacity)
        return GrowResult::TooLarge;
    size_t current = m_byte_length.load(std::memory_order_seq_cst);
    while (true) {
        if (new_byte_length < current)
            return GrowResult::Shrinking;
        if (m_byte_length.compare_exchange_weak(current, new_byte_length, std::memory_order_seq_cst))
            return GrowResult::Grown;
    }
}

}
