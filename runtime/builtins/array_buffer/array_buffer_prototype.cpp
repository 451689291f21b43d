#include "runtime/builtins/array_buffer/array_buffer_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <algorithm>
#include <cstring>

namespace sable::runtime::builtins::array_buffer_prototype {

namespace {

// Let O be the this value; perform ? RequireInternalSlot(O, [[ArrayBufferData]]); if
// IsSharedArrayBuffer(O) is true, throw a TypeError exception.
ThrowCompletionOr<ArrayBufferObject*> this_array_buffer(VM& vm, Arguments const& arguments, std::string_view method)
{
    ArrayBufferObject* buffer = as_array_buffer(arguments.this_value, ObjectKind::ArrayBuffer);
    if (!buffer)
        return vm.throw_type_error(ErrorType::NotA, { method, "ArrayBuffer" });
    return buffer;
}

// The first steps of slice and sliceToImmutable: O (an ArrayBuffer that is not detached), then
// first and final (the clamped relative start and end, end defaulting to len = O's byte length)
// and newLen = max(final - first, 0).
struct SliceBounds {
    ArrayBufferObject* buffer;
    double first;
    double final;
    double new_length;
};

ThrowCompletionOr<SliceBounds> slice_bounds(VM& vm, Arguments const& arguments, std::string_view method)
{
    // Let O be the this value; RequireInternalSlot(O, [[ArrayBufferData]]); not shared.
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, method));
    // If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // Let len be O.[[ArrayBufferByteLength]].
    double length = double(buffer->byte_length());
    double first = TRY(relative_index(vm, arguments.at(0), length, 0));
    double final = TRY(relative_index(vm, arguments.at(1), length, length));
    return SliceBounds { buffer, first, final, std::max(final - first, 0.0) };
}

enum class Resizability : uint8_t { Preserve, FixedLength, Immutable };

// ArrayBufferCopyAndDetach ( arrayBuffer, newLength, preserveResizability ) — https://tc39.es/ecma262/#sec-arraybuffercopyanddetach
// (with the immutable ArrayBuffer proposal's immutable)
ThrowCompletionOr<Value> array_buffer_copy_and_detach(VM& vm, Arguments const& arguments, Resizability resizability,
    std::string_view method)
{
    // 1-2. Perform ? RequireInternalSlot(arrayBuffer, [[ArrayBufferData]]); not shared.
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, method));
    // 3-4. If newLength is undefined, let newByteLength be arrayBuffer.[[ArrayBufferByteLength]];
    //      else let newByteLength be ? ToIndex(newLength).
    Value new_length = arguments.at(0);
    uint64_t new_byte_length = new_length.is_undefined() ? buffer->byte_length() : TRY(to_index(vm, new_length));
    // 5. If IsDetachedBuffer(arrayBuffer) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // If IsImmutableBuffer(arrayBuffer) is true, throw a TypeError exception.
    if (buffer->is_immutable())
        return vm.throw_type_error(ErrorType::ImmutableBuffer, { method });
    // 6. If preserveResizability is preserve-resizability and IsFixedLengthArrayBuffer(arrayBuffer)
    //    is false, let newMaxByteLength be arrayBuffer.[[ArrayBufferMaxByteLength]]; else empty.
    std::optional<uint64_t> new_max_byte_length;
    if (resizability == Resizability::Preserve && buffer->is_resizable())
        new_max_byte_length = buffer->max_byte_length();
    // 7. If arrayBuffer.[[ArrayBufferDetachKey]] is not undefined, throw a TypeError exception.
    //    (It is always undefined.)
    // 8. Let newBuffer be ? AllocateArrayBuffer(%ArrayBuffer%, newByteLength, newMaxByteLength).
    //    The block is moved rather than copied when it can be: nothing can tell the difference,
    //    since the old buffer is detached at once. Allocate an empty buffer and give it the block.
    if (new_max_byte_length && new_byte_length > *new_max_byte_length)
        return vm.throw_range_error(ErrorType::InvalidArrayBufferMaxLength);
    if (new_byte_length > kMaxArrayBufferByteLength)
        return vm.throw_range_error(ErrorType::ArrayBufferAllocationFailed);
    ArrayBufferObject* new_buffer = TRY(
        allocate_array_buffer(vm, *vm.current_realm().array_buffer_constructor(), 0, new_max_byte_length));
    // 9-13. Copy min(newByteLength, arrayBuffer's length) bytes; the rest are zero.
    size_t old_byte_length = buffer->byte_length();
    buffer->move_data_to(*new_buffer);
    if (new_byte_length != old_byte_length && !new_buffer->set_byte_length(size_t(new_byte_length)))
        return vm.throw_range_error(ErrorType::ArrayBufferAllocationFailed);
    // (immutable: AllocateImmutableArrayBuffer's buffer.)
    if (resizability == Resizability::Immutable)
        new_buffer->set_immutable();
    // 14. Perform ! DetachArrayBuffer(arrayBuffer). (move_data_to detached it.)
    // 15. Return newBuffer.
    return Value::object(new_buffer);
}

}

