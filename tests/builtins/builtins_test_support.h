#pragma once
// The fixture of the built-in tests: a VM and realm (VMTest) plus helpers that reach built-ins
// the way JavaScript would, through the global object: `global("Array")`, `path("Array.prototype.push")`,
// `method(value, "push", {args})`, and converters for checking results.

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/native_function.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "tests/runtime/runtime_test_support.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace sable::runtime::test {

class BuiltinsTest : public VMTest {
protected:
    // A property of the global object.
    Value global(std::string_view name) { return get_value(realm->global_object(), name); }

    // "Array.prototype.push": properties read from the global object, one dot at a time.
    Value path(std::string_view dotted)
    {
        Value current = Value::object(realm->global_object());
        while (!dotted.empty()) {
            size_t dot = dotted.find('.');
            std::string_view name = dotted.substr(0, dot);
            EXPECT_TRUE(current.is_object()) << "no object before " << name;
            if (!current.is_object())
                return Value::undefined();
            current = get_value(current.as_object(), name);
            dotted = dot == std::string_view::npos ? std::string_view() : dotted.substr(dot + 1);
        }
        return current;
    }

    // Calls a function; a throw fails the test (and yields undefined).
    Value call_function(Value function, Value this_value, std::initializer_list<Value> arguments = {})
    {
        std::vector<Value> list(arguments);
        auto result = call(vm, function, this_value, list);
        if (result.is_throw()) {
            ADD_FAILURE() << "threw: " << describe_exception();
            return Value::undefined();
        }
        return result.release_value();
    }
    // Invoke(value, name, arguments).
    Value method(Value value, std::string_view name, std::initializer_list<Value> arguments = {})
    {
        std::vector<Value> list(arguments);
        auto result = invoke(vm, value, key(name), list);
        if (result.is_throw()) {
            ADD_FAILURE() << "threw: " << describe_exception();
            return Value::undefined();
        }
        return result.release_value();
    }
    // The same, expecting a throw: returns the error's "name: message".
    std::string method_throws(Value value, std::string_view name, std::initializer_list<Value> arguments = {})
    {
        std::vector<Value> list(arguments);
        auto result = invoke(vm, value, key(name), list);
        if (!result.is_throw()) {
            ADD_FAILURE() << "did not throw";
            return {};
        }
        return describe_exception();
    }
    Value construct_with(Value constructor, std::initializer_list<Value> arguments = {})
    {
        std::vector<Value> list(arguments);
        auto result = construct(vm, *constructor.as_object(), list);
        if (result.is_throw()) {
            ADD_FAILURE() << "threw: " << describe_exception();
            return Value::undefined();
        }
        return Value::object(result.release_value());
    }

    // Takes the pending exception and describes it as "TypeError: message" (ToString of it).
    std::string describe_exception()
    {
        Value thrown = vm.take_pending_exception();
        auto text = to_string(vm, thrown);
        if (text.is_throw()) {
            vm.take_pending_exception();
            return "<unprintable>";
        }
        return text.value()->to_utf8(vm.heap());
    }

    // ToString, as UTF-8.
    std::string str(Value value)
    {
        auto text = to_string(vm, value);
        if (text.is_throw()) {
            ADD_FAILURE() << "ToString threw: " << describe_exception();
            return {};
        }
        return text.value()->to_utf8(vm.heap());
    }
    double num(Value value)
    {
        auto number = to_number(vm, value);
        if (number.is_throw()) {
            ADD_FAILURE() << "ToNumber threw: " << describe_exception();
            return 0;
        }
        return number.value();
    }
    Value number(double d) { return Value::number(d); }

    // An Array of the given values.
    Value array(std::initializer_list<Value> values)
    {
        std::vector<Value> list(values);
        return Value::object(create_array_from_list(vm, list));
    }
    // Array.prototype.join(",") of an array-like, for compact checks.
    std::string joined(Value array_like) { return str(call_function(path("Array.prototype.join"), array_like, { string(",") })); }

    // A native function of this realm (for callbacks).
    Value native(NativeFunctionPointer function, uint32_t length = 0, Value data = Value::undefined())
    {
        NativeFunction* f = NativeFunction::create(vm, *realm, function, vm.atoms().intern_latin1("native"), length);
        f->set_data(vm.heap(), data);
        return Value::object(f);
    }
};

}
