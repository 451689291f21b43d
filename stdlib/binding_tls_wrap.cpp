// internalBinding('tls_wrap'): TLS sessions with OpenSSL's libssl (loaded on first use), for
// lib/_tls_wrap.js and lib/_tls_common.js. A session reads and writes memory BIOs, never a
// socket: JS feeds it the ciphertext that arrived and sends what exchange() returns, so the
// transport is any net.Socket. Contexts and sessions are named by ids (their addresses as
// numbers) until freed. Failures come back as [message, reason, library, library code] for JS
// to make Node's error from; nothing here throws but for libssl missing.

#include "runtime/abstract_operations.h"
#include "runtime/builtins/array_buffer/array_buffer_object.h"
#include "runtime/builtins/typed_array/typed_array_object.h"
#include "runtime/object.h"
#include "runtime/realm.h"
#include "runtime/vm.h"
#include "stdlib/binding_support.h"
#include "stdlib/crypto_support.h"
#include "stdlib/node_host.h"
#include "stdlib/openssl_library.h"

#include <algorithm>
#include <cstring>
#include <span>
#include <string>

namespace sable::stdlib {

using namespace runtime;

namespace {

LibsslLibrary const& ssl() { return libssl(); }
OpenSslLibrary const& crypto() { return openssl(); }

// An SSL_CTX and what its callbacks read.
struct Context {
    SSL_CTX* ssl_context;
    std::string alpn; // a server's protocols, in ALPN's wire format
};

std::span<uint8_t const> bytes_argument(Value value)
{
    TypedArrayObject* array = as_typed_array(value);
    if (!array || array->is_out_of_bounds())
        return {};
    return { array->buffer()->data() + array->byte_offset(), array->byte_length() };
}

ThrowCompletionOr<void*> id_argument(VM& vm, Value value)
{
    return reinterpret_cast<void*>(uintptr_t(TRY(to_number(vm, value))));
}

Value id_value(void* pointer) { return Value::number(double(reinterpret_cast<uintptr_t>(pointer))); }

// The first OpenSSL error (the cause) as [message, reason, library, library's code name]
// ("error:0A000086:SSL routines::certificate verify failed", "certificate verify failed",
// "SSL routines", "SSL"), the queue cleared; undefined when there is none.
Value last_error(VM& vm)
{
    unsigned long code = crypto().ERR_get_error();
    crypto().ERR_clear_error();
    if (!code)
        return Value::undefined();
    char message[256];
    crypto().ERR_error_string_n(code, message, sizeof message);
    char const* reason = crypto().ERR_reason_error_string(code);
    char const* library = crypto().ERR_lib_error_string(code);
    char const* library_name = openssl_library_code_name(ERR_GET_LIB(code));
    Value parts[] = { string_value(vm, message), string_value(vm, reason ? reason : ""),
        string_value(vm, library ? library : ""), string_value(vm, library_name) };
    return Value::object(create_array_from_list(vm, parts));
}

// Everything a memory BIO holds.
std::string drain(BIO* bio)
{
    std::string bytes(crypto().BIO_ctrl_pending(bio), '\0');
    int read = bytes.empty() ? 0 : crypto().BIO_read(bio, bytes.data(), int(bytes.size()));
    bytes.resize(read > 0 ? size_t(read) : 0);
    return bytes;
}

BIO* memory_bio_of(std::span<uint8_t const> bytes) { return crypto().BIO_new_mem_buf(bytes.data(), int(bytes.size())); }

// The PEM callback's passphrase: the JS string given, or none (so a key that needs one fails).
int passphrase_callback(char* buffer, int size, int, void* data)
{
    auto const* passphrase = static_cast<std::string const*>(data);
    if (!passphrase)
        return -1;
    int length = std::min(size, int(passphrase->size()));
    std::memcpy(buffer, passphrase->data(), size_t(length));
    return length;
}

// createContext ( ): a new context's id, for clients and servers alike.
ThrowCompletionOr<Value> create_context(VM& vm, Arguments const& arguments)
{
    SSL_CTX* ssl_context = ssl().SSL_CTX_new(ssl().TLS_method());
    if (!ssl_context)
        return last_error(vm);
    // Verification is decided in JS (rejectUnauthorized): OpenSSL records its result only.
    ssl().SSL_CTX_set_verify(ssl_context, SSL_VERIFY_NONE, nullptr);
    return id_value(new Context { ssl_context, {} });
}

// OpenSSL's verification outcome is recorded, never fatal: JS decides (rejectUnauthorized).
int record_verification(int, X509_STORE_CTX*) { return 1; }

// requestCert ( context ): a server asks clients for a certificate.
ThrowCompletionOr<Value> request_cert(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    ssl().SSL_CTX_set_verify(context, SSL_VERIFY_PEER, record_verification);
    return Value::undefined();
}

// setKey ( context, pem, passphrase ): undefined, or the error.
ThrowCompletionOr<Value> set_key(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    std::string passphrase;
    bool has_passphrase = !arguments.at(2).is_undefined();
    if (has_passphrase)
        passphrase = TRY(utf8_argument(vm, arguments.at(2)));
    BIO* bio = memory_bio_of(bytes_argument(arguments.at(1)));
    EVP_PKEY* key = crypto().PEM_read_bio_PrivateKey(bio, nullptr, passphrase_callback, has_passphrase ? &passphrase : nullptr);
    crypto().BIO_free(bio);
    bool ok = key && ssl().SSL_CTX_use_PrivateKey(context, key) == 1;
    crypto().EVP_PKEY_free(key);
    return ok ? Value::undefined() : last_error(vm);
}

// setCert ( context, pem ): the first certificate is the context's, the others its chain.
ThrowCompletionOr<Value> set_cert(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    BIO* bio = memory_bio_of(bytes_argument(arguments.at(1)));
    X509* certificate = crypto().PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    bool ok = certificate && ssl().SSL_CTX_use_certificate(context, certificate) == 1;
    crypto().X509_free(certificate);
    while (ok) {
        X509* chained = crypto().PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
        if (!chained)
            break;
        // The context owns a chain certificate once added.
        if (ssl().SSL_CTX_ctrl(context, SSL_CTRL_EXTRA_CHAIN_CERT, 0, chained) != 1) {
            crypto().X509_free(chained);
            ok = false;
        }
    }
    crypto().BIO_free(bio);
    if (!ok)
        return last_error(vm);
    crypto().ERR_clear_error(); // the end of the PEM text
    return Value::undefined();
}

// checkKey ( context ): whether the key matches the certificate.
ThrowCompletionOr<Value> check_key(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    return ssl().SSL_CTX_check_private_key(context) == 1 ? Value::undefined() : last_error(vm);
}

// addCACerts ( context, pem ): trusts each certificate of the PEM text.
ThrowCompletionOr<Value> add_ca_certs(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    BIO* bio = memory_bio_of(bytes_argument(arguments.at(1)));
    X509_STORE* store = ssl().SSL_CTX_get_cert_store(context);
    int added = 0;
    while (X509* certificate = crypto().PEM_read_bio_X509(bio, nullptr, nullptr, nullptr)) {
        crypto().X509_STORE_add_cert(store, certificate);
        crypto().X509_free(certificate);
        added++;
    }
    crypto().BIO_free(bio);
    crypto().ERR_clear_error();
    return Value::number(added);
}

// useSystemCAs ( context ): trusts the system's certificate store.
ThrowCompletionOr<Value> use_system_cas(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    return ssl().SSL_CTX_set_default_verify_paths(context) == 1 ? Value::undefined() : last_error(vm);
}

// setCiphers ( context, cipherList, cipherSuites ): TLS 1.2 ciphers and TLS 1.3 suites.
ThrowCompletionOr<Value> set_ciphers(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    std::string list = TRY(utf8_argument(vm, arguments.at(1)));
    std::string suites = TRY(utf8_argument(vm, arguments.at(2)));
    bool ok = ssl().SSL_CTX_set_ciphersuites(context, suites.c_str()) == 1
        && (list.empty() || ssl().SSL_CTX_set_cipher_list(context, list.c_str()) == 1);
    return ok ? Value::undefined() : last_error(vm);
}

// setProtocols ( context, min, max ): TLS1_2_VERSION...
ThrowCompletionOr<Value> set_protocols(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    auto min = long(TRY(to_number(vm, arguments.at(1))));
    auto max = long(TRY(to_number(vm, arguments.at(2))));
    ssl().SSL_CTX_ctrl(context, SSL_CTRL_SET_MIN_PROTO_VERSION, min, nullptr);
    ssl().SSL_CTX_ctrl(context, SSL_CTRL_SET_MAX_PROTO_VERSION, max, nullptr);
    return Value::undefined();
}

// A server's ALPN choice: its first protocol the client offers too (the server's list, in ALPN's
// wire format, is the callback's data). A client that offers none gets none.
int select_alpn(SSL*, unsigned char const** out, unsigned char* out_length, unsigned char const* offered,
    unsigned offered_length, void* data)
{
    auto const* server = static_cast<std::string const*>(data);
    unsigned char* chosen = nullptr;
    int status = ssl().SSL_select_next_proto(&chosen, out_length, reinterpret_cast<unsigned char const*>(server->data()),
        unsigned(server->size()), offered, offered_length);
    *out = chosen;
    // No protocol in common: the handshake fails (no_application_protocol), as in Node.
    return status == OPENSSL_NPN_NEGOTIATED ? SSL_TLSEXT_ERR_OK : SSL_TLSEXT_ERR_ALERT_FATAL;
}

// setALPN ( context, wire ): a server's protocols, in preference order.
ThrowCompletionOr<Value> set_alpn(VM& vm, Arguments const& arguments)
{
    auto* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))));
    std::span<uint8_t const> wire = bytes_argument(arguments.at(1));
    context->alpn.assign(reinterpret_cast<char const*>(wire.data()), wire.size());
    ssl().SSL_CTX_set_alpn_select_cb(context->ssl_context, select_alpn, &context->alpn);
    return Value::undefined();
}

