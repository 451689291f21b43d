#include "runtime/builtins/atomics/atomics.h"

#include "runtime/abstract_operations.h"
#include "runtime/bigint.h"
#include "runtime/builtins/promise/promise.h"
#include "runtime/atom_table.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/error_types.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/realm.h"
#include "runtime/shared_data_block.h"
#include "runtime/string.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"
#include "runtime/waiter_list.h"

#include <cmath>
#include <cstring>

namespace sable::runtime::builtins::atomics {

namespace {

enum class Waitable : uint8_t { No, Yes };

// ValidateIntegerTypedArray ( typedArray, waitable ) — https://tc39.es/ecma262/#sec-validateintegertypedarray
// (with the immutable ArrayBuffer proposal's accessMode: writes to an immutable buffer throw).
ThrowCompletionOr<TypedArrayObject*> validate_integer_typed_array(VM& vm, Value value, Waitable waitable,
    std::string_view method, AccessMode access_mode = AccessMode::Read)
{
    // 1. Let taRecord be ? ValidateTypedArray(typedArray, unordered, accessMode).
    TypedArrayObject* typed_array = TRY(validate_typed_array(vm, value, method, access_mode));
    TypedArrayType type = typed_array->type();
    // 3. If waitable is true, the type must be Int32 or BigInt64.
    if (waitable == Waitable::Yes) {
        if (type != TypedArrayType::Int32 && type != TypedArrayType::BigInt64)
            return vm.throw_type_error(ErrorType::NotA, { method, "Int32Array or BigInt64Array" });
        return typed_array;
    }
    // 4. Else, it must be an unclamped integer type or a BigInt type.
    switch (type) {
    case TypedArrayType::Int8:
    case TypedArrayType::Uint8:
    case TypedArrayType::Int16:
    case TypedArrayType::Uint16:
    case TypedArrayType::Int32:
    case TypedArrayType::Uint32:
    case TypedArrayType::BigInt64:
    case TypedArrayType::BigUint64:
        return typed_array;
    default:
        return vm.throw_type_error(ErrorType::NotA, { method, "integer TypedArray" });
    }
}

// ValidateAtomicAccess ( taRecord, requestIndex ) — https://tc39.es/ecma262/#sec-validateatomicaccess
// Returns the byte index in the buffer.
ThrowCompletionOr<size_t> validate_atomic_access(VM& vm, TypedArrayObject& typed_array, Value request_index)
{
    // 1. Let length be TypedArrayLength(taRecord).
    size_t length = typed_array.length();
    // 2. Let accessIndex be ? ToIndex(requestIndex).
    uint64_t access_index = TRY(to_index(vm, request_index));
    // 3. If accessIndex ≥ length, throw a RangeError exception.
    if (access_index >= length)
        return vm.throw_range_error(ErrorType::InvalidIndex, { "Atomics" });
    // 4-6. Return accessIndex × elementSize + typedArray.[[ByteOffset]].
    return size_t(access_index) * typed_array.element_size() + typed_array.byte_offset();
}

// RevalidateAtomicAccess ( typedArray, byteIndexInBuffer ) — https://tc39.es/ecma262/#sec-revalidateatomicaccess
ThrowCompletionOr<void> revalidate_atomic_access(VM& vm, TypedArrayObject& typed_array, size_t byte_index, std::string_view method)
{
    // 3. If IsTypedArrayOutOfBounds(taRecord) is true, throw a TypeError exception.
    if (typed_array.is_out_of_bounds())
        return vm.throw_type_error(ErrorType::OutOfBoundsTypedArray, { method });
    // 5. If byteIndexInBuffer ≥ taRecord.[[CachedBufferByteLength]], throw a RangeError exception.
    if (byte_index >= typed_array.buffer()->byte_length())
        return vm.throw_range_error(ErrorType::InvalidIndex, { method });
    return {};
}

// The conversion of a value operand: ? ToBigInt(v) for BigInt types, else
// 𝔽(? ToIntegerOrInfinity(v)).
ThrowCompletionOr<Value> to_integer_operand(VM& vm, TypedArrayType type, Value value)
{
    if (is_bigint_type(type))
        return Value::bigint(TRY(to_bigint(vm, value)));
    return Value::number(TRY(to_integer_or_infinity(vm, value)) + 0.0);
}

enum class Operation : uint8_t { Add, And, Exchange, Or, Sub, Xor };

// One sequentially consistent read-modify-write of the T at `address`; returns the old value.
template<typename T>
T fetch_and_modify(uint8_t* address, Operation operation, T operand)
{
    T* location = reinterpret_cast<T*>(address);
    switch (operation) {
    case Operation::Add:
        return __atomic_fetch_add(location, operand, __ATOMIC_SEQ_CST);
    case Operation::And:
        return __atomic_fetch_and(location, operand, __ATOMIC_SEQ_CST);
    case Operation::Exchange:
        return __atomic_exchange_n(location, operand, __ATOMIC_SEQ_CST);
    case Operation::Or:
        return __atomic_fetch_or(location, operand, __ATOMIC_SEQ_CST);
    case Operation::Sub:
        return __atomic_fetch_sub(location, operand, __ATOMIC_SEQ_CST);
    case Operation::Xor:
        return __atomic_fetch_xor(location, operand, __ATOMIC_SEQ_CST);
    }
    return 0;
}

// The element of `size` bytes at `address` as raw bytes: unsigned integers of that size, so the
// arithmetic wraps modulo 2^bits (two's complement for the signed types). Views are aligned
// (their byte offset is a multiple of the element size), so every access is one atomic
// operation, seen by the other agents sharing the block.
template<typename Apply>
void with_element_bits(uint32_t size, Apply apply)
{
    switch (size) {
    case 1:
        apply(uint8_t {});
        break;
    case 2:
        apply(uint16_t {});
        break;
    case 4:
        apply(uint32_t {});
        break;
    default:
        apply(uint64_t {});
        break;
    }
}

// GetValueFromBuffer ( ..., true, seq-cst ): the element's raw bytes, read atomically.
void atomic_read(uint8_t const* address, uint32_t size, uint8_t* out)
{
    with_element_bits(size, [&]<typename T>(T) {
        T bits = __atomic_load_n(reinterpret_cast<T const*>(address), __ATOMIC_SEQ_CST);
        std::memcpy(out, &bits, sizeof(T));
    });
}

// SetValueInBuffer ( ..., true, seq-cst ): writes the element's raw bytes atomically.
void atomic_write(uint8_t* address, uint32_t size, uint8_t const* bytes)
{
    with_element_bits(size, [&]<typename T>(T) {
        T bits;
        std::memcpy(&bits, bytes, sizeof(T));
        __atomic_store_n(reinterpret_cast<T*>(address), bits, __ATOMIC_SEQ_CST);
    });
}

// AtomicReadModifyWrite ( typedArray, index, value, op ) — https://tc39.es/ecma262/#sec-atomicreadmodifywrite
ThrowCompletionOr<Value> atomic_read_modify_write(VM& vm, Arguments const& arguments, Operation operation,
    std::string_view method)
{
    // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(typedArray, index, write).
    TypedArrayObject* typed_array = TRY(validate_integer_typed_array(vm, arguments.at(0), Waitable::No, method, AccessMode::Write));
    size_t byte_index = TRY(validate_atomic_access(vm, *typed_array, arguments.at(1)));
    // 2. Let v be ? ToBigInt(value) or 𝔽(? ToIntegerOrInfinity(value)).
    Value v = TRY(to_integer_operand(vm, typed_array->type(), arguments.at(2)));
    // 3. Perform ? RevalidateAtomicAccess(typedArray, byteIndexInBuffer).
    TRY(revalidate_atomic_access(vm, *typed_array, byte_index, method));
    // 4-6. GetModifySetValueInBuffer(buffer, byteIndexInBuffer, elementType, v, op): the
    //      operation on the raw bytes, atomically, returning the old value.
    uint32_t size = typed_array->element_size();
    uint8_t* address = typed_array->buffer()->data() + byte_index;
    uint8_t operand_bytes[8];
    store_element(typed_array->type(), operand_bytes, v);
    uint8_t old_bytes[8];
    with_element_bits(size, [&]<typename T>(T) {
        T operand;
        std::memcpy(&operand, operand_bytes, sizeof(T));
        T old_bits = fetch_and_modify<T>(address, operation, operand);
        std::memcpy(old_bytes, &old_bits, sizeof(T));
    });
    return load_element(vm, typed_array->type(), old_bytes);
}

}

// Atomics.add ( typedArray, index, value ) — https://tc39.es/ecma262/#sec-atomics.add
ThrowCompletionOr<Value> add(VM& vm, Arguments const& arguments)
{
    return atomic_read_modify_write(vm, arguments, Operation::Add, "Atomics.add");
}

// Atomics.and ( typedArray, index, value ) — https://tc39.es/ecma262/#sec-atomics.and
ThrowCompletionOr<Value> and_(VM& vm, Arguments const& arguments)
{
    return atomic_read_modify_write(vm, arguments, Operation::And, "Atomics.and");
}

// Atomics.exchange ( typedArray, index, value ) — https://tc39.es/ecma262/#sec-atomics.exchange
ThrowCompletionOr<Value> exchange(VM& vm, Arguments const& arguments)
{
    return atomic_read_modify_write(vm, arguments, Operation::Exchange, "Atomics.exchange");
}

// Atomics.or ( typedArray, index, value ) — https://tc39.es/ecma262/#sec-atomics.or
ThrowCompletionOr<Value> or_(VM& vm, Arguments const& arguments)
{
    return atomic_read_modify_write(vm, arguments, Operation::Or, "Atomics.or");
}

// Atomics.sub ( typedArray, index, value ) — https://tc39.es/ecma262/#sec-atomics.sub
ThrowCompletionOr<Value> sub(VM& vm, Arguments const& arguments)
{
    return atomic_read_modify_write(vm, arguments, Operation::Sub, "Atomics.sub");
}

// Atomics.xor ( typedArray, index, value ) — https://tc39.es/ecma262/#sec-atomics.xor
ThrowCompletionOr<Value> xor_(VM& vm, Arguments const& arguments)
{
    return atomic_read_modify_write(vm, arguments, Operation::Xor, "Atomics.xor");
}

// Atomics.compareExchange ( typedArray, index, expectedValue, replacementValue ) — https://tc39.es/ecma262/#sec-atomics.compareexchange
ThrowCompletionOr<Value> compare_exchange(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Atomics.compareExchange";
    // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(typedArray, index, write).
    TypedArrayObject* typed_array = TRY(validate_integer_typed_array(vm, arguments.at(0), Waitable::No, method, AccessMode::Write));
    size_t byte_index = TRY(validate_atomic_access(vm, *typed_array, arguments.at(1)));
    // 2-4. Convert expectedValue, then replacementValue.
    Value expected = TRY(to_integer_operand(vm, typed_array->type(), arguments.at(2)));
    Value replacement = TRY(to_integer_operand(vm, typed_array->type(), arguments.at(3)));
    // 5. Perform ? RevalidateAtomicAccess(typedArray, byteIndexInBuffer).
    TRY(revalidate_atomic_access(vm, *typed_array, byte_index, method));
    // 6-10. expectedBytes and replacementBytes: NumericToRawBytes of each.
    uint32_t size = typed_array->element_size();
    uint8_t expected_bytes[8];
    uint8_t replacement_bytes[8];
    store_element(typed_array->type(), expected_bytes, expected);
    store_element(typed_array->type(), replacement_bytes, replacement);
    // 11-13. Atomically: read the old bytes; if they equal expectedBytes, write
    //        replacementBytes.
    uint8_t* address = typed_array->buffer()->data() + byte_index;
    uint8_t old_bytes[8];
    with_element_bits(size, [&]<typename T>(T) {
        T expected_bits;
        T replacement_bits;
        std::memcpy(&expected_bits, expected_bytes, sizeof(T));
        std::memcpy(&replacement_bits, replacement_bytes, sizeof(T));
        // On failure expected_bits receives the current value: either way it ends as the old one.
        __atomic_compare_exchange_n(reinterpret_cast<T*>(address), &expected_bits, replacement_bits, false,
            __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
        std::memcpy(old_bytes, &expected_bits, sizeof(T));
    });
    // 14. Return RawBytesToNumeric(elementType, rawBytesRead, isLittleEndian).
    return load_element(vm, typed_array->type(), old_bytes);
}

// Atomics.isLockFree ( size ) — https://tc39.es/ecma262/#sec-atomics.islockfree
ThrowCompletionOr<Value> is_lock_free(VM& vm, Arguments const& arguments)
{
    // 1. Let n be ? ToIntegerOrInfinity(size).
    double n = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    // 2-6. 1, 2, 4 and 8-byte accesses are lock-free on every target Sable builds for.
    return Value::boolean(n == 1 || n == 2 || n == 4 || n == 8);
}

// Atomics.load ( typedArray, index ) — https://tc39.es/ecma262/#sec-atomics.load
ThrowCompletionOr<Value> load(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Atomics.load";
    // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(typedArray, index).
    TypedArrayObject* typed_array = TRY(validate_integer_typed_array(vm, arguments.at(0), Waitable::No, method));
    size_t byte_index = TRY(validate_atomic_access(vm, *typed_array, arguments.at(1)));
    // 2. Perform ? RevalidateAtomicAccess(typedArray, byteIndexInBuffer).
    TRY(revalidate_atomic_access(vm, *typed_array, byte_index, method));
    // 3-5. Return GetValueFromBuffer(buffer, byteIndexInBuffer, elementType, true, seq-cst).
    uint8_t bytes[8];
    atomic_read(typed_array->buffer()->data() + byte_index, typed_array->element_size(), bytes);
    return load_element(vm, typed_array->type(), bytes);
}

// Atomics.store ( typedArray, index, value ) — https://tc39.es/ecma262/#sec-atomics.store
ThrowCompletionOr<Value> store(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Atomics.store";
    // 1. Let byteIndexInBuffer be ? ValidateAtomicAccessOnIntegerTypedArray(typedArray, index, write).
    TypedArrayObject* typed_array = TRY(validate_integer_typed_array(vm, arguments.at(0), Waitable::No, method, AccessMode::Write));
    size_t byte_index = TRY(validate_atomic_access(vm, *typed_array, arguments.at(1)));
    // 2-3. Let v be ? ToBigInt(value) or 𝔽(? ToIntegerOrInfinity(value)).
    Value v = TRY(to_integer_operand(vm, typed_array->type(), arguments.at(2)));
    // 4. Perform ? RevalidateAtomicAccess(typedArray, byteIndexInBuffer).
    TRY(revalidate_atomic_access(vm, *typed_array, byte_index, method));
    // 5-7. Perform SetValueInBuffer(buffer, byteIndexInBuffer, elementType, v, true, seq-cst).
    uint8_t bytes[8];
    store_element(typed_array->type(), bytes, v);
    atomic_write(typed_array->buffer()->data() + byte_index, typed_array->element_size(), bytes);
    // 8. Return v.
    return v;
}

// Atomics.notify ( typedArray, index, count ) — https://tc39.es/ecma262/#sec-atomics.notify
ThrowCompletionOr<Value> notify(VM& vm, Arguments const& arguments)
{
    constexpr std::string_view method = "Atomics.notify";
    // 1. Let taRecord be ? ValidateIntegerTypedArray(typedArray, true).
    TypedArrayObject* typed_array = TRY(validate_integer_typed_array(vm, arguments.at(0), Waitable::Yes, method));
    // 2. Let byteIndexInBuffer be ? ValidateAtomicAccess(taRecord, index).
    size_t byte_index = TRY(validate_atomic_access(vm, *typed_array, arguments.at(1)));
    // 3. If count is undefined, let c be +∞; else let c be max(? ToIntegerOrInfinity(count), 0).
    double c = INFINITY;
    if (!arguments.at(2).is_undefined())
        c = std::max(TRY(to_integer_or_infinity(vm, arguments.at(2))), 0.0);
    // 4-6. If IsSharedArrayBuffer(buffer) is false, return +0𝔽.
    ArrayBufferObject* buffer = typed_array->buffer();
    if (!buffer->is_shared())
        return Value::int32(0);
    // 7-13. Remove up to c waiters of WL (block, byteIndexInBuffer) and wake them.
    // 14. Return 𝔽(n).
    return Value::number(double(notify_location(*buffer->shared_block(), byte_index, c)));
}

// Atomics.pause ( [ N ] ) — https://tc39.es/ecma262/#sec-atomics.pause
ThrowCompletionOr<Value> pause(VM& vm, Arguments const& arguments)
{
    // 1. If N is neither undefined nor an integral Number, throw a TypeError exception.
    Value n = arguments.at(0);
    if (!n.is_undefined() && !is_integral_number(n))
        return vm.throw_type_error(ErrorType::NotA, { "Atomics.pause", "integral Number" });
    // 2. If the execution environment of the ECMAScript implementation supports signaling to
    //    the operating system or CPU that the current executing code is in a spin-wait loop,
    //    send that signal.
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
    // 3. Return undefined.
    return Value::undefined();
}

namespace {

enum class WaitMode : uint8_t { Sync, Async };

String* wait_result_string(VM& vm, WaitResult result)
{
    std::string_view text = result == WaitResult::Ok ? "ok" : result == WaitResult::NotEqual ? "not-equal" : "timed-out";
    return vm.atoms().intern_latin1(text);
}

// Atomics.waitAsync's result when it settles at once: { async: false, value }.
Value async_result(VM& vm, Object& result_object, bool async, Value value)
{
    MUST(create_data_property_or_throw(vm, result_object, PropertyKey::from_atom(vm.atoms().intern_latin1("async")), Value::boolean(async)));
    MUST(create_data_property_or_throw(vm, result_object, PropertyKey::from_atom(vm.atoms().intern_latin1("value")), value));
    return Value::object(&result_object);
}

// DoWait ( mode, typedArray, index, value, timeout ) — https://tc39.es/ecma262/#sec-dowait
ThrowCompletionOr<Value> do_wait(VM& vm, Arguments const& arguments, WaitMode mode)
{
    std::string_view method = mode == WaitMode::Sync ? "Atomics.wait" : "Atomics.waitAsync";
    // 1. Let taRecord be ? ValidateIntegerTypedArray(typedArray, true).
    TypedArrayObject* typed_array = TRY(validate_integer_typed_array(vm, arguments.at(0), Waitable::Yes, method));
    // 2-3. If IsSharedArrayBuffer(buffer) is false, throw a TypeError exception.
    ArrayBufferObject* buffer = typed_array->buffer();
    if (!buffer->is_shared())
        return vm.throw_type_error(ErrorType::NotA, { method, "view on a SharedArrayBuffer" });
    // 4. Let i be ? ValidateAtomicAccess(taRecord, index).
    size_t byte_index = TRY(validate_atomic_access(vm, *typed_array, arguments.at(1)));
    // 5-7. Let v be ? ToBigInt64(value) or ? ToInt32(value).
    int64_t v = typed_array->type() == TypedArrayType::BigInt64 ? bigint_to_int64(*TRY(to_bigint(vm, arguments.at(2))))
                                                                 : TRY(to_int32(vm, arguments.at(2)));
    // 8. Let q be ? ToNumber(timeout).
    double q = TRY(to_number(vm, arguments.at(3)));
    // 9. If q is NaN or +∞, let t be +∞; else if q is -∞, let t be 0; else max(ℝ(q), 0).
    double t = std::isnan(q) ? INFINITY : std::max(q, 0.0);
    // 10. If mode is sync and AgentCanSuspend() is false, throw a TypeError exception.
    if (mode == WaitMode::Sync && !vm.can_suspend())
        return vm.throw_type_error(ErrorType::NotA, { method, "call in an agent that can suspend" });
    // 11-14. block, and WL = GetWaiterList(block, byteIndexInBuffer).
    SharedDataBlock& block = *buffer->shared_block();
    // 15. If mode is sync: a synchronous wait (the waiter list does the rest).
    if (mode == WaitMode::Sync)
        return Value::string(wait_result_string(vm, wait_on_location(block, byte_index, typed_array->element_size(), v, t)));
    // 16. Else: promiseCapability = ! NewPromiseCapability(%Promise%), resultObject =
    //     OrdinaryObjectCreate(%Object.prototype%).
    Promise* promise = Promise::create(vm);
    Object* result_object = Object::create(vm, vm.current_realm().object_prototype());
    auto deadline = wait_deadline(t);
    {
        // 17. Perform EnterCriticalSection(WL).
        auto lock = enter_waiter_critical_section();
        // 18-20. Let w be the value at i; if v ≠ w, leave the critical section and return
        //        { async: false, value: "not-equal" }.
        if (read_waiter_location(block, byte_index, typed_array->element_size()) != v) {
            lock.unlock();
            return async_result(vm, *result_object, false, Value::string(wait_result_string(vm, WaitResult::NotEqual)));
        }
        // 21. If t is 0 and mode is async, leave the critical section and return
        //     { async: false, value: "timed-out" }.
        if (t == 0) {
            lock.unlock();
            return async_result(vm, *result_object, false, Value::string(wait_result_string(vm, WaitResult::TimedOut)));
        }
        // 22-29. Append a waiter record (with the promise capability and, if t is finite, a
        //        timeout job) to WL; leave the critical section.
        vm.async_waits().add(block, byte_index, deadline, *promise);
    }
    // 30-32. Return { async: true, value: promiseCapability.[[Promise]] }.
    return async_result(vm, *result_object, true, Value::object(promise));
}

}

// Atomics.wait ( typedArray, index, value, timeout ) — https://tc39.es/ecma262/#sec-atomics.wait
ThrowCompletionOr<Value> wait(VM& vm, Arguments const& arguments)
{
    // 1. Return ? DoWait(sync, typedArray, index, value, timeout).
    return do_wait(vm, arguments, WaitMode::Sync);
}

// Atomics.waitAsync ( typedArray, index, value, timeout ) — https://tc39.es/ecma262/#sec-atomics.waitasync
ThrowCompletionOr<Value> wait_async(VM& vm, Arguments const& arguments)
{
    // 1. Return ? DoWait(async, typedArray, index, value, timeout).
    return do_wait(vm, arguments, WaitMode::Async);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/atomics/atomics.def"
    // 25.4.17 Atomics [ %Symbol.toStringTag% ]: "Atomics".
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("Atomics")), kConfigurableOnly)));
}

}
