#include "runtime/builtins/string/string_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtin_iterator.h"
#include "runtime/builtins/regexp/regexp_object.h"
#include "runtime/builtins/string/get_substitution.h"
#include "runtime/error_types.h"
#include "runtime/icu_i18n_library.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/symbol.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>
#include <unicode/ustring.h>

#include <cmath>
#include <memory>
#include <string>

namespace sable::runtime::builtins::string_prototype {

namespace {

// Steps 1-2 of most methods: O = ? RequireObjectCoercible(this value); S = ? ToString(O).
ThrowCompletionOr<String*> this_string(VM& vm, Arguments const& arguments, std::string_view method)
{
    if (arguments.this_value.is_nullish())
        return vm.throw_type_error(ErrorType::CalledOnNullOrUndefined, { method });
    return to_string(vm, arguments.this_value);
}

Value make_string(VM& vm, std::u16string_view text) { return Value::string(String::from_utf16(vm.heap(), text)); }

Value substring_value(VM& vm, String* string, uint32_t start, uint32_t end)
{
    return Value::string(substring_of(vm, string, start, end));
}

// StringIndexOf ( string, searchValue, fromIndex ) — https://tc39.es/ecma262/#sec-stringindexof
std::optional<uint32_t> string_index_of(CodeUnitView string, CodeUnitView search, uint32_t from_index)
{
    // 1. Let len be the length of string.
    uint32_t length = string.length();
    uint32_t search_length = search.length();
    // 2. If searchValue is the empty String and fromIndex ≤ len, return fromIndex.
    if (search_length == 0 && from_index <= length)
        return from_index;
    // 3. Let searchLen be the length of searchValue.
    // 4. For each integer i such that fromIndex ≤ i ≤ len - searchLen, in ascending order, do
    //    a. Let candidate be the substring of string from i to i + searchLen.
    //    b. If candidate is searchValue, return i.
    if (search_length > length)
        return std::nullopt;
    for (uint32_t i = from_index; i + search_length <= length; ++i) {
        if (string[i] != search[0])
            continue;
        if (string.substring(i, i + search_length).equals(search))
            return i;
    }
    // 5. Return not-found.
    return std::nullopt;
}

// IsRegExp check of startsWith, endsWith and includes (their step 3-4).
ThrowCompletionOr<String*> search_string_argument(VM& vm, Value argument, std::string_view method)
{
    // 3. Let isRegExp be ? IsRegExp(searchString).
    // 4. If isRegExp is true, throw a TypeError exception.
    if (TRY(is_regexp(vm, argument)))
        return vm.throw_type_error(ErrorType::FirstArgumentRegExp, { method });
    // 5. Let searchStr be ? ToString(searchString).
    return to_string(vm, argument);
}

enum class TrimWhere : uint8_t { Start, End, StartAndEnd };

// TrimString ( string, where ) — https://tc39.es/ecma262/#sec-trimstring
ThrowCompletionOr<Value> trim_string(VM& vm, Arguments const& arguments, TrimWhere where, std::string_view method)
{
    // 1. Let str be ? RequireObjectCoercible(string). 2. Let S be ? ToString(str).
    String* string = TRY(this_string(vm, arguments, method));
    CodeUnitView text = string->flatten(vm.heap());
    uint32_t start = 0;
    uint32_t end = text.length();
    // 3. If where is start, let T be the String value that is a copy of S with leading white
    //    space removed. 4. If where is end, trailing. 5. If where is start+end, both.
    //    (White space: WhiteSpace and LineTerminator.)
    if (where != TrimWhere::End) {
        while (start < end && is_str_white_space_char(text[start]))
            ++start;
    }
    if (where != TrimWhere::Start) {
        while (end > start && is_str_white_space_char(text[end - 1]))
            --end;
    }
    // 6. Return T.
    return substring_value(vm, string, start, end);
}

enum class PadPlacement : uint8_t { Start, End };

// StringPaddingBuiltinsImpl ( O, maxLength, fillString, placement ) —
// https://tc39.es/ecma262/#sec-stringpaddingbuiltinsimpl
ThrowCompletionOr<Value> pad(VM& vm, Arguments const& arguments, PadPlacement placement, std::string_view method)
{
    // 1. Let S be ? ToString(O).
    String* string = TRY(this_string(vm, arguments, method));
    // 2. Let intMaxLength be ℝ(? ToLength(maxLength)).
    uint64_t max_length = TRY(to_length(vm, arguments.at(0)));
    // 3. Let stringLength be the length of S.
    uint32_t length = string->length();
    // 4. If intMaxLength ≤ stringLength, return S.
    if (max_length <= length)
        return Value::string(string);
    // 5. If fillString is undefined, set fillString to the String value consisting solely of
    //    the code unit 0x0020 (SPACE).
    // 6. Else, set fillString to ? ToString(fillString).
    std::u16string fill = u" ";
    if (!arguments.at(1).is_undefined())
        fill = TRY(to_string(vm, arguments.at(1)))->to_utf16(vm.heap());
    // 7. Return StringPad(S, intMaxLength, fillString, placement).
    // StringPad: 3. If fillString is the empty String, return S.
    if (fill.empty())
        return Value::string(string);
    if (max_length > String::kMaxLength)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    // 4. Let fillLen be maxLength - stringLength.
    uint64_t fill_length = max_length - length;
    // 5. Let truncatedStringFiller be the String value consisting of repeated concatenations of
    //    fillString truncated to length fillLen.
    std::u16string filler;
    filler.reserve(fill_length);
    while (filler.size() < fill_length)
        filler += fill;
    filler.resize(fill_length);
    // 6. If placement is start, return truncatedStringFiller + S. 7. Else, S + filler.
    std::u16string text = string->to_utf16(vm.heap());
    return make_string(vm, placement == PadPlacement::Start ? filler + text : text + filler);
}

ThrowCompletionOr<Value> case_convert(VM& vm, Arguments const& arguments, bool upper, std::string_view method)
{
    // 1. Let O be ? RequireObjectCoercible(this value). 2. Let S be ? ToString(O).
    String* string = TRY(this_string(vm, arguments, method));
    CodeUnitView view = string->flatten(vm.heap());
    // Fast path: ASCII text maps character by character.
    if (view.is_ascii() && view.is_one_byte()) {
        std::string text(reinterpret_cast<char const*>(view.one_byte_chars()), view.length());
        for (char& c : text) {
            if (upper && c >= 'a' && c <= 'z')
                c = char(c - 'a' + 'A');
            else if (!upper && c >= 'A' && c <= 'Z')
                c = char(c - 'A' + 'a');
        }
        return Value::string(String::from_latin1(vm.heap(), text));
    }
    // 3. Let sText be StringToCodePoints(S).
    // 4. Let lowerText be the result of toLowercase(sText) / toUppercase per the Unicode Default
    //    Case Conversion algorithm (ICU, root locale).
    std::u16string source = string->to_utf16(vm.heap());
    std::u16string result(source.size() * 3 + 1, u'\0');
    UErrorCode status = U_ZERO_ERROR;
    int32_t length = upper
        ? u_strToUpper(result.data(), int32_t(result.size()), source.data(), int32_t(source.size()), "", &status)
        : u_strToLower(result.data(), int32_t(result.size()), source.data(), int32_t(source.size()), "", &status);
    if (U_FAILURE(status))
        return Value::string(string);
    result.resize(size_t(length));
    // 5. Let L be CodePointsToString(lowerText). 6. Return L.
    return make_string(vm, result);
}

}

// String.prototype.at ( index ) — https://tc39.es/ecma262/#sec-string.prototype.at
ThrowCompletionOr<Value> at(VM& vm, Arguments const& arguments)
{
    // 1-2. O, S.
    String* string = TRY(this_string(vm, arguments, "String.prototype.at"));
    // 3. Let len be the length of S.
    double length = string->length();
    // 4. Let relativeIndex be ? ToIntegerOrInfinity(index).
    double relative = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 5. If relativeIndex ≥ 0, let k be relativeIndex. 6. Else, let k be len + relativeIndex.
    double k = relative >= 0 ? relative : length + relative;
    // 7. If k < 0 or k ≥ len, return undefined.
    if (k < 0 || k >= length)
        return Value::undefined();
    // 8. Return the substring of S from k to k + 1.
    return substring_value(vm, string, uint32_t(k), uint32_t(k) + 1);
}

// String.prototype.charAt ( pos ) — https://tc39.es/ecma262/#sec-string.prototype.charat
ThrowCompletionOr<Value> char_at(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.charAt"));
    // 3. Let position be ? ToIntegerOrInfinity(pos).
    double position = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4. Let size be the length of S.
    // 5. If position < 0 or position ≥ size, return the empty String.
    if (position < 0 || position >= string->length())
        return Value::string(vm.atoms().empty);
    // 6. Return the substring of S from position to position + 1.
    return substring_value(vm, string, uint32_t(position), uint32_t(position) + 1);
}

// String.prototype.charCodeAt ( pos ) — https://tc39.es/ecma262/#sec-string.prototype.charcodeat
ThrowCompletionOr<Value> char_code_at(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.charCodeAt"));
    // 3. Let position be ? ToIntegerOrInfinity(pos).
    double position = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4-5. If position < 0 or position ≥ size, return NaN.
    if (position < 0 || position >= string->length())
        return Value::raw_double(std::nan(""));
    // 6. Return the Number value for the numeric value of the code unit at index position.
    return Value::int32(string->code_unit_at(vm.heap(), uint32_t(position)));
}

// String.prototype.codePointAt ( pos ) — https://tc39.es/ecma262/#sec-string.prototype.codepointat
ThrowCompletionOr<Value> code_point_at(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.codePointAt"));
    // 3. Let position be ? ToIntegerOrInfinity(pos).
    double position = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4-5. If position < 0 or position ≥ size, return undefined.
    if (position < 0 || position >= string->length())
        return Value::undefined();
    // 6. Let cp be CodePointAt(S, position).
    // 7. Return 𝔽(cp.[[CodePoint]]).
    return Value::int32(int32_t(runtime::code_point_at(string->flatten(vm.heap()), uint32_t(position)).code_point));
}

// String.prototype.concat ( ...args ) — https://tc39.es/ecma262/#sec-string.prototype.concat
ThrowCompletionOr<Value> concat(VM& vm, Arguments const& arguments)
{
    // 1-2. O, S.
    String* result = TRY(this_string(vm, arguments, "String.prototype.concat"));
    // 3. Let R be S.
    // 4. For each element next of args, do
    for (Value next : arguments.values) {
        // a. Let nextString be ? ToString(next).
        String* next_string = TRY(to_string(vm, next));
        // b. Set R to the string-concatenation of R and nextString.
        auto joined = String::concat(vm.heap(), result, next_string);
        if (!joined)
            return vm.throw_range_error(ErrorType::InvalidStringLength);
        result = *joined;
    }
    // 5. Return R.
    return Value::string(result);
}

// String.prototype.endsWith ( searchString [ , endPosition ] ) — https://tc39.es/ecma262/#sec-string.prototype.endswith
ThrowCompletionOr<Value> ends_with(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.endsWith"));
    // 3-5. searchStr (not a RegExp).
    String* search = TRY(search_string_argument(vm, arguments.at(0), "endsWith"));
    // 6. Let len be the length of S.
    double length = string->length();
    // 7. If endPosition is undefined, let pos be len; else let pos be ? ToIntegerOrInfinity(endPosition).
    double position = arguments.at(1).is_undefined() ? length : TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 8. Let end be the result of clamping pos between 0 and len.
    auto end = uint32_t(std::clamp(position, 0.0, length));
    // 9. Let searchLength be the length of searchStr.
    uint32_t search_length = search->length();
    // 10. If searchLength = 0, return true.
    if (search_length == 0)
        return Value::boolean(true);
    // 11. Let start be end - searchLength. 12. If start < 0, return false.
    if (search_length > end)
        return Value::boolean(false);
    uint32_t start = end - search_length;
    // 13. Let substring be the substring of S from start to end.
    // 14. If substring is searchStr, return true. 15. Return false.
    CodeUnitView search_view = search->flatten(vm.heap());
    CodeUnitView view = string->flatten(vm.heap());
    return Value::boolean(view.substring(start, end).equals(search_view));
}

// String.prototype.includes ( searchString [ , position ] ) — https://tc39.es/ecma262/#sec-string.prototype.includes
ThrowCompletionOr<Value> includes(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.includes"));
    // 3-5. searchStr (not a RegExp).
    String* search = TRY(search_string_argument(vm, arguments.at(0), "includes"));
    // 6. Let pos be ? ToIntegerOrInfinity(position).
    double position = TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 7. Assert: If position is undefined, then pos is 0.
    // 8. Let len be the length of S.
    // 9. Let start be the result of clamping pos between 0 and len.
    auto start = uint32_t(std::clamp(position, 0.0, double(string->length())));
    // 10. Let index be StringIndexOf(S, searchStr, start).
    CodeUnitView search_view = search->flatten(vm.heap());
    CodeUnitView view = string->flatten(vm.heap());
    // 11. If index is not-found, return false. 12. Return true.
    return Value::boolean(string_index_of(view, search_view, start).has_value());
}

// String.prototype.indexOf ( searchString [ , position ] ) — https://tc39.es/ecma262/#sec-string.prototype.indexof
ThrowCompletionOr<Value> index_of(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.indexOf"));
    // 3. Let searchStr be ? ToString(searchString).
    String* search = TRY(to_string(vm, arguments.at(0)));
    // 4. Let pos be ? ToIntegerOrInfinity(position).
    double position = TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 5. Assert: If position is undefined, then pos is 0.
    // 6-7. Let start be the result of clamping pos between 0 and len.
    auto start = uint32_t(std::clamp(position, 0.0, double(string->length())));
    // 8. Let result be StringIndexOf(S, searchStr, start).
    CodeUnitView search_view = search->flatten(vm.heap());
    CodeUnitView view = string->flatten(vm.heap());
    auto result = string_index_of(view, search_view, start);
    // 9. If result is not-found, return -1𝔽. 10. Return 𝔽(result).
    return Value::int32(result ? int32_t(*result) : -1);
}

// String.prototype.isWellFormed ( ) — https://tc39.es/ecma262/#sec-string.prototype.iswellformed
ThrowCompletionOr<Value> is_well_formed(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.isWellFormed"));
    // 3. Return IsStringWellFormedUnicode(S).
    CodeUnitView view = string->flatten(vm.heap());
    for (uint32_t i = 0; i < view.length();) {
        auto cp = runtime::code_point_at(view, i);
        if (cp.is_unpaired_surrogate)
            return Value::boolean(false);
        i += cp.code_unit_count;
    }
    return Value::boolean(true);
}

// String.prototype.lastIndexOf ( searchString [ , position ] ) — https://tc39.es/ecma262/#sec-string.prototype.lastindexof
ThrowCompletionOr<Value> last_index_of(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.lastIndexOf"));
    // 3. Let searchStr be ? ToString(searchString).
    String* search = TRY(to_string(vm, arguments.at(0)));
    // 4. Let numPos be ? ToNumber(position).
    double number_position = TRY(to_number(vm, arguments.at(1)));
    // 5. Assert: If position is undefined, then numPos is NaN.
    // 6. If numPos is NaN, let pos be +∞; otherwise, let pos be ! ToIntegerOrInfinity(numPos).
    double position = std::isnan(number_position) ? INFINITY : number_to_integer_or_infinity(number_position);
    // 7. Let len be the length of S. 8. Let searchLen be the length of searchStr.
    uint32_t length = string->length();
    uint32_t search_length = search->length();
    if (search_length > length)
        return Value::int32(-1);
    // 9. Let start be the result of clamping pos between 0 and len - searchLen.
    auto start = uint32_t(std::clamp(position, 0.0, double(length - search_length)));
    // 10. If searchStr is the empty String, return 𝔽(start).
    if (search_length == 0)
        return Value::int32(int32_t(start));
    // 11. For each integer i such that 0 ≤ i ≤ start, in descending order, do
    //     a. Let candidate be the substring of S from i to i + searchLen.
    //     b. If candidate is searchStr, return 𝔽(i).
    CodeUnitView search_view = search->flatten(vm.heap());
    CodeUnitView view = string->flatten(vm.heap());
    for (int64_t i = start; i >= 0; --i) {
        if (view.substring(uint32_t(i), uint32_t(i) + search_length).equals(search_view))
            return Value::int32(int32_t(i));
    }
    // 12. Return -1𝔽.
    return Value::int32(-1);
}

// String.prototype.localeCompare ( that [ , reserved1 [ , reserved2 ] ] ) — https://tc39.es/ecma262/#sec-string.prototype.localecompare
ThrowCompletionOr<Value> locale_compare(VM& vm, Arguments const& arguments)
{
    // 1-2. O, S.
    String* string = TRY(this_string(vm, arguments, "String.prototype.localeCompare"));
    // 3. Let thatValue be ? ToString(that).
    String* that = TRY(to_string(vm, arguments.at(0)));
    // 4. Return an implementation-defined comparison: ICU's root collation (what Node does without
    //    locales); code units without ICU's i18n library. The collator is immutable once made; it
    //    is cached per thread because making one costs far more than a comparison (sorting with
    //    localeCompare calls this n log n times).
    static thread_local std::unique_ptr<UCollator, void (*)(UCollator*)> collator(nullptr, [](UCollator* made) {
        icu_i18n_library()->ucol_close(made);
    });
    IcuI18nLibrary const* icu = icu_i18n_library();
    if (!collator && icu) {
        UErrorCode status = U_ZERO_ERROR;
        collator.reset(icu->ucol_open("", &status));
        // Canonically equivalent strings must compare equal (22.1.3.12).
        if (U_SUCCESS(status))
            icu->ucol_setAttribute(collator.get(), UCOL_NORMALIZATION_MODE, UCOL_ON, &status);
        if (U_FAILURE(status))
            collator.reset();
    }
    if (!collator) {
        auto order = String::compare(vm.heap(), string, that);
        return Value::int32(order < 0 ? -1 : order > 0 ? 1 : 0);
    }
    std::u16string left = string->to_utf16(vm.heap());
    std::u16string right = that->to_utf16(vm.heap());
    UCollationResult result = icu->ucol_strcoll(collator.get(), left.data(), int32_t(left.size()), right.data(), int32_t(right.size()));
    return Value::int32(result == UCOL_LESS ? -1 : result == UCOL_GREATER ? 1 : 0);
}

namespace {

// The shared steps of match, matchAll and search (22.1.3.13, .14, .20): delegate to the pattern's
// method keyed by `symbol`; otherwise make a RegExp from the pattern and invoke that method.
ThrowCompletionOr<Value> delegate_to_pattern(VM& vm, Arguments const& arguments, Symbol* symbol, std::string_view method, bool all)
{
    Value regexp = arguments.at(0);
    // 1. Let O be ? RequireObjectCoercible(this value).
    if (arguments.this_value.is_nullish())
        return vm.throw_type_error(ErrorType::CalledOnNullOrUndefined, { method });
    // 2. If regexp is an Object, then (primitives' prototypes are not consulted)
    if (regexp.is_object()) {
        // matchAll a. Let isRegExp be ? IsRegExp(regexp). b. If isRegExp is true, then its
        // flags must contain "g".
        if (all && TRY(is_regexp(vm, regexp))) {
            Value flags = TRY(get_v(vm, regexp, PropertyKey::from_atom(vm.atoms().flags)));
            TRY(require_object_coercible(vm, flags));
            if (TRY(to_string(vm, flags))->to_utf8(vm.heap()).find('g') == std::string::npos)
                return vm.throw_type_error(ErrorType::ReplaceAllNonGlobal);
        }
        // a. Let matcher be ? GetMethod(regexp, %Symbol.match%).
        Value matcher = TRY(get_method_of_value(vm, regexp, PropertyKey::from_symbol(symbol)));
        // b. If matcher is not undefined, then
        //    i. Return ? Call(matcher, regexp, « O »).
        if (!matcher.is_undefined()) {
            Value call_arguments[] = { arguments.this_value };
            return call(vm, matcher, regexp, call_arguments);
        }
    }
    // 3. Let S be ? ToString(O).
    String* string = TRY(to_string(vm, arguments.this_value));
    // 4. Let rx be ? RegExpCreate(regexp, undefined) (matchAll: RegExpCreate(regexp, "g")).
    RegExpObject* rx = TRY(regexp_create(vm, regexp, all ? Value::string(vm.atoms().intern_latin1("g")) : Value::undefined()));
    // 5. Return ? Invoke(rx, %Symbol.match%, « S »).
    Value invoke_arguments[] = { Value::string(string) };
    return invoke(vm, Value::object(rx), PropertyKey::from_symbol(symbol), invoke_arguments);
}

}

// String.prototype.match ( regexp ) — https://tc39.es/ecma262/#sec-string.prototype.match
ThrowCompletionOr<Value> match(VM& vm, Arguments const& arguments)
{
    return delegate_to_pattern(vm, arguments, vm.symbols().match, "String.prototype.match", false);
}

// String.prototype.matchAll ( regexp ) — https://tc39.es/ecma262/#sec-string.prototype.matchall
ThrowCompletionOr<Value> match_all(VM& vm, Arguments const& arguments)
{
    return delegate_to_pattern(vm, arguments, vm.symbols().match_all, "String.prototype.matchAll", true);
}

// String.prototype.search ( regexp ) — https://tc39.es/ecma262/#sec-string.prototype.search
ThrowCompletionOr<Value> search(VM& vm, Arguments const& arguments)
{
    return delegate_to_pattern(vm, arguments, vm.symbols().search, "String.prototype.search", false);
}

// String.prototype.normalize ( [ form ] ) — https://tc39.es/ecma262/#sec-string.prototype.normalize
ThrowCompletionOr<Value> normalize(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.normalize"));
    // 3. If form is undefined, let f be "NFC". 4. Else, let f be ? ToString(form).
    std::string form = "NFC";
    if (!arguments.at(0).is_undefined())
        form = TRY(to_string(vm, arguments.at(0)))->to_utf8(vm.heap());
    // 5. If f is not one of "NFC", "NFD", "NFKC", or "NFKD", throw a RangeError exception.
    UErrorCode status = U_ZERO_ERROR;
    icu::Normalizer2 const* normalizer = nullptr;
    if (form == "NFC")
        normalizer = icu::Normalizer2::getNFCInstance(status);
    else if (form == "NFD")
        normalizer = icu::Normalizer2::getNFDInstance(status);
    else if (form == "NFKC")
        normalizer = icu::Normalizer2::getNFKCInstance(status);
    else if (form == "NFKD")
        normalizer = icu::Normalizer2::getNFKDInstance(status);
    else
        return vm.throw_range_error(ErrorType::InvalidNormalizationForm);
    if (U_FAILURE(status))
        return Value::string(string);
    // 6. Let ns be the String value that is the result of normalizing S into the normalization
    //    form named by f as specified in the latest Unicode Standard, Normalization Forms.
    std::u16string source = string->to_utf16(vm.heap());
    icu::UnicodeString input(false, source.data(), int32_t(source.size()));
    icu::UnicodeString output = normalizer->normalize(input, status);
    if (U_FAILURE(status))
        return Value::string(string);
    // 7. Return ns.
    return make_string(vm, std::u16string_view(output.getBuffer(), size_t(output.length())));
}

// String.prototype.padEnd ( maxLength [ , fillString ] ) — https://tc39.es/ecma262/#sec-string.prototype.padend
ThrowCompletionOr<Value> pad_end(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? StringPaddingBuiltinsImpl(O, maxLength, fillString, end).
    return pad(vm, arguments, PadPlacement::End, "String.prototype.padEnd");
}

// String.prototype.padStart ( maxLength [ , fillString ] ) — https://tc39.es/ecma262/#sec-string.prototype.padstart
ThrowCompletionOr<Value> pad_start(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? StringPaddingBuiltinsImpl(O, maxLength, fillString, start).
    return pad(vm, arguments, PadPlacement::Start, "String.prototype.padStart");
}

// String.prototype.repeat ( count ) — https://tc39.es/ecma262/#sec-string.prototype.repeat
ThrowCompletionOr<Value> repeat(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.repeat"));
    // 3. Let n be ? ToIntegerOrInfinity(count).
    double n = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 4. If n < 0 or n = +∞, throw a RangeError exception.
    if (n < 0 || n == INFINITY) {
        NumberToStringBuffer buffer;
        return vm.throw_range_error(ErrorType::InvalidCount, { number_to_string(n, buffer) });
    }
    // 5. If n = 0, return the empty String.
    if (n == 0 || string->is_empty())
        return Value::string(vm.atoms().empty);
    if (n * string->length() > String::kMaxLength)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    // 6. Return the String value that is made from n copies of S appended together. (By
    //    doubling, so ropes stay shallow.)
    String* result = vm.atoms().empty;
    String* power = string;
    for (auto count = uint64_t(n); count; count >>= 1) {
        if (count & 1)
            result = *String::concat(vm.heap(), result, power);
        if (count > 1)
            power = *String::concat(vm.heap(), power, power);
    }
    return Value::string(result);
}

namespace {

// The shared steps of replace and replaceAll for a string pattern.
ThrowCompletionOr<Value> replace_impl(VM& vm, Arguments const& arguments, bool all)
{
    Value this_value = arguments.this_value;
    Value search_value = arguments.at(0);
    Value replace_value = arguments.at(1);
    std::string_view method = all ? "String.prototype.replaceAll" : "String.prototype.replace";
    // 1. Let O be ? RequireObjectCoercible(this value).
    if (this_value.is_nullish())
        return vm.throw_type_error(ErrorType::CalledOnNullOrUndefined, { method });
    // 2. If searchValue is an Object, then (primitives' prototypes are not consulted)
    if (search_value.is_object()) {
        // replaceAll a. Let isRegExp be ? IsRegExp(searchValue). b. If isRegExp is true, then
        //    i-iii. flags must contain "g", else throw a TypeError.
        if (all && TRY(is_regexp(vm, search_value))) {
            Value flags = TRY(get_v(vm, search_value, PropertyKey::from_atom(vm.atoms().flags)));
            TRY(require_object_coercible(vm, flags));
            String* flags_string = TRY(to_string(vm, flags));
            if (flags_string->to_utf8(vm.heap()).find('g') == std::string::npos)
                return vm.throw_type_error(ErrorType::ReplaceAllNonGlobal);
        }
        // a. Let replacer be ? GetMethod(searchValue, %Symbol.replace%).
        Value replacer = TRY(get_method_of_value(vm, search_value, PropertyKey::from_symbol(vm.symbols().replace)));
        // b. If replacer is not undefined, then
        //    i. Return ? Call(replacer, searchValue, « O, replaceValue »).
        if (!replacer.is_undefined()) {
            Value call_arguments[] = { this_value, replace_value };
            return call(vm, replacer, search_value, call_arguments);
        }
    }
    // 3. Let string be ? ToString(O).
    String* string = TRY(to_string(vm, this_value));
    // 4. Let searchString be ? ToString(searchValue).
    String* search = TRY(to_string(vm, search_value));
    // 5. Let functionalReplace be IsCallable(replaceValue).
    bool functional = is_callable(replace_value);
    // 6. If functionalReplace is false, then
    //    a. Set replaceValue to ? ToString(replaceValue).
    std::u16string replacement_template;
    if (!functional)
        replacement_template = TRY(to_string(vm, replace_value))->to_utf16(vm.heap());
    std::u16string text = string->to_utf16(vm.heap());
    std::u16string search_text = search->to_utf16(vm.heap());
    // 7. Let searchLength be the length of searchString.
    size_t search_length = search_text.size();
    // replaceAll 8. Let advanceBy be max(1, searchLength).
    size_t advance_by = std::max<size_t>(1, search_length);
    // Positions of the matches (one for replace; all, non-overlapping, for replaceAll).
    std::vector<size_t> positions;
    auto find_from = [&](size_t from) -> size_t {
        if (search_length == 0)
            return from <= text.size() ? from : std::u16string::npos;
        return text.find(search_text, from);
    };
    size_t position = find_from(0);
    while (position != std::u16string::npos) {
        positions.push_back(position);
        if (!all)
            break;
        position = find_from(position + advance_by);
    }
    // replace 9. If position is not-found, return string.
    if (positions.empty())
        return Value::string(string);
    // replaceAll 11-14. Build the result from the preserved text and each replacement.
    size_t end_of_last_match = 0;
    std::u16string result;
    for (size_t p : positions) {
        // a. Let preserved be the substring of string from endOfLastMatch to p.
        result += std::u16string_view(text).substr(end_of_last_match, p - end_of_last_match);
        // b. If functionalReplace is true, then
        //    i. Let replacement be ? ToString(? Call(replaceValue, undefined, « searchString,
        //       𝔽(p), string »)).
        if (functional) {
            Value call_arguments[] = { Value::string(search), Value::number(double(p)), Value::string(string) };
            Value replaced = TRY(call(vm, replace_value, Value::undefined(), call_arguments));
            result += TRY(to_string(vm, replaced))->to_utf16(vm.heap());
        } else {
            // c. Else, replacement is GetSubstitution(searchString, string, p, « », undefined,
            //    replaceValue).
            MUST(get_substitution(vm, result, search_text, text, uint32_t(p), {}, Value::undefined(), replacement_template));
        }
        if (result.size() > String::kMaxLength)
            return vm.throw_range_error(ErrorType::InvalidStringLength);
        // e. Set endOfLastMatch to p + searchLength.
        end_of_last_match = p + search_length;
    }
    // 15. If endOfLastMatch < the length of string, append the rest.
    if (end_of_last_match < text.size())
        result += std::u16string_view(text).substr(end_of_last_match);
    // 16. Return result.
    return make_string(vm, result);
}

}

// String.prototype.replace ( searchValue, replaceValue ) — https://tc39.es/ecma262/#sec-string.prototype.replace
ThrowCompletionOr<Value> replace(VM& vm, Arguments const& arguments) { return replace_impl(vm, arguments, false); }

// String.prototype.replaceAll ( searchValue, replaceValue ) — https://tc39.es/ecma262/#sec-string.prototype.replaceall
ThrowCompletionOr<Value> replace_all(VM& vm, Arguments const& arguments) { return replace_impl(vm, arguments, true); }

// String.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-string.prototype.slice
ThrowCompletionOr<Value> slice(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.slice"));
    // 3. Let len be the length of S.
    double length = string->length();
    // 4-6. intStart: ToIntegerOrInfinity(start), relative to the end when negative.
    double from = TRY(relative_index(vm, arguments.at(0), length, 0));
    // 7-9. intEnd likewise; undefined is len.
    double to = TRY(relative_index(vm, arguments.at(1), length, length));
    // 10. If from ≥ to, return the empty String.
    if (from >= to)
        return Value::string(vm.atoms().empty);
    // 11. Return the substring of S from from to to.
    return substring_value(vm, string, uint32_t(from), uint32_t(to));
}

// String.prototype.split ( separator, limit ) — https://tc39.es/ecma262/#sec-string.prototype.split
ThrowCompletionOr<Value> split(VM& vm, Arguments const& arguments)
{
    Value this_value = arguments.this_value;
    Value separator = arguments.at(0);
    // 1. Let O be ? RequireObjectCoercible(this value).
    if (this_value.is_nullish())
        return vm.throw_type_error(ErrorType::CalledOnNullOrUndefined, { "String.prototype.split" });
    // 2. If separator is an Object, then (primitives' prototypes are not consulted)
    if (separator.is_object()) {
        // a. Let splitter be ? GetMethod(separator, %Symbol.split%).
        Value splitter = TRY(get_method_of_value(vm, separator, PropertyKey::from_symbol(vm.symbols().split)));
        // b. If splitter is not undefined, then
        //    i. Return ? Call(splitter, separator, « O, limit »).
        if (!splitter.is_undefined()) {
            Value call_arguments[] = { this_value, arguments.at(1) };
            return call(vm, splitter, separator, call_arguments);
        }
    }
    // 3. Let S be ? ToString(O).
    String* string = TRY(to_string(vm, this_value));
    // 4. If limit is undefined, let lim be 2^32 - 1; else let lim be ℝ(? ToUint32(limit)).
    uint32_t limit = arguments.at(1).is_undefined() ? 0xFFFFFFFFu : TRY(to_uint32(vm, arguments.at(1)));
    // 5. Let R be ? ToString(separator).
    String* pattern = TRY(to_string(vm, separator));
    // 6. If lim = 0, return CreateArrayFromList(« »).
    if (limit == 0)
        return Value::object(MUST(array_create(vm, 0)));
    // 7. If separator is undefined, return CreateArrayFromList(« S »).
    if (separator.is_undefined()) {
        Value only[] = { Value::string(string) };
        return Value::object(create_array_from_list(vm, only));
    }
    // 8. Let separatorLength be the length of R.
    uint32_t separator_length = pattern->length();
    uint32_t length = string->length();
    Object* array = MUST(array_create(vm, 0));
    uint32_t count = 0;
    // 9. If separatorLength = 0, then
    if (separator_length == 0) {
        // a. Let head be the substring of S from 0 to lim (code units).
        // b-c. Return CreateArrayFromList of its code units.
        uint32_t end = std::min(limit, length);
        for (uint32_t i = 0; i < end; ++i)
            MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(i), substring_value(vm, string, i, i + 1)));
        return Value::object(array);
    }
    // 10. If S is the empty String, return CreateArrayFromList(« S »).
    if (length == 0) {
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(0), Value::string(string)));
        return Value::object(array);
    }
    // 11. Let substrings be a new empty List.
    // 12. Let i be 0.
    uint32_t i = 0;
    // 13. Let j be StringIndexOf(S, R, 0).
    CodeUnitView pattern_view = pattern->flatten(vm.heap());
    CodeUnitView view = string->flatten(vm.heap());
    auto j = string_index_of(view, pattern_view, 0);
    // 14. Repeat, while j is not not-found,
    while (j) {
        // a. Let T be the substring of S from i to j.
        Value t = substring_value(vm, string, i, *j);
        // b. Append T to substrings.
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(count++), t));
        // c. If the number of elements in substrings is lim, return CreateArrayFromList(substrings).
        if (count == limit)
            return Value::object(array);
        // d. Set i to j + separatorLength.
        i = *j + separator_length;
        // e. Set j to StringIndexOf(S, R, i).
        view = string->flatten(vm.heap());
        pattern_view = pattern->flatten(vm.heap());
        j = string_index_of(view, pattern_view, i);
    }
    // 15. Let T be the substring of S from i.
    // 16. Append T to substrings.
    MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_index(count), substring_value(vm, string, i, length)));
    // 17. Return CreateArrayFromList(substrings).
    return Value::object(array);
}

