#include "interpreter/suspended_frame.h"

#include "bytecode/function_template.h"
#include "gc/heap.h"
#include "interpreter/frame.h"
#include "runtime/environment.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::interpreter {

using namespace runtime;

namespace {

uint32_t extra_argument_count(Frame const& frame)
{
    uint32_t parameter_count = frame.function_template->parameter_count();
    return frame.argument_count > parameter_count ? frame.argument_count - parameter_count : 0;
}

}

SuspendedFrame* SuspendedFrame::save(VM& vm, Frame& frame, uint32_t resume_offset)
{
    auto* saved = vm.heap().allocate<SuspendedFrame>();
    saved->update(vm, frame, resume_offset);
    return saved;
}

void SuspendedFrame::update(VM& vm, Frame& frame, uint32_t resume_offset)
{
    gc::Heap& heap = vm.heap();
    uint32_t value_count = frame.register_count + extra_argument_count(frame);
    if (!m_values || m_values->capacity() != value_count) {
        m_values = ValueArray::create(heap, value_count, Value::undefined());
        heap.write_barrier(this, m_values);
    }
    Value const* values = frame.registers();
    for (uint32_t i = 0; i < value_count; ++i)
        m_values->set(heap, i, values[i]);
    m_function_template = frame.function_template;
    m_callee = frame.callee;
    m_environment = frame.environment;
    m_realm = frame.realm;
    m_new_target = frame.new_target;
    heap.write_barrier(this, m_function_template);
    heap.write_barrier(this, m_callee);
    heap.write_barrier(this, m_environment);
    heap.write_barrier(this, m_realm);
    heap.write_barrier_value(this, m_new_target.bits());
    m_register_count = frame.register_count;
    m_argument_count = frame.argument_count;
    m_resume_offset = resume_offset;
}

Frame* SuspendedFrame::restore(VM& vm) const
{
    uint32_t extra = m_values->capacity() - m_register_count;
    Frame* frame = vm.interpreter_stack().push(m_register_count, extra);
    if (!frame) {
        (void)vm.throw_range_error(ErrorType::StackOverflow);
        return nullptr;
    }
    frame->function_template = m_function_template;
    frame->callee = m_callee;
    frame->environment = m_environment;
    frame->realm = m_realm;
    frame->new_target = m_new_target;
    frame->argument_count = m_argument_count;
    frame->kind = FrameKind::Call;
    frame->pc = m_function_template->code().data() + m_resume_offset;
    Value* values = frame->registers();
    for (uint32_t i = 0; i < m_values->capacity(); ++i)
        values[i] = m_values->at(i);
    return frame;
}

void SuspendedFrame::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* saved = static_cast<SuspendedFrame*>(cell);
    visitor.visit(saved->m_function_template);
    visitor.visit(saved->m_callee);
    visitor.visit(saved->m_environment);
    visitor.visit(saved->m_realm);
    visitor.visit_value_bits(saved->m_new_target.bits());
    visitor.visit(saved->m_values);
}

}
