#pragma once
// CreateDynamicFunction ( constructor, newTarget, kind, parameterArgs, bodyArg ) (ECMA-262
// 20.2.1.1.1): the Function constructor's compilation of source text at run time.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>
#include <span>

namespace sable::runtime {
class Object;
class VM;
}

namespace sable::interpreter {

enum class DynamicFunctionKind : uint8_t { Normal, Generator, Async, AsyncGenerator };

// `arguments` are parameterArgs then bodyArg; `new_target` is the constructor when called.
runtime::ThrowCompletionOr<runtime::Value> create_dynamic_function(runtime::VM&, runtime::Object& constructor,
    runtime::Object* new_target, DynamicFunctionKind, std::span<runtime::Value const> arguments);

}
