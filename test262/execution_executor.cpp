#include "test262/execution_executor.h"

#include "interpreter/modules.h"
#include "interpreter/script_evaluation.h"
#include "parser/source.h"
#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/module_record.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/host_globals.h"
#include "stdlib/module_loader.h"
#include "stdlib/value_printer.h"
#include "test262/read_file.h"

#include <filesystem>
#include <memory>
#include <vector>

namespace sable::test262 {

using namespace runtime;

namespace {

constexpr std::string_view kAsyncComplete = "Test262:AsyncTestComplete";
constexpr std::string_view kAsyncFailure = "Test262:AsyncTestFailure:";

// The constructor name of a thrown value, as negative tests name it ("TypeError"), read
// without running user code where possible.
std::string error_type_name(VM& vm, Value thrown)
{
    if (!thrown.is_object())
        return "(not an object)";
    std::string name = inherited_string_text(vm, *thrown.as_object(), vm.atoms().name);
    if (name.empty()) {
        // Test262Error has no "name": its constructor's name then.
        auto constructor = get(vm, *thrown.as_object(), PropertyKey::from_atom(vm.atoms().constructor));
        if (!constructor.is_throw() && constructor.value().is_object())
            name = inherited_string_text(vm, *constructor.value().as_object(), vm.atoms().name);
        else if (constructor.is_throw())
            vm.take_pending_exception();
    }
    return name.empty() ? "(unnamed)" : name;
}

std::string describe_thrown(VM& vm, Value thrown)
{
    if (thrown.is_object() && thrown.as_object()->kind() == ObjectKind::Error) {
        std::string message = inherited_string_text(vm, *thrown.as_object(), vm.atoms().message);
        return error_type_name(vm, thrown) + ": " + message;
    }
    return stdlib::print_value(vm, thrown);
}

}

ExecutionExecutor::ExecutionExecutor(std::string const& harness_dir, gc::HeapOptions const& heap_options)
    : m_harness_dir(harness_dir)
    , m_heap_options(heap_options)
{
}

std::string ExecutionExecutor::test_file_path(RunInput const& input) const
{
    return (std::filesystem::path(m_harness_dir).parent_path() / "test" / input.path).string();
}

bool ExecutionExecutor::load(std::string& error)
{
    std::error_code ec;
    for (auto const& entry : std::filesystem::directory_iterator(m_harness_dir, ec)) {
        if (!entry.is_regular_file() || entry.path().extension() != ".js")
            continue;
        std::string text;
        if (!read_file(entry.path().string(), text, error))
            return false;
        m_harness.emplace(entry.path().filename().string(), std::move(text));
    }
    if (ec) {
        error = "cannot read the harness folder " + m_harness_dir + ": " + ec.message();
        return false;
    }
    if (!m_harness.contains("assert.js")) {
        error = "no assert.js in " + m_harness_dir;
        return false;
    }
    return true;
}

namespace {

// The outcome of a test that threw `thrown` in `phase`, given its negative expectation.
RunOutcome thrown_outcome(VM& vm, RunInput const& input, NegativePhase phase, Value thrown)
{
    auto const& negative = input.meta.negative;
    if (negative && negative->phase == phase && error_type_name(vm, thrown) == negative->type)
        return { true, {} };
    char const* when = phase == NegativePhase::Parse ? "parse error " : phase == NegativePhase::Resolution ? "resolution error " : "uncaught ";
    return { false, when + describe_thrown(vm, thrown) };
}

}

// A module test: the test file is the root of a module graph whose other modules are its
// fixtures, loaded from the test's folder.
RunOutcome ExecutionExecutor::run_module(VM& vm, Realm& realm, stdlib::ModuleLoader& loader, stdlib::AgentGroup& agents,
    RunInput const& input) const
{
    auto const& negative = input.meta.negative;
    auto source = std::make_shared<parser::SourceFile const>(test_file_path(input), std::string(input.source));
    auto loaded = loader.load_main_module(realm, source);
    if (loaded.is_throw())
        return thrown_outcome(vm, input, NegativePhase::Parse, vm.take_pending_exception());
    if (negative && negative->phase == NegativePhase::Parse)
        return { false, "expected a parse-time " + negative->type + ", but the source parsed" };
    ModuleRecord& module = *loaded.value();
    if (interpreter::load_requested_modules(vm, module).is_throw() || interpreter::link_module(vm, module).is_throw())
        return thrown_outcome(vm, input, NegativePhase::Resolution, vm.take_pending_exception());
    if (negative && negative->phase == NegativePhase::Resolution)
        return { false, "expected a resolution-time " + negative->type + ", but the module linked" };
    Promise* evaluated = interpreter::evaluate_module(vm, module);
    if (agents.run_main_event_loop(vm).is_throw())
        return { false, "a promise job threw " + describe_thrown(vm, vm.take_pending_exception()) };
    if (evaluated->state() == Promise::State::Rejected)
        return thrown_outcome(vm, input, NegativePhase::Runtime, evaluated->result());
    if (evaluated->state() == Promise::State::Pending && !input.meta.flags.async)
        return { false, "the module's top-level await never settled" };
    if (negative)
        return { false, "expected a runtime " + negative->type + ", but nothing was thrown" };
    return { true, {} };
}

RunOutcome ExecutionExecutor::run(RunInput const& input) const
{
    // The test's agents ($262.agent.start), joined when the test is over.
    stdlib::AgentGroup agents(m_heap_options);
    VM vm(m_heap_options);
    Realm* realm = Realm::create(vm);
    std::vector<std::string> printed;
    stdlib::HostOptions host;
    host.expose_test262 = true;
    host.agents = &agents;
    // [[CanBlock]]: false only for the tests that ask for an agent that cannot block.
    vm.set_can_suspend(!input.meta.flags.can_block_is_false);
    host.print_sink = [&printed](std::string_view line) { printed.emplace_back(line); };
    stdlib::install_host_globals(vm, *realm, host);

    // The harness, in INTERPRETING.md's order.
    std::vector<std::string> includes;
    if (!input.meta.flags.raw) {
        includes = { "assert.js", "sta.js" };
        if (input.meta.flags.async)
            includes.emplace_back("doneprintHandle.js");
    }
    for (auto const& include : input.meta.includes)
        includes.push_back(include);
    for (auto const& include : includes) {
        auto found = m_harness.find(include);
        if (found == m_harness.end())
            return { false, "harness file not found: " + include };
        auto source = std::make_shared<parser::SourceFile const>(include, found->second);
        auto result = interpreter::evaluate_script(vm, *realm, source);
        if (result.is_throw())
            return { false, "harness " + include + " threw " + describe_thrown(vm, vm.take_pending_exception()) };
    }

    // Modules, and scripts calling import(), load the test's fixtures from its folder.
    stdlib::ModuleLoader loader(vm);
    RunOutcome outcome = input.variant == Variant::Module ? run_module(vm, *realm, loader, agents, input)
                                                          : run_script(vm, *realm, agents, input);
    if (!outcome.passed || !input.meta.flags.async)
        return outcome;
    for (auto const& line : printed) {
        if (line == kAsyncComplete)
            return { true, {} };
        if (line.starts_with(kAsyncFailure))
            return { false, line };
    }
    return { false, "async test did not print " + std::string(kAsyncComplete) };
}

RunOutcome ExecutionExecutor::run_script(VM& vm, Realm& realm, stdlib::AgentGroup& agents, RunInput const& input) const
{
    auto const& negative = input.meta.negative;
    auto source = std::make_shared<parser::SourceFile const>(test_file_path(input), variant_source(input.source, input.variant));
    auto compiled = interpreter::compile_script(vm, source);
    if (auto* error = std::get_if<parser::SyntaxError>(&compiled)) {
        if (negative && negative->phase == NegativePhase::Parse && negative->type == "SyntaxError")
            return { true, {} };
        return { false, "SyntaxError: " + error->message + " (line " + std::to_string(error->position.line) + ")" };
    }
    if (negative && negative->phase == NegativePhase::Parse)
        return { false, "expected a parse-time " + negative->type + ", but the source parsed" };

    auto result = interpreter::run_script(vm, realm, std::get<bytecode::FunctionTemplate*>(compiled));
    // The promise jobs the test queued run after it, as a host's event loop would.
    if (!result.is_throw() && agents.run_main_event_loop(vm).is_throw())
        return { false, "a promise job threw " + describe_thrown(vm, vm.take_pending_exception()) };
    if (result.is_throw()) {
        Value thrown = vm.take_pending_exception();
        if (negative && negative->phase == NegativePhase::Runtime && error_type_name(vm, thrown) == negative->type)
            return { true, {} };
        return { false, "uncaught " + describe_thrown(vm, thrown) };
    }
    if (negative)
        return { false, "expected a runtime " + negative->type + ", but nothing was thrown" };
    return { true, {} };
}

}
