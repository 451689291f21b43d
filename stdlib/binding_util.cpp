// internalBinding('util'): what util.inspect needs to see that JS cannot: an object's internal
// kind, a promise's state and result, a proxy's target and handler; and libuv's error names and
// numbers.

#include "runtime/abstract_operations.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/object.h"
#include "runtime/proxy_object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

namespace sable::stdlib {

using namespace runtime;

namespace {

// objectKind ( value ): the kind of object (runtime/object_kinds.def) as a string, or
// undefined for a primitive.
ThrowCompletionOr<Value> object_kind(VM& vm, Arguments const& arguments)
{
    static constexpr char const* kNames[] = {
#define OBJECT_KIND(name, table) #name,
#include "runtime/object_kinds.def"
#undef OBJECT_KIND
    };
    Value value = arguments.at(0);
    if (!value.is_object())
        return Value::undefined();
    return string_value(vm, kNames[size_t(value.as_object()->kind())]);
}

// getPromiseDetails ( promise ): [state, result]; state 0 pending, 1 fulfilled, 2 rejected.
ThrowCompletionOr<Value> get_promise_details(VM& vm, Arguments const& arguments)
{
    Value value = arguments.at(0);
    if (!value.is_object() || value.as_object()->kind() != ObjectKind::Promise)
        return Value::undefined();
    auto* promise = static_cast<Promise*>(value.as_object());
    Value parts[] = { Value::number(double(promise->state())), promise->result() };
    return Value::object(create_array_from_list(vm, parts));
}

// getProxyDetails ( value ): [target, handler] of a proxy (null for a revoked one), else
// undefined.
ThrowCompletionOr<Value> get_proxy_details(VM& vm, Arguments const& arguments)
{
    Value value = arguments.at(0);
    if (!value.is_object())
        return Value::undefined();
    ObjectKind kind = value.as_object()->kind();
    if (kind != ObjectKind::Proxy && kind != ObjectKind::ProxyCallable && kind != ObjectKind::ProxyConstructor)
        return Value::undefined();
    auto* proxy = static_cast<ProxyObject*>(value.as_object());
    Value parts[] = { proxy->target() ? Value::object(proxy->target()) : Value::null(),
        proxy->handler() ? Value::object(proxy->handler()) : Value::null() };
    return Value::object(create_array_from_list(vm, parts));
}

// errorName ( code ): libuv's name for a (negative) error code, "ENOENT"...
ThrowCompletionOr<Value> error_name(VM& vm, Arguments const& arguments)
{
    return string_value(vm, uv_err_name(int(arguments.at(0).as_number())));
}

// errorCodes ( ): every libuv error number, in the order libuv lists them (UV_ERRNO_MAP).
ThrowCompletionOr<Value> error_codes(VM& vm, Arguments const&)
{
    static constexpr int kCodes[] = {
#define SABLE_UV_ERROR_CODE(name, description) UV_##name,
        UV_ERRNO_MAP(SABLE_UV_ERROR_CODE)
#undef SABLE_UV_ERROR_CODE
    };
    Value numbers[std::size(kCodes)];
    for (size_t i = 0; i < std::size(kCodes); i++)
        numbers[i] = Value::number(double(kCodes[i]));
    return Value::object(create_array_from_list(vm, numbers));
}

}

Object* create_util_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "objectKind", object_kind, 1);
    define_native_method(vm, realm, *binding, "getPromiseDetails", get_promise_details, 1);
    define_native_method(vm, realm, *binding, "getProxyDetails", get_proxy_details, 1);
    define_native_method(vm, realm, *binding, "errorName", error_name, 1);
    define_native_method(vm, realm, *binding, "errorCodes", error_codes, 0);
    return binding;
}

}
