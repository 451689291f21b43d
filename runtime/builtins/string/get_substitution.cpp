#include "runtime/builtins/string/get_substitution.h"

#include "runtime/abstract_operations.h"
#include "runtime/error_types.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/vm.h"

#include <algorithm>

namespace sable::runtime {

// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate )
// https://tc39.es/ecma262/#sec-getsubstitution
ThrowCompletionOr<void> get_substitution(VM& vm, std::u16string& result, std::u16string_view matched, std::u16string_view string,
    uint32_t position, std::span<Value const> captures, Value named_captures, std::u16string_view replacement)
{
    // 1. Let stringLength be the length of str.
    size_t string_length = string.size();
    auto is_digit = [](char16_t c) { return c >= '0' && c <= '9'; };
    // 4-5. Walk the template; text that is not a reference is copied as it is.
    for (size_t i = 0; i < replacement.size();) {
        char16_t c = replacement[i];
        if (c != '$' || i + 1 >= replacement.size()) {
            result += c;
            ++i;
            continue;
        }
        char16_t next = replacement[i + 1];
        if (next == '$') {
            // b. "$$" stands for "$".
            result += u'$';
            i += 2;
        } else if (next == '`') {
            // c. "$`": the text before the match.
            result += string.substr(0, position);
            i += 2;
        } else if (next == '&') {
            // d. "$&": the match.
            result += matched;
            i += 2;
        } else if (next == '\'') {
            // e. "$'": the text after the match (tailPos may lie past the end).
            size_t tail = std::min<size_t>(size_t(position) + matched.size(), string_length);
            result += string.substr(tail);
            i += 2;
        } else if (is_digit(next)) {
            // f. "$" and one or two digits: a capture, when there is one with that number.
            size_t digit_count = i + 2 < replacement.size() && is_digit(replacement[i + 2]) ? 2 : 1;
            uint32_t index = next - '0';
            if (digit_count == 2)
                index = index * 10 + (replacement[i + 2] - '0');
            size_t capture_length = captures.size();
            // v. If index > captureLen and digitCount = 2, use one digit only.
            if (index > capture_length && digit_count == 2) {
                digit_count = 1;
                index = next - '0';
            }
            if (index >= 1 && index <= capture_length) {
                Value capture = captures[index - 1];
                if (!capture.is_undefined())
                    result += capture.as_string()->to_utf16(vm.heap());
            } else {
                result += replacement.substr(i, 1 + digit_count);
            }
            i += 1 + digit_count;
        } else if (next == '<') {
            // g. "$<name>": a named capture, when the match has groups and the ">" exists.
            size_t gt = replacement.find(u'>', i);
            if (gt == std::u16string_view::npos || named_captures.is_undefined()) {
                result += u"$<";
                i += 2;
                continue;
            }
            std::u16string_view group_name = replacement.substr(i + 2, gt - (i + 2));
            PropertyKey key = TRY(to_property_key(vm, Value::string(String::from_utf16(vm.heap(), group_name))));
            Value capture = TRY(get(vm, *named_captures.as_object(), key));
            if (!capture.is_undefined())
                result += TRY(to_string(vm, capture))->to_utf16(vm.heap());
            i = gt + 1;
        } else {
            // h. Any other "$" is kept.
            result += c;
            ++i;
        }
        if (result.size() > String::kMaxLength)
            return vm.throw_range_error(ErrorType::InvalidStringLength);
    }
    return {};
}

}
