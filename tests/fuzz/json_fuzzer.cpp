// libFuzzer target for JSON.parse, and JSON.stringify of what it returns.
// Input: the first byte picks the text's encoding (bit 0: Latin-1 bytes, else UTF-16LE code
// units, so that lone surrogates and every BMP character are reached) and whether a reviver runs
// (bit 1; it reads its context argument's "source"). JSON.parse must return a value or throw a
// SyntaxError (a RangeError for nesting too deep), never crash or hang; a value must survive a
// round trip: stringify(parse(stringify(value))) is stringify(value).

#include "runtime/abstract_operations.h"
#include "runtime/native_function.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using namespace sable;
using namespace sable::runtime;

void check(bool condition)
{
    if (!condition)
        std::abort();
}

struct Engine {
    VM vm;
    Realm* realm { Realm::create(vm) };
    Object* json { get("JSON").as_object() };

    Value get(std::string_view name) { return MUST(runtime::get(vm, *realm->global_object(), key(name))); }
    PropertyKey key(std::string_view name) { return to_property_key(vm.atoms(), CodeUnitView(name)); }
    std::string error_name()
    {
        Value error = vm.take_pending_exception();
        check(error.is_object());
        Value name = MUST(runtime::get(vm, *error.as_object(), key("name")));
        check(name.is_string());
        return name.as_string()->to_utf8(vm.heap());
    }
};

// The reviver: returns the value, after reading context.source (defined for primitives only).
ThrowCompletionOr<Value> reviver(VM& vm, Arguments const& arguments)
{
    Value context = arguments.at(2);
    check(context.is_object());
    Value source = TRY(get(vm, *context.as_object(), to_property_key(vm.atoms(), CodeUnitView(std::string_view("source")))));
    check(source.is_undefined() || source.is_string());
    return arguments.at(1);
}

}

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size)
{
    static Engine* engine = new Engine;
    VM& vm = engine->vm;
    if (size == 0)
        return 0;
    uint8_t mode = data[0];
    std::u16string units;
    if (mode & 1) {
        for (size_t i = 1; i < size; ++i)
            units += char16_t(data[i]);
    } else {
        for (size_t i = 1; i + 1 < size; i += 2)
            units += char16_t(data[i] | (data[i + 1] << 8));
    }
    Value text = Value::string(String::from_utf16(vm.heap(), units));
    Value parse = MUST(get(vm, *engine->json, engine->key("parse")));
    Value stringify = MUST(get(vm, *engine->json, engine->key("stringify")));
    Value arguments[] = { text, Value::undefined() };
    if (mode & 2)
        arguments[1] = Value::object(NativeFunction::create(vm, *engine->realm, reviver, vm.atoms().empty, 3));
    auto parsed = call(vm, parse, Value::object(engine->json), arguments);
    if (parsed.is_throw()) {
        std::string name = engine->error_name();
        check(name == "SyntaxError" || name == "RangeError");
        return 0;
    }
    Value value = parsed.release_value();
    Value first_arguments[] = { value };
    auto first = call(vm, stringify, Value::object(engine->json), first_arguments);
    if (first.is_throw()) {
        // Only nesting deeper than the native stack allows.
        check(engine->error_name() == "RangeError");
        return 0;
    }
    Value first_text = first.release_value();
    Value reparse_arguments[] = { first_text };
    Value reparsed = MUST(call(vm, parse, Value::object(engine->json), reparse_arguments));
    Value second_arguments[] = { reparsed };
    Value second = MUST(call(vm, stringify, Value::object(engine->json), second_arguments));
    check(String::equals(vm.heap(), first_text.as_string(), second.as_string()));
    return 0;
}