// freeContext ( context )
ThrowCompletionOr<Value> free_context(VM& vm, Arguments const& arguments)
{
    auto* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))));
    ssl().SSL_CTX_free(context->ssl_context);
    delete context;
    return Value::undefined();
}

// createSession ( context, isServer, servername, alpnWire ): a new SSL's id, over two memory BIOs.
ThrowCompletionOr<Value> create_session(VM& vm, Arguments const& arguments)
{
    SSL_CTX* context = static_cast<Context*>(TRY(id_argument(vm, arguments.at(0))))->ssl_context;
    SSL* session = ssl().SSL_new(context);
    if (!session)
        return last_error(vm);
    ssl().SSL_set_bio(session, crypto().BIO_new(crypto().BIO_s_mem()), crypto().BIO_new(crypto().BIO_s_mem()));
    if (to_boolean(arguments.at(1))) {
        ssl().SSL_set_accept_state(session);
    } else {
        ssl().SSL_set_connect_state(session);
        if (arguments.at(2).is_string()) {
            std::string servername = TRY(utf8_argument(vm, arguments.at(2)));
            ssl().SSL_ctrl(session, SSL_CTRL_SET_TLSEXT_HOSTNAME, TLSEXT_NAMETYPE_host_name, servername.data());
        }
        std::span<uint8_t const> alpn = bytes_argument(arguments.at(3));
        if (!alpn.empty())
            ssl().SSL_set_alpn_protos(session, alpn.data(), unsigned(alpn.size()));
    }
    return id_value(session);
}

