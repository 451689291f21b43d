// Boolean, Number, String and Symbol (constructors, prototypes, wrappers) and the global
// functions and values.

#include "builtins_test_support.h"

#include <cmath>

namespace sable::runtime::test {
namespace {

class PrimitivesTest : public BuiltinsTest {
protected:
    std::string string_method(std::string_view receiver, std::string_view name, std::initializer_list<Value> arguments = {})
    {
        return str(method(string(receiver), name, arguments));
    }
};

TEST_F(PrimitivesTest, BooleanAndSymbolWrappers)
{
    EXPECT_EQ(call_function(global("Boolean"), Value::undefined(), { string("x") }), Value::boolean(true));
    Value wrapper = construct_with(global("Boolean"), { number(0) });
    EXPECT_EQ(wrapper.as_object()->kind(), ObjectKind::BooleanObject);
    EXPECT_EQ(method(wrapper, "valueOf"), Value::boolean(false));
    EXPECT_EQ(str(method(Value::boolean(true), "toString")), "true");
    EXPECT_EQ(str(method(path("Boolean.prototype"), "toString")), "false") << "Boolean.prototype wraps false";

    Value symbol = call_function(global("Symbol"), Value::undefined(), { string("desc") });
    EXPECT_TRUE(symbol.is_symbol());
    EXPECT_EQ(str(method(symbol, "toString")), "Symbol(desc)");
    EXPECT_EQ(str(get_v(vm, symbol, key("description")).value()), "desc");
    EXPECT_TRUE(construct(vm, *global("Symbol").as_object(), {}).is_throw());
    EXPECT_EQ(take_type_error(), "Symbol is not a constructor");
    Value registered = method(global("Symbol"), "for", { string("app") });
    EXPECT_EQ(method(global("Symbol"), "for", { string("app") }), registered);
    EXPECT_EQ(str(method(global("Symbol"), "keyFor", { registered })), "app");
    EXPECT_TRUE(method(global("Symbol"), "keyFor", { symbol }).is_undefined());
    EXPECT_EQ(path("Symbol.iterator"), Value::symbol(vm.symbols().iterator));
    EXPECT_EQ(path("Symbol.asyncIterator"), Value::symbol(vm.symbols().async_iterator));
    Object* symbol_object = MUST(to_object(vm, symbol));
    EXPECT_EQ(symbol_object->kind(), ObjectKind::SymbolObject);
    EXPECT_EQ(MUST(to_primitive(vm, Value::object(symbol_object))), symbol);
}

TEST_F(PrimitivesTest, NumberConstructorAndStatics)
{
    EXPECT_EQ(num(call_function(global("Number"), Value::undefined(), { string(" 12 ") })), 12);
    EXPECT_EQ(num(call_function(global("Number"), Value::undefined())), 0);
    Value wrapper = construct_with(global("Number"), { number(5) });
    EXPECT_EQ(wrapper.as_object()->kind(), ObjectKind::NumberObject);
    EXPECT_EQ(num(method(wrapper, "valueOf")), 5);
    EXPECT_TRUE(to_boolean(method(global("Number"), "isInteger", { number(5.0) })));
    EXPECT_FALSE(to_boolean(method(global("Number"), "isInteger", { number(5.5) })));
    EXPECT_FALSE(to_boolean(method(global("Number"), "isSafeInteger", { number(9007199254740992.0) })));
    EXPECT_FALSE(to_boolean(method(global("Number"), "isNaN", { string("x") })));
    EXPECT_EQ(num(path("Number.EPSILON")), 2.220446049250313e-16);
    EXPECT_EQ(num(path("Number.MAX_SAFE_INTEGER")), 9007199254740991.0);
    EXPECT_EQ(path("Number.parseInt"), global("parseInt"));
}

TEST_F(PrimitivesTest, NumberPrototypeFormatting)
{
    EXPECT_EQ(str(method(number(255), "toString", { number(16) })), "ff");
    EXPECT_EQ(str(method(number(-255), "toString", { number(2) })), "-11111111");
    EXPECT_EQ(str(method(number(1.005), "toFixed", { number(2) })), "1.00");
    EXPECT_EQ(str(method(number(123.456), "toExponential", { number(2) })), "1.23e+2");
    EXPECT_EQ(str(method(number(123.456), "toPrecision", { number(4) })), "123.5");
    EXPECT_EQ(str(method(number(0.000001), "toPrecision", { number(2) })), "0.0000010");
    EXPECT_EQ(method_throws(number(1), "toString", { number(1) }), "RangeError: toString() radix must be between 2 and 36");
    EXPECT_EQ(method_throws(number(1), "toFixed", { number(101) }), "RangeError: toFixed() argument must be between 0 and 100");
    EXPECT_TRUE(call(vm, path("Number.prototype.valueOf"), string("x"), {}).is_throw());
    EXPECT_EQ(take_type_error(), "Number.prototype.valueOf requires that 'this' be a Number");
}

TEST_F(PrimitivesTest, GlobalFunctionsAndValues)
{
    auto parse_int = [&](Value text, Value radix = Value::undefined()) { return num(call_function(global("parseInt"), Value::undefined(), { text, radix })); };
    EXPECT_EQ(parse_int(string("  42px")), 42);
    EXPECT_EQ(parse_int(string("0x1f")), 31);
    EXPECT_EQ(parse_int(string("-0x1f")), -31);
    EXPECT_EQ(parse_int(string("z"), number(36)), 35);
    EXPECT_TRUE(std::isnan(parse_int(string("12"), number(1))));
    EXPECT_TRUE(std::signbit(parse_int(string("-0"))));
    auto parse_float = [&](Value text) { return num(call_function(global("parseFloat"), Value::undefined(), { text })); };
    EXPECT_EQ(parse_float(string("  3.5e2xyz")), 350);
    EXPECT_EQ(parse_float(string("-.5")), -0.5);
    EXPECT_EQ(parse_float(string("Infinityx")), INFINITY);
    EXPECT_EQ(parse_float(string("1e")), 1);
    EXPECT_TRUE(std::isnan(parse_float(string("e5"))));
    EXPECT_TRUE(to_boolean(call_function(global("isNaN"), Value::undefined(), { string("abc") })));
    EXPECT_FALSE(to_boolean(call_function(global("isFinite"), Value::undefined(), { string("Infinity") })));
    EXPECT_EQ(global("globalThis"), Value::object(realm->global_object()));
    EXPECT_TRUE(global("undefined").is_undefined());
    EXPECT_TRUE(std::isnan(num(global("NaN"))));
    auto nan = realm->global_object()->find_own_property(key("NaN"));
    ASSERT_TRUE(nan.has_value());
    EXPECT_FALSE(nan->attributes.is_writable());
    EXPECT_FALSE(nan->attributes.is_configurable());
}

TEST_F(PrimitivesTest, UriFunctions)
{
    auto global_call = [&](std::string_view name, Value argument) { return call_function(global(name), Value::undefined(), { argument }); };
    EXPECT_EQ(str(global_call("encodeURIComponent", string("a b&c/\xC3\xA9\xF0\x9F\x98\x80"))), "a%20b%26c%2F%C3%A9%F0%9F%98%80");
    EXPECT_EQ(str(global_call("encodeURI", string("http://x/a b?q=1#f"))), "http://x/a%20b?q=1#f");
    EXPECT_EQ(utf8(global_call("decodeURIComponent", string("a%20b%26c%2F%C3%A9%F0%9F%98%80"))), "a b&c/\xC3\xA9\xF0\x9F\x98\x80");
    EXPECT_EQ(str(global_call("decodeURI", string("a%20b%26%2F"))), "a b%26%2F") << "reserved characters stay escaped";
    EXPECT_TRUE(call(vm, global("decodeURIComponent"), Value::undefined(), std::vector<Value> { string("%E0%A4%A") }).is_throw());
    EXPECT_EQ(take_error(realm->uri_error_prototype()), "URI malformed");
    EXPECT_TRUE(call(vm, global("decodeURIComponent"), Value::undefined(), std::vector<Value> { string("%C0%80") }).is_throw());
    EXPECT_EQ(take_error(realm->uri_error_prototype()), "URI malformed") << "overlong form";
    EXPECT_TRUE(call(vm, global("encodeURIComponent"), Value::undefined(), std::vector<Value> { Value::string(String::from_utf16(vm.heap(), u"\xD800")) }).is_throw());
    EXPECT_EQ(take_error(realm->uri_error_prototype()), "URI malformed");
    EXPECT_EQ(str(global_call("escape", string("a b+\xC3\xA9"))), "a%20b+%E9");
    EXPECT_EQ(utf8(global_call("unescape", string("a%20b%u00E9%zz"))), "a b\xC3\xA9%zz");
}

TEST_F(PrimitivesTest, StringConstructor)
{
    EXPECT_EQ(str(call_function(global("String"), Value::undefined(), { number(12) })), "12");
    EXPECT_EQ(str(call_function(global("String"), Value::undefined(), { Value::symbol(vm.symbols().iterator) })), "Symbol(Symbol.iterator)");
    Value wrapper = construct_with(global("String"), { string("hey") });
    EXPECT_EQ(wrapper.as_object()->kind(), ObjectKind::StringObject);
    EXPECT_EQ(num(get_value(wrapper.as_object(), "length")), 3);
    EXPECT_EQ(str(method(global("String"), "fromCharCode", { number(72), number(105) })), "Hi");
    EXPECT_EQ(utf8(method(global("String"), "fromCodePoint", { number(0x1F600) })), "\xF0\x9F\x98\x80");
    EXPECT_EQ(method_throws(global("String"), "fromCodePoint", { number(-1) }), "RangeError: Invalid code point -1");
    Object* strings = new_object();
    MUST(set(vm, *strings, key("raw"), array({ string("a"), string("b"), string("c") }), true));
    EXPECT_EQ(str(method(global("String"), "raw", { Value::object(strings), number(1), number(2) })), "a1b2c");
    // String objects are exotic: index properties are read-only and enumerable.
    EXPECT_FALSE(MUST(wrapper.as_object()->internal_set(vm, PropertyKey::from_index(0), string("x"), wrapper)));
    EXPECT_EQ(str(get_value(wrapper.as_object(), 0)), "h");
}

TEST_F(PrimitivesTest, StringSearching)
{
    EXPECT_EQ(string_method("abcabc", "indexOf", { string("c") }), "2");
    EXPECT_EQ(string_method("abcabc", "indexOf", { string("c"), number(3) }), "5");
    EXPECT_EQ(string_method("abcabc", "lastIndexOf", { string("b") }), "4");
    EXPECT_EQ(string_method("abc", "includes", { string("bc") }), "true");
    EXPECT_EQ(string_method("abc", "startsWith", { string("b"), number(1) }), "true");
    EXPECT_EQ(string_method("abc", "endsWith", { string("b"), number(2) }), "true");
    EXPECT_EQ(string_method("abc", "at", { number(-1) }), "c");
    EXPECT_EQ(string_method("abc", "charAt", { number(1) }), "b");
    EXPECT_EQ(string_method("abc", "charCodeAt", { number(1) }), "98");
    EXPECT_EQ(string_method("abc", "charCodeAt", { number(5) }), "NaN");
    EXPECT_EQ(num(method(string("\xF0\x9F\x98\x80"), "codePointAt", { number(0) })), 0x1F600);
    Object* regexp_like = new_object();
    MUST(set(vm, *regexp_like, PropertyKey::from_symbol(vm.symbols().match), Value::boolean(true), true));
    // match/search delegate to the pattern's @@match/@@search; plain patterns become RegExps.
    Object* matcher = new_object();
    MUST(set(vm, *matcher, PropertyKey::from_symbol(vm.symbols().search), native([](VM&, Arguments const&) -> ThrowCompletionOr<Value> {
        return Value::int32(77);
    }), true));
    EXPECT_EQ(num(method(string("abc"), "search", { Value::object(matcher) })), 77);
    EXPECT_EQ(num(method(string("abc"), "search", { string("c") })), 2);
    EXPECT_EQ(joined(method(string("abcb"), "match", { string("b") })), "b");
    EXPECT_EQ(method_throws(string("abc"), "startsWith", { Value::object(regexp_like) }),
        "TypeError: First argument to String.prototype.startsWith must not be a regular expression");
}

TEST_F(PrimitivesTest, StringSlicing)
{
    EXPECT_EQ(string_method("hello", "slice", { number(1), number(-1) }), "ell");
    EXPECT_EQ(string_method("hello", "substring", { number(4), number(1) }), "ell");
    EXPECT_EQ(string_method("hello", "substr", { number(-3), number(2) }), "ll");
    EXPECT_EQ(string_method("ab", "concat", { number(1), Value::null() }), "ab1null");
    EXPECT_EQ(string_method("ab", "repeat", { number(3) }), "ababab");
    EXPECT_EQ(method_throws(string("ab"), "repeat", { number(-1) }), "RangeError: Invalid count value: -1");
    EXPECT_EQ(string_method("5", "padStart", { number(3), string("0") }), "005");
    EXPECT_EQ(string_method("abc", "padEnd", { number(6), string("12") }), "abc121");
    EXPECT_EQ(string_method(" \t x \n", "trim"), "x");
    EXPECT_EQ(string_method("  x ", "trimStart"), "x ");
    EXPECT_EQ(string_method("  x ", "trimEnd"), "  x");
    EXPECT_EQ(path("String.prototype.trimLeft"), path("String.prototype.trimStart"));
}

TEST_F(PrimitivesTest, StringSplitAndReplace)
{
    EXPECT_EQ(joined(method(string("a,b,,c"), "split", { string(",") })), "a,b,,c");
    EXPECT_EQ(num(get_value(method(string("a,b,,c"), "split", { string(",") }).as_object(), "length")), 4);
    EXPECT_EQ(num(get_value(method(string("a,b,c"), "split", { string(","), number(2) }).as_object(), "length")), 2);
    EXPECT_EQ(num(get_value(method(string("abc"), "split", { string("") }).as_object(), "length")), 3);
    EXPECT_EQ(num(get_value(method(string("abc"), "split").as_object(), "length")), 1);
    EXPECT_EQ(string_method("aXbXc", "replace", { string("X"), string("-") }), "a-bXc");
    EXPECT_EQ(string_method("aXbXc", "replaceAll", { string("X"), string("-") }), "a-b-c");
    EXPECT_EQ(string_method("abc", "replace", { string("b"), string("[$&$`$'$$]") }), "a[bac$]c");
    EXPECT_EQ(string_method("abc", "replaceAll", { string(""), string("_") }), "_a_b_c_");
    Value upper = native([](VM& vm, Arguments const& arguments) -> ThrowCompletionOr<Value> {
        return invoke(vm, arguments.at(0), to_property_key(vm.atoms(), CodeUnitView(std::string_view("toUpperCase"))));
    });
    EXPECT_EQ(string_method("a-b-c", "replaceAll", { string("-"), upper }), "a-b-c");
    EXPECT_EQ(string_method("abc", "replace", { string("b"), upper }), "aBc");
}

TEST_F(PrimitivesTest, StringCaseNormalizeAndIteration)
{
    EXPECT_EQ(string_method("Hello", "toUpperCase"), "HELLO");
    EXPECT_EQ(string_method("Hello", "toLowerCase"), "hello");
    EXPECT_EQ(utf8(method(string("stra\xC3\x9F" "e"), "toUpperCase")), "STRASSE");
    EXPECT_EQ(utf8(method(string("\xC4\xB0"), "toLowerCase")), "i\xCC\x87");
    // "e" + COMBINING ACUTE ACCENT composes to "é" under NFC.
    EXPECT_EQ(utf8(method(string("e\xCC\x81"), "normalize")), "\xC3\xA9");
    EXPECT_EQ(utf8(method(string("\xC3\xA9"), "normalize", { string("NFD") })), "e\xCC\x81");
    EXPECT_EQ(method_throws(string("x"), "normalize", { string("nope") }),
        "RangeError: The normalization form should be one of NFC, NFD, NFKC, NFKD.");
    EXPECT_EQ(num(method(string("a"), "localeCompare", { string("b") })), -1);
    EXPECT_EQ(num(method(string("a"), "localeCompare", { string("B") })), -1) << "collation, not code units";
    EXPECT_EQ(num(method(string("\xC3\xA9"), "localeCompare", { string("e\xCC\x81") })), 0) << "canonically equivalent";
    // @@iterator walks code points.
    Value iterator_method = MUST(get_v(vm, string("a"), PropertyKey::from_symbol(vm.symbols().iterator)));
    Value iterator = call_function(iterator_method, string("x\xF0\x9F\x98\x80y"));
    std::vector<std::string> parts;
    while (true) {
        Value result = method(iterator, "next");
        if (to_boolean(get_value(result.as_object(), "done")))
            break;
        parts.push_back(utf8(get_value(result.as_object(), "value")));
    }
    ASSERT_EQ(parts.size(), 3u);
    EXPECT_EQ(parts[1], "\xF0\x9F\x98\x80");
    EXPECT_EQ(str(call_function(path("Object.prototype.toString"), iterator)), "[object String Iterator]");
}

}
}
