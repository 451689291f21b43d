#pragma once
// FunctionTemplate: the compiled form of one function body (or script, module or eval code),
// shared by every closure created from it (DESIGN.md, pipeline). It holds the bytecode, the
// constant pool, the frame layout, the exception handler table, the source-position table and
// the function's static properties (kind, strictness, parameter count, name, source range).
// Closures (runtime/function_object.h) add the captured environment, realm and home object.
//
// Frame layout (interpreter/frame.h): r0 is `this`, r1..rN the declared parameters (N =
// parameter_count(), missing arguments read as undefined, extra ones are kept apart for
// `arguments` and rest parameters), then locals and temporaries up to register_count().
//
// The constant pool holds Values: numbers, strings (atoms for Atom operands), BigInts, and
// internal cells (Value::internal_cell) for nested FunctionTemplates, ScopeDescriptors, class
// and declaration descriptors. The template is a GC cell; its byte vectors live outside the
// heap and are released by finalize().

#include "gc/cell.h"
#include "runtime/value.h"
#include "runtime/value_array.h"

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

namespace sable::gc {
class Heap;
class Visitor;
}

namespace sable::parser {
class SourceFile;
}

namespace sable::runtime {
class String;
class ValueArray;
}

namespace sable::bytecode {

enum class FunctionTemplateKind : uint8_t {
    Script,          // a Script's top level (GlobalDeclarationInstantiation via DeclareGlobals)
    Module,          // a Module's body
    Eval,            // eval code
    Normal,          // function declarations and expressions
    Arrow,           // lexical this, arguments, new.target and super
    Method,          // object and class methods (a [[HomeObject]], not a constructor)
    Getter,
    Setter,
    ClassConstructor,
    DerivedClassConstructor,
    ClassFieldInitializer,
    ClassStaticBlock,
};

// One entry of the exception handler table: a throw from an instruction in [start, end)
// restores the lexical environment from `environment_register`, puts the thrown value in the
// accumulator and continues at `handler`. Entries are ordered innermost first.
struct ExceptionHandler {
    uint32_t start;
    uint32_t end;
    uint32_t handler;
    uint32_t environment_register;
};

// Maps the instruction at `bytecode_offset` (and the ones after it, up to the next entry) to a
// source position, for stack traces and error locations. Ascending by bytecode_offset.
struct SourcePositionEntry {
    uint32_t bytecode_offset;
    uint32_t line;
    uint32_t column; // UTF-16 code units, 1-based
};

struct FunctionTemplateInfo {
    FunctionTemplateKind kind { FunctionTemplateKind::Normal };
    bool is_strict { false };
    bool is_generator { false };
    bool is_async { false };
    // Uses `arguments` (the prologue creates it with CreateArguments).
    bool uses_arguments { false };
    // Simple parameter list without duplicates in sloppy mode: `arguments` is mapped.
    bool has_simple_parameter_list { true };
    uint32_t parameter_count { 0 };        // registers r1..rN
    uint32_t register_count { 1 };         // total, including r0 (`this`)
    uint32_t feedback_slot_count { 0 };
    uint32_t expected_argument_count { 0 }; // the function's "length"
    uint32_t source_start { 0 };            // byte range of the source text (toString)
    uint32_t source_end { 0 };
    uint32_t line { 1 };                    // where the function starts
    uint32_t column { 1 };
};

class FunctionTemplate final : public gc::Cell {
public:
    static constexpr gc::CellKind kKind = gc::CellKind::FunctionTemplate;

    // `name` may be null (anonymous); `constants` may be null when the pool is empty.
    static FunctionTemplate* create(gc::Heap&, FunctionTemplateInfo const&, runtime::String* name,
        std::vector<uint8_t> code, runtime::ValueArray* constants, std::vector<ExceptionHandler> handlers,
        std::vector<SourcePositionEntry> positions, std::shared_ptr<parser::SourceFile const> source);

    FunctionTemplateInfo const& info() const { return m_info; }
    FunctionTemplateKind kind() const { return m_info.kind; }
    bool is_strict() const { return m_info.is_strict; }
    uint32_t parameter_count() const { return m_info.parameter_count; }
    uint32_t register_count() const { return m_info.register_count; }
    runtime::String* name() const { return m_name; }

    std::span<uint8_t const> code() const { return m_data->code; }
    runtime::Value constant(uint32_t index) const
    {
        assert(m_constants && index < m_constants->capacity());
        return m_constants->at(index);
    }
    uint32_t constant_count() const;
    std::span<ExceptionHandler const> handlers() const { return m_data->handlers; }
    std::span<SourcePositionEntry const> positions() const { return m_data->positions; }
    // The source position of the instruction at `bytecode_offset` (the function's start if the
    // table has no entry at or before it).
    SourcePositionEntry position_at(uint32_t bytecode_offset) const;
    // The script or module text this function came from (null for synthesised code).
    parser::SourceFile const* source() const { return m_data->source.get(); }
    std::shared_ptr<parser::SourceFile const> const& shared_source() const { return m_data->source; }

    // Feedback slots (inline caches, call targets, operand types), allocated on first use and
    // shared by every closure of the template. Null until allocated.
    runtime::ValueArray* feedback() const { return m_feedback; }
    void set_feedback(gc::Heap&, runtime::ValueArray*);

    // CellTraits.
    static void visit_children(gc::Cell*, gc::Visitor&);
    static void finalize(gc::Cell*);

private:
    friend class gc::Heap;
    struct OutOfHeapData {
        std::vector<uint8_t> code;
        std::vector<ExceptionHandler> handlers;
        std::vector<SourcePositionEntry> positions;
        std::shared_ptr<parser::SourceFile const> source;
    };
    FunctionTemplate(FunctionTemplateInfo const& info, runtime::String* name, runtime::ValueArray* constants, OutOfHeapData* data)
        : gc::Cell(kKind)
        , m_info(info)
        , m_name(name)
        , m_constants(constants)
        , m_data(data)
    {
    }

    FunctionTemplateInfo m_info;
    runtime::String* m_name;
    runtime::ValueArray* m_constants;
    runtime::ValueArray* m_feedback { nullptr };
    OutOfHeapData* m_data;
};

}
