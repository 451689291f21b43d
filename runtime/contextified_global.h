#pragma once
// ContextifiedGlobal: the global object of a realm made for a Node `vm` context, backed by a
// sandbox object (vm.createContext(sandbox)). Once the sandbox is attached, the sandbox's own
// properties come first: reads find them there, and writes, declarations and deletions of
// global names go to it; names the sandbox lacks are the realm's own globals (its built-ins).
// Until then (while the realm installs its built-ins) it is an ordinary object.

#include "runtime/object.h"

namespace sable::runtime {

class Realm;
class VM;

class ContextifiedGlobal final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ContextifiedGlobal;

    static ContextifiedGlobal* create(VM&, Realm&, Object* prototype);

    // The realm whose global object this is (a context is run by its realm).
    Realm& realm() const { return *m_realm; }
    Object* sandbox() const { return m_sandbox; }
    void attach_sandbox(gc::Heap&, Object& sandbox);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ContextifiedGlobal(Shape* shape, Realm& realm)
        : Object(kKind, sizeof(ContextifiedGlobal), shape, kDefaultInlineSlots)
        , m_realm(&realm)
    {
    }

    Realm* m_realm;
    Object* m_sandbox { nullptr };
};

extern ObjectInternalMethods const kContextifiedGlobalInternalMethods;

}
