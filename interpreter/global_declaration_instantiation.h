#pragma once
// GlobalDeclarationInstantiation ( script, env ) (ECMA-262 16.1.7), run by DeclareGlobals at
// the start of a Script from the declarations the generator listed
// (bytecode/global_declarations.h).

#include "runtime/completion.h"

#include "runtime/value.h"

namespace sable::runtime {
class GlobalEnvironment;
class String;
class Realm;
class ValueArray;
class VM;
}

namespace sable::interpreter {

runtime::ThrowCompletionOr<void> global_declaration_instantiation(runtime::VM&, runtime::Realm&, runtime::GlobalEnvironment&,
    runtime::ValueArray const& declarations);

// The operations of the global Environment Record (9.1.1.4) that eval code shares.
bool has_lexical_declaration(runtime::GlobalEnvironment&, runtime::String* name);
runtime::ThrowCompletionOr<bool> can_declare_global_var(runtime::VM&, runtime::GlobalEnvironment&, runtime::String* name);
runtime::ThrowCompletionOr<bool> can_declare_global_function(runtime::VM&, runtime::GlobalEnvironment&, runtime::String* name);
runtime::ThrowCompletionOr<void> create_global_var_binding(runtime::VM&, runtime::GlobalEnvironment&, runtime::String* name, bool deletable);
runtime::ThrowCompletionOr<void> create_global_function_binding(runtime::VM&, runtime::GlobalEnvironment&, runtime::String* name,
    runtime::Value value, bool deletable);

}
