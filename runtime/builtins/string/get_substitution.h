#pragma once
// GetSubstitution, shared by String.prototype.replace/replaceAll and RegExp.prototype[@@replace].

#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace sable::runtime {

class VM;

// GetSubstitution ( matched, str, position, captures, namedCaptures, replacementTemplate ):
// appends the replacement to `result`. `captures` holds Strings or undefined; `named_captures`
// is an Object or undefined.
ThrowCompletionOr<void> get_substitution(VM&, std::u16string& result, std::u16string_view matched, std::u16string_view string,
    uint32_t position, std::span<Value const> captures, Value named_captures, std::u16string_view replacement);

}
