#include "runtime/builtins/json/json.h"

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/ordinary_object.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/property_key_list.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/string_builder.h"
#include "runtime/symbol_registry.h"
#include "runtime/utf8.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace sable::runtime::builtins::json {

namespace {

// ---- JSON.parse ----

// A JSON Parse Record (the JSON.parse source text access proposal), made only when JSON.parse
// has a reviver: a ValueArray of
enum ParseRecordField : uint32_t {
    kRecordValue,    // [[Value]]
    kRecordSource,   // the source text of a primitive value (a String), else undefined
    kRecordChildren, // an Array's [[Elements]] (records), or an Object's [[Entries]] as « key,
                     // record » pairs (the last of duplicate keys kept), in a ValueArray
    kParseRecordSize,
};

// A recursive-descent parser of the JSON grammar (ECMA-404) over a String's code units, building
// the values directly (as ParseJSON's evaluation of the parsed script would), and with
// `records`, CreateJSONParseRecord's records of them. The text must stay alive while it parses
// (cells never move, so its code units stay where they are).
class Parser {
public:
    Parser(VM& vm, CodeUnitView text)
        : m_vm(vm)
        , m_text(text)
    {
    }

    // The value, and in `record` (when given) its JSON Parse Record.
    ThrowCompletionOr<Value> parse(Value* record = nullptr)
    {
        skip_white_space();
        Value value = TRY(parse_value(0, record));
        skip_white_space();
        if (m_position != m_text.length())
            return error_at("Unexpected non-whitespace character after JSON");
        return value;
    }

private:
    static constexpr unsigned kMaxDepth = 4000;

    // The messages are V8's, which Node programs see (and sometimes test for).
    // The code unit at the position is unexpected: "Unexpected token 'x', "[1,x]" is not valid
    // JSON", quoting the text around it (the whole text when it is short).
    ThrowCompletion error()
    {
        if (m_position >= m_text.length())
            return m_vm.throw_syntax_error(m_vm.current_realm(), "Unexpected end of JSON input");
        constexpr size_t kContext = 10;
        std::string message = "Unexpected token '";
        append_utf8(m_text.substring(m_position, m_position + 1), message);
        message += "', ";
        size_t start = 0;
        size_t end = m_text.length();
        if (m_text.length() > 2 * kContext) {
            start = m_position > kContext ? m_position - kContext : 0;
            end = std::min(end, m_position + kContext);
        }
        if (start > 0)
            message += "...";
        message += '"';
        append_utf8(m_text.substring(start, end), message);
        message += '"';
        if (end < m_text.length())
            message += "...";
        message += " is not valid JSON";
        return m_vm.throw_syntax_error(m_vm.current_realm(), message);
    }

    // "<problem> at position N", at the current position.
    ThrowCompletion error_at(std::string_view problem)
    {
        std::string message(problem);
        message += " at position " + std::to_string(m_position);
        return m_vm.throw_syntax_error(m_vm.current_realm(), message);
    }

