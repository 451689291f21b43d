#include "runtime/builtins/error/error_constructor.h"

#include "interpreter/stack_trace.h"
#include "runtime/abstract_operations.h"
#include "runtime/builtins/error/error_prototype.h"
#include "runtime/array.h"
#include "runtime/atom_table.h"
#include "runtime/iteration.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/string.h"
#include "runtime/value_array.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::error_constructor {

namespace {

IntrinsicGetter prototype_getter(ErrorKind kind)
{
    switch (kind) {
#define ERROR_PROTOTYPE(error_kind, member, prototype) \
    case ErrorKind::error_kind:                       \
        return &Realm::member;
#include "runtime/intrinsics.def"
    case ErrorKind::Count:
        break;
    }
    return &Realm::error_prototype;
}

// Steps 1-3 of Error/NativeError/AggregateError: O from newTarget, with "message".
ThrowCompletionOr<Object*> create_error(VM& vm, Arguments const& arguments, ErrorKind kind, Value message)
{
    // 1. If NewTarget is undefined, let newTarget be the active function object; else let
    //    newTarget be NewTarget.
    Object* new_target = arguments.new_target ? arguments.new_target : arguments.callee;
    // 2. Let O be ? OrdinaryCreateFromConstructor(newTarget, "%NativeError.prototype%",
    //    « [[ErrorData]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *new_target, prototype_getter(kind)));
    Object* object = Object::create_with_kind(vm, ObjectKind::Error, prototype);
    // 3. If message is not undefined, then
    if (!message.is_undefined()) {
        // a. Let msg be ? ToString(message).
        String* text = TRY(to_string(vm, message));
        // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "message", msg).
        create_non_enumerable_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().message), Value::string(text));
    }
    return object;
}

}

// InstallErrorCause ( O, options ) — https://tc39.es/ecma262/#sec-installerrorcause
ThrowCompletionOr<void> install_error_cause(VM& vm, Object& object, Value options)
{
    PropertyKey cause_key = PropertyKey::from_atom(vm.atoms().cause);
    // 1. If options is an Object and ? HasProperty(options, "cause") is true, then
    if (options.is_object() && TRY(has_property(vm, *options.as_object(), cause_key))) {
        // a. Let cause be ? Get(options, "cause").
        Value cause = TRY(get(vm, *options.as_object(), cause_key));
        // b. Perform CreateNonEnumerableDataPropertyOrThrow(O, "cause", cause).
        create_non_enumerable_data_property_or_throw(vm, object, cause_key, cause);
    }
    // 2. Return unused.
    return {};
}

// Error ( message [ , options ] ) — https://tc39.es/ecma262/#sec-error-message
// NativeError ( message [ , options ] ) — https://tc39.es/ecma262/#sec-nativeerror
ThrowCompletionOr<Value> construct_error(VM& vm, Arguments const& arguments, ErrorKind kind)
{
    // 1-3. O, with "message".
    Object* object = TRY(create_error(vm, arguments, kind, arguments.at(0)));
    // 4. Perform ? InstallErrorCause(O, options).
    TRY(install_error_cause(vm, *object, arguments.at(1)));
    // The interpreter's hook: capture a stack trace ("stack") for the new error.
    vm.on_error_created(*object, arguments.new_target);
    // 5. Return O.
    return Value::object(object);
}

// AggregateError ( errors, message [ , options ] ) — https://tc39.es/ecma262/#sec-aggregate-error
ThrowCompletionOr<Value> aggregate_error_behaviour(VM& vm, Arguments const& arguments)
{
    // 1-3. O from newTarget and "%AggregateError.prototype%", with "message".
    Object* object = TRY(create_error(vm, arguments, ErrorKind::AggregateError, arguments.at(1)));
    // 4. Perform ? InstallErrorCause(O, options).
    TRY(install_error_cause(vm, *object, arguments.at(2)));
    // 5. Let errorsList be ? IteratorToList(? GetIterator(errors, sync)).
    IteratorRecord record = TRY(get_iterator(vm, arguments.at(0)));
    ValueArray* errors = TRY(iterator_to_list(vm, record));
    // 6. Perform ! DefinePropertyOrThrow(O, "errors", PropertyDescriptor { [[Configurable]]: true,
    //    [[Enumerable]]: false, [[Writable]]: true, [[Value]]: CreateArrayFromList(errorsList) }).
    MUST(define_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().errors),
        PropertyDescriptor::data(Value::object(create_array_from_list(vm, errors->used())), true, false, true)));
    vm.on_error_created(*object, arguments.new_target);
    // 7. Return O.
    return Value::object(object);
}

// SuppressedError ( error, suppressed, message [ , options ] ) — https://tc39.es/ecma262/#sec-suppressederror
ThrowCompletionOr<Value> suppressed_error_behaviour(VM& vm, Arguments const& arguments)
{
    // 1-3. O from newTarget and "%SuppressedError.prototype%", with "message".
    Object* object = TRY(create_error(vm, arguments, ErrorKind::SuppressedError, arguments.at(2)));
    // 4. Perform ? InstallErrorCause(O, options).
    TRY(install_error_cause(vm, *object, arguments.at(3)));
    // 5. Perform CreateNonEnumerableDataPropertyOrThrow(O, "error", error).
    create_non_enumerable_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().error), arguments.at(0));
    // 6. Perform CreateNonEnumerableDataPropertyOrThrow(O, "suppressed", suppressed).
    create_non_enumerable_data_property_or_throw(vm, *object, PropertyKey::from_atom(vm.atoms().suppressed), arguments.at(1));
    vm.on_error_created(*object, arguments.new_target);
    // 7. Return O.
    return Value::object(object);
}

// Error.captureStackTrace ( targetObject [ , constructorOpt ] ) (V8): gives targetObject an own
// "stack" data property (writable, not enumerable, configurable): its stack as Error.prototype.stack
// would format it, without the frames up to and including the innermost call of constructorOpt,
// and at most Error.stackTraceLimit frames.
ThrowCompletionOr<Value> capture_stack_trace(VM& vm, Arguments const& arguments)
{
    Value target = arguments.at(0);
    if (!target.is_object())
        return vm.throw_type_error(ErrorType::NotAnObject, { "Error.captureStackTrace's argument" });
    Object* skip_until = arguments.at(1).is_object() ? arguments.at(1).as_object() : nullptr;
    ValueArray* sites = interpreter::capture_call_sites(vm, interpreter::stack_trace_limit(vm).value_or(0), skip_until);
    Value stack = TRY(error_prototype::format_stack(vm, *target.as_object(), *sites));
    TRY(define_property_or_throw(vm, *target.as_object(), PropertyKey::from_atom(vm.atoms().stack),
        PropertyDescriptor::data(stack, true, false, true)));
    return Value::undefined();
}

// Error.isError ( arg ) — https://tc39.es/ecma262/#sec-error.iserror
ThrowCompletionOr<Value> is_error(VM&, Arguments const& arguments)
{
    // 1. If arg is not an Object, return false.
    // 2. If arg does not have an [[ErrorData]] internal slot, return false.
    // 3. Return true.
    Value argument = arguments.at(0);
    return Value::boolean(argument.is_object() && argument.as_object()->kind() == ObjectKind::Error);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/error/error_constructor.def"
    // V8's Error.stackTraceLimit: an ordinary data property, 10 by default.
    define_value(vm, target, "stackTraceLimit", Value::int32(10), PropertyAttributes::default_data());
}

}
