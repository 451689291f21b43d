#include "runtime/builtins/data_view/data_view_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/data_view/data_view_object.h"
#include "runtime/builtins/typed_array/typed_array_element.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

#include <algorithm>
#include <bit>
#include <cstring>

namespace sable::runtime::builtins::data_view_prototype {

namespace {

// Let O be the this value; perform ? RequireInternalSlot(O, [[DataView]]).
ThrowCompletionOr<DataViewObject*> this_data_view(VM& vm, Value this_value, std::string_view method)
{
    DataViewObject* view = as_data_view(this_value);
    if (!view)
        return vm.throw_type_error(ErrorType::NotA, { method, "DataView" });
    return view;
}

// The host stores elements little-endian; a big-endian access reverses the bytes.
static_assert(std::endian::native == std::endian::little);

// GetViewValue ( view, requestIndex, isLittleEndian, type ) — https://tc39.es/ecma262/#sec-getviewvalue
ThrowCompletionOr<Value> get_view_value(VM& vm, Arguments const& arguments, TypedArrayType type, std::string_view method)
{
    // 1-2. Perform ? RequireInternalSlot(view, [[DataView]]).
    DataViewObject* view = TRY(this_data_view(vm, arguments.this_value, method));
    // 3. Let getIndex be ? ToIndex(requestIndex).
    uint64_t get_index = TRY(to_index(vm, arguments.at(0)));
    // 4. Set isLittleEndian to ToBoolean(isLittleEndian).
    bool little_endian = to_boolean(arguments.at(1));
    // 5-7. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
    if (view->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // 8. Let viewSize be GetViewByteLength(viewRecord).
    uint64_t view_size = view->view_byte_length();
    // 9. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
    uint32_t size = element_size(type);
    // 10. If getIndex + elementSize > viewSize, throw a RangeError exception.
    if (get_index + size > view_size)
        return vm.throw_range_error(ErrorType::DataViewOutOfBounds);
    // 11. Let bufferIndex be getIndex + viewOffset.
    // 12. Return GetValueFromBuffer(view.[[ViewedArrayBuffer]], bufferIndex, type, false,
    //     unordered, isLittleEndian).
    uint8_t bytes[8];
    std::memcpy(bytes, view->buffer()->data() + view->byte_offset() + get_index, size);
    if (!little_endian)
        std::reverse(bytes, bytes + size);
    return load_element(vm, type, bytes);
}

// SetViewValue ( view, requestIndex, isLittleEndian, type, value ) — https://tc39.es/ecma262/#sec-setviewvalue
ThrowCompletionOr<Value> set_view_value(VM& vm, Arguments const& arguments, TypedArrayType type, std::string_view method)
{
    // 1-2. Perform ? RequireInternalSlot(view, [[DataView]]).
    DataViewObject* view = TRY(this_data_view(vm, arguments.this_value, method));
    // If IsImmutableBuffer(view.[[ViewedArrayBuffer]]) is true, throw a TypeError exception (the
    // immutable ArrayBuffer proposal).
    if (view->buffer()->is_immutable())
        return vm.throw_type_error(ErrorType::ImmutableBuffer, { method });
    // 3. Let getIndex be ? ToIndex(requestIndex).
    uint64_t get_index = TRY(to_index(vm, arguments.at(0)));
    // 4-5. Let numberValue be ? ToBigInt(value) or ? ToNumber(value).
    Value number_value = TRY(to_element_numeric(vm, type, arguments.at(1)));
    // 6. Set isLittleEndian to ToBoolean(isLittleEndian).
    bool little_endian = to_boolean(arguments.at(2));
    // 7-9. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
    if (view->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // 10. Let viewSize be GetViewByteLength(viewRecord).
    uint64_t view_size = view->view_byte_length();
    // 11. Let elementSize be the Element Size value specified in Table 71 for Element Type type.
    uint32_t size = element_size(type);
    // 12. If getIndex + elementSize > viewSize, throw a RangeError exception.
    if (get_index + size > view_size)
        return vm.throw_range_error(ErrorType::DataViewOutOfBounds);
    // 13. Let bufferIndex be getIndex + viewOffset.
    // 14. Perform SetValueInBuffer(view.[[ViewedArrayBuffer]], bufferIndex, type, numberValue,
    //     false, unordered, isLittleEndian).
    uint8_t bytes[8];
    store_element(type, bytes, number_value);
    if (!little_endian)
        std::reverse(bytes, bytes + size);
    std::memcpy(view->buffer()->data() + view->byte_offset() + get_index, bytes, size);
    // 15. Return undefined.
    return Value::undefined();
}

}

// get DataView.prototype.buffer — https://tc39.es/ecma262/#sec-get-dataview.prototype.buffer
ThrowCompletionOr<Value> buffer(VM& vm, Arguments const& arguments)
{
    // 1-3. Let O be the this value; RequireInternalSlot(O, [[DataView]]).
    DataViewObject* view = TRY(this_data_view(vm, arguments.this_value, "get DataView.prototype.buffer"));
    // 4-5. Return O.[[ViewedArrayBuffer]].
    return Value::object(view->buffer());
}

// get DataView.prototype.byteLength — https://tc39.es/ecma262/#sec-get-dataview.prototype.bytelength
ThrowCompletionOr<Value> byte_length(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "get DataView.prototype.byteLength";
    DataViewObject* view = TRY(this_data_view(vm, arguments.this_value, method));
    // 4-5. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
    if (view->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // 6-7. Return 𝔽(GetViewByteLength(viewRecord)).
    return Value::number(double(view->view_byte_length()));
}

// get DataView.prototype.byteOffset — https://tc39.es/ecma262/#sec-get-dataview.prototype.byteoffset
ThrowCompletionOr<Value> byte_offset(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "get DataView.prototype.byteOffset";
    DataViewObject* view = TRY(this_data_view(vm, arguments.this_value, method));
    // 4-5. If IsViewOutOfBounds(viewRecord) is true, throw a TypeError exception.
    if (view->is_out_of_bounds())
        return vm.throw_type_error(ErrorType::DetachedBuffer, { method });
    // 6-7. Return 𝔽(O.[[ByteOffset]]).
    return Value::number(double(view->byte_offset()));
}

// DataView.prototype.getX ( byteOffset [ , littleEndian ] ): Return ? GetViewValue(v,
// byteOffset, littleEndian, X). DataView.prototype.setX ( byteOffset, value [ , littleEndian ] ):
// Return ? SetViewValue(v, byteOffset, littleEndian, X, value). — https://tc39.es/ecma262/#sec-properties-of-the-dataview-prototype-object
#define DATA_VIEW_ACCESSORS(cpp_suffix, type, js_suffix)                                           \
    ThrowCompletionOr<Value> get_##cpp_suffix(VM& vm, Arguments const& arguments)                  \
    {                                                                                              \
        return get_view_value(vm, arguments, TypedArrayType::type, "DataView.prototype.get" js_suffix); \
    }                                                                                              \
    ThrowCompletionOr<Value> set_##cpp_suffix(VM& vm, Arguments const& arguments)                  \
    {                                                                                              \
        return set_view_value(vm, arguments, TypedArrayType::type, "DataView.prototype.set" js_suffix); \
    }
DATA_VIEW_ACCESSORS(big_int64, BigInt64, "BigInt64")
DATA_VIEW_ACCESSORS(big_uint64, BigUint64, "BigUint64")
DATA_VIEW_ACCESSORS(float16, Float16, "Float16")
DATA_VIEW_ACCESSORS(float32, Float32, "Float32")
DATA_VIEW_ACCESSORS(float64, Float64, "Float64")
DATA_VIEW_ACCESSORS(int8, Int8, "Int8")
DATA_VIEW_ACCESSORS(int16, Int16, "Int16")
DATA_VIEW_ACCESSORS(int32, Int32, "Int32")
DATA_VIEW_ACCESSORS(uint8, Uint8, "Uint8")
DATA_VIEW_ACCESSORS(uint16, Uint16, "Uint16")
DATA_VIEW_ACCESSORS(uint32, Uint32, "Uint32")
#undef DATA_VIEW_ACCESSORS

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/data_view/data_view_prototype.def"
    // 25.3.4.25 DataView.prototype [ %Symbol.toStringTag% ]: "DataView".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("DataView")), kConfigurableOnly)));
}

}
