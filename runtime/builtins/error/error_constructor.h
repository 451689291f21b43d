#pragma once
// The Error constructor, the NativeError constructors, AggregateError and SuppressedError
// (ECMA-262 20.5.1, 20.5.6, 20.5.7, 20.5.8). One behaviour template serves Error and every NativeError.

#include "runtime/builtins/builtin_helpers.h"
#include "runtime/realm.h"

namespace sable::runtime::builtins::error_constructor {

// The shared steps of Error ( message [ , options ] ) and NativeError ( message [ , options ] ).
ThrowCompletionOr<Value> construct_error(VM&, Arguments const&, ErrorKind);

// Error ( message [ , options ] ), NativeError ( message [ , options ] )
template<ErrorKind kind>
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    return construct_error(vm, arguments, kind);
}

// AggregateError ( errors, message [ , options ] )
ThrowCompletionOr<Value> aggregate_error_behaviour(VM&, Arguments const&);

// SuppressedError ( error, suppressed, message [ , options ] )
ThrowCompletionOr<Value> suppressed_error_behaviour(VM&, Arguments const&);

#include "runtime/builtins/declare_builtins.h"
#include "runtime/builtins/error/error_constructor.def"
void initialize(VM&, Realm&, Object& error_constructor);

// InstallErrorCause ( O, options )
ThrowCompletionOr<void> install_error_cause(VM&, Object&, Value options);

}