// get ArrayBuffer.prototype.byteLength — https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.bytelength
ThrowCompletionOr<Value> byte_length(VM& vm, Arguments const& arguments)
{
    // 1-3. Let O be the this value; RequireInternalSlot(O, [[ArrayBufferData]]); not shared.
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, "get ArrayBuffer.prototype.byteLength"));
    // 4. If IsDetachedBuffer(O) is true, return +0𝔽.
    // 5. Let length be O.[[ArrayBufferByteLength]]. 6. Return 𝔽(length).
    return Value::number(double(buffer->byte_length()));
}

// get ArrayBuffer.prototype.detached — https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.detached
ThrowCompletionOr<Value> detached(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, "get ArrayBuffer.prototype.detached"));
    // 4. Return IsDetachedBuffer(O).
    return Value::boolean(buffer->is_detached());
}

// get ArrayBuffer.prototype.immutable — https://tc39.es/proposal-immutable-arraybuffer/#sec-get-arraybuffer.prototype.immutable
ThrowCompletionOr<Value> immutable(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, "get ArrayBuffer.prototype.immutable"));
    // 4. Return IsImmutableBuffer(O).
    return Value::boolean(buffer->is_immutable());
}

// get ArrayBuffer.prototype.maxByteLength — https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.maxbytelength
ThrowCompletionOr<Value> max_byte_length(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, "get ArrayBuffer.prototype.maxByteLength"));
    // 4. If IsDetachedBuffer(O) is true, return +0𝔽.
    if (buffer->is_detached())
        return Value::int32(0);
    // 5-6. The max byte length of a resizable buffer, else its byte length.
    return Value::number(double(buffer->is_resizable() ? buffer->max_byte_length() : buffer->byte_length()));
}

// get ArrayBuffer.prototype.resizable — https://tc39.es/ecma262/#sec-get-arraybuffer.prototype.resizable
ThrowCompletionOr<Value> resizable(VM& vm, Arguments const& arguments)
{
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, "get ArrayBuffer.prototype.resizable"));
    // 4. If IsFixedLengthArrayBuffer(O) is false, return true; otherwise return false.
    return Value::boolean(buffer->is_resizable());
}

// ArrayBuffer.prototype.resize ( newLength ) — https://tc39.es/ecma262/#sec-arraybuffer.prototype.resize
ThrowCompletionOr<Value> resize(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "ArrayBuffer.prototype.resize";
    // 1-3. Let O be the this value; RequireInternalSlot(O, [[ArrayBufferMaxByteLength]]); not shared.
    ArrayBufferObject* buffer = TRY(this_array_buffer(vm, arguments, method));
    if (!buffer->is_resizable())
        return vm.throw_type_error(ErrorType::ArrayBufferNotResizable, { method });
    // 4. Let newByteLength be ? ToIndex(newLength).
    uint64_t new_byte_length = TRY(to_index(vm, arguments.at(0)));
    // 5. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // 6. If newByteLength > O.[[ArrayBufferMaxByteLength]], throw a RangeError exception.
    if (new_byte_length > buffer->max_byte_length())
        return vm.throw_range_error(ErrorType::InvalidArrayBufferResizeLength, { method });
    // 7. Let hostHandled be ? HostResizeArrayBuffer(O, newByteLength).
    // 8-14. Resize the block in place, zeroing new bytes; set [[ArrayBufferByteLength]].
    if (!buffer->set_byte_length(size_t(new_byte_length)))
        return vm.throw_range_error(ErrorType::ArrayBufferAllocationFailed);
    // 15. Return undefined.
    return Value::undefined();
}

