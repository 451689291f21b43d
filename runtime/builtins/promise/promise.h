#pragma once
// Promise objects and the promise abstract operations (ECMA-262 27.2), with the C++ API the
// interpreter's async functions and the host use:
//
//   new_promise_capability(vm, C)           NewPromiseCapability ( C )
//   Promise::create(vm)                     a new pending %Promise% of the current realm
//   resolve_promise / reject_promise        what the resolving functions do, without them
//   promise_resolve(vm, C, x)               PromiseResolve ( C, x ) (await's first step)
//   perform_promise_then(...)               PerformPromiseThen with JS callables
//   perform_promise_then_native(...)        the same with C++ reaction callbacks, so `await`
//                                           resumes a suspended frame without allocating
//                                           function objects
//
// Jobs go to the VM's JobQueue (vm.run_jobs() drains it); HostPromiseRejectionTracker is
// VM::host_promise_rejection_tracker.

#include "gc/cell.h"
#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/value.h"

#include <cstdint>
#include <optional>

namespace sable::runtime {

class PromiseReaction;
class VM;

class Promise final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::Promise;
    enum class State : uint8_t { Pending, Fulfilled, Rejected };

    // A pending promise with this [[Prototype]] (OrdinaryCreateFromConstructor's object, 27.2.3.1
    // steps 3-7). Without a prototype: the current realm's %Promise.prototype%.
    static Promise* create(VM&, Object* prototype = nullptr);

    State state() const { return m_state; }
    // [[PromiseResult]]: the value or reason once settled.
    Value result() const { return m_result; }
    bool is_handled() const { return m_is_handled; }
    void set_handled() { m_is_handled = true; }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    friend void fulfill_promise(VM&, Promise&, Value);
    friend void reject_promise(VM&, Promise&, Value);
    friend Value perform_promise_then_reaction(VM&, Promise&, PromiseReaction*, PromiseReaction*, Value);
    explicit Promise(Shape* shape)
        : Object(kKind, sizeof(Promise), shape, kDefaultInlineSlots)
    {
    }

    Value m_result { Value::undefined() };
    // [[PromiseFulfillReactions]] and [[PromiseRejectReactions]], newest first.
    PromiseReaction* m_fulfill_reactions { nullptr };
    PromiseReaction* m_reject_reactions { nullptr };
    State m_state { State::Pending };
    bool m_is_handled { false };
    uint8_t m_padding[6] {};
};

// A C++ reaction handler: called with the settled value (or reason) and the `data` given to
// perform_promise_then_native. Its result resolves the derived promise, if there is one.
using NativeReactionHandler = ThrowCompletionOr<Value> (*)(VM&, Value argument, Value data);

// A PromiseReaction Record (27.2.1.2) as a cell: [[Capability]], [[Type]], [[Handler]] (a JS
// callable, or a native handler with its data, or empty), and the async context current when it
// was made (HostMakeJobCallback's [[HostDefined]]: its job runs in it).
class PromiseReaction final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::PromiseReaction;
    enum class Type : uint8_t { Fulfill, Reject };

    static PromiseReaction* create(VM&, Type, Value capability_promise, Value capability_resolve,
        Value capability_reject, Value handler, NativeReactionHandler native_handler = nullptr, Value native_data = Value::undefined());

    Type type() const { return m_type; }
    // The capability's promise is undefined when the reaction has no capability.
    Value capability_promise() const { return m_capability_promise; }
    Value capability_resolve() const { return m_capability_resolve; }
    Value capability_reject() const { return m_capability_reject; }
    // A callable, or empty for "no handler" (identity / thrower).
    Value handler() const { return m_handler; }
    NativeReactionHandler native_handler() const { return m_native_handler; }
    Value native_data() const { return m_native_data; }
    Value async_context() const { return m_async_context; }
    PromiseReaction* next() const { return m_next; }
    void set_next(gc::Heap&, PromiseReaction*);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    PromiseReaction(Type type, Value promise, Value resolve, Value reject, Value handler, NativeReactionHandler native_handler,
        Value native_data, Value async_context)
        : gc::Cell(kKind)
        , m_capability_promise(promise)
        , m_capability_resolve(resolve)
        , m_capability_reject(reject)
        , m_handler(handler)
        , m_native_handler(native_handler)
        , m_native_data(native_data)
        , m_async_context(async_context)
        , m_type(type)
    {
    }

    Value m_capability_promise;
    Value m_capability_resolve;
    Value m_capability_reject;
    Value m_handler;
    NativeReactionHandler m_native_handler;
    Value m_native_data;
    Value m_async_context;
    PromiseReaction* m_next { nullptr };
    Type m_type;
    uint8_t m_padding[7] {};
};

// A PromiseCapability Record (27.2.1.1). Keep it in a local (the stack scan sees its fields).
struct PromiseCapability {
    Object* promise { nullptr };
    Value resolve;
    Value reject;
};

// IsPromise ( x )
bool is_promise(Value);
// NewPromiseCapability ( C )
ThrowCompletionOr<PromiseCapability> new_promise_capability(VM&, Value constructor);
// CreateResolvingFunctions ( promise ): { resolve, reject }.
struct ResolvingFunctions {
    Value resolve;
    Value reject;
};
ResolvingFunctions create_resolving_functions(VM&, Promise&);
// The steps of a promise resolve function (27.2.1.3.2 steps 7-16) applied to `promise`
// directly: fulfil, reject on self-resolution, or adopt a thenable's state through a job.
void resolve_promise(VM&, Promise&, Value resolution);
// FulfillPromise ( promise, value )
void fulfill_promise(VM&, Promise&, Value value);
// RejectPromise ( promise, reason )
void reject_promise(VM&, Promise&, Value reason);
// PromiseResolve ( C, x )
ThrowCompletionOr<Object*> promise_resolve(VM&, Object& constructor, Value x);
// PerformPromiseThen ( promise, onFulfilled, onRejected [ , resultCapability ] ): returns the
// capability's promise, or undefined without one.
Value perform_promise_then(VM&, Promise&, Value on_fulfilled, Value on_rejected,
    std::optional<PromiseCapability> const& = std::nullopt);
// PerformPromiseThen with C++ handlers and no result capability (Await, 27.7.5.3 steps 3-9):
// one of the handlers runs as a promise job once `promise` settles, with `data`. A handler that
// throws makes JobQueue::run_jobs report the exception.
void perform_promise_then_native(VM&, Promise&, NativeReactionHandler on_fulfilled, NativeReactionHandler on_rejected,
    Value data);
// The internal step shared by both (the reactions already made).
Value perform_promise_then_reaction(VM&, Promise&, PromiseReaction* fulfill, PromiseReaction* reject, Value result_promise);

}
