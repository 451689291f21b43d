#pragma once
// How `sable -p` and console.log show a value: Node's util.inspect layout for the common cases
// (primitives, plain objects and arrays, functions, errors) on one line, without calling user
// code (getters show as [Getter]). The complete util.inspect comes with the Node runtime.

#include "runtime/value.h"

#include <string>

namespace sable::runtime {
class VM;
}

namespace sable::stdlib {

// A top-level string prints as its text; nested strings print quoted.
std::string print_value(runtime::VM&, runtime::Value);

}
