#include "interpreter/frame.h"

#include "bytecode/function_template.h"
#include "gc/heap.h"
#include "parser/source.h"
#include "parser/stack_limit.h"
#include "runtime/environment.h"
#include "runtime/object.h"
#include "runtime/realm.h"

#include <algorithm>
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <sys/mman.h>

namespace sable::interpreter {

using runtime::Value;

std::string InterpreterStack::calling_code_origin() const
{
    if (!m_top_frame || !m_top_frame->function_template)
        return {};
    return m_top_frame->function_template->source()->origin();
}

uint32_t Frame::bytecode_offset() const
{
    return uint32_t(pc - function_template->code().data());
}

InterpreterStack::InterpreterStack(size_t size_in_values)
    : m_size_in_bytes(size_in_values * sizeof(Value))
{
    // Reserved, not committed: untouched pages cost no memory.
    void* memory = mmap(nullptr, m_size_in_bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (memory == MAP_FAILED) {
        std::fputs("sable: cannot reserve the interpreter stack\n", stderr);
        std::abort();
    }
    m_base = static_cast<Value*>(memory);
    m_limit = m_base + size_in_values;
    m_next = m_base;
    // As deep as the thread's stack allows, keeping the parser's safety reserve.
    m_native_stack_limit = parser::native_stack_limit(size_t(1) << 40);
}

InterpreterStack::~InterpreterStack() { munmap(m_base, m_size_in_bytes); }

void InterpreterStack::visit(gc::Visitor& visitor) const
{
    // Top down: each frame's Values end where the frame above it starts.
    Value const* end = m_next;
    for (Frame* frame = m_top_frame; frame; frame = frame->caller) {
        visitor.visit(frame->function_template);
        visitor.visit(frame->callee);
        visitor.visit(frame->environment);
        visitor.visit(frame->realm);
        visitor.visit_value_bits(frame->new_target.bits());
        visitor.visit(frame->suspendable);
        for (Value const* value = frame->registers(); value < end; ++value)
            visitor.visit_value_bits(value->bits());
        end = reinterpret_cast<Value const*>(frame);
    }
}

}
