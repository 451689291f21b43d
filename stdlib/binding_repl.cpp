// internalBinding('repl'): what lib/internal/repl.js needs below JS: the terminal on fd 0 (a
// libuv TTY in raw mode whose keystrokes go to the repl_input hook), its width, and the read and
// evaluate steps of the read-eval-print loop (is the input complete? run it as a script).

#include "interpreter/script_evaluation.h"
#include "parser/parser.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <memory>

#include <sys/ioctl.h>

namespace sable::stdlib {

using namespace runtime;

namespace {

// Standard input as a terminal. One per process, as fd 0 is.
struct Terminal {
    uv_tty_t handle;
    NodeHost* host;
    char buffer[4096];
};
Terminal* g_terminal = nullptr;

void on_terminal_read(uv_stream_t* stream, ssize_t count, uv_buf_t const*)
{
    auto* terminal = static_cast<Terminal*>(stream->data);
    NodeHost& host = *terminal->host;
    // The keystrokes as a string, or null at the end of input (or on an error).
    Value input = count > 0 ? string_value(host.vm(), std::string_view(terminal->buffer, size_t(count))) : Value::null();
    if (count == 0)
        return;
    host.call_into_js(host.hook(NodeHook::repl_input), Value::undefined(), { &input, 1 });
}

// isTerminal ( fd ): whether the file descriptor is a terminal.
ThrowCompletionOr<Value> is_terminal(VM& vm, Arguments const& arguments)
{
    double fd = TRY(to_number(vm, arguments.at(0)));
    return Value::boolean(fd >= 0 && fd <= INT32_MAX && uv_guess_handle(int(fd)) == UV_TTY);
}

// openTerminal ( onInput ): puts the terminal in raw mode and calls onInput(keys) with what is
// typed (null at the end of input) until closeTerminal().
ThrowCompletionOr<Value> open_terminal(VM& vm, Arguments const& arguments)
{
    NodeHost& host = NodeHost::from(vm);
    if (g_terminal)
        return vm.throw_type_error(vm.current_realm(), "The REPL terminal is already open");
    auto terminal = std::make_unique<Terminal>();
    terminal->host = &host;
    if (int error = uv_tty_init(host.loop().uv(), &terminal->handle, 0, 1); error < 0)
        return throw_uv_error(vm, vm.current_realm(), error, "uv_tty_init");
    terminal->handle.data = terminal.get();
    uv_tty_set_mode(&terminal->handle, UV_TTY_MODE_RAW);
    host.set_hook(NodeHook::repl_input, arguments.at(0));
    auto allocate = [](uv_handle_t* handle, size_t, uv_buf_t* buffer) {
        auto* owner = static_cast<Terminal*>(handle->data);
        *buffer = uv_buf_init(owner->buffer, sizeof owner->buffer);
    };
    uv_read_start(reinterpret_cast<uv_stream_t*>(&terminal->handle), allocate, on_terminal_read);
    g_terminal = terminal.release();
    return Value::undefined();
}

// closeTerminal ( ): back to the terminal's normal mode; the loop no longer waits for keys.
ThrowCompletionOr<Value> close_terminal(VM&, Arguments const&)
{
    if (!g_terminal)
        return Value::undefined();
    uv_tty_set_mode(&g_terminal->handle, UV_TTY_MODE_NORMAL);
    uv_read_stop(reinterpret_cast<uv_stream_t*>(&g_terminal->handle));
    uv_close(reinterpret_cast<uv_handle_t*>(&g_terminal->handle), [](uv_handle_t* handle) { delete static_cast<Terminal*>(handle->data); });
    g_terminal = nullptr;
    return Value::undefined();
}

// terminalColumns ( ): the width of the terminal on fd 1 (80 when it is not one).
ThrowCompletionOr<Value> terminal_columns(VM&, Arguments const&)
{
    winsize size {};
    if (ioctl(1, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return Value::number(size.ws_col);
    return Value::number(80);
}

// checkSyntax ( code ): "complete", "incomplete" (it ends too early: more lines may complete
// it) or "invalid", for code as a classic script.
ThrowCompletionOr<Value> check_syntax(VM& vm, Arguments const& arguments)
{
    std::string code = TRY(utf8_argument(vm, arguments.at(0)));
    parser::SourceFile source("[repl]", code);
    parser::ParsedProgram parsed = parser::parse_program(source, {});
    if (parsed.ok())
        return string_value(vm, "complete");
    std::string_view message = parsed.error->message;
    bool incomplete = message == "Unexpected end of input" || message == "Unterminated template literal" || message == "Unterminated comment";
    return string_value(vm, incomplete ? "incomplete" : "invalid");
}

// evaluate ( code, name ): runs code as a classic script of the realm (named `name` in stack
// traces) and returns its completion value; a syntax error is thrown as a SyntaxError.
ThrowCompletionOr<Value> evaluate(VM& vm, Arguments const& arguments)
{
    std::string code = TRY(utf8_argument(vm, arguments.at(0)));
    std::string name = TRY(utf8_argument(vm, arguments.at(1)));
    auto source = std::make_shared<parser::SourceFile const>(name, std::move(code));
    return interpreter::evaluate_script(vm, NodeHost::from(vm).realm(), source);
}

}

Object* create_repl_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "isTerminal", is_terminal, 1);
    define_native_method(vm, realm, *binding, "openTerminal", open_terminal, 1);
    define_native_method(vm, realm, *binding, "closeTerminal", close_terminal, 0);
    define_native_method(vm, realm, *binding, "terminalColumns", terminal_columns, 0);
    define_native_method(vm, realm, *binding, "checkSyntax", check_syntax, 1);
    define_native_method(vm, realm, *binding, "evaluate", evaluate, 2);
    return binding;
}

}
