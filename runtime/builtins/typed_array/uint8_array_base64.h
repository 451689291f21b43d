#pragma once
// Uint8Array's base64 and hex functions (ECMA-262 23.3: fromBase64, fromHex, setFromBase64,
// setFromHex, toBase64, toHex), on %Uint8Array% and %Uint8Array.prototype%.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::uint8_array_constructor {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/typed_array/uint8_array_constructor.def"
void initialize(VM&, Realm&, Object& target);

}

namespace sable::runtime::builtins::uint8_array_prototype {

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/typed_array/uint8_array_prototype.def"
void initialize(VM&, Realm&, Object& target);

}
