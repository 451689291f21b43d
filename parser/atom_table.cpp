#include "parser/atom_table.h"
#include "parser/token.h"

#include <cstring>

namespace sable::parser {

AtomTable::AtomTable()
    : m_buckets(1024, nullptr)
{
#define KEYWORD(name, text) intern(text);
#include "parser/tokens.def"
#define ATOM(member, text) member = intern(text);
#include "parser/well_known_atoms.def"
}

Atom AtomTable::intern(std::string_view text) { return intern(text, hash(text)); }

Atom AtomTable::intern(std::string_view text, uint32_t hash)
{
    size_t mask = m_buckets.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        AtomEntry* entry = m_buckets[i];
        if (!entry)
            break;
        if (entry->hash == hash && entry->text == text)
            return entry;
    }
    if ((m_count + 1) * 2 > m_buckets.size())
        grow();
    char* chars = static_cast<char*>(m_storage.allocate(text.size() + 1, 1));
    std::memcpy(chars, text.data(), text.size());
    chars[text.size()] = 0;
    auto* entry = m_storage.make<AtomEntry>(AtomEntry { { chars, text.size() }, hash, keyword_kind(text) });
    mask = m_buckets.size() - 1;
    size_t i = hash & mask;
    while (m_buckets[i])
        i = (i + 1) & mask;
    m_buckets[i] = entry;
    ++m_count;
    return entry;
}

void AtomTable::grow()
{
    std::vector<AtomEntry*> old = std::move(m_buckets);
    m_buckets.assign(old.size() * 2, nullptr);
    size_t mask = m_buckets.size() - 1;
    for (AtomEntry* entry : old) {
        if (!entry)
            continue;
        size_t i = entry->hash & mask;
        while (m_buckets[i])
            i = (i + 1) & mask;
        m_buckets[i] = entry;
    }
}

}