// String.prototype.startsWith ( searchString [ , position ] ) — https://tc39.es/ecma262/#sec-string.prototype.startswith
ThrowCompletionOr<Value> starts_with(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.startsWith"));
    // 3-5. searchStr (not a RegExp).
    String* search = TRY(search_string_argument(vm, arguments.at(0), "startsWith"));
    // 6. Let len be the length of S.
    double length = string->length();
    // 7. If position is undefined, let pos be 0; else let pos be ? ToIntegerOrInfinity(position).
    double position = TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 8. Let start be the result of clamping pos between 0 and len.
    auto start = uint32_t(std::clamp(position, 0.0, length));
    // 9. Let searchLength be the length of searchStr.
    uint32_t search_length = search->length();
    // 10. If searchLength = 0, return true.
    if (search_length == 0)
        return Value::boolean(true);
    // 11. Let end be start + searchLength. 12. If end > len, return false.
    if (start + uint64_t(search_length) > string->length())
        return Value::boolean(false);
    // 13-15. Compare the substring from start to end with searchStr.
    CodeUnitView search_view = search->flatten(vm.heap());
    CodeUnitView view = string->flatten(vm.heap());
    return Value::boolean(view.substring(start, start + search_length).equals(search_view));
}

// String.prototype.substr ( start, length ) — https://tc39.es/ecma262/#sec-string.prototype.substr
ThrowCompletionOr<Value> substr(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.substr"));
    // 3. Let size be the length of S.
    double size = string->length();
    // 4-7. intStart, relative to the end when negative.
    double start = TRY(relative_index(vm, arguments.at(0), size, 0));
    // 8. If length is undefined, let intLength be size; otherwise ? ToIntegerOrInfinity(length).
    double length = arguments.at(1).is_undefined() ? size : TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 9. Set intLength to the result of clamping intLength between 0 and size.
    length = std::clamp(length, 0.0, size);
    // 10. Let intEnd be min(intStart + intLength, size).
    double end = std::min(start + length, size);
    // 11. Return the substring of S from intStart to intEnd.
    if (start >= end)
        return Value::string(vm.atoms().empty);
    return substring_value(vm, string, uint32_t(start), uint32_t(end));
}