// exchange ( session, ciphertextIn, plaintextOut ): feeds what arrived from the peer, moves the
// handshake on, encrypts `plaintextOut` once the handshake is done, and returns
// [handshakeDone, plaintext that arrived, ciphertext to send, peerClosed, error].
ThrowCompletionOr<Value> exchange(VM& vm, Arguments const& arguments)
{
    auto* session = static_cast<SSL*>(TRY(id_argument(vm, arguments.at(0))));
    BIO* read_bio = ssl().SSL_get_rbio(session);
    BIO* write_bio = ssl().SSL_get_wbio(session);
    std::span<uint8_t const> incoming = bytes_argument(arguments.at(1));
    if (!incoming.empty())
        crypto().BIO_write(read_bio, incoming.data(), int(incoming.size()));

    Value error = Value::undefined();
    bool closed = false;
    auto failed = [&](int result) {
        int kind = ssl().SSL_get_error(session, result);
        if (kind == SSL_ERROR_WANT_READ || kind == SSL_ERROR_WANT_WRITE)
            return false;
        if (kind == SSL_ERROR_ZERO_RETURN) {
            closed = true;
            return true;
        }
        error = last_error(vm);
        if (error.is_undefined()) {
            Value parts[] = { string_value(vm, "TLS connection failed"), string_value(vm, ""), string_value(vm, ""), string_value(vm, "") };
            error = Value::object(create_array_from_list(vm, parts));
        }
        return true;
    };

    if (!ssl().SSL_is_init_finished(session)) {
        int result = ssl().SSL_do_handshake(session);
        if (result != 1)
            failed(result);
    }
    bool done = ssl().SSL_is_init_finished(session);
    std::span<uint8_t const> outgoing = bytes_argument(arguments.at(2));
    if (done && error.is_undefined() && !outgoing.empty()) {
        int result = ssl().SSL_write(session, outgoing.data(), int(outgoing.size()));
        if (result <= 0)
            failed(result);
    }
    std::string plaintext;
    if (done && error.is_undefined()) {
        char buffer[16 * 1024];
        for (;;) {
            int result = ssl().SSL_read(session, buffer, sizeof buffer);
            if (result <= 0) {
                failed(result);
                break;
            }
            plaintext.append(buffer, size_t(result));
        }
    }
    Value plaintext_value = plaintext.empty() ? Value::null() : TRY(array_buffer_of(vm, plaintext));
    std::string ciphertext = drain(write_bio);
    Value ciphertext_value = ciphertext.empty() ? Value::null() : TRY(array_buffer_of(vm, ciphertext));
    Value result[] = { Value::boolean(done), plaintext_value, ciphertext_value, Value::boolean(closed), error };
    return Value::object(create_array_from_list(vm, result));
}

