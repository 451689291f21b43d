#include "stdlib/module_loader.h"

#include "interpreter/modules.h"
#include "parser/source.h"
#include "parser/syntax_error.h"
#include "runtime/builtins/json/json.h"
#include "runtime/module_record.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"
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

ModuleLoader::ModuleLoader(VM& vm)
    : m_vm(vm)
{
    m_root_provider_id = vm.heap().add_root_provider([this](gc::Visitor& visitor) {
        for (auto const& [key, module] : m_modules) {
            visitor.visit(std::get<0>(key));
            visitor.visit(module);
        }
    });
    vm.set_module_loader([this](VM& vm, Realm& realm, std::string_view referrer, String* specifier,
                             ValueArray* attributes) -> ThrowCompletionOr<ModuleRecord*> {
        // Only the "type" attribute is supported (16.2.1.8 HostLoadImportedModule, via
        // AllImportAttributesSupported).
        std::string type;
        for (uint32_t i = 0; attributes && i + 1 < attributes->size(); i += 2) {
            std::string key = utf8(vm, attributes->at(i).as_string());
            std::string value = utf8(vm, attributes->at(i + 1).as_string());
            if (key != "type")
                return vm.throw_syntax_error(realm, "Import attribute \"" + key + "\" is not supported");
            if (value != "json")
                return throw_with_code(vm, realm, ErrorKind::TypeError, "Import attribute \"type\" with value \"" + value
                    + "\" is not supported", "ERR_IMPORT_ATTRIBUTE_UNSUPPORTED");
            type = value;
        }
        return load(realm, referrer, utf8(vm, specifier), type);
    });
    vm.set_import_meta_initializer([](VM& vm, Object& import_meta, ModuleRecord& module) {
        // Node's import.meta of a file module: url, filename, dirname.
        fs::path path = fs::absolute(utf8(vm, module.path()));
        auto define = [&](char const* name, std::string const& text) {
            MUST(create_data_property(vm, import_meta, PropertyKey::from_atom(vm.atoms().intern_latin1(name)),
                Value::string(String::from_utf8(vm.heap(), text))));
        };
        define("dirname", path.parent_path().string());
        define("filename", path.string());
        define("url", path_to_file_url(path.string()));
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
    m_modules[{ &realm, normalize(source->name()), "" }] = module;
    return module;
}

ThrowCompletionOr<ModuleRecord*> ModuleLoader::load(Realm& realm, std::string_view referrer, std::string const& specifier,
    std::string const& type)
{
    // Resolve: relative and absolute paths, and file: URLs.
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
            "Cannot import '" + specifier + "': packages and built-in modules (bare specifiers) are not supported yet",
            "ERR_UNSUPPORTED_RESOLVE_REQUEST");
    }
    std::string resolved = normalize(path);
    auto key = std::make_tuple(&realm, resolved, type);
    if (auto found = m_modules.find(key); found != m_modules.end())
        return found->second;

    std::string text;
    std::string error;
    if (!read_source_file(resolved, text, error)) {
        std::string from = referrer.empty() ? std::string() : " imported from " + normalize(fs::path(referrer));
        return throw_with_code(m_vm, realm, ErrorKind::Error, "Cannot find module '" + resolved + "'" + from, "ERR_MODULE_NOT_FOUND");
    }
    ModuleRecord* module = nullptr;
    if (type == "json") {
        // 16.2.1.8: ParseJSONModule, then a synthetic module exporting the value as "default".
        String* json_text = String::from_utf8(m_vm.heap(), text);
        Value value = TRY(builtins::json::parse_json(m_vm, json_text));
        module = interpreter::create_default_export_module(m_vm, realm, String::from_utf8(m_vm.heap(), resolved), value);
    } else {
        if (resolved.ends_with(".json"))
            return throw_with_code(m_vm, realm, ErrorKind::TypeError,
                "Module \"" + path_to_file_url(resolved) + "\" needs an import attribute of \"type: json\"", "ERR_IMPORT_ATTRIBUTE_MISSING");
        module = TRY(parse(realm, std::make_shared<parser::SourceFile const>(resolved, std::move(text))));
    }
    m_modules[key] = module;
    return module;
}

}
