#pragma once
// String: the JavaScript string cell (DESIGN.md decision 3). Immutable; a sequence of UTF-16
// code units stored one-byte (Latin-1) when every unit fits, else two-byte.
//
// Representations (one CellKind; the representation lives in the flags):
//
//   Inline    flat; the code units follow the 16-byte header in the same cell
//   Rope      left + right, built by concatenation; never shorter than kMinRopeLength
//   Indirect  a rope after flattening: the same cell, now pointing at the Inline string that
//             holds its characters
//   Slice     a substring of an Inline string: parent + offset; never shorter than kMinSliceLength
//
// Flattening without moving. Cells never move (the native stack is scanned conservatively), so a
// rope cannot grow in place into a flat string. flatten() allocates a new Inline string, copies
// the characters in (iteratively, see string.cpp), and turns the rope cell into an Indirect that
// points at it, dropping its children. Everything stays in the GC heap: no finalizer, no malloc'd
// buffer to account for as external memory, and the Inline cell can be shared (the atom table
// may adopt it, a slice may point into it). The cost is one indirection when reading a flattened
// rope, and 32 bytes of rope cell kept alive for as long as the rope itself is referenced.
//
// Allocation can trigger a collection: any function taking a gc::Heap& may collect.

#include "gc/cell.h"
#include "runtime/code_unit_view.h"

#include <algorithm>
#include <compare>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class AtomTable;

class String : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::String;

    // The longest string: longer results make the caller throw a RangeError "Invalid string
    // length". 2^30 - 1 code units (2 GiB two-byte) keeps every length and offset in 30 bits.
    static constexpr uint32_t kMaxLength = (1u << 30) - 1;
    // Concatenations shorter than this copy into a flat string rather than build a rope (as in
    // V8: below this a rope cell is not smaller than the copy).
    static constexpr uint32_t kMinRopeLength = 13;
    // Substrings shorter than this are copied; longer ones share their parent's characters.
    static constexpr uint32_t kMinSliceLength = 13;

    enum class Representation : uint8_t {
        Inline = 0,
        Rope = 1,
        Indirect = 2,
        Slice = 3,
    };

    static constexpr bool is_valid_length(uint64_t length) { return length <= kMaxLength; }

    // Creating strings. Each requires is_valid_length() of the result (a fatal error otherwise,
    // in every build); callers that take their length from user data check it first and throw
    // the RangeError themselves.
    static String* from_latin1(gc::Heap&, std::span<uint8_t const>);
    static String* from_latin1(gc::Heap&, std::string_view latin1);
    // Stored one-byte when every unit fits.
    static String* from_utf16(gc::Heap&, std::u16string_view);
    // Ill-formed UTF-8 decodes to U+FFFD (WHATWG). At most text.size() code units result.
    static String* from_utf8(gc::Heap&, std::string_view);
    // Stored one-byte when every unit fits.
    static String* from_code_units(gc::Heap&, CodeUnitView);
    static String* from_code_unit(gc::Heap&, char16_t);
    // A flat string whose characters the caller fills in before anything else reads it.
    static String* create_uninitialized_one_byte(gc::Heap&, uint32_t length, uint8_t*& chars);
    static String* create_uninitialized_two_byte(gc::Heap&, uint32_t length, char16_t*& chars);

    // left + right: a flat copy when short, else a rope. std::nullopt when the result would be
    // longer than kMaxLength (the caller throws RangeError "Invalid string length").
    [[nodiscard]] static std::optional<String*> concat(gc::Heap&, String* left, String* right);
    // The code units [start, end) of string (start <= end <= length).
    static String* substring(gc::Heap&, String* string, uint32_t start, uint32_t end);

    uint32_t length() const { return m_cell_data; }
    bool is_empty() const { return length() == 0; }
    Representation representation() const { return Representation(m_flags & kRepresentationMask); }
    bool is_rope() const { return representation() == Representation::Rope; }
    // Characters are reachable without flattening (every representation but Rope).
    bool is_flat() const { return !is_rope(); }
    // One-byte storage (for a rope: both sides are one-byte, so its flat form will be).
    bool is_one_byte() const { return m_flags & kOneByteFlag; }
    bool is_atom() const { return m_flags & kAtomFlag; }
    // 0 for flat strings, else 1 + the deeper side's depth, saturating at kMaxTrackedRopeDepth.
    uint32_t rope_depth() const { return is_rope() ? m_flags >> kDepthShift : 0; }
    static constexpr uint32_t kMaxTrackedRopeDepth = (1u << 24) - 1;

    // Flattens a rope in place (the cell becomes Indirect) and returns the characters.
    CodeUnitView flatten(gc::Heap&);
    // The characters of a string that is_flat().
    CodeUnitView flat_view() const;
    char16_t code_unit_at(gc::Heap& heap, uint32_t index) { return flatten(heap).code_unit_at(index); }

    // The hash of the code units (independent of the representation), cached in the cell.
    uint32_t hash(gc::Heap&);
    bool has_cached_hash() const { return m_flags & kHashFlag; }
    uint32_t cached_hash() const
    {
        assert(has_cached_hash());
        return m_hash;
    }
    static uint32_t hash_code_units(CodeUnitView);

    // SameValue on strings. Fast paths: same cell; two atoms; different lengths; different cached
    // hashes. Otherwise the characters decide (flattening ropes).
    static bool equals(gc::Heap&, String* a, String* b);
    // Order by code units, as IsLessThan and Array.prototype.sort's default comparator use.
    static std::strong_ordering compare(gc::Heap&, String* a, String* b);

    // Transcoding for the host: lone surrogates become U+FFFD.
    std::string to_utf8(gc::Heap&);
    std::u16string to_utf16(gc::Heap&);

    // Property-key support: the AtomTable sets this on every atom that does not spell an array
    // index, so to_property_key of an atom needs no parsing.
    bool is_known_not_array_index() const { return m_flags & kNotArrayIndexFlag; }

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

