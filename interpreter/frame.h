#pragma once
// Interpreter frames (DESIGN.md decision 7). Frames live on a VM-owned stack (InterpreterStack),
// not on the native stack: calls from bytecode to bytecode push a frame and stay in the same
// dispatch loop, and the collector scans every frame precisely through the VM's root provider.
//
// In memory a frame is its header (Frame) followed by its registers (register_count Values:
// r0 = this, r1..rN = the formal parameters, then locals and temporaries) and then the
// arguments past the formal ones (for `arguments` and rest parameters).

#include "runtime/value.h"

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace sable::bytecode {
class FunctionTemplate;
}

namespace sable::gc {
class Cell;
class Visitor;
}

namespace sable::runtime {
class Environment;
class Object;
class Realm;
}

namespace sable::interpreter {

enum class FrameKind : uint8_t {
    Call,      // [[Call]]: the result is the returned value
    Construct, // [[Construct]] of a base constructor: a non-object result means `this`
    TopLevel,  // script, module or eval code
};

struct Frame {
    Frame* caller;                              // the frame below (null at the bottom)
    bytecode::FunctionTemplate* function_template;
    runtime::Object* callee;                    // the function object (null for top-level code)
    runtime::Environment* environment;          // the current lexical environment (`env`)
    runtime::Realm* realm;
    runtime::Value new_target;                  // undefined for [[Call]]
    gc::Cell* suspendable;                      // an async function's AsyncFunctionState, or null
    uint8_t const* pc;                          // the instruction being executed
    uint32_t register_count;
    uint32_t argument_count;                    // as passed by the caller
    FrameKind kind;
    // Returning from this frame returns from the native run() that pushed it.
    bool is_entry;

    runtime::Value* registers() { return reinterpret_cast<runtime::Value*>(this + 1); }
    // Arguments past the formal parameters (argument_count - parameter count of them, if any).
    runtime::Value* extra_arguments() { return registers() + register_count; }
    uint32_t bytecode_offset() const;
};
static_assert(sizeof(Frame) % sizeof(runtime::Value) == 0);

// The VM's stack of frames: one contiguous reservation (pages are committed by the OS as the
// stack grows), so pushing a frame is a pointer bump and a bounds check.
class InterpreterStack {
public:
    static constexpr size_t kDefaultSizeInValues = size_t(1) << 21; // 16 MiB

    explicit InterpreterStack(size_t size_in_values = kDefaultSizeInValues);
    ~InterpreterStack();
    InterpreterStack(InterpreterStack const&) = delete;
    InterpreterStack& operator=(InterpreterStack const&) = delete;

    // A new frame with room for `register_count` registers and `extra_arguments` Values, linked
    // to the current top frame; null when the stack is exhausted.
    Frame* push(uint32_t register_count, uint32_t extra_arguments)
    {
        size_t words = sizeof(Frame) / sizeof(runtime::Value) + register_count + extra_arguments;
        if (size_t(m_limit - m_next) < words)
            return nullptr;
        auto* frame = reinterpret_cast<Frame*>(m_next);
        m_next += words;
        // Everything the collector reads is valid before the frame is linked in.
        *frame = Frame { m_top_frame, nullptr, nullptr, nullptr, nullptr, runtime::Value::undefined(), nullptr, nullptr, register_count, 0,
            FrameKind::Call, false };
        std::fill(frame->registers(), m_next, runtime::Value::undefined());
        m_top_frame = frame;
        return frame;
    }
    // Removes the top frame (which must be `frame`).
    void pop(Frame* frame)
    {
        assert(frame == m_top_frame);
        m_top_frame = frame->caller;
        m_next = reinterpret_cast<runtime::Value*>(frame);
    }

    Frame* top() const { return m_top_frame; }
    // The origin (parser::SourceFile::origin) of the innermost frame's code, or empty when no
    // JavaScript runs: code that eval or the Function constructor makes belongs to it.
    std::string calling_code_origin() const;
    // Native recursion through run() (bytecode calling natives calling bytecode) stops with a
    // RangeError below this address of the native stack.
    char const* native_stack_limit() const { return m_native_stack_limit; }
    // Reports every cell the frames hold.
    void visit(gc::Visitor&) const;

private:
    runtime::Value* m_base;
    runtime::Value* m_limit;
    runtime::Value* m_next; // the first free Value
    Frame* m_top_frame { nullptr };
    size_t m_size_in_bytes;
    char const* m_native_stack_limit;
};

}
