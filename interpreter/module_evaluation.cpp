// Evaluating module graphs, with top-level await (ECMA-262 16.2.1.5.3 Evaluate and the
// abstract operations it uses).

#include "interpreter/modules.h"

#include "interpreter/async_function.h"
#include "interpreter/interpreter.h"
#include "runtime/abstract_operations.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/environment.h"
#include "runtime/error_types.h"
#include "runtime/module_record.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <algorithm>
#include <vector>

namespace sable::interpreter {

using namespace runtime;
using Status = ModuleRecord::Status;

namespace {

void async_module_execution_fulfilled(VM&, ModuleRecord&);
void async_module_execution_rejected(VM&, ModuleRecord&, Value error);

ThrowCompletionOr<Value> on_async_module_fulfilled(VM& vm, Value, Value module)
{
    async_module_execution_fulfilled(vm, *static_cast<ModuleRecord*>(module.as_internal_cell()));
    return Value::undefined();
}

ThrowCompletionOr<Value> on_async_module_rejected(VM& vm, Value error, Value module)
{
    async_module_execution_rejected(vm, *static_cast<ModuleRecord*>(module.as_internal_cell()), error);
    return Value::undefined();
}

// A synthetic module's evaluation steps: the host's function gives the export values.
ThrowCompletionOr<Value> run_evaluation_steps(VM& vm, ModuleRecord& module)
{
    Value values = TRY(call(vm, module.evaluation_steps(), Value::undefined(), {}));
    uint32_t count = module.local_exports()->size() / 2;
    if (!values.is_object())
        return vm.throw_error(*module.realm(), ErrorKind::TypeError, "A synthetic module's evaluation steps must return an array");
    for (uint32_t i = 0; i < count; ++i) {
        Value value = TRY(get(vm, *values.as_object(), PropertyKey::from_index(i)));
        module.environment()->set_slot(vm.heap(), i, value);
    }
    return Value::undefined();
}

// ExecuteModule ( ) without a capability (16.2.1.6.5): runs the module's code to its end.
ThrowCompletionOr<void> execute_module(VM& vm, ModuleRecord& module)
{
    Realm& realm = *module.realm();
    Realm* caller_realm = vm.has_current_realm() ? &vm.current_realm() : nullptr;
    vm.set_current_realm(&realm);
    auto result = module.code() ? run_top_level(vm, realm, module.code(), module.environment(), Value::undefined())
                                : run_evaluation_steps(vm, module);
    if (caller_realm)
        vm.set_current_realm(caller_realm);
    if (result.is_throw())
        return ThrowCompletion {};
    return {};
}

// ExecuteAsyncModule ( module ) — https://tc39.es/ecma262/#sec-execute-async-module
void execute_async_module(VM& vm, ModuleRecord& module)
{
    // 3-7. A promise whose reactions continue the graph.
    Realm& realm = *module.realm();
    Promise* promise = Promise::create(vm, realm.promise_prototype());
    perform_promise_then_native(vm, *promise, on_async_module_fulfilled, on_async_module_rejected, Value::internal_cell(&module));
    // 8. ExecuteModule(capability): the body runs as an async function body.
    Realm* caller_realm = vm.has_current_realm() ? &vm.current_realm() : nullptr;
    vm.set_current_realm(&realm);
    start_async_module(vm, realm, module.code(), module.environment(), promise);
    if (caller_realm)
        vm.set_current_realm(caller_realm);
}

// GatherAvailableAncestors ( module, execList ) — https://tc39.es/ecma262/#sec-gather-available-ancestors
void gather_available_ancestors(ModuleRecord& module, std::vector<ModuleRecord*>& exec_list)
{
    for (uint32_t i = 0; i < module.async_parent_count(); ++i) {
        ModuleRecord* parent = module.async_parent(i);
        // 1.a. Not gathered yet, and its cycle has not failed.
        if (std::find(exec_list.begin(), exec_list.end(), parent) != exec_list.end() || parent->cycle_root()->has_evaluation_error())
            continue;
        // 1.a.v-vi. One dependency fewer to wait for.
        parent->set_pending_async_dependencies(parent->pending_async_dependencies() - 1);
        if (parent->pending_async_dependencies() == 0) {
            exec_list.push_back(parent);
            // A parent without top-level await runs at once, so its parents may be ready too.
            if (!parent->has_top_level_await())
                gather_available_ancestors(*parent, exec_list);
        }
    }
}

void finish_async_evaluation(VM& vm, ModuleRecord& module)
{
    module.set_async_evaluation_order(ModuleRecord::kAsyncEvaluationDone);
    module.set_status(Status::Evaluated);
    if (Promise* promise = module.top_level_promise())
        resolve_promise(vm, *promise, Value::undefined());
}

// AsyncModuleExecutionFulfilled ( module ) — https://tc39.es/ecma262/#sec-async-module-execution-fulfilled
void async_module_execution_fulfilled(VM& vm, ModuleRecord& module)
{
    // 1. A module whose cycle failed meanwhile stays failed.
    if (module.status() == Status::Evaluated)
        return;
    // 4-6. It is evaluated; a root's promise resolves.
    finish_async_evaluation(vm, module);
    // 7-9. The parents it was the last pending dependency of, in [[AsyncEvaluation]] order.
    std::vector<ModuleRecord*> exec_list;
    gather_available_ancestors(module, exec_list);
    std::sort(exec_list.begin(), exec_list.end(),
        [](ModuleRecord* a, ModuleRecord* b) { return a->async_evaluation_order() < b->async_evaluation_order(); });
    // 11. Run them.
    for (ModuleRecord* ready : exec_list) {
        if (ready->status() == Status::Evaluated)
            continue; // 11.a: its cycle failed
        if (ready->has_top_level_await()) {
            execute_async_module(vm, *ready);
            continue;
        }
        if (execute_module(vm, *ready).is_throw()) {
            async_module_execution_rejected(vm, *ready, vm.take_pending_exception());
            continue;
        }
        finish_async_evaluation(vm, *ready);
    }
}

// AsyncModuleExecutionRejected ( module, error ) — https://tc39.es/ecma262/#sec-async-module-execution-rejected
void async_module_execution_rejected(VM& vm, ModuleRecord& module, Value error)
{
    // 1. Already evaluated (failed through another dependency).
    if (module.status() == Status::Evaluated)
        return;
    // 6-8.
    module.set_evaluation_error(vm.heap(), error);
    module.set_status(Status::Evaluated);
    module.set_async_evaluation_order(ModuleRecord::kAsyncEvaluationDone);
    // 9. A root's promise rejects first, 10. then the failure reaches every module waiting
    // for this one.
    if (Promise* promise = module.top_level_promise())
        reject_promise(vm, *promise, error);
    for (uint32_t i = 0; i < module.async_parent_count(); ++i)
        async_module_execution_rejected(vm, *module.async_parent(i), error);
}

// InnerModuleEvaluation ( module, stack, index ) — https://tc39.es/ecma262/#sec-innermoduleevaluation
ThrowCompletionOr<uint32_t> inner_module_evaluation(VM& vm, ModuleRecord& module, std::vector<ModuleRecord*>& stack, uint32_t index)
{
    // 2. Evaluated (or evaluating asynchronously) already: its error, if any, again.
    if (module.status() == Status::EvaluatingAsync || module.status() == Status::Evaluated) {
        if (module.has_evaluation_error())
            return vm.throw_value(module.evaluation_error());
        return index;
    }
    // 3. Being evaluated further up the stack (a cycle).
    if (module.status() == Status::Evaluating)
        return index;
    // 5-10.
    module.set_status(Status::Evaluating);
    module.set_dfs_index(index);
    module.set_dfs_ancestor_index(index);
    module.set_pending_async_dependencies(0);
    ++index;
    stack.push_back(&module);
    // 11. Evaluate the requested modules first.
    for (uint32_t request = 0; request < module.request_count(); ++request) {
        ModuleRecord* required = module.loaded_module(request);
        index = TRY(inner_module_evaluation(vm, *required, stack, index));
        if (required->status() == Status::Evaluating) {
            // 11.c.iii. In this module's cycle.
            module.set_dfs_ancestor_index(std::min(module.dfs_ancestor_index(), required->dfs_ancestor_index()));
        } else {
            // 11.c.iv. A finished (or async) cycle stands for its root.
            required = required->cycle_root();
            if (required->has_evaluation_error())
                return vm.throw_value(required->evaluation_error());
        }
        // 11.c.v. Wait for an asynchronous dependency.
        if (required->is_async_evaluation()) {
            module.set_pending_async_dependencies(module.pending_async_dependencies() + 1);
            required->add_async_parent(vm.heap(), &module);
        }
    }
    // 12. Waiting for asynchronous dependencies, or awaiting at the top level itself.
    if (module.pending_async_dependencies() > 0 || module.has_top_level_await()) {
        module.set_async_evaluation_order(vm.next_module_async_evaluation_order());
        if (module.pending_async_dependencies() == 0)
            execute_async_module(vm, module);
    } else {
        // 13.
        TRY(execute_module(vm, module));
    }
    // 15. The root of a strongly connected component finishes it.
    if (module.dfs_ancestor_index() == module.dfs_index()) {
        for (;;) {
            ModuleRecord* required = stack.back();
            stack.pop_back();
            required->set_status(required->is_async_evaluation() ? Status::EvaluatingAsync : Status::Evaluated);
            required->set_cycle_root(vm.heap(), &module);
            if (required == &module)
                break;
        }
    }
    return index;
}

}

// Evaluate ( ) — https://tc39.es/ecma262/#sec-moduleevaluation
Promise* evaluate_module(VM& vm, ModuleRecord& root)
{
    // 2. A finished (or async) module stands for its cycle's root.
    ModuleRecord* module = &root;
    if ((module->status() == Status::EvaluatingAsync || module->status() == Status::Evaluated) && module->cycle_root())
        module = module->cycle_root();
    // 3. Evaluated before: the same promise.
    if (Promise* promise = module->top_level_promise())
        return promise;
    // 4-6.
    Promise* promise = Promise::create(vm, module->realm()->promise_prototype());
    module->set_top_level_promise(vm.heap(), promise);
    // 7.
    std::vector<ModuleRecord*> stack;
    auto result = inner_module_evaluation(vm, *module, stack, 0);
    if (result.is_throw()) {
        // 8. Every module on the stack fails with the error.
        Value error = vm.take_pending_exception();
        for (ModuleRecord* evaluating : stack) {
            evaluating->set_status(Status::Evaluated);
            evaluating->set_evaluation_error(vm.heap(), error);
        }
        reject_promise(vm, *promise, error);
    } else if (!module->is_async_evaluation()) {
        // 9. Finished synchronously.
        resolve_promise(vm, *promise, Value::undefined());
    }
    return promise;
}

}
