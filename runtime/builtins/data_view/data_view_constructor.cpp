#include "runtime/builtins/data_view/data_view_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/data_view/data_view_object.h"
#include "runtime/error_types.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <string>

namespace sable::runtime::builtins::data_view_constructor {

// DataView ( buffer [ , byteOffset [ , byteLength ] ] ) — https://tc39.es/ecma262/#sec-dataview-buffer-byteoffset-bytelength
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is undefined, throw a TypeError exception.
    if (!arguments.new_target)
        return vm.throw_type_error(ErrorType::ConstructorRequiresNew, { "DataView" });
    // 2. Perform ? RequireInternalSlot(buffer, [[ArrayBufferData]]).
    ArrayBufferObject* buffer = as_any_array_buffer(arguments.at(0));
    if (!buffer)
        return vm.throw_type_error(ErrorType::NotA, { "DataView", "ArrayBuffer" });
    // 3. Let offset be ? ToIndex(byteOffset).
    uint64_t offset = TRY(to_index(vm, arguments.at(1)));
    // 4. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { "DataView" });
    // 5. Let bufferByteLength be ArrayBufferByteLength(buffer, seq-cst).
    uint64_t buffer_byte_length = buffer->byte_length();
    // 6. If offset > bufferByteLength, throw a RangeError exception.
    if (offset > buffer_byte_length)
        return vm.throw_range_error(ErrorType::InvalidOffset, { std::to_string(offset) });
    // 7. Let bufferIsFixedLength be IsFixedLengthArrayBuffer(buffer).
    bool buffer_is_fixed_length = !buffer->is_resizable();
    Value byte_length = arguments.at(2);
    std::optional<uint64_t> view_byte_length;
    // 8. If byteLength is undefined, then
    if (byte_length.is_undefined()) {
        // a. If bufferIsFixedLength is true, let viewByteLength be bufferByteLength - offset.
        // b. Else, let viewByteLength be auto.
        if (buffer_is_fixed_length)
            view_byte_length = buffer_byte_length - offset;
    } else {
        // 9. a. Let viewByteLength be ? ToIndex(byteLength).
        view_byte_length = TRY(to_index(vm, byte_length));
        //    b. If offset + viewByteLength > bufferByteLength, throw a RangeError exception.
        if (*view_byte_length > buffer_byte_length - offset)
            return vm.throw_range_error(ErrorType::InvalidTypedArrayLength, { std::to_string(*view_byte_length) });
    }
    // 10. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%DataView.prototype%", ...).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::data_view_prototype));
    // 11. If IsDetachedBuffer(buffer) is true, throw a TypeError exception.
    if (buffer->is_detached())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { "DataView" });
    // 12. Set bufferByteLength to ArrayBufferByteLength(buffer, seq-cst).
    buffer_byte_length = buffer->byte_length();
    // 13. If offset > bufferByteLength, throw a RangeError exception.
    if (offset > buffer_byte_length)
        return vm.throw_range_error(ErrorType::InvalidOffset, { std::to_string(offset) });
    // 14. If byteLength is not undefined, then
    //     a. If offset + viewByteLength > bufferByteLength, throw a RangeError exception.
    if (!byte_length.is_undefined() && *view_byte_length > buffer_byte_length - offset)
        return vm.throw_range_error(ErrorType::InvalidTypedArrayLength, { std::to_string(*view_byte_length) });
    // 15-18. Set O.[[ViewedArrayBuffer]], [[ByteLength]], [[ByteOffset]]; return O.
    return Value::object(DataViewObject::create(vm, prototype, *buffer, size_t(offset),
        view_byte_length ? std::optional<size_t>(size_t(*view_byte_length)) : std::nullopt));
}

}
