#pragma once
// The DataView constructor (ECMA-262 25.3.2, 25.3.3).

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::data_view_constructor {

// DataView ( buffer [ , byteOffset [ , byteLength ] ] )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);

}
