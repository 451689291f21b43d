#pragma once
// Scope analysis: builds the scope tree of a parsed program, reports the declaration early
// errors of the specification (duplicate and conflicting bindings, undeclared exports), and
// resolves every identifier reference to a register, an environment slot, a global lookup or
// a dynamic (by-name) lookup, so the bytecode generator never re-resolves names.

#include "parser/ast.h"
#include "parser/parser.h"

#include <deque>
#include <optional>
#include <unordered_map>
#include <vector>

namespace sable::parser {

enum class ScopeKind : uint8_t {
    Script,   // a Script's top level: var/function on the global object, lexical in the global record
    Module,   // a Module's top level
    Function, // parameters, and the body too unless the function has a separate body scope
    FunctionBody, // 10.2.11 step 28: a var scope apart from parameters with expressions
    Block,    // blocks, switch case blocks, for heads with lexical declarations
    Catch,    // a catch clause's parameter
    Class,    // a class's own name and private names
    With,     // the object environment of a with statement: everything inside is dynamic
};

enum class VariableKind : uint8_t {
    Var,
    Let,
    Const,
    Using,
    Class,
    Function,          // a var-scoped function declaration
    BlockFunction,     // a function declaration in a block (lexical)
    Parameter,
    CatchParameter,
    Import,
    FunctionName,      // a named function expression's own name
    ClassName,         // a class's inner binding of its name
    Arguments,         // the implicit `arguments` object
};

enum class VariableLocation : uint8_t {
    Unallocated,
    Register,    // a frame register of the function owning the scope
    Environment, // a slot of the scope's heap environment (captured, or reachable by eval)
    Global,      // a Script's top-level declaration: a global property or global lexical binding
};

struct Variable {
    Atom name;
    VariableKind kind;
    VariableLocation location { VariableLocation::Unallocated };
    bool captured { false };  // referenced from a nested function
    bool is_lexical { false }; // needs a TDZ check unless proven initialised
    uint32_t index { 0 };     // register or environment slot
    Scope* scope { nullptr };
    Identifier* declaration { nullptr };
};

struct Scope {
    ScopeKind kind;
    Scope* parent { nullptr };
    FunctionNode* function { nullptr }; // the function this scope belongs to (nullptr at top level)
    std::vector<Variable*> variables;
    bool is_strict { false };
    bool has_direct_eval { false };     // a sloppy direct eval may add var bindings here
    bool contains_direct_eval { false }; // this scope or a nested one calls eval directly
    bool needs_environment { false };   // some variable lives in a heap environment
    uint32_t environment_size { 0 };
    uint32_t register_count { 0 };      // Function scopes: registers used by locals

    Variable* find(Atom name) const
    {
        if (!m_index.empty()) {
            auto it = m_index.find(name);
            return it == m_index.end() ? nullptr : it->second;
        }
        // Names are kept apart from the variables so small scopes search contiguous memory.
        for (size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == name)
                return variables[i];
        }
        return nullptr;
    }

    void add(Variable* variable)
    {
        variables.push_back(variable);
        m_names.push_back(variable->name);
        // Large scopes (a module pattern's function holding thousands of vars) get a hash index.
        if (variables.size() == kIndexThreshold) {
            for (Variable* existing : variables)
                m_index.emplace(existing->name, existing);
        } else if (variables.size() > kIndexThreshold) {
            m_index.emplace(variable->name, variable);
        }
    }

private:
    static constexpr size_t kIndexThreshold = 12;
    std::vector<Atom> m_names;
    std::unordered_map<Atom, Variable*> m_index;
};

// Owns every scope and variable of one program.
struct ScopeTree {
    std::deque<Scope> scopes;
    std::deque<Variable> variables;
};

// Runs scope analysis over `program`, filling `tree`. Returns the first early error found.
std::optional<SyntaxError> analyze_scopes(Program& program, ScopeTree& tree, AtomTable& atoms, ParseOptions const& options);

}
