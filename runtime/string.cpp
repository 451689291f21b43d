#include "runtime/string.h"

#include "gc/heap.h"
#include "runtime/utf8.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace sable::runtime {

// A note on liveness, used throughout: a CodeUnitView borrows a cell's characters, and an
// allocation may collect. Views are therefore taken after the last allocation, from String*
// locals that are still used afterwards (so the conservative stack scan keeps them alive).

namespace {

// The creation functions' precondition, checked in every build: a caller that let user data
// through without checking its length must not get a corrupt string.
uint32_t checked_length(uint64_t length)
{
    if (!String::is_valid_length(length)) [[unlikely]] {
        std::fputs("Sable: internal error: string longer than String::kMaxLength\n", stderr);
        std::abort();
    }
    return static_cast<uint32_t>(length);
}

}

InlineString* InlineString::create(gc::Heap& heap, uint32_t length, bool one_byte)
{
    checked_length(length);
    return heap.allocate_with_size<InlineString>(allocation_size(length, one_byte), length, one_byte);
}

RopeString::RopeString(String* left, String* right)
    : String(Representation::Rope, left->length() + right->length(), left->is_one_byte() && right->is_one_byte())
    , m_left(left)
    , m_right(right)
{
    set_rope_depth(std::max(left->rope_depth(), right->rope_depth()) + 1);
}

String* String::create_uninitialized_one_byte(gc::Heap& heap, uint32_t length, uint8_t*& chars)
{
    InlineString* string = InlineString::create(heap, length, true);
    chars = string->one_byte_chars();
    return string;
}

String* String::create_uninitialized_two_byte(gc::Heap& heap, uint32_t length, char16_t*& chars)
{
    InlineString* string = InlineString::create(heap, length, false);
    chars = string->two_byte_chars();
    return string;
}

String* String::from_latin1(gc::Heap& heap, std::span<uint8_t const> latin1)
{
    InlineString* string = InlineString::create(heap, checked_length(latin1.size()), true);
    if (!latin1.empty())
        std::memcpy(string->one_byte_chars(), latin1.data(), latin1.size());
    return string;
}

String* String::from_latin1(gc::Heap& heap, std::string_view latin1)
{
    return from_latin1(heap, std::span(reinterpret_cast<uint8_t const*>(latin1.data()), latin1.size()));
}

String* String::from_code_units(gc::Heap& heap, CodeUnitView units)
{
    // Fast path: text that fits Latin-1 is stored one byte per unit.
    bool one_byte = units.fits_in_one_byte();
    InlineString* string = InlineString::create(heap, units.length(), one_byte);
    if (one_byte)
        units.copy_to(string->one_byte_chars());
    else
        units.copy_to(string->two_byte_chars());
    return string;
}

String* String::from_utf16(gc::Heap& heap, std::u16string_view utf16)
{
    checked_length(utf16.size());
    return from_code_units(heap, CodeUnitView(utf16));
}

String* String::from_utf8(gc::Heap& heap, std::string_view utf8)
{
    Utf8Measure measure = measure_utf8(utf8);
    uint32_t length = checked_length(measure.utf16_length);
    InlineString* string = InlineString::create(heap, length, measure.fits_in_one_byte);
    if (measure.fits_in_one_byte)
        decode_utf8(utf8, string->one_byte_chars());
    else
        decode_utf8(utf8, string->two_byte_chars());
    return string;
}

String* String::from_code_unit(gc::Heap& heap, char16_t unit)
{
    bool one_byte = unit < 0x100;
    InlineString* string = InlineString::create(heap, 1, one_byte);
    if (one_byte)
        string->one_byte_chars()[0] = static_cast<uint8_t>(unit);
    else
        string->two_byte_chars()[0] = unit;
    return string;
}

std::optional<String*> String::concat(gc::Heap& heap, String* left, String* right)
{
    if (left->is_empty())
        return right;
    if (right->is_empty())
        return left;
    uint64_t length = uint64_t(left->length()) + right->length();
    if (!is_valid_length(length))
        return std::nullopt;
    if (length >= kMinRopeLength)
        return heap.allocate<RopeString>(left, right);

    // Fast path: a short result is copied flat. Ropes are never shorter than kMinRopeLength, so
    // both sides are flat; a two-byte side holding only Latin-1 still gives a one-byte result.
    bool one_byte = left->flat_view().fits_in_one_byte() && right->flat_view().fits_in_one_byte();
    InlineString* result = InlineString::create(heap, static_cast<uint32_t>(length), one_byte);
    CodeUnitView left_units = left->flat_view();
    CodeUnitView right_units = right->flat_view();
    if (one_byte) {
        left_units.copy_to(result->one_byte_chars());
        right_units.copy_to(result->one_byte_chars() + left_units.length());
    } else {
        left_units.copy_to(result->two_byte_chars());
        right_units.copy_to(result->two_byte_chars() + left_units.length());
    }
    return result;
}

