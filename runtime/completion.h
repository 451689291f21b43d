#pragma once
// The engine's one error convention (DESIGN.md decision 2): no C++ exceptions. An operation
// that can throw returns ThrowCompletionOr<T>; the thrown JavaScript value itself waits in one
// GC-rooted slot on the VM (VM::pending_exception), so ThrowCompletionOr<Value> is one word plus
// a flag. TRY(expr) propagates a throw to the caller; MUST(expr) asserts that none happens.

#include "runtime/value.h"

#include <cassert>
#include <type_traits>
#include <utility>

namespace sable::runtime {

// Marks "an exception was thrown; it is in VM::pending_exception()".
struct ThrowCompletion {
};

template<typename T>
class [[nodiscard]] ThrowCompletionOr {
public:
    ThrowCompletionOr(T value)
        : m_value(std::move(value))
        , m_is_throw(false)
    {
    }
    ThrowCompletionOr(ThrowCompletion)
        : m_value()
        , m_is_throw(true)
    {
    }

    bool is_throw() const { return m_is_throw; }
    T& value()
    {
        assert(!m_is_throw);
        return m_value;
    }
    T release_value()
    {
        assert(!m_is_throw);
        return std::move(m_value);
    }

private:
    T m_value;
    bool m_is_throw;
};

template<>
class [[nodiscard]] ThrowCompletionOr<void> {
public:
    ThrowCompletionOr() = default;
    ThrowCompletionOr(ThrowCompletion)
        : m_is_throw(true)
    {
    }
    bool is_throw() const { return m_is_throw; }
    void release_value() const { assert(!m_is_throw); }

private:
    bool m_is_throw { false };
};

}

// Evaluates `expression`; on a throw returns ThrowCompletion from the enclosing function,
// otherwise yields the value.
#define TRY(expression)                                              \
    ({                                                               \
        auto&& sable_try_result = (expression);                      \
        if (sable_try_result.is_throw()) [[unlikely]]                \
            return ::sable::runtime::ThrowCompletion {};             \
        sable_try_result.release_value();                            \
    })

// Evaluates `expression`, which must not throw.
#define MUST(expression)                                             \
    ({                                                               \
        auto&& sable_must_result = (expression);                     \
        assert(!sable_must_result.is_throw());                       \
        sable_must_result.release_value();                           \
    })
