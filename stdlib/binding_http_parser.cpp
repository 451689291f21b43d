// internalBinding('http_parser'): HTTP/1.x message parsing with llhttp, for lib/_http_common.js.
// A parser is a C++ object named by its id (its address as a number) until free(id). execute
// and finish run llhttp over bytes and return what it found as a flat array of events, which JS
// then acts on in order (so no JS runs inside llhttp's callbacks):
//
//   kHeaders, [method or null, url, statusCode, statusMessage, versionMajor, versionMinor,
//              headers (flat [name, value, ...]), upgrade, shouldKeepAlive]
//   kBody, start, end              (a body chunk: the offsets of its bytes in the input)
//   kMessageComplete, trailers     (flat [name, value, ...])
//   kEnd, consumed                 (the last event: all input parsed, or parsing paused for an
//                                   upgrade after `consumed` bytes)
//   kError, code, reason, consumed (the last event: "HPE_INVALID_METHOD", llhttp's reason)

#include "runtime/abstract_operations.h"
#include "runtime/array.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <llhttp.h>

#include <span>
#include <string>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

enum Event : int { kHeaders = 1, kBody, kMessageComplete, kEnd, kError };

// What on_headers_complete tells llhttp about the message's body, set by JS before execute: a
// response to HEAD has none; a 2xx response to CONNECT ends parsing like an upgrade; a server
// nobody listens to 'upgrade' on reads an upgrade request (but CONNECT) as an ordinary one.
enum BodyMode : int { kNormalBody = 0, kNoBody = 1, kConnectTunnel = 2, kRefuseUpgrade = 3 };

struct Parser {
    llhttp_t llhttp;
    VM* vm;
    size_t max_header_size;
    BodyMode body_mode { kNormalBody };
    // The message being parsed. Header names and values can arrive in pieces, across executes.
    std::string url;
    std::string status_message;
    std::vector<std::string> fields; // name, value, name, value...
    bool in_value { false };
    size_t header_bytes { 0 };
    bool header_overflow { false };
    // During execute: the events array (also held on execute's stack) and the input's start.
    Object* events { nullptr };
    char const* input { nullptr };
};

Parser* parser_of(llhttp_t* llhttp) { return static_cast<Parser*>(llhttp->data); }

// Appends to an array this binding made (so the fast path always applies but is not assumed).
void append(VM& vm, Object& array, Value value)
{
    if (!try_append_to_array(vm, array, value))
        MUST(create_data_property_or_throw(vm, array, PropertyKey::from_index(array_length(array)), value));
}

void push(Parser& parser, Value value) { append(*parser.vm, *parser.events, value); }

// Counts bytes of the start line and headers (or trailers) against the limit; true when over.
bool count_header_bytes(Parser& parser, size_t length)
{
    parser.header_bytes += length;
    if (parser.header_bytes <= parser.max_header_size)
        return false;
    parser.header_overflow = true;
    return true;
}

Value fields_array(VM& vm, std::vector<std::string> const& fields)
{
    Object* array = MUST(array_create(vm, 0));
    for (std::string const& field : fields)
        append(vm, *array, string_value(vm, field));
    return Value::object(array);
}

int on_message_begin(llhttp_t* llhttp)
{
    Parser& parser = *parser_of(llhttp);
    parser.url.clear();
    parser.status_message.clear();
    parser.fields.clear();
    parser.in_value = false;
    parser.header_bytes = 0;
    return HPE_OK;
}

int on_url(llhttp_t* llhttp, char const* at, size_t length)
{
    Parser& parser = *parser_of(llhttp);
    parser.url.append(at, length);
    return count_header_bytes(parser, length) ? HPE_USER : HPE_OK;
}

int on_status(llhttp_t* llhttp, char const* at, size_t length)
{
    Parser& parser = *parser_of(llhttp);
    parser.status_message.append(at, length);
    return count_header_bytes(parser, length) ? HPE_USER : HPE_OK;
}

int on_header_field(llhttp_t* llhttp, char const* at, size_t length)
{
    Parser& parser = *parser_of(llhttp);
    if (parser.in_value || parser.fields.empty()) {
        parser.fields.emplace_back();
        parser.fields.emplace_back();
        parser.in_value = false;
    }
    parser.fields[parser.fields.size() - 2].append(at, length);
    return count_header_bytes(parser, length) ? HPE_USER : HPE_OK;
}

