#include "runtime/builtins/regexp/regexp_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/regexp/regexp_legacy.h"
#include "runtime/builtins/regexp/regexp_object.h"
#include "runtime/builtins/regexp/regexp_string_iterator.h"
#include "runtime/builtins/string/get_substitution.h"
#include "runtime/error_types.h"
#include "runtime/native_function.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/regexp/regexp_matcher.h"
#include "runtime/regexp/regexp_program.h"
#include "runtime/string.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <cmath>
#include <vector>

namespace sable::runtime::builtins::regexp_prototype {

namespace {

ThrowCompletionOr<Object*> this_object(VM& vm, Arguments const& arguments, std::string_view method)
{
    if (!arguments.this_value.is_object())
        return vm.throw_type_error(ErrorType::IncompatibleRegExpReceiver, { method });
    return arguments.this_value.as_object();
}

ThrowCompletionOr<RegExpObject*> this_regexp(VM& vm, Arguments const& arguments, std::string_view method)
{
    RegExpObject* regexp = as_regexp_object(arguments.this_value);
    if (!regexp)
        return vm.throw_type_error(ErrorType::IncompatibleRegExpReceiver, { method });
    return regexp;
}

PropertyKey last_index_key(VM& vm) { return PropertyKey::from_atom(vm.atoms().last_index); }

ThrowCompletionOr<uint64_t> get_last_index(VM& vm, Object& object)
{
    return to_length(vm, TRY(get(vm, object, last_index_key(vm))));
}

ThrowCompletionOr<std::u16string> get_flags_text(VM& vm, Object& object)
{
    Value flags = TRY(get(vm, object, PropertyKey::from_atom(vm.atoms().flags)));
    return TRY(to_string(vm, flags))->to_utf16(vm.heap());
}

bool contains(std::u16string const& text, char16_t c) { return text.find(c) != std::u16string::npos; }

// RegExpHasFlag ( R, codeUnit ) — https://tc39.es/ecma262/#sec-regexphasflag
ThrowCompletionOr<Value> regexp_has_flag(VM& vm, Arguments const& arguments, regexp::RegExpFlag flag, std::string_view getter)
{
    // 1. Let R be the this value. 2. If R is not an Object, throw a TypeError exception.
    Object* object = TRY(this_object(vm, arguments, getter));
    // 3. If R does not have an [[OriginalFlags]] internal slot, then
    RegExpObject* regexp = as_regexp_object(Value::object(object));
    if (!regexp) {
        // a. If SameValue(R, %RegExp.prototype%) is true, return undefined.
        if (object == function_realm(vm, arguments).regexp_prototype())
            return Value::undefined();
        // b. Otherwise, throw a TypeError exception.
        return vm.throw_type_error(ErrorType::IncompatibleRegExpReceiver, { getter });
    }
    // 4-6. Return whether [[OriginalFlags]] contains codeUnit.
    return Value::boolean(regexp->flags().has(flag));
}

// Whether `object` is a RegExp whose "exec" is still %RegExp.prototype.exec%: RegExpExec then
// reduces to RegExpBuiltinExec, and the steps around it may call the matcher directly.
bool has_builtin_exec(VM& vm, Object& object)
{
    if (object.kind() != ObjectKind::RegExp)
        return false;
    if (object.find_own_property(PropertyKey::from_atom(vm.atoms().exec)))
        return false;
    Object* prototype = object.shape()->prototype();
    if (!prototype)
        return false;
    auto inherited = prototype->find_own_property(PropertyKey::from_atom(vm.atoms().exec));
    return inherited && inherited->attributes.is_data() && is_native_function(inherited->value, &regexp_prototype::exec);
}

}

// RegExp.prototype.compile ( pattern, flags ) — https://tc39.es/ecma262/#sec-regexp.prototype.compile
ThrowCompletionOr<Value> compile(VM& vm, Arguments const& arguments)
{
    // 1-2. Let O be the this value; RequireInternalSlot(O, [[RegExpMatcher]]).
    RegExpObject* object = TRY(this_regexp(vm, arguments, "RegExp.prototype.compile"));
    // Annex B legacy features: O must come from the current realm and not from a subclass.
    if (object->realm() != &vm.current_realm() || !object->legacy_features_enabled())
        return vm.throw_type_error(ErrorType::RegExpCompileLegacy);
    Value pattern = arguments.at(0);
    Value flags = arguments.at(1);
    Value p = pattern;
    Value f = flags;
    // 3. If pattern is an Object and pattern has a [[RegExpMatcher]] internal slot, then
    if (RegExpObject* source = as_regexp_object(pattern)) {
        // a. If flags is not undefined, throw a TypeError exception.
        if (!flags.is_undefined())
            return vm.throw_type_error(ErrorType::RegExpCompileFlags);
        // b-c. Let P be pattern.[[OriginalSource]] and F be pattern.[[OriginalFlags]].
        p = Value::string(source->source());
        f = Value::string(source->flags_string());
    }
    // 5. Return ? RegExpInitialize(O, P, F).
    return Value::object(TRY(regexp_initialize(vm, *object, p, f)));
}

// RegExp.prototype.exec ( string ) — https://tc39.es/ecma262/#sec-regexp.prototype.exec
ThrowCompletionOr<Value> exec(VM& vm, Arguments const& arguments)
{
    // 1-2. Let R be the this value; RequireInternalSlot(R, [[RegExpMatcher]]).
    RegExpObject* regexp = TRY(this_regexp(vm, arguments, "RegExp.prototype.exec"));
    // 3. Let S be ? ToString(string).
    String* string = TRY(to_string(vm, arguments.at(0)));
    // 4. Return ? RegExpBuiltinExec(R, S).
    return regexp_builtin_exec(vm, *regexp, string);
}

// get RegExp.prototype.dotAll and the other flag getters (RegExpHasFlag).
ThrowCompletionOr<Value> get_dot_all(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::DotAll, "RegExp.prototype.dotAll");
}
ThrowCompletionOr<Value> get_global(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::Global, "RegExp.prototype.global");
}
ThrowCompletionOr<Value> get_has_indices(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::HasIndices, "RegExp.prototype.hasIndices");
}
ThrowCompletionOr<Value> get_ignore_case(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::IgnoreCase, "RegExp.prototype.ignoreCase");
}
ThrowCompletionOr<Value> get_multiline(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::Multiline, "RegExp.prototype.multiline");
}
ThrowCompletionOr<Value> get_sticky(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::Sticky, "RegExp.prototype.sticky");
}
ThrowCompletionOr<Value> get_unicode(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::Unicode, "RegExp.prototype.unicode");
}
ThrowCompletionOr<Value> get_unicode_sets(VM& vm, Arguments const& arguments)
{
    return regexp_has_flag(vm, arguments, regexp::RegExpFlag::UnicodeSets, "RegExp.prototype.unicodeSets");
}

