// internalBinding('v8'): the engine's heap figures for lib/v8.js (getHeapStatistics and
// friends), as [allocated bytes (in blocks, free cells included), live bytes after the last
// collection, external bytes, the heap limit, young collections, full collections].

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

ThrowCompletionOr<Value> heap_statistics(VM& vm, Arguments const&)
{
    gc::HeapStatistics statistics = vm.heap().statistics();
    Value parts[] = {
        Value::number(double(statistics.allocated_bytes)),
        Value::number(double(statistics.live_bytes_after_last_gc)),
        Value::number(double(statistics.external_bytes)),
        Value::number(double(vm.heap().options().max_heap_bytes)),
        Value::number(double(statistics.young_collections)),
        Value::number(double(statistics.full_collections)),
    };
    return Value::object(create_array_from_list(vm, parts));
}

}

Object* create_v8_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "heapStatistics", heap_statistics, 0);
    return binding;
}

}
