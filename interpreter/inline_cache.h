#pragma once
// The inline caches of property accesses: each feedback slot of a function template's feedback
// array (a ValueArray) holds the entries below. interpreter_operations.cpp fills them; the
// interpreter loop reads hits inline.

#include "bytecode/function_template.h"
#include "runtime/object.h"
#include "runtime/shape.h"
#include "runtime/value.h"
#include "runtime/value_array.h"

#include <cstdint>
#include <optional>

namespace sable::interpreter {

// A feedback slot: up to kWays entries (polymorphic), each three Values: the
// receiver's shape (as an internal cell), then either
//   - undefined and the slot number (an Int32): an own data property;
//   - the prototype holding the data property and a Number packing the slot with the prototype
//     chain epoch of the lookup (epoch * 2^16 + slot), or
//   - null and the packed epoch: a property found nowhere on the chain (the read gives undefined);
//   - at a write site, the shape the receiver's shape transitions to when it gains the property
//     (as an internal cell) and the packed epoch: the property is new to the receiver, and no
//     prototype has a setter or a read-only property of that name.
// A prototype entry is sound because the receiver's shape fixes its prototype and proves the
// receiver lacks the key, and the prototypes looked through were watched
// (Object::watch_as_prototype): had any of them changed shape since, the epoch would differ.
// When every way is taken a new shape replaces the last one (megamorphic sites keep missing
// into the generic path).
constexpr uint32_t kWays = 4;
constexpr uint32_t kEntrySize = 3;
constexpr uint32_t kEntriesPerSlot = kWays * kEntrySize;

// Where a cached property lives: the object holding it (the receiver or a prototype) and the
// slot; no holder for a property that is absent.
struct CacheHit {
    runtime::Object* holder;
    uint32_t slot;
};

constexpr double kEpochScale = 65536; // above every shared shape's slot count
static_assert(runtime::Shape::kMaxSharedProperties < 65536);

// The index in `feedback` of the entry of `slot` for `shape`, if any.
inline std::optional<uint32_t> find_entry(runtime::ValueArray const& feedback, uint32_t slot, runtime::Shape* shape)
{
    runtime::Value wanted = runtime::Value::internal_cell(shape);
    for (uint32_t entry = slot * kEntriesPerSlot, end = entry + kEntriesPerSlot; entry < end; entry += kEntrySize) {
        runtime::Value seen = feedback.at(entry);
        if (seen.is_undefined())
            return std::nullopt;
        if (seen == wanted)
            return entry;
    }
    return std::nullopt;
}

// The epoch packed into an entry's third Value (prototype, absence and transition entries).
inline uint32_t packed_epoch(double packed) { return uint32_t(packed / kEpochScale); }

// The entry of `slot` for `object`'s shape, if any and still valid (reads).
inline std::optional<CacheHit> cached_property(bytecode::FunctionTemplate& function_template, uint32_t slot, runtime::Object* object)
{
    runtime::ValueArray* feedback = function_template.feedback();
    if (!feedback)
        return std::nullopt;
    auto entry = find_entry(*feedback, slot, object->shape());
    if (!entry)
        return std::nullopt;
    runtime::Value holder = feedback->at(*entry + 1);
    if (holder.is_undefined())
        return CacheHit { object, uint32_t(feedback->at(*entry + 2).as_int32()) };
    double packed = feedback->at(*entry + 2).as_number();
    uint32_t epoch = packed_epoch(packed);
    if (epoch != runtime::Object::prototype_chain_epoch())
        return std::nullopt;
    return CacheHit { holder.is_object() ? holder.as_object() : nullptr, uint32_t(packed - epoch * kEpochScale) };
}

// The slot of an own data property of `object` cached at `slot` (at a write site: a writable
// one), if any: the entries whose holder is undefined.
inline std::optional<uint32_t> cached_own_slot(bytecode::FunctionTemplate& function_template, uint32_t slot, runtime::Object const& object)
{
    runtime::ValueArray* feedback = function_template.feedback();
    if (!feedback)
        return std::nullopt;
    auto entry = find_entry(*feedback, slot, object.shape());
    if (!entry || !feedback->at(*entry + 1).is_undefined())
        return std::nullopt;
    return uint32_t(feedback->at(*entry + 2).as_int32());
}

}
