// The AtomTable: uniqueness across every way of naming the same text, adoption of flat
// strings, well-known atoms, growth, and weak removal.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/atom_table.h"

#include <string>

namespace sable::runtime::test {
namespace {

class AtomTableTest : public HeapTest {
protected:
    AtomTable atoms { heap };
};

TEST_F(AtomTableTest, SameTextSameAtomWhateverTheSource)
{
    String* from_latin1 = atoms.intern_latin1("caf\xE9");
    EXPECT_TRUE(from_latin1->is_atom());
    EXPECT_TRUE(from_latin1->has_cached_hash());
    EXPECT_EQ(atoms.intern(std::u16string_view(u"caf\u00E9")), from_latin1);
    EXPECT_EQ(atoms.intern_utf8("caf\xC3\xA9"), from_latin1);
    EXPECT_EQ(atoms.intern(latin1("caf\xE9")), from_latin1);
    EXPECT_EQ(atoms.find(CodeUnitView(std::string_view("caf\xE9"))), from_latin1);
}

TEST_F(AtomTableTest, DifferentTextDifferentAtoms)
{
    String* a = atoms.intern_latin1("alpha");
    String* b = atoms.intern_latin1("alphb");
    String* c = atoms.intern_latin1("alph");
    EXPECT_NE(a, b);
    EXPECT_NE(a, c);
    EXPECT_FALSE(String::equals(heap, a, b));
    EXPECT_EQ(units(a), u"alpha");
}

TEST_F(AtomTableTest, TwoByteAtoms)
{
    String* snowman = atoms.intern(std::u16string_view(u"\u2603 snow"));
    EXPECT_FALSE(snowman->is_one_byte());
    EXPECT_EQ(atoms.intern_utf8("\xE2\x98\x83 snow"), snowman);
    EXPECT_EQ(atoms.intern(utf16(u"\u2603 snow")), snowman);
    EXPECT_EQ(atoms.intern(std::u16string_view(u"\U0001F600")), atoms.intern_utf8("\xF0\x9F\x98\x80"));
}

TEST_F(AtomTableTest, AFlatStringBecomesTheAtomItself)
{
    String* s = latin1("adopted");
    EXPECT_FALSE(s->is_atom());
    EXPECT_EQ(atoms.intern(s), s);
    EXPECT_TRUE(s->is_atom());
    EXPECT_EQ(atoms.intern_latin1("adopted"), s);
}

TEST_F(AtomTableTest, ARopeInternsAsItsFlattenedCharacters)
{
    String* rope = concat(latin1("a long property "), latin1("name"));
    ASSERT_TRUE(rope->is_rope());
    String* atom = atoms.intern(rope);
    EXPECT_EQ(rope->representation(), String::Representation::Indirect);
    EXPECT_EQ(atom, static_cast<RopeString*>(rope)->flattened());
    EXPECT_FALSE(rope->is_atom());
    EXPECT_TRUE(atom->is_atom());
    EXPECT_EQ(atoms.intern_latin1("a long property name"), atom);
}

TEST_F(AtomTableTest, ASliceInternsAsACopy)
{
    String* parent = latin1("prefix/some-long-property-name/suffix");
    String* slice = String::substring(heap, parent, 7, 30);
    ASSERT_EQ(slice->representation(), String::Representation::Slice);
    String* atom = atoms.intern(slice);
    EXPECT_NE(atom, slice);
    EXPECT_EQ(atom->representation(), String::Representation::Inline);
    EXPECT_EQ(units(atom), u"some-long-property-name");
}

TEST_F(AtomTableTest, AtomsCompareByPointer)
{
    String* a = atoms.intern_latin1("first");
    String* b = atoms.intern_latin1("other");
    // Same length, both atoms: unequal without looking at characters.
    EXPECT_FALSE(String::equals(heap, a, b));
    EXPECT_TRUE(String::equals(heap, a, latin1("first")));
}

TEST_F(AtomTableTest, WellKnownAtoms)
{
    EXPECT_EQ(units(atoms.length), u"length");
    EXPECT_EQ(atoms.intern_latin1("length"), atoms.length);
    EXPECT_EQ(atoms.intern_latin1("prototype"), atoms.prototype);
    EXPECT_EQ(atoms.intern_latin1("constructor"), atoms.constructor);
    EXPECT_EQ(atoms.intern_latin1("toString"), atoms.to_string);
    EXPECT_EQ(atoms.intern_latin1("__proto__"), atoms.proto);
    EXPECT_EQ(atoms.intern_latin1(""), atoms.empty);
    EXPECT_TRUE(atoms.empty->is_empty());
    EXPECT_NE(atoms.name, atoms.message);
}

TEST_F(AtomTableTest, GrowsAndKeepsEveryAtom)
{
    size_t before = atoms.size();
    std::vector<String*> made;
    for (int i = 0; i < 20'000; ++i)
        made.push_back(root(atoms.intern_latin1("key" + std::to_string(i))));
    EXPECT_EQ(atoms.size(), before + 20'000);
    for (int i = 0; i < 20'000; ++i)
        ASSERT_EQ(atoms.intern_latin1("key" + std::to_string(i)), made[i]);
}

TEST_F(AtomTableTest, FindDoesNotCreate)
{
    size_t before = atoms.size();
    EXPECT_EQ(atoms.find(CodeUnitView(std::string_view("never-interned"))), nullptr);
    EXPECT_EQ(atoms.size(), before);
}

TEST_F(AtomTableTest, RemoveDeadAtomsForgetsWhatDied)
{
    String* keep = atoms.intern_latin1("keep");
    String* drop = atoms.intern_latin1("drop");
    size_t before = atoms.size();
    atoms.remove_dead_atoms([&](String const* atom) { return atom != drop; });
    EXPECT_EQ(atoms.size(), before - 1);
    EXPECT_EQ(atoms.find(CodeUnitView(std::string_view("drop"))), nullptr);
    EXPECT_EQ(atoms.intern_latin1("keep"), keep);
    // Interning the text again makes a new atom (in a tombstoned table).
    String* again = atoms.intern_latin1("drop");
    EXPECT_NE(again, nullptr);
    EXPECT_EQ(atoms.intern_latin1("drop"), again);
}

TEST_F(AtomTableTest, TombstonesDoNotBreakProbing)
{
    std::vector<String*> made;
    for (int i = 0; i < 3000; ++i)
        made.push_back(root(atoms.intern_latin1("t" + std::to_string(i))));
    // Kill every other one, then check that the survivors are all still found.
    atoms.remove_dead_atoms([&](String const* atom) {
        for (size_t i = 0; i < made.size(); i += 2) {
            if (made[i] == atom)
                return false;
        }
        return true;
    });
    for (int i = 0; i < 3000; ++i) {
        String* found = atoms.find(CodeUnitView(std::string_view("t" + std::to_string(i))));
        ASSERT_EQ(found, i % 2 ? made[i] : nullptr) << i;
    }
    for (int i = 3000; i < 9000; ++i)
        atoms.intern_latin1("t" + std::to_string(i));
    for (int i = 1; i < 3000; i += 2)
        ASSERT_EQ(atoms.intern_latin1("t" + std::to_string(i)), made[i]);
}

TEST_F(AtomTableTest, CollectionDropsUnreachableAtomsButNotWellKnownOnes)
{
    // Only the roots count, not words left on the native stack that may still point at the atom.
    heap.set_stack_origin(nullptr);
    atoms.intern_latin1("temporary-atom");
    size_t before = atoms.size();
    heap.collect(gc::CollectionKind::Full);
    EXPECT_EQ(atoms.find(CodeUnitView(std::string_view("temporary-atom"))), nullptr);
    EXPECT_EQ(atoms.size(), before - 1);
    EXPECT_EQ(atoms.intern_latin1("length"), atoms.length);
    EXPECT_EQ(atoms.intern_latin1(""), atoms.empty);
}

}
}
