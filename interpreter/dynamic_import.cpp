// import() and import.meta (ECMA-262 13.3.10 Import Calls, 13.3.12 Meta Properties).

#include "interpreter/modules.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/environment.h"
#include "runtime/error_types.h"
#include "runtime/module_record.h"
#include "runtime/module_resolution.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

#include <algorithm>
#include <vector>

namespace sable::interpreter {

using namespace runtime;

namespace {

Promise& promise_of(Value value) { return *static_cast<Promise*>(value.as_object()); }

// The rejection of IfAbruptRejectPromise: the pending exception rejects `promise`.
Value reject_with_pending(VM& vm, Promise& promise)
{
    reject_promise(vm, promise, vm.take_pending_exception());
    return Value::object(&promise);
}

ThrowCompletionOr<Value> on_evaluated(VM& vm, Value, Value data)
{
    // ContinueDynamicImport, step 6.e: resolve with the module's namespace.
    auto* pair = static_cast<ValueArray*>(data.as_internal_cell());
    auto* module = static_cast<ModuleRecord*>(pair->at(1).as_internal_cell());
    Object* namespace_object = TRY(get_module_namespace(vm, *module));
    resolve_promise(vm, promise_of(pair->at(0)), Value::object(namespace_object));
    return Value::undefined();
}

ThrowCompletionOr<Value> on_evaluation_failed(VM& vm, Value error, Value data)
{
    auto* pair = static_cast<ValueArray*>(data.as_internal_cell());
    reject_promise(vm, promise_of(pair->at(0)), error);
    return Value::undefined();
}

// ContinueDynamicImport ( promiseCapability, moduleCompletion ) — https://tc39.es/ecma262/#sec-ContinueDynamicImport
void continue_dynamic_import(VM& vm, Promise& promise, ModuleRecord& module)
{
    // 3-5. Load the module's graph; a failure rejects.
    if (load_requested_modules(vm, module).is_throw()) {
        reject_with_pending(vm, promise);
        return;
    }
    // 6.a-b. Link it; a failure rejects.
    if (link_module(vm, module).is_throw()) {
        reject_with_pending(vm, promise);
        return;
    }
    // 6.c-f. Evaluate it, then resolve with its namespace.
    Promise* evaluated = evaluate_module(vm, module);
    auto* data = ValueArray::create(vm.heap(), 2, Value::undefined());
    data->set(vm.heap(), 0, Value::object(&promise));
    data->set(vm.heap(), 1, Value::internal_cell(&module));
    data->set_size(2);
    perform_promise_then_native(vm, *evaluated, on_evaluated, on_evaluation_failed, Value::internal_cell(data));
}

// HostLoadImportedModule for import(), as a job: the host loads after the call returns, as
// Node's asynchronous loader does. `request` is [specifier, attributes or undefined].
ThrowCompletionOr<void> load_dynamic_import(VM& vm, Value promise_value, Value request_value, Value referrer)
{
    Promise& promise = promise_of(promise_value);
    auto* request = static_cast<ValueArray*>(request_value.as_internal_cell());
    String* specifier = request->at(0).as_string();
    Value attributes = request->at(1);
    Realm& realm = vm.current_realm();
    if (!vm.module_loader()) {
        (void)vm.throw_type_error(realm, format_error(ErrorType::NoModuleLoader, { specifier->to_utf8(vm.heap()) }));
        reject_with_pending(vm, promise);
        return {};
    }
    std::string referrer_path = referrer.is_string() ? referrer.as_string()->to_utf8(vm.heap()) : std::string();
    auto loaded = vm.module_loader()(vm, realm, referrer_path, specifier,
        attributes.is_internal_cell() ? static_cast<ValueArray*>(attributes.as_internal_cell()) : nullptr);
    if (loaded.is_throw()) {
        reject_with_pending(vm, promise);
        return {};
    }
    continue_dynamic_import(vm, promise, *loaded.release_value());
    return {};
}

// The import attributes of import()'s options (13.3.10.1.1 steps 10.a-h): a ValueArray of
// key/value strings sorted by key, or null; a TypeError for a malformed options object.
ThrowCompletionOr<ValueArray*> import_attributes(VM& vm, Value options)
{
    if (options.is_undefined())
        return nullptr;
    // a. The options must be an object.
    if (!options.is_object())
        return vm.throw_type_error(vm.current_realm(), "The second argument of import() must be an object");
    // b-c. Its "with" property, if not undefined, an object of string values.
    Value with = TRY(get(vm, *options.as_object(), PropertyKey::from_atom(vm.atoms().intern_latin1("with"))));
    if (with.is_undefined())
        return nullptr;
    if (!with.is_object())
        return vm.throw_type_error(vm.current_realm(), "The 'with' option of import() must be an object");
    ValueArray* entries = TRY(enumerable_own_properties(vm, *with.as_object(), EnumerableOwnPropertiesKind::KeyValue));
    auto entry_part = [entries](uint32_t entry, uint32_t part) { return entries->at(entry).as_object()->find_own_element(part)->value; };
    for (uint32_t i = 0; i < entries->size(); ++i) {
        if (!entry_part(i, 1).is_string())
            return vm.throw_type_error(vm.current_realm(), "Import attribute values must be strings");
    }
    // e. Sorted by key.
    std::vector<uint32_t> order(entries->size());
    for (uint32_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        return String::compare(vm.heap(), entry_part(a, 0).as_string(), entry_part(b, 0).as_string()) < 0;
    });
    auto* attributes = ValueArray::create(vm.heap(), uint32_t(order.size() * 2), Value::undefined());
    for (uint32_t i = 0; i < order.size(); ++i) {
        attributes->set(vm.heap(), i * 2, entry_part(order[i], 0));
        attributes->set(vm.heap(), i * 2 + 1, entry_part(order[i], 1));
    }
    attributes->set_size(attributes->capacity());
    return attributes;
}

}

