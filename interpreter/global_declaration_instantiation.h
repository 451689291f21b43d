#pragma once
// GlobalDeclarationInstantiation ( script, env ) (ECMA-262 16.1.7), run by DeclareGlobals at
// the start of a Script from the declarations the generator listed
// (bytecode/global_declarations.h).

#include "runtime/completion.h"

namespace sable::runtime {
class GlobalEnvironment;
class Realm;
class ValueArray;
class VM;
}

namespace sable::interpreter {

runtime::ThrowCompletionOr<void> global_declaration_instantiation(runtime::VM&, runtime::Realm&, runtime::GlobalEnvironment&,
    runtime::ValueArray const& declarations);

}
