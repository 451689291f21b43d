// internalBinding('dns'): name resolution for lib/dns.js: getaddrinfo and getnameinfo on the
// loop's thread pool (libuv), and DNS queries through the C library's resolver (libresolv).
// The loop calls req.oncomplete(status, ...) when an operation is done; status is 0 or a
// negative libuv error (getaddrinfo's EAI_* codes as libuv maps them).

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <uv.h>

#include <arpa/inet.h>
#include <netdb.h>

#include <cstring>
#include <string>

namespace sable::stdlib {

using namespace runtime;

namespace {

// A getaddrinfo or getnameinfo request and its JS request object (rooted while it runs).
template<typename UvRequest>
struct Lookup {
    UvRequest request {};
    NodeHost* host { nullptr };
    Value object { Value::undefined() };
    uint64_t root_provider_id { 0 };
    int order { 0 }; // getaddrinfo: how to order the addresses
};

template<typename UvRequest>
Lookup<UvRequest>* new_lookup(VM& vm, Value object)
{
    auto* lookup = new Lookup<UvRequest> {};
    lookup->host = &NodeHost::from(vm);
    lookup->object = object;
    lookup->request.data = lookup;
    lookup->root_provider_id = vm.heap().add_root_provider(
        [lookup](gc::Visitor& visitor) { visitor.visit_value_bits(lookup->object.bits()); });
    return lookup;
}

// Unroots and frees the request; calls its object's oncomplete(arguments) unless the loop is
// ending.
template<typename UvRequest>
void finish(Lookup<UvRequest>* lookup, std::span<Value const> arguments)
{
    NodeHost& host = *lookup->host;
    VM& vm = host.vm();
    Value object = lookup->object;
    vm.heap().remove_root_provider(lookup->root_provider_id);
    delete lookup;
    if (host.loop().tearing_down())
        return;
    auto oncomplete = get(vm, *object.as_object(), key(vm, "oncomplete"));
    if (oncomplete.is_throw()) {
        host.trigger_uncaught_exception(vm.take_pending_exception(), false);
        return;
    }
    host.call_into_js(oncomplete.value(), object, arguments);
}

// oncomplete(status, addresses): the addresses as strings, IPv4 ones first for order 'ipv4first'
// (1), IPv6 ones first for 'ipv6first' (2), else as the system gave them (0, 'verbatim').
void on_getaddrinfo(uv_getaddrinfo_t* request, int status, addrinfo* result)
{
    auto* lookup = static_cast<Lookup<uv_getaddrinfo_t>*>(request->data);
    VM& vm = lookup->host->vm();
    int order = lookup->order;
    ValueList addresses(vm.heap());
    if (status == 0) {
        for (int family_pass = 0; family_pass < (order == 0 ? 1 : 2); ++family_pass) {
            int wanted = order == 0 ? 0 : ((order == 1) == (family_pass == 0) ? AF_INET : AF_INET6);
            for (addrinfo* entry = result; entry; entry = entry->ai_next) {
                if (entry->ai_socktype != SOCK_STREAM && entry->ai_socktype != 0)
                    continue;
                if (wanted && entry->ai_family != wanted)
                    continue;
                char text[INET6_ADDRSTRLEN] = {};
                if (entry->ai_family == AF_INET)
                    uv_ip4_name(reinterpret_cast<sockaddr_in*>(entry->ai_addr), text, sizeof text);
                else if (entry->ai_family == AF_INET6)
                    uv_ip6_name(reinterpret_cast<sockaddr_in6*>(entry->ai_addr), text, sizeof text);
                else
                    continue;
                addresses.append(string_value(vm, text));
            }
        }
    }
    uv_freeaddrinfo(result);
    Value list = Value::object(create_array_from_list(vm, addresses.span()));
    Value arguments[] = { Value::number(status), list };
    finish(lookup, arguments);
}

// getaddrinfo ( req, hostname, family (0, 4 or 6), hints (AI_* flags), order ): 0 or an error.
ThrowCompletionOr<Value> getaddrinfo(VM& vm, Arguments const& arguments)
{
    std::string hostname = TRY(utf8_argument(vm, arguments.at(1)));
    auto family = int(TRY(to_number(vm, arguments.at(2))));
    auto hints_flags = int(TRY(to_number(vm, arguments.at(3))));
    auto order = int(TRY(to_number(vm, arguments.at(4))));
    addrinfo hints {};
    hints.ai_family = family == 4 ? AF_INET : family == 6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = hints_flags;
    auto* lookup = new_lookup<uv_getaddrinfo_t>(vm, arguments.at(0));
    lookup->order = order;
    int error = uv_getaddrinfo(NodeHost::from(vm).loop().uv(), &lookup->request, on_getaddrinfo, hostname.c_str(), nullptr, &hints);
    if (error < 0) {
        vm.heap().remove_root_provider(lookup->root_provider_id);
        delete lookup;
    }
    return Value::number(error);
}

// oncomplete(status, hostname, service)
void on_getnameinfo(uv_getnameinfo_t* request, int status, char const* hostname, char const* service)
{
    auto* lookup = static_cast<Lookup<uv_getnameinfo_t>*>(request->data);
    VM& vm = lookup->host->vm();
    Value host_name = status == 0 ? string_value(vm, hostname) : Value::undefined();
    Value service_name = status == 0 ? string_value(vm, service) : Value::undefined();
    Value arguments[] = { Value::number(status), host_name, service_name };
    finish(lookup, arguments);
}

// getnameinfo ( req, address, port ): 0 or an error (EINVAL for a bad address).
ThrowCompletionOr<Value> getnameinfo(VM& vm, Arguments const& arguments)
{
    std::string address = TRY(utf8_argument(vm, arguments.at(1)));
    auto port = int(TRY(to_number(vm, arguments.at(2))));
    sockaddr_storage storage {};
    if (uv_ip4_addr(address.c_str(), port, reinterpret_cast<sockaddr_in*>(&storage)) != 0
        && uv_ip6_addr(address.c_str(), port, reinterpret_cast<sockaddr_in6*>(&storage)) != 0)
        return Value::number(UV_EINVAL);
    auto* lookup = new_lookup<uv_getnameinfo_t>(vm, arguments.at(0));
    int error = uv_getnameinfo(NodeHost::from(vm).loop().uv(), &lookup->request, on_getnameinfo,
        reinterpret_cast<sockaddr*>(&storage), NI_NAMEREQD);
    if (error < 0) {
        vm.heap().remove_root_provider(lookup->root_provider_id);
        delete lookup;
    }
    return Value::number(error);
}

}

Object* create_dns_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "getaddrinfo", getaddrinfo, 5);
    define_native_method(vm, realm, *binding, "getnameinfo", getnameinfo, 3);
    define_data(vm, *binding, "AI_ADDRCONFIG", Value::number(AI_ADDRCONFIG));
    define_data(vm, *binding, "AI_ALL", Value::number(AI_ALL));
    define_data(vm, *binding, "AI_V4MAPPED", Value::number(AI_V4MAPPED));
    return binding;
}

}
