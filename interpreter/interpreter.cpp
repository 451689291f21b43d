#include "interpreter/interpreter.h"

#include "bytecode/function_template.h"
#include "bytecode/opcode.h"
#include "interpreter/arguments_object.h"
#include "interpreter/async_function.h"
#include "interpreter/bindings.h"
#include "interpreter/async_generator.h"
#include "interpreter/class_definition.h"
#include "interpreter/dispatch.h"
#include "interpreter/eval.h"
#include "bytecode/instruction.h"
#include "interpreter/frame.h"
#include "interpreter/generator_resume.h"
#include "interpreter/global_declaration_instantiation.h"
#include "interpreter/inline_cache.h"
#include "interpreter/interpreter_operations.h"
#include "interpreter/iteration.h"
#include "interpreter/modules.h"
#include "interpreter/suspended_frame.h"
#include "parser/source.h"
#include "parser/stack_limit.h"
#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/async_generator_object.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/disposable_resources.h"
#include "runtime/builtins/regexp/regexp_object.h"
#include "runtime/environment.h"
#include "runtime/function_object.h"
#include "runtime/ordinary_object.h"
#include "runtime/iteration.h"
#include "runtime/module_record.h"
#include "runtime/generator_object.h"
#include "runtime/number_conversion.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/private_name.h"
#include "runtime/realm.h"
#include "runtime/scope_descriptor.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"

#include <cstring>

