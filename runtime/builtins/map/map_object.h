#pragma once
// Map and Set objects (ECMA-262 24.1, 24.2): an object with [[MapData]] / [[SetData]], a List of
// entries in insertion order, keyed by SameValueZero. One C++ class serves both (ObjectKind Map
// or Set; a Set's entries have no value).
//
// Entries live in a ValueArray, two Values each (key, value), appended in insertion order; a
// deleted entry's key becomes the empty Value and stays in place, so an iterator (an entry
// index) keeps working across deletions, clear() and additions, as the spec's List semantics
// require. An open-addressing index over the entries (a ValueArray of int32 entry numbers)
// finds keys in O(1). Entries are never compacted yet: a map that churns grows until cleared
// (see docs/architecture.md).

#include "runtime/completion.h"
#include "runtime/object.h"
#include "runtime/value.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace sable::runtime {

class ValueArray;
class VM;

class MapObject final : public Object {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::MapObject;

    // `kind` is ObjectKind::Map or ObjectKind::Set.
    static MapObject* create(VM&, ObjectKind, Object* prototype);

    uint32_t size() const { return m_live_count; }
    // The entry number of `key`, if present.
    std::optional<uint32_t> find(VM&, Value key) const;
    Value get(VM&, Value key) const;
    bool has(VM& vm, Value key) const { return find(vm, key).has_value(); }
    // Adds or replaces (the key is normalised: -0 becomes +0).
    void set(VM&, Value key, Value value);
    bool remove(VM&, Value key);
    void clear(VM&);

    // Iteration by entry number: entries below entry_count(), skipping deleted ones.
    uint32_t entry_count() const { return m_entry_count; }
    bool is_live_entry(uint32_t entry) const;
    Value key_at(uint32_t entry) const;
    Value value_at(uint32_t entry) const;

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    explicit MapObject(Shape* shape)
        : Object(kKind, sizeof(MapObject), shape, kDefaultInlineSlots)
    {
    }

    uint32_t hash_of(VM&, Value key) const;
    void rebuild_index(VM&, uint32_t index_capacity);

    ValueArray* m_entries { nullptr };
    ValueArray* m_index { nullptr };
    uint32_t m_entry_count { 0 };
    uint32_t m_live_count { 0 };
    // Index slots in use (live and deleted entries' slots).
    uint32_t m_index_used { 0 };
    uint32_t m_padding { 0 };
};

// The Map / Set `value` is, or nullptr.
MapObject* as_map_object(Value, ObjectKind);
// The next step of a Map Iterator (iterator_kind MapIterator) or Set Iterator (SetIterator).
ThrowCompletionOr<Value> map_or_set_iterator_next(VM&, Value iterator, ObjectKind iterator_kind, std::string_view name);

}
