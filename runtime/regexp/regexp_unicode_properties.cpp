#include "runtime/regexp/regexp_unicode_properties.h"

#include <unicode/uchar.h>
#include <unicode/ucpmap.h>
#include <unicode/uscript.h>
#include <unicode/uversion.h>

#include <bitset>

namespace sable::regexp {

namespace {

struct PropertyName {
    std::string_view name;
    std::string_view alias; // empty when the spec lists no alias
    UProperty property;
    UnicodePropertyKind kind;
};

// Binary Unicode property aliases and their canonical property names
// (https://tc39.es/ecma262/#table-binary-unicode-properties). The spellings are exact: the spec
// forbids every other name or alias, even ones Unicode's PropertyAliases.txt has (WSpace, ...).
constexpr PropertyName kBinaryProperties[] = {
    { "ASCII", "", UCHAR_INVALID_CODE, UnicodePropertyKind::Ascii },
    { "ASCII_Hex_Digit", "AHex", UCHAR_ASCII_HEX_DIGIT, UnicodePropertyKind::Binary },
    { "Alphabetic", "Alpha", UCHAR_ALPHABETIC, UnicodePropertyKind::Binary },
    { "Any", "", UCHAR_INVALID_CODE, UnicodePropertyKind::Any },
    { "Assigned", "", UCHAR_INVALID_CODE, UnicodePropertyKind::Assigned },
    { "Bidi_Control", "Bidi_C", UCHAR_BIDI_CONTROL, UnicodePropertyKind::Binary },
    { "Bidi_Mirrored", "Bidi_M", UCHAR_BIDI_MIRRORED, UnicodePropertyKind::Binary },
    { "Case_Ignorable", "CI", UCHAR_CASE_IGNORABLE, UnicodePropertyKind::Binary },
    { "Cased", "", UCHAR_CASED, UnicodePropertyKind::Binary },
    { "Changes_When_Casefolded", "CWCF", UCHAR_CHANGES_WHEN_CASEFOLDED, UnicodePropertyKind::Binary },
    { "Changes_When_Casemapped", "CWCM", UCHAR_CHANGES_WHEN_CASEMAPPED, UnicodePropertyKind::Binary },
    { "Changes_When_Lowercased", "CWL", UCHAR_CHANGES_WHEN_LOWERCASED, UnicodePropertyKind::Binary },
    { "Changes_When_NFKC_Casefolded", "CWKCF", UCHAR_CHANGES_WHEN_NFKC_CASEFOLDED, UnicodePropertyKind::Binary },
    { "Changes_When_Titlecased", "CWT", UCHAR_CHANGES_WHEN_TITLECASED, UnicodePropertyKind::Binary },
    { "Changes_When_Uppercased", "CWU", UCHAR_CHANGES_WHEN_UPPERCASED, UnicodePropertyKind::Binary },
    { "Dash", "", UCHAR_DASH, UnicodePropertyKind::Binary },
    { "Default_Ignorable_Code_Point", "DI", UCHAR_DEFAULT_IGNORABLE_CODE_POINT, UnicodePropertyKind::Binary },
    { "Deprecated", "Dep", UCHAR_DEPRECATED, UnicodePropertyKind::Binary },
    { "Diacritic", "Dia", UCHAR_DIACRITIC, UnicodePropertyKind::Binary },
    { "Emoji", "", UCHAR_EMOJI, UnicodePropertyKind::Binary },
    { "Emoji_Component", "EComp", UCHAR_EMOJI_COMPONENT, UnicodePropertyKind::Binary },
    { "Emoji_Modifier", "EMod", UCHAR_EMOJI_MODIFIER, UnicodePropertyKind::Binary },
    { "Emoji_Modifier_Base", "EBase", UCHAR_EMOJI_MODIFIER_BASE, UnicodePropertyKind::Binary },
    { "Emoji_Presentation", "EPres", UCHAR_EMOJI_PRESENTATION, UnicodePropertyKind::Binary },
    { "Extended_Pictographic", "ExtPict", UCHAR_EXTENDED_PICTOGRAPHIC, UnicodePropertyKind::Binary },
    { "Extender", "Ext", UCHAR_EXTENDER, UnicodePropertyKind::Binary },
    { "Grapheme_Base", "Gr_Base", UCHAR_GRAPHEME_BASE, UnicodePropertyKind::Binary },
    { "Grapheme_Extend", "Gr_Ext", UCHAR_GRAPHEME_EXTEND, UnicodePropertyKind::Binary },
    { "Hex_Digit", "Hex", UCHAR_HEX_DIGIT, UnicodePropertyKind::Binary },
    { "IDS_Binary_Operator", "IDSB", UCHAR_IDS_BINARY_OPERATOR, UnicodePropertyKind::Binary },
    { "IDS_Trinary_Operator", "IDST", UCHAR_IDS_TRINARY_OPERATOR, UnicodePropertyKind::Binary },
    { "ID_Continue", "IDC", UCHAR_ID_CONTINUE, UnicodePropertyKind::Binary },
    { "ID_Start", "IDS", UCHAR_ID_START, UnicodePropertyKind::Binary },
    { "Ideographic", "Ideo", UCHAR_IDEOGRAPHIC, UnicodePropertyKind::Binary },
    { "Join_Control", "Join_C", UCHAR_JOIN_CONTROL, UnicodePropertyKind::Binary },
    { "Logical_Order_Exception", "LOE", UCHAR_LOGICAL_ORDER_EXCEPTION, UnicodePropertyKind::Binary },
    { "Lowercase", "Lower", UCHAR_LOWERCASE, UnicodePropertyKind::Binary },
    { "Math", "", UCHAR_MATH, UnicodePropertyKind::Binary },
    { "Noncharacter_Code_Point", "NChar", UCHAR_NONCHARACTER_CODE_POINT, UnicodePropertyKind::Binary },
    { "Pattern_Syntax", "Pat_Syn", UCHAR_PATTERN_SYNTAX, UnicodePropertyKind::Binary },
    { "Pattern_White_Space", "Pat_WS", UCHAR_PATTERN_WHITE_SPACE, UnicodePropertyKind::Binary },
    { "Quotation_Mark", "QMark", UCHAR_QUOTATION_MARK, UnicodePropertyKind::Binary },
    { "Radical", "", UCHAR_RADICAL, UnicodePropertyKind::Binary },
    { "Regional_Indicator", "RI", UCHAR_REGIONAL_INDICATOR, UnicodePropertyKind::Binary },
    { "Sentence_Terminal", "STerm", UCHAR_S_TERM, UnicodePropertyKind::Binary },
    { "Soft_Dotted", "SD", UCHAR_SOFT_DOTTED, UnicodePropertyKind::Binary },
    { "Terminal_Punctuation", "Term", UCHAR_TERMINAL_PUNCTUATION, UnicodePropertyKind::Binary },
    { "Unified_Ideograph", "UIdeo", UCHAR_UNIFIED_IDEOGRAPH, UnicodePropertyKind::Binary },
    { "Uppercase", "Upper", UCHAR_UPPERCASE, UnicodePropertyKind::Binary },
    { "Variation_Selector", "VS", UCHAR_VARIATION_SELECTOR, UnicodePropertyKind::Binary },
    { "White_Space", "space", UCHAR_WHITE_SPACE, UnicodePropertyKind::Binary },
    { "XID_Continue", "XIDC", UCHAR_XID_CONTINUE, UnicodePropertyKind::Binary },
    { "XID_Start", "XIDS", UCHAR_XID_START, UnicodePropertyKind::Binary },
};

#if U_ICU_VERSION_MAJOR_NUM < 70
#    error "Sable needs ICU 70 or newer for the emoji properties of strings"
#endif

// Binary Unicode properties of strings (https://tc39.es/ecma262/#table-binary-unicode-properties-of-strings).
constexpr PropertyName kPropertiesOfStrings[] = {
    { "Basic_Emoji", "", UCHAR_BASIC_EMOJI, UnicodePropertyKind::BinaryOfStrings },
    { "Emoji_Keycap_Sequence", "", UCHAR_EMOJI_KEYCAP_SEQUENCE, UnicodePropertyKind::BinaryOfStrings },
    { "RGI_Emoji_Modifier_Sequence", "", UCHAR_RGI_EMOJI_MODIFIER_SEQUENCE, UnicodePropertyKind::BinaryOfStrings },
    { "RGI_Emoji_Flag_Sequence", "", UCHAR_RGI_EMOJI_FLAG_SEQUENCE, UnicodePropertyKind::BinaryOfStrings },
    { "RGI_Emoji_Tag_Sequence", "", UCHAR_RGI_EMOJI_TAG_SEQUENCE, UnicodePropertyKind::BinaryOfStrings },
    { "RGI_Emoji_ZWJ_Sequence", "", UCHAR_RGI_EMOJI_ZWJ_SEQUENCE, UnicodePropertyKind::BinaryOfStrings },
    { "RGI_Emoji", "", UCHAR_RGI_EMOJI, UnicodePropertyKind::BinaryOfStrings },
};

// Non-binary Unicode property aliases and their canonical property names
// (https://tc39.es/ecma262/#table-nonbinary-unicode-properties).
constexpr PropertyName kNonBinaryProperties[] = {
    { "General_Category", "gc", UCHAR_GENERAL_CATEGORY_MASK, UnicodePropertyKind::GeneralCategory },
    { "Script", "sc", UCHAR_SCRIPT, UnicodePropertyKind::Script },
    { "Script_Extensions", "scx", UCHAR_SCRIPT_EXTENSIONS, UnicodePropertyKind::ScriptExtensions },
};

template<size_t N>
PropertyName const* find_property(PropertyName const (&table)[N], std::string_view name)
{
    for (auto const& entry : table) {
        if (entry.name == name || (!entry.alias.empty() && entry.alias == name))
            return &entry;
    }
    return nullptr;
}

// The value of `property` called exactly `name` in PropertyValueAliases.txt, or -1. ICU's own
// lookup matches loosely (ignoring case, `_`, `-`, spaces and an "is" prefix, per UAX #44), so
// its answer is only accepted when `name` is one of the spellings ICU lists for that value.
int32_t exact_property_value(UProperty property, std::string_view name)
{
    std::string terminated(name);
    int32_t value = u_getPropertyValueEnum(property, terminated.c_str());
    if (value == UCHAR_INVALID_CODE)
        return -1;
    // U_SHORT_PROPERTY_NAME, U_LONG_PROPERTY_NAME, then any further aliases.
    for (int choice = 0; choice < 8; ++choice) {
        char const* spelling = u_getPropertyValueName(property, value, UPropertyNameChoice(choice));
        if (spelling && name == spelling)
            return value;
    }
    return -1;
}

// ICU knows every ISO 15924 script code, PropertyValueAliases.txt only those Unicode encodes:
// the values some code point has, plus Katakana_Or_Hiragana, which is listed but never used.
bool is_unicode_script_value(int32_t script)
{
    static std::bitset<USCRIPT_CODE_LIMIT> const used = [] {
        std::bitset<USCRIPT_CODE_LIMIT> bits;
        UErrorCode status = U_ZERO_ERROR;
        UCPMap const* map = u_getIntPropertyMap(UCHAR_SCRIPT, &status);
        if (U_FAILURE(status))
            return bits;
        UChar32 start = 0;
        uint32_t value = 0;
        while (start <= 0x10FFFF) {
            UChar32 end = ucpmap_getRange(map, start, UCPMAP_RANGE_NORMAL, 0, nullptr, nullptr, &value);
            if (end < 0)
                break;
            if (value < bits.size())
                bits.set(value);
            start = end + 1;
        }
        bits.set(USCRIPT_KATAKANA_OR_HIRAGANA);
        return bits;
    }();
    return script >= 0 && script < USCRIPT_CODE_LIMIT && used.test(size_t(script));
}

}

// 22.2.1.1 Static Semantics: Early Errors, for UnicodePropertyValueExpression —
// https://tc39.es/ecma262/#sec-patterns-static-semantics-early-errors
std::optional<ResolvedUnicodeProperty> resolve_unicode_property(std::string_view name, std::optional<std::string_view> value)
{
    if (value) {
        // UnicodePropertyName `=` UnicodePropertyValue: the name must be in the non-binary table,
        // the value one of that property's values or aliases.
        auto const* property = find_property(kNonBinaryProperties, name);
        if (!property)
            return std::nullopt;
        if (property->kind == UnicodePropertyKind::GeneralCategory) {
            int32_t mask = exact_property_value(UCHAR_GENERAL_CATEGORY_MASK, *value);
            if (mask < 0)
                return std::nullopt;
            return ResolvedUnicodeProperty { property->kind, UCHAR_GENERAL_CATEGORY_MASK, mask, false };
        }
        int32_t script = exact_property_value(UCHAR_SCRIPT, *value);
        if (script < 0 || !is_unicode_script_value(script))
            return std::nullopt;
        return ResolvedUnicodeProperty { property->kind, property->property, script, false };
    }

    // LoneUnicodePropertyNameOrValue: a General_Category value, a binary property, or a binary
    // property of strings.
    if (int32_t mask = exact_property_value(UCHAR_GENERAL_CATEGORY_MASK, name); mask >= 0)
        return ResolvedUnicodeProperty { UnicodePropertyKind::GeneralCategory, UCHAR_GENERAL_CATEGORY_MASK, mask, false };
    if (auto const* property = find_property(kBinaryProperties, name))
        return ResolvedUnicodeProperty { property->kind, property->kind == UnicodePropertyKind::Binary ? property->property : 0, 1, false };
    if (auto const* property = find_property(kPropertiesOfStrings, name))
        return ResolvedUnicodeProperty { property->kind, property->property, 1, true };
    return std::nullopt;
}

std::string unicode_property_display_name(UnicodePropertyKind kind, int32_t property, int32_t value)
{
    auto value_name = [](UProperty which, int32_t v, UPropertyNameChoice choice) -> std::string {
        char const* spelling = u_getPropertyValueName(which, v, choice);
        return spelling ? spelling : "?";
    };
    switch (kind) {
    case UnicodePropertyKind::GeneralCategory:
        return "General_Category=" + value_name(UCHAR_GENERAL_CATEGORY_MASK, value, U_SHORT_PROPERTY_NAME);
    case UnicodePropertyKind::Script:
        return "Script=" + value_name(UCHAR_SCRIPT, value, U_LONG_PROPERTY_NAME);
    case UnicodePropertyKind::ScriptExtensions:
        return "Script_Extensions=" + value_name(UCHAR_SCRIPT, value, U_LONG_PROPERTY_NAME);
    case UnicodePropertyKind::Any:
        return "Any";
    case UnicodePropertyKind::Ascii:
        return "ASCII";
    case UnicodePropertyKind::Assigned:
        return "Assigned";
    case UnicodePropertyKind::Binary:
        for (auto const& entry : kBinaryProperties) {
            if (entry.property == property)
                return std::string(entry.name);
        }
        return "?";
    case UnicodePropertyKind::BinaryOfStrings:
        for (auto const& entry : kPropertiesOfStrings) {
            if (entry.property == property)
                return std::string(entry.name);
        }
        return "?";
    }
    return "?";
}

// IdentifierStartChar :: UnicodeIDStart | `$` | `_`
bool is_identifier_start_char(char32_t code_point)
{
    // Fast path: ASCII letters, `$` and `_` are the only ASCII start characters.
    if (code_point < 0x80)
        return (code_point >= 'a' && code_point <= 'z') || (code_point >= 'A' && code_point <= 'Z') || code_point == '$' || code_point == '_';
    if (code_point > 0x10FFFF)
        return false;
    return u_hasBinaryProperty(UChar32(code_point), UCHAR_ID_START);
}

// IdentifierPartChar :: UnicodeIDContinue | `$` | <ZWNJ> | <ZWJ>
bool is_identifier_part_char(char32_t code_point)
{
    if (code_point < 0x80)
        return is_identifier_start_char(code_point) || (code_point >= '0' && code_point <= '9');
    if (code_point == 0x200C || code_point == 0x200D)
        return true;
    if (code_point > 0x10FFFF)
        return false;
    return u_hasBinaryProperty(UChar32(code_point), UCHAR_ID_CONTINUE);
}

}
