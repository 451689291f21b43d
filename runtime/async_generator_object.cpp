#include "runtime/async_generator_object.h"

#include "gc/heap.h"
#include "interpreter/suspended_frame.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/shape_transitions.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>

namespace sable::runtime {

namespace {
constexpr uint32_t kEntriesPerRequest = 3;
}

AsyncGeneratorObject* AsyncGeneratorObject::create(VM& vm, Object* prototype, uint32_t generator_register)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::AsyncGenerator);
    return vm.heap().allocate_with_size<AsyncGeneratorObject>(allocation_size(sizeof(AsyncGeneratorObject), kDefaultInlineSlots),
        shape, generator_register);
}

void AsyncGeneratorObject::set_frame(gc::Heap& heap, interpreter::SuspendedFrame* frame)
{
    m_frame = frame;
    heap.write_barrier(this, frame);
}

bool AsyncGeneratorObject::has_requests() const { return m_queue && m_queue_head < m_queue->size(); }

AsyncGeneratorObject::Request AsyncGeneratorObject::front_request() const
{
    return { uint8_t(m_queue->at(m_queue_head).as_int32()), m_queue->at(m_queue_head + 1),
        static_cast<Promise*>(m_queue->at(m_queue_head + 2).as_object()) };
}

void AsyncGeneratorObject::enqueue(VM& vm, Request request)
{
    gc::Heap& heap = vm.heap();
    // Compact the consumed head away, then grow if needed.
    uint32_t live = m_queue ? m_queue->size() - m_queue_head : 0;
    if (!m_queue || m_queue->size() + kEntriesPerRequest > m_queue->capacity()) {
        auto* queue = ValueArray::create(heap, std::max<uint32_t>(4 * kEntriesPerRequest, (live + kEntriesPerRequest) * 2), Value::undefined());
        for (uint32_t i = 0; i < live; ++i)
            queue->set(heap, i, m_queue->at(m_queue_head + i));
        queue->set_size(live);
        m_queue = queue;
        m_queue_head = 0;
        heap.write_barrier(this, queue);
    }
    uint32_t at = m_queue->size();
    m_queue->set_non_cell(at, Value::int32(request.kind));
    m_queue->set(heap, at + 1, request.value);
    m_queue->set(heap, at + 2, Value::object(request.promise));
    m_queue->set_size(at + kEntriesPerRequest);
}

void AsyncGeneratorObject::dequeue()
{
    m_queue_head += kEntriesPerRequest;
    if (m_queue_head == m_queue->size()) {
        m_queue->set_size(0);
        m_queue_head = 0;
    }
}

void AsyncGeneratorObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* generator = static_cast<AsyncGeneratorObject*>(cell);
    visitor.visit(generator->m_frame);
    visitor.visit(generator->m_queue);
    Object::visit_children(cell, visitor);
}

}