// get RegExp.prototype.flags — https://tc39.es/ecma262/#sec-get-regexp.prototype.flags
ThrowCompletionOr<Value> get_flags(VM& vm, Arguments const& arguments)
{
    // 1-2. Let R be the this value. If R is not an Object, throw a TypeError exception.
    Object* object = TRY(this_object(vm, arguments, "RegExp.prototype.flags"));
    // 3-18. For each flag property in the order "hasIndices", "global", "ignoreCase",
    //       "multiline", "dotAll", "unicode", "unicodeSets", "sticky": if ToBoolean(? Get(R,
    //       name)) is true, append its letter.
    static constexpr struct {
        char const* name;
        char letter;
    } kFlags[] = {
        { "hasIndices", 'd' }, { "global", 'g' }, { "ignoreCase", 'i' }, { "multiline", 'm' },
        { "dotAll", 's' }, { "unicode", 'u' }, { "unicodeSets", 'v' }, { "sticky", 'y' },
    };
    std::string result;
    for (auto const& flag : kFlags) {
        Value value = TRY(get(vm, *object, PropertyKey::from_atom(vm.atoms().intern_latin1(flag.name))));
        if (to_boolean(value))
            result += flag.letter;
    }
    // 19. Return codeUnits as a String.
    return Value::string(String::from_latin1(vm.heap(), result));
}

