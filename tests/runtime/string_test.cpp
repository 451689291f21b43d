// The String cell: representations, ropes and flattening, substrings, equality, hashing,
// ordering, code points, UTF-8 at the edges, the length limit.
#include "tests/runtime/runtime_test_support.h"

#include <random>
#include <vector>

namespace sable::runtime::test {
namespace {

using Representation = String::Representation;

class StringTest : public HeapTest { };

// --- Creation and one-byte / two-byte storage ---

TEST_F(StringTest, Latin1StaysOneByte)
{
    String* s = latin1("hello");
    EXPECT_EQ(s->length(), 5u);
    EXPECT_TRUE(s->is_one_byte());
    EXPECT_EQ(s->representation(), Representation::Inline);
    EXPECT_EQ(units(s), u"hello");
    EXPECT_EQ(s->code_unit_at(heap, 1), u'e');
}

TEST_F(StringTest, Utf16NarrowsWhenEveryUnitFitsLatin1)
{
    String* narrow = utf16(u"caf\u00E9");
    EXPECT_TRUE(narrow->is_one_byte());
    EXPECT_EQ(units(narrow), u"caf\u00E9");

    String* wide = utf16(u"\u20AC 5");
    EXPECT_FALSE(wide->is_one_byte());
    EXPECT_EQ(units(wide), u"\u20AC 5");
    EXPECT_EQ(wide->code_unit_at(heap, 0), u'\u20AC');
}

TEST_F(StringTest, EmptyString)
{
    String* empty = latin1("");
    EXPECT_TRUE(empty->is_empty());
    EXPECT_EQ(units(empty), u"");
    EXPECT_EQ(String::concat(heap, empty, empty).value(), empty);
}

TEST_F(StringTest, FromUtf8)
{
    EXPECT_EQ(units(String::from_utf8(heap, "plain")), u"plain");
    String* latin = String::from_utf8(heap, "caf\xC3\xA9");
    EXPECT_TRUE(latin->is_one_byte());
    EXPECT_EQ(units(latin), u"caf\u00E9");
    String* euro = String::from_utf8(heap, "\xE2\x82\xAC");
    EXPECT_FALSE(euro->is_one_byte());
    EXPECT_EQ(units(euro), u"\u20AC");
    // A four-byte sequence becomes a surrogate pair.
    EXPECT_EQ(units(String::from_utf8(heap, "a\xF0\x9F\x98\x80")), u"a\U0001F600");
}

TEST_F(StringTest, FromUtf8ReplacesIllFormedSequences)
{
    // A lone continuation byte, a truncated sequence, an overlong form, an encoded surrogate:
    // each maximal ill-formed subpart is one U+FFFD (WHATWG).
    EXPECT_EQ(units(String::from_utf8(heap, "a\x80z")), u"a\uFFFDz");
    EXPECT_EQ(units(String::from_utf8(heap, "a\xE2\x82z")), u"a\uFFFDz");
    EXPECT_EQ(units(String::from_utf8(heap, "\xC0\xAF")), u"\uFFFD\uFFFD");
    EXPECT_EQ(units(String::from_utf8(heap, "\xED\xA0\x80")), u"\uFFFD\uFFFD\uFFFD");
    EXPECT_EQ(units(String::from_utf8(heap, "\xF4\x90\x80\x80")), u"\uFFFD\uFFFD\uFFFD\uFFFD");
    EXPECT_EQ(units(String::from_utf8(heap, "\xFF")), u"\uFFFD");
}

TEST_F(StringTest, ToUtf8ReplacesLoneSurrogates)
{
    EXPECT_EQ(utf8(utf16(u"a\U0001F600b")), "a\xF0\x9F\x98\x80" "b");
    EXPECT_EQ(utf8(utf16(u"x\xD800y")), "x\xEF\xBF\xBDy");
    EXPECT_EQ(utf8(utf16(u"\xDC00")), "\xEF\xBF\xBD");
    EXPECT_EQ(utf8(latin1("\xE9")), "\xC3\xA9");
}

// --- Concatenation and ropes ---

TEST_F(StringTest, ShortConcatenationIsFlat)
{
    String* s = concat(latin1("hello "), latin1("world"));
    EXPECT_EQ(s->representation(), Representation::Inline);
    EXPECT_TRUE(s->is_one_byte());
    EXPECT_EQ(units(s), u"hello world");
}

TEST_F(StringTest, ShortConcatenationOfLatin1TwoByteTextIsOneByte)
{
    // A two-byte string can hold only Latin-1 (a substring of a two-byte string, say).
    String* wide = utf16(u"\u20AC\u00E9");
    String* latin_in_two_bytes = String::substring(heap, wide, 1, 2);
    String* s = concat(latin1("caf"), latin_in_two_bytes);
    EXPECT_TRUE(s->is_one_byte());
    EXPECT_EQ(units(s), u"caf\u00E9");
}

TEST_F(StringTest, ConcatenationWithEmptyReturnsTheOtherSide)
{
    String* a = latin1("abc");
    String* empty = latin1("");
    EXPECT_EQ(concat(a, empty), a);
    EXPECT_EQ(concat(empty, a), a);
}

TEST_F(StringTest, LongConcatenationIsARope)
{
    String* left = latin1("abcdefgh");
    String* right = latin1("ijklmnop");
    String* rope = concat(left, right);
    ASSERT_EQ(rope->representation(), Representation::Rope);
    EXPECT_EQ(rope->length(), 16u);
    EXPECT_EQ(rope->rope_depth(), 1u);
    EXPECT_TRUE(rope->is_one_byte());
    EXPECT_EQ(static_cast<RopeString*>(rope)->left(), left);
    EXPECT_EQ(static_cast<RopeString*>(rope)->right(), right);

    String* deeper = concat(rope, latin1("qrstuvwxyz"));
    EXPECT_EQ(deeper->rope_depth(), 2u);
    EXPECT_EQ(units(deeper), u"abcdefghijklmnopqrstuvwxyz");
}

TEST_F(StringTest, FlatteningTurnsTheRopeIntoAnIndirectInPlace)
{
    String* rope = concat(latin1("0123456789"), latin1("abcdefghij"));
    ASSERT_TRUE(rope->is_rope());
    CodeUnitView view = rope->flatten(heap);
    EXPECT_EQ(rope->representation(), Representation::Indirect);
    EXPECT_TRUE(rope->is_flat());
    EXPECT_EQ(rope->rope_depth(), 0u);
    EXPECT_EQ(rope->length(), 20u);
    EXPECT_TRUE(view.equals(CodeUnitView(std::string_view("0123456789abcdefghij"))));
    InlineString* target = static_cast<RopeString*>(rope)->flattened();
    EXPECT_EQ(target->representation(), Representation::Inline);
    EXPECT_EQ(target->length(), 20u);
    // Flattening again reads the same characters without allocating a new target.
    rope->flatten(heap);
    EXPECT_EQ(static_cast<RopeString*>(rope)->flattened(), target);
}

TEST_F(StringTest, MixedWidthRopeFlattensToTwoBytes)
{
    String* rope = concat(concat(latin1("one-byte text "), utf16(u"\u20AC two-byte \u2603")), latin1(" tail!"));
    EXPECT_FALSE(rope->is_one_byte());
    EXPECT_EQ(units(rope), u"one-byte text \u20AC two-byte \u2603 tail!");
    EXPECT_FALSE(rope->flat_view().is_one_byte());
}

TEST_F(StringTest, RopeOfFlattenedRopes)
{
    String* inner = concat(latin1("0123456789"), latin1("abcdefghij"));
    inner->flatten(heap);
    String* outer = concat(inner, concat(latin1("ABCDEFGHIJ"), inner));
    EXPECT_EQ(units(outer), u"0123456789abcdefghijABCDEFGHIJ0123456789abcdefghij");
}

TEST_F(StringTest, MillionDeepLeftLeaningRopeFlattensIteratively)
{
    constexpr uint32_t kCount = 1'000'000;
    String* x = latin1("x");
    String* y = latin1("y");
    String* s = latin1("");
    for (uint32_t i = 0; i < kCount; ++i)
        s = concat(s, i % 2 ? y : x);
    ASSERT_TRUE(s->is_rope());
    EXPECT_EQ(s->length(), kCount);
    // The first kMinRopeLength - 1 characters were joined flat.
    EXPECT_EQ(s->rope_depth(), kCount - (String::kMinRopeLength - 1));
    CodeUnitView view = s->flatten(heap);
    ASSERT_EQ(view.length(), kCount);
    ASSERT_TRUE(view.is_one_byte());
    for (uint32_t i = 0; i < kCount; ++i)
        ASSERT_EQ(view[i], i % 2 ? u'y' : u'x') << i;
}

TEST_F(StringTest, MillionDeepRightLeaningRopeFlattensIteratively)
{
    constexpr uint32_t kCount = 1'000'000;
    String* s = latin1("");
    for (uint32_t i = 0; i < kCount; ++i)
        s = concat(utf16(i % 3 ? u"a" : u"\u00DF"), s);
    EXPECT_EQ(s->rope_depth(), kCount - (String::kMinRopeLength - 1));
    CodeUnitView view = s->flatten(heap);
    ASSERT_EQ(view.length(), kCount);
    for (uint32_t i = 0; i < kCount; ++i) {
        uint32_t built_at = kCount - 1 - i;
        ASSERT_EQ(view[i], built_at % 3 ? u'a' : u'\u00DF') << i;
    }
}

TEST_F(StringTest, DeepZigZagRopeFlattensIteratively)
{
    // Alternating sides, with both children ropes at every level: the walk must defer one side
    // at each node, which the bounded stack allows because the deferred side is the longer.
    constexpr int kPieces = 200'000;
    String* s = latin1("seed-seed-seed");
    String* chunk = latin1("0123456789abcdef");
    String* left_mark = latin1("L");
    String* right_mark = latin1("R");
    for (int i = 0; i < kPieces; ++i) {
        if (i % 2)
            s = concat(concat(chunk, left_mark), s);
        else
            s = concat(s, concat(chunk, right_mark));
    }
    // Odd pieces were prepended (last first), even ones appended.
    std::u16string model;
    for (int i = kPieces - 1; i >= 0; --i) {
        if (i % 2)
            model += u"0123456789abcdefL";
    }
    model += u"seed-seed-seed";
    for (int i = 0; i < kPieces; i += 2)
        model += u"0123456789abcdefR";
    EXPECT_EQ(units(s), model);
}

TEST_F(StringTest, RandomRopeTreesMatchAModel)
{
    std::mt19937 random(1234);
    std::vector<std::pair<String*, std::u16string>> pool;
    for (char16_t c : std::u16string(u"abc\u00E9\u20ACxyz")) {
        std::u16string text(1 + random() % 20, c);
        pool.push_back({ root(utf16(text)), text });
    }
    for (int round = 0; round < 3000; ++round) {
        auto const& [a, a_model] = pool[random() % pool.size()];
        auto const& [b, b_model] = pool[random() % pool.size()];
        if (uint64_t(a->length()) + b->length() > 5000)
            continue;
        pool.push_back({ root(concat(a, b)), a_model + b_model });
        // Now and then flatten something, so ropes mix with flattened ropes.
        if (random() % 7 == 0)
            pool[random() % pool.size()].first->flatten(heap);
    }
    for (auto const& [string, model] : pool)
        ASSERT_EQ(units(string), model);
}

TEST_F(StringTest, CodeUnitAtFlattensARope)
{
    String* rope = concat(latin1("abcdefghij"), utf16(u"\u20ACklmnopqrst"));
    EXPECT_EQ(rope->code_unit_at(heap, 0), u'a');
    EXPECT_EQ(rope->code_unit_at(heap, 10), u'\u20AC');
    EXPECT_EQ(rope->code_unit_at(heap, 20), u't');
    EXPECT_FALSE(rope->is_rope());
}

// --- Length limit ---

TEST_F(StringTest, ValidLength)
{
    EXPECT_TRUE(String::is_valid_length(0));
    EXPECT_TRUE(String::is_valid_length(String::kMaxLength));
    EXPECT_FALSE(String::is_valid_length(uint64_t(String::kMaxLength) + 1));
    EXPECT_FALSE(String::is_valid_length(uint64_t(1) << 40));
}

TEST_F(StringTest, ConcatenationBeyondTheMaximumLengthFails)
{
    // Doubling through ropes reaches the limit without allocating the characters.
    String* s = latin1("0123456789abc"); // 13
    while (uint64_t(s->length()) * 2 <= String::kMaxLength)
        s = concat(s, s);
    EXPECT_TRUE(s->is_rope());
    EXPECT_EQ(String::concat(heap, s, s), std::nullopt);
    // Exactly at the limit is fine.
    uint32_t missing = String::kMaxLength - s->length();
    String* rest = s;
    while (rest->length() > missing)
        rest = static_cast<RopeString*>(rest)->left();
    auto near_limit = String::concat(heap, s, rest);
    ASSERT_TRUE(near_limit.has_value());
    EXPECT_LE((*near_limit)->length(), String::kMaxLength);
}

TEST_F(StringTest, CreatingAStringBeyondTheMaximumLengthIsFatal)
{
    // The length is checked before any character is read.
    std::span<uint8_t const> too_long(reinterpret_cast<uint8_t const*>(this), size_t(String::kMaxLength) + 1);
    EXPECT_DEATH(String::from_latin1(heap, too_long), "longer than String::kMaxLength");
}

// --- Substrings ---

TEST_F(StringTest, ShortSubstringIsACopy)
{
    String* s = latin1("The quick brown fox");
    String* sub = String::substring(heap, s, 4, 9);
    EXPECT_EQ(sub->representation(), Representation::Inline);
    EXPECT_EQ(units(sub), u"quick");
}

TEST_F(StringTest, WholeSubstringIsTheStringItself)
{
    String* s = latin1("abc");
    EXPECT_EQ(String::substring(heap, s, 0, 3), s);
}

TEST_F(StringTest, EmptySubstring)
{
    String* sub = String::substring(heap, latin1("abc"), 1, 1);
    EXPECT_TRUE(sub->is_empty());
}

TEST_F(StringTest, LongSubstringIsASlice)
{
    String* s = latin1("The quick brown fox jumps over the lazy dog");
    String* sub = String::substring(heap, s, 4, 25);
    ASSERT_EQ(sub->representation(), Representation::Slice);
    EXPECT_EQ(static_cast<SliceString*>(sub)->parent(), s);
    EXPECT_EQ(units(sub), u"quick brown fox jumps");

    // A slice of a slice points at the original characters.
    String* sub2 = String::substring(heap, sub, 6, 21);
    ASSERT_EQ(sub2->representation(), Representation::Slice);
    EXPECT_EQ(static_cast<SliceString*>(sub2)->parent(), s);
    EXPECT_EQ(static_cast<SliceString*>(sub2)->offset(), 10u);
    EXPECT_EQ(units(sub2), u"brown fox jumps");
}

TEST_F(StringTest, SubstringOfARopeSlicesItsFlattenedCharacters)
{
    String* rope = concat(latin1("0123456789"), utf16(u"\u20ACabcdefghijklmnop"));
    String* sub = String::substring(heap, rope, 5, 25);
    EXPECT_EQ(rope->representation(), Representation::Indirect);
    ASSERT_EQ(sub->representation(), Representation::Slice);
    EXPECT_EQ(static_cast<SliceString*>(sub)->parent(), static_cast<RopeString*>(rope)->flattened());
    EXPECT_EQ(units(sub), u"56789\u20ACabcdefghijklmn");
}

TEST_F(StringTest, ShortSubstringOfTwoByteTextNarrows)
{
    String* s = utf16(u"\u20AC price: 12");
    String* sub = String::substring(heap, s, 2, 7);
    EXPECT_TRUE(sub->is_one_byte());
    EXPECT_EQ(units(sub), u"price");
}

// --- Equality, hashing, ordering ---

TEST_F(StringTest, EqualityAcrossRepresentations)
{
    String* flat = latin1("abcdefghijklmnopqrstuvwxyz");
    String* rope = concat(latin1("abcdefghijklm"), latin1("nopqrstuvwxyz"));
    String* two_byte = String::substring(heap, utf16(u"\u20ACabcdefghijklmnopqrstuvwxyz"), 1, 27);
    String* slice = String::substring(heap, latin1("__abcdefghijklmnopqrstuvwxyz__"), 2, 28);
    EXPECT_FALSE(two_byte->is_one_byte());
    for (String* a : { flat, rope, two_byte, slice }) {
        for (String* b : { flat, rope, two_byte, slice })
            EXPECT_TRUE(String::equals(heap, a, b));
    }
    EXPECT_FALSE(String::equals(heap, flat, latin1("abcdefghijklmnopqrstuvwxyZ")));
    EXPECT_FALSE(String::equals(heap, flat, latin1("abc")));
}

TEST_F(StringTest, HashIsIndependentOfRepresentation)
{
    String* flat = latin1("abcdefghijklmnopqrstuvwxyz");
    String* rope = concat(latin1("abcdefghijklm"), latin1("nopqrstuvwxyz"));
    String* two_byte = String::substring(heap, utf16(u"\u20ACabcdefghijklmnopqrstuvwxyz"), 1, 27);
    EXPECT_EQ(flat->hash(heap), rope->hash(heap));
    EXPECT_EQ(flat->hash(heap), two_byte->hash(heap));
    EXPECT_TRUE(flat->has_cached_hash());
    EXPECT_NE(flat->hash(heap), latin1("abcdefghijklmnopqrstuvwxyZ")->hash(heap));
}

TEST_F(StringTest, DifferentCachedHashesMeanDifferentStrings)
{
    String* a = latin1("same-length-1");
    String* b = latin1("same-length-2");
    a->hash(heap);
    b->hash(heap);
    EXPECT_FALSE(String::equals(heap, a, b));
}

TEST_F(StringTest, CompareByCodeUnits)
{
    auto less = [&](String* a, String* b) { return String::compare(heap, a, b) < 0; };
    EXPECT_TRUE(less(latin1("a"), latin1("b")));
    EXPECT_TRUE(less(latin1("a"), latin1("aa")));
    EXPECT_TRUE(less(latin1(""), latin1("a")));
    EXPECT_TRUE(less(latin1("Z"), latin1("a")));
    EXPECT_TRUE(less(latin1("\xE9"), utf16(u"\u20AC")));
    // Code units, not code points: U+FFFF sorts after the surrogates of U+1F600.
    EXPECT_TRUE(less(utf16(u"\U0001F600"), utf16(u"\uFFFF")));
    EXPECT_EQ(String::compare(heap, latin1("abc"), utf16(u"abc")), std::strong_ordering::equal);
    EXPECT_TRUE(String::compare(heap, utf16(u"b\u20AC"), latin1("a\xFF")) > 0);
    String* rope = concat(latin1("abcdefghij"), latin1("klmnopq"));
    EXPECT_TRUE(less(rope, latin1("abcdefghijklmnopr")));
}

// --- Code points ---

TEST_F(StringTest, IterationByCodePoints)
{
    String* s = utf16(u"a\U0001F600\xD800" u"b\xDC00");
    std::vector<char32_t> code_points;
    for (char32_t c : s->flatten(heap).code_points())
        code_points.push_back(c);
    EXPECT_EQ(code_points, (std::vector<char32_t> { U'a', U'\U0001F600', 0xD800, U'b', 0xDC00 }));
}

TEST_F(StringTest, CodePointAt)
{
    CodeUnitView view(u"\U0001F600\xD800");
    auto pair = code_point_at(view, 0);
    EXPECT_EQ(pair.code_point, U'\U0001F600');
    EXPECT_EQ(pair.code_unit_count, 2);
    EXPECT_FALSE(pair.is_unpaired_surrogate);
    auto trailing = code_point_at(view, 1);
    EXPECT_EQ(trailing.code_point, 0xDE00u);
    EXPECT_TRUE(trailing.is_unpaired_surrogate);
    auto lone = code_point_at(view, 2);
    EXPECT_EQ(lone.code_point, 0xD800u);
    EXPECT_EQ(lone.code_unit_count, 1);
    EXPECT_TRUE(lone.is_unpaired_surrogate);
}

// --- Tracing ---

class RecordingVisitor final : public gc::Visitor {
public:
    void visit(gc::Cell* cell) override { cells.push_back(cell); }
    void visit_value_bits(uint64_t bits) override { values.push_back(bits); }
    std::vector<gc::Cell*> cells;
    std::vector<uint64_t> values;
};

TEST_F(StringTest, VisitChildrenFollowsTheRepresentation)
{
    String* left = latin1("abcdefghij");
    String* right = latin1("klmnopqrst");
    String* rope = concat(left, right);
    RecordingVisitor rope_visitor;
    String::visit_children(rope, rope_visitor);
    EXPECT_EQ(rope_visitor.cells, (std::vector<gc::Cell*> { left, right }));

    rope->flatten(heap);
    RecordingVisitor indirect_visitor;
    String::visit_children(rope, indirect_visitor);
    EXPECT_EQ(indirect_visitor.cells, (std::vector<gc::Cell*> { static_cast<RopeString*>(rope)->flattened() }));

    String* slice = String::substring(heap, rope, 1, 19);
    RecordingVisitor slice_visitor;
    String::visit_children(slice, slice_visitor);
    EXPECT_EQ(slice_visitor.cells, (std::vector<gc::Cell*> { static_cast<RopeString*>(rope)->flattened() }));

    RecordingVisitor inline_visitor;
    String::visit_children(left, inline_visitor);
    EXPECT_TRUE(inline_visitor.cells.empty());
}

}
}
