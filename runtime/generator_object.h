#pragma once
// Generator objects (ECMA-262 27.5): the object a generator function's call returns. It keeps
// the generator's state and, while suspended, its saved interpreter frame; resuming it
// (next/return/throw, interpreter/generator_resume.h) puts the frame back on the stack.

#include "runtime/object.h"

namespace sable::interpreter {
class SuspendedFrame;
}

namespace sable::runtime {

class GeneratorObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::GeneratorObject;

    // [[GeneratorState]]
    enum class State : uint8_t { SuspendedStart, SuspendedYield, Executing, Completed };

    // OrdinaryCreateFromConstructor(functionObject, "%GeneratorPrototype%") with the saved
    // frame: `generator_register` is where the frame keeps the generator (the resume kind goes
    // in the register after it).
    static GeneratorObject* create(VM&, Object* prototype, interpreter::SuspendedFrame*, uint32_t generator_register);

    State state() const { return m_state; }
    void set_state(State state) { m_state = state; }
    interpreter::SuspendedFrame* frame() const { return m_frame; }
    void set_frame(gc::Heap&, interpreter::SuspendedFrame*);
    uint32_t generator_register() const { return m_generator_register; }

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    GeneratorObject(Shape* shape, interpreter::SuspendedFrame* frame, uint32_t generator_register)
        : Object(kKind, sizeof(GeneratorObject), shape, kDefaultInlineSlots)
        , m_frame(frame)
        , m_generator_register(generator_register)
    {
    }

    interpreter::SuspendedFrame* m_frame;
    uint32_t m_generator_register;
    State m_state { State::SuspendedStart };
};

}