protected:
    static constexpr uint32_t kRepresentationMask = 0x3;
    static constexpr uint32_t kOneByteFlag = 1u << 2;
    static constexpr uint32_t kAtomFlag = 1u << 3;
    static constexpr uint32_t kHashFlag = 1u << 4;
    static constexpr uint32_t kNotArrayIndexFlag = 1u << 5;
    static constexpr uint32_t kDepthShift = 8;

    String(Representation representation, uint32_t length, bool one_byte)
        : gc::Cell(kKind)
        , m_flags(uint32_t(representation) | (one_byte ? kOneByteFlag : 0))
    {
        m_cell_data = length;
    }

    void set_representation(Representation representation)
    {
        m_flags = (m_flags & ~kRepresentationMask & ((1u << kDepthShift) - 1)) | uint32_t(representation);
    }
    void set_rope_depth(uint32_t depth)
    {
        m_flags = (m_flags & ((1u << kDepthShift) - 1)) | (std::min(depth, kMaxTrackedRopeDepth) << kDepthShift);
    }
    void set_cached_hash(uint32_t hash)
    {
        m_hash = hash;
        m_flags |= kHashFlag;
    }

private:
    friend class AtomTable;
    void mark_as_atom() { m_flags |= kAtomFlag; }
    void set_known_not_array_index() { m_flags |= kNotArrayIndexFlag; }

    // Length lives in the Cell header's m_cell_data.
    uint32_t m_hash { 0 };
    uint32_t m_flags;
};
static_assert(sizeof(String) == 16);

// The characters follow the header.
class InlineString final : public String {
public:
    static InlineString* create(gc::Heap&, uint32_t length, bool one_byte);
    static constexpr size_t allocation_size(uint32_t length, bool one_byte)
    {
        return sizeof(InlineString) + size_t(length) * (one_byte ? 1 : 2);
    }
    uint8_t* one_byte_chars() { return reinterpret_cast<uint8_t*>(this + 1); }
    char16_t* two_byte_chars() { return reinterpret_cast<char16_t*>(this + 1); }
    CodeUnitView view() const
    {
        if (is_one_byte())
            return { reinterpret_cast<uint8_t const*>(this + 1), length() };
        return { reinterpret_cast<char16_t const*>(this + 1), length() };
    }

private:
    friend class gc::Heap;
    InlineString(uint32_t length, bool one_byte)
        : String(Representation::Inline, length, one_byte)
    {
    }
};
static_assert(sizeof(InlineString) == 16);

// A rope, and after flattening an Indirect: the same cell, rewritten in place (its header, and
// so its GC state, is untouched). As a rope it holds left and right; as an Indirect, `left` is the
// InlineString with the characters and `right` is null.
class RopeString final : public String {
public:
    String* left() const
    {
        assert(is_rope());
        return m_left;
    }
    String* right() const
    {
        assert(is_rope());
        return m_right;
    }
    InlineString* flattened() const
    {
        assert(representation() == Representation::Indirect);
        return static_cast<InlineString*>(m_left);
    }

private:
    friend class gc::Heap;
    friend class String;
    RopeString(String* left, String* right);

    String* m_left;
    String* m_right;
};
static_assert(sizeof(RopeString) == 32);

class SliceString final : public String {
public:
    InlineString* parent() const { return m_parent; }
    uint32_t offset() const { return m_offset; }

private:
    friend class gc::Heap;
    SliceString(InlineString* parent, uint32_t offset, uint32_t length)
        : String(Representation::Slice, length, parent->is_one_byte())
        , m_parent(parent)
        , m_offset(offset)
    {
    }

    InlineString* m_parent;
    uint32_t m_offset;
};

inline CodeUnitView String::flat_view() const
{
    switch (representation()) {
    case Representation::Inline:
        return static_cast<InlineString const*>(this)->view();
    case Representation::Indirect:
        return static_cast<RopeString const*>(this)->flattened()->view();
    case Representation::Slice: {
        auto const* slice = static_cast<SliceString const*>(this);
        return slice->parent()->view().substring(slice->offset(), slice->offset() + length());
    }
    case Representation::Rope:
        break;
    }
    assert(false && "flat_view() of a rope");
    return {};
}

}