// EscapeRegExpPattern ( P, F ) — https://tc39.es/ecma262/#sec-escaperegexppattern: the source
// text that, between slashes, reads back as the same pattern: "/" outside classes and line
// terminators are escaped, and the empty pattern is "(?:)".
static String* escape_regexp_pattern(VM& vm, String* source)
{
    if (source->is_empty())
        return vm.atoms().intern_latin1("(?:)");
    std::u16string text = source->to_utf16(vm.heap());
    std::u16string result;
    bool in_class = false;
    bool changed = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char16_t c = text[i];
        if (c == '\\' && i + 1 < text.size()) {
            char16_t next = text[i + 1];
            result += c;
            // A backslash before a line terminator becomes an escape of that terminator.
            if (next == '\n' || next == '\r' || next == 0x2028 || next == 0x2029) {
                changed = true;
                result += next == '\n' ? u"n" : next == '\r' ? u"r" : next == 0x2028 ? u"u2028" : u"u2029";
            } else {
                result += next;
            }
            ++i;
            continue;
        }
        if (c == '[')
            in_class = true;
        else if (c == ']')
            in_class = false;
        if (c == '/' && !in_class) {
            result += u"\\/";
            changed = true;
        } else if (c == '\n') {
            result += u"\\n";
            changed = true;
        } else if (c == '\r') {
            result += u"\\r";
            changed = true;
        } else if (c == 0x2028) {
            result += u"\\u2028";
            changed = true;
        } else if (c == 0x2029) {
            result += u"\\u2029";
            changed = true;
        } else {
            result += c;
        }
    }
    if (!changed)
        return source;
    return String::from_utf16(vm.heap(), result);
}

// get RegExp.prototype.source — https://tc39.es/ecma262/#sec-get-regexp.prototype.source
ThrowCompletionOr<Value> get_source(VM& vm, Arguments const& arguments)
{
    // 1-2. Let R be the this value. If R is not an Object, throw a TypeError exception.
    Object* object = TRY(this_object(vm, arguments, "RegExp.prototype.source"));
    // 3. If R does not have an [[OriginalSource]] internal slot, then
    RegExpObject* regexp = as_regexp_object(Value::object(object));
    if (!regexp) {
        // a. If SameValue(R, %RegExp.prototype%) is true, return "(?:)".
        if (object == function_realm(vm, arguments).regexp_prototype())
            return Value::string(vm.atoms().intern_latin1("(?:)"));
        // b. Otherwise, throw a TypeError exception.
        return vm.throw_type_error(ErrorType::IncompatibleRegExpReceiver, { "RegExp.prototype.source" });
    }
    // 4-6. Return EscapeRegExpPattern(src, flags).
    return Value::string(escape_regexp_pattern(vm, regexp->source()));
}

// RegExp.prototype.test ( S ) — https://tc39.es/ecma262/#sec-regexp.prototype.test
ThrowCompletionOr<Value> test(VM& vm, Arguments const& arguments)
{
    // 1-2. Let R be the this value. If R is not an Object, throw a TypeError exception.
    Object* object = TRY(this_object(vm, arguments, "RegExp.prototype.test"));
    // 3. Let string be ? ToString(S).
    String* string = TRY(to_string(vm, arguments.at(0)));
    // 4. Let match be ? RegExpExec(R, string).
    Value match = TRY(regexp_exec(vm, *object, string));
    // 5. If match is not null, return true; else return false.
    return Value::boolean(!match.is_null());
}

