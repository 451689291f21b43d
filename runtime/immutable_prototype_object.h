#pragma once
// Immutable prototype exotic objects (ECMA-262 10.4.7): ordinary, except that [[SetPrototypeOf]]
// only accepts the prototype they already have. %Object.prototype% is one.

#include "runtime/completion.h"
#include "runtime/object_internal_methods.h"

namespace sable::runtime {

class Object;
class VM;

extern ObjectInternalMethods const kImmutablePrototypeInternalMethods;

// SetImmutablePrototype ( O, V )
ThrowCompletionOr<bool> set_immutable_prototype(VM&, Object&, Object* prototype);

}
