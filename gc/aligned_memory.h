#pragma once
// Memory for blocks and large allocations, straight from the kernel: kBlockSize-aligned so
// BlockHeader::of() works, zero-filled, and given back whole.

#include <cstddef>

namespace sable::gc {

// Rounds up to the page size (what map_aligned really maps).
size_t round_up_to_pages(size_t size);
// Maps `size` bytes (rounded up to pages) at a kBlockSize boundary; nullptr on failure.
void* map_aligned(size_t size);
void unmap_aligned(void* memory, size_t size);

}
