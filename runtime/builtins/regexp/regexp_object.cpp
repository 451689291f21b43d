#include "runtime/builtins/regexp/regexp_object.h"

#include "gc/heap.h"
#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/regexp/regexp_legacy.h"
#include "runtime/builtins/regexp/regexp_prototype.h"
#include "runtime/error_types.h"
#include "runtime/native_function.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/regexp/regexp_compiler.h"
#include "runtime/regexp/regexp_matcher.h"
#include "runtime/regexp/regexp_parser.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <vector>

namespace sable::runtime {

RegExpObject* RegExpObject::create(VM& vm, Object* prototype)
{
    Shape* shape = vm.shapes().root(prototype, ObjectKind::RegExp);
    auto* object = vm.heap().allocate_with_size<RegExpObject>(allocation_size(sizeof(RegExpObject), kDefaultInlineSlots), shape);
    // RegExpAlloc step 3: DefinePropertyOrThrow(obj, "lastIndex", { [[Writable]]: true,
    // [[Enumerable]]: false, [[Configurable]]: false }).
    object->store_own_property(vm, PropertyKey::from_atom(vm.atoms().last_index), Value::undefined(), PropertyAttributes::data(true, false, false));
    return object;
}

void RegExpObject::set_pattern(VM& vm, String* source, String* flags_string, regexp::RegExpFlags flags,
    std::unique_ptr<regexp::RegExpProgram> program)
{
    m_source = source;
    vm.heap().write_barrier(this, source);
    m_flags_string = flags_string;
    vm.heap().write_barrier(this, flags_string);
    m_flags = flags;
    delete m_program;
    m_program = program.release();
}

void RegExpObject::set_legacy_features(gc::Heap& heap, Realm* realm, bool enabled)
{
    m_realm = realm;
    heap.write_barrier(this, realm);
    m_legacy_features_enabled = enabled;
}

void RegExpObject::visit_children(gc::Cell* cell, gc::Visitor& visitor)
{
    auto* regexp = static_cast<RegExpObject*>(cell);
    visitor.visit(regexp->m_source);
    visitor.visit(regexp->m_flags_string);
    visitor.visit(regexp->m_realm);
    Object::visit_children(cell, visitor);
}

void RegExpObject::finalize(gc::Cell* cell)
{
    auto* regexp = static_cast<RegExpObject*>(cell);
    delete regexp->m_program;
    regexp->m_program = nullptr;
}

RegExpObject* as_regexp_object(Value value)
{
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::RegExp)
        return nullptr;
    return static_cast<RegExpObject*>(value.as_object());
}

namespace {

ThrowCompletionOr<RegExpObject*> initialize_with_strings(VM& vm, RegExpObject& object, String* pattern, String* flags)
{
    // 4. If F contains any code unit other than "d", "g", "i", "m", "s", "u", "v", or "y", or if
    //    F contains any code unit more than once, throw a SyntaxError exception.
    std::u16string flags_text = flags->to_utf16(vm.heap());
    std::optional<regexp::RegExpFlags> parsed_flags = regexp::parse_regexp_flags(flags_text);
    if (!parsed_flags)
        return vm.throw_syntax_error(vm.current_realm(), "Invalid flags supplied to RegExp constructor '" + flags->to_utf8(vm.heap()) + "'");
    // 5-12. Parse the pattern (as code points with u or v); a parse error is a SyntaxError.
    std::u16string pattern_text = pattern->to_utf16(vm.heap());
    regexp::RegExpParseResult parsed = regexp::parse_regexp(pattern_text, *parsed_flags);
    if (!parsed.ok())
        return vm.throw_syntax_error(vm.current_realm(), parsed.error->message);
    // 13-16. Set [[OriginalSource]], [[OriginalFlags]] and [[RegExpMatcher]].
    object.set_pattern(vm, pattern, flags, *parsed_flags, regexp::compile_regexp(parsed.tree));
    // 17. Perform ? Set(obj, "lastIndex", +0𝔽, true).
    TRY(set_last_index(vm, object, Value::int32(0)));
    // 18. Return obj.
    return &object;
}

}