namespace sable::interpreter {

using namespace runtime;
using bytecode::FunctionTemplate;
using bytecode::FunctionTemplateKind;
using bytecode::Opcode;

namespace {

// Encoded fields per opcode (a RegList counts twice), for stepping over an instruction.
constexpr uint8_t kFieldCount[] = {
#define OPCODE(name, flags, ...) bytecode::info(Opcode::name).field_count,
#include "bytecode/opcodes.def"
};

// Operand field `index` of an instruction whose fields start at `operands`, `scale` bytes each.
inline uint32_t read_field(uint8_t const* operands, uint32_t index, uint32_t scale)
{
    if (scale == 1) [[likely]]
        return operands[index];
    if (scale == 2) {
        uint16_t value;
        std::memcpy(&value, operands + 2 * index, 2);
        return value;
    }
    uint32_t value;
    std::memcpy(&value, operands + 4 * index, 4);
    return value;
}

// ToBoolean, with the Boolean case (conditions' usual one) inline.
inline bool is_truthy(Value value)
{
    return value.is_boolean() ? value.as_bool() : to_boolean(value);
}

inline int32_t read_signed_field(uint8_t const* operands, uint32_t index, uint32_t scale)
{
    uint32_t value = read_field(operands, index, scale);
    if (scale == 1)
        return int8_t(value);
    if (scale == 2)
        return int16_t(value);
    return int32_t(value);
}

// OrdinaryCallBindThis ( F, calleeContext, thisArgument ) — https://tc39.es/ecma262/#sec-ordinarycallbindthis
ThrowCompletionOr<Value> bind_this(VM& vm, FunctionObject& function, Value this_argument)
{
    // 1-2. Lexical this (arrows) is the generator's business; strict functions take it as is.
    if (function.binds_this_as_is())
        return this_argument;
    // 6.a-b. Sloppy functions: undefined and null become the callee realm's global this.
    if (this_argument.is_nullish()) {
        auto* global = function.realm().global_environment();
        return Value::object(global->global_this());
    }
    // 6.c. Otherwise ToObject(thisArgument).
    return Value::object(TRY(to_object(vm, this_argument)));
}

// Pushes the frame of a call to `function`: registers r0 = this, r1..rN = the arguments
// (undefined where missing), then undefined; the arguments past N after the registers.
ThrowCompletionOr<Frame*> push_function_frame(VM& vm, FunctionObject& function, Value this_value,
    std::span<Value const> arguments, Value new_target, FrameKind kind)
{
    FunctionTemplate* function_template = function.function_template();
    uint32_t parameter_count = function_template->parameter_count();
    uint32_t extra = arguments.size() > parameter_count ? uint32_t(arguments.size()) - parameter_count : 0;
    InterpreterStack& stack = vm.interpreter_stack();
    Frame* frame = stack.push(function_template->register_count(), extra);
    if (!frame)
        return vm.throw_range_error(ErrorType::StackOverflow);
    frame->function_template = function_template;
    frame->callee = &function;
    frame->environment = function.environment();
    frame->realm = &function.realm();
    frame->new_target = new_target;
    frame->pc = function_template->code().data();
    frame->argument_count = uint32_t(arguments.size());
    frame->kind = kind;
    Value* registers = frame->registers();
    registers[0] = this_value;
    uint32_t passed = std::min<uint32_t>(parameter_count, uint32_t(arguments.size()));
    std::copy_n(arguments.data(), passed, registers + 1);
    std::copy_n(arguments.data() + passed, extra, frame->extra_arguments());
    return frame;
}

// The this value of a [[Construct]] (10.2.2 steps 3-5): for a base constructor a new object
// from newTarget's "prototype"; for a derived one, uninitialised (empty) until super().
ThrowCompletionOr<Value> construct_this(VM& vm, FunctionObject& function, Object& new_target)
{
    if (function.function_template()->kind() == FunctionTemplateKind::DerivedClassConstructor)
        return Value::empty();
    Object* object = TRY(ordinary_create_from_constructor(vm, new_target, &Realm::object_prototype));
    return Value::object(object);
}

// [[Construct]] steps 10-12: what `return` gives in a constructor frame.
ThrowCompletionOr<Value> construct_result(VM& vm, Frame& frame, Value returned)
{
    // 10. An object result replaces this.
    if (returned.is_object())
        return returned;
    bool derived = frame.function_template->kind() == FunctionTemplateKind::DerivedClassConstructor;
    // 11. A base constructor gives its this.
    if (!derived)
        return frame.registers()[0];
    // 11.b. A derived constructor may only return undefined besides objects.
    if (!returned.is_undefined())
        return vm.throw_type_error(ErrorType::DerivedConstructorReturn);
    // 12-13. ... and its this must have been bound by super().
    Value this_value = frame.registers()[0];
    if (this_value.is_empty())
        return vm.throw_reference_error(ErrorType::ThisBeforeSuper);
    return this_value;
}

std::string describe_for_message(VM& vm, Value value)
{
    if (value.is_undefined())
        return "undefined";
    if (value.is_null())
        return "null";
    if (value.is_string())
        return "\"" + value.as_string()->to_utf8(vm.heap()) + "\"";
    if (value.is_object())
        return value.as_object()->is_callable() ? "function" : "object";
    if (value.is_symbol())
        return "Symbol()";
    if (value.is_number()) {
        NumberToStringBuffer buffer;
        return std::string(number_to_string(value.as_number(), buffer));
    }
    if (value.is_boolean())
        return value.as_bool() ? "true" : "false";
    return "value";
}

// The [[HomeObject]] of the running function (methods, and arrows created in them).
Object* home_object_of(Frame* frame)
{
    if (!frame->callee || frame->callee->cell_kind() != gc::CellKind::FunctionObject)
        return nullptr;
    return static_cast<FunctionObject*>(frame->callee)->home_object();
}

// The argument list of a call with a spread: `count` registers, the last one spread. The list
// is a ValueList (a cell), so the collector sees the values while iteration allocates.
ThrowCompletionOr<void> spread_arguments(VM& vm, Value const* registers, uint32_t count, ValueList& arguments)
{
    for (uint32_t i = 0; i + 1 < count; ++i)
        arguments.append(registers[i]);
    if (count)
        TRY(append_iterated_values(vm, registers[count - 1], arguments));
    return {};
}

ThrowCompletionOr<Value> run(VM&, Frame* entry, Value initial_acc);

// The dispatch loop. `entry` is the frame pushed by the native caller; returning from it
// returns from run(). Calls between bytecode functions push frames and stay in the loop.
ThrowCompletionOr<Value> run(VM& vm, Frame* entry, Value initial_acc)
{
    InterpreterStack& stack = vm.interpreter_stack();
    if (parser::native_stack_position() < stack.native_stack_limit()) {
        stack.pop(entry);
        return vm.throw_range_error(ErrorType::StackOverflow);
    }

    static void* const kHandlers[] = {
#define OPCODE(name, flags, ...) &&op_##name,
#include "bytecode/opcodes.def"
    };

    gc::Heap& heap = vm.heap();
    Frame* frame = entry;
    Value* r = frame->registers();
    FunctionTemplate* function_template = frame->function_template;
    uint8_t const* code = function_template->code().data();
    uint8_t const* pc = frame->pc;
    uint8_t const* ip = pc;       // the instruction's first byte (its prefix, if any)
    uint8_t const* operands = pc; // its first operand field
    uint32_t scale = 1;
    Value acc = initial_acc;

    // Operand access for the current instruction.
#define FIELD(i) read_field(operands, i, scale)
#define SIGNED_FIELD(i) read_signed_field(operands, i, scale)
#define REG(i) r[FIELD(i)]
#define CONSTANT(i) function_template->constant(FIELD(i))
#define ATOM(i) CONSTANT(i).as_string()
#define DISPATCH()                  \
    do {                            \
        ip = pc;                    \
        operands = pc + 1;          \
        scale = 1;                  \
        frame->pc = pc;             \
        goto* kHandlers[*pc];       \
    } while (0)
#define NEXT(name)                                                             \
    do {                                                                       \
        pc = operands + uint32_t(kFieldCount[size_t(Opcode::name)]) * scale;   \
        DISPATCH();                                                            \
    } while (0)
#define JUMP_TO(offset)   \
    do {                  \
        pc = ip + (offset); \
        DISPATCH();       \
    } while (0)
    // Evaluates a ThrowCompletionOr; on a throw, unwinds to the nearest handler.
#define CHECK(expression)                                        \
    ({                                                           \
        auto&& sable_check_result = (expression);                \
        if (sable_check_result.is_throw()) [[unlikely]]          \
            goto handle_exception;                               \
        sable_check_result.release_value();                      \
    })
#define THROW(expression)         \
    do {                          \
        (void)(expression);       \
        goto handle_exception;    \
    } while (0)
    // Switches the loop to `new_frame` (just pushed, or returned to).
#define ENTER_FRAME(new_frame)                              \
    do {                                                    \
        frame = (new_frame);                                \
        r = frame->registers();                             \
        function_template = frame->function_template;       \
        code = function_template->code().data();            \
        pc = frame->pc;                                     \
    } while (0)

    DISPATCH();

op_Wide:
    scale = 2;
    operands = ip + 2;
    goto* kHandlers[ip[1]];
op_ExtraWide:
    scale = 4;
    operands = ip + 2;
    goto* kHandlers[ip[1]];

    // --- Accumulator loads and register moves
op_LdaUndefined:
    acc = Value::undefined();
    NEXT(LdaUndefined);
op_LdaNull:
    acc = Value::null();
    NEXT(LdaNull);
op_LdaTrue:
    acc = Value::boolean(true);
    NEXT(LdaTrue);
op_LdaFalse:
    acc = Value::boolean(false);
    NEXT(LdaFalse);
op_LdaEmpty:
    acc = Value::empty();
    NEXT(LdaEmpty);
op_LdaSmi:
    acc = Value::int32(SIGNED_FIELD(0));
    NEXT(LdaSmi);
op_LdaConst:
    acc = CONSTANT(0);
    NEXT(LdaConst);
op_Ldar:
    acc = REG(0);
    NEXT(Ldar);
op_Star:
    REG(0) = acc;
    NEXT(Star);
op_Mov:
    REG(1) = REG(0);
    NEXT(Mov);

    // --- Variables
op_LdaGlobal:
    acc = CHECK(get_global(vm, *function_template, FIELD(1), *frame->realm->global_environment(), ATOM(0)));
    NEXT(LdaGlobal);
op_LdaGlobalTypeof:
    acc = CHECK(get_global_binding(vm, *frame->realm->global_environment(), ATOM(0), true));
    NEXT(LdaGlobalTypeof);
op_StaGlobal:
    CHECK(set_global(vm, *function_template, FIELD(1), *frame->realm->global_environment(), ATOM(0), acc, function_template->is_strict()));
    NEXT(StaGlobal);
op_InitGlobalLexical:
    MUST(initialize_global_lexical(vm, *frame->realm->global_environment(), ATOM(0), acc));
    NEXT(InitGlobalLexical);
op_LdaEnv: {
    Environment* environment = frame->environment;
    for (uint32_t hops = FIELD(0); hops; --hops)
        environment = environment->parent();
    acc = static_cast<DeclarativeEnvironment*>(environment)->slot(FIELD(1));
    NEXT(LdaEnv);
}
op_StaEnv: {
    Environment* environment = frame->environment;
    for (uint32_t hops = FIELD(0); hops; --hops)
        environment = environment->parent();
    static_cast<DeclarativeEnvironment*>(environment)->set_slot(heap, FIELD(1), acc);
    NEXT(StaEnv);
}
op_LdaLookup:
    acc = CHECK(get_binding_by_name(vm, frame->environment, ATOM(0), false));
    NEXT(LdaLookup);
op_LdaLookupTypeof:
    acc = CHECK(get_binding_by_name(vm, frame->environment, ATOM(0), true));
    NEXT(LdaLookupTypeof);
op_LdaLookupForCall: {
    Value this_value = Value::undefined();
    acc = CHECK(get_binding_by_name(vm, frame->environment, ATOM(0), false, &this_value));
    REG(1) = this_value;
    NEXT(LdaLookupForCall);
}
op_StaLookup:
    CHECK(set_binding_by_name(vm, frame->environment, ATOM(0), acc, FIELD(1) != 0));
    NEXT(StaLookup);
op_StaLookupOuter: {
    Environment* environment = frame->environment;
    for (uint32_t hops = FIELD(1); hops > 0; --hops)
        environment = environment->parent();
    CHECK(set_binding_by_name(vm, environment, ATOM(0), acc, false));
    NEXT(StaLookupOuter);
}
op_ResolveLookup: {
    Environment* record = CHECK(resolve_binding_by_name(vm, frame->environment, ATOM(0)));
    REG(1) = record ? Value::internal_cell(record) : Value::undefined();
    NEXT(ResolveLookup);
}
op_LdaLookupIn: {
    Value record = REG(0);
    acc = CHECK(get_binding_in(vm, record.is_undefined() ? nullptr : static_cast<Environment*>(record.as_internal_cell()), ATOM(1), FIELD(2) != 0));
    NEXT(LdaLookupIn);
}
op_StaLookupIn: {
    Value record = REG(0);
    CHECK(set_binding_in(vm, frame->environment, record.is_undefined() ? nullptr : static_cast<Environment*>(record.as_internal_cell()), ATOM(1), acc, FIELD(2) != 0));
    NEXT(StaLookupIn);
}
op_DeleteLookup:
    acc = Value::boolean(CHECK(delete_binding_by_name(vm, frame->environment, ATOM(0))));
    NEXT(DeleteLookup);
op_ThrowIfEmpty:
    if (acc.is_empty())
        THROW(vm.throw_reference_error(ErrorType::UninitializedBinding, { ATOM(0)->to_utf8(heap) }));
    NEXT(ThrowIfEmpty);
op_ThrowConstAssignment:
    THROW(vm.throw_type_error(ErrorType::ConstAssignment));
op_PushBlockEnv: {
    auto* scope = static_cast<ScopeDescriptor*>(CONSTANT(0).as_internal_cell());
    frame->environment = DeclarativeEnvironment::create(heap, scope, frame->environment);
    NEXT(PushBlockEnv);
}
op_PushWithEnv: {
    Object* object = CHECK(to_object(vm, REG(0)));
    frame->environment = ObjectEnvironment::create(heap, object, true, frame->environment);
    NEXT(PushWithEnv);
}
op_PopEnv:
    frame->environment = frame->environment->parent();
    NEXT(PopEnv);
op_CopyEnvForIteration:
    frame->environment = DeclarativeEnvironment::copy(heap, *static_cast<DeclarativeEnvironment*>(frame->environment));
    NEXT(CopyEnvForIteration);
op_StarEnv:
    REG(0) = Value::internal_cell(frame->environment);
    NEXT(StarEnv);
op_LdarEnv:
    frame->environment = static_cast<Environment*>(REG(0).as_internal_cell());
    NEXT(LdarEnv);
op_DeclareGlobals: {
    auto const& declarations = *static_cast<ValueArray*>(CONSTANT(0).as_internal_cell());
    if (function_template->kind() == FunctionTemplateKind::Eval)
        CHECK(eval_declaration_instantiation(vm, *frame->realm, frame->environment, function_template->is_strict(), declarations));
    else
        CHECK(global_declaration_instantiation(vm, *frame->realm, *frame->realm->global_environment(), declarations));
    NEXT(DeclareGlobals);
}
op_LdaNewTarget:
    acc = frame->new_target;
    NEXT(LdaNewTarget);
op_LdaCallee:
    acc = frame->callee ? Value::object(frame->callee) : Value::undefined();
    NEXT(LdaCallee);

    // --- Properties
op_GetNamed: {
    Value base = REG(0);
    // Inline cache hit: a data property of the receiver or a prototype, or an absent one.
    if (base.is_object()) [[likely]] {
        if (auto hit = cached_property(*function_template, FIELD(2), base.as_object())) {
            acc = hit->holder ? hit->holder->slot(hit->slot) : Value::undefined();
            NEXT(GetNamed);
        }
    }
    acc = CHECK(get_named_property(vm, *function_template, FIELD(2), base, PropertyKey::from_atom(ATOM(1))));
    NEXT(GetNamed);
}
op_SetNamed: {
    Value base = REG(0);
    // Inline cache hit: an own writable data property, replaced in place.
    if (base.is_object()) [[likely]] {
        if (auto own_slot = cached_own_slot(*function_template, FIELD(3), *base.as_object())) {
            base.as_object()->set_slot(heap, *own_slot, acc);
            NEXT(SetNamed);
        }
    }
    CHECK(set_named_property(vm, *function_template, FIELD(3), base, PropertyKey::from_atom(ATOM(1)), acc, FIELD(2) != 0));
    NEXT(SetNamed);
}
op_DefineOwnNamed:
    define_literal_property(vm, *function_template, FIELD(2), *REG(0).as_object(), PropertyKey::from_atom(ATOM(1)), acc);
    NEXT(DefineOwnNamed);
op_GetKeyed: {
    Value base = REG(0);
    // Inline fast path: an own element in dense storage, read by the ordinary [[Get]].
    if (base.is_object() && acc.is_int32() && acc.as_int32() >= 0 && base.as_object()->internal_methods().get == ordinary_internal_methods::get) {
        Value element = base.as_object()->dense_element(uint32_t(acc.as_int32()));
        if (!element.is_empty()) {
            acc = element;
            NEXT(GetKeyed);
        }
    }
    acc = CHECK(get_keyed_property(vm, base, acc));
    NEXT(GetKeyed);
}
op_SetKeyed: {
    Value base = REG(0);
    Value key = REG(1);
    // Inline fast path: replacing an own element in dense storage, with the ordinary [[Set]].
    if (base.is_object() && key.is_int32() && key.as_int32() >= 0 && base.as_object()->internal_methods().set == ordinary_internal_methods::set
        && base.as_object()->replace_dense_element(vm.heap(), uint32_t(key.as_int32()), acc))
        NEXT(SetKeyed);
    CHECK(set_keyed_property(vm, base, key, acc, FIELD(2) != 0));
    NEXT(SetKeyed);
}
op_DefineOwnKeyed: {
    PropertyKey key = CHECK(to_property_key(vm, REG(1)));
    CHECK(create_data_property_or_throw(vm, *REG(0).as_object(), key, acc));
    NEXT(DefineOwnKeyed);
}
op_DeleteProperty:
    acc = Value::boolean(CHECK(delete_property(vm, REG(0), acc, FIELD(1) != 0)));
    NEXT(DeleteProperty);
op_GetSuper:
    acc = CHECK(get_super_property(vm, home_object_of(frame), acc, REG(0)));
    NEXT(GetSuper);
op_SetSuper:
    CHECK(set_super_property(vm, home_object_of(frame), REG(1), acc, REG(0)));
    NEXT(SetSuper);
#define PRIVATE_NAME(i) (*static_cast<PrivateName*>(REG(i).as_internal_cell()))
op_CreatePrivateName:
    acc = Value::internal_cell(PrivateName::create(heap, CONSTANT(0).as_string(), PrivateName::Kind(FIELD(1))));
    NEXT(CreatePrivateName);
op_SetPrivateMethod:
    switch (FIELD(1)) {
    case 0:
        PRIVATE_NAME(0).set_method(heap, acc);
        break;
    case 1:
        PRIVATE_NAME(0).set_getter(heap, acc);
        break;
    default:
        PRIVATE_NAME(0).set_setter(heap, acc);
        break;
    }
    NEXT(SetPrivateMethod);
op_AddClassPrivateMethod:
    static_cast<FunctionObject*>(REG(0).as_object())->append_private_method(heap, REG(1));
    NEXT(AddClassPrivateMethod);
op_DefinePrivateMethod:
    CHECK(private_method_or_accessor_add(vm, REG(0), PRIVATE_NAME(1)));
    NEXT(DefinePrivateMethod);
op_GetPrivate:
    acc = CHECK(private_get(vm, REG(0), PRIVATE_NAME(1)));
    NEXT(GetPrivate);
op_SetPrivate:
    CHECK(private_set(vm, REG(0), PRIVATE_NAME(1), acc));
    NEXT(SetPrivate);
op_DefinePrivateField:
    CHECK(private_field_add(vm, REG(0), PRIVATE_NAME(1), acc));
    NEXT(DefinePrivateField);
op_HasPrivate:
    acc = Value::boolean(CHECK(private_in(vm, REG(0), PRIVATE_NAME(1))));
    NEXT(HasPrivate);
#undef PRIVATE_NAME
op_AddPrivateBrand:
    THROW(throw_unimplemented_instruction(vm, Opcode::AddPrivateBrand));
op_InitLookup:
    CHECK(initialize_binding_by_name(vm, frame->environment, ATOM(0), acc));
    NEXT(InitLookup);
op_DynamicImport:
    acc = evaluate_import_call(vm, *frame->realm, frame->environment, function_template->source()->origin(), acc, REG(0));
    NEXT(DynamicImport);
op_In:
    acc = Value::boolean(CHECK(in_operator(vm, REG(0), acc)));
    NEXT(In);
op_InstanceOf:
    acc = Value::boolean(CHECK(instanceof_operator(vm, REG(0), acc)));
    NEXT(InstanceOf);
op_GetIterator: {
    IteratorRecord record = CHECK(get_iterator(vm, acc, FIELD(1) != 0 ? IteratorHint::Async : IteratorHint::Sync));
    REG(0) = Value::object(record.iterator);
    r[FIELD(0) + 1] = record.next_method;
    NEXT(GetIterator);
}
op_IteratorStep: {
    IteratorRecord record { REG(0).as_object(), r[FIELD(0) + 1], false };
    auto next = CHECK(iterator_step_value(vm, record));
    if (!next)
        JUMP_TO(SIGNED_FIELD(1));
    acc = *next;
    NEXT(IteratorStep);
}
op_IteratorClose:
    CHECK(close_iterator(vm, REG(0), FIELD(1) != 0));
    NEXT(IteratorClose);
op_ForInEnumerate:
    REG(0) = Value::internal_cell(CHECK(create_for_in_enumerator(vm, acc)));
    NEXT(ForInEnumerate);
op_ForInNext: {
    auto key = CHECK(for_in_next(vm, *static_cast<ValueArray*>(REG(0).as_internal_cell())));
    if (!key)
        JUMP_TO(SIGNED_FIELD(1));
    acc = *key;
    NEXT(ForInNext);
}

    // --- Operators: int32 fast paths inline, the rest in abstract_operations.
#define INT32_ARITHMETIC(name, builtin, op, slow)                                                \
    op_##name: {                                                                             \
        Value left = REG(0);                                                                 \
        if (left.is_int32() && acc.is_int32()) [[likely]] {                                  \
            int32_t result;                                                                  \
            if (!builtin(left.as_int32(), acc.as_int32(), &result)) {                        \
                acc = Value::int32(result);                                                  \
                NEXT(name);                                                                  \
            }                                                                                \
        }                                                                                    \
        if (left.is_number() && acc.is_number()) {                                           \
            acc = Value::number(left.as_number() op acc.as_number());                        \
            NEXT(name);                                                                      \
        }                                                                                    \
        acc = CHECK(slow(vm, left, acc));                                                    \
        NEXT(name);                                                                          \
    }
    INT32_ARITHMETIC(Add, __builtin_add_overflow, +, add)
    INT32_ARITHMETIC(Sub, __builtin_sub_overflow, -, subtract)
#undef INT32_ARITHMETIC
op_Mul: {
    Value left = REG(0);
    if (left.is_int32() && acc.is_int32()) {
        int32_t result;
        // A zero product may need to be -0, which int32 cannot hold.
        if (!__builtin_mul_overflow(left.as_int32(), acc.as_int32(), &result) && result != 0) {
            acc = Value::int32(result);
            NEXT(Mul);
        }
    }
    if (left.is_number() && acc.is_number()) {
        acc = Value::number(left.as_number() * acc.as_number());
        NEXT(Mul);
    }
    acc = CHECK(multiply(vm, left, acc));
    NEXT(Mul);
}
op_Div: {
    Value left = REG(0);
    if (left.is_number() && acc.is_number()) {
        acc = Value::number(left.as_number() / acc.as_number());
        NEXT(Div);
    }
    acc = CHECK(divide(vm, left, acc));
    NEXT(Div);
}
op_Mod: {
    Value left = REG(0);
    if (left.is_int32() && acc.is_int32() && left.as_int32() > 0 && acc.as_int32() > 0) {
        acc = Value::int32(left.as_int32() % acc.as_int32());
        NEXT(Mod);
    }
    acc = CHECK(runtime::remainder(vm, left, acc));
    NEXT(Mod);
}
op_Exp:
    acc = CHECK(exponentiate(vm, REG(0), acc));
    NEXT(Exp);
#define INT32_BITWISE(name, expression, slow)                                \
    op_##name: {                                                             \
        Value left = REG(0);                                                 \
        if (left.is_int32() && acc.is_int32()) [[likely]] {                  \
            int32_t a = left.as_int32(), b = acc.as_int32();                 \
            acc = Value::int32(expression);                                  \
            NEXT(name);                                                      \
        }                                                                    \
        acc = CHECK(slow(vm, left, acc));                                    \
        NEXT(name);                                                          \
    }
    INT32_BITWISE(BitAnd, a & b, bitwise_and)
    INT32_BITWISE(BitOr, a | b, bitwise_or)
    INT32_BITWISE(BitXor, a ^ b, bitwise_xor)
    INT32_BITWISE(ShiftLeft, int32_t(uint32_t(a) << (b & 31)), left_shift)
    INT32_BITWISE(ShiftRight, a >> (b & 31), signed_right_shift)
#undef INT32_BITWISE
op_ShiftRightUnsigned:
    acc = CHECK(unsigned_right_shift(vm, REG(0), acc));
    NEXT(ShiftRightUnsigned);
op_AddSmi: {
    int32_t immediate = SIGNED_FIELD(0);
    int32_t result;
    if (acc.is_int32() && !__builtin_add_overflow(acc.as_int32(), immediate, &result)) {
        acc = Value::int32(result);
        NEXT(AddSmi);
    }
    acc = CHECK(add(vm, acc, Value::int32(immediate)));
    NEXT(AddSmi);
}
op_Inc: {
    int32_t result;
    if (acc.is_int32() && !__builtin_add_overflow(acc.as_int32(), 1, &result)) {
        acc = Value::int32(result);
        NEXT(Inc);
    }
    acc = CHECK(increment(vm, acc));
    NEXT(Inc);
}
op_Dec: {
    int32_t result;
    if (acc.is_int32() && !__builtin_sub_overflow(acc.as_int32(), 1, &result)) {
        acc = Value::int32(result);
        NEXT(Dec);
    }
    acc = CHECK(decrement(vm, acc));
    NEXT(Dec);
}
op_Negate:
    acc = CHECK(unary_minus(vm, acc));
    NEXT(Negate);
op_BitNot:
    acc = CHECK(bitwise_not(vm, acc));
    NEXT(BitNot);
op_Not:
    acc = Value::boolean(!is_truthy(acc));
    NEXT(Not);
op_TypeOf:
    acc = Value::string(typeof_operator(vm, acc));
    NEXT(TypeOf);
op_ToNumber:
    if (!acc.is_number())
        acc = Value::number(CHECK(to_number(vm, acc)));
    NEXT(ToNumber);
op_ToNumeric:
    acc = CHECK(to_numeric(vm, acc));
    NEXT(ToNumeric);
op_ToString:
    if (!acc.is_string())
        acc = Value::string(CHECK(to_string(vm, acc)));
    NEXT(ToString);
op_ToPropertyKey: {
    PropertyKey key = CHECK(to_property_key(vm, acc));
    acc = property_key_to_value(vm, key);
    NEXT(ToPropertyKey);
}
op_ToObject:
    acc = Value::object(CHECK(to_object(vm, acc)));
    NEXT(ToObject);

