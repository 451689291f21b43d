#include "runtime/builtins/regexp/regexp_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/regexp/regexp_legacy.h"
#include "runtime/builtins/regexp/regexp_object.h"
#include "runtime/error_types.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <unicode/uchar.h>

namespace sable::runtime::builtins::regexp_constructor {

namespace {

// RegExpAlloc ( newTarget ) — https://tc39.es/ecma262/#sec-regexpalloc
ThrowCompletionOr<RegExpObject*> regexp_alloc(VM& vm, Object& new_target)
{
    // 1. Let obj be ? OrdinaryCreateFromConstructor(newTarget, "%RegExp.prototype%", ...).
    Object* prototype = TRY(get_prototype_from_constructor(vm, new_target, &Realm::regexp_prototype));
    RegExpObject* object = RegExpObject::create(vm, prototype);
    // Annex B: [[Realm]] is the current realm; [[LegacyFeaturesEnabled]] is whether newTarget
    // is that realm's %RegExp% (subclasses do not update the legacy static properties).
    Realm& this_realm = vm.current_realm();
    object->set_legacy_features(vm.heap(), &this_realm, &new_target == this_realm.regexp_constructor());
    // 2-3. lastIndex is defined by RegExpObject::create.
    return object;
}

}

// RegExp ( pattern, flags ) — https://tc39.es/ecma262/#sec-regexp-pattern-flags
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    Value pattern = arguments.at(0);
    Value flags = arguments.at(1);
    // 1. Let patternIsRegExp be ? IsRegExp(pattern).
    bool pattern_is_regexp = TRY(is_regexp(vm, pattern));
    Object* new_target = arguments.new_target;
    // 2. If NewTarget is undefined, then
    if (!new_target) {
        // a. Let newTarget be the active function object.
        new_target = arguments.callee;
        // b. If patternIsRegExp is true and flags is undefined, then
        if (pattern_is_regexp && flags.is_undefined()) {
            // i. Let patternConstructor be ? Get(pattern, "constructor").
            Value pattern_constructor = TRY(get(vm, *pattern.as_object(), PropertyKey::from_atom(vm.atoms().constructor)));
            // ii. If SameValue(newTarget, patternConstructor) is true, return pattern.
            if (pattern_constructor.is_object() && pattern_constructor.as_object() == new_target)
                return pattern;
        }
    }
    Value p;
    Value f;
    // 4. If pattern is an Object and pattern has a [[RegExpMatcher]] internal slot, then
    if (RegExpObject* source = as_regexp_object(pattern)) {
        // a. Let P be pattern.[[OriginalSource]].
        p = Value::string(source->source());
        // b. If flags is undefined, let F be pattern.[[OriginalFlags]]. c. Else, let F be flags.
        f = flags.is_undefined() ? Value::string(source->flags_string()) : flags;
    } else if (pattern_is_regexp) {
        // 5. Else if patternIsRegExp is true, then
        //    a. Let P be ? Get(pattern, "source").
        p = TRY(get(vm, *pattern.as_object(), PropertyKey::from_atom(vm.atoms().source)));
        //    b. If flags is undefined, let F be ? Get(pattern, "flags"). c. Else, let F be flags.
        f = flags.is_undefined() ? TRY(get(vm, *pattern.as_object(), PropertyKey::from_atom(vm.atoms().flags))) : flags;
    } else {
        // 6. Else, let P be pattern and F be flags.
        p = pattern;
        f = flags;
    }
    // 7. Let O be ? RegExpAlloc(newTarget).
    RegExpObject* object = TRY(regexp_alloc(vm, *new_target));
    // 8. Return ? RegExpInitialize(O, P, F).
    return Value::object(TRY(regexp_initialize(vm, *object, p, f)));
}