// String.prototype.substring ( start, end ) — https://tc39.es/ecma262/#sec-string.prototype.substring
ThrowCompletionOr<Value> substring(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.substring"));
    // 3. Let len be the length of S.
    double length = string->length();
    // 4. Let intStart be ? ToIntegerOrInfinity(start).
    double start = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 5. If end is undefined, let intEnd be len; else let intEnd be ? ToIntegerOrInfinity(end).
    double end = arguments.at(1).is_undefined() ? length : TRY(to_integer_or_infinity(vm, arguments.at(1)));
    // 6. Let finalStart be the result of clamping intStart between 0 and len.
    double final_start = std::clamp(start, 0.0, length);
    // 7. Let finalEnd be the result of clamping intEnd between 0 and len.
    double final_end = std::clamp(end, 0.0, length);
    // 8. Let from be min(finalStart, finalEnd). 9. Let to be max(finalStart, finalEnd).
    // 10. Return the substring of S from from to to.
    return substring_value(vm, string, uint32_t(std::min(final_start, final_end)), uint32_t(std::max(final_start, final_end)));
}

// String.prototype.toLocaleLowerCase ( [ reserved1 [ , reserved2 ] ] ) — without ECMA-402, as toLowerCase.
ThrowCompletionOr<Value> to_locale_lower_case(VM& vm, Arguments const& arguments)
{
    return case_convert(vm, arguments, false, "String.prototype.toLocaleLowerCase");
}

