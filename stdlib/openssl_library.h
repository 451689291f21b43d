#pragma once
// libcrypto, loaded with dlopen the first time the crypto binding is used: linked in, it would be
// mapped and relocated by every process at start-up (about 1.4 MB of resident memory) for the
// many programs that never hash anything. libssl likewise, the first time TLS is used. These are
// the OpenSSL functions the bindings call, with their own names and types (from OpenSSL's
// headers).

#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <string>

namespace sable::stdlib {

#define SABLE_OPENSSL_FUNCTIONS(X)                                                                  \
    X(CRYPTO_memcmp) X(ERR_clear_error) X(ERR_error_string_n) X(ERR_get_error) X(EVP_DigestFinalXOF) \
    X(EVP_DigestFinal_ex) X(EVP_DigestInit_ex) X(EVP_DigestUpdate) X(EVP_MD_CTX_free)               \
    X(EVP_MD_CTX_new) X(EVP_MD_do_all_sorted) X(EVP_MD_fetch) X(EVP_MD_free) X(EVP_MD_get0_name)   \
    X(EVP_MD_get_flags) X(EVP_MD_get_size) X(EVP_PBE_scrypt) X(EVP_get_digestbyname)                \
    X(PKCS5_PBKDF2_HMAC) X(RAND_bytes) X(HMAC)                                                       \
    /* for TLS: memory BIOs, PEM keys and certificates, and what a certificate says */              \
    X(ASN1_INTEGER_to_BN) X(ASN1_STRING_to_UTF8) X(ASN1_TIME_print) X(BIO_ctrl_pending) X(BIO_free)   \
    X(BIO_new) X(BIO_new_mem_buf) X(BIO_read) X(BIO_s_mem) X(BIO_write) X(BN_bn2hex) X(BN_free)         \
    X(CRYPTO_free) X(ERR_lib_error_string) X(ERR_peek_last_error) X(ERR_reason_error_string)         \
    X(EVP_PKEY_free) X(EVP_PKEY_get_bits) X(EVP_PKEY_get_bn_param) X(OBJ_nid2sn) X(OBJ_obj2nid)      \
    X(PEM_read_bio_PrivateKey) X(PEM_read_bio_X509) X(X509_NAME_ENTRY_get_data)                      \
    X(X509_NAME_ENTRY_get_object) X(X509_NAME_entry_count) X(X509_NAME_get_entry) X(X509_STORE_add_cert) \
    X(X509_check_ca) X(X509_free) X(X509_get0_notAfter) X(X509_get0_notBefore) \
    X(X509_get_ext) X(X509_get_ext_by_NID) X(X509_get_issuer_name) X(X509_get_pubkey)                \
    X(X509_get_serialNumber) X(X509_get_subject_name) X(X509V3_EXT_print) X(X509_verify_cert_error_string) \
    X(i2d_PUBKEY) X(i2d_X509)

#define SABLE_LIBSSL_FUNCTIONS(X)                                                                   \
    X(SSL_CIPHER_get_name) X(SSL_CIPHER_get_version) X(SSL_CIPHER_standard_name) X(SSL_CTX_ctrl)     \
    X(SSL_CTX_free) X(SSL_CTX_get_cert_store) X(SSL_CTX_new) X(SSL_CTX_set_alpn_select_cb)          \
    X(SSL_CTX_set_cipher_list) X(SSL_CTX_set_ciphersuites) X(SSL_CTX_set_default_verify_paths)      \
    X(SSL_CTX_set_verify) X(SSL_CTX_use_PrivateKey) X(SSL_CTX_use_certificate)                      \
    X(SSL_CTX_check_private_key) X(SSL_ctrl) X(SSL_do_handshake) X(SSL_free) X(SSL_get0_alpn_selected) \
    X(SSL_get1_peer_certificate) X(SSL_get_current_cipher) X(SSL_get_error) X(SSL_get_rbio) X(SSL_get_servername)  \
    X(SSL_get_verify_result) X(SSL_get_version) X(SSL_get_wbio) X(SSL_is_init_finished) X(SSL_new) X(SSL_read)       \
    X(SSL_select_next_proto) X(SSL_set_accept_state) X(SSL_set_alpn_protos) X(SSL_set_bio)          \
    X(SSL_set_connect_state) X(SSL_shutdown) X(SSL_write) X(TLS_method)

struct OpenSslLibrary {
#define SABLE_OPENSSL_MEMBER(name) decltype(&::name) name;
    SABLE_OPENSSL_FUNCTIONS(SABLE_OPENSSL_MEMBER)
#undef SABLE_OPENSSL_MEMBER
};

struct LibsslLibrary {
#define SABLE_OPENSSL_MEMBER(name) decltype(&::name) name;
    SABLE_LIBSSL_FUNCTIONS(SABLE_OPENSSL_MEMBER)
#undef SABLE_OPENSSL_MEMBER
};

// Loads libcrypto and its functions once per process; false (with why in `error`) if it cannot.
bool load_openssl(std::string& error);
// The functions; load_openssl must have succeeded.
OpenSslLibrary const& openssl();

// Loads libssl (and libcrypto) once per process; false (with why in `error`) if it cannot.
bool load_libssl(std::string& error);
// Its functions; load_libssl must have succeeded.
LibsslLibrary const& libssl();

}
