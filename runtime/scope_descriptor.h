#pragma once
// ScopeDescriptor: the static shape of a declarative environment, made by the bytecode
// generator from a scope of the scope analysis and named by PushBlockEnv's constant. It lists
// each slot's binding name and flags. The interpreter needs it to create the environment
// (lexical bindings start uninitialised, the others undefined), and to find bindings by name
// for `with`, sloppy direct eval and the debugger-like tools (dynamic lookups).

#include "gc/cell.h"

#include <cstdint>
#include <optional>
#include <span>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::runtime {

class String;

class alignas(8) ScopeDescriptor final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::ScopeDescriptor;

    enum class Kind : uint8_t {
        Function, // a function's parameters and body
        // The parameters of a function with parameter expressions (10.2.11 step 20): its body
        // has its own FunctionBody scope (step 28).
        FunctionParameters,
        FunctionBody, // 10.2.11 step 28: the var scope of a function with parameter expressions
        Block,
        Catch,
        Class,
        Module,
        Eval, // a strict eval's var scope
    };

    // Binding flags.
    static constexpr uint8_t kMutable = 1 << 0;  // let, var, parameters...; not const/class inner name
    static constexpr uint8_t kLexical = 1 << 1;  // starts uninitialised (TDZ): let, const, class
    // An assignment in sloppy code is silently ignored (a named function expression's own name).
    static constexpr uint8_t kSloppyReadOnly = 1 << 2;

    struct Binding {
        String* name; // an atom
        uint8_t flags;
    };

    static ScopeDescriptor* create(gc::Heap&, Kind, std::span<Binding const>);

    Kind kind() const { return m_kind; }
    uint32_t slot_count() const { return m_cell_data; }
    Binding const& binding(uint32_t slot) const { return bindings()[slot]; }
    // The slot of the binding named `atom`, if any.
    std::optional<uint32_t> find(String const* atom) const;

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);

private:
    friend class gc::Heap;
    ScopeDescriptor(Kind, std::span<Binding const>);

    Binding* bindings() { return reinterpret_cast<Binding*>(this + 1); }
    Binding const* bindings() const { return reinterpret_cast<Binding const*>(this + 1); }

    Kind m_kind;
};

}
