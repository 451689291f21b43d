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
#include <arpa/nameser.h>
#include <netdb.h>
#include <resolv.h>

#include <cerrno>
#include <memory>
#include <cstring>
#include <string>
#include <variant>
#include <vector>

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

// One field of a record: a number, a string, or the strings of a TXT record.
using RecordField = std::variant<double, std::string, std::vector<std::string>>;
// A record as JS receives it: [type, ttl, fields...] (see parse_record).
using Record = std::vector<RecordField>;

// A DNS query run on the thread pool: the question, the servers to ask, and what came back
// (records, or the c-ares style error code Node reports: 'ENOTFOUND', 'ENODATA'...).
struct Query {
    uv_work_t work {};
    NodeHost* host { nullptr };
    Value object { Value::undefined() };
    uint64_t root_provider_id { 0 };
    std::string name;
    int type { 0 };
    std::vector<sockaddr_storage> servers; // empty: /etc/resolv.conf's
    int timeout_ms { -1 };
    int tries { -1 };
    std::string error;
    std::vector<Record> records;
};

char const* type_name(int type)
{
    switch (type) {
    case ns_t_a: return "A";
    case ns_t_aaaa: return "AAAA";
    case ns_t_cname: return "CNAME";
    case ns_t_mx: return "MX";
    case ns_t_ns: return "NS";
    case ns_t_ptr: return "PTR";
    case ns_t_soa: return "SOA";
    case ns_t_srv: return "SRV";
    case ns_t_txt: return "TXT";
    case ns_t_naptr: return "NAPTR";
    case ns_t_caa: return "CAA";
    default: return nullptr;
    }
}

// The domain name at `at` inside the message (compression pointers followed).
bool read_name(ns_msg const& message, unsigned char const* at, std::string& name)
{
    char buffer[NS_MAXDNAME];
    if (ns_name_uncompress(ns_msg_base(message), ns_msg_end(message), at, buffer, sizeof buffer) < 0)
        return false;
    name = buffer;
    return true;
}

// A <character-string>: a length byte, then that many bytes; advances `at`.
bool read_character_string(unsigned char const*& at, unsigned char const* end, std::string& text)
{
    if (at >= end || at + 1 + *at > end)
        return false;
    text.assign(reinterpret_cast<char const*>(at + 1), *at);
    at += 1 + *at;
    return true;
}

// The fields of one answer record, after [type, ttl]: A/AAAA address; CNAME/NS/PTR name; MX
// priority, exchange; TXT [strings]; SRV priority, weight, port, name; SOA nsname, hostmaster,
// serial, refresh, retry, expire, minttl; NAPTR order, preference, flags, service, regexp,
// replacement; CAA flags, tag, value. False for a malformed record.
bool parse_record(ns_msg const& message, ns_rr const& rr, Record& record)
{
    unsigned char const* data = ns_rr_rdata(rr);
    unsigned char const* end = data + ns_rr_rdlen(rr);
    std::string text;
    auto number16 = [&](size_t offset) { return double(ns_get16(data + offset)); };
    switch (ns_rr_type(rr)) {
    case ns_t_a:
    case ns_t_aaaa: {
        char address[INET6_ADDRSTRLEN];
        bool ipv4 = ns_rr_type(rr) == ns_t_a;
        if (ns_rr_rdlen(rr) != (ipv4 ? 4 : 16) || !inet_ntop(ipv4 ? AF_INET : AF_INET6, data, address, sizeof address))
            return false;
        record.emplace_back(std::string(address));
        return true;
    }
    case ns_t_cname:
    case ns_t_ns:
    case ns_t_ptr:
        if (!read_name(message, data, text))
            return false;
        record.emplace_back(text);
        return true;
    case ns_t_mx:
        if (ns_rr_rdlen(rr) < 3 || !read_name(message, data + 2, text))
            return false;
        record.emplace_back(number16(0));
        record.emplace_back(text);
        return true;
    case ns_t_txt: {
        std::vector<std::string> strings;
        for (unsigned char const* at = data; at < end;) {
            if (!read_character_string(at, end, text))
                return false;
            strings.push_back(text);
        }
        record.emplace_back(strings);
        return true;
    }
    case ns_t_srv:
        if (ns_rr_rdlen(rr) < 7 || !read_name(message, data + 6, text))
            return false;
        record.insert(record.end(), { number16(0), number16(2), number16(4), text });
        return true;
    case ns_t_soa: {
        std::string hostmaster;
        unsigned char const* at = data;
        if (!read_name(message, at, text) || ns_name_skip(&at, end) < 0 || !read_name(message, at, hostmaster)
            || ns_name_skip(&at, end) < 0 || at + 20 > end)
            return false;
        record.insert(record.end(), { text, hostmaster });
        for (size_t i = 0; i < 5; ++i)
            record.emplace_back(double(ns_get32(at + 4 * i)));
        return true;
    }
    case ns_t_naptr: {
        if (ns_rr_rdlen(rr) < 4)
            return false;
        record.insert(record.end(), { number16(0), number16(2) });
        unsigned char const* at = data + 4;
        for (int i = 0; i < 3; ++i) {
            if (!read_character_string(at, end, text))
                return false;
            record.emplace_back(text);
        }
        if (!read_name(message, at, text))
            return false;
        record.emplace_back(text);
        return true;
    }
    case ns_t_caa: {
        unsigned char const* at = data + 1;
        if (ns_rr_rdlen(rr) < 2 || !read_character_string(at, end, text))
            return false;
        record.insert(record.end(), { double(data[0]), text, std::string(reinterpret_cast<char const*>(at), end - at) });
        return true;
    }
    default:
        return false;
    }
}

