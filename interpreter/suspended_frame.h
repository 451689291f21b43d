#pragma once
// SuspendedFrame: an interpreter frame saved off the stack by a generator or async function
// at a suspension point (CreateGenerator, Yield, Await), and restored onto the stack to resume
// it (DESIGN.md decision 7: "generators and async functions suspend by saving their frame").

#include "gc/cell.h"
#include "runtime/value.h"

#include <cstdint>

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {
class Environment;
class Object;
class Realm;
class ValueArray;
class VM;
}

namespace sable::interpreter {

struct Frame;

class SuspendedFrame final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::SuspendedFrame;

    // Saves `frame` (registers and extra arguments), to resume at `resume_offset`.
    static SuspendedFrame* save(runtime::VM&, Frame&, uint32_t resume_offset);
    // Updates an existing save from `frame` (later suspensions of the same function).
    void update(runtime::VM&, Frame&, uint32_t resume_offset);
    // Pushes the frame back onto the VM's interpreter stack, positioned at the resume point;
    // null (with a RangeError pending) when the stack is full.
    Frame* restore(runtime::VM&) const;

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    SuspendedFrame() : gc::Cell(kKind) { }

    bytecode::FunctionTemplate* m_function_template { nullptr };
    runtime::Object* m_callee { nullptr };
    runtime::Environment* m_environment { nullptr };
    runtime::Realm* m_realm { nullptr };
    runtime::Value m_new_target;
    runtime::ValueArray* m_values { nullptr }; // registers, then extra arguments
    uint32_t m_register_count { 0 };
    uint32_t m_argument_count { 0 };
    uint32_t m_resume_offset { 0 };
};

}
