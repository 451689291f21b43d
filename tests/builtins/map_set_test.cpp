// Map, Set, their iterators, Map.groupBy and Object.groupBy.

#include "builtins_test_support.h"
#include "runtime/iteration.h"

#include <cmath>

namespace sable::runtime::test {
namespace {

class MapSetTest : public BuiltinsTest {
protected:
    // The values an iterator yields, joined with ",".
    std::string drain(Value iterator)
    {
        std::string text;
        for (int guard = 0; guard < 1000; ++guard) {
            Value result = method(iterator, "next");
            if (to_boolean(get_value(result.as_object(), "done")))
                break;
            if (!text.empty())
                text += ",";
            text += str(get_value(result.as_object(), "value"));
        }
        return text;
    }
};

ThrowCompletionOr<Value> parity(VM&, Arguments const& arguments)
{
    return Value::int32(int32_t(arguments.at(0).as_number()) % 2);
}

TEST_F(MapSetTest, MapBasics)
{
    Value map = construct_with(global("Map"), { array({ array({ string("a"), number(1) }), array({ number(-0.0), string("zero") }) }) });
    EXPECT_EQ(num(get_value(map.as_object(), "size")), 2);
    EXPECT_EQ(num(method(map, "get", { string("a") })), 1);
    EXPECT_EQ(str(method(map, "get", { number(0) })), "zero") << "-0 and +0 are one key";
    Value nan = Value::raw_double(std::nan(""));
    method(map, "set", { nan, string("nan") });
    EXPECT_EQ(str(method(map, "get", { nan })), "nan");
    Object* object_key = new_object();
    method(map, "set", { Value::object(object_key), string("obj") });
    EXPECT_TRUE(to_boolean(method(map, "has", { Value::object(object_key) })));
    EXPECT_FALSE(to_boolean(method(map, "has", { Value::object(new_object()) })));
    EXPECT_EQ(method(map, "set", { string("a"), number(2) }), map);
    EXPECT_EQ(drain(method(map, "keys")), "a,0,NaN,[object Object]");
    EXPECT_TRUE(to_boolean(method(map, "delete", { string("a") })));
    EXPECT_FALSE(to_boolean(method(map, "delete", { string("a") })));
    EXPECT_EQ(drain(method(map, "values")), "zero,nan,obj");
    // Insertion order is kept after re-adding a deleted key.
    method(map, "set", { string("a"), number(3) });
    EXPECT_EQ(drain(method(map, "entries")), "0,zero,NaN,nan,[object Object],obj,a,3");
    EXPECT_TRUE(call(vm, global("Map"), Value::undefined(), {}).is_throw());
    EXPECT_EQ(take_type_error(), "Constructor Map requires 'new'");
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), map)), "[object Map]");
    EXPECT_EQ(MUST(get(vm, *realm->map_prototype(), PropertyKey::from_symbol(vm.symbols().iterator))), path("Map.prototype.entries"));
    method(map, "clear");
    EXPECT_EQ(num(get_value(map.as_object(), "size")), 0);
}

TEST_F(MapSetTest, IteratorsSurviveMutation)
{
    Value map = construct_with(global("Map"));
    for (int i = 0; i < 5; ++i)
        method(map, "set", { number(i), number(i * 10) });
    Value iterator = method(map, "keys");
    EXPECT_EQ(num(get_value(method(iterator, "next").as_object(), "value")), 0);
    method(map, "delete", { number(1) });
    method(map, "set", { number(9), number(90) });
    EXPECT_EQ(drain(iterator), "2,3,4,9");
    // Many entries, many deletions: the index keeps up.
    for (int i = 0; i < 1000; ++i)
        method(map, "set", { number(i), number(i) });
    for (int i = 0; i < 1000; i += 2)
        method(map, "delete", { number(i) });
    EXPECT_EQ(num(get_value(map.as_object(), "size")), 500);
    EXPECT_EQ(num(method(map, "get", { number(999) })), 999);
    EXPECT_TRUE(method(map, "get", { number(998) }).is_undefined());
}

TEST_F(MapSetTest, SetBasics)
{
    Value set = construct_with(global("Set"), { string("hello") });
    EXPECT_EQ(num(get_value(set.as_object(), "size")), 4);
    EXPECT_EQ(drain(method(set, "values")), "h,e,l,o");
    EXPECT_EQ(method(set, "add", { string("h") }), set);
    EXPECT_EQ(num(get_value(set.as_object(), "size")), 4);
    EXPECT_TRUE(to_boolean(method(set, "has", { string("e") })));
    EXPECT_EQ(drain(method(set, "entries")), "h,h,e,e,l,l,o,o");
    EXPECT_EQ(path("Set.prototype.keys"), path("Set.prototype.values"));
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), method(set, "values"))), "[object Set Iterator]");
    EXPECT_EQ(joined(method(global("Array"), "from", { set })), "h,e,l,o");
    EXPECT_TRUE(call(vm, path("Set.prototype.add"), construct_with(global("Map")), {}).is_throw());
    EXPECT_EQ(take_type_error(), "Set.prototype.add requires that 'this' be a Set");
}

