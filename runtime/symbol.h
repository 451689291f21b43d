#pragma once
// Symbol: the cell behind every symbol value (ECMA-262 6.1.5 The Symbol Type). Its one
// property is [[Description]], a String or undefined. Symbols are compared by identity; cells
// never move, so a symbol's address is a stable hash.

#include "gc/cell.h"
#include "runtime/value.h"

#include <optional>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class String;

class Symbol final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::Symbol;

    // A new unique symbol; description is a String or undefined.
    static Symbol* create(gc::Heap&, Value description);
    // The key of a Private Name (private_name.h): never exposed, skipped by [[OwnPropertyKeys]].
    static Symbol* create_private(gc::Heap&, Value description);

    // [[Description]]: a String or undefined.
    Value description() const { return m_description; }
    // Created by Symbol.for (its description is its registry key).
    bool is_registered() const { return m_cell_data & kRegisteredFlag; }
    // One of the well-known symbols (runtime/well_known_symbols.def).
    bool is_well_known() const { return m_cell_data & kWellKnownFlag; }
    bool is_private() const { return m_cell_data & kPrivateFlag; }

    // SymbolDescriptiveString ( sym ): "Symbol(" + description + ")". std::nullopt when the
    // result would be too long (the caller throws RangeError "Invalid string length").
    [[nodiscard]] std::optional<String*> descriptive_string(gc::Heap&);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    friend class SymbolRegistry;
    static constexpr uint32_t kRegisteredFlag = 1;
    static constexpr uint32_t kWellKnownFlag = 2;
    static constexpr uint32_t kPrivateFlag = 4;

    Symbol(Value description, uint32_t flags)
        : gc::Cell(kKind)
        , m_description(description)
    {
        m_cell_data = flags;
    }

    Value m_description;
};
static_assert(sizeof(Symbol) == 16);

}
