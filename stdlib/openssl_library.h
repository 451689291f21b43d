#pragma once
// libcrypto, loaded with dlopen the first time the crypto binding is used: linked in, it would be
// mapped and relocated by every process at start-up (about 1.4 MB of resident memory) for the
// many programs that never hash anything. libssl likewise, the first time TLS is used. These are
// the OpenSSL functions the bindings call, with their own names and types (from OpenSSL's
// headers).

#include <openssl/bn.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/ec.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>
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
    X(OPENSSL_sk_num) X(OPENSSL_sk_value)      \
    X(PEM_read_bio_PrivateKey) X(PEM_read_bio_X509) X(X509_NAME_ENTRY_get_data)                      \
    X(X509_NAME_ENTRY_get_object) X(X509_NAME_entry_count) X(X509_NAME_get_entry) X(X509_STORE_add_cert) \
    X(X509_check_ca) X(X509_free) X(X509_get0_notAfter) X(X509_get0_notBefore) \
    X(X509_get_ext) X(X509_get_ext_by_NID) X(X509_get_issuer_name) X(X509_get_pubkey)                \
    X(X509_get_serialNumber) X(X509_get_subject_name) X(X509V3_EXT_print) X(X509_verify_cert_error_string) \
    X(i2d_PUBKEY) X(i2d_X509)

// Ciphers, keys, signatures, key agreement, primes and certificates (stdlib/crypto_*.cpp), and
// OpenSSL's error details (beyond those in SABLE_OPENSSL_FUNCTIONS).
#define SABLE_OPENSSL_CIPHER_AND_KEY_FUNCTIONS(X) \
    X(ERR_peek_error) X(EVP_CIPHER_CTX_ctrl) X(EVP_CIPHER_CTX_free) X(EVP_CIPHER_CTX_new)           \
    X(EVP_CIPHER_CTX_set_key_length) X(EVP_CIPHER_CTX_set_padding) X(EVP_CIPHER_do_all_sorted)      \
    X(EVP_CIPHER_fetch) X(EVP_CIPHER_free) X(EVP_CIPHER_get0_name) X(EVP_CIPHER_get_block_size)     \
    X(EVP_CIPHER_get_flags) X(EVP_CIPHER_get_iv_length) X(EVP_CIPHER_get_key_length)                \
    X(EVP_CIPHER_get_mode) X(EVP_CIPHER_get_nid) X(EVP_CipherFinal_ex) X(EVP_CipherInit_ex)         \
    X(EVP_CipherUpdate) X(EVP_get_cipherbyname) X(EVP_PKEY_CTX_free) X(EVP_PKEY_CTX_new_id)         \
    X(EVP_PKEY_derive) X(EVP_PKEY_derive_init) X(EVP_PKEY_CTX_set_hkdf_md)                          \
    X(EVP_PKEY_CTX_set1_hkdf_salt) X(EVP_PKEY_CTX_set1_hkdf_key) X(EVP_PKEY_CTX_add1_hkdf_info)     \
    X(BN_num_bits) X(CRYPTO_malloc) X(EVP_DigestSign) X(EVP_DigestSignInit) X(EVP_DigestVerify)     \
    X(EVP_DigestVerifyInit) X(EVP_PKEY_CTX_new_from_name) X(EVP_PKEY_CTX_new_from_pkey)             \
    X(EVP_PKEY_CTX_set0_rsa_oaep_label) X(EVP_PKEY_CTX_set_params)                                  \
    X(EVP_PKEY_CTX_set_rsa_oaep_md_name) X(EVP_PKEY_CTX_set_rsa_padding)                            \
    X(EVP_PKEY_CTX_set_rsa_pss_saltlen) X(EVP_PKEY_decrypt) X(EVP_PKEY_decrypt_init)                \
    X(EVP_PKEY_encrypt) X(EVP_PKEY_encrypt_init) X(EVP_PKEY_generate) X(EVP_PKEY_get0_type_name)    \
    X(EVP_PKEY_get_size_t_param) X(EVP_PKEY_get_utf8_string_param) X(EVP_PKEY_keygen_init)          \
    X(EVP_PKEY_paramgen_init) X(EVP_PKEY_sign) X(EVP_PKEY_sign_init) X(EVP_PKEY_verify_recover)     \
    X(EVP_PKEY_verify_recover_init) X(OSSL_DECODER_CTX_free) X(OSSL_DECODER_CTX_new_for_pkey)       \
    X(OSSL_DECODER_CTX_set_pem_password_cb) X(OSSL_DECODER_from_data) X(OSSL_ENCODER_CTX_free)      \
    X(OSSL_ENCODER_CTX_new_for_pkey) X(OSSL_ENCODER_CTX_set_cipher)                                 \
    X(OSSL_ENCODER_CTX_set_passphrase) X(OSSL_ENCODER_to_data) X(OSSL_PARAM_construct_end)          \
    X(OSSL_PARAM_construct_uint64) X(OSSL_PARAM_construct_utf8_string) X(EC_get_builtin_curves)     \
    X(EC_GROUP_free) X(EC_GROUP_get0_order) X(EC_GROUP_get_degree) X(EC_GROUP_new_by_curve_name)    \
    X(EC_POINT_free) X(EC_POINT_mul) X(EC_POINT_new) X(EC_POINT_oct2point) X(EC_POINT_point2oct)    \
    X(OBJ_sn2nid) X(BN_bin2bn) X(BN_cmp) X(BN_is_zero) X(EVP_PKEY_derive_set_peer) X(BN_new)        \
    X(BN_bn2bin) X(BN_CTX_new) X(BN_CTX_free) X(BN_mod_exp) X(BN_generate_prime_ex2)                \
    X(BN_check_prime) X(BN_get_rfc2409_prime_768) X(BN_get_rfc2409_prime_1024)                      \
    X(BN_get_rfc3526_prime_1536) X(BN_get_rfc3526_prime_2048) X(BN_get_rfc3526_prime_3072)          \
    X(BN_get_rfc3526_prime_4096) X(BN_get_rfc3526_prime_6144) X(BN_get_rfc3526_prime_8192)          \
    X(ASN1_STRING_get0_data) X(ASN1_STRING_length) X(BIO_ctrl) X(PEM_read_bio_X509_AUX)             \
    X(PEM_write_bio_X509) X(X509_EXTENSION_get_data) X(X509_NAME_print_ex) X(X509_check_email)      \
    X(X509_check_host) X(X509_check_ip_asc) X(X509_check_issued) X(X509_check_private_key)          \
    X(X509_get0_pubkey) X(X509_verify) X(d2i_X509) X(NETSCAPE_SPKI_b64_decode)                      \
    X(NETSCAPE_SPKI_free) X(NETSCAPE_SPKI_get_pubkey) X(NETSCAPE_SPKI_verify)

