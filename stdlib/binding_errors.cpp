// internalBinding('errors'): the library's way to hand an exception to the host's
// uncaught-exception path (a timer or tick callback threw).

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

namespace sable::stdlib {

using namespace runtime;

namespace {

// triggerUncaughtException ( error, fromPromise )
ThrowCompletionOr<Value> trigger_uncaught_exception(VM& vm, Arguments const& arguments)
{
    NodeHost::from(vm).trigger_uncaught_exception(arguments.at(0), to_boolean(arguments.at(1)));
    return Value::undefined();
}

}

Object* create_errors_binding(NodeHost& host)
{
    Object* binding = Object::create(host.vm(), host.realm().object_prototype());
    define_native_method(host.vm(), host.realm(), *binding, "triggerUncaughtException", trigger_uncaught_exception, 2);
    return binding;
}

}
