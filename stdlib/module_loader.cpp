#include "stdlib/module_loader.h"

#include "interpreter/modules.h"
#include "parser/source.h"
#include "parser/syntax_error.h"
#include "runtime/builtins/json/json.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/environment.h"
#include "runtime/module_record.h"
#include "runtime/module_resolution.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/abstract_operations.h"
#include "runtime/value_array.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/read_source.h"

#include <filesystem>

namespace sable::stdlib {

using namespace runtime;

namespace {

namespace fs = std::filesystem;

std::string utf8(VM& vm, String* string) { return string->to_utf8(vm.heap()); }

int hex_digit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The path of a file: URL (percent-escapes decoded), or nullopt if it is malformed.
std::optional<std::string> file_url_to_path(std::string_view url)
{
    url.remove_prefix(std::string_view("file://").size());
    std::string path;
    for (size_t i = 0; i < url.size(); ++i) {
        if (url[i] != '%') {
            path += url[i];
            continue;
        }
        if (i + 2 >= url.size() || hex_digit(url[i + 1]) < 0 || hex_digit(url[i + 2]) < 0)
            return std::nullopt;
        path += char(hex_digit(url[i + 1]) * 16 + hex_digit(url[i + 2]));
        i += 2;
    }
    return path;
}

// pathToFileURL: the characters a path may hold as they are, the others percent-encoded.
std::string path_to_file_url(std::string const& path)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string url = "file://";
    for (unsigned char c : path) {
        bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || std::string_view("/-_.!~*'()@:+,;=&$").find(char(c)) != std::string_view::npos;
        if (plain) {
            url += char(c);
        } else {
            url += '%';
            url += kHex[c >> 4];
            url += kHex[c & 15];
        }
    }
    return url;
}

// An absolute path without "." and ".." parts, with symbolic links resolved where the file
// exists (Node's default).
std::string normalize(fs::path const& path)
{
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(fs::absolute(path, error), error);
    return (error ? fs::absolute(path).lexically_normal() : canonical).string();
}

ThrowCompletion throw_with_code(VM& vm, Realm& realm, ErrorKind kind, std::string const& message, char const* code)
{
    (void)vm.throw_error(realm, kind, message);
    Value error = vm.pending_exception();
    MUST(create_data_property(vm, *error.as_object(), PropertyKey::from_atom(vm.atoms().intern_latin1("code")),
        Value::string(String::from_utf8(vm.heap(), code))));
    return ThrowCompletion {};
}

}

ModuleLoader::ModuleLoader(VM& vm, NodeHost* host)
    : m_vm(vm)
    , m_host(host)
{
    m_root_provider_id = vm.heap().add_root_provider([this](gc::Visitor& visitor) {
        for (auto const& [key, module] : m_modules) {
            visitor.visit(std::get<0>(key));
            visitor.visit(module);
        }
    });
    vm.set_module_loader([this](VM& vm, Realm& realm, std::string_view referrer, String* specifier,
                             ValueArray* attributes) -> ThrowCompletionOr<ModuleRecord*> {
        // Only the "type" attribute is supported, with "json" (16.2.1.8 HostLoadImportedModule,
        // via AllImportAttributesSupported): a SyntaxError as the spec says, Node's errors in
        // the Node host.
        std::string type;
        for (uint32_t i = 0; attributes && i + 1 < attributes->size(); i += 2) {
            std::string key = utf8(vm, attributes->at(i).as_string());
            std::string value = utf8(vm, attributes->at(i + 1).as_string());
            if (key != "type" && !m_host)
                return vm.throw_syntax_error(realm, "Import attribute \"" + key + "\" is not supported");
            if (key != "type")
                return throw_with_code(vm, realm, ErrorKind::TypeError, "Import attribute \"" + key + "\" with value \"" + value
                    + "\" is not supported", "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED");
            if (value != "json")
                return throw_with_code(vm, realm, ErrorKind::TypeError, "Import attribute type \"" + value + "\" is unsupported",
                    "ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED");
            type = value;
        }
        return load(realm, referrer, utf8(vm, specifier), type);
    });
    vm.set_import_meta_initializer([host](VM& vm, Object& import_meta, ModuleRecord& module) {
        // Node's import.meta of a file module: url, filename, dirname and (in the Node host)
        // resolve.
        fs::path path = fs::absolute(utf8(vm, module.path()));
        auto define = [&](char const* name, Value value) {
            MUST(create_data_property(vm, import_meta, PropertyKey::from_atom(vm.atoms().intern_latin1(name)), value));
        };
        define("dirname", string_value(vm, path.parent_path().string()));
        define("filename", string_value(vm, path.string()));
        define("url", string_value(vm, path_to_file_url(path.string())));
        if (!host)
            return;
        // The library makes resolve (lib/internal/modules/esm/loader.js); it cannot fail once
        // the module graph loaded through that library.
        Value library = MUST(host->require_builtin("internal/modules/esm/loader"));
        Value factory = MUST(get(vm, *library.as_object(), key(vm, "createImportMetaResolve")));
        Value filename = string_value(vm, path.string());
        define("resolve", MUST(call(vm, factory, Value::undefined(), { &filename, 1 })));
    });
}