// String.prototype.toLocaleUpperCase ( [ reserved1 [ , reserved2 ] ] ) — without ECMA-402, as toUpperCase.
ThrowCompletionOr<Value> to_locale_upper_case(VM& vm, Arguments const& arguments)
{
    return case_convert(vm, arguments, true, "String.prototype.toLocaleUpperCase");
}

// String.prototype.toLowerCase ( ) — https://tc39.es/ecma262/#sec-string.prototype.tolowercase
ThrowCompletionOr<Value> to_lower_case(VM& vm, Arguments const& arguments)
{
    return case_convert(vm, arguments, false, "String.prototype.toLowerCase");
}

// String.prototype.toString ( ) — https://tc39.es/ecma262/#sec-string.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ThisStringValue(this value).
    return Value::string(TRY(this_string_value(vm, arguments.this_value, "String.prototype.toString")));
}

// String.prototype.toUpperCase ( ) — https://tc39.es/ecma262/#sec-string.prototype.touppercase
ThrowCompletionOr<Value> to_upper_case(VM& vm, Arguments const& arguments)
{
    return case_convert(vm, arguments, true, "String.prototype.toUpperCase");
}

// String.prototype.toWellFormed ( ) — https://tc39.es/ecma262/#sec-string.prototype.towellformed
ThrowCompletionOr<Value> to_well_formed(VM& vm, Arguments const& arguments)
{
    String* string = TRY(this_string(vm, arguments, "String.prototype.toWellFormed"));
    // 3-6. Each lone surrogate becomes U+FFFD.
    std::u16string text = string->to_utf16(vm.heap());
    CodeUnitView view(text);
    for (uint32_t k = 0; k < view.length();) {
        auto cp = runtime::code_point_at(view, k);
        if (cp.is_unpaired_surrogate)
            text[k] = u'\uFFFD';
        k += cp.code_unit_count;
    }
    // 7. Return result.
    return make_string(vm, text);
}

