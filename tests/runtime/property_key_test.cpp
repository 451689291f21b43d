// PropertyKey: array indices as integers, every other string as its atom, symbols; the
// canonical-numeric-string rule for indices.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/atom_table.h"
#include "runtime/property_key.h"
#include "runtime/symbol.h"

#include <cmath>
#include <limits>

namespace sable::runtime::test {
namespace {

class PropertyKeyTest : public HeapTest {
protected:
    AtomTable atoms { heap };

    PropertyKey key(std::string_view text) { return to_property_key(atoms, latin1(text)); }
    PropertyKey number_key(double number) { return to_property_key(atoms, heap, number); }
    std::u16string atom_text(PropertyKey key) { return units(key.as_atom()); }
};

TEST_F(PropertyKeyTest, ArrayIndices)
{
    EXPECT_TRUE(key("0").is_index());
    EXPECT_EQ(key("0").as_index(), 0u);
    EXPECT_EQ(key("123").as_index(), 123u);
    EXPECT_EQ(key("4294967294").as_index(), 4294967294u);
    EXPECT_EQ(key("4294967294"), PropertyKey::from_index(PropertyKey::kMaxArrayIndex));
}

TEST_F(PropertyKeyTest, NonCanonicalOrOutOfRangeNumbersAreAtoms)
{
    for (std::string_view text : { "4294967295", "4294967296", "99999999999", "-0", "-1", "01", "0123", "00",
             "1.5", "1e3", " 1", "1 ", "+1", "", "0x10", "Infinity", "NaN" }) {
        PropertyKey k = key(text);
        ASSERT_TRUE(k.is_atom()) << text;
        EXPECT_EQ(units(k.as_atom()), std::u16string(text.begin(), text.end())) << text;
        EXPECT_TRUE(k.as_atom()->is_known_not_array_index());
    }
}

TEST_F(PropertyKeyTest, NamesAreAtoms)
{
    PropertyKey length = key("length");
    ASSERT_TRUE(length.is_atom());
    EXPECT_EQ(length.as_atom(), atoms.length);
    EXPECT_EQ(key("length"), length);
    EXPECT_EQ(to_property_key(atoms, CodeUnitView(std::u16string_view(u"length"))), length);
    EXPECT_NE(key("lengths"), length);
}

TEST_F(PropertyKeyTest, TwoByteDigitsAreIndicesToo)
{
    char16_t* chars;
    String* wide = String::create_uninitialized_two_byte(heap, 2, chars);
    chars[0] = u'4';
    chars[1] = u'2';
    PropertyKey k = to_property_key(atoms, wide);
    ASSERT_TRUE(k.is_index());
    EXPECT_EQ(k.as_index(), 42u);
    EXPECT_EQ(to_property_key(atoms, CodeUnitView(std::u16string_view(u"42"))), k);
}

TEST_F(PropertyKeyTest, AnAtomThatSpellsAnIndexStillGivesTheIndex)
{
    String* atom = atoms.intern_latin1("7");
    PropertyKey k = to_property_key(atoms, atom);
    ASSERT_TRUE(k.is_index());
    EXPECT_EQ(k.as_index(), 7u);
}

TEST_F(PropertyKeyTest, RopeKeys)
{
    String* rope = concat(latin1("someLongName"), latin1("Suffix"));
    PropertyKey k = to_property_key(atoms, rope);
    ASSERT_TRUE(k.is_atom());
    EXPECT_EQ(k, key("someLongNameSuffix"));
}

TEST_F(PropertyKeyTest, NumberKeys)
{
    EXPECT_EQ(number_key(0), PropertyKey::from_index(0));
    EXPECT_EQ(number_key(-0.0), PropertyKey::from_index(0));
    EXPECT_EQ(number_key(42), PropertyKey::from_index(42));
    EXPECT_EQ(number_key(4294967294.0), PropertyKey::from_index(4294967294u));
    EXPECT_EQ(atom_text(number_key(4294967295.0)), u"4294967295");
    EXPECT_EQ(atom_text(number_key(-1)), u"-1");
    EXPECT_EQ(atom_text(number_key(1.5)), u"1.5");
    EXPECT_EQ(atom_text(number_key(1e21)), u"1e+21");
    EXPECT_EQ(atom_text(number_key(std::numeric_limits<double>::quiet_NaN())), u"NaN");
    EXPECT_EQ(atom_text(number_key(-std::numeric_limits<double>::infinity())), u"-Infinity");
    EXPECT_EQ(number_key(1.5), key("1.5"));
}

TEST_F(PropertyKeyTest, SymbolKeys)
{
    Symbol* a = Symbol::create(heap, Value::undefined());
    Symbol* b = Symbol::create(heap, Value::undefined());
    PropertyKey ka = PropertyKey::from_symbol(a);
    EXPECT_TRUE(ka.is_symbol());
    EXPECT_FALSE(ka.is_atom());
    EXPECT_FALSE(ka.is_index());
    EXPECT_EQ(ka.as_symbol(), a);
    EXPECT_EQ(ka.as_cell(), a);
    EXPECT_NE(ka, PropertyKey::from_symbol(b));
    EXPECT_EQ(ka, PropertyKey::from_symbol(a));
}

TEST_F(PropertyKeyTest, TagsDoNotCollide)
{
    PropertyKey index = PropertyKey::from_index(PropertyKey::kMaxArrayIndex);
    EXPECT_TRUE(index.is_index());
    EXPECT_FALSE(index.is_atom());
    EXPECT_FALSE(index.is_symbol());
    EXPECT_EQ(index.as_cell(), nullptr);
    PropertyKey atom = key("x");
    EXPECT_EQ(atom.as_cell(), atom.as_atom());
}

TEST_F(PropertyKeyTest, Hash)
{
    EXPECT_EQ(key("name").hash(), atoms.name->cached_hash());
    EXPECT_EQ(key("5").hash(), PropertyKey::from_index(5).hash());
    EXPECT_NE(PropertyKey::from_index(5).hash(), PropertyKey::from_index(6).hash());
}

TEST_F(PropertyKeyTest, ParseArrayIndex)
{
    auto parse = [](std::string_view text) { return parse_array_index(CodeUnitView(text)); };
    EXPECT_EQ(parse("0"), 0u);
    EXPECT_EQ(parse("10"), 10u);
    EXPECT_EQ(parse("4294967294"), 4294967294u);
    EXPECT_EQ(parse("4294967295"), std::nullopt);
    EXPECT_EQ(parse("12345678901"), std::nullopt);
    EXPECT_EQ(parse("01"), std::nullopt);
    EXPECT_EQ(parse("-0"), std::nullopt);
    EXPECT_EQ(parse(""), std::nullopt);
    EXPECT_EQ(parse("1a"), std::nullopt);
}

}
}
