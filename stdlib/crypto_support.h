#pragma once
// What the crypto binding's parts share (binding_crypto.cpp, crypto_*.cpp): reading byte
// arguments, making byte results, loading libcrypto before a function runs, and OpenSSL's last
// error as the details Node's errors carry.

#include "runtime/completion.h"
#include "runtime/native_function.h"
#include "runtime/value.h"
#include "stdlib/binding_support.h"
#include "stdlib/openssl_library.h"

#include <cstdint>
#include <span>
#include <string>

namespace sable::runtime {
class Object;
class Realm;
class VM;
}

namespace sable::stdlib {

// The bytes a typed array argument views (empty for anything else).
std::span<uint8_t> bytes_argument(runtime::Value);

// takeError ( ): OpenSSL's first queued error as [message, library, reason, code prefix] (the
// prefix names the library in Node's ERR_OSSL_<prefix><REASON> codes, "EVP_" or ""), or
// undefined when there is none; the error queue is cleared.
runtime::ThrowCompletionOr<runtime::Value> take_openssl_error(runtime::VM&, runtime::Arguments const&);

// The name Node puts in the codes of errors from OpenSSL library `library` (ERR_LIB_EVP: "EVP",
// as in ERR_OSSL_EVP_...), or "" for the libraries it leaves out (the providers').
char const* openssl_library_code_name(int library);

// A key as JS keeps it (canonical DER: PKCS#8 when private, else SubjectPublicKeyInfo), decoded;
// nullptr if it cannot be. The caller frees it (EVP_PKEY_free).
EVP_PKEY* decode_stored_key(std::span<uint8_t const> der, bool private_key);

// Runs a binding function once libcrypto is loaded (an Error saying why if it cannot be).
runtime::ThrowCompletion throw_openssl_unavailable(runtime::VM&, std::string const& error);
template<runtime::NativeFunctionPointer function>
runtime::ThrowCompletionOr<runtime::Value> with_openssl(runtime::VM& vm, runtime::Arguments const& arguments)
{
    std::string error;
    if (!load_openssl(error))
        return throw_openssl_unavailable(vm, error);
    return function(vm, arguments);
}

// The parts of the binding defined in their own files.
void define_cipher_functions(runtime::VM&, runtime::Realm&, runtime::Object& binding);
void define_key_functions(runtime::VM&, runtime::Realm&, runtime::Object& binding);
void define_ec_functions(runtime::VM&, runtime::Realm&, runtime::Object& binding);
void define_bignum_functions(runtime::VM&, runtime::Realm&, runtime::Object& binding);
void define_x509_functions(runtime::VM&, runtime::Realm&, runtime::Object& binding);

}
