#include "runtime/builtins/proxy/proxy_constructor.h"

#include "runtime/atom_table.h"
#include "runtime/error_types.h"
#include "runtime/native_function.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::proxy_constructor {

// Proxy ( target, handler ) — https://tc39.es/ecma262/#sec-proxy-target-handler
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "Proxy" });
    // 2. Return ? ProxyCreate(target, handler).
    return Value::object(TRY(ProxyObject::create(vm, arguments.at(0), arguments.at(1))));
}

namespace {

// A Proxy revocation function (28.2.2.1.1): its data is the proxy, until it has run once.
ThrowCompletionOr<Value> revoke(VM& vm, Arguments const& arguments)
{
    auto& function = static_cast<NativeFunction&>(*arguments.callee);
    // 1-3. Once revoked, calling it again does nothing.
    Value proxy = function.data();
    if (proxy.is_null())
        return Value::undefined();
    function.set_data(vm.heap(), Value::null());
    // 4-6. [[ProxyTarget]] and [[ProxyHandler]] become null.
    as_proxy(*proxy.as_object())->revoke();
    return Value::undefined();
}

}

// Proxy.revocable ( target, handler ) — https://tc39.es/ecma262/#sec-proxy.revocable
ThrowCompletionOr<Value> revocable(VM& vm, Arguments const& arguments)
{
    // 1. Let proxy be ? ProxyCreate(target, handler).
    ProxyObject* proxy = TRY(ProxyObject::create(vm, arguments.at(0), arguments.at(1)));
    // 2-4. The revoker, with [[RevocableProxy]] proxy; "length" 0, name "".
    NativeFunction* revoker = NativeFunction::create(vm, vm.current_realm(), revoke, vm.atoms().empty, 0);
    revoker->set_data(vm.heap(), Value::object(proxy));
    // 5-7. { proxy, revoke }.
    Object* result = Object::create(vm, vm.current_realm().object_prototype());
    MUST(create_data_property_or_throw(vm, *result, PropertyKey::from_atom(vm.atoms().intern_latin1("proxy")), Value::object(proxy)));
    MUST(create_data_property_or_throw(vm, *result, PropertyKey::from_atom(vm.atoms().intern_latin1("revoke")), Value::object(revoker)));
    return Value::object(result);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/proxy/proxy_constructor.def"
}

}
