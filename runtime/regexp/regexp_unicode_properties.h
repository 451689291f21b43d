#pragma once
// Unicode knowledge the pattern parser needs: the property names and values that \p{...} may
// use (exactly the ones ECMA-262 lists, resolved to ICU values), and identifier characters for
// group names.

#include "runtime/regexp/regexp_ast.h"

#include <optional>
#include <string>
#include <string_view>

namespace sable::regexp {

struct ResolvedUnicodeProperty {
    UnicodePropertyKind kind;
    int32_t property; // a UProperty, or 0 for Any / ASCII / Assigned
    int32_t value;    // a U_GC_*_MASK, a UScriptCode, or 1 for binary properties
    bool is_property_of_strings;
};

// Resolves the UnicodePropertyValueExpression of `\p{name=value}` (value present) or
// `\p{name}` (value absent). Names are matched exactly, never loosely (22.2.2.9
// UnicodeMatchProperty and UnicodeMatchPropertyValue). Returns nothing for any name or value the
// spec does not list. Properties of strings are returned as such; whether they are allowed where
// they appear is the caller's business.
std::optional<ResolvedUnicodeProperty> resolve_unicode_property(std::string_view name, std::optional<std::string_view> value);

// The canonical spelling of a resolved property, e.g. "General_Category=Lu", "Script=Greek",
// "ASCII_Hex_Digit", "RGI_Emoji".
std::string unicode_property_display_name(UnicodePropertyKind, int32_t property, int32_t value);

// IdentifierStartChar and IdentifierPartChar of 12.7 Names and Keywords.
bool is_identifier_start_char(char32_t);
bool is_identifier_part_char(char32_t);

}