int on_header_value(llhttp_t* llhttp, char const* at, size_t length)
{
    Parser& parser = *parser_of(llhttp);
    parser.in_value = true;
    parser.fields.back().append(at, length);
    return count_header_bytes(parser, length) ? HPE_USER : HPE_OK;
}

int on_headers_complete(llhttp_t* llhttp)
{
    Parser& parser = *parser_of(llhttp);
    VM& vm = *parser.vm;
    bool request = llhttp->type == HTTP_REQUEST;
    if (request && parser.body_mode == kRefuseUpgrade && llhttp->method != HTTP_CONNECT)
        llhttp->upgrade = 0;
    Value method = request ? string_value(vm, llhttp_method_name(llhttp_method_t(llhttp->method))) : Value::null();
    Value url = string_value(vm, parser.url);
    Value status_message = string_value(vm, parser.status_message);
    Value headers = fields_array(vm, parser.fields);
    Value info[] = { method, url, Value::number(llhttp->status_code), status_message, Value::number(llhttp->http_major),
        Value::number(llhttp->http_minor), headers, Value::boolean(llhttp->upgrade),
        Value::boolean(llhttp_should_keep_alive(llhttp)) };
    push(parser, Value::number(kHeaders));
    push(parser, Value::object(create_array_from_list(vm, info)));
    // What follows (trailers) is counted afresh.
    parser.fields.clear();
    parser.in_value = false;
    parser.header_bytes = 0;
    if (!request && parser.body_mode == kConnectTunnel && llhttp->status_code / 100 == 2)
        return 2;
    return !request && parser.body_mode == kNoBody ? 1 : 0;
}

int on_body(llhttp_t* llhttp, char const* at, size_t length)
{
    Parser& parser = *parser_of(llhttp);
    push(parser, Value::number(kBody));
    push(parser, Value::number(double(at - parser.input)));
    push(parser, Value::number(double(at - parser.input + length)));
    return HPE_OK;
}

int on_message_complete(llhttp_t* llhttp)
{
    Parser& parser = *parser_of(llhttp);
    Value trailers = fields_array(*parser.vm, parser.fields);
    push(parser, Value::number(kMessageComplete));
    push(parser, trailers);
    parser.fields.clear();
    return HPE_OK;
}

llhttp_settings_t const* settings()
{
    static llhttp_settings_t const kSettings = [] {
        llhttp_settings_t settings;
        llhttp_settings_init(&settings);
        settings.on_message_begin = on_message_begin;
        settings.on_url = on_url;
        settings.on_status = on_status;
        settings.on_header_field = on_header_field;
        settings.on_header_value = on_header_value;
        settings.on_headers_complete = on_headers_complete;
        settings.on_body = on_body;
        settings.on_message_complete = on_message_complete;
        return settings;
    }();
    return &kSettings;
}

ThrowCompletionOr<Parser*> parser_argument(VM& vm, Value value)
{
    return reinterpret_cast<Parser*>(uintptr_t(TRY(to_number(vm, value))));
}

// Ends the events with kEnd or kError for what llhttp returned after reading from `input`.
void push_result(Parser& parser, llhttp_errno_t error, char const* input, size_t length)
{
    VM& vm = *parser.vm;
    char const* position = llhttp_get_error_pos(&parser.llhttp);
    size_t consumed = error == HPE_OK || !position ? length : size_t(position - input);
    if (error == HPE_OK || error == HPE_PAUSED_UPGRADE) {
        push(parser, Value::number(kEnd));
        push(parser, Value::number(double(consumed)));
        return;
    }
    bool overflow = error == HPE_USER && parser.header_overflow;
    push(parser, Value::number(kError));
    push(parser, string_value(vm, overflow ? "HPE_HEADER_OVERFLOW" : llhttp_errno_name(error)));
    char const* reason = llhttp_get_error_reason(&parser.llhttp);
    push(parser, string_value(vm, overflow ? "Header overflow" : reason ? reason : ""));
    push(parser, Value::number(double(consumed)));
}