// RegExp.prototype.toString ( ) — https://tc39.es/ecma262/#sec-regexp.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1-2. Let R be the this value. If R is not an Object, throw a TypeError exception.
    Object* object = TRY(this_object(vm, arguments, "RegExp.prototype.toString"));
    // 3. Let pattern be ? ToString(? Get(R, "source")).
    String* pattern = TRY(runtime::to_string(vm, TRY(get(vm, *object, PropertyKey::from_atom(vm.atoms().source)))));
    // 4. Let flags be ? ToString(? Get(R, "flags")).
    String* flags = TRY(runtime::to_string(vm, TRY(get(vm, *object, PropertyKey::from_atom(vm.atoms().flags)))));
    // 5. Return "/" + pattern + "/" + flags.
    std::u16string result = u"/" + pattern->to_utf16(vm.heap()) + u"/" + flags->to_utf16(vm.heap());
    return Value::string(String::from_utf16(vm.heap(), result));
}

// RegExp.prototype [ %Symbol.match% ] ( string ) — https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.match%
ThrowCompletionOr<Value> symbol_match(VM& vm, Arguments const& arguments)
{
    // 1-2. Let rx be the this value. If rx is not an Object, throw a TypeError exception.
    Object* rx = TRY(this_object(vm, arguments, "RegExp.prototype[Symbol.match]"));
    // 3. Let S be ? ToString(string).
    String* string = TRY(runtime::to_string(vm, arguments.at(0)));
    // 4. Let flags be ? ToString(? Get(rx, "flags")).
    std::u16string flags = TRY(get_flags_text(vm, *rx));
    // 5. If flags does not contain "g", return ? RegExpExec(rx, S).
    if (!contains(flags, 'g'))
        return regexp_exec(vm, *rx, string);
    // 6.a. fullUnicode: flags contains "u" or "v".
    bool full_unicode = contains(flags, 'u') || contains(flags, 'v');
    // 6.b. Perform ? Set(rx, "lastIndex", +0𝔽, true).
    TRY(set_last_index(vm, *rx, Value::int32(0)));
    // 6.c-e. Collect every match's "0".
    ValueList matches(vm.heap());
    while (true) {
        // i. Let result be ? RegExpExec(rx, S).
        Value result = TRY(regexp_exec(vm, *rx, string));
        // ii. If result is null, return null when n = 0, else A.
        if (result.is_null()) {
            if (matches.is_empty())
                return Value::null();
            return Value::object(create_array_from_list(vm, matches.span()));
        }
        // iii.1. Let matchStr be ? ToString(? Get(result, "0")).
        String* match = TRY(runtime::to_string(vm, TRY(get(vm, *result.as_object(), PropertyKey::from_index(0)))));
        // iii.2. CreateDataPropertyOrThrow(A, n, matchStr).
        matches.append(Value::string(match));
        // iii.3. If matchStr is empty, advance lastIndex past it.
        if (match->is_empty()) {
            uint64_t this_index = TRY(get_last_index(vm, *rx));
            uint64_t next_index = advance_string_index(vm, string, this_index, full_unicode);
            TRY(set_last_index(vm, *rx, Value::number(double(next_index))));
        }
    }
}

