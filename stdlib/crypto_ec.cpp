// The elliptic-curve part of internalBinding('crypto'), for lib/internal/crypto/curves.js and
// ecdh.js: the named curves, and the point arithmetic ECDH objects need (a public key is the
// private scalar times the generator; a shared secret is the x coordinate of the private
// scalar times the peer's point).

#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/crypto_support.h"

#include <openssl/ec.h>

#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

// curveNames ( ): the short names of OpenSSL's built-in curves, joined by '\n'.
ThrowCompletionOr<Value> curve_names(VM& vm, Arguments const&)
{
    size_t count = openssl().EC_get_builtin_curves(nullptr, 0);
    std::vector<EC_builtin_curve> curves(count);
    openssl().EC_get_builtin_curves(curves.data(), count);
    std::string names;
    for (auto const& curve : curves) {
        names += names.empty() ? "" : "\n";
        names += openssl().OBJ_nid2sn(curve.nid);
    }
    return string_value(vm, names);
}

// The group of the curve named by the string argument (its short name), or nullptr.
ThrowCompletionOr<EC_GROUP*> group_argument(VM& vm, Value value)
{
    std::string name = TRY(utf8_argument(vm, value));
    int nid = openssl().OBJ_sn2nid(name.c_str());
    return nid ? openssl().EC_GROUP_new_by_curve_name(nid) : nullptr;
}

// The point encoding of a POINT_CONVERSION_* number argument.
point_conversion_form_t form_argument(Value value)
{
    return point_conversion_form_t(value.is_number() ? int(value.as_number()) : POINT_CONVERSION_UNCOMPRESSED);
}

// The point's encoding in `form`, or false.
ThrowCompletionOr<Value> point_bytes(VM& vm, EC_GROUP const* group, EC_POINT const* point, point_conversion_form_t form)
{
    size_t length = openssl().EC_POINT_point2oct(group, point, form, nullptr, 0, nullptr);
    std::vector<uint8_t> bytes(length);
    if (!length || openssl().EC_POINT_point2oct(group, point, form, bytes.data(), length, nullptr) != length)
        return Value::boolean(false);
    return array_buffer_of(vm, bytes);
}

// A point decoded from bytes on the group's curve, or nullptr.
EC_POINT* decode_point(EC_GROUP const* group, std::span<uint8_t const> bytes)
{
    EC_POINT* point = openssl().EC_POINT_new(group);
    if (point && openssl().EC_POINT_oct2point(group, point, bytes.data(), bytes.size(), nullptr) == 1)
        return point;
    openssl().EC_POINT_free(point);
    return nullptr;
}

// A private scalar from big-endian bytes, when it lies in [1, order - 1]; else nullptr.
BIGNUM* decode_scalar(EC_GROUP const* group, std::span<uint8_t const> bytes)
{
    BIGNUM* scalar = openssl().BN_bin2bn(bytes.data(), int(bytes.size()), nullptr);
    if (scalar && !openssl().BN_is_zero(scalar) && openssl().BN_cmp(scalar, openssl().EC_GROUP_get0_order(group)) < 0)
        return scalar;
    openssl().BN_free(scalar);
    return nullptr;
}

// ecPoint ( curve, scalar, point, form ): scalar × point (point undefined: the generator),
// encoded in form (POINT_CONVERSION_*); false when the curve, scalar or point is invalid.
ThrowCompletionOr<Value> ec_point(VM& vm, Arguments const& arguments)
{
    EC_GROUP* group = TRY(group_argument(vm, arguments.at(0)));
    if (!group)
        return Value::boolean(false);
    BIGNUM* scalar = decode_scalar(group, bytes_argument(arguments.at(1)));
    EC_POINT* base = arguments.at(2).is_undefined() ? nullptr : decode_point(group, bytes_argument(arguments.at(2)));
    EC_POINT* product = openssl().EC_POINT_new(group);
    bool ok = scalar && product && (arguments.at(2).is_undefined() || base)
        && openssl().EC_POINT_mul(group, product, base ? nullptr : scalar, base, base ? scalar : nullptr, nullptr) == 1;
    Value result = ok ? TRY(point_bytes(vm, group, product, form_argument(arguments.at(3)))) : Value::boolean(false);
    openssl().EC_POINT_free(product);
    openssl().EC_POINT_free(base);
    openssl().BN_free(scalar);
    openssl().EC_GROUP_free(group);
    return result;
}

// ecConvertPoint ( curve, point, form ): the point re-encoded in form, or false.
ThrowCompletionOr<Value> ec_convert_point(VM& vm, Arguments const& arguments)
{
    EC_GROUP* group = TRY(group_argument(vm, arguments.at(0)));
    EC_POINT* point = group ? decode_point(group, bytes_argument(arguments.at(1))) : nullptr;
    Value result = point ? TRY(point_bytes(vm, group, point, form_argument(arguments.at(2)))) : Value::boolean(false);
    openssl().EC_POINT_free(point);
    openssl().EC_GROUP_free(group);
    return result;
}

// ecFieldSize ( curve ): the byte length of a coordinate (and of an ECDH secret), 0 if unknown.
ThrowCompletionOr<Value> ec_field_size(VM& vm, Arguments const& arguments)
{
    EC_GROUP* group = TRY(group_argument(vm, arguments.at(0)));
    int bits = group ? openssl().EC_GROUP_get_degree(group) : 0;
    openssl().EC_GROUP_free(group);
    return Value::number((bits + 7) / 8);
}

}

void define_ec_functions(VM& vm, Realm& realm, Object& binding)
{
    define_native_method(vm, realm, binding, "curveNames", with_openssl<curve_names>, 0);
    define_native_method(vm, realm, binding, "ecPoint", with_openssl<ec_point>, 4);
    define_native_method(vm, realm, binding, "ecConvertPoint", with_openssl<ec_convert_point>, 3);
    define_native_method(vm, realm, binding, "ecFieldSize", with_openssl<ec_field_size>, 1);
}

}
