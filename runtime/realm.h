#pragma once
// Realm: a realm's intrinsic objects (ECMA-262 9.3 Realms), generated from
// runtime/intrinsics.def. A VM may hold several realms ($262.createRealm, Node's vm contexts);
// each is a cell, kept alive by whatever refers to it (the VM's current realm, and later
// functions' [[Realm]] and global objects).
//
// Realm::create makes the intrinsic objects and constructors listed in intrinsics.def, then
// runtime/builtins/builtins.cpp installs their properties and the global object's.

#include "gc/cell.h"

#include <cstdint>
#include <string_view>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class GlobalEnvironment;
class Object;
class Shape;
class VM;

// The kinds of error the runtime can throw: Error and the NativeError types (20.5.5).
enum class ErrorKind : uint8_t {
#define ERROR_PROTOTYPE(error_kind, member, prototype) error_kind,
#include "runtime/intrinsics.def"
    Count,
};
// "TypeError" for ErrorKind::TypeError.
std::string_view error_kind_name(ErrorKind);

class Realm final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::Realm;

    // CreateRealm ( ) and CreateIntrinsics ( realmRec ) for the intrinsics listed so far. The
    // new realm becomes the VM's current realm if the VM has none. A Contextified realm's global
    // object is a ContextifiedGlobal, for a sandbox attached once the realm is made (Node's vm).
    enum class GlobalObjectKind : uint8_t { Ordinary, Contextified };
    static Realm* create(VM&, GlobalObjectKind = GlobalObjectKind::Ordinary);

#define INTRINSIC(member, name, prototype, kind) \
    Object* member() const { return m_##member; }
#define CONSTRUCTOR(member, name, js_name, length, instance_prototype, prototype, behaviour) \
    Object* member() const { return m_##member; }
#define FUNCTION(member, name, js_name, length, behaviour) \
    Object* member() const { return m_##member; }
#include "runtime/intrinsics.def"

    // %Error.prototype%, %TypeError.prototype%...
    Object* prototype_for_error(ErrorKind) const;

    // [[GlobalEnv]]: the global environment record over the global object.
    GlobalEnvironment* global_environment() const { return m_global_environment; }

    // The shape of a new Array whose [[Prototype]] is this realm's %Array.prototype%: "length"
    // its only property (ArrayCreate's), made on first use.
    Shape* array_shape(VM&);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    Realm()
        : gc::Cell(kKind)
    {
    }

#define INTRINSIC(member, name, prototype, kind) Object* m_##member { nullptr };
#define CONSTRUCTOR(member, name, js_name, length, instance_prototype, prototype, behaviour) \
    Object* m_##member { nullptr };
#define FUNCTION(member, name, js_name, length, behaviour) Object* m_##member { nullptr };
#include "runtime/intrinsics.def"
    GlobalEnvironment* m_global_environment { nullptr };
    Shape* m_array_shape { nullptr };
    // What "none" names in intrinsics.def's prototype column.
    static constexpr Object* m_none = nullptr;
};

}