// shutdown ( session ): the close_notify alert to send (or null).
ThrowCompletionOr<Value> shutdown(VM& vm, Arguments const& arguments)
{
    auto* session = static_cast<SSL*>(TRY(id_argument(vm, arguments.at(0))));
    if (ssl().SSL_is_init_finished(session))
        ssl().SSL_shutdown(session);
    crypto().ERR_clear_error();
    std::string alert = drain(ssl().SSL_get_wbio(session));
    return alert.empty() ? Value::null() : TRY(array_buffer_of(vm, alert));
}

// freeSession ( session )
ThrowCompletionOr<Value> free_session(VM& vm, Arguments const& arguments)
{
    ssl().SSL_free(static_cast<SSL*>(TRY(id_argument(vm, arguments.at(0)))));
    return Value::undefined();
}

// The verification results Node names, by OpenSSL's number.
struct VerifyErrorName {
    long code;
    char const* name;
};
#define SABLE_VERIFY_ERROR(name) { X509_V_ERR_##name, #name }
constexpr VerifyErrorName kVerifyErrorNames[] = {
    SABLE_VERIFY_ERROR(UNABLE_TO_GET_ISSUER_CERT), SABLE_VERIFY_ERROR(UNABLE_TO_GET_CRL),
    SABLE_VERIFY_ERROR(UNABLE_TO_DECRYPT_CERT_SIGNATURE), SABLE_VERIFY_ERROR(UNABLE_TO_DECRYPT_CRL_SIGNATURE),
    SABLE_VERIFY_ERROR(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY), SABLE_VERIFY_ERROR(CERT_SIGNATURE_FAILURE),
    SABLE_VERIFY_ERROR(CRL_SIGNATURE_FAILURE), SABLE_VERIFY_ERROR(CERT_NOT_YET_VALID),
    SABLE_VERIFY_ERROR(CERT_HAS_EXPIRED), SABLE_VERIFY_ERROR(CRL_NOT_YET_VALID), SABLE_VERIFY_ERROR(CRL_HAS_EXPIRED),
    SABLE_VERIFY_ERROR(ERROR_IN_CERT_NOT_BEFORE_FIELD), SABLE_VERIFY_ERROR(ERROR_IN_CERT_NOT_AFTER_FIELD),
    SABLE_VERIFY_ERROR(ERROR_IN_CRL_LAST_UPDATE_FIELD), SABLE_VERIFY_ERROR(ERROR_IN_CRL_NEXT_UPDATE_FIELD),
    SABLE_VERIFY_ERROR(OUT_OF_MEM), SABLE_VERIFY_ERROR(DEPTH_ZERO_SELF_SIGNED_CERT),
    SABLE_VERIFY_ERROR(SELF_SIGNED_CERT_IN_CHAIN), SABLE_VERIFY_ERROR(UNABLE_TO_GET_ISSUER_CERT_LOCALLY),
    SABLE_VERIFY_ERROR(UNABLE_TO_VERIFY_LEAF_SIGNATURE), SABLE_VERIFY_ERROR(CERT_CHAIN_TOO_LONG),
    SABLE_VERIFY_ERROR(CERT_REVOKED), SABLE_VERIFY_ERROR(INVALID_CA), SABLE_VERIFY_ERROR(PATH_LENGTH_EXCEEDED),
    SABLE_VERIFY_ERROR(INVALID_PURPOSE), SABLE_VERIFY_ERROR(CERT_UNTRUSTED), SABLE_VERIFY_ERROR(CERT_REJECTED),
    SABLE_VERIFY_ERROR(HOSTNAME_MISMATCH),
};
#undef SABLE_VERIFY_ERROR