// RegExp.prototype [ %Symbol.matchAll% ] ( string ) — https://tc39.es/ecma262/#sec-regexp-prototype-%symbol.matchall%
ThrowCompletionOr<Value> symbol_match_all(VM& vm, Arguments const& arguments)
{
    // 1-2. Let R be the this value. If R is not an Object, throw a TypeError exception.
    Object* r = TRY(this_object(vm, arguments, "RegExp.prototype[Symbol.matchAll]"));
    // 3. Let S be ? ToString(string).
    String* string = TRY(runtime::to_string(vm, arguments.at(0)));
    // 4. Let C be ? SpeciesConstructor(R, %RegExp%).
    Object* constructor = TRY(species_constructor(vm, *r, *vm.current_realm().regexp_constructor()));
    // 5. Let flags be ? ToString(? Get(R, "flags")).
    String* flags = TRY(runtime::to_string(vm, TRY(get(vm, *r, PropertyKey::from_atom(vm.atoms().flags)))));
    std::u16string flags_text = flags->to_utf16(vm.heap());
    // 6. Let matcher be ? Construct(C, « R, flags »).
    Value construct_arguments[] = { Value::object(r), Value::string(flags) };
    Object* matcher = TRY(construct(vm, *constructor, construct_arguments));
    // 7. Let lastIndex be ? ToLength(? Get(R, "lastIndex")).
    uint64_t last_index = TRY(get_last_index(vm, *r));
    // 8. Perform ? Set(matcher, "lastIndex", lastIndex, true).
    TRY(set_last_index(vm, *matcher, Value::number(double(last_index))));
    // 9-12. global and fullUnicode from flags.
    bool global = contains(flags_text, 'g');
    bool full_unicode = contains(flags_text, 'u') || contains(flags_text, 'v');
    // 13. Return CreateRegExpStringIterator(matcher, S, global, fullUnicode).
    return Value::object(create_regexp_string_iterator(vm, *matcher, string, global, full_unicode));
}