ModuleLoader::~ModuleLoader()
{
    m_vm.heap().remove_root_provider(m_root_provider_id);
    m_vm.set_module_loader(nullptr);
    m_vm.set_import_meta_initializer(nullptr);
}

ThrowCompletionOr<ModuleRecord*> ModuleLoader::parse(Realm& realm, std::shared_ptr<parser::SourceFile const> source)
{
    auto parsed = interpreter::parse_module(m_vm, realm, source);
    if (auto* error = std::get_if<parser::SyntaxError>(&parsed)) {
        std::string where = source->name() + ":" + std::to_string(error->position.line) + ":" + std::to_string(error->position.column);
        return m_vm.throw_syntax_error(realm, error->message + " (" + where + ")");
    }
    return std::get<ModuleRecord*>(parsed);
}

ThrowCompletionOr<ModuleRecord*> ModuleLoader::load_main_module(Realm& realm, std::shared_ptr<parser::SourceFile const> source)
{
    ModuleRecord* module = TRY(parse(realm, source));
    m_modules[{ &realm, normalize(source->name()), "module" }] = module;
    return module;
}

ThrowCompletionOr<ValueArray*> ModuleLoader::array_elements(Value array)
{
    Object& object = *array.as_object();
    uint64_t length = TRY(length_of_array_like(m_vm, object));
    ValueList elements(m_vm.heap(), uint32_t(length));
    for (uint64_t i = 0; i < length; ++i)
        elements.append(TRY(get(m_vm, object, PropertyKey::from_index(uint32_t(i)))));
    return elements.array();
}

ThrowCompletionOr<ModuleLoader::Resolution> ModuleLoader::resolve_file(Realm& realm, std::string_view referrer,
    std::string const& specifier, std::string const& type)
{
    // Relative and absolute paths, and file: URLs.
    fs::path path;
    if (specifier.starts_with("file://")) {
        auto decoded = file_url_to_path(specifier);
        if (!decoded)
            return throw_with_code(m_vm, realm, ErrorKind::TypeError, "Invalid URL: " + specifier, "ERR_INVALID_URL");
        path = *decoded;
    } else if (specifier.starts_with("/")) {
        path = specifier;
    } else if (specifier.starts_with("./") || specifier.starts_with("../") || specifier == "." || specifier == "..") {
        fs::path base = referrer.empty() ? fs::current_path() : fs::absolute(fs::path(referrer)).parent_path();
        path = base / specifier;
    } else {
        return throw_with_code(m_vm, realm, ErrorKind::Error,
            "Cannot import '" + specifier + "': packages and built-in modules (bare specifiers) need the Node host",
            "ERR_UNSUPPORTED_RESOLVE_REQUEST");
    }
    std::string resolved = normalize(path);
    if (type != "json" && resolved.ends_with(".json")) {
        return throw_with_code(m_vm, realm, ErrorKind::TypeError,
            "Module \"" + path_to_file_url(resolved) + "\" needs an import attribute of \"type: json\"", "ERR_IMPORT_ATTRIBUTE_MISSING");
    }
    if (fs::status(resolved).type() != fs::file_type::regular) {
        std::string from = referrer.empty() ? std::string() : " imported from " + normalize(fs::path(referrer));
        return throw_with_code(m_vm, realm, ErrorKind::Error, "Cannot find module '" + resolved + "'" + from, "ERR_MODULE_NOT_FOUND");
    }
    return Resolution { type == "json" ? "json" : "module", resolved, nullptr, nullptr, Value::undefined() };
}

ThrowCompletionOr<ModuleLoader::Resolution> ModuleLoader::resolve_in_library(std::string_view referrer,
    std::string const& specifier, std::string const& type)
{
    // lib/internal/modules/esm/loader.js answers [format, key] for files this loader reads,
    // [format, key, names, values] for modules of values, [format, key, names, evaluate] for
    // modules whose values come when they are evaluated (CommonJS).
    Value library = TRY(m_host->require_builtin("internal/modules/esm/loader"));
    Value load_function = TRY(get(m_vm, *library.as_object(), key(m_vm, "load")));
    std::string referrer_path = referrer.empty() || referrer.starts_with("[") ? std::string(referrer) : normalize(fs::path(referrer));
    Value arguments[] = { string_value(m_vm, specifier), string_value(m_vm, referrer_path),
        type.empty() ? Value::undefined() : string_value(m_vm, type) };
    Value answer = TRY(call(m_vm, load_function, Value::undefined(), arguments));
    ValueArray* fields = TRY(array_elements(answer));
    Resolution resolution { utf8(m_vm, fields->at(0).as_string()), utf8(m_vm, fields->at(1).as_string()), nullptr, nullptr,
        Value::undefined() };
    if (fields->size() > 2) {
        resolution.names = TRY(array_elements(fields->at(2)));
        if (is_callable(fields->at(3)))
            resolution.evaluate = fields->at(3);
        else
            resolution.values = TRY(array_elements(fields->at(3)));
    }
    return resolution;
}

