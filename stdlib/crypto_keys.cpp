// The key part of internalBinding('crypto'): asymmetric keys for lib/internal/crypto/keys*.js,
// signatures and RSA encryption. JS keeps a key as its canonical DER (PKCS#8 PrivateKeyInfo for
// private keys, SubjectPublicKeyInfo for public ones) and passes it back with each operation,
// so no native key outlives a call. Failures return `false` (JS reads the details with
// takeError).

#include "runtime/abstract_operations.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/value_list.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/crypto_support.h"

#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/rsa.h>

#include <memory>
#include <vector>

namespace sable::stdlib {

using namespace runtime;

namespace {

struct KeyDeleter {
    void operator()(EVP_PKEY* key) const { openssl().EVP_PKEY_free(key); }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;

// The passphrase a decoder's callback gives encrypted input (when one was given).
struct Passphrase {
    std::span<uint8_t> bytes;
    bool given { false };
};

// A PEM password callback: the passphrase's length, or -1 (cancelled) without one.
int passphrase_callback(char* buffer, int size, int, void* data)
{
    auto& passphrase = *static_cast<Passphrase*>(data);
    if (!passphrase.given || passphrase.bytes.size() > size_t(size))
        return -1;
    std::copy(passphrase.bytes.begin(), passphrase.bytes.end(), buffer);
    return int(passphrase.bytes.size());
}

// Decodes a key from `data` in `format` ("PEM" or "DER"), of the structure (nullptr for any)
// and key type (nullptr for any), a private key when `selection` asks for one.
Key decode(std::span<uint8_t const> data, char const* format, char const* structure, char const* type, int selection,
    Passphrase* passphrase = nullptr)
{
    EVP_PKEY* key = nullptr;
    OSSL_DECODER_CTX* decoder = openssl().OSSL_DECODER_CTX_new_for_pkey(&key, format, structure, type, selection, nullptr, nullptr);
    if (!decoder)
        return nullptr;
    Passphrase none;
    openssl().OSSL_DECODER_CTX_set_pem_password_cb(decoder, passphrase_callback, passphrase ? passphrase : &none);
    unsigned char const* cursor = data.data();
    size_t length = data.size();
    bool ok = openssl().OSSL_DECODER_from_data(decoder, &cursor, &length) == 1;
    openssl().OSSL_DECODER_CTX_free(decoder);
    if (!ok) {
        openssl().EVP_PKEY_free(key);
        return nullptr;
    }
    return Key(key);
}

// A key JS keeps: its canonical DER, private or not.
Key stored_key(Value der, Value is_private)
{
    return Key(decode_stored_key(bytes_argument(der), to_boolean(is_private)));
}

// Encodes the key (its public part only unless `private_key`) in `format` and `structure`,
// encrypted with the cipher and passphrase when a cipher is named.
std::vector<uint8_t> encode(EVP_PKEY* key, bool private_key, char const* format, char const* structure,
    std::string const& cipher = {}, std::span<uint8_t const> passphrase = {})
{
    int selection = private_key ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY;
    OSSL_ENCODER_CTX* encoder = openssl().OSSL_ENCODER_CTX_new_for_pkey(key, selection, format, structure, nullptr);
    std::vector<uint8_t> out;
    if (!encoder)
        return out;
    bool ok = true;
    if (!cipher.empty()) {
        ok = openssl().OSSL_ENCODER_CTX_set_cipher(encoder, cipher.c_str(), nullptr) == 1
            && openssl().OSSL_ENCODER_CTX_set_passphrase(encoder, passphrase.data(), passphrase.size()) == 1;
    }
    unsigned char* data = nullptr;
    size_t length = 0;
    if (ok && openssl().OSSL_ENCODER_to_data(encoder, &data, &length) == 1) {
        out.assign(data, data + length);
        openssl().CRYPTO_free(data, __FILE__, __LINE__);
    }
    openssl().OSSL_ENCODER_CTX_free(encoder);
    return out;
}

// The canonical DER of a key, as JS keeps it (empty when it cannot be encoded).
std::vector<uint8_t> canonical(EVP_PKEY* key, bool private_key)
{
    return encode(key, private_key, "DER", private_key ? "PrivateKeyInfo" : "SubjectPublicKeyInfo");
}

ThrowCompletionOr<Value> bytes_or_false(VM& vm, std::vector<uint8_t> const& bytes)
{
    if (bytes.empty())
        return Value::boolean(false);
    return array_buffer_of(vm, bytes);
}

// A string argument, or nullptr for undefined and "".
ThrowCompletionOr<std::string> optional_string(VM& vm, Value value)
{
    if (value.is_undefined())
        return std::string();
    return TRY(utf8_argument(vm, value));
}

// keyDecode ( data, format, structure, type, private, passphrase ): the canonical DER of the key
// `data` holds (structure and type "" for any), private when asked; false when it holds none
// (or is encrypted and no passphrase, or a wrong one, was given).
ThrowCompletionOr<Value> key_decode(VM& vm, Arguments const& arguments)
{
    std::string format = TRY(utf8_argument(vm, arguments.at(1)));
    std::string structure = TRY(optional_string(vm, arguments.at(2)));
    std::string type = TRY(optional_string(vm, arguments.at(3)));
    bool private_key = to_boolean(arguments.at(4));
    Passphrase passphrase { bytes_argument(arguments.at(5)), !arguments.at(5).is_undefined() };
    openssl().ERR_clear_error();
    Key key = decode(bytes_argument(arguments.at(0)), format.c_str(), structure.empty() ? nullptr : structure.c_str(),
        type.empty() ? nullptr : type.c_str(), private_key ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, &passphrase);
    if (!key)
        return Value::boolean(false);
    return bytes_or_false(vm, canonical(key.get(), private_key));
}

// keyEncode ( der, private, format, structure, publicOnly, cipher, passphrase ): the stored key
// (or its public part) in format and structure, encrypted when a cipher is named.
ThrowCompletionOr<Value> key_encode(VM& vm, Arguments const& arguments)
{
    Key key = stored_key(arguments.at(0), arguments.at(1));
    std::string format = TRY(utf8_argument(vm, arguments.at(2)));
    std::string structure = TRY(utf8_argument(vm, arguments.at(3)));
    bool public_only = to_boolean(arguments.at(4));
    std::string cipher = TRY(optional_string(vm, arguments.at(5)));
    if (!key)
        return Value::boolean(false);
    return bytes_or_false(vm, encode(key.get(), to_boolean(arguments.at(1)) && !public_only, format.c_str(), structure.c_str(),
                                  cipher, bytes_argument(arguments.at(6))));
}

// The key's big-number parameter `name` in hexadecimal ("" when it has none).
std::string bignum_hex(EVP_PKEY* key, char const* name)
{
    BIGNUM* number = nullptr;
    if (openssl().EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return {};
    char* hex = openssl().BN_bn2hex(number);
    std::string text = hex ? hex : "";
    openssl().CRYPTO_free(hex, __FILE__, __LINE__);
    openssl().BN_free(number);
    return text;
}

// The bit length of the key's big-number parameter `name` (0 when it has none).
int bignum_bits(EVP_PKEY* key, char const* name)
{
    BIGNUM* number = nullptr;
    if (openssl().EVP_PKEY_get_bn_param(key, name, &number) != 1)
        return 0;
    int bits = openssl().BN_num_bits(number);
    openssl().BN_free(number);
    return bits;
}

std::string utf8_param(EVP_PKEY* key, char const* name)
{
    char text[80] = "";
    size_t length = 0;
    if (openssl().EVP_PKEY_get_utf8_string_param(key, name, text, sizeof(text), &length) != 1)
        return {};
    return text;
}

// keyDetails ( der, private ): [type, bits, public exponent (hex), curve, bits of the divisor
// (DSA's q), PSS digest, PSS MGF1 digest, PSS salt length (-1 if none)] of a stored key.
ThrowCompletionOr<Value> key_details(VM& vm, Arguments const& arguments)
{
    Key key = stored_key(arguments.at(0), arguments.at(1));
    if (!key)
        return Value::boolean(false);
    int salt_length = -1;
    std::string digest = utf8_param(key.get(), OSSL_PKEY_PARAM_RSA_DIGEST);
    if (!digest.empty()) {
        size_t length = 0;
        if (openssl().EVP_PKEY_get_size_t_param(key.get(), OSSL_PKEY_PARAM_RSA_PSS_SALTLEN, &length) == 1)
            salt_length = int(length);
    }
    openssl().ERR_clear_error();
    Value fields[] = {
        string_value(vm, openssl().EVP_PKEY_get0_type_name(key.get())),
        Value::number(openssl().EVP_PKEY_get_bits(key.get())),
        string_value(vm, bignum_hex(key.get(), OSSL_PKEY_PARAM_RSA_E)),
        string_value(vm, utf8_param(key.get(), OSSL_PKEY_PARAM_GROUP_NAME)),
        Value::number(bignum_bits(key.get(), OSSL_PKEY_PARAM_FFC_Q)),
        string_value(vm, digest),
        string_value(vm, utf8_param(key.get(), OSSL_PKEY_PARAM_RSA_MGF1_DIGEST)),
        Value::number(salt_length),
    };
    return Value::object(create_array_from_list(vm, fields));
}

// Generates a key (or domain parameters) with the context, initialised by `init`, after setting
// the parameters.
EVP_PKEY* generate(EVP_PKEY_CTX* context, int (*init)(EVP_PKEY_CTX*), OSSL_PARAM const* params)
{
    EVP_PKEY* key = nullptr;
    bool ok = context && init(context) == 1 && openssl().EVP_PKEY_CTX_set_params(context, params) == 1
        && openssl().EVP_PKEY_generate(context, &key) == 1;
    openssl().EVP_PKEY_CTX_free(context);
    if (!ok) {
        openssl().EVP_PKEY_free(key);
        return nullptr;
    }
    return key;
}

// keyGenerate ( type, params, parametersFirst ): a new key pair of the OpenSSL key type ("RSA",
// "EC"...), with the generation parameters params ([name, value, ...]: numbers unsigned,
// strings UTF-8); with parametersFirst (DSA, DH of a prime length), params make the domain
// parameters the key is then made from. The canonical DER of its private key, or false.
ThrowCompletionOr<Value> key_generate(VM& vm, Arguments const& arguments)
{
    std::string type = TRY(utf8_argument(vm, arguments.at(0)));
    size_t count = arguments.at(1).is_object() ? size_t(TRY(length_of_array_like(vm, *arguments.at(1).as_object()))) / 2 : 0;
    std::vector<std::string> names(count), strings(count);
    std::vector<uint64_t> numbers(count);
    std::vector<OSSL_PARAM> params;
    for (size_t i = 0; i < count; i++) {
        names[i] = TRY(utf8_argument(vm, TRY(get_v(vm, arguments.at(1), PropertyKey::from_index(uint32_t(2 * i))))));
        Value value = TRY(get_v(vm, arguments.at(1), PropertyKey::from_index(uint32_t(2 * i + 1))));
        if (value.is_number()) {
            numbers[i] = uint64_t(value.as_number());
            params.push_back(openssl().OSSL_PARAM_construct_uint64(names[i].c_str(), &numbers[i]));
        } else {
            strings[i] = TRY(utf8_argument(vm, value));
            params.push_back(openssl().OSSL_PARAM_construct_utf8_string(names[i].c_str(), strings[i].data(), 0));
        }
    }
    params.push_back(openssl().OSSL_PARAM_construct_end());
    OSSL_PARAM const no_params[] = { openssl().OSSL_PARAM_construct_end() };
    openssl().ERR_clear_error();
    EVP_PKEY_CTX* context = openssl().EVP_PKEY_CTX_new_from_name(nullptr, type.c_str(), nullptr);
    Key key;
    if (to_boolean(arguments.at(2))) {
        Key parameters(generate(context, openssl().EVP_PKEY_paramgen_init, params.data()));
        if (parameters)
            key.reset(generate(openssl().EVP_PKEY_CTX_new_from_pkey(nullptr, parameters.get(), nullptr), openssl().EVP_PKEY_keygen_init, no_params));
    } else {
        key.reset(generate(context, openssl().EVP_PKEY_keygen_init, params.data()));
    }
    return key ? bytes_or_false(vm, canonical(key.get(), true)) : Value::boolean(false);
}

// Sets RSA padding and PSS salt length on a signing context (-1 leaves the default; the salt
// length is only given with PSS padding).
bool set_rsa_options(EVP_PKEY_CTX* context, Value padding, Value salt_length)
{
    if (padding.is_number() && openssl().EVP_PKEY_CTX_set_rsa_padding(context, int(padding.as_number())) != 1)
        return false;
    if (salt_length.is_number() && openssl().EVP_PKEY_CTX_set_rsa_pss_saltlen(context, int(salt_length.as_number())) != 1)
        return false;
    return true;
}

// A message digest context initialised to sign (or verify) with the key and digest ("" for
// none, as Ed25519 and Ed448 sign).
EVP_MD_CTX* digest_sign_context(EVP_PKEY* key, std::string const& digest, bool sign, Value padding, Value salt_length)
{
    EVP_MD const* md = digest.empty() ? nullptr : openssl().EVP_get_digestbyname(digest.c_str());
    EVP_MD_CTX* context = openssl().EVP_MD_CTX_new();
    EVP_PKEY_CTX* key_context = nullptr;
    bool ok = context
        && (sign ? openssl().EVP_DigestSignInit(context, &key_context, md, nullptr, key)
                 : openssl().EVP_DigestVerifyInit(context, &key_context, md, nullptr, key))
            == 1
        && set_rsa_options(key_context, padding, salt_length);
    if (!ok) {
        openssl().EVP_MD_CTX_free(context);
        return nullptr;
    }
    return context;
}

// sign ( der, private, digest, data, padding, saltLength ): the signature of data (DER for
// ECDSA and DSA), or false.
ThrowCompletionOr<Value> sign(VM& vm, Arguments const& arguments)
{
    std::string digest = TRY(optional_string(vm, arguments.at(2)));
    openssl().ERR_clear_error();
    Key key = stored_key(arguments.at(0), arguments.at(1));
    std::span<uint8_t> data = bytes_argument(arguments.at(3));
    EVP_MD_CTX* context = key ? digest_sign_context(key.get(), digest, true, arguments.at(4), arguments.at(5)) : nullptr;
    if (!context)
        return Value::boolean(false);
    size_t length = 0;
    std::vector<uint8_t> signature;
    if (openssl().EVP_DigestSign(context, nullptr, &length, data.data(), data.size()) == 1) {
        signature.resize(length);
        if (openssl().EVP_DigestSign(context, signature.data(), &length, data.data(), data.size()) == 1)
            signature.resize(length);
        else
            signature.clear();
    }
    openssl().EVP_MD_CTX_free(context);
    return bytes_or_false(vm, signature);
}

// verify ( der, private, digest, data, signature, padding, saltLength ): whether the signature
// is data's under the key; undefined when the key or options cannot verify at all.
ThrowCompletionOr<Value> verify(VM& vm, Arguments const& arguments)
{
    std::string digest = TRY(optional_string(vm, arguments.at(2)));
    openssl().ERR_clear_error();
    Key key = stored_key(arguments.at(0), arguments.at(1));
    std::span<uint8_t> data = bytes_argument(arguments.at(3));
    std::span<uint8_t> signature = bytes_argument(arguments.at(4));
    EVP_MD_CTX* context = key ? digest_sign_context(key.get(), digest, false, arguments.at(5), arguments.at(6)) : nullptr;
    if (!context)
        return Value::undefined();
    bool valid = openssl().EVP_DigestVerify(context, signature.data(), signature.size(), data.data(), data.size()) == 1;
    openssl().EVP_MD_CTX_free(context);
    openssl().ERR_clear_error();
    return Value::boolean(valid);
}

// The four RSA operations publicEncrypt, privateDecrypt, privateEncrypt, publicDecrypt.
enum class RsaOperation { Encrypt, Decrypt, Sign, Recover };

// rsaCrypt ( operation, der, private, data, padding, oaepHash, oaepLabel ): the result, or false.
ThrowCompletionOr<Value> rsa_crypt(VM& vm, Arguments const& arguments)
{
    auto operation = RsaOperation(int(arguments.at(0).as_number()));
    std::span<uint8_t> data = bytes_argument(arguments.at(3));
    int padding = int(arguments.at(4).as_number());
    std::string oaep_hash = TRY(optional_string(vm, arguments.at(5)));
    std::span<uint8_t> label = bytes_argument(arguments.at(6));
    openssl().ERR_clear_error();
    Key key = stored_key(arguments.at(1), arguments.at(2));
    EVP_PKEY_CTX* context = key ? openssl().EVP_PKEY_CTX_new_from_pkey(nullptr, key.get(), nullptr) : nullptr;
    bool ok = context;
    if (ok) {
        switch (operation) {
        case RsaOperation::Encrypt: ok = openssl().EVP_PKEY_encrypt_init(context) == 1; break;
        case RsaOperation::Decrypt: ok = openssl().EVP_PKEY_decrypt_init(context) == 1; break;
        case RsaOperation::Sign: ok = openssl().EVP_PKEY_sign_init(context) == 1; break;
        case RsaOperation::Recover: ok = openssl().EVP_PKEY_verify_recover_init(context) == 1; break;
        }
    }
    ok = ok && openssl().EVP_PKEY_CTX_set_rsa_padding(context, padding) == 1;
    if (ok && padding == RSA_PKCS1_OAEP_PADDING) {
        ok = openssl().EVP_PKEY_CTX_set_rsa_oaep_md_name(context, oaep_hash.c_str(), nullptr) == 1;
        if (ok && !label.empty()) {
            // The context takes ownership of its own copy.
            void* copy = openssl().CRYPTO_malloc(label.size(), __FILE__, __LINE__);
            std::copy(label.begin(), label.end(), static_cast<uint8_t*>(copy));
            ok = copy && openssl().EVP_PKEY_CTX_set0_rsa_oaep_label(context, copy, int(label.size())) == 1;
        }
    }
    auto run = [&](unsigned char* out, size_t* length) {
        switch (operation) {
        case RsaOperation::Encrypt: return openssl().EVP_PKEY_encrypt(context, out, length, data.data(), data.size());
        case RsaOperation::Decrypt: return openssl().EVP_PKEY_decrypt(context, out, length, data.data(), data.size());
        case RsaOperation::Sign: return openssl().EVP_PKEY_sign(context, out, length, data.data(), data.size());
        case RsaOperation::Recover: return openssl().EVP_PKEY_verify_recover(context, out, length, data.data(), data.size());
        }
        return 0;
    };
    std::vector<uint8_t> out;
    size_t length = 0;
    if (ok && run(nullptr, &length) == 1) {
        out.resize(length);
        if (run(out.data(), &length) == 1)
            out.resize(length);
        else
            ok = false;
    } else {
        ok = false;
    }
    openssl().EVP_PKEY_CTX_free(context);
    if (!ok)
        return Value::boolean(false);
    // An empty result (publicDecrypt of an empty message) is still a result.
    return array_buffer_of(vm, out);
}

// deriveSecret ( privateDer, publicDer ): the shared secret of a private key and a peer's public
// key (ECDH, X25519, X448, DH), or false.
ThrowCompletionOr<Value> derive_secret(VM& vm, Arguments const& arguments)
{
    openssl().ERR_clear_error();
    Key own = stored_key(arguments.at(0), Value::boolean(true));
    Key peer = stored_key(arguments.at(1), Value::boolean(false));
    EVP_PKEY_CTX* context = own && peer ? openssl().EVP_PKEY_CTX_new_from_pkey(nullptr, own.get(), nullptr) : nullptr;
    std::vector<uint8_t> secret;
    size_t length = 0;
    if (context && openssl().EVP_PKEY_derive_init(context) == 1 && openssl().EVP_PKEY_derive_set_peer(context, peer.get()) == 1
        && openssl().EVP_PKEY_derive(context, nullptr, &length) == 1) {
        secret.resize(length);
        if (openssl().EVP_PKEY_derive(context, secret.data(), &length) == 1)
            secret.resize(length);
        else
            secret.clear();
    }
    openssl().EVP_PKEY_CTX_free(context);
    return bytes_or_false(vm, secret);
}

}

EVP_PKEY* decode_stored_key(std::span<uint8_t const> der, bool private_key)
{
    return decode(der, "DER", private_key ? "PrivateKeyInfo" : "SubjectPublicKeyInfo", nullptr,
        private_key ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY)
        .release();
}

void define_key_functions(VM& vm, Realm& realm, Object& binding)
{
    define_native_method(vm, realm, binding, "keyDecode", with_openssl<key_decode>, 6);
    define_native_method(vm, realm, binding, "keyEncode", with_openssl<key_encode>, 7);
    define_native_method(vm, realm, binding, "keyDetails", with_openssl<key_details>, 2);
    define_native_method(vm, realm, binding, "keyGenerate", with_openssl<key_generate>, 3);
    define_native_method(vm, realm, binding, "sign", with_openssl<sign>, 6);
    define_native_method(vm, realm, binding, "verify", with_openssl<verify>, 7);
    define_native_method(vm, realm, binding, "rsaCrypt", with_openssl<rsa_crypt>, 7);
    define_native_method(vm, realm, binding, "deriveSecret", with_openssl<derive_secret>, 2);
}

}
