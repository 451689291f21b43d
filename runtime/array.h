#pragma once
// Array exotic objects (ECMA-262 10.4.2). An Array is an object of kind Array: ordinary except
// for [[DefineOwnProperty]], which keeps "length" one more than the largest index and deletes
// elements when "length" shrinks.
//
// "length" is a real own data property (not enumerable, not configurable), always the first
// property of an array's shape and so always slot 0; its [[Writable]] lives in the shape like
// any other attribute. Reading it is a slot load for inline caches, and freezing an array needs
// no special case. Elements use the object's indexed storage (object.h): packed while an array
// is filled in order, holey with gaps, sparse for far-apart indices or unusual attributes.

#include "runtime/completion.h"
#include "runtime/object_internal_methods.h"
#include "runtime/property_descriptor.h"

#include <cstdint>

namespace sable::runtime {

class Object;
class VM;

extern ObjectInternalMethods const kArrayInternalMethods;

// ArrayCreate ( length [ , proto ] ): proto defaults to the current realm's %Array.prototype%.
ThrowCompletionOr<Object*> array_create(VM&, uint64_t length);
ThrowCompletionOr<Object*> array_create(VM&, uint64_t length, Object* prototype);
// ArraySetLength ( A, Desc )
ThrowCompletionOr<bool> array_set_length(VM&, Object& array, PropertyDescriptor const&);

// Whether an object is an Array exotic object.
bool is_array_exotic(Object const&);
// The value of an Array's "length" (slot 0).
uint32_t array_length(Object const& array);
// Fast path of appending one element (Array.prototype.push, array literals): when the array is
// extensible with a writable "length" below 2^32 - 1, its elements are dense, and no object on
// its prototype chain has indexed properties (so Set would define an own element), stores
// `value` at index "length" and increments "length". Returns false, changing nothing, when a
// condition does not hold (the caller takes the generic path).
bool try_append_to_array(VM&, Object& array, Value value);
// The same for a Set of any absent index up to "length" of an Array (`a[i] = v` filling a hole,
// or appending): "length" only changes, and only needs to be writable, when index is "length".
bool try_add_array_element(VM&, Object& array, uint32_t index, Value value);
// O.[[Set]](index, value, O) done in place when all it would do is store an own data element: an
// existing dense element of an object with the ordinary [[Set]] (dense elements are always
// writable), or a new Array element that try_add_array_element allows. False (nothing done)
// when the generic [[Set]] has to run.
bool try_set_own_element(VM&, Object&, uint32_t index, Value value);

}