// RegExp.prototype [ %Symbol.replace% ] ( string, replaceValue ) — https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.replace%
ThrowCompletionOr<Value> symbol_replace(VM& vm, Arguments const& arguments)
{
    // 1-2. Let rx be the this value. If rx is not an Object, throw a TypeError exception.
    Object* rx = TRY(this_object(vm, arguments, "RegExp.prototype[Symbol.replace]"));
    // 3. Let S be ? ToString(string). 4. Let lengthS be the length of S.
    String* string = TRY(runtime::to_string(vm, arguments.at(0)));
    uint32_t length = string->length();
    Value replace_value = arguments.at(1);
    // 5-6. functionalReplace; otherwise replaceValue becomes a String.
    bool functional = is_callable(replace_value);
    std::u16string replacement_template;
    if (!functional)
        replacement_template = TRY(runtime::to_string(vm, replace_value))->to_utf16(vm.heap());
    // 7. Let flags be ? ToString(? Get(rx, "flags")).
    std::u16string flags = TRY(get_flags_text(vm, *rx));
    // 8. Let global be true if flags contains "g".
    bool global = contains(flags, 'g');
    bool full_unicode = false;
    // 9. If global is true, then
    if (global) {
        // a. fullUnicode. b. Perform ? Set(rx, "lastIndex", +0𝔽, true).
        full_unicode = contains(flags, 'u') || contains(flags, 'v');
        TRY(set_last_index(vm, *rx, Value::int32(0)));
    }
    // 10-12. Collect the results.
    ValueList results(vm.heap());
    while (true) {
        // a. Let result be ? RegExpExec(rx, S).
        Value result = TRY(regexp_exec(vm, *rx, string));
        // b. If result is null, set done to true.
        if (result.is_null())
            break;
        // c.i. Append result to results.
        results.append(result);
        // c.ii. If global is false, set done to true.
        if (!global)
            break;
        // c.iii. Else, if the match is empty, advance lastIndex past it.
        String* match = TRY(runtime::to_string(vm, TRY(get(vm, *result.as_object(), PropertyKey::from_index(0)))));
        if (match->is_empty()) {
            uint64_t this_index = TRY(get_last_index(vm, *rx));
            uint64_t next_index = advance_string_index(vm, string, this_index, full_unicode);
            TRY(set_last_index(vm, *rx, Value::number(double(next_index))));
        }
    }
    // 13. Let accumulatedResult be the empty String. 14. Let nextSourcePosition be 0.
    std::u16string text = string->to_utf16(vm.heap());
    std::u16string accumulated;
    uint32_t next_source_position = 0;
    // 15. For each element result of results, do
    for (uint32_t r = 0; r < results.size(); ++r) {
        Object& result = *results.at(r).as_object();
        // a-b. resultLength and nCaptures = max(resultLength - 1, 0).
        uint64_t result_length = TRY(length_of_array_like(vm, result));
        uint64_t capture_count = result_length > 0 ? result_length - 1 : 0;
        // c. Let matched be ? ToString(? Get(result, "0")).
        String* matched = TRY(runtime::to_string(vm, TRY(get(vm, result, PropertyKey::from_index(0)))));
        std::u16string matched_text = matched->to_utf16(vm.heap());
        // e. Let position be ? ToIntegerOrInfinity(? Get(result, "index")), clamped to [0, lengthS].
        double position_number = TRY(to_integer_or_infinity(vm, TRY(get(vm, result, PropertyKey::from_atom(vm.atoms().index)))));
        uint32_t position = uint32_t(std::clamp(position_number, 0.0, double(length)));
        // g-i. captures: each "n" converted to a String unless undefined.
        ValueList captures(vm.heap());
        for (uint64_t n = 1; n <= capture_count; ++n) {
            Value capture = TRY(get(vm, result, PropertyKey::from_index(uint32_t(n))));
            if (!capture.is_undefined())
                capture = Value::string(TRY(runtime::to_string(vm, capture)));
            captures.append(capture);
        }
        // j. Let namedCaptures be ? Get(result, "groups").
        Value named_captures = TRY(get(vm, result, PropertyKey::from_atom(vm.atoms().groups)));
        std::u16string replacement;
        if (functional) {
            // k. replacerArgs « matched, captures..., position, S [, namedCaptures] ».
            ValueList replacer_arguments(vm.heap());
            replacer_arguments.append(Value::string(matched));
            for (Value capture : captures.span())
                replacer_arguments.append(capture);
            replacer_arguments.append(Value::number(position));
            replacer_arguments.append(Value::string(string));
            if (!named_captures.is_undefined())
                replacer_arguments.append(named_captures);
            // v-vi. Let replacement be ? ToString(? Call(replaceValue, undefined, replacerArgs)).
            Value replaced = TRY(call(vm, replace_value, Value::undefined(), replacer_arguments.span()));
            replacement = TRY(runtime::to_string(vm, replaced))->to_utf16(vm.heap());
        } else {
            // l.i. If namedCaptures is not undefined, set it to ? ToObject(namedCaptures).
            if (!named_captures.is_undefined())
                named_captures = Value::object(TRY(to_object(vm, named_captures)));
            // l.ii. Let replacement be ? GetSubstitution(matched, S, position, captures,
            //       namedCaptures, replaceValue).
            TRY(get_substitution(vm, replacement, matched_text, text, position, captures.span(), named_captures, replacement_template));
        }
        // m. If position ≥ nextSourcePosition, append S[nextSourcePosition, position) and the
        //    replacement; nextSourcePosition = position + matchLength.
        if (position >= next_source_position) {
            accumulated.append(text, next_source_position, position - next_source_position);
            accumulated += replacement;
            next_source_position = position + uint32_t(matched_text.size());
            if (accumulated.size() > String::kMaxLength)
                return vm.throw_range_error(ErrorType::InvalidStringLength);
        }
    }
    // 16. If nextSourcePosition ≥ lengthS, return accumulatedResult.
    // 17. Return accumulatedResult + the rest of S.
    if (next_source_position < length)
        accumulated.append(text, next_source_position);
    if (accumulated.size() > String::kMaxLength)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    return Value::string(String::from_utf16(vm.heap(), accumulated));
}

