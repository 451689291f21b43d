#pragma once
// AsyncGenerator objects (ECMA-262 27.6): the object an async generator function's call
// returns. Besides its saved frame it keeps [[AsyncGeneratorQueue]], the requests (next,
// return, throw with a value, and the promise the call returned) not yet completed; the body
// runs for the request at the front (interpreter/async_generator.h drives it).

#include "runtime/object.h"

namespace sable::interpreter {
class SuspendedFrame;
}

namespace sable::runtime {

class Promise;
class ValueArray;

class AsyncGeneratorObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::AsyncGeneratorObject;

    // [[AsyncGeneratorState]]
    enum class State : uint8_t { SuspendedStart, SuspendedYield, Executing, AwaitingReturn, Completed };

    struct Request {
        uint8_t kind; // interpreter::ResumeKind
        Value value;
        Promise* promise;
    };

    static AsyncGeneratorObject* create(VM&, Object* prototype, uint32_t generator_register);

    State state() const { return m_state; }
    void set_state(State state) { m_state = state; }
    interpreter::SuspendedFrame* frame() const { return m_frame; }
    void set_frame(gc::Heap&, interpreter::SuspendedFrame*);
    uint32_t generator_register() const { return m_generator_register; }
    // Awaiting inside the body (an await, or a yield's implicit await): the register the
    // completion kind goes to on resumption.
    bool is_awaiting() const { return m_awaiting; }
    void set_awaiting(bool awaiting) { m_awaiting = awaiting; }
    uint32_t await_kind_register() const { return m_await_kind_register; }
    void set_await_kind_register(uint32_t reg) { m_await_kind_register = reg; }

    // The request queue.
    bool has_requests() const;
    Request front_request() const;
    void enqueue(VM&, Request);
    void dequeue();

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    AsyncGeneratorObject(Shape* shape, uint32_t generator_register)
        : Object(kKind, sizeof(AsyncGeneratorObject), shape, kDefaultInlineSlots)
        , m_generator_register(generator_register)
    {
    }

    interpreter::SuspendedFrame* m_frame { nullptr };
    ValueArray* m_queue { nullptr }; // kind, value, promise triples from m_queue_head on
    uint32_t m_queue_head { 0 };
    uint32_t m_generator_register;
    uint32_t m_await_kind_register { 0 };
    State m_state { State::SuspendedStart };
    bool m_awaiting { false };
};

}
