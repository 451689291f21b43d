#include "stdlib/node_host.h"

#include "interpreter/script_evaluation.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/bindings.h"
#include "stdlib/embedded_library.h"
#include "stdlib/host_globals.h"
#include "stdlib/uncaught_exception.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>

namespace sable::stdlib {

using namespace runtime;

namespace {

// require(id) inside the library.
ThrowCompletionOr<Value> require_builtin_function(VM& vm, Arguments const& arguments)
{
    return NodeHost::from(vm).require_builtin(TRY(utf8_argument(vm, arguments.at(0))));
}

ThrowCompletionOr<Value> internal_binding_function(VM& vm, Arguments const& arguments)
{
    return NodeHost::from(vm).internal_binding(TRY(utf8_argument(vm, arguments.at(0))));
}

}

NodeHost::NodeHost(VM& vm, Realm& realm, CliOptions const& options)
    : m_vm(vm)
    , m_realm(realm)
    , m_options(options)
    , m_loop(*this)
{
    // As in Node, writing to a pipe or socket whose reader is gone fails with EPIPE instead of
    // ending the process (children get the default action back: uv_spawn resets signals).
    std::signal(SIGPIPE, SIG_IGN);
    for (auto& hook : m_hooks)
        hook = Value::undefined();
    m_root_provider_id = vm.heap().add_root_provider([this](gc::Visitor& visitor) {
        visitor.visit(m_builtin_modules);
        visitor.visit(m_bindings);
        visitor.visit_value_bits(m_require_builtin.bits());
        visitor.visit_value_bits(m_internal_binding.bits());
        visitor.visit_value_bits(m_syntax_error.bits());
        for (Value hook : m_hooks)
            visitor.visit_value_bits(hook.bits());
        for (Value value : m_pending_rejections)
            visitor.visit_value_bits(value.bits());
    });
    m_builtin_modules = Object::create(vm, nullptr);
    m_bindings = Object::create(vm, nullptr);
    m_require_builtin = Value::object(NativeFunction::create(vm, realm, require_builtin_function,
        vm.atoms().intern_latin1("require"), 1));
    m_internal_binding = Value::object(NativeFunction::create(vm, realm, internal_binding_function,
        vm.atoms().intern_latin1("internalBinding"), 1));
    // HostPromiseRejectionTracker: unhandled rejections wait here until the queues are drained.
    vm.set_promise_rejection_tracker([this](VM&, Object& promise, PromiseRejectionOperation operation) {
        if (operation == PromiseRejectionOperation::Reject) {
            m_pending_rejections.push_back(Value::object(&promise));
            return;
        }
        std::erase_if(m_pending_rejections, [&](Value value) { return value.as_object() == &promise; });
    });
}

NodeHost::~NodeHost()
{
    m_vm.set_promise_rejection_tracker(nullptr);
    m_vm.heap().remove_root_provider(m_root_provider_id);
}

NodeHost& NodeHost::from(VM& vm) { return *static_cast<HostOptions const*>(vm.embedder_data())->node; }

ThrowCompletionOr<Value> NodeHost::compile_function(std::string const& name, std::string_view parameters, std::string body,
    int32_t line_offset, int32_t column_offset)
{
    // A hashbang line is a comment (two characters for two, so positions stay).
    if (body.starts_with("#!"))
        body.replace(0, 2, "//");
    std::string head = "(function (" + std::string(parameters) + ") {";
    auto source = std::make_shared<parser::SourceFile>(name, head + body + "\n})");
    source->set_hidden_prefix(uint32_t(head.size()));
    source->set_position_offsets(line_offset, column_offset);
    auto compiled = interpreter::compile_script(m_vm, source);
    if (auto* error = std::get_if<parser::SyntaxError>(&compiled)) {
        (void)m_vm.throw_syntax_error(m_realm, error->message);
        m_syntax_error = m_vm.pending_exception();
        m_syntax_error_excerpt = format_node_excerpt(*source, error->position.line, error->position.column);
        return ThrowCompletion {};
    }
    return interpreter::run_script(m_vm, m_realm, std::get<bytecode::FunctionTemplate*>(compiled));
}

ThrowCompletionOr<Value> NodeHost::require_builtin(std::string_view id)
{
    PropertyKey id_key = key(m_vm, id);
    Value cached = TRY(get(m_vm, *m_builtin_modules, id_key));
    if (cached.is_object())
        return get(m_vm, *cached.as_object(), key(m_vm, "exports"));
    EmbeddedSource const* source = find_embedded_source(id);
    if (!source)
        return m_vm.throw_error(m_realm, ErrorKind::Error, "No such built-in module: " + std::string(id));
    Value function = TRY(compile_function("node:" + std::string(id), "exports, require, module, internalBinding",
        embedded_source_text(*source)));
    Object* module = Object::create(m_vm, m_realm.object_prototype());
    Object* exports = Object::create(m_vm, m_realm.object_prototype());
    define_data(m_vm, *module, "exports", Value::object(exports));
    define_data(m_vm, *module, "id", string_value(m_vm, id));
    MUST(create_data_property(m_vm, *m_builtin_modules, id_key, Value::object(module)));
    m_module_load_list.push_back("NativeModule " + std::string(id));
    Value arguments[] = { Value::object(exports), m_require_builtin, Value::object(module), m_internal_binding };
    TRY(call(m_vm, function, Value::object(exports), arguments));
    return get(m_vm, *module, key(m_vm, "exports"));
}

ThrowCompletionOr<Value> NodeHost::internal_binding(std::string_view name)
{
    PropertyKey name_key = key(m_vm, name);
    Value cached = TRY(get(m_vm, *m_bindings, name_key));
    if (cached.is_object())
        return cached;
    Object* binding = nullptr;
#define SABLE_BINDING(binding_name)    \
    if (name == #binding_name)         \
        binding = create_##binding_name##_binding(*this);
#include "stdlib/bindings.def"
    if (!binding)
        return m_vm.throw_error(m_realm, ErrorKind::Error, "No such binding: " + std::string(name));
    MUST(create_data_property(m_vm, *m_bindings, name_key, Value::object(binding)));
    m_module_load_list.push_back("Internal Binding " + std::string(name));
    return Value::object(binding);
}

bool NodeHost::call_into_js(Value function, Value this_value, std::span<Value const> arguments, Value* result)
{
    // A callback from the loop starts outside any async context (the library enters the one its
    // request or handle was made in); what it enters ends with it.
    m_vm.job_queue().set_async_context(Value::undefined());
    auto completion = call(m_vm, function, this_value, arguments);
    bool completed = !completion.is_throw();
    if (completed && result)
        *result = completion.value();
    if (!completed)
        trigger_uncaught_exception(m_vm.take_pending_exception(), false);
    drain_task_queues();
    m_vm.job_queue().set_async_context(Value::undefined());
    return completed;
}

void NodeHost::drain_task_queues()
{
    if (hook(NodeHook::process_ticks).is_undefined()) {
        // No nextTick yet: the promise jobs alone (a job that throws is an uncaught exception).
        while (m_vm.run_jobs().is_throw())
            trigger_uncaught_exception(m_vm.take_pending_exception(), false);
        if (m_pending_rejections.empty()) {
            m_loop.schedule_async_wait_timeout();
            return;
        }
        // Unhandled rejections are reported by the tick queue's module.
        if (require_builtin("internal/process/task_queues").is_throw())
            trigger_uncaught_exception(m_vm.take_pending_exception(), false);
    }
    while (call(m_vm, hook(NodeHook::process_ticks), Value::undefined(), {}).is_throw())
        trigger_uncaught_exception(m_vm.take_pending_exception(), false);
    m_loop.schedule_async_wait_timeout();
}

void NodeHost::trigger_uncaught_exception(Value error, bool from_promise)
{
    Value handler = hook(NodeHook::handle_uncaught);
    if (!handler.is_undefined()) {
        Value arguments[] = { error, string_value(m_vm, from_promise ? "unhandledRejection" : "uncaughtException") };
        auto handled = call(m_vm, handler, Value::undefined(), arguments);
        if (!handled.is_throw() && to_boolean(handled.value()))
            return;
        if (handled.is_throw())
            error = m_vm.take_pending_exception();
    }
    std::fflush(stdout);
    std::string report;
    if (error.is_object() && error == m_syntax_error)
        report = m_syntax_error_excerpt + "\n" + format_uncaught_exception(m_vm, error, false);
    else
        report = format_uncaught_exception(m_vm, error, !from_promise);
    std::fputs(report.c_str(), stderr);
    // process 'exit' listeners still run, with status 1.
    Value emit_exit = hook(NodeHook::emit_exit);
    if (!emit_exit.is_undefined()) {
        set_hook(NodeHook::emit_exit, Value::undefined());
        set_hook(NodeHook::handle_uncaught, Value::undefined());
        Value status = Value::number(1);
        (void)call(m_vm, emit_exit, Value::undefined(), { &status, 1 });
    }
    exit_process(1);
}

int NodeHost::run_to_completion()
{
    for (;;) {
        bool alive = m_loop.run_once();
        if (alive)
            continue;
        Value before_exit = hook(NodeHook::emit_before_exit);
        if (before_exit.is_undefined() || !call_into_js(before_exit, Value::undefined(), {}))
            break;
        if (!uv_loop_alive(m_loop.uv()))
            break;
    }
    Value emit_exit = hook(NodeHook::emit_exit);
    if (emit_exit.is_undefined())
        return 0;
    set_hook(NodeHook::emit_exit, Value::undefined());
    Value status = Value::number(0);
    Value final_status = Value::number(0);
    if (!call_into_js(emit_exit, Value::undefined(), { &status, 1 }, &final_status))
        return 1;
    return final_status.is_number() ? int(final_status.as_number()) : 0;
}

void NodeHost::exit_process(int status)
{
    // Immediately, as Node does: JavaScript frames are still on the stack and the VM is alive,
    // so nothing is torn down (atexit handlers included; the output is flushed first).
    std::fflush(stdout);
    std::fflush(stderr);
    // A terminal left in raw mode (the REPL's) gets its normal mode back.
    uv_tty_reset_mode();
    std::_Exit(status);
}

}
