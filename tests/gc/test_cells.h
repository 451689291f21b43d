#pragma once
// Cells for the GC tests. runtime/cell_kinds.def lists the engine's real kinds; the heap only
// sees kinds as indices into the traits table it is given, so the tests bring their own.

#include "gc/heap.h"
#include "runtime/value.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <vector>

namespace sable::gc::test {

enum TestKind : uint8_t {
    kTestNodeKind,
    kTestBufferKind,
};

// Value bits holding `cell` as an object, as the runtime boxes it.
inline uint64_t object_bits(Cell* cell)
{
    return runtime::Value::object(reinterpret_cast<runtime::Object*>(cell)).bits();
}
inline Cell* cell_of(uint64_t bits)
{
    auto value = runtime::Value::from_bits(bits);
    return value.is_cell() ? reinterpret_cast<Cell*>(value.as_cell()) : nullptr;
}

// TestNode: a cell with `slot_count` Value slots after its header; finalizing it bumps a
// counter the test owns.
class TestNode : public Cell {
public:
    static TestNode* create(Heap& heap, uint32_t slot_count, int* finalized)
    {
        return heap.allocate_with_size<TestNode>(sizeof(TestNode) + slot_count * sizeof(uint64_t), slot_count, finalized);
    }

    TestNode(uint32_t slot_count, int* finalized)
        : Cell(CellKind(kTestNodeKind))
        , m_finalized(finalized)
    {
        m_cell_data = slot_count;
        for (uint32_t i = 0; i < slot_count; ++i)
            slots()[i] = runtime::Value::undefined().bits();
    }

    uint32_t slot_count() const { return m_cell_data; }
    uint64_t slot(uint32_t i) { return slots()[i]; }
    TestNode* slot_node(uint32_t i) { return static_cast<TestNode*>(cell_of(slots()[i])); }
    void set_slot(Heap& heap, uint32_t i, uint64_t bits)
    {
        slots()[i] = bits;
        heap.write_barrier_value(this, bits);
    }
    void set_slot_node(Heap& heap, uint32_t i, Cell* cell) { set_slot(heap, i, object_bits(cell)); }
    // A store that forgets the write barrier, to show what the barrier is for.
    void set_slot_without_barrier(uint32_t i, uint64_t bits) { slots()[i] = bits; }

    static void visit_children(Cell* cell, Visitor& visitor)
    {
        ++visit_count;
        auto* node = static_cast<TestNode*>(cell);
        for (uint32_t i = 0; i < node->slot_count(); ++i)
            visitor.visit_value_bits(node->slots()[i]);
    }
    // How many times the collector traced a TestNode (tests reset it).
    static inline int visit_count = 0;

    static void finalize(Cell* cell)
    {
        auto* node = static_cast<TestNode*>(cell);
        if (node->m_finalized)
            ++*node->m_finalized;
    }

private:
    uint64_t* slots() { return reinterpret_cast<uint64_t*>(this + 1); }

    int* m_finalized;
};
static_assert(sizeof(TestNode) == 16);

// TestBuffer: owns malloc'd memory outside the heap and reports it, like an ArrayBuffer.
class TestBuffer : public Cell {
public:
    static TestBuffer* create(Heap& heap, size_t byte_length)
    {
        auto* buffer = heap.allocate<TestBuffer>(heap, byte_length);
        heap.report_external_memory(std::ptrdiff_t(byte_length));
        return buffer;
    }
    TestBuffer(Heap& heap, size_t byte_length)
        : Cell(CellKind(kTestBufferKind))
        , m_heap(&heap)
        , m_data(std::malloc(byte_length))
        , m_byte_length(byte_length)
    {
    }
    static void finalize(Cell* cell)
    {
        auto* buffer = static_cast<TestBuffer*>(cell);
        std::free(buffer->m_data);
        buffer->m_heap->report_external_memory(-std::ptrdiff_t(buffer->m_byte_length));
    }

private:
    Heap* m_heap;
    void* m_data;
    size_t m_byte_length;
};

inline constexpr CellTraits kTestTraits[] = {
    { "TestNode", TestNode::visit_children, TestNode::finalize },
    { "TestBuffer", nullptr, TestBuffer::finalize },
};

// A fixture with a heap, a root list the heap scans precisely, and a finalization counter.
// The native stack is not scanned unless a test asks for it, so that what dies is exact.
class HeapTest : public ::testing::Test {
protected:
    void make_heap(HeapOptions const& options = {}, bool scan_native_stack = false)
    {
        heap.reset();
        roots.clear();
        finalized = 0;
        heap = std::make_unique<Heap>(kTestTraits, options);
        if (!scan_native_stack)
            heap->set_stack_origin(nullptr);
        heap->add_root_provider([this](Visitor& visitor) {
            for (Cell* cell : roots)
                visitor.visit(cell);
        });
    }
    void SetUp() override { make_heap(); }

    TestNode* node(uint32_t slot_count = 2) { return TestNode::create(*heap, slot_count, &finalized); }
    bool is_marked(Cell* cell) const { return heap->is_marked(cell); }

    // Declared before the heap: the heap's destructor finalizes what is left.
    int finalized { 0 };
    std::vector<Cell*> roots;
    std::unique_ptr<Heap> heap;
};

}