// The response code of a DNS answer as Node (c-ares) names its failures.
char const* rcode_error(int rcode)
{
    switch (rcode) {
    case ns_r_formerr: return "EFORMERR";
    case ns_r_servfail: return "ESERVFAIL";
    case ns_r_nxdomain: return "ENOTFOUND";
    case ns_r_notimpl: return "ENOTIMP";
    case ns_r_refused: return "EREFUSED";
    default: return "EBADRESP";
    }
}

// On the thread pool: asks the servers and parses the answer.
void run_query(uv_work_t* work)
{
    auto& query = *static_cast<Query*>(work->data);
    struct __res_state state {};
    if (res_ninit(&state) != 0) {
        query.error = "ECONNREFUSED";
        return;
    }
    std::vector<sockaddr_in6> ipv6_servers(query.servers.size());
    if (!query.servers.empty()) {
        state.nscount = 0;
        for (size_t i = 0; i < query.servers.size() && i < MAXNS; ++i) {
            state._u._ext.nsaddrs[i] = nullptr;
            if (query.servers[i].ss_family == AF_INET6) {
                std::memcpy(&ipv6_servers[i], &query.servers[i], sizeof(sockaddr_in6));
                state._u._ext.nsaddrs[i] = &ipv6_servers[i];
                state.nsaddr_list[i].sin_family = 0;
            } else {
                std::memcpy(&state.nsaddr_list[i], &query.servers[i], sizeof(sockaddr_in));
            }
            ++state.nscount;
        }
    }
    if (query.timeout_ms >= 0)
        state.retrans = query.timeout_ms < 1000 ? 1 : query.timeout_ms / 1000;
    if (query.tries > 0)
        state.retry = query.tries;
    unsigned char answer[NS_MAXMSG];
    errno = 0;
    int length = res_nquery(&state, query.name.c_str(), ns_c_in, query.type, answer, sizeof answer);
    int resolver_error = state.res_h_errno;
    res_nclose(&state);
    if (length < 0) {
        // res_nquery turns answers with an error code into h_errno.
        if (resolver_error == HOST_NOT_FOUND)
            query.error = "ENOTFOUND";
        else if (resolver_error == NO_DATA)
            query.error = "ENODATA";
        else if (resolver_error == NO_RECOVERY)
            query.error = "EREFUSED";
        else if (errno == ECONNREFUSED)
            query.error = "ECONNREFUSED";
        else
            query.error = "ETIMEOUT";
        return;
    }
    ns_msg message;
    if (ns_initparse(answer, length, &message) < 0) {
        query.error = "EBADRESP";
        return;
    }
    if (int rcode = ns_msg_getflag(message, ns_f_rcode); rcode != ns_r_noerror) {
        query.error = rcode_error(rcode);
        return;
    }
    for (int i = 0; i < ns_msg_count(message, ns_s_an); ++i) {
        ns_rr rr;
        if (ns_parserr(&message, ns_s_an, i, &rr) < 0) {
            query.error = "EBADRESP";
            return;
        }
        char const* name = type_name(ns_rr_type(rr));
        if (!name || (query.type != ns_t_any && ns_rr_type(rr) != query.type))
            continue;
        Record record { std::string(name), double(ns_rr_ttl(rr)) };
        if (!parse_record(message, rr, record)) {
            query.error = "EBADRESP";
            return;
        }
        query.records.push_back(std::move(record));
    }
    if (query.records.empty())
        query.error = "ENODATA";
}

Value field_value(VM& vm, RecordField const& field)
{
    if (auto const* number = std::get_if<double>(&field))
        return Value::number(*number);
    if (auto const* text = std::get_if<std::string>(&field))
        return string_value(vm, *text);
    ValueList strings(vm.heap());
    for (auto const& text : std::get<std::vector<std::string>>(field))
        strings.append(string_value(vm, text));
    return Value::object(create_array_from_list(vm, strings.span()));
}