    void skip_white_space()
    {
        while (m_position < m_text.length()) {
            char16_t c = m_text[m_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                break;
            ++m_position;
        }
    }

    bool consume(char16_t c)
    {
        if (m_position < m_text.length() && m_text[m_position] == c) {
            ++m_position;
            return true;
        }
        return false;
    }

    // Consumes `word`; false with the position at the first code unit that differs.
    bool consume_word(std::string_view word)
    {
        for (char c : word) {
            if (!consume(char16_t(c)))
                return false;
        }
        return true;
    }

    Value make_record(Value value, Value source, ValueArray* children)
    {
        ValueArray* record = ValueArray::create(m_vm.heap(), kParseRecordSize, Value::undefined());
        record->set(m_vm.heap(), kRecordValue, value);
        record->set(m_vm.heap(), kRecordSource, source);
        if (children)
            record->set(m_vm.heap(), kRecordChildren, Value::internal_cell(children));
        record->set_size(kParseRecordSize);
        return Value::internal_cell(record);
    }

    ThrowCompletionOr<Value> parse_value(unsigned depth, Value* record)
    {
        if (depth > kMaxDepth)
            return m_vm.throw_range_error(m_vm.current_realm(), "Maximum call stack size exceeded");
        if (m_position >= m_text.length())
            return error();
        char16_t c = m_text[m_position];
        if (c == '{')
            return parse_object(depth, record);
        if (c == '[')
            return parse_array(depth, record);
        size_t start = m_position;
        Value value = TRY(parse_primitive(c));
        if (record) {
            Value source = Value::string(String::from_code_units(m_vm.heap(), m_text.substring(start, m_position)));
            *record = make_record(value, source, nullptr);
        }
        return value;
    }

    ThrowCompletionOr<Value> parse_primitive(char16_t c)
    {
        switch (c) {
        case '"':
            return Value::string(TRY(parse_string()));
        case 't':
            if (consume_word("true"))
                return Value::boolean(true);
            return error();
        case 'f':
            if (consume_word("false"))
                return Value::boolean(false);
            return error();
        case 'n':
            if (consume_word("null"))
                return Value::null();
            return error();
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return parse_number();
            return error();
        }
    }

    ThrowCompletionOr<Value> parse_number()
    {
        size_t start = m_position;
        bool negative = consume('-');
        auto digit = [&] { return m_position < m_text.length() && m_text[m_position] >= '0' && m_text[m_position] <= '9'; };
        if (consume('0')) {
            // No leading zeros.
            if (digit())
                return error_at("Unexpected number in JSON");
        } else if (digit()) {
            while (digit())
                ++m_position;
        } else {
            return error_at("No number after minus sign in JSON");
        }
        if (consume('.')) {
            if (!digit())
                return error_at("Unterminated fractional number in JSON");
            while (digit())
                ++m_position;
        }
        if (consume('e') || consume('E')) {
            if (!consume('+'))
                consume('-');
            if (!digit())
                return error_at("Exponent part is missing a number in JSON");
            while (digit())
                ++m_position;
        }
        // An integer of up to 15 digits is exact in a double: computed directly.
        size_t digits_start = start + negative;
        if (m_position - digits_start <= 15) {
            int64_t integer = 0;
            size_t i = digits_start;
            for (; i < m_position && m_text[i] >= '0' && m_text[i] <= '9'; ++i)
                integer = integer * 10 + (m_text[i] - '0');
            if (i == m_position)
                return Value::number(negative ? -double(integer) : double(integer));
        }
        std::string text;
        for (size_t i = start; i < m_position; ++i)
            text += char(m_text[i]);
        return Value::number(string_to_number(std::string_view(text)));
    }

    // The code units of a string literal without escapes, which most are: its quotes are
    // consumed. std::nullopt (nothing consumed) when it has an escape or is malformed.
    std::optional<CodeUnitView> parse_plain_string()
    {
        for (size_t end = m_position + 1; end < m_text.length(); ++end) {
            char16_t c = m_text[end];
            if (c == '"') {
                CodeUnitView units = m_text.substring(m_position + 1, end);
                m_position = end + 1;
                return units;
            }
            if (c == '\\' || c < 0x20)
                return std::nullopt;
        }
        return std::nullopt;
    }

    ThrowCompletionOr<String*> parse_string()
    {
        if (auto units = parse_plain_string())
            return String::from_code_units(m_vm.heap(), *units);
        StringBuilder value;
        TRY(parse_escaped_string(value));
        return value.build(m_vm.heap());
    }

    // A member name, as the property key it makes.
    ThrowCompletionOr<PropertyKey> parse_name()
    {
        if (auto units = parse_plain_string())
            return to_property_key(m_vm.atoms(), *units);
        StringBuilder name;
        TRY(parse_escaped_string(name));
        return to_property_key(m_vm.atoms(), name.view());
    }

    // A string literal with escapes, appended to `value`.
    ThrowCompletionOr<void> parse_escaped_string(StringBuilder& value)
    {
        // The opening quote.
        ++m_position;
        while (true) {
            if (m_position >= m_text.length())
                return error_at("Unterminated string in JSON");
            char16_t c = m_text[m_position];
            if (c == '"') {
                ++m_position;
                return {};
            }
            if (c < 0x20)
                return error_at("Bad control character in string literal in JSON");
            if (c != '\\') {
                value.append(c);
                ++m_position;
                continue;
            }
            ++m_position;
            if (m_position >= m_text.length())
                return error();
            char16_t escape = m_text[m_position++];
            switch (escape) {
            case '"':
            case '\\':
            case '/':
                value.append(escape);
                break;
            case 'b':
                value.append(u'\b');
                break;
            case 'f':
                value.append(u'\f');
                break;
            case 'n':
                value.append(u'\n');
                break;
            case 'r':
                value.append(u'\r');
                break;
            case 't':
                value.append(u'\t');
                break;
            case 'u': {
                char16_t unit = 0;
                for (int i = 0; i < 4; ++i) {
                    char16_t h = m_position < m_text.length() ? m_text[m_position] : 0;
                    int digit = h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
                    if (digit < 0)
                        return error_at("Bad Unicode escape in JSON");
                    unit = char16_t(unit * 16 + digit);
                    ++m_position;
                }
                value.append(unit);
                break;
            }
            default:
                --m_position;
                return error_at("Bad escaped character in JSON");
            }
        }
    }

    ThrowCompletionOr<Value> parse_array(unsigned depth, Value* record)
    {
        ++m_position;
        Object* array = MUST(array_create(m_vm, 0));
        // The elements' records.
        ValueList elements(m_vm.heap());
        auto done = [&] {
            if (record)
                *record = make_record(Value::object(array), Value::undefined(), elements.array());
            return Value::object(array);
        };
        skip_white_space();
        if (consume(']'))
            return done();
        for (uint32_t index = 0;; ++index) {
            skip_white_space();
            Value element_record;
            Value element = TRY(parse_value(depth + 1, record ? &element_record : nullptr));
            if (!try_append_to_array(m_vm, *array, element))
                MUST(create_data_property_or_throw(m_vm, *array, PropertyKey::from_index(index), element));
            if (record)
                elements.append(element_record);
            skip_white_space();
            if (consume(']'))
                return done();
            if (!consume(','))
                return error_at("Expected ',' or ']' after array element in JSON");
        }
    }

    ThrowCompletionOr<Value> parse_object(unsigned depth, Value* record)
    {
        ++m_position;
        Object* object = Object::create(m_vm, m_vm.current_realm().object_prototype());
        // The entries' « key, record » pairs.
        ValueList entries(m_vm.heap());
        auto done = [&] {
            if (record)
                *record = make_record(Value::object(object), Value::undefined(), entries.array());
            return Value::object(object);
        };
        skip_white_space();
        if (consume('}'))
            return done();
        for (bool first = true;; first = false) {
            skip_white_space();
            if (m_position >= m_text.length() || m_text[m_position] != '"')
                return error_at(first ? "Expected property name or '}' in JSON" : "Expected double-quoted property name in JSON");
            PropertyKey name = TRY(parse_name());
            skip_white_space();
            if (!consume(':'))
                return m_position < m_text.length() && m_text[m_position] == '}' ? error() : error_at("Expected ':' after property name in JSON");
            skip_white_space();
            Value value_record;
            Value value = TRY(parse_value(depth + 1, record ? &value_record : nullptr));
            // CreateDataProperty on the new ordinary object, which is extensible and whose
            // properties are all writable, enumerable and configurable: stored directly.
            // Duplicate names: the last one wins (the value is replaced), and so does its record.
            object->store_own_property(m_vm, name, value, PropertyAttributes::default_data());
            if (record)
                add_entry(entries, property_key_to_value(m_vm, name).as_string(), value_record);
            skip_white_space();
            if (consume('}'))
                return done();
            if (!consume(','))
                return error_at("Expected ',' or '}' after property value in JSON");
        }
    }

    void add_entry(ValueList& entries, String* name, Value record)
    {
        for (uint32_t i = 0; i < entries.size(); i += 2) {
            if (String::equals(m_vm.heap(), entries.at(i).as_string(), name)) {
                entries.set(i + 1, record);
                return;
            }
        }
        entries.append(Value::string(name));
        entries.append(record);
    }

    VM& m_vm;
    CodeUnitView m_text;
    size_t m_position { 0 };
};

// The record of `entries` (« key, record » pairs) whose key is `key`, or undefined; `hint` is
// where it is when the object still has its parsed keys in order.
Value entry_record(VM& vm, ValueArray const* entries, String* key, uint32_t hint)
{
    if (!entries)
        return Value::undefined();
    if (hint * 2 < entries->size() && String::equals(vm.heap(), entries->at(hint * 2).as_string(), key))
        return entries->at(hint * 2 + 1);
    for (uint32_t i = 0; i < entries->size(); i += 2) {
        if (String::equals(vm.heap(), entries->at(i).as_string(), key))
            return entries->at(i + 1);
    }
    return Value::undefined();
}

// InternalizeJSONProperty ( holder, name, reviver, parseRecord ) — https://tc39.es/proposal-json-parse-with-source/#sec-internalizejsonproperty
// (`record` is undefined for the spec's empty)
ThrowCompletionOr<Value> internalize_json_property(VM& vm, Object& holder, PropertyKey name, Value reviver, Value record)
{
    // 1. Let val be ? Get(holder, name).
    Value value = TRY(get(vm, holder, name));
    // 2. Let context be OrdinaryObjectCreate(%Object.prototype%).
    Object* context = Object::create(vm, vm.current_realm().object_prototype());
    // 3. If parseRecord is a JSON Parse Record and SameValue(parseRecord.[[Value]], val) is true, then
    //    a. If val is not an Object, perform ! CreateDataPropertyOrThrow(context, "source", the
    //       source text matched by parseRecord.[[ParseNode]]).
    //    b-c. Let elementRecords / entryRecords be parseRecord.[[Elements]] / [[Entries]].
    // 4. Else, let both be new empty Lists.
    ValueArray const* children = nullptr;
    if (record.is_internal_cell()) {
        auto const& parse_record = *static_cast<ValueArray*>(record.as_internal_cell());
        if (same_value(vm.heap(), parse_record.at(kRecordValue), value)) {
            if (!value.is_object())
                MUST(create_data_property_or_throw(vm, *context, PropertyKey::from_atom(vm.atoms().intern_latin1("source")),
                    parse_record.at(kRecordSource)));
            else if (parse_record.at(kRecordChildren).is_internal_cell())
                children = static_cast<ValueArray*>(parse_record.at(kRecordChildren).as_internal_cell());
        }
    }
    // 5. If val is an Object, then
    if (value.is_object()) {
        Object& object = *value.as_object();
        // a. Let isArray be ? IsArray(val).
        // b. If isArray is true, then
        if (TRY(is_array(vm, value))) {
            // i. Let elementRecordsLen be the number of elements in elementRecords.
            uint32_t element_records = children ? children->size() : 0;
            // ii. Let len be ? LengthOfArrayLike(val).
            uint64_t length = TRY(length_of_array_like(vm, object));
            // iii-iv. For each index I < len:
            for (uint64_t i = 0; i < length; ++i) {
                // 1. Let prop be ! ToString(𝔽(I)).
                PropertyKey key = to_property_key(vm.atoms(), vm.heap(), double(i));
                // 2. If I < elementRecordsLen, let elementRecord be elementRecords[I]; else empty.
                Value element_record = i < element_records ? children->at(uint32_t(i)) : Value::undefined();
                // 3. Let newElement be ? InternalizeJSONProperty(val, prop, reviver, elementRecord).
                Value element = TRY(internalize_json_property(vm, object, key, reviver, element_record));
                // 4. If newElement is undefined, then perform ? val.[[Delete]](prop).
                // 5. Else, perform ? CreateDataProperty(val, prop, newElement).
                if (element.is_undefined())
                    TRY(object.internal_delete(vm, key));
                else
                    TRY(create_data_property(vm, object, key, element));
            }
        } else {
            // c. Else,
            //    i. Let keys be ? EnumerableOwnProperties(val, key).
            ValueArray* keys = TRY(enumerable_own_properties(vm, object, EnumerableOwnPropertiesKind::Key));
            //    ii. For each String P of keys, do
            for (uint32_t k = 0; k < keys->size(); ++k) {
                String* key_string = keys->at(k).as_string();
                PropertyKey key = to_property_key(vm.atoms(), key_string);
                // 1. Let entryRecord be the element of entryRecords whose [[Key]] is P, or empty.
                Value entry = entry_record(vm, children, key_string, k);
                // 2. Let newElement be ? InternalizeJSONProperty(val, P, reviver, entryRecord).
                Value element = TRY(internalize_json_property(vm, object, key, reviver, entry));
                // 3-4. Delete it when undefined, else ? CreateDataProperty(val, P, newElement).
                if (element.is_undefined())
                    TRY(object.internal_delete(vm, key));
                else
                    TRY(create_data_property(vm, object, key, element));
            }
        }
    }
    // 6. Return ? Call(reviver, holder, « name, val, context »).
    Value call_arguments[] = { property_key_to_value(vm, name), value, Value::object(context) };
    return call(vm, reviver, Value::object(&holder), call_arguments);
}

// ---- JSON.stringify ----

// The JSON Serialization Record, and what the fast paths for plain data know.
struct SerializationState {
    Value replacer_function;
    ValueList* stack;
    // The property list (replacer array), or null when absent.
    ValueList* property_list;
    std::u16string indent;
    std::u16string gap;
    // Counts the steps that may have run user code (calls, and [[Get]]s that were not plain slot
    // reads). What was found about an object's properties stays true while it is unchanged: no
    // user code ran since, and every object in the document is still reachable, so alive.
    uint64_t generic_steps { 0 };
    // A shape whose objects (with their prototypes) were found to lack "toJSON", and when.
    Shape const* shape_without_to_json { nullptr };
    uint64_t shape_without_to_json_checked_at { 0 };
    // The keys of the objects being serialized, outermost first (rooted: `key_values`).
    struct Member {
        PropertyKey key;
        // The slot of an own data property when the keys were taken, or kGetNeeded.
        uint32_t slot;
    };
    static constexpr uint32_t kGetNeeded = UINT32_MAX;
    std::vector<Member> members {};
    ValueList* key_values { nullptr };
};

void append_escape(char16_t unit, StringBuilder& product)
{
    // Table 79 (JSON Single Character Escape Sequences).
    switch (unit) {
    case '\b':
        return product.append_latin1("\\b");
    case '\t':
        return product.append_latin1("\\t");
    case '\n':
        return product.append_latin1("\\n");
    case '\f':
        return product.append_latin1("\\f");
    case '\r':
        return product.append_latin1("\\r");
    case '"':
        return product.append_latin1("\\\"");
    case '\\':
        return product.append_latin1("\\\\");
    }
    // UnicodeEscape ( C ).
    static char const kHex[] = "0123456789abcdef";
    char escape[] = { '\\', 'u', kHex[(unit >> 12) & 0xF], kHex[(unit >> 8) & 0xF], kHex[(unit >> 4) & 0xF], kHex[unit & 0xF] };
    product.append_latin1(std::string_view(escape, sizeof escape));
}

// QuoteJSONString ( value ) — https://tc39.es/ecma262/#sec-quotejsonstring
// (Runs of code units that stand for themselves are copied at once.)
void quote_json_string(CodeUnitView value, StringBuilder& product)
{
    // 1. Let product be the String value consisting solely of the code unit 0x0022 (QUOTATION MARK).
    product.append(u'"');
    // 2. For each code point C of StringToCodePoints(value), do
    uint32_t run_start = 0;
    for (uint32_t i = 0; i < value.length();) {
        char16_t unit = value[i];
        // c. UTF16EncodeCodePoint(C) for everything but the cases below (a surrogate pair too).
        if (unit >= 0x20 && unit != '"' && unit != '\\' && !is_surrogate(unit)) {
            ++i;
            continue;
        }
        if (is_leading_surrogate(unit) && i + 1 < value.length() && is_trailing_surrogate(value[i + 1])) {
            i += 2;
            continue;
        }
        // a. If C is listed in Table 79, use its escape sequence.
        // b. Else if C is below 0x0020 or is a lone leading or trailing surrogate, UnicodeEscape(C).
        product.append(value.substring(run_start, i));
        append_escape(unit, product);
        run_start = ++i;
    }
    product.append(value.substring(run_start, value.length()));
    // 3. Set product to the string-concatenation of product and 0x0022 (QUOTATION MARK).
    product.append(u'"');
}

ThrowCompletionOr<bool> serialize_json_property(VM&, SerializationState&, PropertyKey, Value key, Object& holder, StringBuilder& out);
ThrowCompletionOr<bool> serialize_json_value(VM&, SerializationState&, Value value, PropertyKey, Value key, Object& holder, StringBuilder& out);

ThrowCompletionOr<void> check_cycle(VM& vm, SerializationState& state, Value value)
{
    // 1. If state.[[Stack]] contains value, throw a TypeError exception because the structure is cyclical.
    for (Value entry : state.stack->span()) {
        if (entry == value)
            return vm.throw_type_error(vm.current_realm(), "Converting circular structure to JSON");
    }
    // 2. Append value to state.[[Stack]].
    state.stack->append(value);
    return {};
}

void pop_stack(SerializationState& state)
{
    // Remove the last element of state.[[Stack]]: the ValueList shrinks by one.
    state.stack->array()->set_size(state.stack->size() - 1);
}

void append_indent(std::u16string const& indent, StringBuilder& out)
{
    out.append(u'\n');
    out.append(CodeUnitView(std::u16string_view(indent)));
}

// Appends EnumerableOwnProperties(value, key) to state.members (6.b of SerializeJSONObject),
// with the slots of own data properties when `value` is ordinary and has no elements: its keys
// are then its shape's string keys in creation order, and no user code runs to find them.
ThrowCompletionOr<void> take_keys(VM& vm, SerializationState& state, Object& value)
{
    auto const& methods = value.internal_methods();
    if (methods.get_own_property == ordinary_internal_methods::get_own_property
        && methods.own_property_keys == ordinary_internal_methods::own_property_keys && methods.get == ordinary_internal_methods::get
        && value.own_element_count() == 0) {
        value.shape()->for_each_property([&](PropertyKey key, uint32_t slot, PropertyAttributes attributes) {
            if (key.is_symbol() || !attributes.is_enumerable())
                return;
            state.members.push_back({ key, attributes.is_data() ? slot : SerializationState::kGetNeeded });
            state.key_values->append(property_key_to_value(vm, key));
        });
        return {};
    }
    ++state.generic_steps;
    ValueArray* own = TRY(enumerable_own_properties(vm, value, EnumerableOwnPropertiesKind::Key));
    for (Value key : own->used()) {
        state.members.push_back({ TRY(to_property_key(vm, key)), SerializationState::kGetNeeded });
        state.key_values->append(key);
    }
    return {};
}

// SerializeJSONObject ( state, value ) — https://tc39.es/ecma262/#sec-serializejsonobject
ThrowCompletionOr<void> serialize_json_object(VM& vm, SerializationState& state, Object& value, StringBuilder& out)
{
    // 1-2. Cycle check and push.
    TRY(check_cycle(vm, state, Value::object(&value)));
    // 3. Let stepback be state.[[Indent]].
    std::u16string stepback = state.indent;
    // 4. Set state.[[Indent]] to the string-concatenation of state.[[Indent]] and state.[[Gap]].
    state.indent += state.gap;
    // 5. If state.[[PropertyList]] is not undefined, let K be it.
    // 6. Else, let K be ? EnumerableOwnProperties(value, key).
    size_t first = state.members.size();
    if (state.property_list) {
        for (Value key : state.property_list->span()) {
            state.members.push_back({ TRY(to_property_key(vm, key)), SerializationState::kGetNeeded });
            state.key_values->append(key);
        }
    } else {
        TRY(take_keys(vm, state, value));
    }
    uint64_t keys_taken_at = state.generic_steps;
    size_t end = state.members.size();
    // 7. Let partial be a new empty List. (The members are written to `out` as they come; one
    //    whose value serializes to undefined is cut off again.)
    out.append(u'{');
    bool any = false;
    // 8. For each element P of K, do
    for (size_t index = first; index < end; ++index) {
        auto [property_key, slot] = state.members[index];
        Value key = state.key_values->span()[index];
        size_t member_start = out.length();
        if (any)
            out.append(u',');
        if (!state.gap.empty())
            append_indent(state.indent, out);
        quote_json_string(key.as_string()->flatten(vm.heap()), out);
        out.append(u':');
        if (!state.gap.empty())
            out.append(u' ');
        // a. Let strP be ? SerializeJSONProperty(state, P, value). (Its step 1, Get(value, P),
        //    reads the slot while nothing can have changed the object since its keys were taken.)
        bool serialized = slot != SerializationState::kGetNeeded && state.generic_steps == keys_taken_at
            ? TRY(serialize_json_value(vm, state, value.slot(slot), property_key, key, value, out))
            : TRY(serialize_json_property(vm, state, property_key, key, value, out));
        // b. If strP is not undefined, then add the member.
        if (!serialized) {
            out.truncate(member_start);
            continue;
        }
        any = true;
    }
    state.members.resize(first);
    state.key_values->array()->set_size(first);
    // 9-10. "{}" when empty; otherwise with separators and the stepback indentation.
    if (any && !state.gap.empty())
        append_indent(stepback, out);
    out.append(u'}');
    // 11. Remove the last element of state.[[Stack]]. 12. Set state.[[Indent]] to stepback.
    pop_stack(state);
    state.indent = stepback;
    return {};
}

// SerializeJSONArray ( state, value ) — https://tc39.es/ecma262/#sec-serializejsonarray
ThrowCompletionOr<void> serialize_json_array(VM& vm, SerializationState& state, Object& value, StringBuilder& out)
{
    // 1-2. Cycle check and push.
    TRY(check_cycle(vm, state, Value::object(&value)));
    // 3-4. stepback; indent.
    std::u16string stepback = state.indent;
    state.indent += state.gap;
    // 5. Let partial be a new empty List.
    // 6. Let len be ? LengthOfArrayLike(value). (An Array's "length" is its own data property.)
    uint64_t length;
    if (is_array_exotic(value)) {
        length = array_length(value);
    } else {
        ++state.generic_steps;
        length = TRY(length_of_array_like(vm, value));
    }
    out.append(u'[');
    // 7-8. For each index < len: ? SerializeJSONProperty(state, ! ToString(𝔽(index)), value),
    //      "null" when undefined. (The key's string is only made if code can see it; an own data
    //      element is read from the element storage.)
    for (uint64_t index = 0; index < length; ++index) {
        if (index > 0)
            out.append(u',');
        if (!state.gap.empty())
            append_indent(state.indent, out);
        PropertyKey key = index <= PropertyKey::kMaxArrayIndex ? PropertyKey::from_index(uint32_t(index))
                                                               : TRY(to_property_key(vm, Value::number(double(index))));
        auto element = key.is_index() ? ordinary_data_element(value, key.as_index()) : std::nullopt;
        bool serialized = element ? TRY(serialize_json_value(vm, state, *element, key, Value::empty(), value, out))
                                  : TRY(serialize_json_property(vm, state, key, Value::empty(), value, out));
        if (!serialized)
            out.append_latin1("null");
    }
    // 9-10. "[]" when empty, else with the stepback indentation.
    if (length > 0 && !state.gap.empty())
        append_indent(stepback, out);
    out.append(u']');
    // 11-12. Pop and restore.
    pop_stack(state);
    state.indent = stepback;
    return {};
}

// Whether `object` and its prototypes certainly lack the named property `key`, found without
// running code: every object on the chain is ordinary for [[Get]] and its shape has no `key`.
bool lacks_named_property(Object const& object, PropertyKey key)
{
    for (Object const* current = &object; current; current = current->shape()->prototype()) {
        auto const& methods = current->internal_methods();
        if (methods.get != ordinary_internal_methods::get || methods.get_own_property != ordinary_internal_methods::get_own_property
            || current->shape()->lookup(key))
            return false;
    }
    return true;
}

// lacks_named_property(object, "toJSON"), remembered for the last shape found to lack it.
bool lacks_to_json(VM& vm, SerializationState& state, Object const& object)
{
    if (object.shape() == state.shape_without_to_json && state.shape_without_to_json_checked_at == state.generic_steps)
        return true;
    if (!lacks_named_property(object, PropertyKey::from_atom(vm.atoms().to_json)))
        return false;
    state.shape_without_to_json = object.shape();
    state.shape_without_to_json_checked_at = state.generic_steps;
    return true;
}

// SerializeJSONProperty ( state, key, holder ) — https://tc39.es/ecma262/#sec-serializejsonproperty.
// Appends the serialization to `out`; false for the spec's undefined (nothing appended).
// `key` is `property_key` as a String, or empty: then it is made from property_key when a call
// needs it.
ThrowCompletionOr<bool> serialize_json_property(VM& vm, SerializationState& state, PropertyKey property_key, Value key, Object& holder,
    StringBuilder& out)
{
    // 1. Let value be ? Get(holder, key).
    ++state.generic_steps;
    Value value = TRY(get(vm, holder, property_key));
    return serialize_json_value(vm, state, value, property_key, key, holder, out);
}

// SerializeJSONProperty from step 2, with `value` from step 1.
ThrowCompletionOr<bool> serialize_json_value(VM& vm, SerializationState& state, Value value, PropertyKey property_key, Value key,
    Object& holder, StringBuilder& out)
{
    auto key_value = [&] {
        if (key.is_empty())
            key = property_key_to_value(vm, property_key);
        return key;
    };
    // 2. If value is an Object or value is a BigInt, then
    if ((value.is_object() && !lacks_to_json(vm, state, *value.as_object())) || value.is_bigint()) {
        ++state.generic_steps;
        // a. Let toJSON be ? GetV(value, "toJSON"). (Plain data has none: skipped above.)
        Value to_json = TRY(get_v(vm, value, PropertyKey::from_atom(vm.atoms().to_json)));
        // b. If IsCallable(toJSON) is true, then
        //    i. Set value to ? Call(toJSON, value, « key »).
        if (is_callable(to_json)) {
            Value call_arguments[] = { key_value() };
            value = TRY(call(vm, to_json, value, call_arguments));
        }
    }
    // 3. If state.[[ReplacerFunction]] is not undefined, then
    //    a. Set value to ? Call(state.[[ReplacerFunction]], holder, « key, value »).
    if (!state.replacer_function.is_undefined()) {
        ++state.generic_steps;
        Value call_arguments[] = { key_value(), value };
        value = TRY(call(vm, state.replacer_function, Value::object(&holder), call_arguments));
    }
    // 4. If value is an Object, then unwrap Number, String, Boolean and BigInt objects.
    if (value.is_object()) {
        Object& object = *value.as_object();
        if (object.kind() == ObjectKind::NumberObject) {
            ++state.generic_steps;
            value = Value::number(TRY(to_number(vm, value)));
        } else if (object.kind() == ObjectKind::StringObject) {
            ++state.generic_steps;
            value = Value::string(TRY(to_string(vm, value)));
        } else if (object.kind() == ObjectKind::BooleanObject) {
            value = *wrapped_primitive(value, ObjectKind::BooleanObject);
        } else if (object.kind() == ObjectKind::BigIntObject) {
            value = *wrapped_primitive(value, ObjectKind::BigIntObject);
        } else if (object.kind() == ObjectKind::RawJSON) {
            // e. Else if value has an [[IsRawJSON]] internal slot, return ! Get(value, "rawJSON").
            Value raw = MUST(get(vm, object, PropertyKey::from_atom(vm.atoms().intern_latin1("rawJSON"))));
            out.append(raw.as_string()->flatten(vm.heap()));
            return true;
        }
    }
    // 5. If value is null, return "null".
    if (value.is_null()) {
        out.append_latin1("null");
        return true;
    }
    // 6-7. If value is true, return "true". If value is false, return "false".
    if (value.is_boolean()) {
        out.append_latin1(value.as_bool() ? "true" : "false");
        return true;
    }
    // 8. If value is a String, return QuoteJSONString(value).
    if (value.is_string()) {
        quote_json_string(value.as_string()->flatten(vm.heap()), out);
        return true;
    }
    // 9. If value is a Number, then
    if (value.is_number()) {
        // a. If value is finite, return ! ToString(value).
        // b. Return "null".
        double number = value.as_number();
        if (!std::isfinite(number)) {
            out.append_latin1("null");
            return true;
        }
        NumberToStringBuffer buffer;
        out.append_latin1(number_to_string(number, buffer));
        return true;
    }
    // 10. If value is a BigInt, throw a TypeError exception.
    if (value.is_bigint())
        return vm.throw_type_error(vm.current_realm(), "Do not know how to serialize a BigInt");
    // 11. If value is an Object and IsCallable(value) is false, then
    if (value.is_object() && !value.as_object()->is_callable()) {
        // a. Let isArray be ? IsArray(value).
        // b. If isArray is true, return ? SerializeJSONArray(state, value).
        if (TRY(is_array(vm, value)))
            TRY(serialize_json_array(vm, state, *value.as_object(), out));
        else
            // c. Return ? SerializeJSONObject(state, value).
            TRY(serialize_json_object(vm, state, *value.as_object(), out));
        return true;
    }
    // 12. Return undefined.
    return false;
}

}

// ParseJSON ( text ) — https://tc39.es/ecma262/#sec-ParseJSON
ThrowCompletionOr<Value> parse_json(VM& vm, String* text)
{
    Parser parser(vm, text->flatten(vm.heap()));
    return parser.parse();
}

// JSON.parse ( text [ , reviver ] ) — https://tc39.es/ecma262/#sec-json.parse
ThrowCompletionOr<Value> parse(VM& vm, Arguments const& arguments)
{
    // 1. Let jsonString be ? ToString(text).
    String* json_string = TRY(to_string(vm, arguments.at(0)));
    Value reviver = arguments.at(1);
    // 2. Let unfiltered be ? ParseJSON(jsonString) (with its parse record when there is a reviver).
    if (!is_callable(reviver))
        // 4. Else, return unfiltered.
        return parse_json(vm, json_string);
    Parser parser(vm, json_string->flatten(vm.heap()));
    Value snapshot;
    Value unfiltered = TRY(parser.parse(&snapshot));
    // 3. If IsCallable(reviver) is true, then
    {
        // a. Let root be OrdinaryObjectCreate(%Object.prototype%).
        Object* root = Object::create(vm, vm.current_realm().object_prototype());
        // b. Let rootName be the empty String.
        // c. Perform ! CreateDataPropertyOrThrow(root, rootName, unfiltered).
        PropertyKey root_name = PropertyKey::from_atom(vm.atoms().empty);
        MUST(create_data_property_or_throw(vm, *root, root_name, unfiltered));
        // d. Let snapshot be CreateJSONParseRecord(script, rootName, unfiltered).
        // e. Return ? InternalizeJSONProperty(root, rootName, reviver, snapshot).
        return internalize_json_property(vm, *root, root_name, reviver, snapshot);
    }
}

// JSON.isRawJSON ( O ) — https://tc39.es/proposal-json-parse-with-source/#sec-json.israwjson
ThrowCompletionOr<Value> is_raw_json(VM&, Arguments const& arguments)
{
    // 1. If O is an Object and O has an [[IsRawJSON]] internal slot, return true. 2. Return false.
    Value object = arguments.at(0);
    return Value::boolean(object.is_object() && object.as_object()->kind() == ObjectKind::RawJSON);
}

// JSON.rawJSON ( text ) — https://tc39.es/proposal-json-parse-with-source/#sec-json.rawjson
ThrowCompletionOr<Value> raw_json(VM& vm, Arguments const& arguments)
{
    // 1. Let jsonString be ? ToString(text).
    String* json_string = TRY(to_string(vm, arguments.at(0)));
    CodeUnitView units = json_string->flatten(vm.heap());
    // 2. Throw a SyntaxError exception if jsonString is the empty String, or if either the first
    //    or last code unit of jsonString is any of 0x0009, 0x000A, 0x000D, or 0x0020.
    auto is_white_space = [](char16_t c) { return c == 0x09 || c == 0x0A || c == 0x0D || c == 0x20; };
    if (units.is_empty() || is_white_space(units[0]) || is_white_space(units[units.length() - 1]))
        return vm.throw_syntax_error(vm.current_realm(), "JSON.rawJSON: the text is empty or starts or ends with white space");
    // 3. Parse StringToCodePoints(jsonString) as a JSON text. Throw a SyntaxError exception if it
    //    is not a valid JSON text, or if its outermost value is an object or array.
    if (units[0] == u'{' || units[0] == u'[')
        return vm.throw_syntax_error(vm.current_realm(), "JSON.rawJSON: the text is an object or array");
    Parser parser(vm, units);
    TRY(parser.parse());
    // 4-5. Let obj be OrdinaryObjectCreate(null, « [[IsRawJSON]] »).
    Object* object = Object::create_with_kind(vm, ObjectKind::RawJSON, nullptr);
    // 6. Perform ! CreateDataPropertyOrThrow(obj, "rawJSON", jsonString).
    MUST(create_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().intern_latin1("rawJSON")), Value::string(json_string)));
    // 7. Perform ! SetIntegrityLevel(obj, frozen).
    MUST(set_integrity_level(vm, *object, IntegrityLevel::Frozen));
    // 8. Return obj.
    return Value::object(object);
}