TEST_F(MapSetTest, SetAlgebra)
{
    Value a = construct_with(global("Set"), { array({ number(1), number(2), number(3) }) });
    Value b = construct_with(global("Set"), { array({ number(3), number(4) }) });
    EXPECT_EQ(joined(method(global("Array"), "from", { method(a, "union", { b }) })), "1,2,3,4");
    EXPECT_EQ(joined(method(global("Array"), "from", { method(a, "intersection", { b }) })), "3");
    EXPECT_EQ(joined(method(global("Array"), "from", { method(a, "difference", { b }) })), "1,2");
    EXPECT_EQ(joined(method(global("Array"), "from", { method(a, "symmetricDifference", { b }) })), "1,2,4");
    EXPECT_FALSE(to_boolean(method(a, "isSubsetOf", { b })));
    EXPECT_TRUE(to_boolean(method(construct_with(global("Set"), { array({ number(3) }) }), "isSubsetOf", { b })));
    EXPECT_TRUE(to_boolean(method(a, "isSupersetOf", { construct_with(global("Set"), { array({ number(1) }) }) })));
    EXPECT_FALSE(to_boolean(method(a, "isDisjointFrom", { b })));
    // A Map is set-like (size, has, keys).
    Value map = construct_with(global("Map"), { array({ array({ number(9), number(0) }) }) });
    EXPECT_EQ(joined(method(global("Array"), "from", { method(a, "union", { map }) })), "1,2,3,9");
    EXPECT_EQ(method_throws(a, "union", { array({}) }), "TypeError: The .size property is NaN");
}

TEST_F(MapSetTest, GroupBy)
{
    Value items = array({ number(1), number(2), number(3), number(4), number(5) });
    Value by_object = method(global("Object"), "groupBy", { items, native(parity, 2) });
    EXPECT_EQ(by_object.as_object()->prototype(), nullptr);
    EXPECT_EQ(joined(get_value(by_object.as_object(), "1")), "1,3,5");
    EXPECT_EQ(joined(get_value(by_object.as_object(), "0")), "2,4");
    Value by_map = method(global("Map"), "groupBy", { items, native(parity, 2) });
    EXPECT_EQ(joined(method(by_map, "get", { number(1) })), "1,3,5");
    EXPECT_EQ(drain(method(by_map, "keys")), "1,0");
}

}
}

namespace sable::runtime::test {
namespace {

class IteratorHelpersTest : public BuiltinsTest {
};

ThrowCompletionOr<Value> double_it(VM&, Arguments const& arguments) { return Value::number(arguments.at(0).as_number() * 2); }
ThrowCompletionOr<Value> odd(VM&, Arguments const& arguments) { return Value::boolean(int(arguments.at(0).as_number()) % 2 == 1); }
ThrowCompletionOr<Value> repeat_twice(VM& vm, Arguments const& arguments)
{
    Value values[] = { arguments.at(0), arguments.at(0) };
    return Value::object(create_array_from_list(vm, values));
}
ThrowCompletionOr<Value> add_up(VM& vm, Arguments const& arguments) { return add(vm, arguments.at(0), arguments.at(1)); }

TEST_F(IteratorHelpersTest, LazyHelpersAndConsumers)
{
    Value numbers = array({ number(1), number(2), number(3), number(4), number(5) });
    auto iterator = [&] { return method(numbers, "values"); };
    EXPECT_EQ(joined(method(method(iterator(), "map", { native(double_it, 1) }), "toArray")), "2,4,6,8,10");
    EXPECT_EQ(joined(method(method(iterator(), "filter", { native(odd, 1) }), "toArray")), "1,3,5");
    EXPECT_EQ(joined(method(method(iterator(), "take", { number(2) }), "toArray")), "1,2");
    EXPECT_EQ(joined(method(method(iterator(), "drop", { number(3) }), "toArray")), "4,5");
    EXPECT_EQ(joined(method(method(iterator(), "flatMap", { native(repeat_twice, 1) }), "toArray")), "1,1,2,2,3,3,4,4,5,5");
    EXPECT_EQ(num(method(iterator(), "reduce", { native(add_up, 2) })), 15);
    EXPECT_TRUE(to_boolean(method(iterator(), "some", { native(odd, 1) })));
    EXPECT_FALSE(to_boolean(method(iterator(), "every", { native(odd, 1) })));
    EXPECT_EQ(num(method(iterator(), "find", { native(odd, 1) })), 1);
    // Chained and lazy: take stops pulling.
    Value chained = method(method(method(iterator(), "map", { native(double_it, 1) }), "filter", { native(odd, 1) }), "take", { number(1) });
    EXPECT_TRUE(to_boolean(get_value(method(chained, "next").as_object(), "done")));
    Value helper = method(iterator(), "map", { native(double_it, 1) });
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), helper)), "[object Iterator Helper]");
    EXPECT_TRUE(to_boolean(get_value(method(helper, "return").as_object(), "done")));
    EXPECT_TRUE(to_boolean(get_value(method(helper, "next").as_object(), "done")));
    EXPECT_EQ(method_throws(iterator(), "take", { number(-1) }), "RangeError: Invalid index: -1");
    EXPECT_EQ(method_throws(iterator(), "map", { number(1) }), "TypeError: The callback is not a function");
}

