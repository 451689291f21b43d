#pragma once
// How deep recursion may go on the calling thread's native stack: the parser and scope
// analysis stop with "nested too deeply" before they can overflow it, whatever stack size the
// thread was given (8 MB main threads, 2 MB default threads, small fuzzing stacks).

#include <cstddef>

namespace sable::parser {

// The current native stack position (the frame of the caller).
inline char const* native_stack_position() { return static_cast<char const*>(__builtin_frame_address(0)); }

// The lowest stack address recursion starting here may reach: `max_use` bytes below the
// current position, but never closer than a safety reserve to the end of the thread's stack.
char const* native_stack_limit(size_t max_use);

}