// Back on the loop: oncomplete(error code or null, [[type, ttl, fields...]...]).
void after_query(uv_work_t* work, int status)
{
    std::unique_ptr<Query> query(static_cast<Query*>(work->data));
    NodeHost& host = *query->host;
    VM& vm = host.vm();
    Value object = query->object;
    vm.heap().remove_root_provider(query->root_provider_id);
    if (host.loop().tearing_down())
        return;
    Value error = Value::null();
    if (status == UV_ECANCELED)
        error = string_value(vm, "ECANCELLED");
    else if (!query->error.empty())
        error = string_value(vm, query->error);
    ValueList records(vm.heap());
    for (Record const& record : query->records) {
        ValueList fields(vm.heap());
        for (RecordField const& field : record)
            fields.append(field_value(vm, field));
        records.append(Value::object(create_array_from_list(vm, fields.span())));
    }
    Value arguments[] = { error, Value::object(create_array_from_list(vm, records.span())) };
    auto oncomplete = get(vm, *object.as_object(), key(vm, "oncomplete"));
    if (oncomplete.is_throw()) {
        host.trigger_uncaught_exception(vm.take_pending_exception(), false);
        return;
    }
    host.call_into_js(oncomplete.value(), object, arguments);
}

// query ( req, name, type, servers, timeoutMs, tries ): type a name ('A', 'MX'... or 'ANY');
// servers [[address, port]...] (empty: the system's). 0, or a negative libuv error.
ThrowCompletionOr<Value> query(VM& vm, Arguments const& arguments)
{
    auto query = std::make_unique<Query>();
    query->name = TRY(utf8_argument(vm, arguments.at(1)));
    std::string type = TRY(utf8_argument(vm, arguments.at(2)));
    static constexpr int kTypes[] = { ns_t_a, ns_t_aaaa, ns_t_cname, ns_t_mx, ns_t_ns, ns_t_ptr, ns_t_soa, ns_t_srv,
        ns_t_txt, ns_t_naptr, ns_t_caa };
    query->type = type == "ANY" ? int(ns_t_any) : 0;
    for (int candidate : kTypes) {
        if (type == type_name(candidate))
            query->type = candidate;
    }
    if (query->type == 0)
        return vm.throw_type_error(vm.current_realm(), "query: unknown record type");
    Value servers = arguments.at(3);
    if (servers.is_object()) {
        auto count = size_t(TRY(to_number(vm, TRY(get(vm, *servers.as_object(), key(vm, "length"))))));
        for (size_t i = 0; i < count; ++i) {
            Value server = TRY(get(vm, *servers.as_object(), PropertyKey::from_index(uint32_t(i))));
            std::string address = TRY(utf8_argument(vm, TRY(get(vm, *TRY(to_object(vm, server)), PropertyKey::from_index(0)))));
            auto port = int(TRY(to_number(vm, TRY(get(vm, *TRY(to_object(vm, server)), PropertyKey::from_index(1))))));
            sockaddr_storage storage {};
            if (uv_ip4_addr(address.c_str(), port, reinterpret_cast<sockaddr_in*>(&storage)) != 0
                && uv_ip6_addr(address.c_str(), port, reinterpret_cast<sockaddr_in6*>(&storage)) != 0)
                return Value::number(UV_EINVAL);
            query->servers.push_back(storage);
        }
    }
    query->timeout_ms = int(TRY(to_number(vm, arguments.at(4))));
    query->tries = int(TRY(to_number(vm, arguments.at(5))));
    NodeHost& host = NodeHost::from(vm);
    query->host = &host;
    query->object = arguments.at(0);
    Query* pending = query.get();
    pending->work.data = pending;
    pending->root_provider_id = vm.heap().add_root_provider(
        [pending](gc::Visitor& visitor) { visitor.visit_value_bits(pending->object.bits()); });
    int error = uv_queue_work(host.loop().uv(), &pending->work, run_query, after_query);
    if (error < 0) {
        vm.heap().remove_root_provider(pending->root_provider_id);
        return Value::number(error);
    }
    (void)query.release();
    return Value::number(0);
}

}

Object* create_dns_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "getaddrinfo", getaddrinfo, 5);
    define_native_method(vm, realm, *binding, "getnameinfo", getnameinfo, 3);
    define_native_method(vm, realm, *binding, "query", query, 6);
    define_data(vm, *binding, "AI_ADDRCONFIG", Value::number(AI_ADDRCONFIG));
    define_data(vm, *binding, "AI_ALL", Value::number(AI_ALL));
    define_data(vm, *binding, "AI_V4MAPPED", Value::number(AI_V4MAPPED));
    return binding;
}

}