String* String::substring(gc::Heap& heap, String* string, uint32_t start, uint32_t end)
{
    assert(start <= end && end <= string->length());
    uint32_t length = end - start;
    // Fast path: the whole string is itself.
    if (length == string->length())
        return string;
    string->flatten(heap);

    if (length < kMinSliceLength) {
        bool one_byte = string->flat_view().substring(start, end).fits_in_one_byte();
        InlineString* copy = InlineString::create(heap, length, one_byte);
        CodeUnitView units = string->flat_view().substring(start, end);
        if (one_byte)
            units.copy_to(copy->one_byte_chars());
        else
            units.copy_to(copy->two_byte_chars());
        return copy;
    }

    // Share the characters of the Inline string that holds them.
    InlineString* parent = nullptr;
    uint32_t offset = start;
    switch (string->representation()) {
    case Representation::Inline:
        parent = static_cast<InlineString*>(string);
        break;
    case Representation::Indirect:
        parent = static_cast<RopeString*>(string)->flattened();
        break;
    case Representation::Slice:
        parent = static_cast<SliceString*>(string)->parent();
        offset += static_cast<SliceString*>(string)->offset();
        break;
    case Representation::Rope:
        assert(false && "flattened above");
        break;
    }
    return heap.allocate<SliceString>(parent, offset, length);
}

namespace {

// Writes the characters of a rope into `out` without recursion.
//
// Children that are flat are copied at once. When only one child is a rope the walk continues
// into it. When both are, the walk continues into the shorter and defers the longer on a small
// stack. Everything deferred while that shorter subtree is walked lies inside it, so each entry
// on the stack covers at most half the code units of the entry below it: with ropes at least
// kMinRopeLength long and at most kMaxLength, the stack never holds more than 27 entries. A
// left-leaning rope a million levels deep (s = s + c in a loop) uses none.
template<typename Char>
void write_rope(RopeString* root, Char* out)
{
    struct Deferred {
        RopeString* rope;
        uint32_t offset;
    };
    static constexpr size_t kStackSize = 32;
    Deferred stack[kStackSize];
    size_t depth = 0;

    RopeString* rope = root;
    uint32_t offset = 0;
    while (true) {
        String* left = rope->left();
        String* right = rope->right();
        uint32_t right_offset = offset + left->length();
        if (left->is_flat())
            left->flat_view().copy_to(out + offset);
        if (right->is_flat())
            right->flat_view().copy_to(out + right_offset);

        if (left->is_rope() && right->is_rope()) {
            assert(depth < kStackSize);
            if (left->length() <= right->length()) {
                stack[depth++] = { static_cast<RopeString*>(right), right_offset };
                rope = static_cast<RopeString*>(left);
            } else {
                stack[depth++] = { static_cast<RopeString*>(left), offset };
                rope = static_cast<RopeString*>(right);
                offset = right_offset;
            }
        } else if (left->is_rope()) {
            rope = static_cast<RopeString*>(left);
        } else if (right->is_rope()) {
            rope = static_cast<RopeString*>(right);
            offset = right_offset;
        } else {
            if (depth == 0)
                return;
            --depth;
            rope = stack[depth].rope;
            offset = stack[depth].offset;
        }
    }
}

}

CodeUnitView String::flatten(gc::Heap& heap)
{
    if (!is_rope()) [[likely]]
        return flat_view();

    auto* rope = static_cast<RopeString*>(this);
    InlineString* flat = InlineString::create(heap, length(), is_one_byte());
    if (is_one_byte())
        write_rope(rope, flat->one_byte_chars());
    else
        write_rope(rope, flat->two_byte_chars());

    // The rope cell becomes an Indirect in place; its children may now die.
    rope->m_left = flat;
    rope->m_right = nullptr;
    set_representation(Representation::Indirect);
    heap.write_barrier(this, flat);
    return flat->view();
}

uint32_t String::hash_code_units(CodeUnitView units)
{
    // FNV-1a over code units (not bytes), so one-byte and two-byte forms of the same text agree.
    uint32_t hash = 2166136261u;
    if (units.is_one_byte()) {
        for (uint8_t unit : units.latin1())
            hash = (hash ^ unit) * 16777619u;
    } else {
        for (char16_t unit : units.utf16())
            hash = (hash ^ unit) * 16777619u;
    }
    return hash;
}

uint32_t String::hash(gc::Heap& heap)
{
    if (has_cached_hash())
        return m_hash;
    uint32_t hash = hash_code_units(flatten(heap));
    set_cached_hash(hash);
    return hash;
}

bool String::equals(gc::Heap& heap, String* a, String* b)
{
    // Fast path: the same cell.
    if (a == b)
        return true;
    if (a->length() != b->length())
        return false;
    // Fast path: atoms are unique by contents.
    if (a->is_atom() && b->is_atom())
        return false;
    if (a->has_cached_hash() && b->has_cached_hash() && a->m_hash != b->m_hash)
        return false;
    a->flatten(heap);
    b->flatten(heap);
    return a->flat_view().equals(b->flat_view());
}

std::strong_ordering String::compare(gc::Heap& heap, String* a, String* b)
{
    if (a == b)
        return std::strong_ordering::equal;
    a->flatten(heap);
    b->flatten(heap);
    return a->flat_view().compare(b->flat_view()) <=> 0;
}

std::string String::to_utf8(gc::Heap& heap)
{
    std::string out;
    append_utf8(flatten(heap), out);
    return out;
}

std::u16string String::to_utf16(gc::Heap& heap)
{
    CodeUnitView units = flatten(heap);
    std::u16string out(units.length(), u'\0');
    units.copy_to(out.data());
    return out;
}

void String::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* string = static_cast<String*>(cell);
    switch (string->representation()) {
    case Representation::Inline:
        break;
    case Representation::Rope: {
        auto* rope = static_cast<RopeString*>(string);
        visitor.visit(rope->left());
        visitor.visit(rope->right());
        break;
    }
    case Representation::Indirect:
        visitor.visit(static_cast<RopeString*>(string)->flattened());
        break;
    case Representation::Slice:
        visitor.visit(static_cast<SliceString*>(string)->parent());
        break;
    }
}

}