// String.prototype.trim ( ) — https://tc39.es/ecma262/#sec-string.prototype.trim
ThrowCompletionOr<Value> trim(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? TrimString(S, start+end).
    return trim_string(vm, arguments, TrimWhere::StartAndEnd, "String.prototype.trim");
}

// String.prototype.trimEnd ( ) — https://tc39.es/ecma262/#sec-string.prototype.trimend
ThrowCompletionOr<Value> trim_end(VM& vm, Arguments const& arguments)
{
    return trim_string(vm, arguments, TrimWhere::End, "String.prototype.trimEnd");
}

// String.prototype.trimStart ( ) — https://tc39.es/ecma262/#sec-string.prototype.trimstart
ThrowCompletionOr<Value> trim_start(VM& vm, Arguments const& arguments)
{
    return trim_string(vm, arguments, TrimWhere::Start, "String.prototype.trimStart");
}

// String.prototype.valueOf ( ) — https://tc39.es/ecma262/#sec-string.prototype.valueof
ThrowCompletionOr<Value> value_of(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ThisStringValue(this value).
    return Value::string(TRY(this_string_value(vm, arguments.this_value, "String.prototype.valueOf")));
}

// String.prototype [ %Symbol.iterator% ] ( ) — https://tc39.es/ecma262/#sec-string.prototype-%symbol.iterator%
ThrowCompletionOr<Value> symbol_iterator(VM& vm, Arguments const& arguments)
{
    // 1. Let O be ? RequireObjectCoercible(this value).
    // 2. Let s be ? ToString(O).
    String* string = TRY(this_string(vm, arguments, "String.prototype[Symbol.iterator]"));
    // 3-5. Return CreateIteratorFromClosure(closure, "%StringIteratorPrototype%",
    //      %StringIteratorPrototype%): the closure's state lives in the iterator object.
    return Value::object(BuiltinIterator::create(vm, ObjectKind::StringIterator,
        vm.current_realm().string_iterator_prototype(), Value::string(string), IterationKind::Value));
}

