#include "runtime/builtins/bigint/bigint_prototype.h"

#include "runtime/abstract_operations.h"
#include "runtime/atom_table.h"
#include "runtime/bigint.h"
#include "runtime/error_types.h"
#include "runtime/object_operations.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/symbol_registry.h"
#include "runtime/vm.h"

namespace sable::runtime::builtins::bigint_prototype {

namespace {

// ThisBigIntValue ( value ) — https://tc39.es/ecma262/#sec-thisbigintvalue
ThrowCompletionOr<BigInt*> this_bigint_value(VM& vm, Value value, std::string_view method)
{
    // 1. If value is a BigInt, return value.
    if (value.is_bigint())
        return value.as_bigint();
    // 2. If value is an Object and value has a [[BigIntData]] internal slot, return it.
    if (auto wrapped = wrapped_primitive(value, ObjectKind::BigIntObject))
        return wrapped->as_bigint();
    // 3. Throw a TypeError exception.
    return vm.throw_type_error(ErrorType::NotA, { method, "BigInt" });
}

}

// BigInt.prototype.toLocaleString ( [ reserved1 [ , reserved2 ] ] ) — without ECMA-402, toString().
ThrowCompletionOr<Value> to_locale_string(VM& vm, Arguments const& arguments)
{
    BigInt* x = TRY(this_bigint_value(vm, arguments.this_value, "BigInt.prototype.toLocaleString"));
    return Value::string(bigint_to_string(vm, *x));
}

// BigInt.prototype.toString ( [ radix ] ) — https://tc39.es/ecma262/#sec-bigint.prototype.tostring
ThrowCompletionOr<Value> to_string(VM& vm, Arguments const& arguments)
{
    // 1. Let x be ? ThisBigIntValue(this value).
    BigInt* x = TRY(this_bigint_value(vm, arguments.this_value, "BigInt.prototype.toString"));
    // 2-4. radixMV: 10 when undefined, else ? ToIntegerOrInfinity(radix) in 2..36.
    double radix = 10;
    if (!arguments.at(0).is_undefined())
        radix = TRY(to_integer_or_infinity(vm, arguments.at(0)));
    if (radix < 2 || radix > 36)
        return vm.throw_range_error(vm.current_realm(), "toString() radix must be between 2 and 36");
    // 5. Return BigInt::toString(x, radixMV).
    return Value::string(bigint_to_string(vm, *x, int(radix)));
}

// BigInt.prototype.valueOf ( ) — https://tc39.es/ecma262/#sec-bigint.prototype.valueof
ThrowCompletionOr<Value> value_of(VM& vm, Arguments const& arguments)
{
    // 1. Return ? ThisBigIntValue(this value).
    return Value::bigint(TRY(this_bigint_value(vm, arguments.this_value, "BigInt.prototype.valueOf")));
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/bigint/bigint_prototype.def"
    // 21.2.3.5 BigInt.prototype [ %Symbol.toStringTag% ]: "BigInt", configurable only.
    MUST(define_property_or_throw(vm, target, PropertyKey::from_symbol(vm.symbols().to_string_tag),
        PropertyDescriptor::data(Value::string(vm.atoms().intern_latin1("BigInt")), kConfigurableOnly)));
}

}
