// The elliptic-curve part of internalBinding('crypto'), for lib/internal/crypto/curves.js and
// ecdh.js: the named curves, and the point arithmetic ECDH objects need.

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

}

void define_ec_functions(VM& vm, Realm& realm, Object& binding)
{
    define_native_method(vm, realm, binding, "curveNames", with_openssl<curve_names>, 0);
}

}