#define SABLE_LIBSSL_FUNCTIONS(X)                                                                   \
    X(SSL_CIPHER_get_name) X(SSL_CIPHER_get_version) X(SSL_CIPHER_standard_name) X(SSL_CTX_ctrl)     \
    X(SSL_CTX_free) X(SSL_CTX_get_cert_store) X(SSL_CTX_new) X(SSL_CTX_set_alpn_select_cb)          \
    X(SSL_CTX_set_cipher_list) X(SSL_CTX_set_ciphersuites) X(SSL_CTX_set_default_verify_paths)      \
    X(SSL_CTX_set_verify) X(SSL_CTX_use_PrivateKey) X(SSL_CTX_use_certificate)                      \
    X(SSL_CTX_check_private_key) X(SSL_ctrl) X(SSL_do_handshake) X(SSL_free) X(SSL_get0_alpn_selected) \
    X(SSL_get1_peer_certificate) X(SSL_get_current_cipher) X(SSL_get_ciphers) X(SSL_get_error) X(SSL_get_rbio) X(SSL_get_servername)  \
    X(SSL_get_verify_result) X(SSL_get_version) X(SSL_get_wbio) X(SSL_is_init_finished) X(SSL_new) X(SSL_read)       \
    X(SSL_select_next_proto) X(SSL_set_accept_state) X(SSL_set_alpn_protos) X(SSL_set_bio)          \
    X(SSL_set_connect_state) X(SSL_shutdown) X(SSL_write) X(TLS_method)

struct OpenSslLibrary {
#define SABLE_OPENSSL_MEMBER(name) decltype(&::name) name;
    SABLE_OPENSSL_FUNCTIONS(SABLE_OPENSSL_MEMBER)
    SABLE_OPENSSL_CIPHER_AND_KEY_FUNCTIONS(SABLE_OPENSSL_MEMBER)
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