namespace {

// CreateHTML ( string, tag, attribute, value ) — https://tc39.es/ecma262/#sec-createhtml
// (B.2.2.2.1; the HTML methods of B.2.2.2 to B.2.2.14 call it)
ThrowCompletionOr<Value> create_html(VM& vm, Arguments const& arguments, std::string_view tag, std::string_view attribute,
    std::string_view method)
{
    // 1-2. Let str be ? RequireObjectCoercible(string); let S be ? ToString(str).
    String* string = TRY(this_string(vm, arguments, method));
    // 3. Let p1 be "<" followed by tag.
    std::u16string p1 = u"<";
    p1.append(tag.begin(), tag.end());
    // 4. If attribute is not the empty String, then
    if (!attribute.empty()) {
        // a. Let V be ? ToString(value).
        String* value = TRY(to_string(vm, arguments.at(0)));
        // b. Let escapedV be V with each " replaced by "&quot;".
        // c. Set p1 to p1, " ", attribute, "=\"", escapedV and "\"".
        p1 += u' ';
        p1.append(attribute.begin(), attribute.end());
        p1 += u"=\"";
        for (char16_t c : value->to_utf16(vm.heap())) {
            if (c == u'"')
                p1 += u"&quot;";
            else
                p1 += c;
        }
        p1 += u'"';
    }
    // 5-6. Let p3 be p1, ">" and S.
    p1 += u'>';
    p1 += string->to_utf16(vm.heap());
    // 7. Let p4 be p3, "</", tag and ">". 8. Return p4.
    p1 += u"</";
    p1.append(tag.begin(), tag.end());
    p1 += u'>';
    return make_string(vm, p1);
}

}

