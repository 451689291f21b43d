#pragma once
// The bytecode generator's shared state (bytecode/generator.h is the interface). One
// Compilation per generate_program() call owns everything the templates being built need
// (the VM, the rooted list of cells created so far); one FunctionGenerator per function body
// (and one for the top level) emits that function's bytecode. The generator is split by
// concept: generator.cpp (driver, registers, constants, scopes, variables, control flow),
// generate_statements.cpp, generate_expressions.cpp, generate_patterns.cpp (binding and
// assignment targets), generate_functions.cpp (prologues, closures, classes).
//
// Frame layout chosen here (see docs/architecture.md, "Bytecode generator"):
//   r0 `this`; r1..rN the N parameters before a rest element; then one register per local of
//   the scope analysis (local i is register 1 + N + i), except that a simple parameter kept in
//   a register lives directly in its argument register; then temporaries, allocated as a stack.

#include "bytecode/bytecode_writer.h"
#include "bytecode/function_template.h"
#include "bytecode/generator.h"
#include "parser/scope_analysis.h"
#include "runtime/value.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace sable::runtime {
class String;
class ScopeDescriptor;
}

namespace sable::bytecode::detail {

using parser::Expression;
using parser::Node;
using parser::NodeKind;
using parser::Pattern;
using parser::Scope;
using parser::Statement;
using parser::Variable;
using Reg = uint32_t;

struct Compilation {
    Compilation(runtime::VM& vm_, parser::ParsedProgram const& parsed_, std::shared_ptr<parser::SourceFile const> source_)
        : vm(vm_)
        , parsed(parsed_)
        , source(std::move(source_))
    {
    }

    runtime::VM& vm;
    parser::ParsedProgram const& parsed;
    std::shared_ptr<parser::SourceFile const> source;
    // Every cell created while compiling, reported to the collector until generation ends.
    std::vector<gc::Cell*> cells;
    // Functions (nullptr: the top level) whose body needs the hidden `this` environment because
    // an arrow function inside reads `this` or `new.target` (decided while generating; a function
    // found to need it is generated again).
    std::unordered_set<parser::FunctionNode const*> needs_this_environment;
    std::optional<GeneratorError> error;
    uint32_t top_level_locals { 0 };
    char const* stack_limit { nullptr };
    bool eval_code { false }; // generating eval code: global resolutions become lookups by name
    // Class constructors take their source range from their class.
    std::unordered_map<parser::FunctionNode const*, parser::ClassNode const*> constructor_classes;
    // NamedEvaluation: names given to anonymous functions and classes (FunctionNode / ClassNode).
    std::unordered_map<parser::Node const*, runtime::String*> inferred_names;
    // Class scopes given an environment by the generator (for their private names, held in
    // slots after the scope analysis' ones), with those names in slot order.
    std::unordered_set<Scope const*> forced_environments;
    struct PrivateName {
        parser::Atom name;
        uint32_t kind; // 0 field, 1 method, 2 accessor
    };
    std::unordered_map<Scope const*, std::vector<PrivateName>> private_names;
    // Modules: default and named import bindings (read with LdaImport); every import binding
    // with its request index and import name (null for a namespace import).
    std::unordered_set<Variable const*> indirect_imports;
    std::unordered_map<Variable const*, std::pair<int32_t, runtime::Value>> import_entries;

    template<typename T>
    T* keep(T* cell)
    {
        if (cell && kept.insert(cell).second)
            cells.push_back(cell);
        return cell;
    }
    std::unordered_set<gc::Cell const*> kept;
    std::unordered_map<parser::Atom, runtime::String*> atoms; // parser atom -> runtime atom
};

// A jump target or a construct a jump may cross (break/continue/return unwinding).
struct ControlScope {
    enum class Kind : uint8_t {
        Breakable,   // loops, switch, labelled statements: break (and continue) targets
        Environment, // a pushed environment: PopEnv when jumping out
        Iterator,    // a for-of loop's iterator: IteratorClose when jumping out
        Finally,     // a try with a finally block: run it on the way out
    };
    ControlScope(Kind kind_)
        : kind(kind_)
    {
    }

