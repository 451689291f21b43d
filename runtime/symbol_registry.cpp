#include "runtime/symbol_registry.h"

#include "gc/heap.h"
#include "runtime/atom_table.h"
#include "runtime/string.h"
#include "runtime/symbol.h"

namespace sable::runtime {

SymbolRegistry::SymbolRegistry(gc::Heap& heap, AtomTable& atoms)
    : m_heap(heap)
    , m_atoms(atoms)
{
    // Registered first: creating the well-known symbols below may collect.
    m_root_provider_id = heap.add_root_provider([this](gc::Visitor& visitor) {
#define WELL_KNOWN_SYMBOL(member, description) \
    if (member)                                \
        visitor.visit(member);
#include "runtime/well_known_symbols.def"
        if (error_stack)
            visitor.visit(error_stack);
        for (auto const& [key, symbol] : m_registry) {
            visitor.visit(key);
            visitor.visit(symbol);
        }
    });
#define WELL_KNOWN_SYMBOL(member, description)                                                        \
    member = heap.allocate<Symbol>(Value::string(m_atoms.intern_latin1(description)), Symbol::kWellKnownFlag);
#include "runtime/well_known_symbols.def"
    error_stack = Symbol::create_private(heap, Value::string(m_atoms.intern_latin1("[[ErrorStack]]")));
}

SymbolRegistry::~SymbolRegistry() { m_heap.remove_root_provider(m_root_provider_id); }

// Symbol.for ( key ) — https://tc39.es/ecma262/#sec-symbol.for
Symbol* SymbolRegistry::symbol_for(String* key)
{
    // 1. Let stringKey be ? ToString(key). (Done by the caller.)
    String* string_key = m_atoms.intern(key);
    // 2. For each element e of the GlobalSymbolRegistry List, do
    //    a. If e.[[Key]] is stringKey, return e.[[Symbol]].
    if (auto it = m_registry.find(string_key); it != m_registry.end())
        return it->second;
    // 3. Assert: GlobalSymbolRegistry does not currently contain an entry for stringKey.
    // 4. Let newSymbol be a new Symbol whose [[Description]] is stringKey.
    auto* new_symbol = m_heap.allocate<Symbol>(Value::string(string_key), Symbol::kRegisteredFlag);
    // 5. Append the GlobalSymbolRegistry Record { [[Key]]: stringKey, [[Symbol]]: newSymbol } to
    //    the GlobalSymbolRegistry List.
    m_registry.emplace(string_key, new_symbol);
    // 6. Return newSymbol.
    return new_symbol;
}

// KeyForSymbol ( sym ) — https://tc39.es/ecma262/#sec-keyforsymbol
Value SymbolRegistry::key_for_symbol(Symbol* symbol)
{
    // 1. For each element e of the GlobalSymbolRegistry List, do
    //    a. If SameValue(e.[[Symbol]], sym) is true, return e.[[Key]].
    // Fast path: a registered symbol's [[Description]] is its key, so no lookup is needed.
    if (symbol->is_registered())
        return symbol->description();
    // 2. Assert: GlobalSymbolRegistry does not currently contain an entry for sym.
    // 3. Return undefined.
    return Value::undefined();
}

}
