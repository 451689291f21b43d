// The Array constructor, Array.prototype and %ArrayIteratorPrototype%.

#include "builtins_test_support.h"

#include <cmath>

namespace sable::runtime::test {
namespace {

class ArrayBuiltinsTest : public BuiltinsTest {
protected:
    Value numbers(std::initializer_list<double> values)
    {
        Object* result = MUST(array_create(vm, 0));
        uint32_t i = 0;
        for (double value : values)
            MUST(create_data_property_or_throw(vm, *result, PropertyKey::from_index(i++), number(value)));
        return Value::object(result);
    }
    double length_of(Value value) { return num(get_value(value.as_object(), "length")); }
};

// Callbacks.
ThrowCompletionOr<Value> is_even(VM&, Arguments const& arguments) { return Value::boolean(int(arguments.at(0).as_number()) % 2 == 0); }
ThrowCompletionOr<Value> times_ten(VM&, Arguments const& arguments) { return Value::number(arguments.at(0).as_number() * 10); }
ThrowCompletionOr<Value> sum(VM& vm, Arguments const& arguments) { return add(vm, arguments.at(0), arguments.at(1)); }
ThrowCompletionOr<Value> pair(VM& vm, Arguments const& arguments)
{
    Value values[] = { arguments.at(0), arguments.at(0) };
    return Value::object(create_array_from_list(vm, values));
}
// Compares the "k" property of two objects.
ThrowCompletionOr<Value> by_key(VM& vm, Arguments const& arguments)
{
    PropertyKey k = to_property_key(vm.atoms(), CodeUnitView(std::string_view("k")));
    double a = TRY(to_number(vm, TRY(get(vm, *arguments.at(0).as_object(), k))));
    double b = TRY(to_number(vm, TRY(get(vm, *arguments.at(1).as_object(), k))));
    return Value::number(a - b);
}
ThrowCompletionOr<Value> throwing(VM& vm, Arguments const&) { return vm.throw_type_error(ErrorType::NotImplemented, { "comparator" }); }

TEST_F(ArrayBuiltinsTest, Constructor)
{
    Value empty = call_function(global("Array"), Value::undefined(), { number(3) });
    EXPECT_EQ(length_of(empty), 3);
    EXPECT_FALSE(MUST(has_own_property(vm, *empty.as_object(), PropertyKey::from_index(0))));
    EXPECT_EQ(joined(construct_with(global("Array"), { number(1), number(2) })), "1,2");
    EXPECT_EQ(joined(call_function(global("Array"), Value::undefined(), { string("x") })), "x");
    EXPECT_TRUE(call(vm, global("Array"), Value::undefined(), std::vector<Value> { number(-1) }).is_throw());
    EXPECT_EQ(take_range_error(), "Invalid array length");
    EXPECT_TRUE(to_boolean(method(global("Array"), "isArray", { empty })));
    EXPECT_FALSE(to_boolean(method(global("Array"), "isArray", { Value::object(new_object()) })));
    EXPECT_EQ(joined(method(global("Array"), "of", { number(7), number(8) })), "7,8");
    Value species = MUST(get(vm, *global("Array").as_object(), PropertyKey::from_symbol(vm.symbols().species)));
    EXPECT_EQ(species, global("Array"));
}

TEST_F(ArrayBuiltinsTest, FromIterablesAndArrayLikes)
{
    EXPECT_EQ(joined(method(global("Array"), "from", { string("abc") })), "a,b,c");
    EXPECT_EQ(joined(method(global("Array"), "from", { numbers({ 1, 2 }), native(times_ten, 1) })), "10,20");
    Object* array_like = new_object();
    MUST(set(vm, *array_like, key("length"), number(2), true));
    MUST(set(vm, *array_like, key("0"), string("x"), true));
    Value from = method(global("Array"), "from", { Value::object(array_like) });
    EXPECT_EQ(joined(from), "x,");
    EXPECT_EQ(length_of(from), 2);
    // An iterator from keys().
    EXPECT_EQ(joined(method(global("Array"), "from", { method(numbers({ 5, 6, 7 }), "keys") })), "0,1,2");
    EXPECT_EQ(joined(method(global("Array"), "from", { method(numbers({ 5, 6 }), "entries") })), "0,5,1,6");
}

TEST_F(ArrayBuiltinsTest, PushPopShiftUnshiftSplice)
{
    Value a = numbers({ 1, 2, 3 });
    EXPECT_EQ(num(method(a, "push", { number(4), number(5) })), 5);
    EXPECT_EQ(num(method(a, "pop")), 5);
    EXPECT_EQ(num(method(a, "shift")), 1);
    EXPECT_EQ(num(method(a, "unshift", { number(0), number(1) })), 5);
    EXPECT_EQ(joined(a), "0,1,2,3,4");
    Value removed = method(a, "splice", { number(1), number(2), string("x"), string("y"), string("z") });
    EXPECT_EQ(joined(removed), "1,2");
    EXPECT_EQ(joined(a), "0,x,y,z,3,4");
    EXPECT_EQ(joined(method(a, "splice", { number(-2) })), "3,4");
    EXPECT_EQ(joined(a), "0,x,y,z");
    EXPECT_EQ(joined(method(a, "splice", { number(1), number(10) })), "x,y,z");
    EXPECT_EQ(joined(a), "0");
    EXPECT_TRUE(method(numbers({}), "pop").is_undefined());
    // Generic: works on array-likes.
    Object* like = new_object();
    MUST(set(vm, *like, key("length"), number(0), true));
    EXPECT_EQ(num(call_function(path("Array.prototype.push"), Value::object(like), { string("a") })), 1);
    EXPECT_EQ(str(get_value(like, 0)), "a");
    EXPECT_EQ(num(get_value(like, "length")), 1);
}

TEST_F(ArrayBuiltinsTest, SliceConcatJoinReverse)
{
    Value a = numbers({ 1, 2, 3, 4 });
    EXPECT_EQ(joined(method(a, "slice", { number(1), number(-1) })), "2,3");
    EXPECT_EQ(joined(method(a, "slice", { number(-2) })), "3,4");
    EXPECT_EQ(joined(method(a, "concat", { numbers({ 5 }), number(6), array({ numbers({ 7 }) }) })), "1,2,3,4,5,6,7");
    // IsConcatSpreadable: an array-like object with @@isConcatSpreadable spreads.
    Object* spreadable = new_object();
    MUST(set(vm, *spreadable, key("length"), number(1), true));
    MUST(set(vm, *spreadable, key("0"), string("s"), true));
    MUST(set(vm, *spreadable, PropertyKey::from_symbol(vm.symbols().is_concat_spreadable), Value::boolean(true), true));
    EXPECT_EQ(joined(method(numbers({}), "concat", { Value::object(spreadable) })), "s");
    EXPECT_EQ(str(method(array({ number(1), Value::null(), Value::undefined(), string("x") }), "join", { string("-") })), "1---x");
    EXPECT_EQ(str(method(a, "toString")), "1,2,3,4");
    EXPECT_EQ(joined(method(a, "reverse")), "4,3,2,1");
    EXPECT_EQ(joined(method(a, "toReversed")), "1,2,3,4");
    EXPECT_EQ(joined(a), "4,3,2,1");
}

TEST_F(ArrayBuiltinsTest, SearchingAndIterationCallbacks)
{
    Value a = array({ number(1), number(2), Value::raw_double(std::nan("")), number(4) });
    EXPECT_EQ(num(method(a, "indexOf", { number(2) })), 1);
    EXPECT_EQ(num(method(a, "indexOf", { Value::raw_double(std::nan("")) })), -1);
    EXPECT_TRUE(to_boolean(method(a, "includes", { Value::raw_double(std::nan("")) })));
    EXPECT_EQ(num(method(numbers({ 1, 2, 1 }), "lastIndexOf", { number(1) })), 2);
    EXPECT_EQ(num(method(a, "at", { number(-1) })), 4);
    Value b = numbers({ 1, 2, 3, 4 });
    EXPECT_EQ(joined(method(b, "filter", { native(is_even, 1) })), "2,4");
    EXPECT_EQ(joined(method(b, "map", { native(times_ten, 1) })), "10,20,30,40");
    EXPECT_TRUE(to_boolean(method(b, "some", { native(is_even, 1) })));
    EXPECT_FALSE(to_boolean(method(b, "every", { native(is_even, 1) })));
    EXPECT_EQ(num(method(b, "find", { native(is_even, 1) })), 2);
    EXPECT_EQ(num(method(b, "findIndex", { native(is_even, 1) })), 1);
    EXPECT_EQ(num(method(b, "findLast", { native(is_even, 1) })), 4);
    EXPECT_EQ(num(method(b, "findLastIndex", { native(is_even, 1) })), 3);
    EXPECT_EQ(num(method(b, "reduce", { native(sum, 2) })), 10);
    EXPECT_EQ(str(method(b, "reduceRight", { native(sum, 2), string("") })), "4321");
    EXPECT_EQ(method_throws(numbers({}), "reduce", { native(sum, 2) }), "TypeError: Reduce of empty array with no initial value");
    EXPECT_TRUE(method(b, "forEach", { native(is_even, 1) }).is_undefined());
    EXPECT_EQ(method_throws(b, "map", { number(1) }), "TypeError: Array.prototype.map callback is not a function");
}

TEST_F(ArrayBuiltinsTest, SortIsStableAndHandlesHolesAndUndefined)
{
    // Objects with keys that tie: a stable sort keeps their original order.
    // (Items go straight into the array: a std::vector would hide them from the collector.)
    Value a = array({});
    int const keys[] = { 3, 1, 2, 1, 3, 2, 1 };
    for (int i = 0; i < 7; ++i) {
        Object* item = new_object();
        MUST(set(vm, *item, key("k"), number(keys[i]), true));
        MUST(set(vm, *item, key("id"), number(i), true));
        MUST(create_data_property_or_throw(vm, *a.as_object(), PropertyKey::from_index(uint32_t(i)), Value::object(item)));
    }
    method(a, "sort", { native(by_key, 2) });
    std::string ids;
    for (uint32_t i = 0; i < 7; ++i)
        ids += str(get_value(get_value(a.as_object(), i).as_object(), "id"));
    EXPECT_EQ(ids, "1362504");
    // Default order compares strings; undefined sorts last; holes go after it.
    Value mixed = array({ number(10), Value::undefined(), number(9), number(1) });
    MUST(set(vm, *mixed.as_object(), key("length"), number(6), true));
    method(mixed, "sort");
    EXPECT_EQ(joined(mixed), "1,10,9,,,");
    EXPECT_TRUE(get_value(mixed.as_object(), 3).is_undefined());
    EXPECT_FALSE(MUST(has_own_property(vm, *mixed.as_object(), PropertyKey::from_index(4))));
    EXPECT_TRUE(MUST(has_own_property(vm, *mixed.as_object(), PropertyKey::from_index(3))));
    // A throwing comparator propagates.
    EXPECT_EQ(method_throws(numbers({ 2, 1 }), "sort", { native(throwing, 2) }), "TypeError: comparator is not implemented yet");
    EXPECT_EQ(joined(method(numbers({ 3, 1, 2 }), "toSorted")), "1,2,3");
}

TEST_F(ArrayBuiltinsTest, FillCopyWithinFlatWith)
{
    EXPECT_EQ(joined(method(numbers({ 1, 2, 3, 4 }), "fill", { number(0), number(1), number(-1) })), "1,0,0,4");
    EXPECT_EQ(joined(method(numbers({ 1, 2, 3, 4, 5 }), "copyWithin", { number(0), number(3) })), "4,5,3,4,5");
    EXPECT_EQ(joined(method(numbers({ 1, 2, 3, 4, 5 }), "copyWithin", { number(1), number(0), number(3) })), "1,1,2,3,5");
    Value nested = array({ number(1), array({ number(2), array({ number(3) }) }) });
    EXPECT_EQ(length_of(method(nested, "flat")), 3);
    EXPECT_EQ(length_of(method(nested, "flat", { Value::raw_double(INFINITY) })), 3);
    EXPECT_EQ(length_of(method(nested, "flat", { number(0) })), 2);
    EXPECT_EQ(joined(method(numbers({ 1, 2 }), "flatMap", { native(pair, 1) })), "1,1,2,2");
    EXPECT_EQ(joined(method(numbers({ 1, 2 }), "with", { number(-1), number(9) })), "1,9");
    Value original = numbers({ 1, 2, 3, 4 });
    EXPECT_EQ(joined(method(original, "toSpliced", { number(1), number(2), string("x") })), "1,x,4");
    EXPECT_EQ(joined(method(original, "toSpliced", { number(-1) })), "1,2,3");
    EXPECT_EQ(joined(original), "1,2,3,4");
    EXPECT_EQ(method_throws(numbers({ 1 }), "with", { number(1), number(9) }), "RangeError: Invalid index: with");
}

TEST_F(ArrayBuiltinsTest, IteratorsAndUnscopables)
{
    Value a = array({ string("x"), string("y") });
    Value iterator = method(a, "values");
    EXPECT_EQ(iterator.as_object()->prototype(), realm->array_iterator_prototype());
    EXPECT_EQ(realm->array_iterator_prototype()->prototype(), realm->iterator_prototype());
    Value first = method(iterator, "next");
    EXPECT_EQ(str(get_value(first.as_object(), "value")), "x");
    method(iterator, "next");
    Value done = method(iterator, "next");
    EXPECT_TRUE(to_boolean(get_value(done.as_object(), "done")));
    // Once done, it stays done even if the array grows.
    method(a, "push", { string("z") });
    EXPECT_TRUE(to_boolean(get_value(method(iterator, "next").as_object(), "done")));
    EXPECT_EQ(MUST(get(vm, *realm->array_prototype(), PropertyKey::from_symbol(vm.symbols().iterator))), path("Array.prototype.values"));
    // %IteratorPrototype%[@@iterator] returns this.
    Value self = MUST(get(vm, *iterator.as_object(), PropertyKey::from_symbol(vm.symbols().iterator)));
    EXPECT_EQ(call_function(self, iterator), iterator);
    Value unscopables = MUST(get(vm, *realm->array_prototype(), PropertyKey::from_symbol(vm.symbols().unscopables)));
    EXPECT_TRUE(unscopables.as_object()->prototype() == nullptr);
    EXPECT_TRUE(to_boolean(get_value(unscopables.as_object(), "flat")));
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), iterator)), "[object Array Iterator]");
}

}
}
