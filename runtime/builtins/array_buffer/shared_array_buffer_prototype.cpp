#include "runtime/builtins/array_buffer/shared_array_buffer_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/shared_data_block.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace sable::runtime::builtins::shared_array_buffer_prototype {

namespace {

// Let O be the this value; perform ? RequireInternalSlot(O, [[ArrayBufferData]]); if
// IsSharedArrayBuffer(O) is false, throw a TypeError exception.
ThrowCompletionOr<ArrayBufferObject*> this_shared_buffer(VM& vm, Arguments const& arguments, std::string_view method)
{
    ArrayBufferObject* buffer = as_array_buffer(arguments.this_value, ObjectKind::SharedArrayBuffer);
    if (!buffer)
        return vm.throw_type_error(ErrorType::NotA, { method, "SharedArrayBuffer" });
    return buffer;
}

}

// get SharedArrayBuffer.prototype.byteLength — https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.bytelength
ThrowCompletionOr<Value> byte_length(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = TRY(this_shared_buffer(vm, arguments, "get SharedArrayBuffer.prototype.byteLength"));
    // 4-5. Return 𝔽(ArrayBufferByteLength(O, seq-cst)).
    return Value::number(double(buffer->byte_length()));
}

// SharedArrayBuffer.prototype.grow ( newLength ) — https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.grow
ThrowCompletionOr<Value> grow(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "SharedArrayBuffer.prototype.grow";
    // 1-3. RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]); shared.
    ArrayBufferObject* buffer = TRY(this_shared_buffer(vm, arguments, method));
    if (!buffer->is_resizable())
        return vm.throw_type_error(ErrorType::ArrayBufferNotResizable, { method });
    // 4. Let newByteLength be ? ToIndex(newLength).
    uint64_t new_byte_length = TRY(to_index(vm, arguments.at(0)));
    // 5-6. (HostGrowSharedArrayBuffer: not handled by the host.)
    // 7-11. Repeat: if newByteLength = currentByteLength, return; if newByteLength <
    //       currentByteLength or > [[ArrayBufferMaxByteLength]], throw a RangeError; otherwise
    //       compare-and-swap the length (another agent may grow the block meanwhile). The new
    //       bytes were reserved, zero, when the block was made.
    if (buffer->shared_block()->grow(size_t(std::min<uint64_t>(new_byte_length, SIZE_MAX))) != SharedDataBlock::GrowResult::Grown)
        return vm.throw_range_error(ErrorType::InvalidArrayBufferResizeLength, { method });
    return Value::undefined();
}

// get SharedArrayBuffer.prototype.growable — https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.growable
ThrowCompletionOr<Value> growable(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = TRY(this_shared_buffer(vm, arguments, "get SharedArrayBuffer.prototype.growable"));
    // 4. If IsFixedLengthArrayBuffer(O) is false, return true; otherwise return false.
    return Value::boolean(buffer->is_resizable());
}

// get SharedArrayBuffer.prototype.maxByteLength — https://tc39.es/ecma262/#sec-get-sharedarraybuffer.prototype.maxbytelength
ThrowCompletionOr<Value> max_byte_length(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = TRY(this_shared_buffer(vm, arguments, "get SharedArrayBuffer.prototype.maxByteLength"));
    // 4-5. The max byte length of a growable buffer, else its byte length.
    return Value::number(double(buffer->is_resizable() ? buffer->max_byte_length() : buffer->byte_length()));
}

// SharedArrayBuffer.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-sharedarraybuffer.prototype.slice
ThrowCompletionOr<Value> slice(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "SharedArrayBuffer.prototype.slice";
    // 1-3. RequireInternalSlot(O, [[ArrayBufferData]]); shared.
    ArrayBufferObject* buffer = TRY(this_shared_buffer(vm, arguments, method));
    // 4. Let len be ArrayBufferByteLength(O, seq-cst).
    double length = double(buffer->byte_length());
    // 5-12. first and final, clamped relative indices.
    double first = TRY(relative_index(vm, arguments.at(0), length, 0));
    double final = TRY(relative_index(vm, arguments.at(1), length, length));
    // 13. Let newLen be max(final - first, 0).
    double new_length = std::max(final - first, 0.0);
    // 14. Let ctor be ? SpeciesConstructor(O, %SharedArrayBuffer%).
    Object* constructor = TRY(species_constructor(vm, *buffer, *vm.current_realm().shared_array_buffer_constructor()));
    // 15. Let new be ? Construct(ctor, « 𝔽(newLen) »).
    Value construct_arguments[] = { Value::number(new_length) };
    Object* new_object = TRY(construct(vm, *constructor, construct_arguments));
    // 16-17. Perform ? RequireInternalSlot(new, [[ArrayBufferData]]); shared.
    ArrayBufferObject* new_buffer = as_array_buffer(Value::object(new_object), ObjectKind::SharedArrayBuffer);
    if (!new_buffer)
        return vm.throw_type_error(ErrorType::ArrayBufferSpeciesResult, { method, "an object that is not a SharedArrayBuffer" });
    // 18. If new.[[ArrayBufferData]] is O.[[ArrayBufferData]], throw a TypeError exception.
    if (new_buffer == buffer)
        return vm.throw_type_error(ErrorType::ArrayBufferSpeciesResult, { method, "the same buffer" });
    // 19. If ArrayBufferByteLength(new, seq-cst) < newLen, throw a TypeError exception.
    if (double(new_buffer->byte_length()) < new_length)
        return vm.throw_type_error(ErrorType::ArrayBufferSpeciesResult, { method, "a buffer that is too small" });
    // 20-22. Copy newLen bytes from first.
    if (new_length > 0)
        std::memmove(new_buffer->data(), buffer->data() + size_t(first), size_t(new_length));
    // 23. Return new.
    return Value::object(new_buffer);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/array_buffer/shared_array_buffer_prototype.def"
    // 25.2.5.7 SharedArrayBuffer.prototype [ %Symbol.toStringTag% ]: "SharedArrayBuffer".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("SharedArrayBuffer")), kConfigurableOnly)));
}

}
