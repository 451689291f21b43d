#pragma once
// The Proxy constructor (ECMA-262 28.2): `new Proxy(target, handler)` and Proxy.revocable. It
// has no "prototype" property; the proxies themselves are in runtime/proxy_object.h.

#include "runtime/builtins/builtin_helpers.h"

namespace sable::runtime::builtins::proxy_constructor {

// Proxy ( target, handler )
ThrowCompletionOr<Value> behaviour(VM&, Arguments const&);
#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/proxy/proxy_constructor.def"
void initialize(VM&, Realm&, Object& constructor);

}