    // --- Comparisons
op_Equal: {
    Value left = REG(0);
    if (left.is_int32() && acc.is_int32()) {
        acc = Value::boolean(left.as_int32() == acc.as_int32());
        NEXT(Equal);
    }
    acc = Value::boolean(CHECK(is_loosely_equal(vm, left, acc)));
    NEXT(Equal);
}
op_StrictEqual: {
    Value left = REG(0);
    if (left.is_int32() && acc.is_int32()) {
        acc = Value::boolean(left.as_int32() == acc.as_int32());
        NEXT(StrictEqual);
    }
    acc = Value::boolean(is_strictly_equal(heap, left, acc));
    NEXT(StrictEqual);
}
#define RELATIONAL(name, op, slow)                                               \
    op_##name: {                                                                 \
        Value left = REG(0);                                                     \
        if (left.is_int32() && acc.is_int32()) [[likely]] {                      \
            acc = Value::boolean(left.as_int32() op acc.as_int32());             \
            NEXT(name);                                                          \
        }                                                                        \
        if (left.is_number() && acc.is_number()) {                               \
            acc = Value::boolean(left.as_number() op acc.as_number());           \
            NEXT(name);                                                          \
        }                                                                        \
        acc = Value::boolean(CHECK(slow(vm, left, acc)));                        \
        NEXT(name);                                                              \
    }
    RELATIONAL(LessThan, <, less_than)
    RELATIONAL(GreaterThan, >, greater_than)
    RELATIONAL(LessThanOrEqual, <=, less_than_or_equal)
    RELATIONAL(GreaterThanOrEqual, >=, greater_than_or_equal)
