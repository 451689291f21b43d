#pragma once
// Cell: the header of everything the garbage collector manages (strings, symbols, BigInts,
// shapes, objects, environments, bytecode templates...). Cells never move (DESIGN.md
// decision 8), so native code may hold raw Cell pointers in locals: the collector scans the
// native stack conservatively.
//
// The header is 8 bytes: the kind (which selects tracing and finalisation through the table
// given to the Heap), GC flags, and 32 bits that subclasses may use for their own data.

#include <cstdint>

namespace sable::gc {

class Visitor;

// Every kind of cell, listed once in runtime/cell_kinds.def: CELL_KIND(Name, CppType).
enum class CellKind : uint8_t {
#define CELL_KIND(name, type) name,
#include "runtime/cell_kinds.def"
    Count,
};

class Cell {
public:
    CellKind cell_kind() const { return m_kind; }

    Cell(Cell const&) = delete;
    Cell& operator=(Cell const&) = delete;

protected:
    explicit Cell(CellKind kind)
        : m_kind(kind)
    {
    }
    ~Cell() = default;

    // 32 bits of the header left to subclasses (a string's length, an array's flags...).
    uint32_t m_cell_data { 0 };

private:
    friend class Heap;
    friend class HeapImpl;
    CellKind m_kind;
    // Heap-private flags: bit 0 = in the remembered set.
    uint8_t m_gc_flags { 0 };
    uint16_t m_reserved { 0 };
};

static_assert(sizeof(Cell) == 8);

// What the collector needs to know about each kind of cell.
struct CellTraits {
    char const* name;
    // Reports every Value and Cell* the cell holds to the visitor.
    void (*visit_children)(Cell*, Visitor&);
    // Releases memory the cell owns outside the GC heap (nullptr if none). Runs during sweep;
    // must not allocate or touch other cells.
    void (*finalize)(Cell*);
};

}
