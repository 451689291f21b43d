#pragma once
// Shared fixtures of the runtime unit tests: HeapTest (a heap built with the runtime's cell table,
// and helpers to make and read strings) and VMTest (a VM with a realm, and helpers for objects,
// property keys and thrown errors).

#include "gc/heap.h"
#include "runtime/atom_table.h"
#include "runtime/cell_traits.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/property_key.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

namespace sable::runtime::test {

// SABLE_GC_STRESS=N in the environment collects every N allocations.
inline gc::HeapOptions heap_options()
{
    gc::HeapOptions options;
    if (char const* stress = std::getenv("SABLE_GC_STRESS"))
        options.stress_interval = static_cast<uint32_t>(std::strtoul(stress, nullptr, 10));
    return options;
}

class HeapTest : public ::testing::Test {
protected:
    HeapTest()
    {
        m_root_provider_id = heap.add_root_provider([this](gc::Visitor& visitor) {
            for (gc::Cell* cell : m_rooted)
                visitor.visit(cell);
        });
    }
    ~HeapTest() override { heap.remove_root_provider(m_root_provider_id); }

    gc::Heap heap { cell_traits(), heap_options() };

    // Keeps a cell alive for the rest of the test. Cells held only in C++ containers (which the
    // collector does not scan, unlike the native stack) must be rooted this way.
    template<typename T>
    T* root(T* cell)
    {
        m_rooted.push_back(cell);
        return cell;
    }

    String* latin1(std::string_view text) { return String::from_latin1(heap, text); }
    String* utf16(std::u16string_view text) { return String::from_utf16(heap, text); }
    String* concat(String* a, String* b) { return String::concat(heap, a, b).value(); }
    std::u16string units(String* string) { return string->to_utf16(heap); }
    std::string utf8(String* string) { return string->to_utf8(heap); }

private:
    std::vector<gc::Cell*> m_rooted;
    uint64_t m_root_provider_id { 0 };
};

// A VM with a realm (its current realm). The native stack is scanned conservatively, so tests
// may keep cells in locals; cells kept in C++ containers or fixture members must be rooted.
class VMTest : public ::testing::Test {
protected:
    explicit VMTest(gc::HeapOptions const& options = heap_options())
        : vm(options)
    {
        m_root_provider_id = vm.heap().add_root_provider([this](gc::Visitor& visitor) {
            for (gc::Cell* cell : m_rooted)
                visitor.visit(cell);
        });
        realm = Realm::create(vm);
    }
    ~VMTest() override { vm.heap().remove_root_provider(m_root_provider_id); }

    VM vm;
    // The VM's current realm, so the VM keeps it alive.
    Realm* realm { nullptr };

    template<typename T>
    T* root(T* cell)
    {
        m_rooted.push_back(cell);
        return cell;
    }

    gc::Heap& heap() { return vm.heap(); }
    PropertyKey key(std::string_view text) { return to_property_key(vm.atoms(), CodeUnitView(text)); }
    Value string(std::string_view text) { return Value::string(String::from_utf8(vm.heap(), text)); }
    std::string utf8(Value value)
    {
        EXPECT_TRUE(value.is_string());
        return value.is_string() ? value.as_string()->to_utf8(vm.heap()) : std::string("<not a string>");
    }
    // An ordinary object whose [[Prototype]] is %Object.prototype%.
    Object* new_object() { return Object::create(vm, realm->object_prototype()); }

    Value get_value(Object* object, std::string_view name) { return MUST(get(vm, *object, key(name))); }
    Value get_value(Object* object, uint32_t index) { return MUST(get(vm, *object, PropertyKey::from_index(index))); }

    // Takes the pending exception, checks that it is an error object whose [[Prototype]] is
    // `prototype`, and returns its own "message".
    std::string take_error(Object* prototype)
    {
        EXPECT_TRUE(vm.has_pending_exception());
        if (!vm.has_pending_exception())
            return "<no exception>";
        Value thrown = vm.take_pending_exception();
        EXPECT_TRUE(thrown.is_object());
        if (!thrown.is_object())
            return "<not an object>";
        Object* error = thrown.as_object();
        EXPECT_EQ(error->kind(), ObjectKind::Error);
        EXPECT_EQ(error->prototype(), prototype);
        auto message = error->find_own_property(PropertyKey::from_atom(vm.atoms().message));
        EXPECT_TRUE(message.has_value());
        if (!message)
            return "<no message>";
        EXPECT_FALSE(message->attributes.is_enumerable());
        return utf8(message->value);
    }
    std::string take_type_error() { return take_error(realm->type_error_prototype()); }
    std::string take_range_error() { return take_error(realm->range_error_prototype()); }

private:
    std::vector<gc::Cell*> m_rooted;
    uint64_t m_root_provider_id { 0 };
};

}