// RegExp.prototype [ %Symbol.search% ] ( string ) — https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.search%
ThrowCompletionOr<Value> symbol_search(VM& vm, Arguments const& arguments)
{
    // 1-2. Let rx be the this value. If rx is not an Object, throw a TypeError exception.
    Object* rx = TRY(this_object(vm, arguments, "RegExp.prototype[Symbol.search]"));
    // 3. Let S be ? ToString(string).
    String* string = TRY(runtime::to_string(vm, arguments.at(0)));
    // 4. Let previousLastIndex be ? Get(rx, "lastIndex").
    Value previous_last_index = TRY(get(vm, *rx, last_index_key(vm)));
    // 5. If SameValue(previousLastIndex, +0𝔽) is false, Set(rx, "lastIndex", +0𝔽, true).
    if (!same_value(vm.heap(), previous_last_index, Value::int32(0)))
        TRY(set_last_index(vm, *rx, Value::int32(0)));
    // 6. Let result be ? RegExpExec(rx, S).
    Value result = TRY(regexp_exec(vm, *rx, string));
    // 7. Let currentLastIndex be ? Get(rx, "lastIndex").
    Value current_last_index = TRY(get(vm, *rx, last_index_key(vm)));
    // 8. If SameValue(currentLastIndex, previousLastIndex) is false, restore it.
    if (!same_value(vm.heap(), current_last_index, previous_last_index))
        TRY(set_last_index(vm, *rx, previous_last_index));
    // 9. If result is null, return -1𝔽.
    if (result.is_null())
        return Value::int32(-1);
    // 10. Return ? Get(result, "index").
    return get(vm, *result.as_object(), PropertyKey::from_atom(vm.atoms().index));
}

