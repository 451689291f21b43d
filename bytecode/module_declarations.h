#pragma once
// What a Module's linking needs from its code (16.2.1.6 Source Text Module Records), as
// constant 0 of the Module's top-level template. The loader reads it to build the module
// record (requested modules, import and export entries), creates the module environment from
// its scope descriptor, binds imports and instantiates the hoisted functions
// (InitializeEnvironment), then runs the template with env = that environment. A ValueArray:
//
//   [0] the module environment's ScopeDescriptor (internal cell)
//   [1] requests:  ValueArray of pairs (specifier string, attributes: ValueArray of key/value
//                  strings, or undefined)
//   [2] imports:   ValueArray of triples (request index, import name atom or null for a
//                  namespace import, environment slot of the local binding)
//   [3] local exports: pairs (export name atom, environment slot)
//   [4] indirect exports: triples (export name atom or null for `export *`... never null here,
//                  request index, import name atom or null for `export * as name`)
//   [5] star exports: request indices (`export * from`)
//   [6] functions: pairs (environment slot, FunctionTemplate) to instantiate in
//                  InitializeEnvironment (hoisted declarations, `export default function`)
//
// Import slots of default and named imports are indirect bindings: the code reads them with
// LdaImport. Namespace import slots hold the namespace object (read with LdaEnv).

#include <cstdint>

namespace sable::bytecode {

struct ModuleDeclarationsLayout {
    static constexpr uint32_t kScope = 0;
    static constexpr uint32_t kRequests = 1;
    static constexpr uint32_t kImports = 2;
    static constexpr uint32_t kLocalExports = 3;
    static constexpr uint32_t kIndirectExports = 4;
    static constexpr uint32_t kStarExports = 5;
    static constexpr uint32_t kFunctions = 6;
    static constexpr uint32_t kSize = 7;
};

}