// RegExpInitialize ( obj, pattern, flags ) — https://tc39.es/ecma262/#sec-regexpinitialize
ThrowCompletionOr<RegExpObject*> regexp_initialize(VM& vm, RegExpObject& object, Value pattern, Value flags)
{
    // 1-2. If pattern is undefined, let P be the empty String; else let P be ? ToString(pattern).
    String* pattern_string = pattern.is_undefined() ? vm.atoms().empty : TRY(to_string(vm, pattern));
    // 3. If flags is undefined, let F be the empty String; else let F be ? ToString(flags).
    String* flags_string = flags.is_undefined() ? vm.atoms().empty : TRY(to_string(vm, flags));
    return initialize_with_strings(vm, object, pattern_string, flags_string);
}

// RegExpCreate ( P, F ) — https://tc39.es/ecma262/#sec-regexpcreate
ThrowCompletionOr<RegExpObject*> regexp_create(VM& vm, Value pattern, Value flags)
{
    Realm& realm = vm.current_realm();
    // 1. Let obj be ! RegExpAlloc(%RegExp%).
    RegExpObject* object = RegExpObject::create(vm, realm.regexp_prototype());
    // RegExpAlloc (Annex B): newTarget is %RegExp% of the current realm, so legacy features on.
    object->set_legacy_features(vm.heap(), &realm, true);
    // 2. Return ? RegExpInitialize(obj, P, F).
    return regexp_initialize(vm, *object, pattern, flags);
}

ThrowCompletionOr<RegExpObject*> regexp_create_literal(VM& vm, Realm& realm, String* pattern, String* flags)
{
    // 13.2.7.3 RegularExpressionLiteral evaluation: ! RegExpCreate(pattern, flags); the
    // literal's early errors were reported by the parser.
    RegExpObject* object = RegExpObject::create(vm, realm.regexp_prototype());
    object->set_legacy_features(vm.heap(), &realm, true);
    return initialize_with_strings(vm, *object, pattern, flags);
}

// AdvanceStringIndex ( S, index, unicode ) — https://tc39.es/ecma262/#sec-advancestringindex
uint64_t advance_string_index(VM& vm, String* string, uint64_t index, bool unicode)
{
    // 2. If unicode is false, return index + 1.
    if (!unicode)
        return index + 1;
    // 3-4. If index + 1 ≥ length, return index + 1.
    uint32_t length = string->length();
    if (index + 1 >= length)
        return index + 1;
    // 5-6. Return index + the code unit count of the code point at index.
    CodeUnitView view = string->flatten(vm.heap());
    char16_t first = view[uint32_t(index)];
    char16_t second = view[uint32_t(index) + 1];
    if (first >= 0xD800 && first <= 0xDBFF && second >= 0xDC00 && second <= 0xDFFF)
        return index + 2;
    return index + 1;
}

// RegExpExec ( R, S ) — https://tc39.es/ecma262/#sec-regexpexec
ThrowCompletionOr<Value> regexp_exec(VM& vm, Object& regexp, String* string)
{
    // 1. Let exec be ? Get(R, "exec").
    Value exec = TRY(get(vm, regexp, PropertyKey::from_atom(vm.atoms().exec)));
    // 2. If IsCallable(exec) is true, then
    if (is_callable(exec)) {
        // Fast path: the built-in exec on a RegExp runs RegExpBuiltinExec without a call.
        if (exec.as_object()->kind() == ObjectKind::NativeFunction && regexp.kind() == ObjectKind::RegExp
            && static_cast<NativeFunction*>(exec.as_object())->function() == &builtins::regexp_prototype::exec)
            return regexp_builtin_exec(vm, static_cast<RegExpObject&>(regexp), string);
        // a. Let result be ? Call(exec, R, « S »).
        Value call_arguments[] = { Value::string(string) };
        Value result = TRY(call(vm, exec, Value::object(&regexp), call_arguments));
        // b. If result is not an Object and result is not null, throw a TypeError exception.
        if (!result.is_object() && !result.is_null())
            return vm.throw_type_error(ErrorType::RegExpExecResult);
        // c. Return result.
        return result;
    }
    // 3. Perform ? RequireInternalSlot(R, [[RegExpMatcher]]).
    if (regexp.kind() != ObjectKind::RegExp)
        return vm.throw_type_error(ErrorType::IncompatibleRegExpReceiver, { "RegExp.prototype.exec" });
    // 4. Return ? RegExpBuiltinExec(R, S).
    return regexp_builtin_exec(vm, static_cast<RegExpObject&>(regexp), string);
}