namespace {

void append_hex(std::u16string& out, char16_t prefix, uint32_t value, int digits)
{
    static constexpr char kDigits[] = "0123456789abcdef";
    out += u'\\';
    out += prefix;
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += char16_t(kDigits[(value >> shift) & 0xF]);
}

// EncodeForRegExpEscape ( c ) — https://tc39.es/ecma262/#sec-encodeforregexpescape
void encode_for_regexp_escape(std::u16string& out, char32_t c)
{
    // 1. If c is matched by SyntaxCharacter or c is U+002F (SOLIDUS), return "\" followed by c.
    if (c < 0x80 && std::u16string_view(u"^$\\.*+?()[]{}|/").find(char16_t(c)) != std::u16string_view::npos) {
        out += u'\\';
        out += char16_t(c);
        return;
    }
    // 2. If c is a code point listed in the ControlEscape column of Table 65, return "\" and
    //    its escape letter.
    switch (c) {
    case '\t':
        out += u"\\t";
        return;
    case '\n':
        out += u"\\n";
        return;
    case '\v':
        out += u"\\v";
        return;
    case '\f':
        out += u"\\f";
        return;
    case '\r':
        out += u"\\r";
        return;
    default:
        break;
    }
    // 3-5. Other punctuators, WhiteSpace, LineTerminator and lone surrogates are written as
    //      \xXX (up to U+00FF) or as \uXXXX per UTF-16 code unit.
    bool other_punctuator = c < 0x80 && std::u16string_view(u",-=<>#&!%:;@~'`\"").find(char16_t(c)) != std::u16string_view::npos;
    bool white_space = c == 0xFEFF || c == 0x2028 || c == 0x2029 || (c != 0x85 && u_charType(UChar32(c)) == U_SPACE_SEPARATOR);
    bool surrogate = c >= 0xD800 && c <= 0xDFFF;
    if (other_punctuator || white_space || surrogate) {
        if (c <= 0xFF) {
            append_hex(out, u'x', c, 2);
            return;
        }
        if (c > 0xFFFF) {
            append_hex(out, u'u', 0xD800 + ((c - 0x10000) >> 10), 4);
            append_hex(out, u'u', 0xDC00 + ((c - 0x10000) & 0x3FF), 4);
            return;
        }
        append_hex(out, u'u', c, 4);
        return;
    }
    // 6. Return UTF16EncodeCodePoint(c).
    if (c > 0xFFFF) {
        out += char16_t(0xD800 + ((c - 0x10000) >> 10));
        out += char16_t(0xDC00 + ((c - 0x10000) & 0x3FF));
        return;
    }
    out += char16_t(c);
}

}

// RegExp.escape ( S ) — https://tc39.es/ecma262/#sec-regexp.escape
ThrowCompletionOr<Value> escape(VM& vm, Arguments const& arguments)
{
    // 1. If S is not a String, throw a TypeError exception.
    if (!arguments.at(0).is_string())
        return vm.throw_type_error(ErrorType::NotAString, { "RegExp.escape argument" });
    std::u16string text = arguments.at(0).as_string()->to_utf16(vm.heap());
    // 2. Let escaped be the empty String.
    std::u16string escaped;
    // 3. Let cpList be StringToCodePoints(S). 4. For each code point c of cpList, do
    for (size_t i = 0; i < text.size();) {
        char32_t c = text[i];
        size_t units = 1;
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF) {
            c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
            units = 2;
        }
        i += units;
        // a. If escaped is the empty String and c is matched by either DecimalDigit or
        //    AsciiLetter, then escape it as \xXX (so the result can follow \0, \1 or \c).
        if (escaped.empty() && c < 0x80 && ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
            append_hex(escaped, u'x', c, 2);
            continue;
        }
        // b. Else, set escaped to the string-concatenation of escaped and
        //    EncodeForRegExpEscape(c).
        encode_for_regexp_escape(escaped, c);
    }
    // 5. Return escaped.
    return Value::string(String::from_utf16(vm.heap(), escaped));
}

// get RegExp [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-get-regexp-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

// The Annex B legacy static accessors.
ThrowCompletionOr<Value> get_input(VM& vm, Arguments const& arguments)
{
    return get_legacy_regexp_static_property(vm, arguments, LegacyRegExpProperty::Input);
}
ThrowCompletionOr<Value> set_input(VM& vm, Arguments const& arguments) { return set_legacy_regexp_input(vm, arguments); }
ThrowCompletionOr<Value> get_last_match(VM& vm, Arguments const& arguments)
{
    return get_legacy_regexp_static_property(vm, arguments, LegacyRegExpProperty::LastMatch);
}
ThrowCompletionOr<Value> get_last_paren(VM& vm, Arguments const& arguments)
{
    return get_legacy_regexp_static_property(vm, arguments, LegacyRegExpProperty::LastParen);
}
ThrowCompletionOr<Value> get_left_context(VM& vm, Arguments const& arguments)
{
    return get_legacy_regexp_static_property(vm, arguments, LegacyRegExpProperty::LeftContext);
}
ThrowCompletionOr<Value> get_right_context(VM& vm, Arguments const& arguments)
{
    return get_legacy_regexp_static_property(vm, arguments, LegacyRegExpProperty::RightContext);
}
#define SABLE_LEGACY_PAREN(n)                                                                  \
    ThrowCompletionOr<Value> get_paren##n(VM& vm, Arguments const& arguments)                  \
    {                                                                                          \
        return get_legacy_regexp_static_property(vm, arguments, LegacyRegExpProperty::Paren1, n); \
    }
SABLE_LEGACY_PAREN(1)
SABLE_LEGACY_PAREN(2)
SABLE_LEGACY_PAREN(3)
SABLE_LEGACY_PAREN(4)
SABLE_LEGACY_PAREN(5)
SABLE_LEGACY_PAREN(6)
SABLE_LEGACY_PAREN(7)
SABLE_LEGACY_PAREN(8)
SABLE_LEGACY_PAREN(9)
#undef SABLE_LEGACY_PAREN

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/regexp/regexp_constructor.def"
}

}
