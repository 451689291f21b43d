// internalBinding('crypto'): OpenSSL's digests, HMAC, key derivation and random bytes, for
// lib/crypto.js, and crypto.constants; ciphers are in crypto_cipher.cpp. The JS side validates
// arguments and allocates every output buffer; these functions only fill it and report
// OpenSSL's failure as `false` (JS throws Node's error).

#include "runtime/abstract_operations.h"
#include "runtime/value_list.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/node_host.h"
#include "stdlib/crypto_support.h"

#include <openssl/dh.h>
#include <openssl/ec.h>
#include <openssl/engine.h>
#include <openssl/rsa.h>
#include <openssl/ssl.h>

#include <span>
#include <string>

namespace sable::stdlib {

using namespace runtime;

namespace {

// Whether a loaded provider implements the digest (md4 and whirlpool are known to OpenSSL but
// live in its legacy provider, which is not loaded).
bool is_available(EVP_MD const* md)
{
    EVP_MD* fetched = md ? openssl().EVP_MD_fetch(nullptr, openssl().EVP_MD_get0_name(md), nullptr) : nullptr;
    openssl().EVP_MD_free(fetched);
    return fetched;
}

// The digest named by the string argument (OpenSSL's names and aliases), available or not.
ThrowCompletionOr<EVP_MD const*> known_digest_argument(VM& vm, Value value)
{
    std::string name = TRY(utf8_argument(vm, value));
    return openssl().EVP_get_digestbyname(name.c_str());
}

// The available digest named by the string argument, or nullptr.
ThrowCompletionOr<EVP_MD const*> digest_argument(VM& vm, Value value)
{
    EVP_MD const* md = TRY(known_digest_argument(vm, value));
    return is_available(md) ? md : nullptr;
}

// digestSize ( name ): the digest's default output length in bytes; -1 for an unknown name, -2
// for a digest no loaded provider implements.
ThrowCompletionOr<Value> digest_size(VM& vm, Arguments const& arguments)
{
    EVP_MD const* md = TRY(known_digest_argument(vm, arguments.at(0)));
    return Value::number(!md ? -1 : !is_available(md) ? -2 : openssl().EVP_MD_get_size(md));
}

// isXof ( name ): whether the digest is extendable (shake128, shake256): any output length.
ThrowCompletionOr<Value> is_xof(VM& vm, Arguments const& arguments)
{
    EVP_MD const* md = TRY(digest_argument(vm, arguments.at(0)));
    return Value::boolean(md && (openssl().EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF));
}

// digest ( name, data, out ): hashes data into out (whose length is the output length).
ThrowCompletionOr<Value> digest(VM& vm, Arguments const& arguments)
{
    EVP_MD const* md = TRY(digest_argument(vm, arguments.at(0)));
    std::span<uint8_t> data = bytes_argument(arguments.at(1));
    std::span<uint8_t> out = bytes_argument(arguments.at(2));
    if (!md)
        return Value::boolean(false);
    EVP_MD_CTX* context = openssl().EVP_MD_CTX_new();
    bool xof = openssl().EVP_MD_get_flags(md) & EVP_MD_FLAG_XOF;
    unsigned length = 0;
    bool ok = context && openssl().EVP_DigestInit_ex(context, md, nullptr) == 1
        && openssl().EVP_DigestUpdate(context, data.data(), data.size()) == 1
        && (xof ? openssl().EVP_DigestFinalXOF(context, out.data(), out.size()) == 1
                : out.size() == size_t(openssl().EVP_MD_get_size(md)) && openssl().EVP_DigestFinal_ex(context, out.data(), &length) == 1);
    openssl().EVP_MD_CTX_free(context);
    return Value::boolean(ok);
}

// hmac ( name, key, data, out ): the HMAC of data under key, into out (the digest's size).
ThrowCompletionOr<Value> hmac(VM& vm, Arguments const& arguments)
{
    EVP_MD const* md = TRY(digest_argument(vm, arguments.at(0)));
    std::span<uint8_t> key = bytes_argument(arguments.at(1));
    std::span<uint8_t> data = bytes_argument(arguments.at(2));
    std::span<uint8_t> out = bytes_argument(arguments.at(3));
    if (!md || out.size() != size_t(openssl().EVP_MD_get_size(md)))
        return Value::boolean(false);
    // HMAC() reads a null key as "no key": give an empty key a valid address.
    static uint8_t const kEmpty = 0;
    unsigned length = 0;
    return Value::boolean(openssl().HMAC(md, key.empty() ? &kEmpty : key.data(), int(key.size()), data.data(), data.size(),
                              out.data(), &length)
        != nullptr);
}

// digestNames ( ): the names of the available digests and their aliases, sorted, joined by '\n'.
ThrowCompletionOr<Value> digest_names(VM& vm, Arguments const&)
{
    std::string names;
    openssl().EVP_MD_do_all_sorted(
        [](EVP_MD const* md, char const* from, char const*, void* out) {
            if (!is_available(md ? md : openssl().EVP_get_digestbyname(from)))
                return;
            auto& list = *static_cast<std::string*>(out);
            list += list.empty() ? "" : "\n";
            list += from;
        },
        &names);
    return string_value(vm, names);
}

// randomFill ( view ): fills the typed array with cryptographically strong random bytes.
ThrowCompletionOr<Value> random_fill(VM&, Arguments const& arguments)
{
    std::span<uint8_t> out = bytes_argument(arguments.at(0));
    // RAND_bytes takes an int length: fill large views in pieces.
    for (size_t done = 0; done < out.size();) {
        size_t piece = std::min<size_t>(out.size() - done, 1u << 30);
        if (openssl().RAND_bytes(out.data() + done, int(piece)) != 1)
            return Value::boolean(false);
        done += piece;
    }
    return Value::boolean(true);
}

// timingSafeEqual ( a, b ): whether two views of the same length hold the same bytes, in time
// that does not depend on where they differ.
ThrowCompletionOr<Value> timing_safe_equal(VM&, Arguments const& arguments)
{
    std::span<uint8_t> a = bytes_argument(arguments.at(0));
    std::span<uint8_t> b = bytes_argument(arguments.at(1));
    return Value::boolean(a.size() == b.size() && openssl().CRYPTO_memcmp(a.data(), b.data(), a.size()) == 0);
}

// pbkdf2 ( password, salt, iterations, digestName, out ): PBKDF2-HMAC into out.
ThrowCompletionOr<Value> pbkdf2(VM& vm, Arguments const& arguments)
{
    std::span<uint8_t> password = bytes_argument(arguments.at(0));
    std::span<uint8_t> salt = bytes_argument(arguments.at(1));
    int iterations = int(arguments.at(2).is_number() ? arguments.at(2).as_number() : 1);
    EVP_MD const* md = TRY(digest_argument(vm, arguments.at(3)));
    std::span<uint8_t> out = bytes_argument(arguments.at(4));
    if (!md)
        return Value::boolean(false);
    return Value::boolean(openssl().PKCS5_PBKDF2_HMAC(reinterpret_cast<char const*>(password.data()), int(password.size()),
                              salt.data(), int(salt.size()), iterations, md, int(out.size()), out.data())
        == 1);
}

// scrypt ( password, salt, N, r, p, maxmem, out ): the scrypt key derivation into out: true, or
// when the parameters are invalid or need more than maxmem bytes, OpenSSL's error text (maybe
// empty).
ThrowCompletionOr<Value> scrypt(VM& vm, Arguments const& arguments)
{
    std::span<uint8_t> password = bytes_argument(arguments.at(0));
    std::span<uint8_t> salt = bytes_argument(arguments.at(1));
    auto integer = [&](size_t index) { return uint64_t(arguments.at(index).is_number() ? arguments.at(index).as_number() : 0); };
    std::span<uint8_t> out = bytes_argument(arguments.at(6));
    openssl().ERR_clear_error();
    if (openssl().EVP_PBE_scrypt(reinterpret_cast<char const*>(password.data()), password.size(), salt.data(), salt.size(),
            integer(2), integer(3), integer(4), integer(5), out.data(), out.size())
        == 1)
        return Value::boolean(true);
    char text[256] = "";
    if (unsigned long error = openssl().ERR_get_error())
        openssl().ERR_error_string_n(error, text, sizeof(text));
    openssl().ERR_clear_error();
    return string_value(vm, text);
}

// hkdf ( digestName, key, salt, info, out ): HKDF (extract then expand) into out.
ThrowCompletionOr<Value> hkdf(VM& vm, Arguments const& arguments)
{
    EVP_MD const* md = TRY(digest_argument(vm, arguments.at(0)));
    std::span<uint8_t> key = bytes_argument(arguments.at(1));
    std::span<uint8_t> salt = bytes_argument(arguments.at(2));
    std::span<uint8_t> info = bytes_argument(arguments.at(3));
    std::span<uint8_t> out = bytes_argument(arguments.at(4));
    if (!md)
        return Value::boolean(false);
    // An empty key or salt still needs an address.
    static uint8_t const kEmpty = 0;
    auto address = [](std::span<uint8_t> bytes) { return bytes.empty() ? &kEmpty : bytes.data(); };
    EVP_PKEY_CTX* context = openssl().EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    size_t length = out.size();
    bool ok = context && openssl().EVP_PKEY_derive_init(context) == 1 && openssl().EVP_PKEY_CTX_set_hkdf_md(context, md) == 1
        && openssl().EVP_PKEY_CTX_set1_hkdf_key(context, address(key), int(key.size())) == 1
        && openssl().EVP_PKEY_CTX_set1_hkdf_salt(context, address(salt), int(salt.size())) == 1
        && openssl().EVP_PKEY_CTX_add1_hkdf_info(context, address(info), int(info.size())) == 1
        && openssl().EVP_PKEY_derive(context, out.data(), &length) == 1;
    openssl().EVP_PKEY_CTX_free(context);
    return Value::boolean(ok);
}

// The numbers of crypto.constants, from OpenSSL's headers (those of the library loaded), in
// Node's order.
#define SABLE_CRYPTO_CONSTANTS(X)                                                                    \
    X(OPENSSL_VERSION_NUMBER) X(SSL_OP_ALL) X(SSL_OP_ALLOW_NO_DHE_KEX) X(SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION)             \
    X(SSL_OP_CIPHER_SERVER_PREFERENCE) X(SSL_OP_CISCO_ANYCONNECT) X(SSL_OP_COOKIE_EXCHANGE)          \
    X(SSL_OP_CRYPTOPRO_TLSEXT_BUG) X(SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS) X(SSL_OP_LEGACY_SERVER_CONNECT) \
    X(SSL_OP_NO_COMPRESSION) X(SSL_OP_NO_ENCRYPT_THEN_MAC) X(SSL_OP_NO_QUERY_MTU)                     \
    X(SSL_OP_NO_RENEGOTIATION) X(SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION) X(SSL_OP_NO_SSLv2)    \
    X(SSL_OP_NO_SSLv3) X(SSL_OP_NO_TICKET) X(SSL_OP_NO_TLSv1) X(SSL_OP_NO_TLSv1_1) X(SSL_OP_NO_TLSv1_2) \
    X(SSL_OP_NO_TLSv1_3) X(SSL_OP_PRIORITIZE_CHACHA) X(SSL_OP_TLS_ROLLBACK_BUG) X(ENGINE_METHOD_RSA)   \
    X(ENGINE_METHOD_DSA) X(ENGINE_METHOD_DH) X(ENGINE_METHOD_RAND) X(ENGINE_METHOD_EC)                \
    X(ENGINE_METHOD_CIPHERS) X(ENGINE_METHOD_DIGESTS) X(ENGINE_METHOD_PKEY_METHS)                     \
    X(ENGINE_METHOD_PKEY_ASN1_METHS) X(ENGINE_METHOD_ALL) X(ENGINE_METHOD_NONE)                       \
    X(DH_CHECK_P_NOT_SAFE_PRIME) X(DH_CHECK_P_NOT_PRIME) X(DH_UNABLE_TO_CHECK_GENERATOR)              \
    X(DH_NOT_SUITABLE_GENERATOR) X(RSA_PKCS1_PADDING) X(RSA_NO_PADDING) X(RSA_PKCS1_OAEP_PADDING)     \
    X(RSA_X931_PADDING) X(RSA_PKCS1_PSS_PADDING) X(RSA_PSS_SALTLEN_DIGEST) X(RSA_PSS_SALTLEN_MAX_SIGN) \
    X(RSA_PSS_SALTLEN_AUTO)

// The TLS versions and EC point forms, which follow the cipher lists in Node's order.
#define SABLE_CRYPTO_LATE_CONSTANTS(X)                                                               \
    X(TLS1_VERSION) X(TLS1_1_VERSION) X(TLS1_2_VERSION) X(TLS1_3_VERSION) X(POINT_CONVERSION_COMPRESSED) \
    X(POINT_CONVERSION_UNCOMPRESSED) X(POINT_CONVERSION_HYBRID)

// [name, value, name, value...] of a constants list.
Value constant_list(VM& vm, bool late)
{
    ValueList entries(vm.heap());
#define SABLE_CRYPTO_CONSTANT(name)          \
    entries.append(string_value(vm, #name)); \
    entries.append(Value::number(double(name)));
    if (late) {
        SABLE_CRYPTO_LATE_CONSTANTS(SABLE_CRYPTO_CONSTANT)
    } else {
        SABLE_CRYPTO_CONSTANTS(SABLE_CRYPTO_CONSTANT)
    }
#undef SABLE_CRYPTO_CONSTANT
    return Value::object(create_array_from_list(vm, entries.span()));
}

}

Object* create_crypto_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "digestSize", with_openssl<digest_size>, 1);
    define_native_method(vm, realm, *binding, "isXof", with_openssl<is_xof>, 1);
    define_native_method(vm, realm, *binding, "digest", with_openssl<digest>, 3);
    define_native_method(vm, realm, *binding, "hmac", with_openssl<hmac>, 4);
    define_native_method(vm, realm, *binding, "digestNames", with_openssl<digest_names>, 0);
    define_native_method(vm, realm, *binding, "randomFill", with_openssl<random_fill>, 1);
    define_native_method(vm, realm, *binding, "timingSafeEqual", with_openssl<timing_safe_equal>, 2);
    define_native_method(vm, realm, *binding, "pbkdf2", with_openssl<pbkdf2>, 5);
    define_native_method(vm, realm, *binding, "scrypt", with_openssl<scrypt>, 7);
    define_native_method(vm, realm, *binding, "hkdf", with_openssl<hkdf>, 5);
    define_native_method(vm, realm, *binding, "takeError", with_openssl<take_openssl_error>, 0);
    // Numbers from the headers: reading them loads nothing.
    define_data(vm, *binding, "constants", constant_list(vm, false));
    define_data(vm, *binding, "lateConstants", constant_list(vm, true));
    define_cipher_functions(vm, realm, *binding);
    define_key_functions(vm, realm, *binding);
    define_ec_functions(vm, realm, *binding);
    define_bignum_functions(vm, realm, *binding);
    define_x509_functions(vm, realm, *binding);
    return binding;
}

}