// verifyError ( session ): null when the peer's certificate verified, else [code, message]
// ("DEPTH_ZERO_SELF_SIGNED_CERT", "self-signed certificate").
ThrowCompletionOr<Value> verify_error(VM& vm, Arguments const& arguments)
{
    auto* session = static_cast<SSL*>(TRY(id_argument(vm, arguments.at(0))));
    X509* peer = ssl().SSL_get1_peer_certificate(session);
    long result = peer ? ssl().SSL_get_verify_result(session) : long(X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT);
    crypto().X509_free(peer);
    if (result == X509_V_OK)
        return Value::null();
    char const* name = "UNSPECIFIED";
    for (auto const& entry : kVerifyErrorNames)
        if (entry.code == result)
            name = entry.name;
    Value parts[] = { string_value(vm, peer ? name : "UNABLE_TO_GET_ISSUER_CERT"),
        string_value(vm, peer ? crypto().X509_verify_cert_error_string(result) : "unable to get issuer certificate") };
    return Value::object(create_array_from_list(vm, parts));
}

std::string bio_text(BIO* bio)
{
    std::string text = drain(bio);
    crypto().BIO_free(bio);
    return text;
}

// A distinguished name as "C=NL\nO=Sable\nCN=localhost" (short names, UTF-8 values).
std::string name_lines(X509_NAME const* name)
{
    std::string lines;
    for (int i = 0; i < crypto().X509_NAME_entry_count(name); i++) {
        X509_NAME_ENTRY const* entry = crypto().X509_NAME_get_entry(name, i);
        char const* key = crypto().OBJ_nid2sn(crypto().OBJ_obj2nid(crypto().X509_NAME_ENTRY_get_object(entry)));
        unsigned char* value = nullptr;
        int length = crypto().ASN1_STRING_to_UTF8(&value, crypto().X509_NAME_ENTRY_get_data(entry));
        if (!lines.empty())
            lines += '\n';
        lines += std::string(key ? key : "UNDEF") + '=';
        if (length > 0)
            lines.append(reinterpret_cast<char*>(value), size_t(length));
        crypto().CRYPTO_free(value, __FILE__, __LINE__);
    }
    return lines;
}

std::string bignum_hex(BIGNUM const* number)
{
    if (!number)
        return {};
    char* hex = crypto().BN_bn2hex(number);
    std::string text = hex ? hex : "";
    crypto().CRYPTO_free(hex, __FILE__, __LINE__);
    return text;
}

