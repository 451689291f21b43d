// Symbols: descriptions, SymbolDescriptiveString, the well-known symbols, Symbol.for and
// Symbol.keyFor.
#include "tests/runtime/runtime_test_support.h"

#include "runtime/atom_table.h"
#include "runtime/symbol.h"
#include "runtime/symbol_registry.h"

namespace sable::runtime::test {
namespace {

class SymbolTest : public HeapTest {
protected:
    AtomTable atoms { heap };
    SymbolRegistry registry { heap, atoms };
};

TEST_F(SymbolTest, Description)
{
    Symbol* with = Symbol::create(heap, Value::string(latin1("desc")));
    ASSERT_TRUE(with->description().is_string());
    EXPECT_EQ(units(with->description().as_string()), u"desc");
    EXPECT_FALSE(with->is_registered());
    EXPECT_FALSE(with->is_well_known());

    Symbol* without = Symbol::create(heap, Value::undefined());
    EXPECT_TRUE(without->description().is_undefined());
    EXPECT_NE(with, without);
}

TEST_F(SymbolTest, DescriptiveString)
{
    EXPECT_EQ(units(Symbol::create(heap, Value::string(latin1("foo")))->descriptive_string(heap).value()),
        u"Symbol(foo)");
    EXPECT_EQ(units(Symbol::create(heap, Value::undefined())->descriptive_string(heap).value()), u"Symbol()");
    EXPECT_EQ(units(Symbol::create(heap, Value::string(latin1("")))->descriptive_string(heap).value()), u"Symbol()");
    String* wide = utf16(u"\u2603");
    String* descriptive = Symbol::create(heap, Value::string(wide))->descriptive_string(heap).value();
    EXPECT_FALSE(descriptive->is_one_byte());
    EXPECT_EQ(units(descriptive), u"Symbol(\u2603)");
    String* rope = concat(latin1("a rope of "), latin1("some length"));
    EXPECT_EQ(units(Symbol::create(heap, Value::string(rope))->descriptive_string(heap).value()),
        u"Symbol(a rope of some length)");
}

TEST_F(SymbolTest, WellKnownSymbols)
{
    ASSERT_NE(registry.iterator, nullptr);
    EXPECT_TRUE(registry.iterator->is_well_known());
    EXPECT_FALSE(registry.iterator->is_registered());
    EXPECT_EQ(units(registry.iterator->description().as_string()), u"Symbol.iterator");
    EXPECT_EQ(units(registry.async_iterator->description().as_string()), u"Symbol.asyncIterator");
    EXPECT_EQ(units(registry.to_primitive->description().as_string()), u"Symbol.toPrimitive");
    EXPECT_EQ(units(registry.async_dispose->description().as_string()), u"Symbol.asyncDispose");
    EXPECT_NE(registry.iterator, registry.async_iterator);
    // Well-known symbols are not in the registry.
    EXPECT_TRUE(SymbolRegistry::key_for_symbol(registry.iterator).is_undefined());
    EXPECT_NE(registry.symbol_for(latin1("Symbol.iterator")), registry.iterator);
}

TEST_F(SymbolTest, AllFifteenWellKnownSymbolsAreDistinct)
{
    std::vector<Symbol*> all;
#define WELL_KNOWN_SYMBOL(member, description) all.push_back(registry.member);
#include "runtime/well_known_symbols.def"
    EXPECT_EQ(all.size(), 15u);
    std::sort(all.begin(), all.end());
    EXPECT_EQ(std::adjacent_find(all.begin(), all.end()), all.end());
}

TEST_F(SymbolTest, SymbolForReturnsOneSymbolPerKey)
{
    Symbol* app = registry.symbol_for(latin1("app"));
    EXPECT_TRUE(app->is_registered());
    EXPECT_EQ(registry.symbol_for(latin1("app")), app);
    EXPECT_EQ(registry.symbol_for(utf16(u"app")), app);
    EXPECT_NE(registry.symbol_for(latin1("other")), app);
    EXPECT_EQ(registry.registered_count(), 2u);
    String* rope = concat(latin1("a registry key"), latin1(" built by a rope"));
    EXPECT_EQ(registry.symbol_for(rope), registry.symbol_for(latin1("a registry key built by a rope")));
}

TEST_F(SymbolTest, KeyFor)
{
    Symbol* app = registry.symbol_for(latin1("app"));
    Value key = SymbolRegistry::key_for_symbol(app);
    ASSERT_TRUE(key.is_string());
    EXPECT_EQ(units(key.as_string()), u"app");
    EXPECT_TRUE(SymbolRegistry::key_for_symbol(Symbol::create(heap, Value::string(latin1("app")))).is_undefined());
}

TEST_F(SymbolTest, RegistryKeepsItsSymbolsAndKeysAlive)
{
    Symbol* app = registry.symbol_for(latin1("registered-key"));
    // Only the roots count, not the native stack (which holds `app`).
    heap.set_stack_origin(nullptr);
    heap.collect(gc::CollectionKind::Full);
    EXPECT_TRUE(heap.is_marked(app));
    EXPECT_TRUE(heap.is_marked(app->description().as_string()));
    EXPECT_TRUE(heap.is_marked(registry.species));
    EXPECT_TRUE(heap.is_marked(registry.species->description().as_string()));
    EXPECT_EQ(registry.symbol_for(latin1("registered-key")), app);
}

TEST_F(SymbolTest, VisitChildrenReportsTheDescription)
{
    class Recorder final : public gc::Visitor {
    public:
        void visit(gc::Cell*) override { }
        void visit_value_bits(uint64_t bits) override { values.push_back(bits); }
        std::vector<uint64_t> values;
    } recorder;
    String* description = latin1("d");
    Symbol::visit_children(Symbol::create(heap, Value::string(description)), recorder);
    EXPECT_EQ(recorder.values, (std::vector<uint64_t> { Value::string(description).bits() }));
}

}
}
