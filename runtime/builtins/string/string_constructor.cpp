#include "runtime/builtins/string/string_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/vm.h"

#include <cmath>
#include <string>

namespace sable::runtime::builtins::string_constructor {

// String ( value ) — https://tc39.es/ecma262/#sec-string-constructor-string-value
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    String* s;
    // 1. If value is not present, let s be the empty String.
    if (arguments.size() == 0) {
        s = vm.atoms().empty;
    } else {
        // 2. Else,
        Value value = arguments.at(0);
        // a. If NewTarget is undefined and value is a Symbol, return SymbolDescriptiveString(value).
        if (!arguments.new_target && value.is_symbol()) {
            auto descriptive = value.as_symbol()->descriptive_string(vm.heap());
            if (!descriptive)
                return vm.throw_range_error(ErrorType::InvalidStringLength);
            return Value::string(*descriptive);
        }
        // b. Let s be ? ToString(value).
        s = TRY(to_string(vm, value));
    }
    // 3. If NewTarget is undefined, return s.
    if (!arguments.new_target)
        return Value::string(s);
    // 4. Return StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::string_prototype));
    return Value::object(string_create(vm, s, prototype));
}

// String.fromCharCode ( ...codeUnits ) — https://tc39.es/ecma262/#sec-string.fromcharcode
ThrowCompletionOr<Value> from_char_code(VM& vm, Arguments const& arguments)
{
    // 1. Let result be the empty String.
    std::u16string result;
    // 2. For each element next of codeUnits, do
    for (Value next : arguments.values) {
        // a. Let nextCU be the code unit whose numeric value is ℝ(? ToUint16(next)).
        // b. Set result to the string-concatenation of result and nextCU.
        result += char16_t(TRY(to_uint16(vm, next)));
    }
    // 3. Return result.
    return Value::string(String::from_utf16(vm.heap(), result));
}

// String.fromCodePoint ( ...codePoints ) — https://tc39.es/ecma262/#sec-string.fromcodepoint
ThrowCompletionOr<Value> from_code_point(VM& vm, Arguments const& arguments)
{
    // 1. Let result be the empty String.
    std::u16string result;
    // 2. For each element next of codePoints, do
    for (Value next : arguments.values) {
        // a. Let nextCP be ? ToNumber(next).
        double code_point = TRY(to_number(vm, next));
        // b. If IsIntegralNumber(nextCP) is false, throw a RangeError exception.
        // c. If ℝ(nextCP) < 0 or ℝ(nextCP) > 0x10FFFF, throw a RangeError exception.
        if (!std::isfinite(code_point) || std::trunc(code_point) != code_point || code_point < 0 || code_point > 0x10FFFF) {
            NumberToStringBuffer buffer;
            return vm.throw_range_error(ErrorType::InvalidCodePoint, { number_to_string(code_point, buffer) });
        }
        // d. Set result to the string-concatenation of result and UTF16EncodeCodePoint(ℝ(nextCP)).
        auto cp = uint32_t(code_point);
        if (cp < 0x10000) {
            result += char16_t(cp);
        } else {
            cp -= 0x10000;
            result += char16_t(0xD800 + (cp >> 10));
            result += char16_t(0xDC00 + (cp & 0x3FF));
        }
    }
    // 3. Assert: If codePoints is empty, then result is the empty String.
    // 4. Return result.
    return Value::string(String::from_utf16(vm.heap(), result));
}

// String.raw ( template, ...substitutions ) — https://tc39.es/ecma262/#sec-string.raw
ThrowCompletionOr<Value> raw(VM& vm, Arguments const& arguments)
{
    // 1. Let substitutionCount be the number of elements in substitutions.
    size_t substitution_count = arguments.size() > 0 ? arguments.size() - 1 : 0;
    // 2. Let cooked be ? ToObject(template).
    Object* cooked = TRY(to_object(vm, arguments.at(0)));
    // 3. Let literals be ? ToObject(? Get(cooked, "raw")).
    Object* literals = TRY(to_object(vm, TRY(get(vm, *cooked, PropertyKey::from_atom(vm.atoms().raw)))));
    // 4. Let literalCount be ? LengthOfArrayLike(literals).
    uint64_t literal_count = TRY(length_of_array_like(vm, *literals));
    // 5. If literalCount ≤ 0, return the empty String.
    if (literal_count == 0)
        return Value::string(vm.atoms().empty);
    // 6. Let R be the empty String.
    std::u16string result;
    // 7. Let nextIndex be 0.
    // 8. Repeat,
    for (uint64_t next_index = 0;; ++next_index) {
        // a. Let nextLiteralVal be ? Get(literals, ! ToString(𝔽(nextIndex))).
        PropertyKey key = TRY(to_property_key(vm, Value::number(double(next_index))));
        Value literal = TRY(get(vm, *literals, key));
        // b. Let nextLiteral be ? ToString(nextLiteralVal).
        String* next_literal = TRY(to_string(vm, literal));
        // c. Set R to the string-concatenation of R and nextLiteral.
        result += next_literal->to_utf16(vm.heap());
        if (result.size() > String::kMaxLength)
            return vm.throw_range_error(ErrorType::InvalidStringLength);
        // d. If nextIndex + 1 = literalCount, return R.
        if (next_index + 1 == literal_count)
            return Value::string(String::from_utf16(vm.heap(), result));
        // e. If nextIndex < substitutionCount, then
        if (next_index < substitution_count) {
            // i. Let nextSubVal be substitutions[nextIndex].
            // ii. Let nextSub be ? ToString(nextSubVal).
            String* next_substitution = TRY(to_string(vm, arguments.values[next_index + 1]));
            // iii. Set R to the string-concatenation of R and nextSub.
            result += next_substitution->to_utf16(vm.heap());
        }
        // f. Set nextIndex to nextIndex + 1.
    }
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/string/string_constructor.def"
}

}
