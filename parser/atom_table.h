#pragma once
// Interned identifier names. Two names are equal iff their Atom pointers are equal.
// Text is UTF-8 (identifiers can never hold lone surrogates).

#include "parser/arena.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace sable::parser {

enum class TokenKind : uint8_t;

struct AtomEntry {
    std::string_view text;
    uint32_t hash;
    // The keyword this name spells, or TokenKind::Identifier.
    TokenKind keyword;
};
using Atom = AtomEntry const*;

class AtomTable {
public:
    AtomTable();
    AtomTable(AtomTable const&) = delete;
    AtomTable& operator=(AtomTable const&) = delete;

    Atom intern(std::string_view text);
    Atom intern(std::string_view text, uint32_t hash);

    static uint32_t hash(std::string_view text)
    {
        uint32_t h = 2166136261u; // FNV-1a
        for (unsigned char c : text)
            h = (h ^ c) * 16777619u;
        return h;
    }

#define ATOM(member, text) Atom member;
#include "parser/well_known_atoms.def"

private:
    void grow();

    Arena m_storage;
    std::vector<AtomEntry*> m_buckets;
    size_t m_count { 0 };
};

}
