#pragma once
// The report of an exception nothing caught, as `sable` prints it on stderr:
//   file:line:col          where it was thrown (the VM's throw site), when known
//   <source line>
//   <caret>
//
//   Uncaught <the error's stack, or Name: message, or the value>

#include "runtime/value.h"

#include <string>

namespace sable::runtime {
class VM;
}

namespace sable::stdlib {

std::string format_uncaught_exception(runtime::VM&, runtime::Value exception);

}
