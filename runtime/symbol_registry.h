#pragma once
// SymbolRegistry: the symbols a VM shares across all its realms: the well-known symbols
// (runtime/well_known_symbols.def) and the GlobalSymbolRegistry behind Symbol.for and
// Symbol.keyFor.
//
// The registry holds its symbols strongly. A registered symbol's identity is observable (two
// Symbol.for calls with one key must return the same symbol), so dropping an entry is only
// safe when nothing else holds the symbol; that refinement can come later if programs need it.

#include "runtime/value.h"

#include <cstdint>
#include <unordered_map>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class AtomTable;
class String;
class Symbol;

class SymbolRegistry {
public:
    SymbolRegistry(gc::Heap&, AtomTable&);
    ~SymbolRegistry();
    SymbolRegistry(SymbolRegistry const&) = delete;
    SymbolRegistry& operator=(SymbolRegistry const&) = delete;

    // Symbol.for ( key ) after step 1 (key is already a String): the registered symbol for the
    // key, created on first use.
    Symbol* symbol_for(String* key);
    // KeyForSymbol ( sym ): the key of a registered symbol, else undefined.
    static Value key_for_symbol(Symbol*);

    size_t registered_count() const { return m_registry.size(); }

#define WELL_KNOWN_SYMBOL(member, description) Symbol* member { nullptr };
#include "runtime/well_known_symbols.def"
    // A private symbol (never reachable from JavaScript): the key under which an error object
    // keeps its stack trace (interpreter/stack_trace.h).
    Symbol* error_stack { nullptr };

private:
    gc::Heap& m_heap;
    AtomTable& m_atoms;
    // Keyed by atom, so one lookup is one pointer hash.
    std::unordered_map<String*, Symbol*> m_registry;
    uint64_t m_root_provider_id { 0 };
};

}