// EvaluateImportCall ( specifierExpression [ , optionsExpression ] ) — https://tc39.es/ecma262/#sec-evaluate-import-call
Value evaluate_import_call(VM& vm, Realm& realm, Environment* environment, std::string_view referrer_path, Value specifier,
    Value options)
{
    // 1. The referrer: the running module, or the script (by its path).
    ModuleRecord* module = module_of_environment(environment);
    Value referrer = module ? Value::string(module->path()) : Value::string(String::from_utf8(vm.heap(), referrer_path));
    // 6. A new promise of the current realm.
    Promise* promise = Promise::create(vm, realm.promise_prototype());
    // 7. The specifier as a string.
    auto specifier_string = to_string(vm, specifier);
    if (specifier_string.is_throw())
        return reject_with_pending(vm, *promise);
    // 8-10. The attributes.
    auto attributes = import_attributes(vm, options);
    if (attributes.is_throw())
        return reject_with_pending(vm, *promise);
    // 11. HostLoadImportedModule, from a job.
    auto* request = ValueArray::create(vm.heap(), 2, Value::undefined());
    request->set(vm.heap(), 0, Value::string(specifier_string.value()));
    if (ValueArray* list = attributes.value())
        request->set(vm.heap(), 1, Value::internal_cell(list));
    request->set_size(2);
    vm.job_queue().enqueue_promise_job(load_dynamic_import, Value::object(promise), Value::internal_cell(request), referrer, &realm);
    // 12.
    return Value::object(promise);
}

// 13.3.12.1 Runtime Semantics: Evaluation of ImportMeta — https://tc39.es/ecma262/#sec-meta-properties-runtime-semantics-evaluation
Object* import_meta_object(VM& vm, Environment* environment)
{
    // 1-3. The running module's object, made on first use.
    ModuleRecord* module = module_of_environment(environment);
    if (Object* existing = module->import_meta())
        return existing;
    // 4.a-f. A null-prototype object the host fills in.
    Object* import_meta = Object::create(vm, nullptr);
    if (vm.import_meta_initializer())
        vm.import_meta_initializer()(vm, *import_meta, *module);
    module->set_import_meta(vm.heap(), import_meta);
    return import_meta;
}

}
