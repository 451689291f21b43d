#pragma once
// The declarations of a Script (or of sloppy eval code), as DeclareGlobals' constant: what
// GlobalDeclarationInstantiation (16.1.7) and EvalDeclarationInstantiation (19.2.1.3) need
// from the code before it runs. Stored in a ValueArray (so the collector traces it):
//
//   [0] function count F   [1] var count V   [2] lexical count L
//   then F pairs  (name atom, FunctionTemplate as internal cell)   functionsToInitialize, in order
//   then V        name atoms                                        declaredVarNames (no functions)
//   then L pairs  (name atom, true if const/using (immutable))      lexically declared names

#include "runtime/value.h"

#include <cstdint>
#include <span>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {
class String;
class ValueArray;
}

namespace sable::bytecode {

class FunctionTemplate;

struct GlobalFunctionDeclaration {
    runtime::String* name;
    FunctionTemplate* function;
};

struct GlobalLexicalDeclaration {
    runtime::String* name;
    bool is_constant;
};

class GlobalDeclarations {
public:
    static runtime::ValueArray* create(gc::Heap&, std::span<GlobalFunctionDeclaration const>,
        std::span<runtime::String* const> var_names, std::span<GlobalLexicalDeclaration const>);

    explicit GlobalDeclarations(runtime::ValueArray const& array)
        : m_array(array)
    {
    }

    uint32_t function_count() const;
    uint32_t var_count() const;
    uint32_t lexical_count() const;
    GlobalFunctionDeclaration function(uint32_t index) const;
    runtime::String* var_name(uint32_t index) const;
    GlobalLexicalDeclaration lexical(uint32_t index) const;

private:
    runtime::ValueArray const& m_array;
};

}
