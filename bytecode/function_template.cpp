#include "bytecode/function_template.h"

#include "gc/heap.h"
#include "parser/source.h"
#include "runtime/string.h"
#include "runtime/value_array.h"

#include <algorithm>
#include <cassert>

namespace sable::bytecode {

FunctionTemplate* FunctionTemplate::create(gc::Heap& heap, FunctionTemplateInfo const& info, runtime::String* name,
    std::vector<uint8_t> code, runtime::ValueArray* constants, std::vector<ExceptionHandler> handlers,
    std::vector<SourcePositionEntry> positions, std::shared_ptr<parser::SourceFile const> source)
{
    auto* data = new OutOfHeapData { std::move(code), std::move(handlers), std::move(positions), std::move(source) };
    return heap.allocate<FunctionTemplate>(info, name, constants, data);
}

uint32_t FunctionTemplate::constant_count() const
{
    return m_constants ? m_constants->capacity() : 0;
}

SourcePositionEntry FunctionTemplate::position_at(uint32_t bytecode_offset) const
{
    auto const& positions = m_data->positions;
    // The last entry at or before the offset.
    auto it = std::upper_bound(positions.begin(), positions.end(), bytecode_offset,
        [](uint32_t offset, SourcePositionEntry const& entry) { return offset < entry.bytecode_offset; });
    if (it == positions.begin())
        return { 0, m_info.line, m_info.column };
    return *(it - 1);
}

void FunctionTemplate::set_feedback(gc::Heap& heap, runtime::ValueArray* feedback)
{
    m_feedback = feedback;
    heap.write_barrier(this, feedback);
}

void FunctionTemplate::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* function_template = static_cast<FunctionTemplate*>(cell);
    visitor.visit(function_template->m_name);
    visitor.visit(function_template->m_constants);
    visitor.visit(function_template->m_feedback);
}

void FunctionTemplate::finalize(gc::Cell* cell)
{
    delete static_cast<FunctionTemplate*>(cell)->m_data;
}

}