#undef RELATIONAL
op_TestNullish:
    acc = Value::boolean(acc.is_nullish());
    NEXT(TestNullish);
op_TestUndefined:
    acc = Value::boolean(acc.is_undefined());
    NEXT(TestUndefined);

    // --- Control flow
op_Jump:
    JUMP_TO(SIGNED_FIELD(0));
op_JumpIfTrue:
    if (is_truthy(acc))
        JUMP_TO(SIGNED_FIELD(0));
    NEXT(JumpIfTrue);
op_JumpIfFalse:
    if (!is_truthy(acc))
        JUMP_TO(SIGNED_FIELD(0));
    NEXT(JumpIfFalse);
op_JumpIfNullish:
    if (acc.is_nullish())
        JUMP_TO(SIGNED_FIELD(0));
    NEXT(JumpIfNullish);
op_JumpIfNotNullish:
    if (!acc.is_nullish())
        JUMP_TO(SIGNED_FIELD(0));
    NEXT(JumpIfNotNullish);
op_JumpIfUndefined:
    if (acc.is_undefined())
        JUMP_TO(SIGNED_FIELD(0));
    NEXT(JumpIfUndefined);
op_JumpIfEmpty:
    if (acc.is_empty())
        JUMP_TO(SIGNED_FIELD(0));
    NEXT(JumpIfEmpty);