    Kind kind;
    std::vector<parser::Atom> labels; // Breakable: its label set (empty = unlabelled)
    bool is_loop { false };
    bool is_plain_label { false }; // a labelled non-loop statement: only `break label` targets it
    Label* break_label { nullptr };
    Label* continue_label { nullptr };
    Reg iterator { 0 };
    bool is_async_iterator { false };
    // Array destructuring: the register saying the iterator is done (no close then); 0: none.
    Reg done_register { 0 };
    // Finally: the completion registers and the jumps routed through the finally block.
    struct FinallyJump {
        int32_t id;
        size_t target_depth; // control scopes to keep when continuing the jump
        bool is_return;
        bool is_continue;
        Label* target;
    };
    Reg completion_kind { 0 };
    Reg completion_value { 0 };
    Label* finally_label { nullptr };
    std::vector<FinallyJump>* finally_jumps { nullptr };
    bool* saw_return { nullptr };
};

// Completion kinds of the finally protocol (values of the completion-kind register).
constexpr int32_t kCompletionNormal = 0;
constexpr int32_t kCompletionThrow = 1;
constexpr int32_t kCompletionReturn = 2;
constexpr int32_t kCompletionFirstJump = 3;

// Where a name lives, as the generator accesses it.
struct VariableAccess {
    parser::ResolutionKind kind { parser::ResolutionKind::Global };
    Reg reg { 0 };
    uint32_t hops { 0 };
    uint32_t slot { 0 };
    Variable* variable { nullptr };
};

class FunctionGenerator;
// Whether reading `variable` here must check that it is initialised (a let/const/class binding
// the code before has not provably initialised).
bool needs_tdz_check(FunctionGenerator&, Variable const*);

// Reference kinds for assignment targets (generate_patterns.cpp).
struct Reference {
    // Lookup: a name resolved at run time (with, sloppy eval), its record in `object`.
    enum class Kind : uint8_t { Variable, Lookup, Named, Keyed, SuperNamed, SuperKeyed, Private, Invalid } kind { Kind::Invalid };
    parser::Identifier* identifier { nullptr };
    Reg object { 0 };
    Reg key { 0 };
    runtime::String* name { nullptr };
    Node* node { nullptr };
};

class FunctionGenerator {
public:
    FunctionGenerator(Compilation&, FunctionGenerator* parent, parser::FunctionNode* function, parser::Program* program,
        FunctionTemplateKind kind, OperandScale jump_scale, bool has_this_environment);

    // Generates the whole function; null on a generator error (in the Compilation).
    FunctionTemplate* generate();

    // --- Emission (generator.cpp)
    void emit(Opcode, std::initializer_list<OperandValue> fields = {});
    void emit_jump(Opcode, Label&, std::initializer_list<OperandValue> other_fields = {});
    void bind(Label& label) { m_writer.bind(label); }
    void set_position(Node const*);
    void statement_position(Node const*);
    uint32_t slot() { return m_slot_count++; }
    uint32_t constant(runtime::Value);
    uint32_t number_constant(double);
    uint32_t atom_constant(parser::Atom);
    uint32_t atom_constant(std::u16string_view);
    uint32_t atom_constant(std::string_view latin1_or_utf8);
    uint32_t cell_constant(gc::Cell*);
    runtime::ValueArray* parameter_map(parser::FunctionNode&);
    runtime::String* intern(parser::Atom);
    runtime::String* intern(std::u16string_view);
    void load_string(std::u16string_view);
    void load_number(double);
    void throw_not_implemented(char const* construct);
    void fail(std::string message, Node const*);
    bool failed() const { return m_compilation.error.has_value(); }

    // --- Registers
    Reg allocate();
    Reg allocate_range(uint32_t count);
    Reg temporaries_mark() const { return m_next_register; }
    void release_to(Reg mark) { m_next_register = mark; }
    struct TemporaryScope {
        FunctionGenerator& g;
        Reg mark;
        explicit TemporaryScope(FunctionGenerator& generator)
            : g(generator)
            , mark(generator.m_next_register)
        {
        }
        ~TemporaryScope() { g.m_next_register = mark; }
    };

    // --- Scopes and variables (generator.cpp)
    void enter_scope(Scope*, runtime::ScopeDescriptor const* unused = nullptr);
    bool check_stack(Node const*);
    bool has_environment(Scope const* scope) const
    {
        return scope->needs_environment || m_compilation.forced_environments.count(scope);
    }
    // Loads the private name `#name` visible here into `into`; false if no class declares it.
    bool load_private_name(parser::Atom name, Reg into);
    void leave_scope(Scope*);
    Scope* current_scope() const { return m_scope; }
    void set_current_scope(Scope* scope) { m_scope = scope; }
    VariableAccess access_for(parser::Identifier&);
    VariableAccess access_for_variable(Variable*);
    VariableAccess access_for_name(parser::Atom);
    // The environments between scope `from` and its ancestor `target` (the hops of an access).
    uint32_t count_environments(Scope const* from, Scope const* target);
    void load_variable(parser::Identifier&, bool for_typeof = false);
    void load_access(VariableAccess const&, parser::Atom name, bool for_typeof, bool check_tdz);
    // Stores acc; `initialize` for declarations (no const check, ends the TDZ).
    void store_variable(parser::Identifier&, bool initialize);
    void store_access(VariableAccess const&, parser::Atom name, bool initialize);
    void instantiate_functions(std::span<Statement*> statements, Scope*);
    void initialize_lexicals_tdz(Scope*);

