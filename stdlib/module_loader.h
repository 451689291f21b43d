#pragma once
// The Node host's ES module loader (HostLoadImportedModule): the library resolves a specifier
// Node's way and says how the file loads (lib/internal/modules/esm/loader.js); this reads and
// parses source text and JSON modules, makes built-in and CommonJS modules into modules of
// values, and keeps one module record per realm, resolved file and format so that every
// import of a file shares one module instance.
//
// Also the import.meta of file modules: url, filename and dirname, as in Node.

#include "runtime/completion.h"

#include <cstdint>
#include <map>
#include <memory>
#include <tuple>
#include <string>
#include <utility>

namespace sable::parser {
class SourceFile;
}

namespace sable::runtime {
class ModuleRecord;
class Realm;
class Value;
class ValueArray;
class VM;
}

namespace sable::stdlib {

class NodeHost;

class ModuleLoader {
public:
    // Installs itself as `vm`'s module loader and import.meta initializer. Without a Node host
    // (test262), specifiers are file paths and file: URLs only, and .json files JSON modules.
    explicit ModuleLoader(runtime::VM&, NodeHost* = nullptr);
    ~ModuleLoader();
    ModuleLoader(ModuleLoader const&) = delete;
    ModuleLoader& operator=(ModuleLoader const&) = delete;

    // The record of the source text module `source` (its name a file path), registered so that
    // imports of that file resolve to it. A syntax error is thrown as a SyntaxError naming
    // file:line:col.
    runtime::ThrowCompletionOr<runtime::ModuleRecord*> load_main_module(runtime::Realm&, std::shared_ptr<parser::SourceFile const>);

    // require() of the ES module file `filename`: its graph loaded, linked and evaluated at
    // once; its namespace object. A graph with top-level await throws ERR_REQUIRE_ASYNC_MODULE.
    runtime::ThrowCompletionOr<runtime::Value> require_module(runtime::Realm&, std::string const& filename);

    // module.syncBuiltinESMExports: the export bindings of the built-in module `key` ("node:fs"),
    // if it was imported, become `values` (in the order of its export names).
    void set_builtin_exports(runtime::Realm&, std::string const& key, runtime::ValueArray* values);

private:
    // What a specifier names: the format ("module", "json", "commonjs", "builtin"), the key
    // (a file path or "node:id"), and for modules of values their export names and values.
    struct Resolution {
        std::string format;
        std::string key;
        runtime::ValueArray* names;
        runtime::ValueArray* values;
        // Instead of values: the function that gives them when the module is evaluated.
        runtime::Value evaluate;
    };
    runtime::ThrowCompletionOr<Resolution> resolve_file(runtime::Realm&, std::string_view referrer, std::string const& specifier,
        std::string const& type);
    runtime::ThrowCompletionOr<Resolution> resolve_in_library(std::string_view referrer, std::string const& specifier,
        std::string const& type);
    runtime::ThrowCompletionOr<runtime::ModuleRecord*> load(runtime::Realm&, std::string_view referrer, std::string const& specifier,
        std::string const& type);
    // The elements of the JavaScript array `array`.
    runtime::ThrowCompletionOr<runtime::ValueArray*> array_elements(runtime::Value array);
    runtime::ThrowCompletionOr<runtime::ModuleRecord*> parse(runtime::Realm&, std::shared_ptr<parser::SourceFile const>);

    runtime::VM& m_vm;
    NodeHost* m_host;
    // (realm, absolute path, module type) → record.
    std::map<std::tuple<runtime::Realm*, std::string, std::string>, runtime::ModuleRecord*> m_modules;
    uint64_t m_root_provider_id { 0 };
};

}
