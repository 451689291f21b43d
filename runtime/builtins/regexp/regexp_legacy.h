#pragma once
// Annex B legacy static properties of %RegExp% (RegExp.$1-$9, input/$_, lastMatch/$&,
// lastParen/$+, leftContext/$`, rightContext/$'), from the "RegExp Legacy Features" proposal
// (https://github.com/tc39/proposal-regexp-legacy-features). The values live in the realm's
// %RegExp% function's data: the input, the string matched against, and the start and end of
// the match, of groups 1-9 and of the last group; reading them makes substrings on demand.

#include "runtime/completion.h"
#include "runtime/native_function.h"

#include <cstdint>

namespace sable::runtime {

class Realm;
class String;
class VM;

// UpdateLegacyRegExpStaticProperties ( C, S, startIndex, endIndex, capturedValues ): `captures`
// holds the start and end of every group (group 0 first), -1 for groups that did not match.
void update_legacy_regexp_static_properties(VM&, Realm&, String* input, int32_t const* captures, uint32_t capture_count);
// InvalidateLegacyRegExpStaticProperties ( C )
void invalidate_legacy_regexp_static_properties(VM&, Realm&);

enum class LegacyRegExpProperty : uint8_t {
    Input,
    LastMatch,
    LastParen,
    LeftContext,
    RightContext,
    Paren1, // ... Paren9 follow
};

// GetLegacyRegExpStaticProperty ( C, thisValue, internalSlotName )
ThrowCompletionOr<Value> get_legacy_regexp_static_property(VM&, Arguments const&, LegacyRegExpProperty, uint32_t paren = 0);
// SetLegacyRegExpStaticProperty ( C, thisValue, internalSlotName, val ) (only [[RegExpInput]])
ThrowCompletionOr<Value> set_legacy_regexp_input(VM&, Arguments const&);

}