// JSON.stringify ( value [ , replacer [ , space ] ] ) — https://tc39.es/ecma262/#sec-json.stringify
ThrowCompletionOr<Value> stringify(VM& vm, Arguments const& arguments)
{
    Value replacer = arguments.at(1);
    Value space = arguments.at(2);
    // 1. Let stack be a new empty List.
    ValueList stack(vm.heap());
    // 2. Let indent be the empty String.
    // 3. Let PropertyList be undefined. 4. Let ReplacerFunction be undefined.
    ValueList property_list(vm.heap());
    ValueList key_values(vm.heap());
    SerializationState state { Value::undefined(), &stack, nullptr, {}, {} };
    state.key_values = &key_values;
    // 5. If replacer is an Object, then
    if (replacer.is_object()) {
        // a. If IsCallable(replacer) is true, then set ReplacerFunction to replacer.
        if (is_callable(replacer)) {
            state.replacer_function = replacer;
        } else if (TRY(is_array(vm, replacer))) {
            // b. Else, let isArray be ? IsArray(replacer); if true:
            //    i. Set PropertyList to a new empty List.
            state.property_list = &property_list;
            //    ii. Let len be ? LengthOfArrayLike(replacer).
            uint64_t length = TRY(length_of_array_like(vm, *replacer.as_object()));
            //    iii-iv. For each index k < len:
            for (uint64_t k = 0; k < length; ++k) {
                // 2. Let v be ? Get(replacer, prop).
                Value v = TRY(get(vm, *replacer.as_object(), to_property_key(vm.atoms(), vm.heap(), double(k))));
                // 3-6. item: a String, a Number's ToString, or a String/Number object's ToString.
                Value item = Value::undefined();
                if (v.is_string()) {
                    item = v;
                } else if (v.is_number()) {
                    item = Value::string(TRY(to_string(vm, v)));
                } else if (v.is_object() && (v.as_object()->kind() == ObjectKind::StringObject || v.as_object()->kind() == ObjectKind::NumberObject)) {
                    item = Value::string(TRY(to_string(vm, v)));
                }
                // 7. If item is not undefined and PropertyList does not contain item, append it.
                if (item.is_undefined())
                    continue;
                bool seen = false;
                for (Value existing : property_list.span())
                    seen = seen || String::equals(vm.heap(), existing.as_string(), item.as_string());
                if (!seen)
                    property_list.append(item);
            }
        }
    }
    // 6. If space is an Object, then unwrap Number and String objects.
    if (space.is_object()) {
        if (space.as_object()->kind() == ObjectKind::NumberObject)
            space = Value::number(TRY(to_number(vm, space)));
        else if (space.as_object()->kind() == ObjectKind::StringObject)
            space = Value::string(TRY(to_string(vm, space)));
    }
    // 7. If space is a Number, then gap is min(10, ToIntegerOrInfinity(space)) spaces.
    if (space.is_number()) {
        double count = std::min(10.0, MUST(to_integer_or_infinity(vm, space)));
        if (count >= 1)
            state.gap.assign(size_t(count), u' ');
    } else if (space.is_string()) {
        // 8. Else if space is a String, gap is its first 10 code units.
        std::u16string text = space.as_string()->to_utf16(vm.heap());
        state.gap = text.substr(0, 10);
    }
    // 9. Else, let gap be the empty String.
    // 10. Let wrapper be OrdinaryObjectCreate(%Object.prototype%).
    Object* wrapper = Object::create(vm, vm.current_realm().object_prototype());
    // 11. Perform ! CreateDataPropertyOrThrow(wrapper, the empty String, value).
    MUST(create_data_property_or_throw(vm, *wrapper, PropertyKey::from_atom(vm.atoms().empty), arguments.at(0)));
    // 12. Let state be the JSON Serialization Record { ... }.
    // 13. Return ? SerializeJSONProperty(state, the empty String, wrapper).
    StringBuilder out;
    if (!TRY(serialize_json_property(vm, state, PropertyKey::from_atom(vm.atoms().empty), Value::string(vm.atoms().empty), *wrapper, out)))
        return Value::undefined();
    if (out.length() > String::kMaxLength)
        return vm.throw_range_error(ErrorType::InvalidStringLength);
    return Value::string(out.build(vm.heap()));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/json/json.def"
    // 25.5.3 JSON [ %Symbol.toStringTag% ]: "JSON".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("JSON")), kConfigurableOnly)));
}

}
