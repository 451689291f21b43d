#include "stdlib/crypto_support.h"

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"

#include <cstring>

namespace sable::stdlib {

using namespace runtime;

std::span<uint8_t> bytes_argument(Value value)
{
    TypedArrayObject* array = as_typed_array(value);
    if (!array || array->is_out_of_bounds())
        return {};
    return { array->buffer()->data() + array->byte_offset(), array->byte_length() };
}

char const* openssl_library_code_name(int library)
{
    switch (library) {
#define SABLE_OPENSSL_LIBRARY(name) \
    case ERR_LIB_##name: return #name;
        SABLE_OPENSSL_LIBRARY(SYS) SABLE_OPENSSL_LIBRARY(BN) SABLE_OPENSSL_LIBRARY(RSA) SABLE_OPENSSL_LIBRARY(DH)
        SABLE_OPENSSL_LIBRARY(EVP) SABLE_OPENSSL_LIBRARY(BUF) SABLE_OPENSSL_LIBRARY(OBJ) SABLE_OPENSSL_LIBRARY(PEM)
        SABLE_OPENSSL_LIBRARY(DSA) SABLE_OPENSSL_LIBRARY(X509) SABLE_OPENSSL_LIBRARY(ASN1) SABLE_OPENSSL_LIBRARY(CONF)
        SABLE_OPENSSL_LIBRARY(CRYPTO) SABLE_OPENSSL_LIBRARY(EC) SABLE_OPENSSL_LIBRARY(SSL) SABLE_OPENSSL_LIBRARY(BIO)
        SABLE_OPENSSL_LIBRARY(PKCS7) SABLE_OPENSSL_LIBRARY(X509V3) SABLE_OPENSSL_LIBRARY(PKCS12)
        SABLE_OPENSSL_LIBRARY(RAND) SABLE_OPENSSL_LIBRARY(DSO) SABLE_OPENSSL_LIBRARY(ENGINE) SABLE_OPENSSL_LIBRARY(OCSP)
        SABLE_OPENSSL_LIBRARY(UI) SABLE_OPENSSL_LIBRARY(COMP) SABLE_OPENSSL_LIBRARY(ECDSA) SABLE_OPENSSL_LIBRARY(ECDH)
        SABLE_OPENSSL_LIBRARY(OSSL_STORE) SABLE_OPENSSL_LIBRARY(FIPS) SABLE_OPENSSL_LIBRARY(CMS) SABLE_OPENSSL_LIBRARY(TS)
        SABLE_OPENSSL_LIBRARY(HMAC) SABLE_OPENSSL_LIBRARY(CT) SABLE_OPENSSL_LIBRARY(ASYNC) SABLE_OPENSSL_LIBRARY(KDF)
        SABLE_OPENSSL_LIBRARY(SM2) SABLE_OPENSSL_LIBRARY(USER)
#undef SABLE_OPENSSL_LIBRARY
    default: return "";
    }
}

ThrowCompletionOr<Value> take_openssl_error(VM& vm, Arguments const&)
{
    unsigned long error = openssl().ERR_peek_error();
    openssl().ERR_clear_error();
    if (!error)
        return Value::undefined();
    char message[256] = "";
    openssl().ERR_error_string_n(error, message, sizeof(message));
    char const* library = openssl().ERR_lib_error_string(error);
    char const* reason = openssl().ERR_reason_error_string(error);
    Value fields[] = {
        string_value(vm, message),
        string_value(vm, library ? library : ""),
        string_value(vm, reason ? reason : ""),
        string_value(vm, *openssl_library_code_name(ERR_GET_LIB(error)) ? std::string(openssl_library_code_name(ERR_GET_LIB(error))) + "_" : ""),
    };
    return Value::object(create_array_from_list(vm, fields));
}

ThrowCompletion throw_openssl_unavailable(VM& vm, std::string const& error)
{
    return vm.throw_error(vm.current_realm(), ErrorKind::Error, "crypto is unavailable: " + error);
}

}
