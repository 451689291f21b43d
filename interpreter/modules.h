#pragma once
// ES modules (ECMA-262 16.2): making module records from source text or a value, loading
// their requests through the host's loader (VM::module_loader), linking (Link) and evaluating
// (Evaluate, with top-level await) them, and the import() and import.meta expressions.
//
// A host runs a module graph by creating the root record, then
//   load_requested_modules → link_module → evaluate_module (a promise),
// and drains the job queue; the promise settles when the graph has run.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <memory>
#include <variant>

namespace sable::parser {
class SourceFile;
struct SyntaxError;
}

namespace sable::runtime {
class Environment;
class ModuleRecord;
class Object;
class Promise;
class Realm;
class String;
class ValueArray;
class VM;
}

namespace sable::interpreter {

using runtime::ThrowCompletionOr;
using runtime::Value;

// ParseModule ( sourceText, realm, hostDefined ) (16.2.1.6.1): parses and compiles the source
// as a Module; the record's path is the source's name.
std::variant<runtime::ModuleRecord*, parser::SyntaxError> parse_module(runtime::VM&, runtime::Realm&,
    std::shared_ptr<parser::SourceFile const>);

// CreateDefaultExportSyntheticModule ( defaultExport ) (16.2.1.7.2): a module whose only
// export, "default", is `value` (JSON modules); it is linked and evaluated already.
runtime::ModuleRecord* create_default_export_module(runtime::VM&, runtime::Realm&, runtime::String* path, Value value);

// CreateSyntheticModule (16.2.1.7.1) for the host's modules of values (built-in and CommonJS
// modules in Node): export names[i] (strings) is values[i]; linked and evaluated already.
runtime::ModuleRecord* create_synthetic_module(runtime::VM&, runtime::Realm&, runtime::String* path, runtime::ValueArray* names,
    runtime::ValueArray* values);

// A synthetic module whose values come from its evaluation steps: `evaluate` is called (with no
// arguments) when the graph's evaluation reaches the module, in import order, and returns an
// array of the export values in the order of `names` (Node's CommonJS modules imported from ES
// modules run then). It is linked already; its bindings are uninitialised until then.
runtime::ModuleRecord* create_synthetic_module_with_steps(runtime::VM&, runtime::Realm&, runtime::String* path,
    runtime::ValueArray* names, Value evaluate);

// LoadRequestedModules ( ) (16.2.1.5.1), with a host that loads at once: loads every module
// the graph below `module` requests.
ThrowCompletionOr<void> load_requested_modules(runtime::VM&, runtime::ModuleRecord&);

// Link ( ) (16.2.1.5.2)
ThrowCompletionOr<void> link_module(runtime::VM&, runtime::ModuleRecord&);

// Evaluate ( ) (16.2.1.5.3): the promise that settles when the module and its dependencies
// have run.
runtime::Promise* evaluate_module(runtime::VM&, runtime::ModuleRecord&);

// EvaluateImportCall (13.3.10.1) from code running in `environment` of a template compiled
// from `referrer_path`: the promise of import(specifier, options).
Value evaluate_import_call(runtime::VM&, runtime::Realm&, runtime::Environment*, std::string_view referrer_path, Value specifier,
    Value options);

// The import.meta object of the module running in `environment` (13.3.12.1).
runtime::Object* import_meta_object(runtime::VM&, runtime::Environment*);

}
