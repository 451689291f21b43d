#pragma once
// ShapeTransitions: the VM's cache of shared shapes (DESIGN.md decision 4), one hash table of
// transitions: (source shape, what changes) -> target shape. The same transition applied to the
// same shape gives the same target, so objects built the same way share shapes; the root shapes
// (no properties) are entries too, keyed by prototype and object kind.
//
// The table is weak: it keeps neither sources nor targets alive. After marking, the heap's weak
// callback drops every entry whose source or target died; a target's prototype and property
// keys are traced by the target itself, so a live entry never refers to a dead key. Each shape
// holds its parent (the source of the transition that made it) strongly, so the path from a root
// shape to any live shape stays in the table: building an object the same way after a collection
// still arrives at the same shape. What goes is the subtrees no live object uses. (V8 and
// JavaScriptCore keep transitions weak and back pointers strong for the same reason: objects used
// as maps with ever-new keys must not pin a tree of shapes nobody uses any more.)

#include "runtime/object_internal_methods.h"
#include "runtime/property_attributes.h"
#include "runtime/property_key.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <unordered_map>

namespace sable::gc {
class Cell;
class Heap;
}

namespace sable::runtime {

class Object;
class Shape;

class ShapeTransitions {
public:
    explicit ShapeTransitions(gc::Heap&);
    ~ShapeTransitions();
    ShapeTransitions(ShapeTransitions const&) = delete;
    ShapeTransitions& operator=(ShapeTransitions const&) = delete;

    // The shape of a new object of `kind` with this [[Prototype]] (nullptr for null) and no
    // properties.
    Shape* root(Object* prototype, ObjectKind);
    // `shape` (shared) plus a property it does not have.
    Shape* add_property(Shape* shape, PropertyKey, PropertyAttributes);
    // `shape` (shared) with the attributes of its property `key` changed.
    Shape* change_attributes(Shape* shape, PropertyKey, PropertyAttributes);
    // `shape` (shared) with another [[Prototype]].
    Shape* set_prototype(Shape* shape, Object* prototype);
    // `shape` (shared), not extensible.
    Shape* prevent_extensions(Shape* shape);

    size_t size() const { return m_transitions.size(); }
    // Weak processing: forgets every transition whose source or target is not live. The heap's
    // weak callback calls this with Heap::is_marked.
    void remove_dead(std::function<bool(gc::Cell const*)> const& is_live);

private:
    enum class Kind : uint8_t { Root, AddProperty, ChangeAttributes, SetPrototype, PreventExtensions };
    struct Key {
        Shape const* source;
        uint64_t payload; // property key bits, or prototype address
        Kind kind;
        uint8_t detail; // attributes, or object kind
        bool operator==(Key const&) const = default;
    };
    struct KeyHash {
        size_t operator()(Key const&) const;
    };

    Shape* find(Key const&);

    // A direct-mapped cache of recent lookups in front of the table (the table's prime-modulo
    // buckets cost more than the transitions that hit again and again: allocation sites).
    struct RecentEntry {
        Key key;
        Shape* target { nullptr };
    };
    static constexpr size_t kRecentSize = 256;

    gc::Heap& m_heap;
    std::unordered_map<Key, Shape*, KeyHash> m_transitions;
    std::array<RecentEntry, kRecentSize> m_recent {};
    uint64_t m_weak_callback_id { 0 };
};

}