// RegExp.prototype [ %Symbol.split% ] ( string, limit ) — https://tc39.es/ecma262/#sec-regexp.prototype-%symbol.split%
ThrowCompletionOr<Value> symbol_split(VM& vm, Arguments const& arguments)
{
    // 1-2. Let rx be the this value. If rx is not an Object, throw a TypeError exception.
    Object* rx = TRY(this_object(vm, arguments, "RegExp.prototype[Symbol.split]"));
    // 3. Let S be ? ToString(string).
    String* string = TRY(runtime::to_string(vm, arguments.at(0)));
    // 4. Let C be ? SpeciesConstructor(rx, %RegExp%).
    Object* regexp_constructor = vm.current_realm().regexp_constructor();
    Object* constructor = TRY(species_constructor(vm, *rx, *regexp_constructor));
    // 5. Let flags be ? ToString(? Get(rx, "flags")).
    std::u16string flags = TRY(get_flags_text(vm, *rx));
    // 6-7. unicodeMatching: flags contains "u" or "v".
    bool unicode_matching = contains(flags, 'u') || contains(flags, 'v');
    // 8-9. newFlags: flags with "y" added.
    std::u16string new_flags = contains(flags, 'y') ? flags : flags + u"y";
    // 10. Let splitter be ? Construct(C, « rx, newFlags »).
    Value construct_arguments[] = { Value::object(rx), Value::string(String::from_utf16(vm.heap(), new_flags)) };
    Object* splitter = TRY(construct(vm, *constructor, construct_arguments));
    // 11-12. Let A be ! ArrayCreate(0). Let lengthA be 0.
    ValueList parts(vm.heap());
    // 13-14. lim: 2^32 - 1 when limit is undefined, else ? ToUint32(limit).
    uint32_t limit = arguments.at(1).is_undefined() ? UINT32_MAX : TRY(to_uint32(vm, arguments.at(1)));
    // 15. If lim = 0, return A.
    if (limit == 0)
        return Value::object(create_array_from_list(vm, parts.span()));
    // 16. Let size be the length of S.
    uint32_t size = string->length();
    // 17. If size = 0, then
    if (size == 0) {
        // a. Let z be ? RegExpExec(splitter, S). b. If z is not null, return A.
        Value z = TRY(regexp_exec(vm, *splitter, string));
        if (!z.is_null())
            return Value::object(create_array_from_list(vm, parts.span()));
        // c-d. CreateDataPropertyOrThrow(A, "0", S); return A.
        parts.append(Value::string(string));
        return Value::object(create_array_from_list(vm, parts.span()));
    }
    // 18-19. Let p be 0 (the end of the last match). Let q be p.
    uint32_t p = 0;
    uint32_t q = p;
    // Fast path: a splitter made by %RegExp% with the built-in exec is not visible to user
    // code, so searching with the matcher from q gives the same matches as the spec's sticky
    // attempt at every q (the matcher advances as AdvanceStringIndex does).
    bool direct = constructor == regexp_constructor && has_builtin_exec(vm, *splitter);
    auto* splitter_regexp = static_cast<RegExpObject*>(splitter);
    std::vector<int32_t> captures;
    // 20. Repeat, while q < size,
    while (q < size) {
        uint32_t e;
        uint32_t match_start = q;
        Value z;
        if (direct) {
            regexp::RegExpProgram const& program = splitter_regexp->program();
            captures.assign(program.capture_count * 2, -1);
            CodeUnitView view = string->flatten(vm.heap());
            auto status = regexp::match_regexp(program, view, q, false, captures);
            if (status == regexp::MatchStatus::BacktrackLimit)
                return vm.throw_range_error(ErrorType::RegExpBacktrackLimit);
            if (status == regexp::MatchStatus::NoMatch || uint32_t(captures[0]) >= size)
                break;
            match_start = uint32_t(captures[0]);
            e = std::min(uint32_t(captures[1]), size);
            // RegExpBuiltinExec's Annex B step for the splitter (made by this realm's %RegExp%).
            if (splitter_regexp->realm() == &vm.current_realm())
                update_legacy_regexp_static_properties(vm, vm.current_realm(), string, captures.data(), program.capture_count);
        } else {
            // a. Perform ? Set(splitter, "lastIndex", 𝔽(q), true).
            TRY(set_last_index(vm, *splitter, Value::number(q)));
            // b. Let z be ? RegExpExec(splitter, S).
            z = TRY(regexp_exec(vm, *splitter, string));
            // c. If z is null, set q to AdvanceStringIndex(S, q, unicodeMatching).
            if (z.is_null()) {
                q = uint32_t(advance_string_index(vm, string, q, unicode_matching));
                continue;
            }
            // d.i-ii. Let e be min(? ToLength(? Get(splitter, "lastIndex")), size).
            e = uint32_t(std::min<uint64_t>(TRY(get_last_index(vm, *splitter)), size));
        }
        // d.iii. If e = p, set q to AdvanceStringIndex(S, q, unicodeMatching).
        if (e == p) {
            q = uint32_t(advance_string_index(vm, string, match_start, unicode_matching));
            continue;
        }
        // d.iv.1-3. Let T be the substring of S from p to q; append it.
        parts.append(Value::string(substring_of(vm, string, p, match_start)));
        // d.iv.4. If lengthA = lim, return A.
        if (parts.size() == limit)
            return Value::object(create_array_from_list(vm, parts.span()));
        // d.iv.5. Set p to e.
        p = e;
        // d.iv.6-11. Append the captures of z (numberOfCaptures = max(LengthOfArrayLike(z) - 1, 0)).
        if (direct) {
            for (size_t i = 1; i < captures.size() / 2; ++i) {
                if (captures[2 * i] < 0)
                    parts.append(Value::undefined());
                else
                    parts.append(Value::string(substring_of(vm, string, uint32_t(captures[2 * i]), uint32_t(captures[2 * i + 1]))));
                if (parts.size() == limit)
                    return Value::object(create_array_from_list(vm, parts.span()));
            }
        } else {
            uint64_t capture_count = TRY(length_of_array_like(vm, *z.as_object()));
            capture_count = capture_count > 0 ? capture_count - 1 : 0;
            for (uint64_t i = 1; i <= capture_count; ++i) {
                Value next_capture = TRY(get(vm, *z.as_object(), PropertyKey::from_index(uint32_t(i))));
                parts.append(next_capture);
                if (parts.size() == limit)
                    return Value::object(create_array_from_list(vm, parts.span()));
            }
        }
        // d.iv.12. Set q to p.
        q = p;
    }
    // 21-23. Append the rest of S from p; return A.
    parts.append(Value::string(substring_of(vm, string, p, size)));
    return Value::object(create_array_from_list(vm, parts.span()));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/regexp/regexp_prototype.def"
}

}
