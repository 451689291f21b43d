#include "runtime/builtins/number/number_constructor.h"

#include "runtime/abstract_operations.h"
#include "runtime/bigint.h"
#include "runtime/atom_table.h"
#include "runtime/object.h"
#include "runtime/object_operations.h"
#include "runtime/primitive_wrapper.h"
#include "runtime/realm.h"
#include "runtime/vm.h"

#include <cmath>
#include <limits>

namespace sable::runtime::builtins::number_constructor {

namespace {
constexpr double kMaxSafeInteger = 9007199254740991.0;
}

// Number ( value ) — https://tc39.es/ecma262/#sec-number-constructor-number-value
ThrowCompletionOr<Value> behaviour(VM& vm, Arguments const& arguments)
{
    Value n = Value::int32(0);
    // 1. If value is present, then
    if (arguments.size() > 0) {
        // a. Let prim be ? ToNumeric(value).
        Value primitive = TRY(to_numeric(vm, arguments.at(0)));
        // b. If prim is a BigInt, let n be 𝔽(ℝ(prim)).
        // c. Otherwise, let n be prim.
        n = primitive.is_bigint() ? Value::number(bigint_to_double(*primitive.as_bigint())) : primitive;
    }
    // 2. Else, let n be +0.
    // 3. If NewTarget is undefined, return n.
    if (!arguments.new_target)
        return n;
    // 4. Let O be ? OrdinaryCreateFromConstructor(NewTarget, "%Number.prototype%", « [[NumberData]] »).
    Object* prototype = TRY(get_prototype_from_constructor(vm, *arguments.new_target, &Realm::number_prototype));
    // 5. Set O.[[NumberData]] to n. 6. Return O.
    return Value::object(PrimitiveWrapper::create(vm, ObjectKind::NumberObject, n, prototype));
}

// Number.isFinite ( number ) — https://tc39.es/ecma262/#sec-number.isfinite
ThrowCompletionOr<Value> is_finite(VM&, Arguments const& arguments)
{
    // 1. If number is not a Number, return false.
    // 2. If number is not finite, return false.
    // 3. Otherwise, return true.
    Value number = arguments.at(0);
    return Value::boolean(number.is_number() && std::isfinite(number.as_number()));
}

// Number.isInteger ( number ) — https://tc39.es/ecma262/#sec-number.isinteger
ThrowCompletionOr<Value> is_integer(VM&, Arguments const& arguments)
{
    // 1. Return IsIntegralNumber(number).
    return Value::boolean(is_integral_number(arguments.at(0)));
}

// Number.isNaN ( number ) — https://tc39.es/ecma262/#sec-number.isnan
ThrowCompletionOr<Value> is_nan(VM&, Arguments const& arguments)
{
    // 1. If number is not a Number, return false.
    // 2. If number is NaN, return true.
    // 3. Otherwise, return false.
    Value number = arguments.at(0);
    return Value::boolean(number.is_double() && std::isnan(number.as_double()));
}

// Number.isSafeInteger ( number ) — https://tc39.es/ecma262/#sec-number.issafeinteger
ThrowCompletionOr<Value> is_safe_integer(VM&, Arguments const& arguments)
{
    // 1. If IsIntegralNumber(number) is true, then
    //    a. If abs(ℝ(number)) ≤ 2^53 - 1, return true.
    // 2. Return false.
    Value number = arguments.at(0);
    return Value::boolean(is_integral_number(number) && std::fabs(number.as_number()) <= kMaxSafeInteger);
}

void initialize(VM& vm, Realm& realm, Object& target)
{
#include "runtime/builtins/install_builtins.h"
#include "runtime/builtins/number/number_constructor.def"
    // 21.1.2.1-14: the value properties, { [[Writable]]: false, [[Enumerable]]: false,
    // [[Configurable]]: false }.
    define_value(vm, target, "EPSILON", Value::raw_double(std::numeric_limits<double>::epsilon()), kConstant);
    define_value(vm, target, "MAX_SAFE_INTEGER", Value::number(kMaxSafeInteger), kConstant);
    define_value(vm, target, "MAX_VALUE", Value::raw_double(std::numeric_limits<double>::max()), kConstant);
    define_value(vm, target, "MIN_SAFE_INTEGER", Value::number(-kMaxSafeInteger), kConstant);
    define_value(vm, target, "MIN_VALUE", Value::raw_double(std::numeric_limits<double>::denorm_min()), kConstant);
    define_value(vm, target, "NaN", Value::raw_double(std::nan("")), kConstant);
    define_value(vm, target, "NEGATIVE_INFINITY", Value::raw_double(-INFINITY), kConstant);
    define_value(vm, target, "POSITIVE_INFINITY", Value::raw_double(INFINITY), kConstant);
    // 21.1.2.12 Number.parseFloat and 21.1.2.13 Number.parseInt are the global functions
    // (installed on the global object before this runs).
    Object& global = *realm.global_object();
    for (std::string_view name : { "parseFloat", "parseInt" }) {
        PropertyKey key = to_property_key(vm.atoms(), CodeUnitView(name));
        Value function = MUST(get(vm, global, key));
        define_value(vm, target, name, function, kMethod);
    }
}

}
