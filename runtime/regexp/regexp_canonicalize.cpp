#include "runtime/regexp/regexp_canonicalize.h"

#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/ustring.h>

#include <memory>
#include <vector>

namespace sable::regexp {

namespace {

// The non-Unicode mapping for every code unit, built once per process on first use. It is
// immutable afterwards (C++ guarantees thread-safe initialisation of function-local statics),
// so it is not the mutable global state DESIGN.md decision 9 forbids.
struct UppercaseTable {
    char16_t map[0x10000];
    std::vector<std::pair<char32_t, char32_t>> changes;

    UppercaseTable()
    {
        for (uint32_t unit = 0; unit < 0x10000; ++unit) {
            map[unit] = char16_t(unit);
            // Canonicalize, non-Unicode mode:
            // a. Let toUppercase be the result of toUppercase(« ch ») (Unicode Default Case
            //    Conversion, the full mapping).
            UChar source[1] = { char16_t(unit) };
            UChar upper[4];
            UErrorCode status = U_ZERO_ERROR;
            int32_t length = u_strToUpper(upper, 4, source, 1, "", &status);
            // c. If the length of u is not 1, return ch.
            if (U_FAILURE(status) || length != 1)
                continue;
            // e. If the numeric value of ch ≥ 128 and the numeric value of cu < 128, return ch.
            if (unit >= 128 && upper[0] < 128)
                continue;
            map[unit] = upper[0];
            if (upper[0] != unit)
                changes.emplace_back(unit, upper[0]);
        }
    }
};

UppercaseTable const& uppercase_table()
{
    static auto const* table = new UppercaseTable;
    return *table;
}

std::vector<std::pair<char32_t, char32_t>> const& fold_changes()
{
    static auto const* changes = [] {
        auto* list = new std::vector<std::pair<char32_t, char32_t>>;
        // Every character simple case folding changes also changes under full case folding, so
        // Changes_When_Casefolded holds all candidates.
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeSet candidates;
        candidates.applyIntPropertyValue(UCHAR_CHANGES_WHEN_CASEFOLDED, 1, status);
        for (int32_t i = 0; i < candidates.getRangeCount(); ++i) {
            for (UChar32 c = candidates.getRangeStart(i); c <= candidates.getRangeEnd(i); ++c) {
                UChar32 folded = u_foldCase(c, U_FOLD_CASE_DEFAULT);
                if (folded != c)
                    list->emplace_back(char32_t(c), char32_t(folded));
            }
        }
        return list;
    }();
    return *changes;
}

}

char32_t canonicalize(char32_t c, bool unicode)
{
    // 1. If HasEitherUnicodeFlag(rer) is true and rer.[[IgnoreCase]] is true, then
    //    a. If the file CaseFolding.txt provides a simple or common case folding mapping for
    //       ch, return the result of applying that mapping to ch.
    if (unicode)
        return char32_t(u_foldCase(UChar32(c), U_FOLD_CASE_DEFAULT));
    // 3-4. The toUppercase rule (non-Unicode mode reads code units only).
    if (c >= 0x10000)
        return c;
    if (c < 128)
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    return uppercase_table().map[c];
}

std::span<std::pair<char32_t, char32_t> const> canonicalize_changes(bool unicode)
{
    if (unicode)
        return fold_changes();
    return uppercase_table().changes;
}

}
