// Function.prototype: call, apply, bind (bound function exotic objects), toString, @@hasInstance.

#include "builtins_test_support.h"

namespace sable::runtime::test {
namespace {

class FunctionBuiltinsTest : public BuiltinsTest {
};

// Returns [this, ...arguments] as an array.
ThrowCompletionOr<Value> record_call(VM& vm, Arguments const& arguments)
{
    Object* result = MUST(array_create(vm, 0));
    MUST(create_data_property_or_throw(vm, *result, PropertyKey::from_index(0), arguments.this_value));
    for (uint32_t i = 0; i < arguments.size(); ++i)
        MUST(create_data_property_or_throw(vm, *result, PropertyKey::from_index(i + 1), arguments.values[i]));
    return Value::object(result);
}

// A constructor: makes an object from new.target with "args" = the argument count.
ThrowCompletionOr<Value> point_constructor(VM& vm, Arguments const& arguments)
{
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "Point" });
    Object* object = TRY(ordinary_create_from_constructor(vm, *arguments.new_target, &Realm::object_prototype));
    MUST(set(vm, *object, to_property_key(vm.atoms(), CodeUnitView(std::string_view("x"))), arguments.at(0), true));
    MUST(set(vm, *object, to_property_key(vm.atoms(), CodeUnitView(std::string_view("y"))), arguments.at(1), true));
    return Value::object(object);
}

TEST_F(FunctionBuiltinsTest, CallAndApply)
{
    Value f = native(record_call, 2);
    EXPECT_EQ(joined(method(f, "call", { number(1), number(2), number(3) })), "1,2,3");
    EXPECT_EQ(joined(method(f, "apply", { string("t"), array({ number(4), number(5) }) })), "t,4,5");
    EXPECT_EQ(joined(method(f, "apply", { string("t"), Value::undefined() })), "t");
    EXPECT_EQ(method_throws(f, "apply", { string("t"), number(1) }), "TypeError: CreateListFromArrayLike called on non-object");
}

TEST_F(FunctionBuiltinsTest, BindCallsAndNames)
{
    Value f = native(record_call, 3);
    Value bound = method(f, "bind", { string("self"), number(1) });
    EXPECT_EQ(bound.as_object()->kind(), ObjectKind::BoundFunction);
    EXPECT_EQ(joined(call_function(bound, string("ignored"), { number(2) })), "self,1,2");
    EXPECT_EQ(str(get_value(bound.as_object(), "name")), "bound native");
    EXPECT_EQ(num(get_value(bound.as_object(), "length")), 2);
    Value twice = method(bound, "bind", { Value::undefined(), number(9), number(8), number(7) });
    EXPECT_EQ(str(get_value(twice.as_object(), "name")), "bound bound native");
    EXPECT_EQ(num(get_value(twice.as_object(), "length")), 0);
    EXPECT_EQ(joined(call_function(twice, Value::undefined())), "self,1,9,8,7");
    EXPECT_FALSE(is_constructor(bound));
}

TEST_F(FunctionBuiltinsTest, BoundConstructorConstructs)
{
    NativeFunction* point = NativeFunction::create(vm, *realm, point_constructor, vm.atoms().intern_latin1("Point"), 2,
        NativeFunction::Constructor::Yes);
    Object* prototype = new_object();
    MUST(define_property_or_throw(vm, *point, key("prototype"), PropertyDescriptor::data(Value::object(prototype), true, false, false)));
    Value bound = method(Value::object(point), "bind", { Value::null(), number(10) });
    EXPECT_TRUE(is_constructor(bound));
    Value made = construct_with(bound, { number(20) });
    EXPECT_EQ(num(get_value(made.as_object(), "x")), 10);
    EXPECT_EQ(num(get_value(made.as_object(), "y")), 20);
    // new.target was the bound function, so it became the target: the prototype is Point's.
    EXPECT_EQ(made.as_object()->prototype(), prototype);
    // instanceof sees through the bound function.
    EXPECT_TRUE(MUST(instanceof_operator(vm, made, bound)));
}

TEST_F(FunctionBuiltinsTest, ToStringAndHasInstance)
{
    EXPECT_EQ(str(method(global("Array"), "toString")), "function Array() { [native code] }");
    EXPECT_EQ(str(method(path("Array.prototype.push"), "toString")), "function push() { [native code] }");
    Value bound = method(global("Array"), "bind");
    EXPECT_EQ(str(method(bound, "toString")), "function () { [native code] }");
    EXPECT_TRUE(call(vm, path("Function.prototype.toString"), Value::object(new_object()), {}).is_throw());
    EXPECT_EQ(take_type_error(), "Function.prototype.toString requires that 'this' be a Function");
}

TEST_F(FunctionBuiltinsTest, FunctionPrototypeProperties)
{
    Object* function_prototype = realm->function_prototype();
    EXPECT_EQ(num(get_value(function_prototype, "length")), 0);
    EXPECT_EQ(str(get_value(function_prototype, "name")), "");
    EXPECT_TRUE(call_function(Value::object(function_prototype), Value::undefined()).is_undefined());
    Value has_instance = MUST(get(vm, *function_prototype, PropertyKey::from_symbol(vm.symbols().has_instance)));
    EXPECT_TRUE(to_boolean(call_function(has_instance, global("Array"), { array({}) })));
    // "caller" and "arguments" throw through %ThrowTypeError%.
    EXPECT_TRUE(get(vm, *function_prototype, key("caller")).is_throw());
    EXPECT_EQ(take_type_error().substr(0, 9), "'caller',");
    EXPECT_FALSE(realm->throw_type_error()->is_extensible());
    // The Function constructor needs the compiler.
    EXPECT_TRUE(call(vm, global("Function"), Value::undefined(), {}).is_throw());
    EXPECT_EQ(take_type_error(), "the Function constructor is not implemented yet");
}

}
}
