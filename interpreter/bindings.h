#pragma once
// Bindings the bytecode reaches by name rather than by register or environment slot: global
// bindings (LdaGlobal, StaGlobal, InitGlobalLexical: the global environment record, 9.1.1.4)
// and dynamic lookups through `with` objects and sloppy-eval scopes (LdaLookup, StaLookup,
// DeleteLookup: ResolveBinding, 9.4.2, walking the environment chain).

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {
class DeclarativeEnvironment;
class Environment;
class GlobalEnvironment;
class String;
class VM;
}

namespace sable::interpreter {

using runtime::Environment;
using runtime::GlobalEnvironment;
using runtime::String;
using runtime::ThrowCompletionOr;
using runtime::Value;
using runtime::VM;

// GetValue of a global reference. A ReferenceError when unresolvable, unless `typeof_mode`
// (typeof x), which gives undefined.
ThrowCompletionOr<Value> get_global_binding(VM&, GlobalEnvironment&, String* name, bool typeof_mode);
// PutValue of a global reference; strict code throws for an unresolvable name.
ThrowCompletionOr<void> set_global_binding(VM&, GlobalEnvironment&, String* name, Value, bool strict);
// InitializeBinding of a top-level let/const/class.
ThrowCompletionOr<void> initialize_global_lexical(VM&, GlobalEnvironment&, String* name, Value);

// GetValue, PutValue and delete of a reference resolved by name from `environment` outwards.
// A with-object binding also yields its object as the this value of a call (`this_value`,
// otherwise undefined), when requested.
ThrowCompletionOr<Value> get_binding_by_name(VM&, Environment*, String* name, bool typeof_mode, Value* this_value = nullptr);
ThrowCompletionOr<void> set_binding_by_name(VM&, Environment*, String* name, Value, bool strict);
ThrowCompletionOr<bool> delete_binding_by_name(VM&, Environment*, String* name);
// InitializeBinding of the nearest binding named `name` (InitLookup: eval code's lexical ones).
ThrowCompletionOr<void> initialize_binding_by_name(VM&, Environment*, String* name, Value);

// The ReferenceError for reading an import (slot `slot` of a module environment) whose exported
// binding is not initialised yet.
runtime::ThrowCompletion throw_uninitialized_import(VM&, runtime::DeclarativeEnvironment& module_environment, uint32_t slot);
// A reference resolved once (ResolveLookup), then read (LdaLookupIn) and written
// (StaLookupIn): `record` is the environment record holding the name, null if unresolvable.
ThrowCompletionOr<Environment*> resolve_binding_by_name(VM&, Environment*, String* name);
ThrowCompletionOr<Value> get_binding_in(VM&, Environment* record, String* name, bool strict);
ThrowCompletionOr<void> set_binding_in(VM&, Environment* environment, Environment* record, String* name, Value, bool strict);

}