// String.prototype.anchor ( name ) — https://tc39.es/ecma262/#sec-string.prototype.anchor
ThrowCompletionOr<Value> anchor(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "a", "name", name).
    return create_html(vm, arguments, "a", "name", "String.prototype.anchor");
}

// String.prototype.big ( ) — https://tc39.es/ecma262/#sec-string.prototype.big
ThrowCompletionOr<Value> big(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "big", "", "").
    return create_html(vm, arguments, "big", "", "String.prototype.big");
}

// String.prototype.blink ( ) — https://tc39.es/ecma262/#sec-string.prototype.blink
ThrowCompletionOr<Value> blink(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "blink", "", "").
    return create_html(vm, arguments, "blink", "", "String.prototype.blink");
}

// String.prototype.bold ( ) — https://tc39.es/ecma262/#sec-string.prototype.bold
ThrowCompletionOr<Value> bold(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "b", "", "").
    return create_html(vm, arguments, "b", "", "String.prototype.bold");
}

// String.prototype.fixed ( ) — https://tc39.es/ecma262/#sec-string.prototype.fixed
ThrowCompletionOr<Value> fixed(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "tt", "", "").
    return create_html(vm, arguments, "tt", "", "String.prototype.fixed");
}

// String.prototype.fontcolor ( color ) — https://tc39.es/ecma262/#sec-string.prototype.fontcolor
ThrowCompletionOr<Value> fontcolor(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "font", "color", color).
    return create_html(vm, arguments, "font", "color", "String.prototype.fontcolor");
}

