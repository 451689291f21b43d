#include "runtime/builtins/array_buffer/shared_array_buffer_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::shared_array_buffer_constructor {

// SharedArrayBuffer ( length [ , options ] ) — https://tc39.es/ecma262/#sec-sharedarraybuffer-length
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "SharedArrayBuffer" });
    // 2. Let byteLength be ? ToIndex(length).
    uint64_t byte_length = TRY(to_index(vm, arguments.at(0)));
    // 3. Let requestedMaxByteLength be ? GetArrayBufferMaxByteLengthOption(options).
    auto max_byte_length = TRY(get_array_buffer_max_byte_length_option(vm, arguments.at(1)));
    // 4. Return ? AllocateSharedArrayBuffer(NewTarget, byteLength, requestedMaxByteLength).
    return Value::object(TRY(allocate_shared_array_buffer(vm, *arguments.new_target, byte_length, max_byte_length)));
}

// get SharedArrayBuffer [ %Symbol.species% ] — https://tc39.es/ecma262/#sec-sharedarraybuffer-%symbol.species%
ThrowCompletionOr<Value> symbol_species(VM&, Arguments const& arguments)
{
    // 1. Return the this value.
    return arguments.this_value;
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/array_buffer/shared_array_buffer_constructor.def"
}

}
