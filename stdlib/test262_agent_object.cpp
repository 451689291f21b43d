#include "stdlib/test262_agent_object.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/error_types.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/agent_group.h"
#include "stdlib/host_globals.h"

#include <chrono>
#include <thread>

namespace sable::stdlib {

using namespace runtime;

namespace {

HostOptions const& host_options(VM& vm) { return *static_cast<HostOptions const*>(vm.embedder_data()); }
AgentGroup& agent_group(VM& vm) { return *host_options(vm).agents; }

// start ( source ): runs the source text in a new agent.
ThrowCompletionOr<Value> start(VM& vm, Arguments const& arguments)
{
    String* source = TRY(to_string(vm, arguments.at(0)));
    agent_group(vm).start(source->to_utf8(vm.heap()));
    return Value::undefined();
}

// broadcast ( sab [ , id ] ): hands the SharedArrayBuffer's block and the id to every agent;
// returns once each has received them.
ThrowCompletionOr<Value> broadcast(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = as_array_buffer(arguments.at(0), ObjectKind::SharedArrayBuffer);
    if (!buffer)
        return vm.throw_type_error(ErrorType::NotA, { "$262.agent.broadcast", "SharedArrayBuffer" });
    double id = arguments.at(1).is_undefined() ? 0 : TRY(to_number(vm, arguments.at(1)));
    agent_group(vm).broadcast(*buffer->shared_block(), id);
    return Value::undefined();
}

// getReport ( ): the oldest report not taken yet (a string), or null.
ThrowCompletionOr<Value> get_report(VM& vm, Arguments const&)
{
    auto report = agent_group(vm).take_report();
    if (!report)
        return Value::null();
    return Value::string(String::from_utf8(vm.heap(), *report));
}

// sleep ( ms ): blocks this agent for ms milliseconds.
ThrowCompletionOr<Value> sleep(VM& vm, Arguments const& arguments)
{
    double milliseconds = TRY(to_number(vm, arguments.at(0)));
    if (milliseconds > 0)
        std::this_thread::sleep_for(std::chrono::duration<double, std::milli>(milliseconds));
    return Value::undefined();
}

// monotonicNow ( ): milliseconds on a clock that never goes back.
ThrowCompletionOr<Value> monotonic_now(VM&, Arguments const&)
{
    auto since_start = std::chrono::steady_clock::now().time_since_epoch();
    return Value::number(std::chrono::duration<double, std::milli>(since_start).count());
}

// receiveBroadcast ( callback ): the agent listens; each broadcast calls callback(sab, id).
ThrowCompletionOr<Value> receive_broadcast(VM& vm, Arguments const& arguments)
{
    if (!is_callable(arguments.at(0)))
        return vm.throw_type_error(ErrorType::NotA, { "$262.agent.receiveBroadcast", "function" });
    host_options(vm).agent->callback = arguments.at(0);
    return Value::undefined();
}

// report ( value ): sends ToString(value) to the main agent.
ThrowCompletionOr<Value> report(VM& vm, Arguments const& arguments)
{
    String* text = TRY(to_string(vm, arguments.at(0)));
    agent_group(vm).report(text->to_utf8(vm.heap()));
    return Value::undefined();
}

// leaving ( ): the agent stops listening once its callback returns.
ThrowCompletionOr<Value> leaving(VM& vm, Arguments const&)
{
    host_options(vm).agent->leaving = true;
    return Value::undefined();
}

void define_method(VM& vm, Realm& realm, Object& object, std::string_view name, NativeFunctionPointer function, uint32_t length)
{
    String* atom = vm.atoms().intern_latin1(name);
    NativeFunction* native = NativeFunction::create(vm, realm, function, atom, length);
    MUST(define_property_or_throw(vm, object, PropertyKey::from_atom(atom), PropertyDescriptor::data(Value::object(native), true, false, true)));
}

}

Object* create_test262_agent_object(VM& vm, Realm& realm, HostOptions const& options)
{
    Object* agent = Object::create(vm, realm.object_prototype());
    if (options.agent) {
        define_method(vm, realm, *agent, "receiveBroadcast", receive_broadcast, 1);
        define_method(vm, realm, *agent, "report", report, 1);
        define_method(vm, realm, *agent, "leaving", leaving, 0);
    } else {
        define_method(vm, realm, *agent, "start", start, 1);
        define_method(vm, realm, *agent, "broadcast", broadcast, 2);
        define_method(vm, realm, *agent, "getReport", get_report, 0);
    }
    define_method(vm, realm, *agent, "sleep", sleep, 1);
    define_method(vm, realm, *agent, "monotonicNow", monotonic_now, 0);
    return agent;
}

}