// peerCertificate ( session ): what the peer's certificate says, as [subject, issuer,
// subjectaltname, validFrom, validTo, serialNumber, raw (DER), isCA, bits, exponent, modulus,
// pubkey (DER)], or null without one.
ThrowCompletionOr<Value> peer_certificate(VM& vm, Arguments const& arguments)
{
    auto* session = static_cast<SSL*>(TRY(id_argument(vm, arguments.at(0))));
    X509* certificate = ssl().SSL_get1_peer_certificate(session);
    if (!certificate)
        return Value::null();
    OpenSslLibrary const& c = crypto();
    BIO* bio = c.BIO_new(c.BIO_s_mem());
    c.ASN1_TIME_print(bio, c.X509_get0_notBefore(certificate));
    std::string valid_from = drain(bio);
    c.ASN1_TIME_print(bio, c.X509_get0_notAfter(certificate));
    std::string valid_to = drain(bio);
    int extension = c.X509_get_ext_by_NID(certificate, NID_subject_alt_name, -1);
    bool has_alt_names = extension >= 0 && c.X509V3_EXT_print(bio, c.X509_get_ext(certificate, extension), 0, 0) == 1;
    std::string alt_names = bio_text(bio);

    BIGNUM* serial = c.ASN1_INTEGER_to_BN(c.X509_get_serialNumber(certificate), nullptr);
    std::string serial_hex = bignum_hex(serial);
    c.BN_free(serial);
    unsigned char* der = nullptr;
    int der_length = c.i2d_X509(certificate, &der);
    std::string raw(reinterpret_cast<char*>(der), size_t(der_length > 0 ? der_length : 0));
    c.CRYPTO_free(der, __FILE__, __LINE__);

    EVP_PKEY* key = c.X509_get_pubkey(certificate);
    BIGNUM* modulus = nullptr;
    BIGNUM* exponent = nullptr;
    c.EVP_PKEY_get_bn_param(key, "n", &modulus);
    c.EVP_PKEY_get_bn_param(key, "e", &exponent);
    std::string modulus_hex = bignum_hex(modulus);
    std::string exponent_hex = bignum_hex(exponent);
    c.BN_free(modulus);
    c.BN_free(exponent);
    int bits = key ? c.EVP_PKEY_get_bits(key) : 0;
    unsigned char* public_der = nullptr;
    int public_length = key ? c.i2d_PUBKEY(key, &public_der) : 0;
    std::string pubkey(reinterpret_cast<char*>(public_der), size_t(public_length > 0 ? public_length : 0));
    c.CRYPTO_free(public_der, __FILE__, __LINE__);
    c.EVP_PKEY_free(key);

    Value fields[] = {
        string_value(vm, name_lines(c.X509_get_subject_name(certificate))),
        string_value(vm, name_lines(c.X509_get_issuer_name(certificate))),
        has_alt_names ? string_value(vm, alt_names) : Value::undefined(),
        string_value(vm, valid_from),
        string_value(vm, valid_to),
        string_value(vm, serial_hex),
        TRY(array_buffer_of(vm, raw)),
        Value::boolean(c.X509_check_ca(certificate) > 0),
        Value::number(bits),
        string_value(vm, exponent_hex),
        string_value(vm, modulus_hex),
        TRY(array_buffer_of(vm, pubkey)),
    };
    c.X509_free(certificate);
    c.ERR_clear_error();
    return Value::object(create_array_from_list(vm, fields));
}

// sessionInfo ( session ): [protocol ("TLSv1.3"), cipher name, cipher standard name, cipher
// version, ALPN protocol or false, servername or undefined].
ThrowCompletionOr<Value> session_info(VM& vm, Arguments const& arguments)
{
    auto* session = static_cast<SSL*>(TRY(id_argument(vm, arguments.at(0))));
    SSL_CIPHER const* cipher = ssl().SSL_get_current_cipher(session);
    unsigned char const* alpn = nullptr;
    unsigned alpn_length = 0;
    ssl().SSL_get0_alpn_selected(session, &alpn, &alpn_length);
    char const* servername = ssl().SSL_get_servername(session, TLSEXT_NAMETYPE_host_name);
    Value fields[] = {
        string_value(vm, ssl().SSL_get_version(session)),
        cipher ? string_value(vm, ssl().SSL_CIPHER_get_name(cipher)) : Value::undefined(),
        cipher ? string_value(vm, ssl().SSL_CIPHER_standard_name(cipher)) : Value::undefined(),
        cipher ? string_value(vm, ssl().SSL_CIPHER_get_version(cipher)) : Value::undefined(),
        alpn_length ? string_value(vm, std::string_view(reinterpret_cast<char const*>(alpn), alpn_length)) : Value::boolean(false),
        servername ? string_value(vm, servername) : Value::undefined(),
    };
    return Value::object(create_array_from_list(vm, fields));
}