namespace {

// MakeMatchIndicesIndexPairArray ( S, indices, groupNames, hasGroups )
// https://tc39.es/ecma262/#sec-makematchindicesindexpairarray
Object* make_match_indices_index_pair_array(VM& vm, regexp::RegExpProgram const& program, int32_t const* captures,
    std::vector<String*> const& group_names, bool has_groups)
{
    uint32_t n = program.capture_count;
    ValueList pairs(vm.heap(), n);
    for (uint32_t i = 0; i < n; ++i) {
        // b. If matchIndices is not undefined, let matchIndexPair be GetMatchIndexPair(S,
        //    matchIndices); else undefined.
        if (captures[2 * i] < 0) {
            pairs.append(Value::undefined());
            continue;
        }
        Value pair[] = { Value::int32(captures[2 * i]), Value::int32(captures[2 * i + 1]) };
        pairs.append(Value::object(create_array_from_list(vm, pair)));
    }
    // 5-6. Let A be ! ArrayCreate(n) with the pairs at 0..n-1.
    Object* array = create_array_from_list(vm, pairs.span());
    // 7-9. groups: an object with a null prototype when the pattern has named groups.
    Object* groups = has_groups ? Object::create(vm, nullptr) : nullptr;
    array->store_own_property(vm, PropertyKey::from_atom(vm.atoms().groups), groups ? Value::object(groups) : Value::undefined(),
        PropertyAttributes::default_data());
    // 10.e. If i > 0 and groupNames[i - 1] is not undefined, CreateDataProperty(groups, name, pair).
    for (uint32_t i = 1; i < n; ++i) {
        if (groups && group_names[i])
            MUST(create_data_property_or_throw(vm, *groups, PropertyKey::from_atom(group_names[i]), pairs.at(i)));
    }
    return array;
}

}

// RegExpBuiltinExec ( R, S ) — https://tc39.es/ecma262/#sec-regexpbuiltinexec
// Set(R, "lastIndex", value, true): a RegExp's own writable "lastIndex" is stored directly.
ThrowCompletionOr<void> set_last_index(VM& vm, Object& regexp, Value value)
{
    PropertyKey key = PropertyKey::from_atom(vm.atoms().last_index);
    if (regexp.kind() == ObjectKind::RegExp && !regexp.shape()->is_dictionary()) {
        if (auto property = regexp.shape()->lookup(key); property && property->attributes.is_data() && property->attributes.is_writable()) {
            regexp.set_slot(vm.heap(), property->slot, value);
            return {};
        }
    }
    return set(vm, regexp, key, value, true);
}

