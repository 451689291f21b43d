// The Object constructor and Object.prototype (runtime/builtins/object/).

#include "builtins_test_support.h"

namespace sable::runtime::test {
namespace {

class ObjectBuiltinsTest : public BuiltinsTest {
protected:
    Value object_static(std::string_view name, std::initializer_list<Value> arguments) { return method(global("Object"), name, arguments); }
};

TEST_F(ObjectBuiltinsTest, KeysFollowPropertyOrder)
{
    Object* object = new_object();
    for (std::string_view name : { "b", "2", "a", "1" })
        MUST(set(vm, *object, key(name), Value::int32(1), true));
    MUST(set(vm, *object, PropertyKey::from_symbol(vm.symbols().iterator), Value::int32(1), true));
    // Integer indices ascending, then strings in creation order; symbols are left out.
    EXPECT_EQ(joined(object_static("keys", { Value::object(object) })), "1,2,b,a");
    EXPECT_EQ(joined(object_static("values", { Value::object(object) })), "1,1,1,1");
    EXPECT_EQ(joined(object_static("entries", { Value::object(object) })), "1,1,2,1,b,1,a,1");
    EXPECT_EQ(num(get_value(object_static("getOwnPropertySymbols", { Value::object(object) }).as_object(), "length")), 1);
    EXPECT_EQ(joined(object_static("getOwnPropertyNames", { array({ number(5) }) })), "0,length");
}

TEST_F(ObjectBuiltinsTest, DefinePropertyAndDescriptors)
{
    Object* object = new_object();
    Object* descriptor = new_object();
    MUST(set(vm, *descriptor, key("value"), number(7), true));
    MUST(set(vm, *descriptor, key("enumerable"), Value::boolean(true), true));
    object_static("defineProperty", { Value::object(object), string("x"), Value::object(descriptor) });
    Value result = object_static("getOwnPropertyDescriptor", { Value::object(object), string("x") });
    EXPECT_EQ(num(get_value(result.as_object(), "value")), 7);
    EXPECT_FALSE(to_boolean(get_value(result.as_object(), "writable")));
    EXPECT_TRUE(to_boolean(get_value(result.as_object(), "enumerable")));
    EXPECT_FALSE(to_boolean(get_value(result.as_object(), "configurable")));
    // Redefining a non-configurable property throws.
    MUST(set(vm, *descriptor, key("value"), number(8), true));
    EXPECT_EQ(method_throws(global("Object"), "defineProperty", { Value::object(object), string("x"), Value::object(descriptor) }),
        "TypeError: Cannot redefine property: x");
    // Accessor and value together is invalid.
    Object* bad = new_object();
    MUST(set(vm, *bad, key("get"), global("Object"), true));
    MUST(set(vm, *bad, key("value"), number(1), true));
    EXPECT_EQ(method_throws(global("Object"), "defineProperty", { Value::object(object), string("y"), Value::object(bad) }),
        "TypeError: Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
    Value all = object_static("getOwnPropertyDescriptors", { Value::object(object) });
    EXPECT_TRUE(get_value(all.as_object(), "x").is_object());
}

TEST_F(ObjectBuiltinsTest, CreateAssignAndPrototypes)
{
    Value prototype = Value::object(new_object());
    Value created = object_static("create", { prototype });
    EXPECT_EQ(object_static("getPrototypeOf", { created }), prototype);
    Value null_created = object_static("create", { Value::null() });
    EXPECT_TRUE(object_static("getPrototypeOf", { null_created }).is_null());
    Object* source = new_object();
    MUST(set(vm, *source, key("a"), number(1), true));
    Value target = Value::object(new_object());
    EXPECT_EQ(object_static("assign", { target, Value::null(), Value::object(source), string("xy") }), target);
    EXPECT_EQ(joined(object_static("keys", { target })), "0,1,a");
    EXPECT_TRUE(to_boolean(method(prototype, "isPrototypeOf", { created })));
    object_static("setPrototypeOf", { created, Value::null() });
    EXPECT_TRUE(object_static("getPrototypeOf", { created }).is_null());
    EXPECT_TRUE(to_boolean(object_static("is", { Value::raw_double(std::nan("")), Value::raw_double(std::nan("")) })));
    EXPECT_FALSE(to_boolean(object_static("is", { number(0), Value::raw_double(-0.0) })));
    // __proto__ accessor.
    EXPECT_EQ(get_value(MUST(to_object(vm, target)), "__proto__"), Value::object(realm->object_prototype()));
}

TEST_F(ObjectBuiltinsTest, FreezeSealPreventExtensions)
{
    Value object = Value::object(new_object());
    MUST(set(vm, *object.as_object(), key("a"), number(1), true));
    EXPECT_FALSE(to_boolean(object_static("isFrozen", { object })));
    object_static("freeze", { object });
    EXPECT_TRUE(to_boolean(object_static("isFrozen", { object })));
    EXPECT_TRUE(to_boolean(object_static("isSealed", { object })));
    EXPECT_FALSE(to_boolean(object_static("isExtensible", { object })));
    EXPECT_TRUE(set(vm, *object.as_object(), key("a"), number(2), true).is_throw());
    vm.take_pending_exception();
    EXPECT_TRUE(to_boolean(object_static("isFrozen", { number(1) })));
}

TEST_F(ObjectBuiltinsTest, FromEntriesUsesIteration)
{
    Value entries = array({ array({ string("x"), number(1) }), array({ string("y"), number(2) }) });
    Value object = object_static("fromEntries", { entries });
    EXPECT_EQ(joined(object_static("keys", { object })), "x,y");
    EXPECT_EQ(num(get_value(object.as_object(), "y")), 2);
    EXPECT_EQ(method_throws(global("Object"), "fromEntries", { number(1) }), "TypeError: 1 is not iterable");
}

TEST_F(ObjectBuiltinsTest, PrototypeToStringAndFriends)
{
    Value to_string_function = path("Object.prototype.toString");
    EXPECT_EQ(str(call_function(to_string_function, Value::undefined())), "[object Undefined]");
    EXPECT_EQ(str(call_function(to_string_function, Value::null())), "[object Null]");
    EXPECT_EQ(str(call_function(to_string_function, array({}))), "[object Array]");
    EXPECT_EQ(str(call_function(to_string_function, global("Object"))), "[object Function]");
    EXPECT_EQ(str(call_function(to_string_function, number(1))), "[object Number]");
    EXPECT_EQ(str(call_function(to_string_function, path("Promise.prototype"))), "[object Promise]");
    EXPECT_EQ(str(call_function(to_string_function, global("Reflect"))), "[object Reflect]");
    Value object = Value::object(new_object());
    MUST(set(vm, *object.as_object(), key("a"), number(1), true));
    EXPECT_TRUE(to_boolean(method(object, "hasOwnProperty", { string("a") })));
    EXPECT_FALSE(to_boolean(method(object, "hasOwnProperty", { string("toString") })));
    EXPECT_TRUE(to_boolean(method(object, "propertyIsEnumerable", { string("a") })));
    EXPECT_EQ(method(object, "valueOf"), object);
    EXPECT_EQ(str(method(object, "toLocaleString")), "[object Object]");
    Value getter = native([](VM&, Arguments const&) -> ThrowCompletionOr<Value> { return Value::int32(9); });
    method(object, "__defineGetter__", { string("g"), getter });
    EXPECT_EQ(num(get_value(object.as_object(), "g")), 9);
    EXPECT_EQ(method(object, "__lookupGetter__", { string("g") }), getter);
}

TEST_F(ObjectBuiltinsTest, ObjectConstructor)
{
    Value made = call_function(global("Object"), Value::undefined(), { Value::null() });
    EXPECT_EQ(made.as_object()->prototype(), realm->object_prototype());
    Value wrapped = call_function(global("Object"), Value::undefined(), { string("s") });
    EXPECT_EQ(wrapped.as_object()->kind(), ObjectKind::StringObject);
    Value constructed = construct_with(global("Object"));
    EXPECT_TRUE(constructed.is_object());
    EXPECT_EQ(num(get_value(global("Object").as_object(), "length")), 1);
}

}
}
