#include "gc/aligned_memory.h"

#include "gc/block_header.h"

#include <cstdint>
#include <sys/mman.h>
#include <unistd.h>

namespace sable::gc {

static size_t page_size()
{
    static size_t const size = size_t(sysconf(_SC_PAGESIZE));
    return size;
}

size_t round_up_to_pages(size_t size)
{
    size_t page = page_size();
    return (size + page - 1) & ~(page - 1);
}

void* map_aligned(size_t size)
{
    size = round_up_to_pages(size);
    // Map enough to contain an aligned run of `size` bytes, then give back the ends.
    size_t padded = size + kBlockSize - page_size();
    void* raw = mmap(nullptr, padded, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED)
        return nullptr;
    auto start = reinterpret_cast<uintptr_t>(raw);
    uintptr_t aligned = (start + kBlockSize - 1) & ~uintptr_t(kBlockSize - 1);
    if (size_t head = aligned - start)
        munmap(raw, head);
    if (size_t tail = (start + padded) - (aligned + size))
        munmap(reinterpret_cast<void*>(aligned + size), tail);
    return reinterpret_cast<void*>(aligned);
}

void unmap_aligned(void* memory, size_t size)
{
    munmap(memory, round_up_to_pages(size));
}

}