    // --- Control flow
    void push_control(ControlScope scope) { m_controls.push_back(std::move(scope)); }
    void pop_control() { m_controls.pop_back(); }
    // Jumps to `target` from the current control depth down to `target_depth`, popping
    // environments, closing iterators and running finally blocks on the way.
    void emit_jump_out(size_t target_depth, Label* target, bool is_continue, parser::Node const*);
    void emit_return(); // acc = return value
    void emit_close_iterator(Reg iterator);
    void emit_close_iterator_scope(ControlScope const&);
    void emit_sync_this_register();
    void emit_return_from(size_t depth);

    // --- Statements (generate_statements.cpp)
    void generate_statements(std::span<Statement*>);
    void generate_statement(Statement*);
    void generate_block(parser::BlockStatement&);
    void generate_variable_declaration(parser::VariableDeclaration&);
    void generate_if(parser::IfStatement&);
    void generate_loop(Statement*, std::vector<parser::Atom> labels);
    void generate_for(parser::ForStatement&, std::vector<parser::Atom> labels);
    void generate_for_loop(parser::ForStatement&, std::vector<parser::Atom> labels);
    void generate_for_in(parser::ForInOfStatement&, std::vector<parser::Atom> labels);
    void generate_for_of(parser::ForInOfStatement&, std::vector<parser::Atom> labels);
    void generate_for_in_of_binding(parser::ForInOfStatement&); // binds acc to the loop's left side
    void generate_switch(parser::SwitchStatement&, std::vector<parser::Atom> labels);
    void generate_labelled(parser::LabelledStatement&);
    void generate_try(parser::TryStatement&);
    void generate_try_catch(parser::TryStatement&);
    void generate_try_finally(parser::TryStatement&);
    void generate_protected(std::function<void()> const& body, std::function<void(Reg, Reg)> const& finalizer, Node const*);
    void generate_statements_with_disposal(std::span<Statement*>);
    void generate_disposing(bool awaits, Node const*, std::function<void()> const& body);
    void emit_add_disposable_resource(parser::DeclarationKind);
    void generate_catch_clause(parser::CatchClause&);
    void generate_jump(parser::JumpStatement&, bool is_continue);
    void generate_with(parser::WithStatement&);
    void set_completion_undefined();

    // --- Expressions (generate_expressions.cpp): result in acc
    void generate_expression(Expression*);
    void generate_expression_into(Expression*, Reg);
    Reg generate_expression_to_register(Expression*); // into a new temporary
    // An operand read before `later` (and `also_later`) is evaluated: the local's own register
    // when `later` cannot assign to it, else a temporary holding the value.
    Reg generate_operand(Expression*, Expression* later, Expression* also_later = nullptr);
    void generate_condition(Expression*, Label& if_false); // jumps to if_false when falsy
    void generate_identifier(parser::Identifier&);
    void generate_this();
    void generate_new_target();
    void generate_unary(parser::UnaryExpression&);
    void generate_delete(parser::UnaryExpression&);
    void generate_update(parser::UpdateExpression&);
    void generate_binary(parser::BinaryExpression&);
    void generate_logical(parser::BinaryExpression&);
    void generate_assignment(parser::AssignmentExpression&);
    void generate_conditional(parser::ConditionalExpression&);
    void generate_array(parser::ArrayExpression&);
    void generate_object(parser::ObjectExpression&);
    void generate_template(parser::TemplateLiteral&);
    void generate_tagged_template(parser::TaggedTemplate&);
    void generate_member(parser::MemberExpression&, Label* nullish_exit);
    void generate_call(parser::CallExpression&, Label* nullish_exit);
    void generate_new(parser::CallExpression&);
    void generate_super_call(parser::CallExpression&);
    void generate_optional_chain(parser::OptionalChain&);
    void generate_chain_element(Expression*, Label* nullish_exit);
    // Arguments into a fresh contiguous range after `first` extra registers; returns the
    // range's first register and count; `spread` when the last argument is a spread (and no
    // other is), `array` when arguments went into an array in the first argument register.
    struct ArgumentList {
        Reg first;
        uint32_t count;
        bool spread;
    };
    // Registers the arguments need: one each, or one array when a spread is not last.
    uint32_t argument_registers(std::span<Expression*>);
    // Evaluates the arguments into registers from `first`; true when the last one is spread.
    bool fill_arguments(std::span<Expression*>, Reg first);
    ArgumentList generate_arguments(std::span<Expression*> arguments); // allocates and fills
    void generate_named_value(Expression*, parser::Atom name);
    void generate_property_key(Expression* key, bool computed, Reg into); // ToPropertyKey'd
    void generate_private_name_not_implemented();
    void generate_function_expression(parser::FunctionNode&);
    void generate_class(parser::ClassNode&, Reg into);
    void emit_lexical_this(); // acc = this (arrow: through the hidden environment)
    void generate_yield(parser::YieldExpression&);
    void generate_yield_delegate(parser::YieldExpression&);
    void generate_await(parser::AwaitExpression&);
    void emit_resume_dispatch(Reg kind); // after a suspension: throw, return or continue
    void emit_await();
    void emit_yield_resume();
    void emit_async_iterator_close(Reg iterator);