// create ( isResponse, maxHeaderSize, lenient ): a new parser's id.
ThrowCompletionOr<Value> create(VM& vm, Arguments const& arguments)
{
    auto* parser = new Parser {};
    parser->vm = &vm;
    parser->max_header_size = size_t(TRY(to_number(vm, arguments.at(1))));
    llhttp_init(&parser->llhttp, to_boolean(arguments.at(0)) ? HTTP_RESPONSE : HTTP_REQUEST, settings());
    parser->llhttp.data = parser;
    if (to_boolean(arguments.at(2))) {
        llhttp_set_lenient_headers(&parser->llhttp, 1);
        llhttp_set_lenient_chunked_length(&parser->llhttp, 1);
        llhttp_set_lenient_keep_alive(&parser->llhttp, 1);
        llhttp_set_lenient_transfer_encoding(&parser->llhttp, 1);
    }
    return Value::number(double(reinterpret_cast<uintptr_t>(parser)));
}

// execute ( id, bytes, bodyMode ): the events of parsing `bytes` (a Uint8Array).
ThrowCompletionOr<Value> execute(VM& vm, Arguments const& arguments)
{
    Parser* parser = TRY(parser_argument(vm, arguments.at(0)));
    TypedArrayObject* array = as_typed_array(arguments.at(1));
    if (!array || array->is_out_of_bounds())
        return vm.throw_type_error(vm.current_realm(), "execute: the data is not a Uint8Array");
    auto* input = reinterpret_cast<char const*>(array->buffer()->data() + array->byte_offset());
    size_t length = array->byte_length();
    parser->body_mode = BodyMode(int(TRY(to_number(vm, arguments.at(2)))));
    Object* events = MUST(array_create(vm, 0));
    parser->events = events;
    parser->input = input;
    parser->header_overflow = false;
    llhttp_errno_t error = llhttp_execute(&parser->llhttp, input, length);
    push_result(*parser, error, input, length);
    parser->events = nullptr;
    return Value::object(events);
}

// finish ( id ): the events of the input's end (a message that ends with the connection, or an
// incomplete one: HPE_INVALID_EOF_STATE).
ThrowCompletionOr<Value> finish(VM& vm, Arguments const& arguments)
{
    Parser* parser = TRY(parser_argument(vm, arguments.at(0)));
    Object* events = MUST(array_create(vm, 0));
    parser->events = events;
    parser->input = nullptr;
    llhttp_errno_t error = llhttp_finish(&parser->llhttp);
    push_result(*parser, error, nullptr, 0);
    parser->events = nullptr;
    return Value::object(events);
}

// free ( id )
ThrowCompletionOr<Value> free_parser(VM& vm, Arguments const& arguments)
{
    delete TRY(parser_argument(vm, arguments.at(0)));
    return Value::undefined();
}

// The methods llhttp knows, by name.
Value method_names(VM& vm)
{
    Value names[] = {
#define SABLE_HTTP_METHOD_NAME(number, name, string) string_value(vm, #string),
        HTTP_METHOD_MAP(SABLE_HTTP_METHOD_NAME)
#undef SABLE_HTTP_METHOD_NAME
    };
    return Value::object(create_array_from_list(vm, names));
}

}

Object* create_http_parser_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "create", create, 3);
    define_native_method(vm, realm, *binding, "execute", execute, 3);
    define_native_method(vm, realm, *binding, "finish", finish, 1);
    define_native_method(vm, realm, *binding, "free", free_parser, 1);
    define_data(vm, *binding, "methods", method_names(vm));
    define_data(vm, *binding, "kHeaders", Value::number(kHeaders));
    define_data(vm, *binding, "kBody", Value::number(kBody));
    define_data(vm, *binding, "kMessageComplete", Value::number(kMessageComplete));
    define_data(vm, *binding, "kEnd", Value::number(kEnd));
    define_data(vm, *binding, "kError", Value::number(kError));
    define_data(vm, *binding, "kNoBody", Value::number(kNoBody));
    define_data(vm, *binding, "kConnectTunnel", Value::number(kConnectTunnel));
    define_data(vm, *binding, "kRefuseUpgrade", Value::number(kRefuseUpgrade));
    return binding;
}

}
