#include "runtime/builtins/array_buffer/array_buffer_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::array_buffer_constructor {

// ArrayBuffer ( length [ , options ] ) — https://tc39.es/ecma262/#sec-arraybuffer-length
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "ArrayBuffer" });
    // 2. Let byteLength be ? ToIndex(length).
    uint64_t byte_length = TRY(to_index(vm, arguments.at(0)));
    // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
    auto max_byte_length = TRY(get_array_buffer_max_byte_length_option(vm, arguments.at(1)));
    // 4. Return ? AllocateArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
    return Value::object(TRY(allocate_array_buffer(vm, *arguments.new_target, byte_length, max_byte_length)));
}

// ArrayBuffer.isView ( arg ) — https://tc39.es/ecma262/#sec-arraybuffer.isview
ThrowCompletionOr<Value> is_view(VM&, Arguments const& arguments)
{
    // 1. If arg is not an Object, return false.
    // 2. If arg has a [[ViewedArrayBuffer]] internal slot, return true.
    // 3. Return false.
    Value argument = arguments.at(0);
    if (!argument.is_object())
        return Value::boolean(false);
    ObjectKind kind = argument.as_object()->kind();
    return Value::boolean(kind == ObjectKind::TypedArray || kind == ObjectKind::DataView);
}

// get ArrayBuffer [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-get-arraybuffer-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/array_buffer/array_buffer_constructor.def"
}

}
