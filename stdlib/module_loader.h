#pragma once
// The host's ES module loader (HostLoadImportedModule over the file system): resolves a
// specifier against the importing file's folder (relative and absolute paths, file: URLs),
// reads and parses the file, and keeps one module record per realm and resolved file so that
// every import of a file shares one module instance. `with { type: "json" }` loads a JSON
// module. Packages (bare specifiers, node_modules) come with the Node-style runtime.
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
class VM;
}

namespace sable::stdlib {

class ModuleLoader {
public:
    // Installs itself as `vm`'s module loader and import.meta initializer.
    explicit ModuleLoader(runtime::VM&);
    ~ModuleLoader();
    ModuleLoader(ModuleLoader const&) = delete;
    ModuleLoader& operator=(ModuleLoader const&) = delete;

    // The record of the source text module `source` (its name a file path), registered so that
    // imports of that file resolve to it. A syntax error is thrown as a SyntaxError naming
    // file:line:col.
    runtime::ThrowCompletionOr<runtime::ModuleRecord*> load_main_module(runtime::Realm&, std::shared_ptr<parser::SourceFile const>);

private:
    runtime::ThrowCompletionOr<runtime::ModuleRecord*> load(runtime::Realm&, std::string_view referrer, std::string const& specifier,
        std::string const& type);
    runtime::ThrowCompletionOr<runtime::ModuleRecord*> parse(runtime::Realm&, std::shared_ptr<parser::SourceFile const>);

    runtime::VM& m_vm;
    // (realm, absolute path, module type) → record.
    std::map<std::tuple<runtime::Realm*, std::string, std::string>, runtime::ModuleRecord*> m_modules;
    uint64_t m_root_provider_id { 0 };
};

}