// String.prototype.fontsize ( size ) — https://tc39.es/ecma262/#sec-string.prototype.fontsize
ThrowCompletionOr<Value> fontsize(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "font", "size", size).
    return create_html(vm, arguments, "font", "size", "String.prototype.fontsize");
}

// String.prototype.italics ( ) — https://tc39.es/ecma262/#sec-string.prototype.italics
ThrowCompletionOr<Value> italics(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "i", "", "").
    return create_html(vm, arguments, "i", "", "String.prototype.italics");
}

// String.prototype.link ( href ) — https://tc39.es/ecma262/#sec-string.prototype.link
ThrowCompletionOr<Value> link(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "a", "href", href).
    return create_html(vm, arguments, "a", "href", "String.prototype.link");
}

// String.prototype.small ( ) — https://tc39.es/ecma262/#sec-string.prototype.small
ThrowCompletionOr<Value> small(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "small", "", "").
    return create_html(vm, arguments, "small", "", "String.prototype.small");
}

// String.prototype.strike ( ) — https://tc39.es/ecma262/#sec-string.prototype.strike
ThrowCompletionOr<Value> strike(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "strike", "", "").
    return create_html(vm, arguments, "strike", "", "String.prototype.strike");
}

// String.prototype.sub ( ) — https://tc39.es/ecma262/#sec-string.prototype.sub
ThrowCompletionOr<Value> sub(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "sub", "", "").
    return create_html(vm, arguments, "sub", "", "String.prototype.sub");
}

// String.prototype.sup ( ) — https://tc39.es/ecma262/#sec-string.prototype.sup
ThrowCompletionOr<Value> sup(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? CreateHTML(this value, "sup", "", "").
    return create_html(vm, arguments, "sup", "", "String.prototype.sup");
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/string/string_prototype.def"
    // B.2.2.15 String.prototype.trimLeft and trimRight are the same function objects as
    // trimStart and trimEnd.
    Value trim_start_function = MUST(get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("trimStart")))));
    Value trim_end_function = MUST(get(vm, target, to_property_key(vm.atoms(), CodeUnitView(std::string_view("trimEnd")))));
    define_value(vm, target, "trimLeft", trim_start_function, kMethod);
    define_value(vm, target, "trimRight", trim_end_function, kMethod);
}

}