// ArrayBuffer.prototype.slice ( start, end ) — https://tc39.es/ecma262/#sec-arraybuffer.prototype.slice
ThrowCompletionOr<Value> slice(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "ArrayBuffer.prototype.slice";
    // 1-14. O, first, final and newLen.
    SliceBounds bounds = TRY(slice_bounds(vm, arguments, method));
    ArrayBufferObject* buffer = bounds.buffer;
    double first = bounds.first;
    double new_length = bounds.new_length;
    // 15. Let ctor be ? SpeciesConstructor(O, %ArrayBuffer%).
    Object* constructor = TRY(species_constructor(vm, *buffer, *vm.current_realm().array_buffer_constructor()));
    // 16. Let new be ? Construct(ctor, « 𝔽(newLen) »).
    Value construct_arguments[] = { Value::number(new_length) };
    Object* new_object = TRY(construct(vm, *constructor, construct_arguments));
    // 17-18. Perform ? RequireInternalSlot(new, [[ArrayBufferData]]); not shared.
    ArrayBufferObject* new_buffer = as_array_buffer(Value::object(new_object), ObjectKind::ArrayBuffer);
    if (!new_buffer)
        return vm.throw_type_error(ErrorType::ArrayBufferSpeciesResult, { method, "an object that is not an ArrayBuffer" });
    // 19. If IsDetachedBuffer(new) is true, throw a TypeError exception.
    if (new_buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // If IsImmutableBuffer(new) is true, throw a TypeError exception (the immutable ArrayBuffer proposal).
    if (new_buffer->is_immutable())
        return vm.throw_type_error(ErrorType::ImmutableBuffer, { method });
    // 20. If SameValue(new, O) is true, throw a TypeError exception.
    if (new_buffer == buffer)
        return vm.throw_type_error(ErrorType::ArrayBufferSpeciesResult, { method, "the same buffer" });
    // 21. If new.[[ArrayBufferByteLength]] < newLen, throw a TypeError exception.
    if (double(new_buffer->byte_length()) < new_length)
        return vm.throw_type_error(ErrorType::ArrayBufferSpeciesResult, { method, "a buffer that is too small" });
    // 22. NOTE: Side-effects of the above steps may have detached or resized O.
    // 23. If IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // 24-26. If first < currentLen, copy min(newLen, currentLen - first) bytes from first.
    double current_length = double(buffer->byte_length());
    if (first < current_length) {
        size_t count = size_t(std::min(new_length, current_length - first));
        std::memmove(new_buffer->data(), buffer->data() + size_t(first), count);
    }
    // 27. Return new.
    return Value::object(new_buffer);
}

// ArrayBuffer.prototype.sliceToImmutable ( start, end ) — https://tc39.es/proposal-immutable-arraybuffer/#sec-arraybuffer.prototype.slicetoimmutable
ThrowCompletionOr<Value> slice_to_immutable(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "ArrayBuffer.prototype.sliceToImmutable";
    // 1-9. O, and bounds = ? ResolveBounds(len, start, end): first, final, and newLen.
    SliceBounds bounds = TRY(slice_bounds(vm, arguments, method));
    ArrayBufferObject* buffer = bounds.buffer;
    double first = bounds.first;
    double final = bounds.final;
    double new_length = bounds.new_length;
    // 10-11. NOTE: Side-effects of the above steps may have detached or resized O; if
    //        IsDetachedBuffer(O) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // 12-14. Let currentLen be O.[[ArrayBufferByteLength]]; if currentLen < final, throw a RangeError.
    if (double(buffer->byte_length()) < final)
        return vm.throw_range_error(ErrorType::InvalidArrayBufferLength);
    // 15. Let newBuffer be ? AllocateImmutableArrayBuffer(%ArrayBuffer%, newLen, fromBuf, first, newLen).
    ArrayBufferObject* new_buffer
        = TRY(allocate_array_buffer(vm, *vm.current_realm().array_buffer_constructor(), uint64_t(new_length)));
    if (new_length > 0)
        std::memcpy(new_buffer->data(), buffer->data() + size_t(first), size_t(new_length));
    new_buffer->set_immutable();
    // 16. Return newBuffer.
    return Value::object(new_buffer);
}

// ArrayBuffer.prototype.transfer ( [ newLength ] ) — https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfer
ThrowCompletionOr<Value> transfer(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? ArrayBufferCopyAndDetach(O, newLength, preserve-resizability).
    return array_buffer_copy_and_detach(vm, arguments, Resizability::Preserve, "ArrayBuffer.prototype.transfer");
}

// ArrayBuffer.prototype.transferToFixedLength ( [ newLength ] ) — https://tc39.es/ecma262/#sec-arraybuffer.prototype.transfertofixedlength
ThrowCompletionOr<Value> transfer_to_fixed_length(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? ArrayBufferCopyAndDetach(O, newLength, fixed-length).
    return array_buffer_copy_and_detach(vm, arguments, Resizability::FixedLength, "ArrayBuffer.prototype.transferToFixedLength");
}

// ArrayBuffer.prototype.transferToImmutable ( [ newLength ] ) — https://tc39.es/proposal-immutable-arraybuffer/#sec-arraybuffer.prototype.transfertoimmutable
ThrowCompletionOr<Value> transfer_to_immutable(VM& vm, Arguments const& arguments)
{
    // 1-2. Return ? ArrayBufferCopyAndDetach(O, newLength, immutable).
    return array_buffer_copy_and_detach(vm, arguments, Resizability::Immutable, "ArrayBuffer.prototype.transferToImmutable");
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/array_buffer/array_buffer_prototype.def"
    // 25.1.6.10 ArrayBuffer.prototype [ %Symbol.toStringTag% ]: "ArrayBuffer".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("ArrayBuffer")), kConfigurableOnly)));
}

}
