#pragma once
// Canonicalize ( rer, ch ) — https://tc39.es/ecma262/#sec-runtime-semantics-canonicalize-ch
// Case-insensitive matching compares characters after mapping both through Canonicalize: simple
// case folding (ICU's u_foldCase) in Unicode mode, the toUppercase rule otherwise.

#include <cstdint>
#include <span>
#include <utility>

namespace sable::regexp {

// Canonicalize for a pattern with ignoreCase; `unicode` is HasEitherUnicodeFlag.
char32_t canonicalize(char32_t, bool unicode);

// Every character whose canonical form differs from itself, with that form, sorted by the
// character. Canonicalize is idempotent, so a canonical form is never listed itself.
std::span<std::pair<char32_t, char32_t> const> canonicalize_changes(bool unicode);

}