void ModuleLoader::set_builtin_exports(Realm& realm, std::string const& key, ValueArray* values)
{
    auto found = m_modules.find(std::make_tuple(&realm, key, std::string("builtin")));
    if (found == m_modules.end())
        return;
    // SetSyntheticModuleExport (16.2.1.7.3) for each name: its binding is slot i.
    for (uint32_t i = 0; i < values->size(); ++i)
        found->second->environment()->set_slot(m_vm.heap(), i, values->at(i));
}

ThrowCompletionOr<ModuleRecord*> ModuleLoader::load(Realm& realm, std::string_view referrer, std::string const& specifier,
    std::string const& type)
{
    Resolution resolution = TRY(m_host ? resolve_in_library(referrer, specifier, type) : resolve_file(realm, referrer, specifier, type));
    auto cache_key = std::make_tuple(&realm, resolution.key, resolution.format);
    if (auto found = m_modules.find(cache_key); found != m_modules.end())
        return found->second;

    ModuleRecord* module = nullptr;
    String* path = String::from_utf8(m_vm.heap(), resolution.key);
    if (resolution.names && resolution.values) {
        module = interpreter::create_synthetic_module(m_vm, realm, path, resolution.names, resolution.values);
    } else if (resolution.names) {
        module = interpreter::create_synthetic_module_with_steps(m_vm, realm, path, resolution.names, resolution.evaluate);
    } else {
        std::string text;
        std::string error;
        if (!read_source_file(resolution.key, text, error))
            return throw_with_code(m_vm, realm, ErrorKind::Error, "Cannot read module '" + resolution.key + "': " + error, "ERR_MODULE_NOT_FOUND");
        if (resolution.format == "json") {
            // 16.2.1.8: ParseJSONModule, then a synthetic module exporting the value as "default".
            Value value = TRY(builtins::json::parse_json(m_vm, String::from_utf8(m_vm.heap(), text)));
            module = interpreter::create_default_export_module(m_vm, realm, path, value);
        } else {
            module = TRY(parse(realm, std::make_shared<parser::SourceFile const>(resolution.key, std::move(text))));
        }
    }
    m_modules[cache_key] = module;
    return module;
}

ThrowCompletionOr<Value> ModuleLoader::require_module(Realm& realm, std::string const& filename)
{
    ModuleRecord* module = TRY(load(realm, "", filename, ""));
    TRY(interpreter::load_requested_modules(m_vm, *module));
    TRY(interpreter::link_module(m_vm, *module));
    Promise* evaluated = interpreter::evaluate_module(m_vm, *module);
    if (evaluated->state() == Promise::State::Rejected) {
        // The error goes to require()'s caller, not to the unhandled rejections.
        evaluated->set_handled();
        m_vm.host_promise_rejection_tracker(*evaluated, PromiseRejectionOperation::Handle);
        return m_vm.throw_value(evaluated->result());
    }
    if (evaluated->state() == Promise::State::Pending)
        return throw_with_code(m_vm, realm, ErrorKind::Error, "require() cannot be used on an ESM graph with top-level await. "
            "Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.",
            "ERR_REQUIRE_ASYNC_MODULE");
    Object* namespace_object = TRY(get_module_namespace(m_vm, *module));
    if (!TRY(has_property(m_vm, *namespace_object, key(m_vm, "default")))
        || TRY(has_property(m_vm, *namespace_object, key(m_vm, "__esModule"))))
        return Value::object(namespace_object);
    // With a default export, Node hands out a facade that also says `__esModule: true` (for
    // code transpiled from ES modules), its other bindings live views of the module's.
    auto facade_key = std::make_tuple(&realm, filename, std::string("require-facade"));
    ModuleRecord* facade = nullptr;
    if (auto found = m_modules.find(facade_key); found != m_modules.end()) {
        facade = found->second;
    } else {
        std::string quoted = "\"" + path_to_file_url(filename) + "\"";
        std::string text = "export * from " + quoted + ";\nexport { default } from " + quoted + ";\nexport const __esModule = true;\n";
        facade = TRY(parse(realm, std::make_shared<parser::SourceFile const>(filename, std::move(text))));
        m_modules[facade_key] = facade;
        TRY(interpreter::load_requested_modules(m_vm, *facade));
        TRY(interpreter::link_module(m_vm, *facade));
        (void)interpreter::evaluate_module(m_vm, *facade);
    }
    return Value::object(TRY(get_module_namespace(m_vm, *facade)));
}

}
