#pragma once
// Proxy exotic objects (ECMA-262 10.5): every internal method calls the handler's trap when it
// has one, then checks the result against the target's invariants; without a trap it forwards
// to the target. A revoked proxy (null handler) throws a TypeError from every internal method.
//
// Three object kinds share this class, because [[Call]] and [[Construct]] exist only when the
// target has them (ProxyCreate steps 7.a, 7.b): Proxy, ProxyCallable, ProxyConstructor.

#include "runtime/completion.h"
#include "runtime/object.h"

namespace sable::runtime {

class VM;

class ProxyObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ProxyObject;

    // ProxyCreate ( target, handler ): a TypeError unless both are objects.
    static ThrowCompletionOr<ProxyObject*> create(VM&, Value target, Value handler);

    // [[ProxyTarget]] and [[ProxyHandler]]: null once revoked.
    Object* target() const { return m_target; }
    Object* handler() const { return m_handler; }
    bool is_revoked() const { return m_handler == nullptr; }
    void revoke()
    {
        m_target = nullptr;
        m_handler = nullptr;
    }

    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ProxyObject(Shape* shape, Object* target, Object* handler)
        : Object(kKind, sizeof(ProxyObject), shape, 0)
        , m_target(target)
        , m_handler(handler)
    {
    }

    Object* m_target;
    Object* m_handler;
};

// The proxy `object` is, or null.
ProxyObject* as_proxy(Object&);
// ValidateNonRevokedProxy ( proxy ): a TypeError naming `operation` for a revoked proxy.
ThrowCompletionOr<void> validate_non_revoked_proxy(VM&, ProxyObject&, char const* operation);

extern ObjectInternalMethods const kProxyInternalMethods;
extern ObjectInternalMethods const kProxyCallableInternalMethods;
extern ObjectInternalMethods const kProxyConstructorInternalMethods;

}
