#pragma once
// eval (ECMA-262 19.2.1): %eval% (indirect eval, in the global scope) and direct eval (a call
// of %eval% written `eval(...)`, in the caller's scope). Eval code is compiled as an Eval
// template: its top-level names are looked up by name, and its DeclareGlobals instruction
// performs EvalDeclarationInstantiation in the environments PerformEval made.
//
// Each evaluation gets a lexical environment of its own (an Eval-kind declarative environment
// without slots): its let/const/class bindings, and for strict code its vars and functions too,
// live in that environment's extension object; sloppy code's vars and functions go to the
// caller's variable environment (a function's, through its extension object, or the global
// object).

#include "runtime/completion.h"
#include "runtime/value.h"

namespace sable::runtime {
class Environment;
class Realm;
class ValueArray;
class VM;
struct Arguments;
}

namespace sable::interpreter {

struct Frame;

// %eval% ( x ): PerformEval(x, false, false).
runtime::ThrowCompletionOr<runtime::Value> indirect_eval(runtime::VM&, runtime::Arguments const&);

// A direct eval from `caller` (CallDirectEval when the callee is %eval%).
runtime::ThrowCompletionOr<runtime::Value> direct_eval(runtime::VM&, Frame& caller, runtime::Value x);

// EvalDeclarationInstantiation ( body, varEnv, lexEnv, privateEnv, strict ), for DeclareGlobals
// in an Eval frame whose environment chain starts at (or just above) the eval's lexical
// environment.
runtime::ThrowCompletionOr<void> eval_declaration_instantiation(runtime::VM&, runtime::Realm&, runtime::Environment* environment,
    bool strict, runtime::ValueArray const& declarations);

}
