#pragma once
// GroupBy ( items, callback, keyCoercion ) (ECMA-262 7.3.35), shared by Object.groupBy and
// Map.groupBy, and AddEntriesFromIterable (24.1.1.2), shared by Map and Object.fromEntries-like
// constructors.

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {

class MapObject;
class Object;
class VM;

enum class GroupByKeyCoercion : uint8_t { Property, Zero };
// The groups, in a Map-kind MapObject from key to an Array of the elements.
ThrowCompletionOr<MapObject*> group_by(VM&, Value items, Value callback, GroupByKeyCoercion);
// AddEntriesFromIterable ( target, iterable, adder )
ThrowCompletionOr<Value> add_entries_from_iterable(VM&, Object& target, Value iterable, Value adder);

}