op_Loop:
    // A requested interrupt (a vm timeout, SIGINT) stops the code here, if the host handles it.
    if (vm.interrupt_requested()) [[unlikely]] {
        if (vm.has_interrupt_handler())
            THROW(vm.handle_interrupt());
    }
    JUMP_TO(SIGNED_FIELD(0));
op_Return:
    if (frame->kind == FrameKind::Construct)
        acc = CHECK(construct_result(vm, *frame, acc));
    goto leave_frame;
op_Throw:
    THROW(vm.throw_value(acc));
op_ReThrow:
    // The exception keeps the throw site it had (a finally block passing it on).
    (void)vm.throw_value(acc);
    goto unwind;
op_Debugger:
    NEXT(Debugger);

    // --- Calls
op_CallDirectEval:
    // 13.3.6.1 step 6: a call of %eval% itself by the name `eval` evaluates in this scope.
    if (REG(0) == Value::object(frame->realm->eval_function())) {
        Value x = FIELD(2) > 1 ? r[FIELD(1) + 1] : Value::undefined();
        acc = CHECK(direct_eval(vm, *frame, x));
        NEXT(CallDirectEval);
    }
    goto op_Call;
op_Call:
op_TailCall: {
    Value callee = REG(0);
    Value* list = r + FIELD(1);
    uint32_t count = FIELD(2);
    Value this_value = count ? list[0] : Value::undefined();
    std::span<Value const> arguments(list + (count ? 1 : 0), count ? count - 1 : 0);
    if (callee.is_object()) {
        Object* object = callee.as_object();
        if (object->cell_kind() == gc::CellKind::FunctionObject) {
            auto* function = static_cast<FunctionObject*>(object);
            if (function->is_inlinable_call()) [[likely]] {
                // (bind_this's first step inline: most callees are strict and take this as is.)
                Value bound_this = function->binds_this_as_is() ? this_value : CHECK(bind_this(vm, *function, this_value));
                Frame* callee_frame = CHECK(push_function_frame(vm, *function, bound_this, arguments, Value::undefined(), FrameKind::Call));
                ENTER_FRAME(callee_frame);
                DISPATCH();
            }
        }
        if (object->is_callable()) {
            acc = CHECK(object->internal_methods().call(vm, *object, this_value, arguments));
            pc = operands + 3 * scale + 1 * scale;
            DISPATCH();
        }
    }
    THROW(vm.throw_type_error(ErrorType::NotAFunction, { describe_for_message(vm, callee) }));
}
op_CallSpread: {
    ValueList arguments(heap);
    CHECK(spread_arguments(vm, r + FIELD(1) + 1, FIELD(2) - 1, arguments));
    acc = CHECK(call(vm, REG(0), r[FIELD(1)], arguments.span()));
    NEXT(CallSpread);
}
op_Construct: {
    Value callee = REG(0);
    std::span<Value const> arguments(r + FIELD(1), FIELD(2));
    if (!callee.is_object() || !callee.as_object()->is_constructor())
        THROW(vm.throw_type_error(ErrorType::NotAConstructor, { describe_for_message(vm, callee) }));
    Object* constructor = callee.as_object();
    if (constructor->cell_kind() == gc::CellKind::FunctionObject) {
        auto* function = static_cast<FunctionObject*>(constructor);
        Value this_value = CHECK(construct_this(vm, *function, *function));
        if (!this_value.is_empty())
            CHECK(initialize_instance_elements(vm, this_value, *function));
        Frame* callee_frame = CHECK(push_function_frame(vm, *function, this_value, arguments, callee, FrameKind::Construct));
        ENTER_FRAME(callee_frame);
        DISPATCH();
    }
    acc = Value::object(CHECK(construct(vm, *constructor, arguments, constructor)));
    NEXT(Construct);
}
op_ConstructSpread: {
    Value callee = REG(0);
    if (!callee.is_object() || !callee.as_object()->is_constructor())
        THROW(vm.throw_type_error(ErrorType::NotAConstructor, { describe_for_message(vm, callee) }));
    ValueList arguments(heap);
    CHECK(spread_arguments(vm, r + FIELD(1), FIELD(2), arguments));
    acc = Value::object(CHECK(construct(vm, *callee.as_object(), arguments.span(), callee.as_object())));
    NEXT(ConstructSpread);
}
op_SuperCall:
op_SuperCallSpread: {
    bool spread = Opcode(*(operands - 1)) == Opcode::SuperCallSpread;
    ValueList arguments(heap);
    if (spread) {
        CHECK(spread_arguments(vm, r + FIELD(0), FIELD(1), arguments));
    } else {
        for (uint32_t i = 0; i < FIELD(1); ++i)
            arguments.append(r[FIELD(0) + i]);
    }
    auto* active_function = static_cast<FunctionObject*>(frame->callee);
    Value result = CHECK(super_call(vm, *active_function, frame->new_target, arguments.span()));
    // 9-10. Bind this (once), then initialise the new instance's fields.
    if (!r[0].is_empty())
        THROW(vm.throw_reference_error(ErrorType::SuperCalledTwice));
    r[0] = result;
    acc = result;
    CHECK(initialize_instance_elements(vm, result, *active_function));
    pc = operands + 3 * scale;
    DISPATCH();
}