ThrowCompletionOr<Value> regexp_builtin_exec(VM& vm, RegExpObject& regexp, String* string)
{
    // 1. Let length be the length of S.
    uint32_t length = string->length();
    // 2. Let lastIndex be ℝ(? ToLength(? Get(R, "lastIndex"))).
    Value last_index_value = regexp.last_index();
    uint64_t last_index = last_index_value.is_int32() && last_index_value.as_int32() >= 0 ? uint64_t(last_index_value.as_int32())
                                                                                           : TRY(to_length(vm, last_index_value));
    // 3-6. flags: global, sticky, hasIndices; without global or sticky, lastIndex is 0.
    regexp::RegExpFlags flags = regexp.flags();
    bool global = flags.global();
    bool sticky = flags.sticky();
    bool has_indices = flags.has_indices();
    if (!global && !sticky)
        last_index = 0;
    // 7. Let matcher be R.[[RegExpMatcher]]. (The program belongs to R: keep R alive and do
    //    not recompile it, compile() could, before the last use below.)
    regexp::RegExpProgram const& program = regexp.program();
    uint32_t capture_count = program.capture_count;
    // 8. fullUnicode: the input is read as code points.
    // 10-12. Find the match from lastIndex (AdvanceStringIndex between tries, only at lastIndex
    //        when sticky); past the end of the input nothing can match.
    std::vector<int32_t> captures(capture_count * 2, -1);
    regexp::MatchStatus status = regexp::MatchStatus::NoMatch;
    if (last_index <= length) {
        CodeUnitView view = string->flatten(vm.heap());
        status = regexp::match_regexp(program, view, uint32_t(last_index), sticky, captures);
    }
    if (status == regexp::MatchStatus::BacktrackLimit)
        return vm.throw_range_error(ErrorType::RegExpBacktrackLimit);
    if (status == regexp::MatchStatus::NoMatch) {
        // 12.a / 12.c.i. If global or sticky, Set(R, "lastIndex", +0𝔽, true); return null.
        if (global || sticky)
            TRY(set_last_index(vm, regexp, Value::int32(0)));
        return Value::null();
    }
    uint32_t match_start = uint32_t(captures[0]);
    // 13-14. e is the end index of the match (in code units already).
    uint32_t e = uint32_t(captures[1]);
    // 15. If global or sticky, Set(R, "lastIndex", 𝔽(e), true).
    if (global || sticky)
        TRY(set_last_index(vm, regexp, Value::number(e)));
    // Annex B (legacy RegExp features): update or invalidate %RegExp%'s static properties.
    Realm& this_realm = vm.current_realm();
    if (regexp.realm() == &this_realm) {
        if (regexp.legacy_features_enabled())
            update_legacy_regexp_static_properties(vm, this_realm, string, captures.data(), capture_count);
        else
            invalidate_legacy_regexp_static_properties(vm, this_realm);
    }
    // 16-18. n captures; A = ArrayCreate(n + 1) holding "0" the matched substring and each
    //        capture's value (undefined when it did not participate).
    ValueList values(vm.heap(), capture_count);
    for (uint32_t i = 0; i < capture_count; ++i) {
        if (captures[2 * i] < 0)
            values.append(Value::undefined());
        else
            values.append(Value::string(substring_of(vm, string, uint32_t(captures[2 * i]), uint32_t(captures[2 * i + 1]))));
    }
    Object* array = create_array_from_list(vm, values.span());
    // 20. CreateDataPropertyOrThrow(A, "index", 𝔽(lastIndex)).
    // (A is a new extensible Array without named properties: its properties are stored directly.)
    array->store_own_property(vm, PropertyKey::from_atom(vm.atoms().index), Value::number(match_start), PropertyAttributes::default_data());
    // 21. CreateDataPropertyOrThrow(A, "input", S).
    array->store_own_property(vm, PropertyKey::from_atom(vm.atoms().input), Value::string(string), PropertyAttributes::default_data());
    // 26-27. groups: an object with a null prototype when R has named groups.
    bool has_groups = !program.group_names.empty();
    Object* groups = has_groups ? Object::create(vm, nullptr) : nullptr;
    array->store_own_property(vm, PropertyKey::from_atom(vm.atoms().groups), groups ? Value::object(groups) : Value::undefined(),
        PropertyAttributes::default_data());
    // 33. For each capture: a named group's value goes to groups (with duplicate names, the one
    //     that participated; groupNames records which name each index contributes).
    std::vector<String*> group_names;
    if (has_groups || has_indices)
        group_names.assign(capture_count, nullptr);
    if (has_groups) {
        std::vector<bool> matched_names(program.group_names.size(), false);
        for (uint32_t i = 1; i < capture_count; ++i) {
            int32_t name_id = program.capture_name_ids[i];
            if (name_id < 0)
                continue;
            // f.i-ii. If matchedGroupNames contains s, the value is undefined: skip it.
            if (matched_names[size_t(name_id)])
                continue;
            Value captured = values.at(i);
            if (!captured.is_undefined())
                matched_names[size_t(name_id)] = true;
            String* name = vm.atoms().intern(program.group_names[size_t(name_id)].first);
            MUST(create_data_property_or_throw(vm, *groups, PropertyKey::from_atom(name), captured));
            group_names[i] = name;
        }
    }
    // 34. If hasIndices, CreateDataPropertyOrThrow(A, "indices", MakeMatchIndicesIndexPairArray(...)).
    if (has_indices) {
        Object* indices = make_match_indices_index_pair_array(vm, program, captures.data(), group_names, has_groups);
        MUST(create_data_property_or_throw(vm, *array, PropertyKey::from_atom(vm.atoms().indices), Value::object(indices)));
    }
    // 35. Return A.
    return Value::object(array);
}

}