    // --- Patterns (generate_patterns.cpp)
    // Binds the value in acc to `pattern`: declarations when `initialize`, assignments otherwise.
    void bind_pattern(Pattern*, bool initialize);
    void bind_pattern_from_register(Pattern*, Reg value, bool initialize);
    void bind_object_pattern(parser::Node&, Reg value, bool initialize);
    void bind_array_pattern(parser::Node&, Reg value, bool initialize);
    void bind_element(Pattern* element, bool initialize, std::function<void()> const& load_value);
    // Evaluates the object/key of a simple target; `later` is evaluated before the reference is
    // used (the right-hand side), so a local used as the object must not change meanwhile.
    Reference prepare_reference(Pattern* target, Expression* later = nullptr);
    void load_reference(Reference const&);        // acc = value at the reference
    void store_reference(Reference const&, bool initialize); // stores acc

    // --- Modules (generate_modules.cpp)
    void generate_module_prologue();
    void generate_export(parser::ExportDeclaration&);

    // --- Functions (generate_functions.cpp)
    FunctionTemplate* compile_nested(parser::FunctionNode&, FunctionTemplateKind);
    void emit_create_closure(parser::FunctionNode&);
    void generate_prologue();
    void generate_parameters();
    FunctionTemplate* default_constructor_template(parser::ClassNode&, bool derived);

    Compilation& compilation() { return m_compilation; }
    runtime::VM& vm() { return m_compilation.vm; }
    bool is_strict() const { return m_strict; }
    bool is_arrow() const { return m_function && m_function->function_kind == parser::FunctionKind::Arrow; }
    // The function providing `this` (nullptr: the top level); the generator of it.
    FunctionGenerator* this_holder();

    Compilation& m_compilation;
    FunctionGenerator* m_parent;
    parser::FunctionNode* m_function;
    parser::Program* m_program;
    FunctionTemplateKind m_kind;
    bool m_strict { false };
    bool m_has_this_environment { false };
    BytecodeWriter m_writer;

    std::vector<runtime::Value> m_constants;
    std::unordered_map<uint64_t, uint32_t> m_number_constants;
    std::unordered_map<gc::Cell const*, uint32_t> m_cell_constants;
    uint32_t m_slot_count { 0 };

    Reg m_next_register { 0 };
    Reg m_max_register { 0 };
    uint32_t m_parameter_count { 0 };
    uint32_t m_local_base { 0 };
    std::unordered_map<Variable const*, Reg> m_parameter_registers;

    std::vector<SourcePositionEntry> m_positions;
    std::vector<ExceptionHandler> m_handlers;
    Node const* m_position_node { nullptr };

    Scope* m_scope { nullptr };
    std::deque<ControlScope> m_controls;
    std::deque<Label> m_label_pool; // stable addresses for labels made on the fly
    std::deque<std::vector<ControlScope::FinallyJump>> m_finally_jump_pool;
    int32_t m_next_jump_id { kCompletionFirstJump };
    std::optional<Reg> m_completion; // scripts and eval: the completion value register
    std::unordered_set<Variable const*> m_initialized; // lexical bindings past their TDZ here
    std::unordered_set<Scope const*> m_switch_scopes;
    uint32_t m_depth { 0 };
    // Generators: the generator object register (the resume kind follows it). Async functions:
    // the await completion-kind register.
    std::optional<Reg> m_generator;
    std::optional<Reg> m_await_kind;
    std::optional<Reg> m_disposable_stack;
    bool m_uses_arguments { false }; // creates an arguments object for a `var arguments` // the DisposeCapability of the block being generated
};

// Entry for nested functions (generate_functions.cpp): generates with jump-scale and
// this-environment retries.
FunctionTemplate* generate_function(Compilation&, FunctionGenerator* parent, parser::FunctionNode*, parser::Program*,
    FunctionTemplateKind);

FunctionTemplateKind template_kind_for(parser::FunctionNode const&);
bool is_array_index_name(std::u16string_view);

}