// super(...) as the generator emits it (13.3.7.1): the super constructor is read before the
// arguments are evaluated; binding `this` and initialising fields are separate instructions.
op_GetSuperConstructor: {
    Object* super_constructor = CHECK(acc.as_object()->internal_get_prototype_of(vm));
    acc = super_constructor ? Value::object(super_constructor) : Value::null();
    NEXT(GetSuperConstructor);
}
op_SuperConstruct:
op_SuperConstructSpread: {
    bool spread = Opcode(*(operands - 1)) == Opcode::SuperConstructSpread;
    Value constructor = REG(0);
    Value new_target = REG(1);
    ValueList arguments(heap);
    if (spread) {
        CHECK(spread_arguments(vm, r + FIELD(2), FIELD(3), arguments));
    } else {
        for (uint32_t i = 0; i < FIELD(3); ++i)
            arguments.append(r[FIELD(2) + i]);
    }
    if (!constructor.is_object() || !constructor.as_object()->is_constructor())
        THROW(vm.throw_type_error(vm.current_realm(), "Super constructor is not a constructor"));
    acc = Value::object(CHECK(construct(vm, *constructor.as_object(), arguments.span(), new_target.as_object())));
    pc = operands + 5 * scale;
    DISPATCH();
}
op_InitializeInstanceElements:
    CHECK(initialize_instance_elements(vm, REG(0), *static_cast<FunctionObject*>(REG(1).as_object())));
    NEXT(InitializeInstanceElements);
op_LdaImport: {
    Environment* environment = frame->environment;
    for (uint32_t hops = FIELD(0); hops; --hops)
        environment = environment->parent();
    auto* module_environment = static_cast<DeclarativeEnvironment*>(environment);
    acc = read_module_slot(module_environment->slot(FIELD(1)));
    if (acc.is_empty())
        THROW(throw_uninitialized_import(vm, *module_environment, FIELD(1)));
    NEXT(LdaImport);
}
op_LdaImportMeta:
    acc = Value::object(import_meta_object(vm, frame->environment));
    NEXT(LdaImportMeta);
// `using` declarations: the register holds the block's DisposeCapability (runtime/disposable_resources.h).
op_CreateDisposableStack:
    REG(0) = Value::internal_cell(new_dispose_capability(vm));
    NEXT(CreateDisposableStack);
op_AddDisposableResource: {
    auto* capability = static_cast<ValueArray*>(REG(0).as_internal_cell());
    REG(0) = Value::internal_cell(CHECK(add_disposable_resource(vm, *capability, acc, DisposeHint::Sync)));
    NEXT(AddDisposableResource);
}
op_AddAsyncDisposableResource: {
    auto* capability = static_cast<ValueArray*>(REG(0).as_internal_cell());
    REG(0) = Value::internal_cell(CHECK(add_disposable_resource(vm, *capability, acc, DisposeHint::Async)));
    NEXT(AddAsyncDisposableResource);
}
op_DisposeResourcesAsync: {
    bool is_throw = REG(1).is_int32() && REG(1).as_int32() == 1;
    acc = CHECK(dispose_resources_async(vm, *static_cast<ValueArray*>(REG(0).as_internal_cell()), is_throw, acc));
    NEXT(DisposeResourcesAsync);
}
op_DisposeResources: {
    // The completion kind 1 is a throw completion of acc (the generator's finally protocol).
    bool is_throw = REG(1).is_int32() && REG(1).as_int32() == 1;
    CHECK(dispose_resources(vm, *static_cast<ValueArray*>(REG(0).as_internal_cell()), is_throw, acc));
    NEXT(DisposeResources);
}

    // --- Literals and closures
