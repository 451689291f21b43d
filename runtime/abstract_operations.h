#pragma once
// Abstract operations on values (ECMA-262 7.1 Type Conversion, 7.2 Testing and Comparison
// Operations) that the object model needs. Only what exists so far: objects have no [[Call]]
// yet, so IsCallable is false for every value and ToPrimitive of an object throws its TypeError
// after looking up @@toPrimitive, valueOf and toString, as the spec does when none is callable.

#include "runtime/completion.h"
#include "runtime/value.h"

#include <cstdint>

namespace sable::gc {
class Heap;
}

namespace sable::runtime {

class VM;

// SameValue ( x, y ): +0 and -0 differ, NaN equals NaN.
bool same_value(gc::Heap&, Value x, Value y);
// SameValueZero ( x, y ): +0 and -0 are equal, NaN equals NaN.
bool same_value_zero(gc::Heap&, Value x, Value y);
// IsCallable ( argument )
bool is_callable(Value);

enum class PreferredType : uint8_t { None, String, Number };
// ToPrimitive ( input [ , preferredType ] )
ThrowCompletionOr<Value> to_primitive(VM&, Value input, PreferredType = PreferredType::None);
// ToNumber ( argument ): a Number Value.
ThrowCompletionOr<double> to_number(VM&, Value argument);
// ToUint32 ( argument )
ThrowCompletionOr<uint32_t> to_uint32(VM&, Value argument);
// The ToUint32 of a Number.
uint32_t number_to_uint32(double);

}
