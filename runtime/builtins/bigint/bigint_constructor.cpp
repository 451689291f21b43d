#include "runtime/builtins/bigint/bigint_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/bigint.h"
#include "runtime/error_types.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::bigint_constructor {

// BigInt ( value ) — https://tc39.es/ecma262/#sec-bigint-constructor-number-value
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    // 1. If NewTarget is not undefined, throw a TypeError exception.
    if (arguments.new_target)
        return vm.throw_type_error(ErrorType::NotAConstructor, { "BigInt" });
    // 2. Let prim be ? ToPrimitive(value, number).
    Value primitive = TRY(to_primitive(vm, arguments.at(0), PreferredType::Number));
    // 3. If prim is a Number, return ? NumberToBigInt(prim).
    if (primitive.is_number())
        return Value::bigint(TRY(number_to_bigint(vm, primitive.as_number())));
    // 4. Otherwise, return ? ToBigInt(prim).
    return Value::bigint(TRY(to_bigint(vm, primitive)));
}

// BigInt.asIntN ( bits, bigint ) — https://tc39.es/ecma262/#sec-bigint.asintn
ThrowCompletionOr<Value> as_int_n(VM& vm, Arguments const& arguments)
{
    // 1. Set bits to ? ToIndex(bits).
    uint64_t bits = TRY(to_index(vm, arguments.at(0)));
    // 2. Set bigint to ? ToBigInt(bigint).
    BigInt* bigint = TRY(to_bigint(vm, arguments.at(1)));
    // 3-4.
    return Value::bigint(TRY(bigint_as_int_n(vm, bits, *bigint)));
}

// BigInt.asUintN ( bits, bigint ) — https://tc39.es/ecma262/#sec-bigint.asuintn
ThrowCompletionOr<Value> as_uint_n(VM& vm, Arguments const& arguments)
{
    // 1. Set bits to ? ToIndex(bits).
    uint64_t bits = TRY(to_index(vm, arguments.at(0)));
    // 2. Set bigint to ? ToBigInt(bigint).
    BigInt* bigint = TRY(to_bigint(vm, arguments.at(1)));
    // 3.
    return Value::bigint(TRY(bigint_as_uint_n(vm, bits, *bigint)));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/bigint/bigint_constructor.def"
}

}