// cipherNames ( ): the names of the ciphers a new context offers, separated by ':'.
ThrowCompletionOr<Value> cipher_names(VM& vm, Arguments const&)
{
    SSL_CTX* context = ssl().SSL_CTX_new(ssl().TLS_method());
    SSL* session = context ? ssl().SSL_new(context) : nullptr;
    if (!session) {
        ssl().SSL_CTX_free(context);
        return last_error(vm);
    }
    auto const* ciphers = reinterpret_cast<OPENSSL_STACK const*>(ssl().SSL_get_ciphers(session));
    std::string names;
    for (int i = 0; i < crypto().OPENSSL_sk_num(ciphers); i++) {
        auto const* cipher = static_cast<SSL_CIPHER const*>(crypto().OPENSSL_sk_value(ciphers, i));
        if (!names.empty())
            names += ':';
        names += ssl().SSL_CIPHER_get_name(cipher);
    }
    ssl().SSL_free(session);
    ssl().SSL_CTX_free(context);
    return string_value(vm, names);
}

// Each function, after libssl has been loaded.
template<NativeFunctionPointer function>
ThrowCompletionOr<Value> with_libssl(VM& vm, Arguments const& arguments)
{
    std::string error;
    if (!load_libssl(error))
        return vm.throw_error(vm.current_realm(), ErrorKind::Error, "TLS is unavailable: " + error);
    return function(vm, arguments);
}

}

Object* create_tls_wrap_binding(NodeHost& host)
{
    VM& vm = host.vm();
    Realm& realm = host.realm();
    Object* binding = Object::create(vm, realm.object_prototype());
    define_native_method(vm, realm, *binding, "createContext", with_libssl<create_context>, 0);
    define_native_method(vm, realm, *binding, "requestCert", with_libssl<request_cert>, 1);
    define_native_method(vm, realm, *binding, "setKey", with_libssl<set_key>, 3);
    define_native_method(vm, realm, *binding, "setCert", with_libssl<set_cert>, 2);
    define_native_method(vm, realm, *binding, "checkKey", with_libssl<check_key>, 1);
    define_native_method(vm, realm, *binding, "addCACerts", with_libssl<add_ca_certs>, 2);
    define_native_method(vm, realm, *binding, "useSystemCAs", with_libssl<use_system_cas>, 1);
    define_native_method(vm, realm, *binding, "setCiphers", with_libssl<set_ciphers>, 3);
    define_native_method(vm, realm, *binding, "setProtocols", with_libssl<set_protocols>, 3);
    define_native_method(vm, realm, *binding, "setALPN", with_libssl<set_alpn>, 2);
    define_native_method(vm, realm, *binding, "freeContext", with_libssl<free_context>, 1);
    define_native_method(vm, realm, *binding, "createSession", with_libssl<create_session>, 4);
    define_native_method(vm, realm, *binding, "exchange", with_libssl<exchange>, 3);
    define_native_method(vm, realm, *binding, "shutdown", with_libssl<shutdown>, 1);
    define_native_method(vm, realm, *binding, "freeSession", with_libssl<free_session>, 1);
    define_native_method(vm, realm, *binding, "verifyError", with_libssl<verify_error>, 1);
    define_native_method(vm, realm, *binding, "peerCertificate", with_libssl<peer_certificate>, 1);
    define_native_method(vm, realm, *binding, "sessionInfo", with_libssl<session_info>, 1);
    define_native_method(vm, realm, *binding, "cipherNames", with_libssl<cipher_names>, 0);
    return binding;
}

}