TEST_F(IteratorHelpersTest, IteratorConstructorAndFrom)
{
    EXPECT_TRUE(call(vm, global("Iterator"), Value::undefined(), {}).is_throw());
    vm.take_pending_exception();
    EXPECT_EQ(path("Iterator.prototype"), Value::object(realm->iterator_prototype()));
    EXPECT_EQ(path("Iterator.prototype.constructor"), global("Iterator"));
    // An array iterator already inherits from Iterator.prototype: from returns it.
    Value array_iterator = method(array({ number(1) }), "values");
    EXPECT_EQ(method(global("Iterator"), "from", { array_iterator }), array_iterator);
    // A string is iterated by code points.
    EXPECT_EQ(joined(method(method(global("Iterator"), "from", { string("ab") }), "toArray")), "a,b");
    // A plain object with next() gets wrapped.
    Object* plain = new_object();
    MUST(set(vm, *plain, key("next"), native([](VM& vm, Arguments const&) -> ThrowCompletionOr<Value> {
        return Value::object(create_iter_result_object(vm, Value::undefined(), true));
    }), true));
    Value wrapped = method(global("Iterator"), "from", { Value::object(plain) });
    EXPECT_NE(wrapped, Value::object(plain));
    EXPECT_EQ(wrapped.as_object()->prototype(), realm->wrap_for_valid_iterator_prototype());
    EXPECT_EQ(joined(method(wrapped, "toArray")), "");
}

}
}

#include "runtime/builtins/weak/weak_collection.h"

#include <cstdio>

namespace sable::runtime::test {
namespace {

class WeakCollectionsTest : public BuiltinsTest {
};

// Makes a WeakMap with one entry whose key is only reachable from the map; returns the map.
// (noinline: the key must not linger in this frame's stack slots.)
[[gnu::noinline]] Object* weak_map_with_garbage_key(BuiltinsTest& test, VM& vm, Value constructor)
{
    Object* map = MUST(construct(vm, *constructor.as_object(), {}));
    for (int i = 0; i < 3; ++i) {
        Object* key = Object::create(vm, nullptr);
        Value arguments[] = { Value::object(key), Value::int32(i) };
        MUST(invoke(vm, Value::object(map), to_property_key(vm.atoms(), CodeUnitView(std::string_view("set"))), arguments));
    }
    (void)test;
    return map;
}

TEST_F(WeakCollectionsTest, WeakMapAndWeakSet)
{
    Value map = construct_with(global("WeakMap"));
    Object* key = root(new_object());
    method(map, "set", { Value::object(key), string("v") });
    EXPECT_EQ(str(method(map, "get", { Value::object(key) })), "v");
    EXPECT_TRUE(to_boolean(method(map, "has", { Value::object(key) })));
    EXPECT_FALSE(to_boolean(method(map, "has", { number(1) })));
    EXPECT_TRUE(method(map, "get", { string("x") }).is_undefined());
    EXPECT_TRUE(call(vm, path("WeakMap.prototype.set"), map, std::vector<Value> { number(1), number(2) }).is_throw());
    vm.take_pending_exception();
    // Registered symbols cannot be held weakly; others can.
    Value registered = method(global("Symbol"), "for", { string("r") });
    EXPECT_TRUE(call(vm, path("WeakMap.prototype.set"), map, std::vector<Value> { registered, number(2) }).is_throw());
    vm.take_pending_exception();
    method(map, "set", { call_function(global("Symbol"), Value::undefined()), number(3) });
    EXPECT_TRUE(to_boolean(method(map, "delete", { Value::object(key) })));
    EXPECT_FALSE(to_boolean(method(map, "has", { Value::object(key) })));
    Value set = construct_with(global("WeakSet"), { array({ Value::object(key) }) });
    EXPECT_TRUE(to_boolean(method(set, "has", { Value::object(key) })));
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), set)), "[object WeakSet]");
}

TEST_F(WeakCollectionsTest, DeadKeysAreDropped)
{
    Object* map = root(weak_map_with_garbage_key(*this, vm, global("WeakMap")));
    Object* kept = root(new_object());
    method(Value::object(map), "set", { Value::object(kept), string("kept") });
    auto& collection = static_cast<WeakCollection&>(*map);
    EXPECT_LE(collection.entry_count(), 4u) << "(under GC stress the garbage keys may already be gone)";
    vm.heap().collect(gc::CollectionKind::Full);
    // The stack scan is conservative: a stale copy of a key can keep it; at most all three.
    EXPECT_LE(collection.entry_count(), 4u);
    EXPECT_GE(collection.entry_count(), 1u);
    EXPECT_EQ(str(method(Value::object(map), "get", { Value::object(kept) })), "kept");
}

}
}
