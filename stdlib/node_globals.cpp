#include "stdlib/node_globals.h"

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// Global name, library module, the export it is (empty: the module's exports), and whether
// the global is enumerable (as in Node).
struct LazyGlobal {
    char const* name;
    char const* module;
    char const* property;
    bool enumerable = false;
};

constexpr LazyGlobal kLazyGlobals[] = {
    { "console", "console", "" },
    { "process", "process", "" },
    { "setTimeout", "timers", "setTimeout" },
    { "clearTimeout", "timers", "clearTimeout" },
    { "setInterval", "timers", "setInterval" },
    { "clearInterval", "timers", "clearInterval" },
    { "setImmediate", "timers", "setImmediate" },
    { "clearImmediate", "timers", "clearImmediate" },
    { "queueMicrotask", "internal/process/task_queues", "queueMicrotask" },
    { "URL", "internal/url", "URL" },
    { "URLSearchParams", "internal/url", "URLSearchParams" },
    { "Buffer", "buffer", "Buffer" },
    { "Blob", "buffer", "Blob" },
    { "File", "buffer", "File" },
    { "atob", "buffer", "atob", true },
    { "btoa", "buffer", "btoa", true },
    { "TextEncoder", "internal/encoding", "TextEncoder" },
    { "TextDecoder", "internal/encoding", "TextDecoder" },
    { "structuredClone", "internal/structured_clone", "structuredClone", true },
    { "DOMException", "internal/dom_exception", "DOMException" },
    { "crypto", "internal/crypto/webcrypto", "webcrypto", true },
    { "Crypto", "internal/crypto/webcrypto", "Crypto" },
    { "CryptoKey", "internal/crypto/webcrypto", "CryptoKey" },
    { "SubtleCrypto", "internal/crypto/webcrypto", "SubtleCrypto" },
    { "EventTarget", "internal/event_target", "EventTarget" },
    { "Event", "internal/event_target", "Event" },
    { "CustomEvent", "internal/event_target", "CustomEvent" },
    { "AbortController", "internal/abort_controller", "AbortController" },
    { "AbortSignal", "internal/abort_controller", "AbortSignal" },
    { "performance", "perf_hooks", "performance", true },
    { "Performance", "perf_hooks", "Performance" },
    { "PerformanceEntry", "perf_hooks", "PerformanceEntry" },
    { "PerformanceMark", "perf_hooks", "PerformanceMark" },
    { "PerformanceMeasure", "perf_hooks", "PerformanceMeasure" },
    { "PerformanceObserver", "perf_hooks", "PerformanceObserver" },
    { "PerformanceObserverEntryList", "perf_hooks", "PerformanceObserverEntryList" },
    { "PerformanceResourceTiming", "perf_hooks", "PerformanceResourceTiming" },
    { "ReadableStream", "stream/web", "ReadableStream" },
    { "ReadableStreamDefaultReader", "stream/web", "ReadableStreamDefaultReader" },
    { "ReadableStreamBYOBReader", "stream/web", "ReadableStreamBYOBReader" },
    { "ReadableStreamBYOBRequest", "stream/web", "ReadableStreamBYOBRequest" },
    { "ReadableByteStreamController", "stream/web", "ReadableByteStreamController" },
    { "ReadableStreamDefaultController", "stream/web", "ReadableStreamDefaultController" },
    { "TransformStream", "stream/web", "TransformStream" },
    { "TransformStreamDefaultController", "stream/web", "TransformStreamDefaultController" },
    { "WritableStream", "stream/web", "WritableStream" },
    { "WritableStreamDefaultWriter", "stream/web", "WritableStreamDefaultWriter" },
    { "WritableStreamDefaultController", "stream/web", "WritableStreamDefaultController" },
    { "ByteLengthQueuingStrategy", "stream/web", "ByteLengthQueuingStrategy" },
    { "CountQueuingStrategy", "stream/web", "CountQueuingStrategy" },
    { "TextEncoderStream", "stream/web", "TextEncoderStream" },
    { "TextDecoderStream", "stream/web", "TextDecoderStream" },
    { "CompressionStream", "stream/web", "CompressionStream" },
    { "DecompressionStream", "stream/web", "DecompressionStream" },
};

LazyGlobal const& lazy_global(Arguments const& arguments)
{
    return kLazyGlobals[size_t(static_cast<NativeFunction*>(arguments.callee)->data().as_number())];
}

// Replaces the accessor with a data property (writable, configurable).
ThrowCompletionOr<void> settle(VM& vm, LazyGlobal const& lazy, Value value)
{
    Object& global = *NodeHost::from(vm).realm().global_object();
    return define_property_or_throw(vm, global, key(vm, lazy.name), PropertyDescriptor::data(value, true, lazy.enumerable, true));
}

ThrowCompletionOr<Value> get_lazy_global(VM& vm, Arguments const& arguments)
{
    LazyGlobal const& global = lazy_global(arguments);
    Value value = TRY(NodeHost::from(vm).require_builtin(global.module));
    if (*global.property)
        value = TRY(get(vm, *TRY(to_object(vm, value)), key(vm, global.property)));
    TRY(settle(vm, global, value));
    return value;
}

ThrowCompletionOr<Value> set_lazy_global(VM& vm, Arguments const& arguments)
{
    TRY(settle(vm, lazy_global(arguments), arguments.at(0)));
    return Value::undefined();
}

}

void install_node_globals(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object& global = *realm.global_object();
    MUST(define_property_or_throw(vm, global, key(vm, "global"), PropertyDescriptor::data(Value::object(&global), true, false, true)));
    for (size_t i = 0; i < std::size(kLazyGlobals); ++i) {
        String* name = vm.atoms().intern_latin1(kLazyGlobals[i].name);
        auto* getter = NativeFunction::create(vm, realm, get_lazy_global, name, 0);
        getter->set_data(vm.heap(), Value::number(double(i)));
        auto* setter = NativeFunction::create(vm, realm, set_lazy_global, name, 1);
        setter->set_data(vm.heap(), Value::number(double(i)));
        MUST(define_property_or_throw(vm, global, PropertyKey::from_atom(name),
            PropertyDescriptor::accessor(Value::object(getter), Value::object(setter), kLazyGlobals[i].enumerable, true)));
    }
}

}