op_CreateObject:
    acc = Value::object(create_literal_object(vm, *function_template, FIELD(0), *frame->realm));
    NEXT(CreateObject);
op_CreateArray: {
    std::span<Value const> elements(r + FIELD(0), FIELD(1));
    acc = Value::object(create_array_with_holes(vm, *frame->realm, elements));
    NEXT(CreateArray);
}
op_ArrayAppend:
    append_to_array(vm, *REG(0).as_object(), acc);
    NEXT(ArrayAppend);
op_ArrayAppendHole:
    append_to_array(vm, *REG(0).as_object(), Value::empty());
    NEXT(ArrayAppendHole);
op_ArrayAppendSpread: {
    ValueList values(heap);
    CHECK(append_iterated_values(vm, acc, values));
    Object& array = *REG(0).as_object();
    for (Value value : values.span())
        append_to_array(vm, array, value);
    NEXT(ArrayAppendSpread);
}
op_CopyDataProperties:
    CHECK(copy_data_properties(vm, *REG(0).as_object(), acc, std::span<Value const>(r + FIELD(1), FIELD(2))));
    NEXT(CopyDataProperties);
op_SetLiteralPrototype:
    if (acc.is_object() || acc.is_null())
        MUST(REG(0).as_object()->internal_set_prototype_of(vm, acc.is_null() ? nullptr : acc.as_object()));
    NEXT(SetLiteralPrototype);
op_CreateRegExp: {
    // 13.2.7.3: a new RegExp object every time the literal is evaluated.
    acc = Value::object(CHECK(regexp_create_literal(vm, *frame->realm, CONSTANT(0).as_string(), CONSTANT(1).as_string())));
    NEXT(CreateRegExp);
}
op_CreateClosure: {
    auto* nested = static_cast<FunctionTemplate*>(CONSTANT(0).as_internal_cell());
    FunctionObject* closure = FunctionObject::create(vm, *frame->realm, nested, frame->environment);
    // An arrow's super refers to the [[HomeObject]] of the function it is created in.
    if (nested->kind() == FunctionTemplateKind::Arrow)
        closure->set_home_object(heap, home_object_of(frame));
    acc = Value::object(closure);
    NEXT(CreateClosure);
}
op_CreateClass: {
    auto* constructor_template = static_cast<FunctionTemplate*>(CONSTANT(0).as_internal_cell());
    acc = Value::object(CHECK(create_class(vm, *frame->realm, constructor_template, frame->environment, REG(1))));
    NEXT(CreateClass);
}
op_AddClassField:
    static_cast<FunctionObject*>(REG(0).as_object())->append_field(heap, REG(1), acc);
    NEXT(AddClassField);
op_DefineMethod: {
    uint32_t flags = FIELD(2);
    CHECK(define_method(vm, *REG(0).as_object(), REG(1), *static_cast<FunctionObject*>(acc.as_object()),
        MethodKind(flags & 3), (flags & 4) != 0));
    NEXT(DefineMethod);
}
op_SetHomeObject:
    if (acc.is_object())
        static_cast<FunctionObject*>(acc.as_object())->set_home_object(heap, REG(0).as_object());
    NEXT(SetHomeObject);
op_SetFunctionName:
    set_function_name(vm, *acc.as_object(), REG(0), MethodKind(FIELD(1)));
    NEXT(SetFunctionName);
op_GetTemplateObject:
    acc = Value::object(get_template_object(vm, *frame->realm, *function_template, FIELD(1),
        *static_cast<ValueArray*>(CONSTANT(0).as_internal_cell())));
    NEXT(GetTemplateObject);
op_CreateArguments:
    acc = Value::object(create_unmapped_arguments_object(vm, *frame));
    NEXT(CreateArguments);
op_CreateMappedArguments:
    acc = Value::object(create_mapped_arguments_object(vm, *frame, *static_cast<ValueArray*>(CONSTANT(0).as_internal_cell())));
    NEXT(CreateMappedArguments);
op_CreateRestArray:
    acc = Value::object(create_rest_array(vm, *frame));
    NEXT(CreateRestArray);
op_CreateGenerator: {
    // The generator object takes the frame; the call returns it. A resume continues after
    // this instruction.
    Value prototype = CHECK(get(vm, *frame->callee, PropertyKey::from_atom(vm.atoms().prototype)));
    uint32_t generator_register = FIELD(0);
    uint32_t resume_offset = uint32_t(operands + 1 * scale - code);
    if (function_template->info().is_async) {
        // 27.6.3.2 AsyncGeneratorStart: an AsyncGenerator object takes the frame.
        Object* async_prototype = prototype.is_object() ? prototype.as_object() : frame->realm->async_generator_prototype();
        auto* async_generator = AsyncGeneratorObject::create(vm, async_prototype, generator_register);
        REG(0) = Value::object(async_generator);
        async_generator->set_frame(heap, SuspendedFrame::save(vm, *frame, resume_offset));
        acc = Value::object(async_generator);
        goto leave_frame;
    }
    Object* generator_prototype = prototype.is_object() ? prototype.as_object() : frame->realm->generator_prototype();
    auto* generator = GeneratorObject::create(vm, generator_prototype, nullptr, generator_register);
    REG(0) = Value::object(generator);
    generator->set_frame(heap, SuspendedFrame::save(vm, *frame, resume_offset));
    acc = Value::object(generator);
    goto leave_frame;
}
op_Yield:
op_YieldResult: {
    if (REG(0).as_object()->kind() == ObjectKind::AsyncGenerator) {
        async_generator_yield(vm, *static_cast<AsyncGeneratorObject*>(REG(0).as_object()), *frame, acc,
            uint32_t(operands + 1 * scale - code));
        acc = Value::undefined();
        goto leave_frame;
    }
    auto* generator = static_cast<GeneratorObject*>(REG(0).as_object());
    if (Opcode(*(operands - 1)) == Opcode::Yield)
        acc = Value::object(create_iter_result_object(vm, acc, false));
    generator->frame()->update(vm, *frame, uint32_t(operands + 1 * scale - code));
    generator->set_state(GeneratorObject::State::SuspendedYield);
    goto leave_frame;
}
op_Await:
    // Await ( value ): the frame is saved and resumed from a promise reaction job.
    CHECK(await_value(vm, *frame, acc, FIELD(0), uint32_t(operands + 1 * scale - code)));
    acc = Value::undefined();
    goto leave_frame;
op_ResumeDispatch:
    switch (REG(0).as_int32()) {
    case 0:
        NEXT(ResumeDispatch);
    case 1:
        THROW(vm.throw_value(acc));
    default:
        JUMP_TO(SIGNED_FIELD(1));
    }

