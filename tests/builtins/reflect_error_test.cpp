// Reflect, the Error constructors and Error.prototype.toString.

#include "builtins_test_support.h"

namespace sable::runtime::test {
namespace {

class ReflectErrorTest : public BuiltinsTest {
};

TEST_F(ReflectErrorTest, ReflectMethods)
{
    Value reflect = global("Reflect");
    Value object = Value::object(new_object());
    EXPECT_TRUE(to_boolean(method(reflect, "set", { object, string("a"), number(1) })));
    EXPECT_EQ(num(method(reflect, "get", { object, string("a") })), 1);
    EXPECT_TRUE(to_boolean(method(reflect, "has", { object, string("toString") })));
    EXPECT_EQ(joined(method(reflect, "ownKeys", { array({ number(1) }) })), "0,length");
    EXPECT_TRUE(to_boolean(method(reflect, "deleteProperty", { object, string("a") })));
    EXPECT_FALSE(to_boolean(method(reflect, "has", { object, string("a") })));
    EXPECT_TRUE(to_boolean(method(reflect, "preventExtensions", { object })));
    EXPECT_FALSE(to_boolean(method(reflect, "isExtensible", { object })));
    EXPECT_FALSE(to_boolean(method(reflect, "set", { object, string("b"), number(1) })));
    EXPECT_FALSE(to_boolean(method(reflect, "setPrototypeOf", { object, Value::null() })));
    EXPECT_EQ(method(reflect, "getPrototypeOf", { object }), Value::object(realm->object_prototype()));
    EXPECT_EQ(method_throws(reflect, "get", { number(1), string("a") }), "TypeError: Reflect.get called on non-object");
    EXPECT_EQ(num(method(reflect, "apply", { global("parseInt"), Value::undefined(), array({ string("12") }) })), 12);
    Value made = method(reflect, "construct", { global("Array"), array({ number(1), number(2) }) });
    EXPECT_EQ(joined(made), "1,2");
    // newTarget decides the prototype.
    Value with_target = method(reflect, "construct", { global("Array"), array({}), global("Object") });
    EXPECT_EQ(with_target.as_object()->prototype(), realm->object_prototype());
    Object* descriptor = new_object();
    MUST(set(vm, *descriptor, key("value"), number(3), true));
    Value fresh = Value::object(new_object());
    EXPECT_TRUE(to_boolean(method(reflect, "defineProperty", { fresh, string("c"), Value::object(descriptor) })));
    Value read = method(reflect, "getOwnPropertyDescriptor", { fresh, string("c") });
    EXPECT_EQ(num(get_value(read.as_object(), "value")), 3);
}

TEST_F(ReflectErrorTest, ErrorConstructors)
{
    Value error = call_function(global("TypeError"), Value::undefined(), { string("bad") });
    EXPECT_EQ(error.as_object()->kind(), ObjectKind::Error);
    EXPECT_EQ(error.as_object()->prototype(), realm->type_error_prototype());
    EXPECT_EQ(str(error), "TypeError: bad");
    Object* options = new_object();
    MUST(set(vm, *options, key("cause"), number(42), true));
    Value with_cause = construct_with(global("Error"), { string("m"), Value::object(options) });
    EXPECT_EQ(num(get_value(with_cause.as_object(), "cause")), 42);
    Value no_message = construct_with(global("RangeError"));
    EXPECT_FALSE(MUST(has_own_property(vm, *no_message.as_object(), key("message"))));
    EXPECT_EQ(str(no_message), "RangeError");
    EXPECT_EQ(MUST(global("TypeError").as_object()->internal_get_prototype_of(vm)), global("Error").as_object());
    Value aggregate = construct_with(global("AggregateError"), { array({ number(1), number(2) }), string("many") });
    EXPECT_EQ(joined(get_value(aggregate.as_object(), "errors")), "1,2");
    EXPECT_EQ(str(aggregate), "AggregateError: many");
    // Error.prototype.toString on a plain object.
    Object* plain = new_object();
    MUST(set(vm, *plain, key("name"), string(""), true));
    MUST(set(vm, *plain, key("message"), string("only message"), true));
    EXPECT_EQ(str(call_function(path("Error.prototype.toString"), Value::object(plain))), "only message");
    // Every constructed error gets its "stack" (VM::on_error_created); captureStackTrace gives
    // any object one.
    Value syntax_error = construct_with(global("SyntaxError"), { string("x") });
    EXPECT_EQ(str(get_value(syntax_error.as_object(), "stack")).substr(0, 14), "SyntaxError: x");
    Object* target = new_object();
    method(global("Error"), "captureStackTrace", { Value::object(target) });
    EXPECT_EQ(str(get_value(target, "stack")).substr(0, 5), "Error");
    EXPECT_FALSE(target->find_own_property(key("stack"))->attributes.is_enumerable());
    EXPECT_EQ(num(path("Error.stackTraceLimit")), 10);
}

}
}

namespace sable::runtime::test {
namespace {

class RealmsTest : public BuiltinsTest {
};

TEST_F(RealmsTest, EachRealmHasItsOwnIntrinsicsAndFunctionsRunInTheirRealm)
{
    Realm* other = root(Realm::create(vm));
    EXPECT_NE(other->array_prototype(), realm->array_prototype());
    EXPECT_NE(other->object_constructor(), realm->object_constructor());
    EXPECT_EQ(vm.symbols().iterator, vm.symbols().iterator) << "well-known symbols are shared";
    // A built-in of the other realm makes objects of the other realm, whatever the caller's realm.
    Value other_array_of = MUST(get(vm, *other->array_constructor(), key("of")));
    Value made = call_function(other_array_of, Value::undefined(), { number(1) });
    EXPECT_EQ(made.as_object()->prototype(), other->array_prototype());
    EXPECT_EQ(&vm.current_realm(), realm) << "the caller's realm is restored";
    // Errors thrown inside come from the callee's realm.
    Value other_parse = MUST(get(vm, *other->json(), key("parse")));
    EXPECT_TRUE(call(vm, other_parse, Value::undefined(), std::vector<Value> { string("{") }).is_throw());
    EXPECT_EQ(vm.pending_exception().as_object()->prototype(), other->syntax_error_prototype());
    vm.take_pending_exception();
    // ArraySpeciesCreate: an Array from another realm whose constructor is that realm's %Array%
    // makes arrays of the current realm.
    Value mapped = call_function(path("Array.prototype.map"), made, { global("Number") });
    EXPECT_EQ(mapped.as_object()->prototype(), realm->array_prototype());
}

}
}
