#include "runtime/builtins/regexp/regexp_legacy.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/builtin_helpers.h"
#include "runtime/error_types.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime {

namespace {

constexpr uint32_t kInput = 0;
constexpr uint32_t kSubject = 1; // the empty Value once invalidated
constexpr uint32_t kMatch = 2;   // start, end; then $1-$9 (start, end each)
constexpr uint32_t kParens = 9;
constexpr uint32_t kLastParen = kMatch + 2 * (kParens + 1);
constexpr uint32_t kSize = kLastParen + 2;

ValueArray* legacy_data(VM& vm, Realm& realm)
{
    auto* constructor = static_cast<NativeFunction*>(realm.regexp_constructor());
    if (constructor->data().is_internal_cell())
        return static_cast<ValueArray*>(constructor->data().as_internal_cell());
    // Before any match every property reads as the empty String.
    ValueArray* data = ValueArray::create(vm.heap(), kSize, Value::int32(-1));
    data->set_size(kSize);
    data->set(vm.heap(), kInput, Value::string(vm.atoms().empty));
    data->set(vm.heap(), kSubject, Value::string(vm.atoms().empty));
    constructor->set_data(vm.heap(), Value::internal_cell(data));
    return data;
}

}

void update_legacy_regexp_static_properties(VM& vm, Realm& realm, String* input, int32_t const* captures, uint32_t capture_count)
{
    ValueArray* data = legacy_data(vm, realm);
    // 4-11. [[RegExpInput]] is S; the other slots are substrings of it.
    data->set(vm.heap(), kInput, Value::string(input));
    data->set(vm.heap(), kSubject, Value::string(input));
    for (uint32_t i = 0; i <= kParens; ++i) {
        bool present = i < capture_count;
        data->set_non_cell(kMatch + 2 * i, Value::int32(present ? captures[2 * i] : -1));
        data->set_non_cell(kMatch + 2 * i + 1, Value::int32(present ? captures[2 * i + 1] : -1));
    }
    // [[RegExpLastParen]]: the last group's value, the empty String without groups.
    uint32_t last = capture_count - 1;
    data->set_non_cell(kLastParen, Value::int32(last > 0 ? captures[2 * last] : -1));
    data->set_non_cell(kLastParen + 1, Value::int32(last > 0 ? captures[2 * last + 1] : -1));
}

void invalidate_legacy_regexp_static_properties(VM& vm, Realm& realm)
{
    // Every slot becomes empty: reading any of them throws until the next update.
    legacy_data(vm, realm)->set_non_cell(kSubject, Value::empty());
}

ThrowCompletionOr<Value> get_legacy_regexp_static_property(VM& vm, Arguments const& arguments, LegacyRegExpProperty property, uint32_t paren)
{
    Realm& realm = builtins::function_realm(vm, arguments);
    // 1. Assert C is an object that has an internal slot named internalSlotName.
    // 2. If SameValue(C, thisValue) is false, throw a TypeError exception.
    if (!arguments.this_value.is_object() || arguments.this_value.as_object() != realm.regexp_constructor())
        return vm.throw_type_error(ErrorType::RegExpLegacyReceiver);
    ValueArray* data = legacy_data(vm, realm);
    // 4. If val is empty, throw a TypeError exception.
    Value subject_value = data->at(kSubject);
    if (subject_value.is_empty())
        return vm.throw_type_error(ErrorType::RegExpLegacyInvalidated);
    if (property == LegacyRegExpProperty::Input)
        return data->at(kInput);
    String* subject = subject_value.as_string();
    auto part = [&](int32_t start, int32_t end) -> Value {
        if (start < 0 || end < start)
            return Value::string(vm.atoms().empty);
        return Value::string(substring_of(vm, subject, uint32_t(start), uint32_t(end)));
    };
    int32_t match_start = data->at(kMatch).as_int32();
    int32_t match_end = data->at(kMatch + 1).as_int32();
    switch (property) {
    case LegacyRegExpProperty::LastMatch:
        return part(match_start, match_end);
    case LegacyRegExpProperty::LastParen:
        return part(data->at(kLastParen).as_int32(), data->at(kLastParen + 1).as_int32());
    case LegacyRegExpProperty::LeftContext:
        return part(match_start < 0 ? -1 : 0, match_start);
    case LegacyRegExpProperty::RightContext:
        return part(match_end, match_end < 0 ? -1 : int32_t(subject->length()));
    case LegacyRegExpProperty::Paren1:
        return part(data->at(kMatch + 2 * paren).as_int32(), data->at(kMatch + 2 * paren + 1).as_int32());
    case LegacyRegExpProperty::Input:
        break;
    }
    return Value::undefined();
}

ThrowCompletionOr<Value> set_legacy_regexp_input(VM& vm, Arguments const& arguments)
{
    Realm& realm = builtins::function_realm(vm, arguments);
    // 2. If SameValue(C, thisValue) is false, throw a TypeError exception.
    if (!arguments.this_value.is_object() || arguments.this_value.as_object() != realm.regexp_constructor())
        return vm.throw_type_error(ErrorType::RegExpLegacyReceiver);
    // 3. Let strVal be ? ToString(val).
    String* string = TRY(to_string(vm, arguments.at(0)));
    // 4. Set the value of the internal slot of C named internalSlotName to strVal.
    legacy_data(vm, realm)->set(vm.heap(), kInput, Value::string(string));
    return Value::undefined();
}

}