leave_frame: {
    // Return, or suspension once the frame is saved: leaves the frame, giving acc to whoever
    // called or resumed it (the native caller of an entry frame, else the calling frame, which
    // continues after its call instruction).
    Frame* finished = frame;
    bool was_entry = finished->is_entry;
    stack.pop(finished);
    if (was_entry)
        return acc;
    ENTER_FRAME(stack.top());
    bytecode::Instruction call = bytecode::Instruction::decode(function_template->code(), frame->pc - code);
    pc = code + call.next_offset();
    DISPATCH();
}

    // --- Checks and errors
op_ThrowTypeError:
    THROW(vm.throw_type_error(*frame->realm, CONSTANT(0).as_string()->to_utf8(heap)));
op_ThrowReferenceError:
    THROW(vm.throw_reference_error(*frame->realm, CONSTANT(0).as_string()->to_utf8(heap)));
op_RequireObjectCoercible:
    CHECK(require_object_coercible(vm, acc));
    NEXT(RequireObjectCoercible);
op_ThrowIfNotObject:
    if (!acc.is_object())
        THROW(vm.throw_type_error(*frame->realm, CONSTANT(0).as_string()->to_utf8(heap)));
    NEXT(ThrowIfNotObject);
op_CheckThisInitialized:
    if (acc.is_empty())
        THROW(vm.throw_reference_error(ErrorType::ThisBeforeSuper));
    NEXT(CheckThisInitialized);

handle_exception:
    vm.record_throw_site({ function_template, uint32_t(frame->pc - code) });
unwind:
    // Unwinds to the innermost handler covering the throwing instruction, frame by frame.
    for (;;) {
        uint32_t offset = uint32_t(frame->pc - code);
        for (auto const& handler : function_template->handlers()) {
            if (offset >= handler.start && offset < handler.end) {
                frame->environment = static_cast<Environment*>(r[handler.environment_register].as_internal_cell());
                acc = vm.take_pending_exception();
                pc = code + handler.handler;
                DISPATCH();
            }
        }
        Frame* finished = frame;
        bool was_entry = finished->is_entry;
        stack.pop(finished);
        if (was_entry)
            return ThrowCompletion {};
        ENTER_FRAME(stack.top());
    }

#undef FIELD
#undef SIGNED_FIELD
#undef REG
#undef CONSTANT
#undef ATOM
#undef DISPATCH
#undef NEXT
#undef JUMP_TO
#undef CHECK
#undef THROW
#undef ENTER_FRAME
}

}

ThrowCompletionOr<Value> run_entry_frame(VM& vm, Frame* frame, Value initial_acc)
{
    frame->is_entry = true;
    return run(vm, frame, initial_acc);
}

ThrowCompletionOr<Frame*> push_call_frame(VM& vm, FunctionObject& function, Value this_value, std::span<Value const> arguments)
{
    return push_function_frame(vm, function, this_value, arguments, Value::undefined(), FrameKind::Call);
}

// [[Call]] — https://tc39.es/ecma262/#sec-ecmascript-function-objects-call-thisargument-argumentslist
ThrowCompletionOr<Value> call_function(VM& vm, FunctionObject& function, Value this_argument, std::span<Value const> arguments)
{
    // 2. A class constructor cannot be called: the TypeError comes from F's realm (the callee
    //    context's).
    if (function.is_class_constructor()) {
        String* name = function.function_template()->name();
        return vm.throw_type_error(function.realm(), format_error(ErrorType::ClassConstructorWithoutNew, { name ? name->to_utf8(vm.heap()) : "anonymous" }));
    }
    Value this_value = TRY(bind_this(vm, function, this_argument));
    auto const& info = function.function_template()->info();
    if (info.is_async && !info.is_generator)
        return call_async_function(vm, function, this_value, arguments);
    Frame* frame = TRY(push_function_frame(vm, function, this_value, arguments, Value::undefined(), FrameKind::Call));
    return run_entry_frame(vm, frame);
}

// [[Construct]] — https://tc39.es/ecma262/#sec-ecmascript-function-objects-construct-argumentslist-newtarget
ThrowCompletionOr<Object*> construct_function(VM& vm, FunctionObject& function, std::span<Value const> arguments, Object* new_target)
{
    Value this_value = TRY(construct_this(vm, function, *new_target));
    if (!this_value.is_empty())
        TRY(initialize_instance_elements(vm, this_value, function));
    Frame* frame = TRY(push_function_frame(vm, function, this_value, arguments, Value::object(new_target), FrameKind::Construct));
    Value result = TRY(run_entry_frame(vm, frame));
    return result.as_object();
}

// GeneratorResume / GeneratorResumeAbrupt — https://tc39.es/ecma262/#sec-generatorresume
ThrowCompletionOr<Value> generator_resume(VM& vm, GeneratorObject& generator, Value value, ResumeKind kind)
{
    using State = GeneratorObject::State;
    // GeneratorValidate: a running generator cannot be resumed.
    if (generator.state() == State::Executing)
        return vm.throw_type_error(vm.current_realm(), "Generator is already running");
    // A generator that has not started completes on return or throw without running.
    if (generator.state() == State::SuspendedStart && kind != ResumeKind::Next)
        generator.set_state(State::Completed);
    if (generator.state() == State::Completed) {
        if (kind == ResumeKind::Throw)
            return vm.throw_value(value);
        return Value::object(create_iter_result_object(vm, kind == ResumeKind::Return ? value : Value::undefined(), true));
    }
    Frame* frame = generator.frame()->restore(vm);
    if (!frame)
        return ThrowCompletion {};
    frame->registers()[generator.generator_register() + 1] = Value::int32(int32_t(kind));
    generator.set_state(State::Executing);
    auto result = run_entry_frame(vm, frame, value);
    if (result.is_throw()) {
        generator.set_state(State::Completed);
        return ThrowCompletion {};
    }
    // Still executing means the body returned: the generator is done.
    if (generator.state() == State::Executing) {
        generator.set_state(State::Completed);
        return Value::object(create_iter_result_object(vm, result.release_value(), true));
    }
    return result;
}

ThrowCompletionOr<Frame*> push_top_level_frame(VM& vm, Realm& realm, FunctionTemplate* function_template, Environment* environment,
    Value this_value, Object* function, Value new_target)
{
    Frame* frame = vm.interpreter_stack().push(function_template->register_count(), 0);
    if (!frame)
        return vm.throw_range_error(ErrorType::StackOverflow);
    frame->function_template = function_template;
    frame->environment = environment;
    frame->realm = &realm;
    frame->pc = function_template->code().data();
    frame->kind = FrameKind::TopLevel;
    frame->callee = function;
    frame->new_target = new_target;
    frame->registers()[0] = this_value;
    return frame;
}

ThrowCompletionOr<Value> run_top_level(VM& vm, Realm& realm, FunctionTemplate* function_template, Environment* environment,
    Value this_value, Object* function, Value new_target)
{
    Frame* frame = TRY(push_top_level_frame(vm, realm, function_template, environment, this_value, function, new_target));
    return run_entry_frame(vm, frame);
}

}
