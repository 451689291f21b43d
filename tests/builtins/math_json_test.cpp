// Math and JSON.

#include "builtins_test_support.h"

#include <cmath>

namespace sable::runtime::test {
namespace {

class MathJsonTest : public BuiltinsTest {
protected:
    double math(std::string_view name, std::initializer_list<Value> arguments) { return num(method(global("Math"), name, arguments)); }
    std::string stringify(std::initializer_list<Value> arguments) { return str(method(global("JSON"), "stringify", arguments)); }
    Value parse(std::string_view text) { return method(global("JSON"), "parse", { string(text) }); }
};

TEST_F(MathJsonTest, MathFunctions)
{
    EXPECT_EQ(math("abs", { number(-3) }), 3);
    EXPECT_EQ(math("max", { number(1), number(3), number(2) }), 3);
    EXPECT_EQ(math("max", {}), -INFINITY);
    EXPECT_TRUE(std::isnan(math("min", { number(1), Value::raw_double(std::nan("")) })));
    EXPECT_TRUE(std::signbit(math("min", { number(0), Value::raw_double(-0.0) })));
    EXPECT_FALSE(std::signbit(math("max", { Value::raw_double(-0.0), number(0) })));
    EXPECT_EQ(math("round", { number(2.5) }), 3);
    EXPECT_EQ(math("round", { number(-2.5) }), -2);
    EXPECT_TRUE(std::signbit(math("round", { number(-0.2) })));
    EXPECT_EQ(math("round", { number(0.49999999999999994) }), 0);
    EXPECT_EQ(math("sign", { number(-5) }), -1);
    EXPECT_EQ(math("clz32", { number(1) }), 31);
    EXPECT_EQ(math("imul", { number(0xffffffff), number(5) }), -5);
    EXPECT_EQ(math("hypot", { number(3), number(4) }), 5);
    EXPECT_EQ(math("hypot", { Value::raw_double(std::nan("")), Value::raw_double(INFINITY) }), INFINITY);
    EXPECT_EQ(math("fround", { number(5.5) }), 5.5);
    EXPECT_EQ(math("fround", { number(5.05) }), double(5.05f));
    EXPECT_TRUE(std::isnan(math("pow", { number(1), Value::raw_double(INFINITY) })));
    EXPECT_EQ(math("trunc", { number(-4.7) }), -4);
    EXPECT_EQ(math("cbrt", { number(27) }), 3);
    EXPECT_EQ(num(path("Math.PI")), 3.141592653589793);
    for (int i = 0; i < 100; ++i) {
        double r = math("random", {});
        EXPECT_GE(r, 0);
        EXPECT_LT(r, 1);
    }
    EXPECT_NE(math("random", {}), math("random", {}));
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), global("Math"))), "[object Math]");
}

TEST_F(MathJsonTest, JsonParse)
{
    Value value = parse(R"( {"a": [1, 2.5e1, -0, true, null, "x\u0041\n"], "b": {}, "a2": "\ud83d\ude00"} )");
    ASSERT_TRUE(value.is_object());
    Value a = get_value(value.as_object(), "a");
    EXPECT_EQ(num(get_value(a.as_object(), 1)), 25);
    EXPECT_TRUE(std::signbit(get_value(a.as_object(), 2).as_number()));
    EXPECT_EQ(utf8(get_value(a.as_object(), 5)), "xA\n");
    EXPECT_EQ(utf8(get_value(value.as_object(), "a2")), "\xF0\x9F\x98\x80");
    EXPECT_EQ(joined(method(global("Object"), "keys", { value })), "a,b,a2");
    // V8's messages, which Node programs see.
    EXPECT_EQ(method_throws(global("JSON"), "parse", { string("{\"a\":1,}") }), "SyntaxError: Expected double-quoted property name in JSON at position 7");
    EXPECT_EQ(method_throws(global("JSON"), "parse", { string("[1") }), "SyntaxError: Expected ',' or ']' after array element in JSON at position 2");
    EXPECT_EQ(method_throws(global("JSON"), "parse", { string("01") }), "SyntaxError: Unexpected number in JSON at position 1");
    // A reviver sees values bottom-up and can drop them.
    Value reviver = native([](VM&, Arguments const& arguments) -> ThrowCompletionOr<Value> {
        if (arguments.at(1).is_number())
            return arguments.at(1).as_number() == 2 ? Value::undefined() : Value::number(arguments.at(1).as_number() * 10);
        return arguments.at(1);
    }, 2);
    Value revived = method(global("JSON"), "parse", { string(R"({"x":1,"y":2,"z":[3]})"), reviver });
    EXPECT_EQ(joined(method(global("Object"), "keys", { revived })), "x,z");
    EXPECT_EQ(num(get_value(revived.as_object(), "x")), 10);
}

TEST_F(MathJsonTest, JsonStringify)
{
    Value value = parse(R"({"a":[1,"two",null,true],"b":{"c":"q\"\n"}})");
    EXPECT_EQ(stringify({ value }), R"({"a":[1,"two",null,true],"b":{"c":"q\"\n"}})");
    EXPECT_EQ(stringify({ value, Value::null(), number(2) }), "{\n  \"a\": [\n    1,\n    \"two\",\n    null,\n    true\n  ],\n  \"b\": {\n    \"c\": \"q\\\"\\n\"\n  }\n}");
    EXPECT_EQ(stringify({ parse("{}"), Value::null(), string("--") }), "{}");
    EXPECT_EQ(stringify({ number(1.5) }), "1.5");
    EXPECT_EQ(stringify({ Value::raw_double(INFINITY) }), "null");
    EXPECT_EQ(stringify({ string("\x01") }), "\"\\u0001\"");
    EXPECT_TRUE(method(global("JSON"), "stringify", { Value::undefined() }).is_undefined());
    EXPECT_TRUE(method(global("JSON"), "stringify", { global("Object") }).is_undefined());
    // undefined and functions are left out of objects, null in arrays.
    Object* object = new_object();
    MUST(set(vm, *object, key("u"), Value::undefined(), true));
    MUST(set(vm, *object, key("f"), global("Object"), true));
    MUST(set(vm, *object, key("n"), construct_with(global("Number"), { number(3) }), true));
    EXPECT_EQ(stringify({ Value::object(object) }), R"({"n":3})");
    EXPECT_EQ(stringify({ array({ Value::undefined(), global("Object") }) }), "[null,null]");
    // A replacer array picks and orders keys.
    EXPECT_EQ(stringify({ value, array({ string("b"), string("c") }) }), R"({"b":{"c":"q\"\n"}})");
    // toJSON.
    Object* with_to_json = new_object();
    MUST(set(vm, *with_to_json, key("toJSON"), native([](VM&, Arguments const& arguments) -> ThrowCompletionOr<Value> { return arguments.at(0); }, 1), true));
    EXPECT_EQ(stringify({ array({ Value::object(with_to_json) }) }), R"(["0"])");
    // Cycles throw.
    MUST(set(vm, *object, key("self"), Value::object(object), true));
    EXPECT_EQ(method_throws(global("JSON"), "stringify", { Value::object(object) }), "TypeError: Converting circular structure to JSON");
}

}
}
