#include "gc/conservative_roots.h"

#include "gc/block.h"
#include "gc/large_allocation.h"
#include "gc/value_bits.h"

#include <csetjmp>
#include <cstring>
#include <pthread.h>

#if defined(__has_feature)
#    if __has_feature(address_sanitizer)
#        define SABLE_ASAN 1
#    endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#    define SABLE_ASAN 1
#endif
#ifdef SABLE_ASAN
#    include <sanitizer/asan_interface.h>
#endif

// Reading the whole stack touches AddressSanitizer's redzones between locals on purpose.
#define SABLE_NO_SANITIZE_ADDRESS __attribute__((no_sanitize_address))

namespace sable::gc {

void const* current_thread_stack_origin()
{
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0)
        return __builtin_frame_address(0); // no better answer: scan from the caller's frame down
    void* low = nullptr;
    size_t size = 0;
    pthread_attr_getstack(&attributes, &low, &size);
    pthread_attr_destroy(&attributes);
    return static_cast<char const*>(low) + size;
}

void ConservativeRoots::add_word(uintptr_t word)
{
    if (value_bits_hold_cell(word))
        word = value_bits_payload(word);
    BlockHeader* header = m_blocks.find(word);
    if (!header)
        return;
    Cell* cell = header->kind() == BlockKind::Small
        ? static_cast<Block*>(header)->cell_containing(word)
        : static_cast<LargeAllocation*>(header)->cell_containing(word);
    if (cell)
        m_cells.push_back(cell);
}

SABLE_NO_SANITIZE_ADDRESS void ConservativeRoots::add_range(void const* begin, void const* end)
{
    auto address = (reinterpret_cast<uintptr_t>(begin) + 7) & ~uintptr_t(7);
    auto limit = reinterpret_cast<uintptr_t>(end);
    for (; address + sizeof(uintptr_t) <= limit; address += sizeof(uintptr_t))
        add_word(*reinterpret_cast<uintptr_t const*>(address));
}

__attribute__((noinline)) SABLE_NO_SANITIZE_ADDRESS void ConservativeRoots::scan_stack_from_here(void const* origin)
{
    // Everything above this frame, the caller's spilled registers included.
    auto address = reinterpret_cast<uintptr_t>(__builtin_frame_address(0));
    auto limit = reinterpret_cast<uintptr_t>(origin);
#ifdef SABLE_ASAN
    // With detect_stack_use_after_return, AddressSanitizer moves locals into "fake frames" on
    // its own heap; the real frames point at them, so scan each fake frame a stack word hits.
    void* fake_stack = __asan_get_current_fake_stack();
#endif
    for (; address + sizeof(uintptr_t) <= limit; address += sizeof(uintptr_t)) {
        uintptr_t word = *reinterpret_cast<uintptr_t const*>(address);
        add_word(word);
#ifdef SABLE_ASAN
        void* frame_begin = nullptr;
        void* frame_end = nullptr;
        if (fake_stack && __asan_addr_is_in_fake_stack(fake_stack, reinterpret_cast<void*>(word), &frame_begin, &frame_end))
            add_range(frame_begin, frame_end);
#endif
    }
}

__attribute__((noinline)) void clear_unused_stack(size_t bytes)
{
    void* area = __builtin_alloca(bytes);
    std::memset(area, 0, bytes);
    // Keep the stores: the area is dead once this returns, which is the point.
    asm volatile("" : : "r"(area) : "memory");
}

__attribute__((noinline)) void ConservativeRoots::add_current_thread_stack(void const* origin)
{
    // A pointer may live only in a callee-saved register: make this frame save them all
    // (__builtin_unwind_init), and copy them into a jmp_buf on the stack as well.
    __builtin_unwind_init();
    jmp_buf registers;
    setjmp(registers);
    scan_stack_from_here(origin);
    // Keep the jmp_buf alive (and on the stack) until the scan is over.
    asm volatile("" : : "r"(&registers) : "memory");
}

}
